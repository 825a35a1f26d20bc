package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.cairn.model.SessionNote;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database file: a burst of saves leaves dead chunks, which compacting when Cairn stops removes. */
class EmbeddedFileTest {

	@TempDir
	Path folder;

	@Test
	void aSparseFileIsCompactedAndEveryRecordStillReads() throws Exception {
		Database database = Database.embedded(folder);
		new Migrations().migrate(database);
		JdbcRecordStore store = new JdbcRecordStore(database);
		for (int i = 0; i < 200; i++) {
			SessionNote note = Records.note("n-" + i, "p-1", Instant.parse("2026-11-01T10:00:00Z").plusSeconds(60L * i), "Session " + i);
			store.save(note, 0, "u", "draft");
			note.setStatus(org.cairn.model.NoteStatus.SIGNED);
			store.save(note, 1, "u", "signed");
		}
		Path file = folder.resolve(Database.EMBEDDED_NAME + ".mv.db");
		long before = Files.size(file);

		assertFalse(database.compactIfSparse(0), "a threshold of 0 % never compacts");
		assertTrue(database.compactIfSparse(101), "a threshold above 100 % always compacts");
		long after = Files.size(file);
		assertTrue(after < before, "the file shrank: " + before + " -> " + after + " bytes");

		assertEquals(2, store.history("n-199").size(), "the database opens again on the next use");
		assertEquals(200, store.timeline("p-1").size());
		assertEquals(java.util.List.of(), store.verifyHashes());

		// A save after the compaction, then the database closed and opened afresh, as the next start does.
		store.save(Records.note("n-after", "p-1", Instant.parse("2026-11-02T10:00:00Z"), "After compaction"), 0, "u", "draft");
		database.close();
		JdbcRecordStore reopened = new JdbcRecordStore(Database.embedded(folder));
		assertEquals(201, reopened.timeline("p-1").size(), "nothing saved before or after the compaction is lost");
		assertEquals(2, reopened.history("n-199").size());
		assertEquals(java.util.List.of(), reopened.verifyHashes());
		reopened.database().close();
		database.close();
	}
}
