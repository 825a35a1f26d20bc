package org.cairn.store;

import java.time.Instant;

import org.cairn.model.ClinicalRecord;

/**
 * Work in progress on a record, autosaved and not yet part of the record: the record as it was being edited, the
 * version the edit started from (0 for a record not saved before), and who last wrote it when.
 */
public record Draft<T extends ClinicalRecord>(T record, int basedOnVersion, Instant savedAt, String savedBy) {
}
