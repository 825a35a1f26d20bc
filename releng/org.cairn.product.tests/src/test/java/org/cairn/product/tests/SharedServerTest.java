package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * embedded database; and two workstations editing the same care plan: the second save is reported as a conflict,
 * the person chooses, and both versions stay in the plan's history.
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

	/** Where the care plan editor's fields are in a workstation's window (the layout of Application.e4xmi at 1274x771). */
	private static final int FIELD_X = 832;
	private static final int PREFERENCES_Y = 426;
	private static final int CRISIS_PLAN_Y = 624;
	private static final Duration START = Duration.ofSeconds(90);

	@Test
	void aConflictingEditOnTwoWorkstationsIsReportedAndNothingIsLost() throws Exception {
		X11.require();
		Path a = InstalledProduct.freshDataFolder("data-site-gui-a");
		Path b = InstalledProduct.freshDataFolder("data-site-gui-b");
		assertEquals(0, admin(a, "db", "migrate").exitCode());
		assertEquals(0, admin(a, "demo", "--patients", "4").exitCode());
		// Two counsellors work on the same patient's plan: this site lets every clinician open every chart.
		Map<String, String> demoAdmin = new java.util.HashMap<>(server());
		demoAdmin.putAll(InstalledProduct.signedIn("demo-admin", InstalledProduct.DEMO_PASSWORD));
		Result access = InstalledProduct.admin(demoAdmin, a, ADMIN, "settings", "set", "security.chart-access", "all");
		assertEquals(0, access.exitCode(), access.both());
		String[] plan = firstActivePlan();
		String mrn = plan[0];
		String planId = plan[1];
		int version = Integer.parseInt(plan[2]);

		Path consoleA = InstalledProduct.work().resolve("console-site-a.txt");
		Path consoleB = InstalledProduct.work().resolve("console-site-b.txt");
		Process workstationA = X11.start(InstalledProduct.cairn(server(), "--data", a.toString()).redirectErrorStream(true).redirectOutput(consoleA.toFile()), a);
		Process workstationB = null;
		try {
			// Two people, each at their own workstation, signing in one after the other (with no window manager, a
			// window that opens takes the keyboard).
			X11.signIn(workstationA, consoleA, "Cairn", "demo-counsellor-1", "cairn demo password", START);
			String windowA = X11.windowOf(workstationA, "Cairn", consoleA, START);
			workstationB = X11.start(InstalledProduct.cairn(server(), "--data", b.toString()).redirectErrorStream(true).redirectOutput(consoleB.toFile()), b);
			X11.signIn(workstationB, consoleB, "Cairn", "demo-counsellor-2", "cairn demo password", START);
			String windowB = X11.windowOf(workstationB, "Cairn", consoleB, START);
			Thread.sleep(2000); // both finish their first layout
			// Both open the plan as it is now.
			openCarePlan(windowB, mrn);
			openCarePlan(windowA, mrn);

			// A writes the client's preferences and saves: the plan's next version, seen on the server.
			X11.raise(windowA);
			X11.click(windowA, FIELD_X, PREFERENCES_Y);
			X11.type("Morning sessions before work");
			X11.press(windowA, "ctrl+s");
			waitForVersion(planId, version + 1);

			// B, still on the version it opened, writes the crisis plan and saves: a conflict, reported.
			X11.raise(windowB);
			X11.click(windowB, FIELD_X, CRISIS_PLAN_Y);
			X11.type("Call the crisis line first");
			X11.press(windowB, "ctrl+s");
			String dialog = conflictDialog(workstationB, consoleB);
			Thread.sleep(500);
			X11.screenshot("site-conflict");
			assertEquals(version + 1, currentVersion(planId), "B's save did not overwrite A's");
			X11.press(dialog, "Return"); // Save Mine as Newest, the default
			waitForVersion(planId, version + 2);

			assertTrue(content(planId, version + 1).contains("Morning sessions before work"), "A's version stays in the history");
			assertTrue(content(planId, version + 2).contains("Call the crisis line first"), "B's version is the newest");
			assertFalse(content(planId, version + 2).contains("Morning sessions before work"), "B's is based on the version B opened");

			for (Process process : List.of(workstationA, workstationB)) {
				String window = process == workstationA ? windowA : windowB;
				X11.raise(window);
				X11.press(window, "ctrl+q");
				assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the workstation closes");
				assertEquals(0, process.exitValue());
			}
		} finally {
			for (Process process : java.util.Arrays.asList(workstationA, workstationB)) {
				if (process != null && process.isAlive()) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
				}
			}
		}
		for (Path data : List.of(a, b)) {
			List<String> errors = InstalledProduct.logErrors(data);
			assertTrue(errors.isEmpty(), "the platform log of " + data + " holds errors:\n" + String.join("\n\n", errors));
		}
	}

	private static String conflictDialog(Process workstation, Path console) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			List<String> found = X11.windows("Someone else saved this care plan");
			if (!found.isEmpty()) {
				return found.get(0);
			}
			Thread.sleep(250);
		}
		X11.screenshot("site-conflict-failed");
		fail("B's save was not reported as a conflict within 30 s (screenshot site-conflict-failed.png). Console:\n" + Files.readString(console));
		return null;
	}

	/** Finds the patient by MRN (Ctrl+1), opens the chart and the open episode's care plan (Ctrl+Shift+P). */
	private static void openCarePlan(String window, String mrn) throws Exception {
		X11.raise(window);
		X11.press(window, "ctrl+1");
		Thread.sleep(300);
		X11.type(mrn);
		Thread.sleep(1200);
		X11.press(window, "Down");
		Thread.sleep(300);
		X11.press(window, "Return");
		Thread.sleep(1500);
		X11.press(window, "ctrl+shift+p");
		Thread.sleep(2500);
	}

	/** MRN, record id and current version of the first active care plan the demo stored. */
	private String[] firstActivePlan() throws Exception {
		try (Connection connection = DriverManager.getConnection(url(), user(), password()); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT p.mrn, pl.record_id, r.current_version FROM cairn_plan_index pl"
						+ " JOIN cairn_patient_index p ON p.record_id = pl.patient_id JOIN cairn_record r ON r.id = pl.record_id"
						+ " WHERE pl.status = 'ACTIVE' ORDER BY p.mrn")) {
			assertTrue(rows.next(), "the demo stores active care plans");
			return new String[] { rows.getString(1), rows.getString(2), String.valueOf(rows.getInt(3)) };
		}
	}

	private int currentVersion(String recordId) throws Exception {
		try (Connection connection = DriverManager.getConnection(url(), user(), password());
				PreparedStatement query = connection.prepareStatement("SELECT current_version FROM cairn_record WHERE id = ?")) {
			query.setString(1, recordId);
			try (ResultSet rows = query.executeQuery()) {
				assertTrue(rows.next());
				return rows.getInt(1);
			}
		}
	}

	private String content(String recordId, int version) throws Exception {
		try (Connection connection = DriverManager.getConnection(url(), user(), password());
				PreparedStatement query = connection.prepareStatement("SELECT content FROM cairn_version WHERE record_id = ? AND version = ?")) {
			query.setString(1, recordId);
			query.setInt(2, version);
			try (ResultSet rows = query.executeQuery()) {
				assertTrue(rows.next(), "version " + version + " of " + recordId);
				return new String(rows.getBytes(1), StandardCharsets.UTF_8);
			}
		}
	}

	private void waitForVersion(String recordId, int version) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			if (currentVersion(recordId) >= version) {
				return;
			}
			Thread.sleep(250);
		}
		X11.screenshot("site-conflict-failed");
		fail("the care plan " + recordId + " did not reach version " + version + " (it is at " + currentVersion(recordId)
				+ "); screenshot site-conflict-failed.png");
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
