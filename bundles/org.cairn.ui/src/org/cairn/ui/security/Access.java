package org.cairn.ui.security;

import org.cairn.security.Accounts;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.Messages;
import org.cairn.ui.data.OffTheDisplay;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks the accounts service, before a screen opens, whether the person may do what it is for; a refusal (audited by
 * the service as {@code PERMISSION_DENIED}) is said in a dialog. The screen decides nothing itself: the service it
 * then calls checks again.
 */
public final class Access {

	private Access() {
	}

	/**
	 * Whether {@code session}'s person may do {@code action} (e.g. "open the audit log"), which needs
	 * {@code permission}, as {@link Accounts#may} decides (off the display thread: a refusal is written to the audit
	 * log); when not, says why over {@code shell}.
	 *
	 * @param patientId the patient it concerns, or null
	 */
	public static boolean check(Shell shell, Accounts accounts, Session session, Permission permission, String action, String patientId) {
		boolean visible = shell != null && !shell.isDisposed();
		boolean allowed = OffTheDisplay.call(visible ? shell.getDisplay() : null, () -> accounts.may(session, permission, action, patientId));
		if (!allowed && visible) {
			MessageDialog.openInformation(shell, Messages.format("access.denied.title", action),
					session == null ? Messages.get("problem.access.signed-out") : session.refusal(permission));
		}
		return allowed;
	}
}
