package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.model.ClinicalRecord;
import org.cairn.model.Patient;
import org.cairn.store.StoreException;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.cairn.store.internal.Migrations.Migration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schema migrations on a real PostgreSQL server, where a failed upgrade is rolled back as one transaction. */
class PostgresMigrationsTest {

	/** The version a test migration after this Cairn\'s own takes. */
	private static final int NEXT = Migrations.ALL.size() + 1;


	private Database database;

	@BeforeEach
	void create() throws Exception {
		database = TestDatabases.postgres();
	}

	@AfterEach
	void drop() throws Exception {
		TestDatabases.dropPostgres(database);
	}

	/** Another Cairn schema on the same server (another site, say) says nothing about this one's version. */
	@Test
	void aNewSchemaBesideAMigratedOneHasNoHistory() throws Exception {
		new Migrations().migrate(database);
		Database empty = TestDatabases.postgres();
		try {
			assertEquals(List.of(), Migrations.applied(empty), "the other schema's history is not this one's");
			assertEquals(Migrations.ALL.size(), new Migrations().pending(Migrations.applied(empty)).size());
			assertEquals(Migrations.ALL.size(), Migrations.applied(database).size());
		} finally {
			TestDatabases.dropPostgres(empty);
		}
	}

	@Test
	void aFailedUpgradeIsRolledBackAndEveryRecordStillReads() throws Exception {
		new Migrations().migrate(database);
		new JdbcRecordStore(database).save(Records.patient("p-1", "Avery", "Quill", "MRN-1", null), 0, "u", "");

		List<Migration> withBroken = new ArrayList<>(Migrations.ALL);
		withBroken.add(new Migration(NEXT, "broken", "/test-migrations/next__broken.sql"));
		StoreException failure = assertThrows(StoreException.class, () -> new Migrations(withBroken, TestDatabases.SCRIPTS).migrate(database));
		assertTrue(failure.getMessage().contains("rolled back"), failure.getMessage());

		assertFalse(tables().contains("cairn_half_done"), "the half-done change is gone: " + tables());
		assertEquals("Avery", ((Patient) new JdbcRecordStore(database).read("p-1").orElseThrow().record()).getGivenName());
		assertEquals(List.of(), new Migrations().migrate(database), "still at the version it had");
	}

	@Test
	void aDatabaseOfSchemaVersionOneIsUpgradedAndEveryRecordStillReads() throws Exception {
		List<ClinicalRecord> chart = SchemaOne.chart();
		Set<String> twice = Set.of("p-1", "e-1", "cp-1", "n-3");
		SchemaOne.create(database, chart, twice);
		assertEquals(Migrations.ALL.subList(1, Migrations.ALL.size()), new Migrations().migrate(database));
		SchemaOne.assertUpgraded(new JdbcRecordStore(database), chart, twice);
	}

	@Test
	void anUpgradeRunsOnceAndKeepsTheRecords() throws Exception {
		new Migrations().migrate(database);
		new JdbcRecordStore(database).save(Records.patient("p-1", "Avery", "Quill", "MRN-1", null), 0, "u", "");
		List<Migration> withExtra = new ArrayList<>(Migrations.ALL);
		withExtra.add(new Migration(NEXT, "preferred name in the index", "/test-migrations/next__extra_column.sql"));
		assertEquals(1, new Migrations(withExtra, TestDatabases.SCRIPTS).migrate(database).size());
		assertEquals(List.of(), new Migrations(withExtra, TestDatabases.SCRIPTS).migrate(database));
		assertEquals(List.of(), new JdbcRecordStore(database).verifyHashes());
	}

	private List<String> tables() throws Exception {
		List<String> tables = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}
}
