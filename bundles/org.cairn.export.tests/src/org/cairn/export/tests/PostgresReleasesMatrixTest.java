package org.cairn.export.tests;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import org.cairn.store.internal.Database;

/** The releases matrix on a real PostgreSQL server, in a schema of its own. */
class PostgresReleasesMatrixTest extends ReleasesMatrixTest {

	private String schema;

	@Override
	Database database() throws Exception {
		String url = System.getenv("CAIRN_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("The PostgreSQL tests need a server: run them with ./test.sh (which starts one), or set"
					+ " CAIRN_TEST_POSTGRES_URL, CAIRN_TEST_POSTGRES_USER and CAIRN_TEST_POSTGRES_PASSWORD");
		}
		schema = "r_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Database server = Database.postgres(url, user(), password()); Connection connection = server.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
			connection.commit();
		}
		return Database.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user(), password());
	}

	@Override
	void drop(Database db) throws Exception {
		db.close();
		try (Database server = Database.postgres(System.getenv("CAIRN_TEST_POSTGRES_URL"), user(), password());
				Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA " + schema + " CASCADE");
			connection.commit();
		}
	}

	private static String user() {
		return System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_USER", "cairn_test");
	}

	private static String password() {
		return System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_PASSWORD", "cairn_test");
	}
}
