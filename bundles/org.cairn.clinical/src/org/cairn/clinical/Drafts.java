package org.cairn.clinical;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cairn.model.ClinicalRecord;
import org.cairn.security.Session;
import org.cairn.store.Draft;
import org.cairn.store.DraftEntry;

/**
 * Work in progress the editors autosave (a note, a care plan, a group session being written), for every caller: a
 * draft is written by a person who may write that kind of record, on a chart open to them, and read back only by the
 * person who wrote it. A draft is not a version: it is not in the chart, and storing the record removes it.
 */
public interface Drafts {

	/**
	 * Writes {@code record} as {@code session}'s person's draft of it, replacing any earlier draft, durably.
	 *
	 * @param basedOnVersion the version the edit started from; 0 for a record not stored before
	 * @return when it was written
	 * @throws RefusedException {@code access.denied} without the permission to write that kind of record (notes and
	 *                          group sessions: notes; care plans: plans); {@code chart.outside-caseload};
	 *                          {@code draft.someone-elses} when another person's draft of the record is kept
	 */
	Instant save(Session session, ClinicalRecord record, int basedOnVersion);

	/** The person's own draft of a record; empty when there is none (or the draft is someone else's). */
	Optional<Draft<ClinicalRecord>> draft(Session session, String recordId);

	/** The drafts the person last wrote, newest first: unsaved work to offer again after a crash. */
	List<DraftEntry> mine(Session session);
}
