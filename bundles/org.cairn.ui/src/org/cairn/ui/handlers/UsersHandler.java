package org.cairn.ui.handlers;

import org.cairn.security.Accounts;
import org.cairn.security.Permission;
import org.cairn.ui.Messages;
import org.cairn.ui.security.Access;
import org.cairn.ui.security.IdleLock;
import org.cairn.ui.security.UsersDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** View › Users: the accounts, for administrators (others are told why not, and the refusal is audited). */
public class UsersHandler {

	@Execute
	public void execute(@Optional @org.eclipse.e4.core.di.extensions.Service Accounts accounts, @Named("activeShell") Shell shell, org.cairn.security.Session session, @Optional IdleLock lock) {
		if (accounts == null) {
			MessageDialog.openError(shell, Messages.get("users.title"), Messages.get("confirm.unavailable"));
			return;
		}
		if (!Access.check(shell, accounts, session, Permission.ACCOUNT_MANAGE, Messages.get("users.action"), null)) {
			return;
		}
		new UsersDialog(shell, accounts, session).withIdleLock(lock).open();
	}
}
