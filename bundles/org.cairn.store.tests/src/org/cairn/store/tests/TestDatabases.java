package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;

import org.cairn.store.internal.Database;
import org.cairn.store.internal.Migrations;

/**
 * The databases the store tests run on: an embedded H2 file database in a temporary folder, and a PostgreSQL
 * server (test.sh and .ci/run start one and say where in CAIRN_TEST_POSTGRES_URL, _USER and _PASSWORD). Each
 * PostgreSQL test gets a schema of its own, dropped afterwards.
 */
final class TestDatabases {

	private TestDatabases() {
	}

	/** Migration scripts by resource path: the store's own, then the test scripts in this bundle. */
	static final Function<String, InputStream> SCRIPTS = path -> {
		InputStream own = Migrations.class.getResourceAsStream(path);
		return own != null ? own : TestDatabases.class.getResourceAsStream(path);
	};

	static Database h2(Path folder) {
		return Database.embedded(folder.resolve("db"));
	}

	/** A fresh schema on the test server; {@link #dropPostgres} removes it. */
	static Database postgres() throws Exception {
		String url = System.getenv("CAIRN_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			fail("The PostgreSQL tests need a server: run them with ./test.sh (which starts one), or set"
					+ " CAIRN_TEST_POSTGRES_URL, CAIRN_TEST_POSTGRES_USER and CAIRN_TEST_POSTGRES_PASSWORD");
		}
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Database server = Database.postgres(url, user(), password());
				Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
			connection.commit();
		}
		return Database.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user(), password());
	}

	static void dropPostgres(Database database) throws Exception {
		database.close();
		String url = database.toString();
		String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
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
