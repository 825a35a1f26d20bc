package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cairn.model.ClinicalRecord;
import org.cairn.store.StoreException;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.cairn.store.internal.Migrations.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema migrations on a real embedded H2 file database: upgrades, refusals, and a failed upgrade undone. */
class MigrationsTest {

	/** The version a test migration after this Cairn\'s own takes. */
	private static final int NEXT = Migrations.ALL.size() + 1;

	@TempDir
	Path folder;


	private static List<Migration> plus(Migration extra) {
		List<Migration> all = new ArrayList<>(Migrations.ALL);
		all.add(extra);
		return all;
	}

	@Test
	void aNewDatabaseIsCreatedAndASecondStartChangesNothing() {
		Database database = Database.embedded(folder);
		assertEquals(Migrations.ALL, new Migrations().migrate(database));
		assertEquals(List.of(), new Migrations().migrate(database));
		assertTrue(Files.exists(folder.resolve("cairn.mv.db")));
	}

	@Test
	void anUpgradeKeepsEveryRecordReadableAndBacksUpFirst() throws Exception {
		Database database = Database.embedded(folder);
		new Migrations().migrate(database);
		JdbcRecordStore store = new JdbcRecordStore(database);
		store.save(Records.patient("p-1", "Avery", "Quill", "MRN-1", LocalDate.of(1990, 5, 17)), 0, "u", "");

		Migration extraColumn = new Migration(NEXT, "preferred name in the index", "/test-migrations/next__extra_column.sql");
		assertEquals(List.of(extraColumn), new Migrations(plus(extraColumn), TestDatabases.SCRIPTS).migrate(database));

		assertEquals("Avery", ((org.cairn.model.Patient) store.read("p-1").orElseThrow().record()).getGivenName());
		assertEquals(List.of(), store.verifyHashes());
		try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
			assertEquals(1, backups.filter(p -> p.getFileName().toString().endsWith(".zip")).count(), "one backup before the upgrade");
		}
	}

	@Test
	void aDatabaseOfSchemaVersionOneIsUpgradedAndEveryRecordStillReads() throws Exception {
		Database database = Database.embedded(folder);
		List<ClinicalRecord> chart = SchemaOne.chart();
		Set<String> twice = Set.of("p-1", "e-1", "cp-1", "n-3");
		SchemaOne.create(database, chart, twice);

		assertEquals(Migrations.ALL.subList(1, Migrations.ALL.size()), new Migrations().migrate(database));
		try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
			assertEquals(1, backups.filter(p -> p.getFileName().toString().endsWith(".zip")).count(), "one backup before the upgrade");
		}
		SchemaOne.assertUpgraded(new JdbcRecordStore(database), chart, twice);
		assertEquals(List.of(), new Migrations().migrate(database), "a second start changes nothing");
		database.close();
	}

	@Test
	void aFailedUpgradeLeavesTheDatabaseAsItWas() throws Exception {
		Database database = Database.embedded(folder);
		new Migrations().migrate(database);
		new JdbcRecordStore(database).save(Records.patient("p-1", "Avery", "Quill", "MRN-1", null), 0, "u", "");

		Migration broken = new Migration(NEXT, "broken", "/test-migrations/next__broken.sql");
		StoreException failure = assertThrows(StoreException.class, () -> new Migrations(plus(broken), TestDatabases.SCRIPTS).migrate(database));
		assertTrue(failure.getMessage().contains("migration " + NEXT + " (broken)"), failure.getMessage());
		assertTrue(failure.getMessage().contains("restored from the backup"), failure.getMessage());

		List<String> tables = tables(database);
		assertTrue(!tables.contains("CAIRN_HALF_DONE"), "the half-done change is gone: " + tables);
		assertEquals("Avery", ((org.cairn.model.Patient) new JdbcRecordStore(database).read("p-1").orElseThrow().record()).getGivenName());
		assertEquals(List.of(), new Migrations().migrate(database), "the database is at the version it had, as before");
	}

	@Test
	void aDatabaseFromANewerCairnIsRefusedUntouched() throws Exception {
		Database database = Database.embedded(folder);
		new Migrations().migrate(database);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO cairn_schema_history (version, description, checksum, applied_at)"
					+ " VALUES (99, 'from the future', '" + "0".repeat(64) + "', CURRENT_TIMESTAMP)");
			connection.commit();
		}
		StoreException refused = assertThrows(StoreException.class, () -> new Migrations().migrate(database));
		assertTrue(refused.getMessage().contains("schema version 99"), refused.getMessage());
		assertTrue(refused.getMessage().contains("newer Cairn"), refused.getMessage());
	}

	@Test
	void aChangedReleasedMigrationIsRefused() throws Exception {
		Database database = Database.embedded(folder);
		new Migrations().migrate(database);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("UPDATE cairn_schema_history SET checksum = '" + "f".repeat(64) + "' WHERE version = 1");
			connection.commit();
		}
		StoreException refused = assertThrows(StoreException.class, () -> new Migrations().migrate(database));
		assertTrue(refused.getMessage().contains("must never change"), refused.getMessage());
	}

	static List<String> tables(Database database) throws Exception {
		List<String> tables = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY table_name")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}
}
