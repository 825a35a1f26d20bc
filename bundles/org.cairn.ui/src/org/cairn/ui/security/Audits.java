package org.cairn.ui.security;

import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Writes audit events the workbench makes itself (sign-ins, locks, refusals, configuration), on the calling thread. */
final class Audits {

	private Audits() {
	}

	/**
	 * Appends {@code event} to the audit log. Without a record store (it did not open) there is nothing to audit
	 * against: nothing of the records was shown either.
	 */
	static void write(AuditEvent event) {
		BundleContext context = FrameworkUtil.getBundle(Audits.class).getBundleContext();
		ServiceReference<RecordStore> reference = context == null ? null : context.getServiceReference(RecordStore.class);
		RecordStore store = reference == null ? null : context.getService(reference);
		if (store == null) {
			return;
		}
		try {
			store.audit(event);
		} finally {
			context.ungetService(reference);
		}
	}

	/** An event of {@code user} on this workstation, with {@code detail} cut to what the log keeps. */
	static AuditEvent of(String user, AuditEvent.Action action, AuditEvent.Outcome outcome, String patientId, String detail) {
		return new AuditEvent(null, user, AuditEvent.thisWorkstation(), patientId, null, action, outcome,
				detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
	}
}
