package org.cairn.ui.handlers;

import org.cairn.plugins.Plugins;
import org.cairn.security.Permission;
import org.cairn.ui.Messages;
import org.cairn.ui.plugins.PluginsDialog;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** View › Plugins: the facility plugins of this installation, to install and remove. */
public class PluginsHandler {

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, org.cairn.security.Session session) {
		if (!Access.check(shell, accounts, session, Permission.PLUGIN_INSTALL, "manage plugins", null)) {
			return;
		}
		java.util.Optional<Plugins> plugins = Plugins.await(java.time.Duration.ofSeconds(5));
		if (plugins.isEmpty()) {
			MessageDialog.openError(shell, Messages.get("plugins.title"), Messages.get("plugins.unavailable"));
			return;
		}
		new PluginsDialog(shell, plugins.get(), session).open();
	}
}
