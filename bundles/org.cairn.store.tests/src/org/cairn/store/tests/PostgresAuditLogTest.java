package org.cairn.store.tests;

import org.cairn.store.internal.Database;

/** The audit log's hash chain on a real PostgreSQL server, where workstations append to one chain concurrently. */
class PostgresAuditLogTest extends AuditLogTest {

	@Override
	Database database() throws Exception {
		return TestDatabases.postgres();
	}

	@Override
	void drop(Database db) throws Exception {
		TestDatabases.dropPostgres(db);
	}
}
