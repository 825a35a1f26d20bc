package org.cairn.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairn.model.ClinicalRecord;
import org.cairn.model.Patient;
import org.cairn.store.DoseEntry;
import org.cairn.store.ScoreEntry;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;

/**
 * One chart as a person who may read it sees it ({@link Charts#view}): what the chart, its medications, trends and
 * editors show. Everything read through it is of this chart only (a record of another chart is not found), and is
 * covered by the chart's audited opening; a single record looked at on its own is read through {@link Charts#read},
 * which audits it. Reads the store on each call: use it off the display thread.
 */
public interface ChartView {

	/** The chart's patient id (the kept chart, for a duplicate merged into it). */
	String patientId();

	/** The patient's demographics and alerts. */
	Patient patient();

	/** The chart's timeline, newest first; {@code kinds} (EClass names) chooses some kinds, null all. */
	List<TimelineEntry> timeline(Set<String> kinds);

	/** The current version of each record of {@code kinds} in the chart of type {@code type}, newest first. */
	<T extends ClinicalRecord> List<StoredRecord<T>> records(Class<T> type, Set<String> kinds);

	/** The current version of a record of this chart; empty for no such record, or one of another chart. */
	Optional<StoredRecord<ClinicalRecord>> record(String recordId);

	/** The chart's assessment responses with their scores, oldest first; {@code formId} chooses one form, null all. */
	List<ScoreEntry> responses(String formId);

	/** The doses recorded from {@code from} to {@code to}, both included. */
	List<DoseEntry> doses(LocalDate from, LocalDate to);
}
