package org.cairn.store;

import java.time.Instant;

/** One record in a patient's chart, in time order: what the timeline lists before a record is opened. */
public record TimelineEntry(String recordId, String kind, Instant occurredAt, String status, String author) {
}
