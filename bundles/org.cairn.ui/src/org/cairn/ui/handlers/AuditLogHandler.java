package org.cairn.ui.handlers;

import org.cairn.security.Permission;
import org.cairn.ui.audit.AuditLogDialog;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * View › Audit Log: the audit events, to filter, verify and export; for auditors and administrators only (others are
 * told why not, and the refusal is audited).
 */
public class AuditLogHandler {

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, @org.eclipse.e4.core.di.extensions.Service org.cairn.clinical.AuditLog log,
			org.cairn.security.Session session) {
		if (!Access.check(shell, accounts, session, Permission.AUDIT_READ, "open the audit log", null)) {
			return;
		}
		new AuditLogDialog(shell, log, session).open();
	}
}
