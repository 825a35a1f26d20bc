package org.cairn.clinical.internal;

import java.util.List;

import org.cairn.clinical.AuditLog;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditQuery;
import org.cairn.store.AuditVerification;
import org.cairn.store.RecordStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AuditLog} on the record store. */
@Component(service = AuditLog.class)
public class AuditLogService implements AuditLog {

	@Reference
	RecordStore store;

	public AuditLogService() {
	}

	/** For tests and hosts without Declarative Services. */
	public AuditLogService(RecordStore store) {
		this.store = store;
	}

	@Override
	public List<AuditEntry> search(Session session, AuditQuery query) {
		Guard.require(store, session, Permission.AUDIT_READ, "audit.search", null);
		return store.auditEntries(query);
	}

	@Override
	public AuditVerification verify(Session session) {
		Guard.require(store, session, Permission.AUDIT_READ, "audit.verify", null);
		return store.verifyAudit();
	}

	@Override
	public void exported(Session session, int count) {
		Guard.require(store, session, Permission.AUDIT_READ, "audit.export", null);
		store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.EXPORT, null, null).with(AuditEvent.Outcome.SUCCESS, "audit log, " + count + " events"));
	}
}
