package org.cairn.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairn.model.Patient;
import org.cairn.model.PatientRecord;
import org.cairn.model.ClinicalRecord;
import org.cairn.store.PatientMatch;
import org.cairn.store.RecordStore;
import org.cairn.store.SaveConflictException;
import org.cairn.store.StoreException;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The record store on JDBC, the same code for embedded H2 and PostgreSQL. A save, in one transaction: lock the
 * record's head row, check the version the save was based on, append the new version with its hash, move the
 * head, and rewrite the record's index rows.
 */
public final class JdbcRecordStore implements RecordStore {

	private final Database database;

	/** A store on {@code database}, which must already be migrated ({@link Migrations#migrate}). */
	public JdbcRecordStore(Database database) {
		this.database = database;
	}

	public Database database() {
		return database;
	}

	@Override
	public <T extends ClinicalRecord> StoredRecord<T> save(T record, int basedOnVersion, String user, String reason) {
		check(record, user);
		try (Connection connection = database.connect()) {
			try {
				StoredRecord<T> stored = saveIn(connection, record, basedOnVersion, user, reason);
				commitDurably(connection);
				return stored;
			} catch (SQLException | RuntimeException e) {
				throw failed(connection, e, record.getId(), basedOnVersion);
			}
		} catch (SQLException e) {
			throw new StoreException("Record " + record.getId() + " was not saved in " + database + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void saveAll(List<? extends ClinicalRecord> records, String user, String reason) {
		records.forEach(record -> check(record, user));
		String current = null;
		try (Connection connection = database.connect()) {
			try {
				for (ClinicalRecord record : records) {
					current = record.getId();
					saveIn(connection, record, 0, user, reason);
				}
				commitDurably(connection);
			} catch (SQLException | RuntimeException e) {
				throw failed(connection, e, current, 0);
			}
		} catch (SQLException e) {
			throw new StoreException(records.size() + " records were not saved in " + database + ": " + e.getMessage(), e);
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

	/** Rolls back and turns the failure into what the caller should see; a duplicate new record is a conflict. */
	private RuntimeException failed(Connection connection, Exception e, String id, int basedOnVersion) throws SQLException {
		connection.rollback();
		if (e instanceof StoreException store) {
			return store;
		}
		if (e instanceof SQLException sql && isDuplicateKey(sql) && basedOnVersion == 0 && id != null) {
			// Another save created the same record first.
			return conflict(connection, id, basedOnVersion, currentVersion(connection, id));
		}
		if (e instanceof SQLException sql) {
			return new StoreException("Record " + id + " was not saved in " + database + ": " + sql.getMessage(), sql);
		}
		return (RuntimeException) e;
	}

	/**
	 * Commits, and for the embedded database writes the commit into the file before returning (H2 otherwise
	 * writes commits in the background), so that an acknowledged save survives the process being killed.
	 */
	private void commitDurably(Connection connection) throws SQLException {
		connection.commit();
		if (database.dialect() == Dialect.H2) {
			try (java.sql.Statement checkpoint = connection.createStatement()) {
				checkpoint.execute("CHECKPOINT");
			}
		}
	}

	private <T extends ClinicalRecord> StoredRecord<T> saveIn(Connection connection, T record, int basedOnVersion, String user, String reason)
			throws SQLException {
		byte[] content = RecordCodec.encode(record);
		String hash = RecordCodec.sha256(content);
		// Microseconds: what both databases keep, so the time returned is the time read back later.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String kind = record.eClass().getName();
		String patientId = record instanceof PatientRecord chart ? chart.getPatientId() : record instanceof Patient ? record.getId() : null;
		int current = lockHead(connection, record.getId());
		if (current != basedOnVersion) {
			throw conflict(connection, record.getId(), basedOnVersion, current);
		}
		int version = current + 1;
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_version"
				+ " (record_id, version, kind, content, sha256, saved_at, saved_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, record.getId());
			insert.setInt(2, version);
			insert.setString(3, kind);
			insert.setBytes(4, content);
			insert.setString(5, hash);
			insert.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
			insert.setString(7, user);
			insert.setString(8, reason);
			insert.executeUpdate();
		}
		if (current == 0) {
			try (PreparedStatement head = connection.prepareStatement("INSERT INTO cairn_record"
					+ " (id, kind, patient_id, current_version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)")) {
				head.setString(1, record.getId());
				head.setString(2, kind);
				head.setString(3, patientId);
				head.setInt(4, version);
				head.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
				head.setString(6, user);
				head.executeUpdate();
			}
		} else {
			try (PreparedStatement head = connection.prepareStatement(
					"UPDATE cairn_record SET current_version = ?, updated_at = ?, updated_by = ? WHERE id = ?")) {
				head.setInt(1, version);
				head.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
				head.setString(3, user);
				head.setString(4, record.getId());
				head.executeUpdate();
			}
		}
		index(connection, record, kind, current == 0);
		@SuppressWarnings("unchecked")
		T copy = (T) EcoreUtil.copy(record);
		return new StoredRecord<>(copy, version, now, user, reason == null ? "" : reason, hash);
	}

	private static boolean isDuplicateKey(SQLException e) {
		String state = e.getSQLState();
		return state != null && state.startsWith("23");
	}

	/** The head's current version, locked until the transaction ends; 0 when the record is new. */
	private static int lockHead(Connection connection, String id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT current_version FROM cairn_record WHERE id = ? FOR UPDATE")) {
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? row.getInt(1) : 0;
			}
		}
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

	private static void index(Connection connection, ClinicalRecord record, String kind, boolean isNew) throws SQLException {
		String id = record.getId();
		for (String table : isNew ? new String[0] : new String[] { "cairn_patient_index", "cairn_name_token", "cairn_timeline" }) {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE record_id = ?")) {
				delete.setString(1, id);
				delete.executeUpdate();
			}
		}
		if (record instanceof Patient patient) {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_patient_index"
					+ " (record_id, mrn, family_name, given_name, sort_name, birth_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, id);
				insert.setString(2, patient.getMrn() == null ? "" : patient.getMrn());
				insert.setString(3, patient.getFamilyName());
				insert.setString(4, patient.getGivenName());
				insert.setString(5, Indexer.sortName(patient));
				insert.setDate(6, patient.getBirthDate() == null ? null : Date.valueOf(patient.getBirthDate()));
				insert.setString(7, patient.getStatus() == null ? null : patient.getStatus().name());
				insert.executeUpdate();
			}
			Set<String> tokens = Indexer.tokens(patient);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_name_token (token, record_id) VALUES (?, ?)")) {
				for (String token : tokens) {
					insert.setString(1, token);
					insert.setString(2, id);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}
		Indexer.TimelineRow row = Indexer.timeline(record);
		if (row != null && row.patientId() != null) {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_timeline"
					+ " (record_id, patient_id, kind, occurred_at, status, author) VALUES (?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, id);
				insert.setString(2, row.patientId());
				insert.setString(3, kind);
				insert.setObject(4, row.occurredAt() == null ? null : OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
				insert.setString(5, row.status());
				insert.setString(6, row.author());
				insert.executeUpdate();
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
		if (text.isEmpty()) {
			return List.of();
		}
		// Each way of matching is its own indexed lookup returning the index rows (an OR across them, or an IN over
		// their union, made the databases scan every patient): the exact MRN, the birth date, and name words,
		// starting from the longest word's index range. UNION removes duplicates; one sort at the end.
		String columns = "p.record_id, p.mrn, p.family_name, p.given_name, p.birth_date, p.status, p.sort_name";
		List<String> branches = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		branches.add("SELECT " + columns + " FROM cairn_patient_index p WHERE p.mrn = ?");
		parameters.add(text);
		LocalDate birthDate = parseDate(text);
		if (birthDate != null) {
			branches.add("SELECT " + columns + " FROM cairn_patient_index p WHERE p.birth_date = ?");
			parameters.add(Date.valueOf(birthDate));
		}
		List<String> tokens = new ArrayList<>(Indexer.tokens(text));
		if (!tokens.isEmpty()) {
			tokens.sort((a, b) -> b.length() - a.length());
			StringBuilder byName = new StringBuilder("SELECT " + columns + " FROM cairn_name_token t0"
					+ " JOIN cairn_patient_index p ON p.record_id = t0.record_id WHERE t0.token >= ? AND t0.token < ?");
			parameters.add(tokens.get(0));
			parameters.add(tokens.get(0) + Character.MAX_VALUE);
			for (int i = 1; i < tokens.size(); i++) {
				byName.append(" AND EXISTS (SELECT 1 FROM cairn_name_token t WHERE t.record_id = t0.record_id AND t.token >= ? AND t.token < ?)");
				parameters.add(tokens.get(i));
				parameters.add(tokens.get(i) + Character.MAX_VALUE);
			}
			branches.add(byName.toString());
		}
		StringBuilder sql = new StringBuilder(String.join(" UNION ", branches)).append(" ORDER BY sort_name, record_id");
		try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
			select.setMaxRows(limit);
			for (int i = 0; i < parameters.size(); i++) {
				select.setObject(i + 1, parameters.get(i));
			}
			List<PatientMatch> matches = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Date born = rows.getDate(5);
					matches.add(new PatientMatch(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
							born == null ? null : born.toLocalDate(), rows.getString(6)));
				}
			}
			connection.commit();
			return matches;
		} catch (SQLException e) {
			throw new StoreException("Patient search failed in " + database + ": " + e.getMessage(), e);
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
		try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
				"SELECT record_id, kind, occurred_at, status, author FROM cairn_timeline WHERE patient_id = ?"
						+ " ORDER BY occurred_at DESC, record_id")) {
			select.setString(1, patientId);
			List<TimelineEntry> entries = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					OffsetDateTime at = rows.getObject(3, OffsetDateTime.class);
					entries.add(new TimelineEntry(rows.getString(1), rows.getString(2), at == null ? null : at.toInstant(),
							rows.getString(4), rows.getString(5)));
				}
			}
			connection.commit();
			return entries;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the timeline of patient " + patientId + ": " + e.getMessage(), e);
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
