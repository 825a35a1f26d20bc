package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.cairn.core.Settings;
import org.cairn.model.SessionNote;
import org.cairn.store.internal.BackupCommand;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.cairn.store.internal.RestoreCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn admin backup | restore} on a real embedded database: backup, delete the data, restore, and every
 * record reads and every hash verifies; the file reveals no patient data; a wrong passphrase, a changed file and a
 * missing passphrase are refused with the database untouched.
 */
class BackupTest {

	private static final String NOTE = "Discussed coping plan for weekend cravings; agreed to call sponsor.";

	@TempDir
	Path data;

	@TempDir
	Path elsewhere;

	private Path passphrase;

	@BeforeEach
	void dataFolder() throws Exception {
		System.setProperty("cairn.data", data.toString());
		passphrase = elsewhere.resolve("passphrase.txt");
		Files.writeString(passphrase, "correct horse battery staple\n");
	}

	@AfterEach
	void clear() {
		System.clearProperty("cairn.data");
	}

	@Test
	void backUpDeleteRestoreAndEveryRecordReadsAndVerifies() throws Exception {
		Path folder = data.resolve("database");
		try (Database database = Database.embedded(folder)) {
			new Migrations().migrate(database);
			JdbcRecordStore store = new JdbcRecordStore(database);
			store.save(Records.patient("p-1", "Avery", "Quillfeather", "MRN-1", null), 0, "u1", "intake");
			SessionNote note = Records.note("n-1", "p-1", Instant.parse("2026-11-30T10:00:00Z"), NOTE);
			store.save(note, 0, "u1", "session");
			note.getSections().get(2).setText("Follow-up Friday.");
			store.save(note, 1, "u1", "addendum");
		}
		Path backup = elsewhere.resolve("nightly.cairnbackup");
		Commands.Run backedUp = Commands.run(new BackupCommand(new Settings()), "--to", backup.toString(), "--passphrase-file", passphrase.toString());
		assertEquals(AdminCommand.OK, backedUp.status(), backedUp.out() + backedUp.err());
		assertTrue(backedUp.out().startsWith("Backed up 2 records in 3 versions to " + backup), backedUp.out());
		byte[] bytes = Files.readAllBytes(backup);
		String raw = new String(bytes, StandardCharsets.ISO_8859_1);
		assertTrue(raw.startsWith("CAIRNBK1"), "a Cairn backup");
		assertFalse(raw.contains("cairn.mv.db"), "encrypted: not even the zip's file names show");
		assertFalse(raw.contains("Quillfeather") || raw.contains("sponsor"), "the backup reveals no patient data");
		assertFalse(Files.list(data.resolve("tmp")).findAny().isPresent(), "no temporary copy is left in the data folder");

		// The data is lost.
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}

		Commands.Run wrong = Commands.run(new RestoreCommand(new Settings()), "--from", backup.toString(), "--passphrase-file", write("not the passphrase!"));
		assertEquals(AdminCommand.FAILED, wrong.status());
		assertTrue(wrong.err().contains("The passphrase does not open " + backup), wrong.err());
		assertFalse(Files.exists(folder), "a refused restore changes nothing");

		Path changed = elsewhere.resolve("changed.cairnbackup");
		byte[] altered = bytes.clone();
		altered[altered.length / 2] ^= 0x40;
		Files.write(changed, altered);
		Commands.Run tampered = Commands.run(new RestoreCommand(new Settings()), "--from", changed.toString(), "--passphrase-file", passphrase.toString());
		assertEquals(AdminCommand.FAILED, tampered.status());
		assertTrue(tampered.err().contains(changed.toString()) && tampered.err().contains("nothing was restored") || tampered.err().contains("does not open"),
				tampered.err());

		Path cut = elsewhere.resolve("cut.cairnbackup");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 10));
		Commands.Run shortened = Commands.run(new RestoreCommand(new Settings()), "--from", cut.toString(), "--passphrase-file", passphrase.toString());
		assertEquals(AdminCommand.FAILED, shortened.status(), "a backup cut short is refused: " + shortened.err());

		Commands.Run restored = Commands.run(new RestoreCommand(new Settings()), "--from", backup.toString(), "--passphrase-file", passphrase.toString());
		assertEquals(AdminCommand.OK, restored.status(), restored.out() + restored.err());
		assertTrue(restored.out().contains("2 records in 3 versions, every version's hash checked"), restored.out());
		try (Database database = Database.embedded(folder)) {
			JdbcRecordStore store = new JdbcRecordStore(database);
			assertEquals(List.of(), store.verifyHashes(), "every hash verifies");
			assertEquals("Quillfeather", ((org.cairn.model.Patient) store.read("p-1").orElseThrow().record()).getFamilyName());
			SessionNote back = (SessionNote) store.read("n-1").orElseThrow().record();
			assertEquals(NOTE + " (D)", back.getSections().get(0).getText());
			assertEquals("Follow-up Friday.", back.getSections().get(2).getText());
			assertEquals(2, store.history("n-1").size(), "the note's versions are all back");
			List<org.cairn.store.AuditEvent> events = store.auditTrail(null, 10);
			assertEquals(org.cairn.store.AuditEvent.Action.RESTORE, events.get(0).action(), "the restore is in the restored log");
			assertEquals("restored from nightly.cairnbackup; there was no database before it", events.get(0).detail());
			assertEquals(org.cairn.store.AuditEvent.Action.BACKUP, events.get(1).action(), "the backup took its own event with it");
			assertEquals("backup to nightly.cairnbackup", events.get(1).detail());
			assertTrue(store.verifyAudit().intact());
		}

		// Restoring over a database moves the current one aside rather than losing it.
		Commands.Run again = Commands.run(new RestoreCommand(new Settings()), "--from", backup.toString(), "--passphrase-file", passphrase.toString());
		assertEquals(AdminCommand.OK, again.status(), again.err());
		assertTrue(Files.list(data).anyMatch(p -> p.getFileName().toString().startsWith("database.before-restore-")), "the replaced database is kept");
		try (Database database = Database.embedded(folder)) {
			org.cairn.store.AuditEvent restore = new JdbcRecordStore(database).auditTrail(null, 1).get(0);
			assertEquals(org.cairn.store.AuditEvent.Action.RESTORE, restore.action());
			assertEquals("restored from nightly.cairnbackup; event 5 of the log before it is not in this one", restore.detail(),
					"the first restore's own event was taken back, and that is said");
		}
	}

	@Test
	void aBackupNeedsAPassphraseAndPostgresIsBackedUpByItsServer() throws Exception {
		try (Database database = Database.embedded(data.resolve("database"))) {
			new Migrations().migrate(database);
		}
		Commands.Run none = Commands.run(new BackupCommand(new Settings()), "--to", elsewhere.resolve("b").toString());
		if (System.getenv("CAIRN_BACKUP_PASSPHRASE") == null) {
			assertEquals(AdminCommand.FAILED, none.status());
			assertTrue(none.err().contains("a backup is always encrypted; give --passphrase-file FILE or set CAIRN_BACKUP_PASSPHRASE"), none.err());
		}
		Commands.Run weak = Commands.run(new BackupCommand(new Settings()), "--to", elsewhere.resolve("b").toString(), "--passphrase-file", write("short"));
		assertEquals(AdminCommand.FAILED, weak.status());
		assertTrue(weak.err().contains("at least 12 characters"), weak.err());
		assertFalse(Files.exists(elsewhere.resolve("b")), "no backup file is left when the backup fails");

		System.setProperty("cairn.store.url", "jdbc:postgresql://localhost:5432/none");
		try {
			Commands.Run postgres = Commands.run(new BackupCommand(new Settings()), "--to", elsewhere.resolve("b").toString(), "--passphrase-file", passphrase.toString());
			assertEquals(AdminCommand.FAILED, postgres.status());
			assertTrue(postgres.err().contains("pg_dump"), postgres.err());
		} finally {
			System.clearProperty("cairn.store.url");
		}
	}

	private String write(String text) throws Exception {
		Path file = Files.createTempFile(elsewhere, "pass", ".txt");
		Files.writeString(file, text);
		return file.toString();
	}
}
