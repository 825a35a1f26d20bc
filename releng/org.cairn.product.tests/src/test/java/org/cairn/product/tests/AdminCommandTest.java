package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cairn.product.tests.InstalledProduct.Result;
import org.junit.jupiter.api.Test;

/** {@code cairn admin}: the headless command line of the installed product, run without any display. */
class AdminCommandTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private static Result admin(Path data, String... args) throws Exception {
		return InstalledProduct.admin(Map.of(), data, TIMEOUT, args);
	}

	/** Runs {@code cairn admin ARGS} signed in as one of the demo staff. */
	private static Result as(String user, Path data, String... args) throws Exception {
		return InstalledProduct.admin(InstalledProduct.signedIn(user, InstalledProduct.DEMO_PASSWORD), data, TIMEOUT, args);
	}

	@Test
	void versionPrintsProductJavaAndDataFolderWithoutADisplay() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-admin-version");
		Result version = admin(data, "version");

		assertEquals(0, version.exitCode(), version.both());
		String[] lines = version.stdout().split("\\R");
		assertTrue(Pattern.matches("Cairn 0\\.1\\.0 \\(build \\d{12}\\)", lines[0]), "first line: " + lines[0]);
		assertTrue(Pattern.matches("Java (2[1-9]|[3-9]\\d)\\S* \\(.+\\) on Linux .*", lines[1]), "second line: " + lines[1]);
		assertEquals("Data folder: " + data.toRealPath(), lines[2]);
		assertEquals("", version.stderr().lines().filter(l -> !l.isBlank()).reduce("", String::concat), "nothing on stderr");
		assertTrue(InstalledProduct.logErrors(data).isEmpty(), "no errors in the platform log: " + InstalledProduct.logErrors(data));
	}

	@Test
	void demoFillsAnEmptyStoreOnceWithFictionalPatients() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-admin-demo");
		Result demo = admin(data, "demo", "--patients", "12");
		assertEquals(0, demo.exitCode(), demo.both());
		assertTrue(demo.stdout().matches("(?s)Stored \\d+ records for 12 demo patients \\(seed 1\\)\\.\\n"
				+ "Made the demo staff's accounts; each signs in with the password 'cairn demo password' and opens the charts of their own caseload \\(others by emergency access\\):\\n  demo-admin \\(administrator\\)\\n.*"
				+ "  demo-counsellor-1 \\(clinician\\)\\n.*  demo-intake-1 \\(intake\\)\\n.*"), demo.stdout());
		Result users = as("demo-admin", data, "users", "list");
		assertTrue(users.stdout().contains("demo-nurse-1"), "the demo staff can sign in: " + users.both());
		Result settings = as("demo-admin", data, "settings", "list");
		assertEquals(String.format("%-28s %s%n%-28s %s%n", "security.chart-access", "caseload", "security.idle-lock-minutes", "10 (default)"),
				settings.stdout(), "the demo keeps charts to caseloads: " + settings.both());
		Result badMinutes = as("demo-admin", data, "settings", "set", "security.idle-lock-minutes", "0");
		assertEquals(1, badMinutes.exitCode());
		assertEquals("cairn admin settings set: security.idle-lock-minutes takes 1 to 240 minutes, not 0", badMinutes.stderr().strip());
		assertTrue(Files.exists(data.resolve("database/cairn.mv.db")), "the embedded database is in the data folder");

		// The installed product exports headless: every chart as FHIR R4 (a closing programme's hand-over), a report as CSV.
		Path handOver = InstalledProduct.work().resolve("hand-over");
		InstalledProduct.deleteTree(handOver);
		Result exported = as("demo-supervisor-1", data, "export", "all", "--format", "fhir", "--out", handOver.toString(), "--reason", "the programme closes");
		assertEquals(0, exported.exitCode(), exported.both());
		assertTrue(exported.stdout().contains("Exported 12 patients' records to "), exported.stdout());
		try (var files = Files.list(handOver)) {
			List<Path> bundles = files.toList();
			assertEquals(12, bundles.size(), "one file per patient: " + bundles);
			for (Path bundle : bundles) {
				String json = Files.readString(bundle);
				assertTrue(bundle.getFileName().toString().matches("DEMO-.*\\.fhir\\.json") && json.contains("\"resourceType\": \"Bundle\"")
						&& json.contains("\"resourceType\": \"Patient\""), bundle + " is a FHIR Bundle with its patient");
			}
		}
		Path retention = InstalledProduct.work().resolve("retention.csv");
		Files.deleteIfExists(retention);
		Result report = as("demo-supervisor-1", data, "export", "report", "retention", "--out", retention.toString());
		assertEquals(0, report.exitCode(), report.both());
		assertTrue(Files.readAllLines(retention).get(0).startsWith("Programme,Admissions,Median days in treatment,"), report.both());

		Result again = admin(data, "demo", "--patients", "12");
		assertEquals(1, again.exitCode(), again.both());
		assertTrue(again.stderr().contains("already holds patients"), again.stderr());

		Result wrong = admin(data, "demo", "--patients", "many");
		assertEquals(2, wrong.exitCode(), wrong.both());
		assertTrue(wrong.stderr().contains("Invalid value for option '--patients': 'many' is not a whole number"), wrong.stderr());
		assertTrue(InstalledProduct.logErrors(data).isEmpty(), "no errors in the platform log: " + InstalledProduct.logErrors(data));
	}

	/**
	 * {@code cairn admin forms}: the standard instruments are installed and active with their licences; answers are
	 * scored to JSON by id or position, a COWS pulse given in beats per minute; a definition with faults is refused
	 * with each fault's place, and a file that is not a plugin is named as such.
	 */
	@Test
	void formsAreListedValidatedAndScored() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-admin-forms");
		Result list = admin(data, "forms", "list");
		assertEquals(0, list.exitCode(), list.both());
		assertTrue(list.stdout().lines().anyMatch(l -> l.startsWith("sows ") && l.contains(" disabled ")),
				"SOWS ships disabled until its licence is confirmed: " + list.stdout());
		for (String id : new String[] { "cows", "ciwa", "phq9", "gad7", "auditc", "bam", "craving", "paws" }) {
			assertTrue(list.stdout().lines().anyMatch(l -> l.startsWith(id + " ") && l.contains(" active ")), id + " is listed active: " + list.stdout());
		}
		assertTrue(list.stdout().contains("Public domain"), "licences are listed: " + list.stdout());
		assertTrue(list.stdout().contains("9 forms, 8 active"), list.stdout());

		Path answers = data.resolve("phq9-answers.json");
		Files.writeString(answers, "{ \"1\": 3, \"2\": 3, \"3\": 2, \"4\": 2, \"5\": \"1\", \"6\": 1, \"7\": 1, \"8\": 0, \"phq9.9\": 1 }");
		Result phq9 = admin(data, "forms", "score", "phq9", answers.toString());
		assertEquals(0, phq9.exitCode(), phq9.both());
		assertEquals("""
				{
				  "form": "phq9",
				  "version": "1.0.0",
				  "total": 14,
				  "band": "moderate",
				  "scores": {
				    "total": { "score": 14, "band": "moderate" }
				  },
				  "flags": ["phq9.item9"],
				  "warnings": [],
				  "complete": true
				}""", phq9.stdout().strip());

		Path cows = data.resolve("cows-answers.json");
		Files.writeString(cows, "{ \"cows.1\": 112, \"2\": 3, \"3\": 5, \"4\": 2, \"5\": 4, \"6\": 2, \"7\": 3, \"8\": 2, \"9\": 2, \"10\": 2, \"11\": 3 }");
		Result scored = admin(data, "forms", "score", "cows", cows.toString());
		assertEquals(0, scored.exitCode(), scored.both());
		assertTrue(scored.stdout().contains("\"total\": 30,") && scored.stdout().contains("\"band\": \"moderately-severe\""),
				"a pulse of 112 bpm scores 2: " + scored.stdout());

		Path broken = data.resolve("broken.json");
		Files.writeString(broken, "{\n  \"format\": 1,\n  \"id\": \"Bad Id\",\n  \"version\": \"1.0.0\",\n  \"title\": \"Broken\",\n"
				+ "  \"items\": [ { \"id\": \"q\", \"type\": \"slider\", \"text\": \"?\" } ]\n}\n");
		Result validate = admin(data, "forms", "validate", broken.toString());
		assertEquals(1, validate.exitCode(), validate.both());
		assertTrue(validate.stdout().contains(broken + ":3:9: id: \"Bad Id\" is not a valid id"), validate.stdout());
		assertTrue(validate.stdout().contains(broken + ":6:35: items[0].type: \"slider\" is not an item type"), validate.stdout());
		assertTrue(validate.stdout().contains("2 faults."), validate.stdout());

		Path notAJar = data.resolve("not-a-plugin.jar");
		Files.writeString(notAJar, "hello");
		Result jar = admin(data, "forms", "validate", notAJar.toString());
		assertEquals(1, jar.exitCode(), jar.both());
		assertTrue(jar.stdout().contains("not-a-plugin.jar: not a plugin: it is not a jar (zip) file"), jar.stdout());
		assertTrue(InstalledProduct.logErrors(data).isEmpty(), "no errors in the platform log: " + InstalledProduct.logErrors(data));
	}

	/**
	 * {@code users} and {@code audit verify} through the launcher: the first account of a new database needs nobody
	 * signed in and must be an administrator; every later change is made by that administrator, signed in, and
	 * audited under their name.
	 */
	@Test
	void usersAreAddedAndChangedAndTheAuditLogStaysIntact() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-admin-users");
		Path password = InstalledProduct.work().resolve("admin-password.txt");
		java.nio.file.Files.writeString(password, "a site admin passphrase\n");
		Result add = admin(data, "users", "add", "site.admin", "--name", "Site Administrator", "--roles", "administrator", "--password-file",
				password.toString());
		assertEquals(0, add.exitCode(), add.both());
		assertEquals("Added site.admin (Site Administrator) with the roles administrator.", add.stdout().strip());
		Result unsigned = admin(data, "users", "add", "ana", "--name", "Ana", "--roles", "clinician", "--password-file", password.toString());
		assertEquals(1, unsigned.exitCode(), unsigned.both());
		assertTrue(unsigned.stderr().contains("needs you to sign in"), "the second account needs the administrator: " + unsigned.stderr());

		Map<String, String> siteAdmin = InstalledProduct.signedIn("site.admin", "a site admin passphrase");
		Result weak = InstalledProduct.admin(siteAdmin, data, TIMEOUT, "users", "add", "ana", "--name", "Ana", "--roles", "clinician",
				"--password-file", data.resolve("none").toString());
		assertEquals(1, weak.exitCode());
		assertTrue(weak.stderr().contains("the password file " + data.resolve("none") + " cannot be read"), weak.stderr());
		assertEquals(0, InstalledProduct.admin(siteAdmin, data, TIMEOUT, "users", "add", "ana", "--name", "Ana", "--roles", "clinician",
				"--password-file", password.toString()).exitCode());
		assertEquals(0, InstalledProduct.admin(siteAdmin, data, TIMEOUT, "users", "disable", "ana").exitCode());
		Result list = InstalledProduct.admin(siteAdmin, data, TIMEOUT, "users", "list");
		assertTrue(list.stdout().lines().anyMatch(l -> l.matches("ana +Ana +clinician +disabled")), list.stdout());
		assertTrue(list.stdout().lines().anyMatch(l -> l.matches("site\\.admin +Site Administrator +administrator +active")), list.stdout());

		Result verify = InstalledProduct.admin(siteAdmin, data, TIMEOUT, "audit", "verify");
		assertEquals(0, verify.exitCode(), verify.both());
		assertTrue(verify.stdout().startsWith("The audit log is intact: "), verify.stdout());
		List<String> events = InstalledProduct.auditLog(data, false);
		assertTrue(events.contains("site.admin CONFIGURATION SUCCESS"), "ana's account was made and disabled by site.admin: " + events);
		assertFalse(events.stream().anyMatch(e -> e.startsWith("system:")), "no change in the name of the system user: " + events);
		assertTrue(InstalledProduct.logErrors(data).isEmpty(), InstalledProduct.logErrors(data).toString());
	}

	/**
	 * The command line keeps the roles' promises: an intake account's own password changes no roles, settings or
	 * plugins, exports no records and reads no audit log, and each refusal is audited under that account; an
	 * administrator's password does what their role allows; five wrong passwords lock the account here as at the
	 * login, and nothing runs without credentials.
	 */
	@Test
	void anIntakeAccountCannotDoAnAdministratorsWorkFromTheCommandLine() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-admin-roles");
		assertEquals(0, admin(data, "demo", "--patients", "3").exitCode());

		Result roles = as("demo-intake-1", data, "users", "roles", "demo-intake-1", "administrator");
		assertEquals(1, roles.exitCode(), roles.both());
		assertEquals("cairn admin users: refused: the account demo-intake-1 (intake) may not manage user accounts; an administrator can give it a"
				+ " role that does.", roles.stderr().strip());
		String[][] refused = { { "settings", "set", "security.chart-access", "all" }, { "plugins", "install", "/nowhere/plugin.jar" },
				{ "export", "record", "--patient", "DEMO-000001", "--format", "pdf", "--out", "/nowhere/x.pdf", "--reason", "asked" },
				{ "audit", "verify" } };
		for (String[] command : refused) {
			Result result = as("demo-intake-1", data, command);
			assertEquals(1, result.exitCode(), String.join(" ", command) + ": " + result.both());
			assertTrue(result.stderr().startsWith("cairn admin " + command[0] + ": refused: the account demo-intake-1 (intake) may not "),
					result.stderr());
		}
		Result users = as("demo-admin", data, "users", "list");
		assertEquals(0, users.exitCode(), users.both());
		assertTrue(users.stdout().lines().anyMatch(l -> l.matches("demo-intake-1 +.* intake +active")), "still intake: " + users.stdout());
		Result verify = as("demo-admin", data, "audit", "verify");
		assertEquals(0, verify.exitCode(), verify.both());
		List<String> events = InstalledProduct.auditLog(data, false);
		assertEquals(5, events.stream().filter("demo-intake-1 PERMISSION_DENIED DENIED"::equals).count(), "each refusal is audited: " + events);

		Result none = admin(data, "users", "list");
		assertEquals(1, none.exitCode(), none.both());
		assertTrue(none.stderr().contains("needs you to sign in whose role may manage user accounts: set CAIRN_ADMIN_USER and"
				+ " CAIRN_ADMIN_PASSWORD_FILE"), none.stderr());

		Map<String, String> wrong = InstalledProduct.signedIn("demo-admin", "not the demo password");
		for (int i = 0; i < 5; i++) {
			Result attempt = InstalledProduct.admin(wrong, data, TIMEOUT, "users", "list");
			assertEquals(1, attempt.exitCode(), attempt.both());
		}
		Result locked = as("demo-admin", data, "users", "list");
		assertEquals(1, locked.exitCode(), locked.both());
		assertTrue(locked.stderr().contains("locked"), "five wrong passwords lock the account: " + locked.stderr());
		assertTrue(InstalledProduct.logErrors(data).isEmpty(), InstalledProduct.logErrors(data).toString());
	}

	/** The audit log of the embedded database in {@code data}, one "user ACTION OUTCOME" line per event, oldest first. */
	/** {@code db status | migrate} through the launcher: no database yet, created on purpose, then up to date. */
	@Test
	void dbStatusAndMigrateTellAndBringTheSchemaUpToDate() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-admin-db");
		Result none = admin(data, "db", "status");
		assertEquals(1, none.exitCode(), none.both());
		assertTrue(none.stdout().startsWith("Database: none yet; the embedded database will be " + data.resolve("database")), none.stdout());

		Result migrate = admin(data, "db", "migrate");
		assertEquals(0, migrate.exitCode(), migrate.both());
		assertTrue(migrate.stdout().contains("  applied  1  records, versions and indexes"), migrate.stdout());

		Result status = admin(data, "db", "status");
		assertEquals(0, status.exitCode(), status.both());
		assertTrue(status.stdout().matches("(?s)Database: the embedded database in .*\nSchema:   version (\\d+) of \\1 \\(up to date\\)\n.*"), status.stdout());
		assertTrue(status.stdout().contains("Records:  0 records in 0 versions"), status.stdout());
	}

	@Test
	void helpListsTheCommands() throws Exception {
		Result help = admin(InstalledProduct.freshDataFolder("data-admin-help"), "help");
		assertEquals(0, help.exitCode(), help.both());
		assertTrue(help.stdout().startsWith("Usage: cairn admin <command> [arguments]"), help.stdout());
		assertTrue(help.stdout().lines().anyMatch(l -> l.matches("  version +\\S.*")), help.stdout());
		assertTrue(help.stdout().lines().anyMatch(l -> l.matches("  help +\\S.*")), help.stdout());
	}

	@Test
	void noCommandShowsTheCommandsAndFailsWithUsageCode() throws Exception {
		Result none = admin(InstalledProduct.freshDataFolder("data-admin-none"));
		assertEquals(2, none.exitCode(), none.both());
		assertTrue(none.both().contains("Usage: cairn admin <command> [arguments]"), none.both());
	}

	@Test
	void anUnknownCommandSaysWhatWasWrong() throws Exception {
		Result unknown = admin(InstalledProduct.freshDataFolder("data-admin-unknown"), "frobnicate");
		assertEquals(2, unknown.exitCode(), unknown.both());
		assertTrue(unknown.stderr().contains("unknown command 'frobnicate'"), unknown.stderr());
		assertTrue(unknown.stderr().contains("cairn admin help"), unknown.stderr());
	}
}
