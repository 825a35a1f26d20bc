package org.cairn.store;

import java.time.Instant;

import org.cairn.model.ClinicalRecord;

/**
 * One immutable version of a record as the store keeps it.
 *
 * @param record  the record's content at this version (a fresh copy: changing it changes nothing stored)
 * @param version 1 for the first save, +1 for each later one
 * @param savedAt when this version was saved
 * @param savedBy who saved it (a user id)
 * @param reason  why, as given at save time (may be empty)
 * @param sha256  SHA-256 of the stored content, hex
 */
public record StoredRecord<T extends ClinicalRecord>(T record, int version, Instant savedAt, String savedBy, String reason, String sha256) {
}
