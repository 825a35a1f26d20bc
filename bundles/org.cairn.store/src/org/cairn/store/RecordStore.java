package org.cairn.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairn.model.ClinicalRecord;

/**
 * Cairn's record store: every save appends an immutable version; nothing is updated in place or deleted.
 * Registered as an OSGi service; it never touches the user interface. All methods may block on the database,
 * so call them from a job, never from the UI thread.
 */
public interface RecordStore {

	/**
	 * Saves {@code record} as a new version.
	 *
	 * @param basedOnVersion the version the change was made from; 0 for a record not saved before
	 * @param user           who saves (a user id)
	 * @param reason         why (may be empty): "draft", "signed", "correction: wrong date"...
	 * @return the version just stored
	 * @throws SaveConflictException when the record's current version is not {@code basedOnVersion}
	 * @throws StoreException        when the record cannot be stored; nothing was written
	 */
	<T extends ClinicalRecord> StoredRecord<T> save(T record, int basedOnVersion, String user, String reason);

	/**
	 * Saves {@code record} as {@link #save(ClinicalRecord, int, String, String)} does and writes {@code act} to the
	 * audit log in the same transaction, after the save's own event: an act the version records (a signature, a
	 * co-signature) is in the log exactly when the version is stored.
	 */
	<T extends ClinicalRecord> StoredRecord<T> save(T record, int basedOnVersion, String user, String reason, AuditEvent act);

	/**
	 * Saves many new records in one transaction (an import, the demo facility): all or none are stored. Each is
	 * stored as version 1; a record that exists already makes the whole batch fail with a conflict.
	 */
	void saveAll(List<? extends ClinicalRecord> records, String user, String reason);

	/** One record of a {@link #saveTogether} call: the record, the version it was changed from (0 for new), why. */
	record Change(ClinicalRecord record, int basedOnVersion, String reason) {
	}

	/**
	 * Saves several changes that belong together in one transaction (an order stopped and its taper ended with it):
	 * all are stored or none. A conflict on any of them refuses all, with a {@link SaveConflictException} naming
	 * that record.
	 *
	 * @return the versions just stored, in the order of {@code changes}
	 */
	List<StoredRecord<ClinicalRecord>> saveTogether(List<Change> changes, String user);

	/** The current version of record {@code id}, if there is such a record. */
	Optional<StoredRecord<ClinicalRecord>> read(String id);

	/** Version {@code version} of record {@code id}. */
	Optional<StoredRecord<ClinicalRecord>> read(String id, int version);

	/** Every version of record {@code id}, oldest first. */
	List<StoredRecord<ClinicalRecord>> history(String id);

	/**
	 * Patients matching {@code query}: every word a prefix of one of their names (case and accents ignored), or
	 * the exact MRN, or a date of birth (yyyy-mm-dd). Ordered by family name, then given name, case and accents ignored.
	 */
	List<PatientMatch> findPatients(String query, int limit);

	/**
	 * Every patient, in list order (family name, then given name): what a whole-facility export walks through (a
	 * programme that closes must be able to hand every chart over).
	 */
	List<PatientMatch> allPatients();

	/** The records of a patient's chart, newest first. */
	List<TimelineEntry> timeline(String patientId);

	/**
	 * The chart patient {@code patientId}'s records belong to: the patient's own id, or for a duplicate merged into
	 * the chart of the same person ({@code Patient.mergedInto}), that chart's. The timeline, responses and doses of a
	 * chart include the records of the duplicates merged into it.
	 */
	String chartOf(String patientId);

	/** The patients merged into {@code patientId}'s chart (duplicates whose {@code Patient.mergedInto} names it). */
	List<String> mergedInto(String patientId);

	/** The records of the kinds {@code kinds} (EClass names: "SessionNote", "DoseAdministration"...) in a patient's chart, newest first. */
	List<TimelineEntry> timeline(String patientId, Set<String> kinds);

	/** The episodes of care {@code filter} selects, with their patients, ordered by family name, then given name. */
	List<CensusEntry> census(CensusFilter filter);

	/** The staff on the care team of any open episode today, sorted: what a census can be narrowed to. */
	List<String> careTeamStaff();

	/**
	 * A patient's responses to form {@code formId} (every version of the form), oldest first; responses marked
	 * entered-in-error are left out. With {@code patientId} null, every patient's (for reports); with
	 * {@code formId} null, the patient's responses to every form.
	 */
	List<ScoreEntry> responses(String patientId, String formId);

	/**
	 * A patient's dose administrations scheduled from {@code from} to {@code to}, both included, in day order;
	 * entries marked entered-in-error are left out. With {@code patientId} null, every patient's (a dosing window).
	 */
	List<DoseEntry> doses(String patientId, LocalDate from, LocalDate to);

	/**
	 * The records of kind {@code kind} (an EClass name) whose timeline status is {@code status}, across every
	 * patient, oldest first, at most {@code limit}: a worklist. Session notes signed by an author who needs a
	 * co-signature, and not yet co-signed, have the status {@code AWAITING_COSIGNATURE}.
	 */
	List<WorkItem> worklist(String kind, String status, int limit);

	/**
	 * Writes {@code record} as the draft of work in progress on it, replacing any earlier draft, durably (an
	 * autosave). A draft is not a version: it is not in the record, the timeline or the indexes, and saving the
	 * record as a version removes the saving person's draft (another person's stays theirs).
	 *
	 * @param basedOnVersion the version the edit started from; 0 for a record not saved before
	 */
	void saveDraft(ClinicalRecord record, int basedOnVersion, String user);

	/** The draft of record {@code id}, if there is one. */
	Optional<Draft<ClinicalRecord>> draft(String id);

	/** The drafts {@code user} last wrote, newest first: unsaved work to offer again after a crash. */
	List<DraftEntry> drafts(String user);

	/** Throws away the draft of record {@code id} (no error when there is none). */
	void discardDraft(String id);

	/** The versions whose stored content no longer matches their SHA-256, as "id@version"; empty when all verify. */
	List<String> verifyHashes();

	/**
	 * Appends {@code event} to the audit log. Saves are audited by the store itself; callers audit what the store
	 * cannot see: a chart opened, a record printed or exported, a login, a permission denied.
	 *
	 * @throws StoreException when the event cannot be written; the caller must not go on as if it had been
	 */
	void audit(AuditEvent event);

	/** Checks the audit log's hash chain and names every event that was changed, deleted, inserted or moved. */
	AuditVerification verifyAudit();

	/**
	 * The newest {@code limit} audit events about a patient's records (every patient's when null), newest first; a
	 * chart's include those of the duplicates merged into it.
	 */
	List<AuditEvent> auditTrail(String patientId, int limit);

	/**
	 * The audit events {@code query} asks for, newest first, with their numbers in the chain; asked for a patient, those
	 * of the duplicates merged into the patient's chart too.
	 */
	List<AuditEntry> auditEntries(AuditQuery query);
}
