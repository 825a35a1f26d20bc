package org.cairn.ui.security;

import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The permission check before an action: allowed, or refused with the reason shown and the refusal audited
 * ({@code PERMISSION_DENIED}, with the permission and what was tried).
 */
public final class Access {

	private Access() {
	}

	/**
	 * Whether {@code session}'s person may do {@code action} (e.g. "open the audit log"), which needs
	 * {@code permission}; when not, says why in a dialog over {@code shell} and audits the refusal. A check before a
	 * screen opens; what the screen then asks of a service is decided by the service again.
	 *
	 * @param patientId the patient it concerns, or null
	 */
	public static boolean check(Shell shell, Session session, Permission permission, String action, String patientId) {
		String refusal = session.refusal(permission);
		if (refusal == null) {
			return true;
		}
		denied(session, permission, action, patientId);
		if (shell != null && !shell.isDisposed()) {
			MessageDialog.openInformation(shell, Messages.format("access.denied.title", action), refusal);
		}
		return false;
	}

	/** Audits a configuration change the signed-in person made (a plugin installed or removed). */
	public static void configured(Session session, AuditEvent.Outcome outcome, String detail) {
		java.util.Optional.ofNullable(session).ifPresent(signedIn -> Audits.writeLater(Audits.of(signedIn.userId(), AuditEvent.Action.CONFIGURATION, outcome, null, detail)));
	}

	/** Audits that {@code session}'s user was refused {@code action}. */
	public static void denied(Session session, Permission permission, String action, String patientId) {
		// written off the display thread: a refusal is said at once, its audit row follows
		Audits.writeLater(Audits.of(session.userId(), AuditEvent.Action.PERMISSION_DENIED, AuditEvent.Outcome.DENIED, patientId,
				permission.name() + ": " + action));
	}
}
