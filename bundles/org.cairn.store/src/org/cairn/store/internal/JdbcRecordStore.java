package org.cairn.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cairn.model.Patient;
import org.cairn.model.PatientRecord;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditQuery;
import org.cairn.store.AuditVerification;
import org.cairn.store.CensusEntry;
import org.cairn.store.CensusFilter;
import org.cairn.store.DoseEntry;
import org.cairn.store.Draft;
import org.cairn.store.DraftEntry;
import org.cairn.store.PatientMatch;
import org.cairn.store.ScoreEntry;
import org.cairn.store.RecordStore;
import org.cairn.store.RecordStore.Change;
import org.cairn.store.DuplicateMrnException;
import org.cairn.store.SaveConflictException;
import org.cairn.store.StoreException;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.cairn.store.Transactions;

/**
 * The record store on JDBC, the same code for embedded H2 and PostgreSQL. A save, in one transaction: lock the
 * record's head row, check the version the save was based on, append the new version with its hash, move the
 * head, rewrite the record's index rows, and append the save to the audit log ({@link AuditLog}); a save refused as
 * a conflict is audited as a failure.
 */
public final class JdbcRecordStore implements RecordStore, Transactions {

	private final Database database;
	private final Clock clock;

	/** A store on {@code database}, which must already be migrated ({@link Migrations#migrate}). */
	public JdbcRecordStore(Database database) {
		this(database, Clock.systemUTC());
	}

	/** A store whose audit events take their time from {@code clock}. */
	public JdbcRecordStore(Database database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	public Database database() {
		return database;
	}

	@Override
	public <T extends ClinicalRecord> StoredRecord<T> save(T record, int basedOnVersion, String user, String reason) {
		return save(record, basedOnVersion, user, reason, null);
	}

	@Override
	public <T extends ClinicalRecord> StoredRecord<T> save(T record, int basedOnVersion, String user, String reason, AuditEvent act) {
		check(record, user);
		try (Connection connection = database.connect()) {
			try {
				StoredRecord<T> stored;
				try (IndexWriter writer = new IndexWriter(connection)) {
					stored = saveIn(writer, record, basedOnVersion, user, reason);
				}
				AuditLog.append(connection, AuditEvent.of(user, AuditEvent.Action.SAVE, patientOf(record), record.getId()), clock);
				if (act != null) {
					AuditLog.append(connection, act, clock);
				}
				commitDurably(connection);
				return stored;
			} catch (SQLException | RuntimeException e) {
				RuntimeException failure = failed(connection, e, record.getId(), basedOnVersion);
				auditRefusedSave(user, record, failure);
				throw failure;
			}
		} catch (SQLException e) {
			throw new StoreException("Record " + record.getId() + " was not saved in " + database + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void saveAll(List<? extends ClinicalRecord> records, String user, String reason) {
		saveTogether(records.stream().map(record -> new Change(record, 0, reason)).toList(), user);
	}

	@Override
	public List<StoredRecord<ClinicalRecord>> saveTogether(List<Change> changes, String user) {
		changes.forEach(change -> check(change.record(), user));
		Change current = null;
		try (Connection connection = database.connect()) {
			try {
				List<StoredRecord<ClinicalRecord>> stored = new ArrayList<>();
				try (IndexWriter writer = new IndexWriter(connection)) {
					for (Change change : changes) {
						current = change;
						stored.add(saveIn(writer, change.record(), change.basedOnVersion(), user, change.reason()));
					}
				}
				for (Change change : changes) {
					AuditLog.append(connection, AuditEvent.of(user, AuditEvent.Action.SAVE, patientOf(change.record()), change.record().getId()), clock);
				}
				commitDurably(connection);
				return stored;
			} catch (SQLException | RuntimeException e) {
				RuntimeException failure = failed(connection, e, current == null ? null : current.record().getId(),
						current == null ? 0 : current.basedOnVersion());
				if (current != null) {
					auditRefusedSave(user, current.record(), failure);
				}
				throw failure;
			}
		} catch (SQLException e) {
			throw new StoreException(changes.size() + " records were not saved in " + database + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The refusal of a duplicate MRN with the patient who holds it, read after the refused transaction was rolled
	 * back (on PostgreSQL a failed insert ends what the transaction can read).
	 */
	private static DuplicateMrnException withHolder(Connection connection, DuplicateMrnException duplicate) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT m.patient_id, p.family_name, p.given_name FROM cairn_mrn m"
				+ " LEFT JOIN cairn_patient_index p ON p.record_id = m.patient_id WHERE m.mrn = ?")) {
			select.setString(1, duplicate.mrn().toUpperCase(java.util.Locale.ROOT));
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return duplicate;
				}
				String family = row.getString(2);
				String given = row.getString(3);
				String name = family == null && given == null ? null
						: (family == null ? "" : family) + (family != null && given != null ? ", " : "") + (given == null ? "" : given);
				return new DuplicateMrnException(duplicate.mrn(), row.getString(1), name);
			}
		} finally {
			connection.rollback();
		}
	}

	/** A save refused as a conflict or for a duplicate MRN is an audit event too (the save's own transaction is rolled back). */
	private void auditRefusedSave(String user, ClinicalRecord record, RuntimeException failure) {
		if (failure instanceof DuplicateMrnException duplicate) {
			try {
				audit(AuditEvent.of(user, AuditEvent.Action.SAVE, patientOf(record), record.getId()).with(AuditEvent.Outcome.FAILURE,
						"refused: the MRN is held by record " + duplicate.holderId()));
			} catch (StoreException e) {
				failure.addSuppressed(e);
			}
		}
		if (failure instanceof SaveConflictException) {
			try {
				audit(AuditEvent.of(user, AuditEvent.Action.SAVE, patientOf(record), record.getId()).with(AuditEvent.Outcome.FAILURE,
						"refused: someone else saved a newer version"));
			} catch (StoreException e) {
				failure.addSuppressed(e);
			}
		}
	}

	@Override
	public void audit(AuditEvent event) {
		try (Connection connection = database.connect()) {
			try {
				AuditLog.append(connection, event, clock);
				commitDurably(connection);
			} catch (SQLException e) {
				connection.rollback();
				throw new StoreException("The audit event (" + event.action() + ") could not be written to " + database + ": " + e.getMessage(), e);
			}
		} catch (SQLException e) {
			throw new StoreException("The audit log in " + database + " cannot be reached: " + e.getMessage(), e);
		}
	}

	@Override
	public AuditVerification verifyAudit() {
		try (Connection connection = database.connect()) {
			try {
				return AuditLog.verify(connection);
			} finally {
				connection.rollback();
			}
		} catch (SQLException e) {
			throw new StoreException("The audit log in " + database + " cannot be read: " + e.getMessage(), e);
		}
	}

	@Override
	public <T> T read(Work<T> work) {
		try (Connection connection = database.connect()) {
			try {
				return work.run(connection);
			} finally {
				connection.rollback();
			}
		} catch (SQLException e) {
			throw new StoreException("Reading " + database + " failed: " + e.getMessage(), e);
		}
	}

	@Override
	public <T> T write(Work<T> work) {
		try (Connection connection = database.connect()) {
			try {
				T result = work.run(connection);
				commitDurably(connection);
				return result;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				if (e instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new StoreException("Writing to " + database + " failed: " + e.getMessage(), e);
			}
		} catch (SQLException e) {
			throw new StoreException(database + " cannot be reached: " + e.getMessage(), e);
		}
	}

	@Override
	public void audit(Connection connection, AuditEvent event) throws SQLException {
		AuditLog.append(connection, event, clock);
	}

	@Override
	public List<AuditEntry> auditEntries(AuditQuery query) {
		// a chart's events include those of the duplicates merged into it: one person's access history in one place
		List<String> patients = query.patientId() == null ? null : chartPatients(query.patientId());
		return read(connection -> AuditLog.entries(connection, query, patients));
	}

	@Override
	public List<AuditEvent> auditTrail(String patientId, int limit) {
		try (Connection connection = database.connect()) {
			try {
				return AuditLog.events(connection, patientId == null ? null : chartPatients(patientId), limit);
			} finally {
				connection.rollback();
			}
		} catch (SQLException e) {
			throw new StoreException("The audit log in " + database + " cannot be read: " + e.getMessage(), e);
		}
	}

	private void check(ClinicalRecord record, String user) {
		if (record.getId() == null || record.getId().isBlank()) {
			throw new StoreException("A record needs an id before it is saved (" + record.eClass().getName() + ")");
		}
		if (user == null || user.isBlank()) {
			throw new StoreException("Every save names who saved it; record " + record.getId() + " was given no user");
		}
	}

	/**
	 * Rolls back and turns the failure into what the caller should see: a duplicate new record, or an update that
	 * lost a race for the head row, is a conflict.
	 */
	private RuntimeException failed(Connection connection, Exception e, String id, int basedOnVersion) throws SQLException {
		connection.rollback();
		if (e instanceof DuplicateMrnException duplicate) {
			return withHolder(connection, duplicate);
		}
		if (e instanceof StoreException store) {
			return store;
		}
		if (e instanceof SQLException sql && isRace(sql) && id != null) {
			return conflict(connection, id, basedOnVersion, currentVersion(connection, id));
		}
		if (e instanceof SQLException sql) {
			return new StoreException("Record " + id + " was not saved in " + database + ": " + sql.getMessage(), sql);
		}
		return (RuntimeException) e;
	}

	/**
	 * Commits, and for the embedded database writes the commit into the file and forces it to the disk before
	 * returning (H2 otherwise writes commits in the background), so that an acknowledged save survives the
	 * process being killed or the power failing. PostgreSQL's commit does that itself. This holds for the H2
	 * version in the target platform (2.3.232); H2 2.5.252's checkpoint can return while the background writer's
	 * chunk is still on its way to the file, and CrashTest catches that.
	 */
	private void commitDurably(Connection connection) throws SQLException {
		connection.commit();
		if (database.dialect() == Dialect.H2) {
			try (java.sql.Statement checkpoint = connection.createStatement()) {
				checkpoint.execute("CHECKPOINT SYNC");
			}
		}
	}

	/**
	 * Appends a version in the writer's transaction. The head row is the lock: a new record inserts it (a second
	 * creator hits the primary key), an update moves it only from the version the save was based on (a second
	 * editor finds it moved, or waits for the first and then finds it moved).
	 */
	private <T extends ClinicalRecord> StoredRecord<T> saveIn(IndexWriter writer, T record, int basedOnVersion, String user, String reason)
			throws SQLException {
		RecordCodec.Encoded<T> encoded = RecordCodec.encodeCopy(record);
		byte[] content = encoded.bytes();
		String hash = RecordCodec.sha256(content);
		// Microseconds: what both databases keep, so the time returned is the time read back later.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String id = record.getId();
		String kind = record.eClass().getName();
		String patientId = patientOf(record);
		Indexer.TimelineRow timeline = Indexer.timeline(record);
		int version = basedOnVersion + 1;
		if (basedOnVersion == 0) {
			PreparedStatement head = writer.statement("INSERT INTO cairn_record (id, kind, patient_id, current_version, updated_at,"
					+ " updated_by, occurred_at, status, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
			head.setString(1, id);
			head.setString(2, kind);
			head.setString(3, patientId);
			head.setInt(4, version);
			IndexWriter.setInstant(head, 5, now);
			head.setString(6, user);
			setTimeline(head, 7, timeline);
			head.executeUpdate();
		} else {
			PreparedStatement head = writer.statement("UPDATE cairn_record SET current_version = ?, updated_at = ?, updated_by = ?,"
					+ " patient_id = ?, occurred_at = ?, status = ?, author = ? WHERE id = ? AND current_version = ? AND kind = ?");
			head.setInt(1, version);
			IndexWriter.setInstant(head, 2, now);
			head.setString(3, user);
			head.setString(4, patientId);
			setTimeline(head, 5, timeline);
			head.setString(8, id);
			head.setInt(9, basedOnVersion);
			head.setString(10, kind);
			if (head.executeUpdate() == 0) {
				throw refused(writer, id, kind, basedOnVersion);
			}
		}
		PreparedStatement insert = writer.statement("INSERT INTO cairn_version"
				+ " (record_id, version, kind, content, sha256, saved_at, saved_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
		insert.setString(1, id);
		insert.setInt(2, version);
		insert.setString(3, kind);
		insert.setBytes(4, content);
		insert.setString(5, hash);
		IndexWriter.setInstant(insert, 6, now);
		insert.setString(7, user);
		insert.setString(8, reason);
		insert.executeUpdate();
		writer.write(record, basedOnVersion == 0);
		// the saving person's draft is done with; someone else's unsaved work on the record stays theirs, to come back to
		// them (based on the version it was written on) rather than be lost to another person's save
		PreparedStatement draft = writer.statement("DELETE FROM cairn_draft WHERE record_id = ? AND saved_by = ?");
		draft.setString(1, id);
		draft.setString(2, user);
		draft.executeUpdate();
		return new StoredRecord<>(encoded.copy(), version, now, user, reason == null ? "" : reason, hash);
	}

	/** The patient whose chart {@code record} is in: its patient, or itself for a patient; null for neither. */
	private static String patientOf(ClinicalRecord record) {
		return record instanceof PatientRecord chart ? chart.getPatientId() : record instanceof Patient ? record.getId() : null;
	}

	private static void setTimeline(PreparedStatement statement, int first, Indexer.TimelineRow row) throws SQLException {
		IndexWriter.setInstant(statement, first, row == null ? null : row.occurredAt());
		statement.setString(first + 1, row == null ? null : row.status());
		statement.setString(first + 2, row == null ? null : row.author());
	}

	/** Why an update moved no head row: the record is of another kind, does not exist, or has moved on. */
	private RuntimeException refused(IndexWriter writer, String id, String kind, int basedOnVersion) throws SQLException {
		PreparedStatement select = writer.statement("SELECT current_version, kind FROM cairn_record WHERE id = ?");
		select.setString(1, id);
		try (ResultSet row = select.executeQuery()) {
			if (!row.next()) {
				return new StoreException("Record " + id + " has never been saved, so it cannot be saved as based on version "
						+ basedOnVersion + " (a first save is based on version 0)");
			}
			if (!row.getString(2).equals(kind)) {
				return new StoreException("Record " + id + " is a " + row.getString(2) + "; a " + kind + " cannot be saved in its place");
			}
		}
		return conflict(writer.connection(), id, basedOnVersion, currentVersion(writer.connection(), id));
	}

	/** A duplicate key (another save created the record first) or, on H2, a row another transaction changed. */
	private static boolean isRace(SQLException e) {
		String state = e.getSQLState();
		return state != null && (state.startsWith("23") || state.equals("90131"));
	}

	private static int currentVersion(Connection connection, String id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT current_version FROM cairn_record WHERE id = ?")) {
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? row.getInt(1) : 0;
			}
		}
	}

	private static SaveConflictException conflict(Connection connection, String id, int basedOn, int current) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT saved_by, saved_at FROM cairn_version WHERE record_id = ? AND version = ?")) {
			select.setString(1, id);
			select.setInt(2, current);
			try (ResultSet row = select.executeQuery()) {
				String who = row.next() ? row.getString(1) : "someone";
				Instant when = row.getRow() > 0 ? row.getObject(2, OffsetDateTime.class).toInstant() : null;
				return new SaveConflictException(id, basedOn, current, who, when);
			}
		}
	}

	@Override
	public Optional<StoredRecord<ClinicalRecord>> read(String id) {
		return query("SELECT v.record_id, v.version, v.content, v.sha256, v.saved_at, v.saved_by, v.reason FROM cairn_version v"
				+ " JOIN cairn_record r ON r.id = v.record_id AND r.current_version = v.version WHERE v.record_id = ?", id, null)
				.stream().findFirst();
	}

	@Override
	public Optional<StoredRecord<ClinicalRecord>> read(String id, int version) {
		return query("SELECT record_id, version, content, sha256, saved_at, saved_by, reason FROM cairn_version"
				+ " WHERE record_id = ? AND version = ?", id, version).stream().findFirst();
	}

	@Override
	public List<StoredRecord<ClinicalRecord>> history(String id) {
		return query("SELECT record_id, version, content, sha256, saved_at, saved_by, reason FROM cairn_version"
				+ " WHERE record_id = ? ORDER BY version", id, null);
	}

	private List<StoredRecord<ClinicalRecord>> query(String sql, String id, Integer version) {
		try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
			select.setString(1, id);
			if (version != null) {
				select.setInt(2, version);
			}
			List<StoredRecord<ClinicalRecord>> found = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					byte[] content = rows.getBytes(3);
					found.add(new StoredRecord<>(RecordCodec.decode(id, content), rows.getInt(2),
							rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6),
							rows.getString(7) == null ? "" : rows.getString(7), rows.getString(4)));
				}
			}
			connection.commit();
			return found;
		} catch (SQLException e) {
			throw new StoreException("Cannot read record " + id + " from " + database + ": " + e.getMessage(), e);
		}
	}

	@Override
	public List<PatientMatch> findPatients(String query, int limit) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty() || limit <= 0) {
			return List.of();
		}
		// Each way of matching is its own indexed lookup (an OR across them made the databases scan every patient):
		// the exact MRN, the birth date, and name words. Names start from the longest word's range of the token
		// index, which holds each patient's sort name, so the first matches in list order come from that index
		// alone; only those are joined to the patient rows. The three lists are merged here.
		String columns = "p.record_id, p.mrn, p.family_name, p.given_name, p.birth_date, p.status, p.sort_name";
		TreeMap<String, PatientMatch> merged = new TreeMap<>();
		try (Connection connection = database.connect()) {
			collect(connection, "SELECT " + columns + " FROM cairn_patient_index p WHERE p.mrn = ?", List.of(text), merged);
			LocalDate birthDate = parseDate(text);
			if (birthDate != null) {
				collect(connection, "SELECT " + columns + " FROM cairn_patient_index p WHERE p.birth_date = ?"
						+ " ORDER BY p.sort_name, p.record_id LIMIT ?", List.of(Date.valueOf(birthDate), limit), merged);
			}
			List<String> words = drivingFirst(connection, new ArrayList<>(Indexer.tokens(text)));
			if (!words.isEmpty()) {
				StringBuilder names = new StringBuilder("SELECT " + columns + " FROM (SELECT n0.sort_name, n0.record_id"
						+ " FROM cairn_name_prefix n0 WHERE n0.prefix = ?");
				List<Object> parameters = new ArrayList<>(List.of(words.get(0)));
				for (int i = 1; i < words.size(); i++) {
					names.append(" AND EXISTS (SELECT 1 FROM cairn_name_prefix n WHERE n.record_id = n0.record_id AND n.prefix = ?)");
					parameters.add(words.get(i));
				}
				names.append(" ORDER BY n0.sort_name, n0.record_id LIMIT ?) m JOIN cairn_patient_index p ON p.record_id = m.record_id");
				parameters.add(limit);
				collect(connection, names.toString(), parameters, merged);
			}
			connection.commit();
		} catch (SQLException e) {
			throw new StoreException("Patient search failed in " + database + ": " + e.getMessage(), e);
		}
		return merged.values().stream().limit(limit).toList();
	}

	/**
	 * The query's words with the rarest first: the search walks the first word's index entries in list order and
	 * checks the others, so it should walk the shortest list. Counting stops at {@value #COUNT_CAP} entries.
	 */
	private static List<String> drivingFirst(Connection connection, List<String> words) throws SQLException {
		if (words.size() < 2) {
			return words;
		}
		Map<String, Integer> counts = new HashMap<>();
		try (PreparedStatement count = connection.prepareStatement(
				"SELECT COUNT(*) FROM (SELECT 1 FROM cairn_name_prefix WHERE prefix = ? LIMIT " + COUNT_CAP + ") c")) {
			for (String word : words) {
				count.setString(1, word);
				try (ResultSet row = count.executeQuery()) {
					row.next();
					counts.put(word, row.getInt(1));
				}
			}
		}
		words.sort(Comparator.comparing(counts::get));
		return words;
	}

	private static final int COUNT_CAP = 2000;

	/** Adds the patients {@code sql} finds to {@code matches}, keyed by sort name and id (list order, no duplicates). */
	@Override
	public List<PatientMatch> allPatients() {
		TreeMap<String, PatientMatch> all = new TreeMap<>();
		try (Connection connection = database.connect()) {
			collect(connection, "SELECT p.record_id, p.mrn, p.family_name, p.given_name, p.birth_date, p.status, p.sort_name FROM cairn_patient_index p",
					List.of(), all);
		} catch (SQLException e) {
			throw new StoreException("Could not list the patients in " + database + ": " + e.getMessage(), e);
		}
		return List.copyOf(all.values());
	}

	private static void collect(Connection connection, String sql, List<Object> parameters, TreeMap<String, PatientMatch> matches)
			throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				select.setObject(i + 1, parameters.get(i));
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Date born = rows.getDate(5);
					matches.put(rows.getString(7) + '\u0000' + rows.getString(1), new PatientMatch(rows.getString(1), rows.getString(2),
							rows.getString(3), rows.getString(4), born == null ? null : born.toLocalDate(), rows.getString(6)));
				}
			}
		}
	}

	private static LocalDate parseDate(String text) {
		try {
			return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	public List<TimelineEntry> timeline(String patientId) {
		return timeline(patientId, Set.of());
	}

	@Override
	public List<TimelineEntry> timeline(String patientId, Set<String> kinds) {
		List<String> chart = chartPatients(patientId);
		StringBuilder sql = new StringBuilder("SELECT id, kind, occurred_at, status, author FROM cairn_record WHERE " + in("patient_id", chart.size()));
		List<Object> parameters = new ArrayList<>(chart);
		if (kinds.isEmpty()) {
			sql.append(" AND kind <> 'Patient'");
		} else {
			sql.append(" AND kind IN (").append(String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"))).append(')');
			parameters.addAll(kinds);
		}
		sql.append(" ORDER BY occurred_at DESC NULLS LAST, id");
		return select("the timeline of patient " + patientId, sql.toString(), parameters, rows -> new TimelineEntry(rows.getString(1),
				rows.getString(2), instant(rows, 3), rows.getString(4), rows.getString(5)));
	}

	@Override
	public List<CensusEntry> census(CensusFilter filter) {
		StringBuilder sql = new StringBuilder("SELECT e.record_id, p.record_id, p.mrn, p.family_name, p.given_name, p.birth_date,"
				+ " e.programme, e.phase, e.phase_since, e.status, e.admitted_on, e.discharged_on,"
				+ " (SELECT MIN(c.review_due) FROM cairn_plan_index c WHERE c.episode_id = e.record_id AND c.status = 'ACTIVE')"
				+ " FROM cairn_episode_index e JOIN cairn_patient_index d ON d.record_id = e.patient_id"
				// the episodes of a duplicate merged into another chart are listed under that chart
				+ " JOIN cairn_patient_index p ON p.record_id = COALESCE(d.merged_into, d.record_id) WHERE e.status IN (?, ?, ?)");
		List<Object> parameters = new ArrayList<>(List.of(EpisodeStatus.PLANNED.name(), EpisodeStatus.ACTIVE.name(),
				filter.includeDischarged() ? EpisodeStatus.DISCHARGED.name() : EpisodeStatus.ACTIVE.name()));
		if (filter.programme() != null) {
			sql.append(" AND e.programme = ?");
			parameters.add(filter.programme().name());
		}
		if (filter.phase() != null) {
			sql.append(" AND e.phase = ?");
			parameters.add(filter.phase().name());
		}
		if (filter.staffId() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM cairn_care_team t WHERE t.record_id = e.record_id AND t.staff_id = ?"
					+ " AND (t.from_date IS NULL OR t.from_date <= ?) AND (t.to_date IS NULL OR t.to_date >= ?))");
			Date today = Date.valueOf(LocalDate.now());
			parameters.addAll(List.of(filter.staffId(), today, today));
		}
		sql.append(" ORDER BY p.sort_name, p.record_id, e.admitted_on DESC");
		return select("the census", sql.toString(), parameters, rows -> new CensusEntry(rows.getString(1), rows.getString(2),
				rows.getString(3), rows.getString(4), rows.getString(5), date(rows, 6), literal(Programme::valueOf, rows.getString(7)),
				literal(Phase::valueOf, rows.getString(8)), date(rows, 9), literal(EpisodeStatus::valueOf, rows.getString(10)),
				date(rows, 11), date(rows, 12), date(rows, 13)));
	}

	@Override
	public List<String> careTeamStaff() {
		Date today = Date.valueOf(LocalDate.now());
		return select("the care teams", "SELECT DISTINCT t.staff_id FROM cairn_care_team t JOIN cairn_episode_index e"
				+ " ON e.record_id = t.record_id WHERE e.status IN (?, ?) AND (t.from_date IS NULL OR t.from_date <= ?)"
				+ " AND (t.to_date IS NULL OR t.to_date >= ?) ORDER BY t.staff_id",
				List.of(EpisodeStatus.PLANNED.name(), EpisodeStatus.ACTIVE.name(), today, today), rows -> rows.getString(1));
	}

	@Override
	public List<ScoreEntry> responses(String patientId, String formId) {
		if (patientId == null && formId == null) {
			throw new IllegalArgumentException("responses() needs a patient, a form or both");
		}
		List<String> chart = patientId == null ? List.of() : chartPatients(patientId);
		String sql = "SELECT record_id, patient_id, form_id, form_version, administered_at, status, total, band, flags"
				+ " FROM cairn_response_index WHERE " + (patientId == null ? "" : in("patient_id", chart.size()) + " AND ")
				+ (formId == null ? "" : "form_id = ? AND ")
				+ "(status IS NULL OR status <> ?) ORDER BY administered_at NULLS LAST, record_id";
		List<Object> parameters = new ArrayList<>(chart);
		if (formId != null) {
			parameters.add(formId);
		}
		parameters.add(Indexer.ENTERED_IN_ERROR);
		return select("assessment responses", sql, parameters, rows -> {
			String flags = rows.getString(9);
			return new ScoreEntry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), instant(rows, 5),
					rows.getString(6), rows.getBigDecimal(7), rows.getString(8),
					flags == null || flags.isEmpty() ? List.of() : List.of(flags.split(",")));
		});
	}

	@Override
	public List<DoseEntry> doses(String patientId, LocalDate from, LocalDate to) {
		List<String> chart = patientId == null ? List.of() : chartPatients(patientId);
		String sql = "SELECT record_id, patient_id, order_id, scheduled_for, outcome, dose_mg, take_home_doses, administered_at"
				+ " FROM cairn_dose_index WHERE " + (patientId == null ? "" : in("patient_id", chart.size()) + " AND ")
				+ "scheduled_for >= ? AND scheduled_for <= ? AND (status IS NULL OR status <> ?)"
				+ " ORDER BY scheduled_for, administered_at NULLS LAST, record_id";
		List<Object> parameters = new ArrayList<>(chart);
		parameters.addAll(List.of(Date.valueOf(from), Date.valueOf(to), Indexer.ENTERED_IN_ERROR));
		return select("the doses from " + from + " to " + to, sql, parameters, rows -> new DoseEntry(rows.getString(1),
				rows.getString(2), rows.getString(3), date(rows, 4), literal(DoseOutcome::valueOf, rows.getString(5)),
				rows.getBigDecimal(6), rows.getInt(7), instant(rows, 8)));
	}

	@Override
	public List<org.cairn.store.WorkItem> worklist(String kind, String status, int limit) {
		String sql = "SELECT id, kind, patient_id, occurred_at, status, author FROM cairn_record WHERE kind = ? AND status = ?"
				+ " ORDER BY occurred_at NULLS LAST, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
		return select("the " + kind + " records with status " + status, sql, List.of(kind, status),
				rows -> new org.cairn.store.WorkItem(rows.getString(1), rows.getString(2), rows.getString(3), instant(rows, 4),
						rows.getString(5), rows.getString(6)));
	}

	@Override
	public String chartOf(String patientId) {
		if (patientId == null) {
			return null;
		}
		List<String> into = select("the chart of patient " + patientId,
				"SELECT merged_into FROM cairn_patient_index WHERE record_id = ? AND merged_into IS NOT NULL", List.of(patientId), rows -> rows.getString(1));
		return into.isEmpty() ? patientId : into.get(0);
	}

	/**
	 * The patient ids whose records make up {@code patientId}'s chart: the patient's own and those of duplicates
	 * merged into it (whose records keep the id they were signed with).
	 */
	private List<String> chartPatients(String patientId) {
		List<String> ids = new ArrayList<>(List.of(patientId));
		ids.addAll(mergedInto(patientId));
		return ids;
	}

	@Override
	public List<String> mergedInto(String patientId) {
		return select("the charts merged into patient " + patientId, "SELECT record_id FROM cairn_patient_index WHERE merged_into = ?"
				+ " ORDER BY record_id", List.of(patientId), rows -> rows.getString(1));
	}

	/** {@code column = ?}, or {@code column IN (?, ...)} for {@code count} values. */
	private static String in(String column, int count) {
		return count == 1 ? column + " = ?" : column + " IN (" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
	}

	@FunctionalInterface
	private interface RowReader<T> {
		T read(ResultSet rows) throws SQLException;
	}

	private <T> List<T> select(String what, String sql, List<Object> parameters, RowReader<T> reader) {
		try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				select.setObject(i + 1, parameters.get(i));
			}
			List<T> found = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					found.add(reader.read(rows));
				}
			}
			connection.commit();
			return found;
		} catch (SQLException e) {
			throw new StoreException("Cannot read " + what + " from " + database + ": " + e.getMessage(), e);
		}
	}

	private static Instant instant(ResultSet rows, int column) throws SQLException {
		OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static LocalDate date(ResultSet rows, int column) throws SQLException {
		Date date = rows.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** The enumeration literal stored as {@code name}; null for none, or for a name this Cairn no longer knows. */
	private static <E> E literal(java.util.function.Function<String, E> valueOf, String name) {
		if (name == null) {
			return null;
		}
		try {
			return valueOf.apply(name);
		} catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	@Override
	public void saveDraft(ClinicalRecord record, int basedOnVersion, String user) {
		check(record, user);
		byte[] content = RecordCodec.encode(record);
		String patientId = patientOf(record);
		try (Connection connection = database.connect()) {
			try {
				// Delete and insert in one transaction: the same on both databases, and one row per record.
				try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cairn_draft WHERE record_id = ?")) {
					delete.setString(1, record.getId());
					delete.executeUpdate();
				}
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_draft"
						+ " (record_id, kind, patient_id, based_on, content, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
					insert.setString(1, record.getId());
					insert.setString(2, record.eClass().getName());
					insert.setString(3, patientId);
					insert.setInt(4, basedOnVersion);
					insert.setBytes(5, content);
					IndexWriter.setInstant(insert, 6, Instant.now().truncatedTo(ChronoUnit.MICROS));
					insert.setString(7, user);
					insert.executeUpdate();
				}
				commitDurably(connection);
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException("The draft of record " + record.getId() + " was not saved in " + database + ": " + e.getMessage(), e);
		}
	}

	@Override
	public Optional<Draft<ClinicalRecord>> draft(String id) {
		return select("the draft of record " + id, "SELECT content, based_on, saved_at, saved_by FROM cairn_draft WHERE record_id = ?",
				List.of(id), rows -> new Draft<>(RecordCodec.decode(id, rows.getBytes(1)), rows.getInt(2), instant(rows, 3),
						rows.getString(4))).stream().findFirst();
	}

	@Override
	public List<DraftEntry> drafts(String user) {
		return select("the drafts of " + user, "SELECT record_id, kind, patient_id, based_on, saved_at, saved_by FROM cairn_draft"
				+ " WHERE saved_by = ? ORDER BY saved_at DESC, record_id", List.of(user), rows -> new DraftEntry(rows.getString(1),
						rows.getString(2), rows.getString(3), rows.getInt(4), instant(rows, 5), rows.getString(6)));
	}

	@Override
	public void discardDraft(String id) {
		try (Connection connection = database.connect(); PreparedStatement delete = connection.prepareStatement(
				"DELETE FROM cairn_draft WHERE record_id = ?")) {
			delete.setString(1, id);
			delete.executeUpdate();
			commitDurably(connection);
		} catch (SQLException e) {
			throw new StoreException("The draft of record " + id + " was not discarded in " + database + ": " + e.getMessage(), e);
		}
	}

	@Override
	public List<String> verifyHashes() {
		try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
				"SELECT record_id, version, content, sha256 FROM cairn_version")) {
			List<String> bad = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					if (!RecordCodec.sha256(rows.getBytes(3)).equals(rows.getString(4).trim())) {
						bad.add(rows.getString(1) + "@" + rows.getInt(2));
					}
				}
			}
			connection.commit();
			return bad;
		} catch (SQLException e) {
			throw new StoreException("Cannot verify the stored records in " + database + ": " + e.getMessage(), e);
		}
	}
}
