package org.cairn.ui.security;

import org.cairn.security.Accounts;
import org.cairn.security.Session;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Asks the signed-in person for their password before a signature ({@link ConfirmDialog}). */
public final class Confirmation {

	private Confirmation() {
	}

	/**
	 * Whether {@code session}'s person confirmed with their password, checked by {@code accounts} (the editor's injected
	 * service; null when it is not there, which is said).
	 *
	 * @param purpose what a wrong password was for, in the audit log ("signing a note")
	 */
	public static boolean byPassword(Shell shell, Accounts accounts, Session session, String title, String message, String button, String purpose) {
		if (accounts == null) {
			MessageDialog.openError(shell, title, Messages.get("confirm.unavailable"));
			return false;
		}
		return new ConfirmDialog(shell, accounts, session, title, message, button, purpose).open() == Window.OK;
	}
}
