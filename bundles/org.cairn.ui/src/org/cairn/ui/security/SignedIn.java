package org.cairn.ui.security;

import java.util.Optional;

import org.cairn.security.Session;

/**
 * Who is signed in at this workstation. A workstation has one person signed in at a time: the login before the
 * workbench opens sets it, signing out ends the workbench. Records, drafts and audit events take their user id from
 * here; the workbench's context carries the same {@link Session} for injection.
 */
public final class SignedIn {

	private static volatile Session session;

	private SignedIn() {
	}

	/** The signed-in session. */
	public static Session session() {
		Session current = session;
		if (current == null) {
			throw new IllegalStateException("No one is signed in at this workstation");
		}
		return current;
	}

	public static Optional<Session> find() {
		return Optional.ofNullable(session);
	}

	/** Called by the login, and with null when the workbench ends. */
	public static void set(Session signedIn) {
		session = signedIn;
	}
}
