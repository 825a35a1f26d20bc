package org.cairn.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cairn.model.AssessmentResponse;
import org.cairn.model.CarePlan;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.DoseAdministration;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.store.DuplicateMrnException;

/**
 * Writes the index rows of records within one transaction, reusing its prepared statements across records (a
 * batch of saves, or rebuilding every index row in a migration). Each record kind has its own index tables; a
 * record's old rows are removed before its new ones are written.
 */
final class IndexWriter implements AutoCloseable {

	/** The index tables of each kind of record, besides the head row every record has. */
	private static final Map<Class<?>, List<String>> TABLES = Map.of(
			Patient.class, List.of("cairn_patient_index", "cairn_name_prefix"),
			EpisodeOfCare.class, List.of("cairn_episode_index", "cairn_care_team"),
			CarePlan.class, List.of("cairn_plan_index"),
			AssessmentResponse.class, List.of("cairn_response_index"),
			DoseAdministration.class, List.of("cairn_dose_index"));

	/** Every index table, emptied when the index is rebuilt. */
	static final List<String> ALL_TABLES = TABLES.values().stream().flatMap(List::stream).toList();

	private final Connection connection;
	private final Map<String, PreparedStatement> statements = new HashMap<>();
	/** Whether patients' MRNs are claimed in {@code cairn_mrn} (not while an older migration rebuilds the index). */
	private final boolean claimMrns;

	IndexWriter(Connection connection) {
		this(connection, true);
	}

	private IndexWriter(Connection connection, boolean claimMrns) {
		this.connection = connection;
		this.claimMrns = claimMrns;
	}

	Connection connection() {
		return connection;
	}

	PreparedStatement statement(String sql) throws SQLException {
		PreparedStatement statement = statements.get(sql);
		if (statement == null) {
			statement = connection.prepareStatement(sql);
			statements.put(sql, statement);
		}
		return statement;
	}

	/** Writes {@code record}'s index rows; {@code isNew} says it has none yet. */
	void write(ClinicalRecord record, boolean isNew) throws SQLException {
		String id = record.getId();
		if (record instanceof Patient patient && claimMrns) {
			claimMrn(id, patient.getMrn(), isNew);
		}
		if (!isNew) {
			for (Map.Entry<Class<?>, List<String>> kind : TABLES.entrySet()) {
				if (kind.getKey().isInstance(record)) {
					for (String table : kind.getValue()) {
						PreparedStatement delete = statement("DELETE FROM " + table + " WHERE record_id = ?");
						delete.setString(1, id);
						delete.executeUpdate();
					}
				}
			}
		}
		if (record instanceof Patient patient) {
			patient(id, patient);
		} else if (record instanceof EpisodeOfCare episode) {
			episode(id, Indexer.episode(episode));
		} else if (record instanceof CarePlan plan) {
			Indexer.PlanRow row = Indexer.plan(plan);
			PreparedStatement insert = statement("INSERT INTO cairn_plan_index"
					+ " (record_id, patient_id, episode_id, status, effective_from, review_due) VALUES (?, ?, ?, ?, ?, ?)");
			insert.setString(1, id);
			insert.setString(2, row.patientId());
			insert.setString(3, row.episodeId());
			insert.setString(4, row.status());
			setDate(insert, 5, row.effectiveFrom());
			setDate(insert, 6, row.reviewDue());
			insert.executeUpdate();
		} else if (record instanceof AssessmentResponse response) {
			Indexer.ResponseRow row = Indexer.response(response);
			PreparedStatement insert = statement("INSERT INTO cairn_response_index (record_id, patient_id, form_id, form_version,"
					+ " administered_at, status, total, band, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
			insert.setString(1, id);
			insert.setString(2, row.patientId());
			insert.setString(3, row.formId() == null ? "" : row.formId());
			insert.setString(4, row.formVersion());
			setInstant(insert, 5, row.administeredAt());
			insert.setString(6, row.status());
			insert.setBigDecimal(7, row.total());
			insert.setString(8, row.band());
			insert.setString(9, row.flags());
			insert.executeUpdate();
		} else if (record instanceof DoseAdministration dose) {
			Indexer.DoseRow row = Indexer.dose(dose);
			if (row != null) {
				PreparedStatement insert = statement("INSERT INTO cairn_dose_index (record_id, patient_id, order_id, scheduled_for,"
						+ " outcome, status, dose_mg, take_home_doses, administered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
				insert.setString(1, id);
				insert.setString(2, row.patientId());
				insert.setString(3, row.orderId());
				setDate(insert, 4, row.scheduledFor());
				insert.setString(5, row.outcome());
				insert.setString(6, row.status());
				insert.setBigDecimal(7, row.doseMg());
				insert.setInt(8, row.takeHomeDoses());
				setInstant(insert, 9, row.administeredAt());
				insert.executeUpdate();
			}
		}
	}

	/**
	 * Claims {@code mrn} for patient {@code id} in {@code cairn_mrn}, whose primary key is the MRN: refused with a
	 * {@link DuplicateMrnException} when another patient holds it (or claims it in a transaction not yet committed,
	 * which the insert waits for). A corrected MRN releases the old one. A patient who shared the MRN with another
	 * before MRNs were unique (schema 9) and keeps it unchanged is let through: their charts are to be merged.
	 */
	private void claimMrn(String id, String mrn, boolean isNew) throws SQLException {
		String key = mrn == null ? "" : mrn.strip().toUpperCase(java.util.Locale.ROOT);
		String previous = null;
		if (!isNew) {
			PreparedStatement old = statement("SELECT mrn FROM cairn_patient_index WHERE record_id = ?");
			old.setString(1, id);
			try (ResultSet row = old.executeQuery()) {
				previous = row.next() ? row.getString(1).strip().toUpperCase(java.util.Locale.ROOT) : null;
			}
			if (previous != null && !previous.equals(key)) {
				// a corrected MRN gives up the old one; an unchanged MRN writes nothing here
				PreparedStatement release = statement("DELETE FROM cairn_mrn WHERE patient_id = ? AND mrn = ?");
				release.setString(1, id);
				release.setString(2, previous);
				release.executeUpdate();
			}
		}
		if (key.isEmpty()) {
			return;
		}
		PreparedStatement holder = statement("SELECT patient_id FROM cairn_mrn WHERE mrn = ?");
		holder.setString(1, key);
		String heldBy;
		try (ResultSet row = holder.executeQuery()) {
			heldBy = row.next() ? row.getString(1) : null;
		}
		if (id.equals(heldBy)) {
			return;
		}
		if (heldBy != null) {
			if (key.equals(previous)) {
				return; // a duplicate from before schema 9, saved with its MRN unchanged
			}
			throw new DuplicateMrnException(mrn.strip(), heldBy, null);
		}
		PreparedStatement claim = statement("INSERT INTO cairn_mrn (mrn, patient_id) VALUES (?, ?)");
		claim.setString(1, key);
		claim.setString(2, id);
		try {
			claim.executeUpdate();
		} catch (SQLException e) {
			if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
				// another workstation's intake claimed it first, in a transaction that has committed since
				throw new DuplicateMrnException(mrn.strip(), null, null);
			}
			throw e;
		}
	}

	private void patient(String id, Patient patient) throws SQLException {
		String sortName = Indexer.sortName(patient);
		PreparedStatement insert = statement("INSERT INTO cairn_patient_index"
				+ " (record_id, mrn, family_name, given_name, sort_name, birth_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)");
		insert.setString(1, id);
		insert.setString(2, patient.getMrn() == null ? "" : patient.getMrn());
		insert.setString(3, patient.getFamilyName());
		insert.setString(4, patient.getGivenName());
		insert.setString(5, sortName);
		setDate(insert, 6, patient.getBirthDate());
		insert.setString(7, patient.getStatus() == null ? null : patient.getStatus().name());
		insert.executeUpdate();
		if (patient.getMergedInto() != null) {
			// a column of schema 11: written only for a merged chart, so that the index rebuild of schema 2 still runs
			PreparedStatement merged = statement("UPDATE cairn_patient_index SET merged_into = ? WHERE record_id = ?");
			merged.setString(1, patient.getMergedInto());
			merged.setString(2, id);
			merged.executeUpdate();
		}
		PreparedStatement token = statement("INSERT INTO cairn_name_prefix (prefix, sort_name, record_id) VALUES (?, ?, ?)");
		for (String word : Indexer.prefixes(Indexer.tokens(patient))) {
			token.setString(1, word);
			token.setString(2, sortName);
			token.setString(3, id);
			token.addBatch();
		}
		token.executeBatch();
	}

	private void episode(String id, Indexer.EpisodeRow row) throws SQLException {
		PreparedStatement insert = statement("INSERT INTO cairn_episode_index (record_id, patient_id, programme, phase,"
				+ " phase_since, status, admitted_on, discharged_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
		insert.setString(1, id);
		insert.setString(2, row.patientId());
		insert.setString(3, row.programme());
		insert.setString(4, row.phase());
		setDate(insert, 5, row.phaseSince());
		insert.setString(6, row.status());
		setDate(insert, 7, row.admittedOn());
		setDate(insert, 8, row.dischargedOn());
		insert.executeUpdate();
		if (!row.careTeam().isEmpty()) {
			PreparedStatement member = statement("INSERT INTO cairn_care_team (record_id, staff_id, role, from_date, to_date)"
					+ " VALUES (?, ?, ?, ?, ?)");
			for (Indexer.CareTeamRow staff : row.careTeam()) {
				member.setString(1, id);
				member.setString(2, staff.staffId());
				member.setString(3, staff.role());
				setDate(member, 4, staff.from());
				setDate(member, 5, staff.to());
				member.addBatch();
			}
			member.executeBatch();
		}
	}

	/**
	 * Rebuilds every index row and every head's timeline columns from the records' current versions: what a
	 * migration that adds or changes index tables runs after its script, in the same transaction.
	 */
	static void rebuild(Connection connection) throws SQLException {
		try (IndexWriter writer = new IndexWriter(connection, false)) {
			for (String table : ALL_TABLES) {
				writer.statement("DELETE FROM " + table).executeUpdate();
			}
			PreparedStatement head = writer.statement("UPDATE cairn_record SET occurred_at = ?, status = ?, author = ? WHERE id = ?");
			try (PreparedStatement select = connection.prepareStatement("SELECT v.record_id, v.content FROM cairn_version v"
					+ " JOIN cairn_record r ON r.id = v.record_id AND r.current_version = v.version")) {
				select.setFetchSize(500);
				ResultSet rows = select.executeQuery();
				while (rows.next()) {
					String id = rows.getString(1);
					ClinicalRecord record = RecordCodec.decode(id, rows.getBytes(2));
					Indexer.TimelineRow timeline = Indexer.timeline(record);
					setInstant(head, 1, timeline == null ? null : timeline.occurredAt());
					head.setString(2, timeline == null ? null : timeline.status());
					head.setString(3, timeline == null ? null : timeline.author());
					head.setString(4, id);
					head.executeUpdate();
					writer.write(record, true);
				}
			}
		}
	}

	/**
	 * Derives the timeline columns of every head of kind {@code kind} again from its current version: what a
	 * migration runs when the way a kind's timeline status is derived changes.
	 */
	static void refreshHeads(Connection connection, String kind) throws SQLException {
		try (PreparedStatement head = connection.prepareStatement("UPDATE cairn_record SET occurred_at = ?, status = ?, author = ? WHERE id = ?");
				PreparedStatement select = connection.prepareStatement("SELECT v.record_id, v.content FROM cairn_version v"
						+ " JOIN cairn_record r ON r.id = v.record_id AND r.current_version = v.version WHERE r.kind = ?")) {
			select.setFetchSize(500);
			select.setString(1, kind);
			ResultSet rows = select.executeQuery();
			while (rows.next()) {
				String id = rows.getString(1);
				Indexer.TimelineRow timeline = Indexer.timeline(RecordCodec.decode(id, rows.getBytes(2)));
				setInstant(head, 1, timeline == null ? null : timeline.occurredAt());
				head.setString(2, timeline == null ? null : timeline.status());
				head.setString(3, timeline == null ? null : timeline.author());
				head.setString(4, id);
				head.executeUpdate();
			}
		}
	}

	static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		} else {
			statement.setDate(index, Date.valueOf(date));
		}
	}

	static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
		if (instant == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		} else {
			statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
		}
	}

	@Override
	public void close() throws SQLException {
		SQLException failure = null;
		for (PreparedStatement statement : statements.values()) {
			try {
				statement.close();
			} catch (SQLException e) {
				failure = e;
			}
		}
		statements.clear();
		if (failure != null) {
			throw failure;
		}
	}
}
