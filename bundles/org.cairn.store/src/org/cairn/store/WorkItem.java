package org.cairn.store;

import java.time.Instant;

/**
 * A record waiting for someone, across patients, as a worklist shows it before it is opened: a note awaiting a
 * supervisor's co-signature, say. {@code occurredAt} is when it happened (a note's start), {@code author} who wrote it.
 */
public record WorkItem(String recordId, String kind, String patientId, Instant occurredAt, String status, String author) {
}
