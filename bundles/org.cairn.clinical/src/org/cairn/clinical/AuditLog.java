package org.cairn.clinical;

import java.util.List;

import org.cairn.security.Session;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditQuery;
import org.cairn.store.AuditVerification;

/**
 * The audit log for those whose role reads it (auditors, administrators), for every caller: searching it, verifying
 * its chain, and recording that a part of it was exported. A refusal is itself audited.
 */
public interface AuditLog {

	/**
	 * The events {@code query} chooses, newest first.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to read the audit log
	 */
	List<AuditEntry> search(Session session, AuditQuery query);

	/** Verifies the whole chain (every event's hash and link); as {@link #search}. */
	AuditVerification verify(Session session);

	/** Records, as an {@code EXPORT} event, that {@code count} events were written out of Cairn; as {@link #search}. */
	void exported(Session session, int count);
}
