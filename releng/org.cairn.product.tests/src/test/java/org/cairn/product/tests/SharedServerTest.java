package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairn.product.tests.InstalledProduct.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Cairn instances (two data folders) configured as docs/DEPLOYMENT.md says, on one PostgreSQL server: the
 * schema is created once with 'db migrate', what one instance stores the other sees, and neither keeps an
 * embedded database. (A conflicting save on PostgreSQL is refused and reported: RecordStoreTest, run on the server
 * by PostgresRecordStoreTest.)
 */
class SharedServerTest {

	private static final Duration ADMIN = Duration.ofMinutes(3);
	private static final Pattern RECORDS = Pattern.compile("Records:  (\\d+) records in (\\d+) versions");

	private String server;
	private String schema;

	@BeforeEach
	void schemaOfItsOwn() throws Exception {
		server = System.getenv("CAIRN_TEST_POSTGRES_URL");
		if (server == null) {
			fail("This test needs a PostgreSQL server: run it with ./test.sh (which starts one), or set CAIRN_TEST_POSTGRES_URL,"
					+ " CAIRN_TEST_POSTGRES_USER and CAIRN_TEST_POSTGRES_PASSWORD");
		}
		schema = "site_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(server, user(), password()); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
	}

	@AfterEach
	void dropIt() throws Exception {
		if (schema != null) {
			try (Connection connection = DriverManager.getConnection(server, user(), password()); Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA " + schema + " CASCADE");
			}
		}
	}

	@Test
	void twoInstancesOnOneServerSeeEachOthersRecords() throws Exception {
		Path a = InstalledProduct.freshDataFolder("data-site-a");
		Path b = InstalledProduct.freshDataFolder("data-site-b");

		Result none = admin(a, "db", "status");
		assertEquals(1, none.exitCode(), "a new server needs its schema: " + none.both());
		assertTrue(none.stdout().startsWith("Database: the PostgreSQL database " + url()), none.stdout());
		assertTrue(none.stdout().contains("Schema:   version 0 of "), none.stdout());

		Result migrate = admin(a, "db", "migrate");
		assertEquals(0, migrate.exitCode(), migrate.both());

		Result demo = admin(a, "demo", "--patients", "4");
		assertEquals(0, demo.exitCode(), demo.both());

		Result seenFromA = admin(a, "db", "status");
		Result seenFromB = admin(b, "db", "status");
		assertEquals(0, seenFromB.exitCode(), seenFromB.both());
		long records = records(seenFromA);
		assertTrue(records > 4, "the demo patients and their charts are stored: " + seenFromA.stdout());
		assertEquals(records, records(seenFromB), "the other instance sees every record the first stored");

		Result again = admin(b, "demo", "--patients", "4");
		assertEquals(1, again.exitCode(), "the second instance finds the first one's patients: " + again.both());
		assertTrue(again.stderr().contains("already holds patients"), again.stderr());

		for (Path data : new Path[] { a, b }) {
			assertFalse(Files.exists(data.resolve("database/cairn.mv.db")), "no embedded database beside the server in " + data);
		}
	}

	private static long records(Result status) {
		Matcher matcher = RECORDS.matcher(status.stdout());
		assertTrue(matcher.find(), status.stdout());
		return Long.parseLong(matcher.group(1));
	}

	private String url() {
		return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	/** The server given to the launcher in CAIRN_JAVA_OPTS, as DEPLOYMENT.md shows. */
	private Map<String, String> server() {
		return Map.of("CAIRN_JAVA_OPTS", "-Dcairn.store.url=" + url() + " -Dcairn.store.user=" + user() + " -Dcairn.store.password=" + password());
	}

	private Result admin(Path data, String... args) throws Exception {
		return InstalledProduct.admin(server(), data, ADMIN, args);
	}

	private static String user() {
		return System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_USER", "cairn_test");
	}

	private static String password() {
		return System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_PASSWORD", "cairn_test");
	}
}
