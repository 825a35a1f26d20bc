package org.cairn.ui.handlers;

import org.cairn.ui.Messages;
import org.cairn.ui.audit.AuditLogDialog;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * View › Audit Log: the audit events, to filter, verify and export. Open to every user until accounts and roles
 * decide who may read the log (only auditors and administrators will).
 */
public class AuditLogHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell, StoreAccess store) {
		store.run(Messages.get("audit.job.open"), records -> records, records -> new AuditLogDialog(shell, records).open(),
				failure -> MessageDialog.openError(shell, Messages.get("audit.title"), Messages.format("audit.failed", failure.message())));
	}
}
