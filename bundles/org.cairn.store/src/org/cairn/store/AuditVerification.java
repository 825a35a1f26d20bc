package org.cairn.store;

import java.time.Instant;
import java.util.List;

/**
 * What checking the audit log's hash chain found.
 *
 * @param events   how many events the log holds
 * @param lastAt   when the newest was written, or null for an empty log
 * @param headHash the hash of the newest event, which an administrator can keep elsewhere to compare later
 * @param problems every break in the chain, each naming the event (by its number) and what is wrong; empty when
 *                 the log is intact
 */
public record AuditVerification(long events, Instant lastAt, String headHash, List<String> problems) {

	public AuditVerification {
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return problems.isEmpty();
	}
}
