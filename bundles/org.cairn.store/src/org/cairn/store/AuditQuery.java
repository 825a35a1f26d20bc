package org.cairn.store;

import java.time.Instant;

/**
 * Which audit events to list: each filter is optional (null: any). Newest first, at most {@code limit}.
 *
 * @param patientId the patient's id
 * @param user      the user's id
 * @param action    the action
 * @param from      the earliest time, inclusive
 * @param to        the latest time, exclusive
 * @param limit     how many at most
 */
public record AuditQuery(String patientId, String user, AuditEvent.Action action, Instant from, Instant to, int limit) {

	public AuditQuery {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be 1 or more");
		}
	}

	/** The newest {@code limit} events. */
	public static AuditQuery newest(int limit) {
		return new AuditQuery(null, null, null, null, null, limit);
	}
}
