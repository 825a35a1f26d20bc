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
}
