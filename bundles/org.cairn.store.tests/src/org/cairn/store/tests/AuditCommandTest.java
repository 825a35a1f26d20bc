package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.UsageException;
import org.cairn.core.Settings;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.internal.AuditCommand;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn admin audit verify} on the embedded database in the data folder. */
class AuditCommandTest {

	@TempDir
	Path data;

	@BeforeEach
	void dataFolder() {
		System.setProperty("cairn.data", data.toString());
	}

	@AfterEach
	void clear() {
		System.clearProperty("cairn.data");
	}

	@Test
	void saysTheLogIsIntactOrNamesWhatWasChanged() throws Exception {
		try (Database database = Database.embedded(data.resolve("database"))) {
			new Migrations().migrate(database);
			JdbcRecordStore store = new JdbcRecordStore(database);
			store.save(Records.patient("p-1", "Avery", "Quillfeather", "MRN-1", null), 0, "clinician-1", "intake");
			store.audit(AuditEvent.of("clinician-1", Action.CHART_OPEN, "p-1", null));
		}
		Commands.Run intact = Commands.run(new AuditCommand(new Settings()), "verify");
		assertEquals(AdminCommand.OK, intact.status(), intact.out() + intact.err());
		assertTrue(intact.out().startsWith("The audit log is intact: 2 events, the newest at "), intact.out());
		assertTrue(intact.out().matches("(?s).*\nNewest hash: [0-9a-f]{64}\n"), intact.out());

		// The check was an event itself; then someone changes the chart opening's user.
		try (Database database = Database.embedded(data.resolve("database")); Connection connection = database.connect();
				Statement sql = connection.createStatement()) {
			sql.execute("UPDATE cairn_audit SET user_id = 'nobody' WHERE seq = 2");
			connection.commit();
		}
		Commands.Run changed = Commands.run(new AuditCommand(new Settings()), "verify");
		assertEquals(AdminCommand.FAILED, changed.status());
		assertTrue(changed.out().startsWith("The audit log has been tampered with (3 events read):\n"
				+ "  Event 2 was changed: what it says no longer matches its hash\n"), changed.out());

		assertThrows(UsageException.class, () -> Commands.run(new AuditCommand(new Settings()), "list"));
	}

	/** {@code audit checkpoint --to DIR}, then {@code audit verify --checkpoints DIR} after the log's end was cut. */
	@Test
	void aCheckpointKeptOutsideTheDatabaseShowsTheLogCutShort() throws Exception {
		try (Database database = Database.embedded(data.resolve("database"))) {
			new Migrations().migrate(database);
			JdbcRecordStore store = new JdbcRecordStore(database);
			store.save(Records.patient("p-1", "Avery", "Quillfeather", "MRN-1", null), 0, "clinician-1", "intake");
			store.audit(AuditEvent.of("clinician-1", Action.CHART_OPEN, "p-1", null));
			store.audit(AuditEvent.of("clinician-1", Action.PRINT, "p-1", null));
		}
		Path auditor = data.resolve("auditor");
		Commands.Run written = Commands.run(new AuditCommand(new Settings()), "checkpoint", "--to", auditor.toString());
		assertEquals(AdminCommand.OK, written.status(), written.out() + written.err());
		assertTrue(written.out().startsWith("Checkpoint of event 3 ("), written.out());
		Commands.Run intact = Commands.run(new AuditCommand(new Settings()), "verify", "--checkpoints", auditor.toString());
		assertEquals(AdminCommand.OK, intact.status(), intact.out() + intact.err());
		assertTrue(intact.out().contains("; it holds every event of 1 checkpoint."), intact.out());

		// the print and the check after it cut off, and the head moved back to the chart opening: the chain verifies
		try (Database database = Database.embedded(data.resolve("database")); Connection connection = database.connect();
				Statement sql = connection.createStatement()) {
			sql.execute("DELETE FROM cairn_audit WHERE seq >= 3");
			sql.execute("UPDATE cairn_audit_head SET last_seq = 2, last_hash = (SELECT hash FROM cairn_audit WHERE seq = 2)");
			connection.commit();
		}
		Commands.Run chainOnly = Commands.run(new AuditCommand(new Settings()), "verify");
		assertEquals(AdminCommand.OK, chainOnly.status(), "the chain alone cannot show it: " + chainOnly.out());
		Commands.Run cut = Commands.run(new AuditCommand(new Settings()), "verify", "--checkpoints=" + auditor);
		assertEquals(AdminCommand.FAILED, cut.status(), cut.out());
		// the check without checkpoints wrote its own event as a new number 3: the log was rolled back and written again
		assertTrue(cut.out().contains("  Event 3 is not the one seen by the checkpoint of "), cut.out());
		assertTrue(cut.out().contains(": the log was rolled back or rewritten from there"), cut.out());
		assertThrows(UsageException.class, () -> Commands.run(new AuditCommand(new Settings()), "verify", "--expect", "three"));
	}

	/** A branded build's command line names itself as its launcher does ("mesaverde admin audit"), not as Cairn. */
	@Test
	void aBrandedCommandLineNamesItselfByItsLaunchersName() throws Exception {
		System.setProperty("cairn.launcher", "mesaverde");
		try {
			Commands.Run none = Commands.run(new AuditCommand(new Settings()), "verify");
			assertEquals(AdminCommand.FAILED, none.status());
			assertTrue(none.err().startsWith("mesaverde admin audit: there is no database in "), none.err());
		} finally {
			System.clearProperty("cairn.launcher");
		}
	}
}
