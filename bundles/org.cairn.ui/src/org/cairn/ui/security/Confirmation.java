package org.cairn.ui.security;

import org.cairn.security.Accounts;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Asks the signed-in person for their password before a signature ({@link ConfirmDialog}). */
public final class Confirmation {

	private Confirmation() {
	}

	/**
	 * Whether the signed-in person confirmed with their password.
	 *
	 * @param purpose what a wrong password was for, in the audit log ("signing a note")
	 */
	public static boolean byPassword(Shell shell, String title, String message, String button, String purpose) {
		Accounts accounts = Login.accounts();
		if (accounts == null) {
			MessageDialog.openError(shell, title, Messages.get("confirm.unavailable"));
			return false;
		}
		return new ConfirmDialog(shell, accounts, SignedIn.session(), title, message, button, purpose).open() == Window.OK;
	}
}
