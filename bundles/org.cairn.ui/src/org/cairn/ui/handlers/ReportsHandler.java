package org.cairn.ui.handlers;

import org.cairn.export.Releases;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.Messages;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.reports.ReportsDialog;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** View › Reports: the programme's census, caseloads and outcomes, for those whose role reads reports. */
public class ReportsHandler {

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, StoreAccess store, @Service Releases releases, Session session) {
		if (!Access.check(shell, accounts, session, Permission.REPORTS_READ, Messages.get("reports.action"), null)) {
			return;
		}
		new ReportsDialog(shell, store, releases, session).open();
	}
}
