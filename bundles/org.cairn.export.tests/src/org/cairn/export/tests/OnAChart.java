package org.cairn.export.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests on {@link Chart}, stored in a new embedded H2 database each, "now" fixed at 4 December 2026 10:00 UTC. */
abstract class OnAChart {

	static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@TempDir
	Path folder;

	Database database;
	JdbcRecordStore store;

	/** The database the chart is stored in: a new embedded one (a PostgreSQL variant gives a schema of its own). */
	Database database() throws Exception {
		return Database.embedded(folder.resolve("db"));
	}

	/** Closes (and for a server, drops) what {@link #database()} gave. */
	void drop(Database db) throws Exception {
		db.close();
	}

	@BeforeEach
	void storeTheChart() throws Exception {
		database = database();
		new Migrations().migrate(database);
		store = new JdbcRecordStore(database, CLOCK);
		Chart.save(store);
	}

	@AfterEach
	void closeTheDatabase() throws Exception {
		drop(database);
	}
}
