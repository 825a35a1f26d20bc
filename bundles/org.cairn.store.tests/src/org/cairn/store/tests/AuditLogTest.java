package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cairn.model.SessionNote;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditQuery;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditVerification;
import org.cairn.store.SaveConflictException;
import org.cairn.store.StoreException;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log's hash chain on a real database (H2 here, PostgreSQL in {@link PostgresAuditLogTest}): saves are
 * audited in their own transaction, refused saves as failures, and changing, deleting or reordering an event with
 * SQL is found and named.
 */
class AuditLogTest {

	@TempDir
	Path folder;

	Database database;
	JdbcRecordStore store;

	Database database() throws Exception {
		return TestDatabases.h2(folder);
	}

	void drop(Database db) throws Exception {
		db.close();
	}

	@BeforeEach
	void open() throws Exception {
		database = database();
		new Migrations().migrate(database);
		store = new JdbcRecordStore(database, Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC));
	}

	@AfterEach
	void close() throws Exception {
		drop(database);
	}

	/** Four events: a patient saved, a chart opened, a note saved, the chart printed. */
	private void fourEvents() {
		store.save(Records.patient("p-1", "Avery", "Quillfeather", "MRN-1", null), 0, "clinician-1", "intake");
		store.audit(AuditEvent.of("clinician-1", Action.CHART_OPEN, "p-1", null));
		SessionNote note = Records.note("n-1", "p-1", Instant.parse("2026-12-03T08:00:00Z"), "Discussed weekend cravings.");
		store.save(note, 0, "clinician-1", "session");
		store.audit(AuditEvent.of("clinician-1", Action.PRINT, "p-1", "n-1"));
	}

	private void sql(String statement) throws Exception {
		try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
			sql.execute(statement);
			connection.commit();
		}
	}

	@Test
	void savesAndAccessesAreEventsInOneIntactChain() throws Exception {
		fourEvents();
		AuditVerification result = store.verifyAudit();
		assertEquals(List.of(), result.problems());
		assertEquals(4, result.events());
		assertEquals(Instant.parse("2026-12-03T09:00:00Z"), result.lastAt());
		List<String> rows = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet all = statement.executeQuery("SELECT seq, user_id, patient_id, record_id, action, outcome FROM cairn_audit ORDER BY seq")) {
			while (all.next()) {
				rows.add(all.getLong(1) + " " + all.getString(2) + " " + all.getString(3) + " " + all.getString(4) + " " + all.getString(5) + " "
						+ all.getString(6));
			}
			connection.rollback();
		}
		assertEquals(List.of("1 clinician-1 p-1 p-1 SAVE SUCCESS", "2 clinician-1 p-1 null CHART_OPEN SUCCESS", "3 clinician-1 p-1 n-1 SAVE SUCCESS",
				"4 clinician-1 p-1 n-1 PRINT SUCCESS"), rows);
		store.audit(AuditEvent.of("clinician-2", Action.CHART_OPEN, "p-2", null));
		assertEquals(List.of(Action.PRINT, Action.SAVE), store.auditTrail("p-1", 2).stream().map(AuditEvent::action).toList(),
				"a patient's newest events first");
		assertEquals("p-2", store.auditTrail(null, 10).get(0).patientId());
		assertEquals(5, store.auditTrail(null, 10).size());
	}

	@Test
	void eventsAreFoundByPatientUserActionAndTime() throws Exception {
		fourEvents();
		store.audit(new AuditEvent(Instant.parse("2026-12-04T10:00:00Z"), "auditor-1", "desk-9", null, null, Action.AUDIT_VERIFY,
				AuditEvent.Outcome.SUCCESS, null));
		assertEquals(List.of(5L, 4L, 3L, 2L, 1L), numbers(AuditQuery.newest(10)));
		assertEquals(List.of(5L, 4L), numbers(AuditQuery.newest(2)), "newest first, at most the limit");
		assertEquals(List.of(4L, 3L, 2L, 1L), numbers(new AuditQuery("p-1", null, null, null, null, 10)));
		assertEquals(List.of(5L), numbers(new AuditQuery(null, "auditor-1", null, null, null, 10)));
		assertEquals(List.of(3L, 1L), numbers(new AuditQuery(null, null, Action.SAVE, null, null, 10)));
		assertEquals(List.of(4L, 3L, 2L, 1L), numbers(new AuditQuery(null, null, null, Instant.parse("2026-12-03T00:00:00Z"),
				Instant.parse("2026-12-04T00:00:00Z"), 10)), "one day");
		assertEquals(List.of(3L, 1L), numbers(new AuditQuery("p-1", "clinician-1", Action.SAVE, Instant.parse("2026-12-03T00:00:00Z"), null, 10)));
		AuditEntry first = store.auditEntries(new AuditQuery(null, "auditor-1", null, null, null, 1)).get(0);
		assertEquals("desk-9", first.event().workstation());
		assertEquals(Instant.parse("2026-12-04T10:00:00Z"), first.event().at());
	}

	private List<Long> numbers(AuditQuery query) {
		return store.auditEntries(query).stream().map(AuditEntry::number).toList();
	}

	@Test
	void aRefusedSaveIsAuditedAsAFailureAndNothingOfItsTransactionStays() throws Exception {
		store.save(Records.patient("p-1", "Avery", "Quillfeather", "MRN-1", null), 0, "clinician-1", "intake");
		store.save(Records.patient("p-1", "Avery", "Quill", "MRN-1", null), 1, "clinician-2", "name");
		assertThrows(SaveConflictException.class, () -> store.save(Records.patient("p-1", "Avery", "Q", "MRN-1", null), 1, "clinician-3", "stale"));
		AuditVerification result = store.verifyAudit();
		assertEquals(List.of(), result.problems());
		assertEquals(3, result.events());
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet last = statement.executeQuery("SELECT user_id, action, outcome, detail FROM cairn_audit WHERE seq = 3")) {
			assertTrue(last.next());
			assertEquals("clinician-3 SAVE FAILURE refused: someone else saved a newer version",
					last.getString(1) + " " + last.getString(2) + " " + last.getString(3) + " " + last.getString(4));
			connection.rollback();
		}
	}

	@Test
	void aChangedEventIsFoundAndNamed() throws Exception {
		fourEvents();
		sql("UPDATE cairn_audit SET user_id = 'someone-else' WHERE seq = 2");
		assertEquals(List.of("Event 2 was changed: what it says no longer matches its hash"), store.verifyAudit().problems());
	}

	@Test
	void aDeletedEventIsFoundAndNamed() throws Exception {
		fourEvents();
		sql("DELETE FROM cairn_audit WHERE seq = 2");
		assertEquals(List.of("Event 2 is missing: it was deleted"), store.verifyAudit().problems());
	}

	@Test
	void eventsCutOffTheEndAreFound() throws Exception {
		fourEvents();
		sql("DELETE FROM cairn_audit WHERE seq >= 3");
		assertEquals(List.of("Events 3 to 4, the newest, are missing: they were deleted"), store.verifyAudit().problems());
	}

	@Test
	void reorderedEventsAreFoundAndNamed() throws Exception {
		fourEvents();
		sql("UPDATE cairn_audit SET seq = 99 WHERE seq = 2");
		sql("UPDATE cairn_audit SET seq = 2 WHERE seq = 3");
		sql("UPDATE cairn_audit SET seq = 3 WHERE seq = 99");
		List<String> problems = store.verifyAudit().problems();
		assertTrue(problems.contains("Event 2 does not follow event 1: an event before it was changed, removed or put in another place"), problems.toString());
		assertTrue(problems.contains("Event 2 was changed: what it says no longer matches its hash"), problems.toString());
		assertTrue(problems.contains("Event 3 was changed: what it says no longer matches its hash"), problems.toString());
	}

	@Test
	void aRewrittenEventWithARecomputedHashBreaksTheNextLink() throws Exception {
		fourEvents();
		// Someone changes event 2 and gives it a hash that matches its new content: event 3 no longer follows it.
		sql("UPDATE cairn_audit SET hash = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' WHERE seq = 2");
		List<String> problems = store.verifyAudit().problems();
		assertTrue(problems.contains("Event 3 does not follow event 2: an event before it was changed, removed or put in another place"),
				problems.toString());
	}

	/**
	 * Events deleted from the end with the head moved back leave a chain that verifies: only a checkpoint kept outside
	 * the database shows the cut, naming the event, and the same for a log rolled back and written again from there.
	 * A checkpoint changed after it was signed is named too.
	 */
	@Test
	void aLogCutShortOrRolledBackIsFoundByACheckpointKeptOutsideTheDatabase() throws Exception {
		fourEvents();
		Path checkpoints = folder.resolve("auditor");
		org.cairn.store.internal.AuditCheckpoints.Checkpoint four;
		try (Connection connection = database.connect()) {
			four = org.cairn.store.internal.AuditCheckpoints.now(connection);
			connection.rollback();
		}
		assertEquals(4, four.seq());
		org.cairn.store.internal.AuditCheckpoints.write(checkpoints, four);
		assertEquals(List.of(), check(checkpoints), "nothing cut: the log holds the checkpoint's event");

		// cut: the last two events deleted and the head moved back to event 2, so that the chain still verifies
		sql("DELETE FROM cairn_audit WHERE seq >= 3");
		String two;
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("SELECT hash FROM cairn_audit WHERE seq = 2")) {
			rows.next();
			two = rows.getString(1).strip();
		}
		sql("UPDATE cairn_audit_head SET last_seq = 2, last_hash = '" + two + "'");
		assertTrue(store.verifyAudit().intact(), "the chain alone cannot show a cut end");
		assertEquals(List.of("The log was cut short: event 4, seen by the checkpoint of " + four.at() + ", is not there (the log now ends at 2)"),
				check(checkpoints));

		// rolled back: new events written after the cut take the numbers 3 and 4 again, with other hashes
		store.audit(AuditEvent.of("clinician-2", Action.CHART_OPEN, "p-1", null));
		store.audit(AuditEvent.of("clinician-2", Action.CHART_OPEN, "p-1", null));
		assertTrue(store.verifyAudit().intact());
		assertEquals(List.of("Event 4 is not the one seen by the checkpoint of " + four.at() + ": the log was rolled back or rewritten from there"),
				check(checkpoints));

		// a checkpoint changed after it was signed (to hide the cut) is not taken
		Path file = checkpoints.resolve("checkpoint-000000000004.txt");
		java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replaceFirst("^4 [0-9a-f]{64}", "2 " + two));
		org.cairn.store.internal.AuditCheckpoints.Read read = org.cairn.store.internal.AuditCheckpoints.read(checkpoints);
		assertEquals(List.of(), read.checkpoints());
		assertEquals(List.of("The checkpoint checkpoint-000000000004.txt is not signed by the folder's key: it was changed or made elsewhere"),
				read.problems());
		assertEquals(List.of("The log was cut short: event 9, expected, is not there (the log now ends at 4)"), checkWith(
				List.of(org.cairn.store.internal.AuditCheckpoints.Checkpoint.expected("9:" + "a".repeat(64)))));
	}

	private List<String> check(Path checkpoints) throws Exception {
		org.cairn.store.internal.AuditCheckpoints.Read read = org.cairn.store.internal.AuditCheckpoints.read(checkpoints);
		assertEquals(List.of(), read.problems());
		return checkWith(read.checkpoints());
	}

	private List<String> checkWith(List<org.cairn.store.internal.AuditCheckpoints.Checkpoint> checkpoints) throws Exception {
		try (Connection connection = database.connect()) {
			try {
				return org.cairn.store.internal.AuditCheckpoints.check(connection, checkpoints);
			} finally {
				connection.rollback();
			}
		}
	}

	@Test
	void aDeletedHeadStopsNewEventsAndIsReported() throws Exception {
		fourEvents();
		sql("DELETE FROM cairn_audit_head");
		assertEquals(List.of("The head of the log (the newest event's number and hash) is missing: it was deleted"), store.verifyAudit().problems());
		StoreException refused = assertThrows(StoreException.class, () -> store.audit(AuditEvent.of("clinician-1", Action.CHART_OPEN, "p-1", null)));
		assertTrue(refused.getMessage().contains("The audit log's head row is missing"), refused.getMessage());
		assertThrows(StoreException.class, () -> store.save(Records.patient("p-2", "Blake", "Rowan", "MRN-2", null), 0, "clinician-1", "intake"),
				"a save that cannot be audited is not made");
		assertFalse(store.read("p-2").isPresent());
	}

	@Test
	void eventsFromManyThreadsFormOneChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				String user = "clinician-" + t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						store.audit(AuditEvent.of(user, Action.CHART_OPEN, "p-" + i, null));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		} finally {
			pool.shutdown();
		}
		AuditVerification result = store.verifyAudit();
		assertEquals(List.of(), result.problems());
		assertEquals(100, result.events());
	}
}
