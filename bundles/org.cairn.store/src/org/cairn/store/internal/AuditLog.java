package org.cairn.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditQuery;
import org.cairn.store.AuditVerification;

/**
 * The audit log's hash chain (tables {@code cairn_audit} and {@code cairn_audit_head}, schema version 5). An event
 * is appended in the caller's transaction, after locking the head row ({@code SELECT ... FOR UPDATE}), so events
 * from every workstation form one chain; its hash is the SHA-256 of its fields and the previous event's hash.
 * {@link #verify} walks the chain and names every event that was changed, deleted, inserted or moved, and events cut
 * off the end (the head remembers the newest).
 * <p>
 * A hash chain shows changes made by anyone who does not rewrite the whole chain from the change onwards. Someone
 * with write access to the database could do that; keeping the head hash that {@code cairn admin audit verify}
 * prints somewhere else (a printout, another system) and comparing it later shows that too.
 */
public final class AuditLog {

	/** The previous hash of the first event. */
	public static final String GENESIS = "0".repeat(64);

	private AuditLog() {
	}

	/**
	 * Appends {@code event} in {@code connection}'s transaction; the caller commits. Returns the event's number.
	 *
	 * @throws SQLException also when the head row is missing (the log was tampered with): nothing is appended then
	 */
	public static long append(Connection connection, AuditEvent event, Clock clock) throws SQLException {
		long last;
		String lastHash;
		try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM cairn_audit_head WHERE id = 1 FOR UPDATE");
				ResultSet rows = head.executeQuery()) {
			if (!rows.next()) {
				throw new SQLException("The audit log's head row is missing, so no event can be added; 'cairn admin audit verify' says more");
			}
			last = rows.getLong(1);
			lastHash = rows.getString(2).strip();
		}
		long seq = last + 1;
		// Milliseconds: what both databases keep exactly, so that the hash of what is read back is the same.
		Instant at = (event.at() == null ? clock.instant() : event.at()).truncatedTo(ChronoUnit.MILLIS);
		String hash = hash(seq, at, event.user(), event.workstation(), event.patientId(), event.recordId(), event.action().name(),
				event.outcome().name(), event.detail(), lastHash);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_audit (seq, at, user_id, workstation, patient_id,"
				+ " record_id, action, outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, seq);
			insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
			insert.setString(3, event.user());
			insert.setString(4, event.workstation());
			insert.setString(5, event.patientId());
			insert.setString(6, event.recordId());
			insert.setString(7, event.action().name());
			insert.setString(8, event.outcome().name());
			insert.setString(9, event.detail());
			insert.setString(10, lastHash);
			insert.setString(11, hash);
			insert.executeUpdate();
		}
		try (PreparedStatement move = connection.prepareStatement("UPDATE cairn_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
			move.setLong(1, seq);
			move.setString(2, hash);
			move.executeUpdate();
		}
		return seq;
	}

	/** The newest {@code limit} events about {@code patientId} (all patients when null), newest first. */
	public static List<AuditEvent> events(Connection connection, List<String> patientIds, int limit) throws SQLException {
		return entries(connection, new AuditQuery(null, null, null, null, null, limit), patientIds).stream().map(AuditEntry::event).toList();
	}

	/** The events {@code query} asks for, newest first, with their numbers. */
	public static List<AuditEntry> entries(Connection connection, AuditQuery query) throws SQLException {
		return entries(connection, query, query.patientId() == null ? null : List.of(query.patientId()));
	}

	/**
	 * The events {@code query} asks for, newest first, with their numbers; of the patients {@code patientIds} (a chart
	 * and the duplicates merged into it) in place of the query's one patient, or of every patient when null.
	 */
	public static List<AuditEntry> entries(Connection connection, AuditQuery query, List<String> patientIds) throws SQLException {
		List<String> where = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		if (patientIds != null) {
			where.add("patient_id IN (" + String.join(", ", java.util.Collections.nCopies(patientIds.size(), "?")) + ")");
			values.addAll(patientIds);
		}
		if (query.user() != null) {
			where.add("user_id = ?");
			values.add(query.user());
		}
		if (query.action() != null) {
			where.add("action = ?");
			values.add(query.action().name());
		}
		if (query.from() != null) {
			where.add("at >= ?");
			values.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
		}
		if (query.to() != null) {
			where.add("at < ?");
			values.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
		}
		String sql = "SELECT seq, at, user_id, workstation, patient_id, record_id, action, outcome, detail FROM cairn_audit"
				+ (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY seq DESC";
		List<AuditEntry> entries = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.size(); i++) {
				statement.setObject(i + 1, values.get(i));
			}
			statement.setMaxRows(query.limit());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					entries.add(new AuditEntry(rows.getLong(1), new AuditEvent(rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3),
							rows.getString(4), rows.getString(5), rows.getString(6), AuditEvent.Action.valueOf(rows.getString(7)),
							AuditEvent.Outcome.valueOf(rows.getString(8)), rows.getString(9))));
				}
			}
		}
		return entries;
	}

	/** Checks the whole chain; reads only. */
	public static AuditVerification verify(Connection connection) throws SQLException {
		List<String> problems = new ArrayList<>();
		Long headSeq = null;
		String headHash = null;
		try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM cairn_audit_head WHERE id = 1");
				ResultSet rows = head.executeQuery()) {
			if (rows.next()) {
				headSeq = rows.getLong(1);
				headHash = rows.getString(2).strip();
			} else {
				problems.add("The head of the log (the newest event's number and hash) is missing: it was deleted");
			}
		}
		long expected = 1;
		long count = 0;
		String previous = GENESIS;
		Instant lastAt = null;
		try (PreparedStatement all = connection.prepareStatement("SELECT seq, at, user_id, workstation, patient_id, record_id, action, outcome,"
				+ " detail, prev_hash, hash FROM cairn_audit ORDER BY seq"); ResultSet rows = all.executeQuery()) {
			while (rows.next()) {
				count++;
				long seq = rows.getLong(1);
				Instant at = rows.getObject(2, OffsetDateTime.class).toInstant();
				String prevHash = rows.getString(10).strip();
				String hash = rows.getString(11).strip();
				boolean gap = false;
				if (seq > expected) {
					problems.add(seq == expected + 1 ? "Event " + expected + " is missing: it was deleted"
							: "Events " + expected + " to " + (seq - 1) + " are missing: they were deleted");
					gap = true;
				}
				if (!gap && !prevHash.equals(previous)) {
					problems.add("Event " + seq + " does not follow event " + (seq - 1)
							+ ": an event before it was changed, removed or put in another place");
				}
				String recomputed = hash(seq, at, rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
						rows.getString(8), rows.getString(9), prevHash);
				if (!recomputed.equals(hash)) {
					problems.add("Event " + seq + " was changed: what it says no longer matches its hash");
				}
				previous = hash;
				expected = seq + 1;
				lastAt = at;
			}
		}
		if (headSeq != null) {
			long last = expected - 1;
			if (headSeq > last) {
				problems.add(headSeq == last + 1 ? "Event " + headSeq + ", the newest, is missing: it was deleted"
						: "Events " + (last + 1) + " to " + headSeq + ", the newest, are missing: they were deleted");
			} else if (headSeq < last) {
				problems.add("Events " + (headSeq + 1) + " to " + last + " were added to the log outside Cairn (the head ends at " + headSeq + ")");
			} else if (!headHash.equals(previous)) {
				problems.add("The head of the log does not match event " + last + ", the newest: one of them was changed");
			}
		}
		return new AuditVerification(count, lastAt, previous, problems);
	}

	/**
	 * The SHA-256 of an event's fields and the previous hash, each field written as its length and its text (null
	 * as -1), so that no two different events give the same input.
	 */
	static String hash(long seq, Instant at, String user, String workstation, String patient, String record, String action, String outcome,
			String detail, String previous) {
		StringBuilder input = new StringBuilder();
		for (String field : new String[] { Long.toString(seq), at.truncatedTo(ChronoUnit.MILLIS).toString(), user, workstation, patient, record, action,
				outcome, detail, previous }) {
			if (field == null) {
				input.append("-1:");
			} else {
				input.append(field.length()).append(':').append(field);
			}
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
