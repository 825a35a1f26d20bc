package org.cairn.security;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is signed in at this workstation: the account, what its roles permit, and since when. Made from a successful
 * {@link Accounts#authenticate login}; its user id is stamped on every record version and audit event made in it.
 */
public final class Session {

	private final Account account;
	private final Set<Permission> permissions;
	private final Instant since;

	public Session(Authentication.Success login, Instant since) {
		this.account = login.account();
		this.permissions = login.permissions();
		this.since = since;
	}

	public Account account() {
		return account;
	}

	/** The login name, as records and audit events carry it. */
	public String userId() {
		return account.id();
	}

	public String displayName() {
		return account.displayName();
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public Instant since() {
		return since;
	}

	public boolean has(Permission permission) {
		return permissions.contains(permission);
	}

	/**
	 * Why {@code permission} is refused, in words for the person: which roles they have and who can change them;
	 * null when they hold it.
	 */
	public String refusal(Permission permission) {
		if (has(permission)) {
			return null;
		}
		Set<String> roles = new TreeSet<>(account.roles());
		return "Your role" + (roles.size() == 1 ? " (" : "s (") + String.join(", ", roles) + ") do" + (roles.size() == 1 ? "es" : "")
				+ " not allow you to " + permission.allows() + ". An administrator can give you a role that does.";
	}

	@Override
	public String toString() {
		// no names: sessions end up in logs
		return "Session[" + account.id() + " since " + since + "]";
	}
}
