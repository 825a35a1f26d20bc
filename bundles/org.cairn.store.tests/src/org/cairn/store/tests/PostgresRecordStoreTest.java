package org.cairn.store.tests;

import org.cairn.store.internal.Database;
import org.junit.jupiter.api.AfterEach;

/** The record store on a real PostgreSQL server, each test in a schema of its own. */
class PostgresRecordStoreTest extends RecordStoreTest {

	private Database database;

	@Override
	Database database() throws Exception {
		database = TestDatabases.postgres();
		return database;
	}

	@AfterEach
	void drop() throws Exception {
		if (database != null) {
			TestDatabases.dropPostgres(database);
		}
	}
}
