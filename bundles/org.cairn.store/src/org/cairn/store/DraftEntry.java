package org.cairn.store;

import java.time.Instant;

/** A draft as a list shows it ("unsaved work"), without reading its content. */
public record DraftEntry(String recordId, String kind, String patientId, int basedOnVersion, Instant savedAt, String savedBy) {
}
