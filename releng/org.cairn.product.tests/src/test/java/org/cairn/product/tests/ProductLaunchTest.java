package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archived product, unpacked and started through its launcher script under a real X display, as a clinician
 * starts it on a new workstation: an empty data folder, the window appears titled "Cairn", Ctrl+Q ends it
 * cleanly, saving the layout, and its log holds no error. A second start on the same data folder starts from the
 * saved layout and is quit at once, before start-up has settled: it too ends cleanly without errors.
 */
class ProductLaunchTest {

	/** Start-up on a loaded two-core machine, with headroom. */
	private static final Duration START = Duration.ofSeconds(120);

	@BeforeAll
	static void display() throws Exception {
		X11.require();
	}

	@Test
	void startsOnAnEmptyDataFolderShowsItsWindowAndShutsDownCleanly() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-launch");
		assertFalse(Files.exists(data));

		launchAndQuit(data, "first", true);

		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)),
				"the data folder holds patient data and is private to the user");
		assertTrue(Files.isDirectory(data.resolve("configuration")), "each user's OSGi state lives in the data folder");
		assertTrue(Files.exists(data.resolve(".metadata/cairn-layout.build")), "the layout is stamped with the build");
		Path layout = data.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
		assertTrue(Files.exists(layout), "a clean exit saves the window layout");
		assertTrue(Files.readString(layout).contains("org.cairn.ui.part.chart"), "the saved layout holds the chart area");

		// The setup made the embedded database encrypted: the raw file holds nothing readable of the facility.
		assertTrue(Files.exists(data.resolve("database/cairn.keyslots")), "the database key is kept in key slots");
		String raw = new String(Files.readAllBytes(data.resolve("database/cairn.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertFalse(raw.contains("Test Recovery Centre"), "the facility's name is not readable in the database file");
		assertFalse(raw.contains("Test Administrator"));

		// The second start opens the encrypted database with the administrator's password at the login.
		launchAndQuit(data, "second", false);

		// The command line needs an administrator's password (or the recovery key) too.
		InstalledProduct.Result locked = InstalledProduct.admin(Map.of(), data, java.time.Duration.ofMinutes(2), "db", "status");
		assertEquals(1, locked.exitCode(), locked.stdout() + locked.stderr());
		assertTrue(locked.stderr().contains("is encrypted; it opens when someone signs in"), locked.stderr());
		Path passwordFile = InstalledProduct.work().resolve("admin-password.txt");
		Files.writeString(passwordFile, X11.PASSWORD + "\n");
		InstalledProduct.Result opened = InstalledProduct.admin(Map.of("CAIRN_ADMIN_USER", "admin", "CAIRN_ADMIN_PASSWORD_FILE", passwordFile.toString()),
				data, java.time.Duration.ofMinutes(2), "db", "status");
		assertEquals(0, opened.exitCode(), opened.stdout() + opened.stderr());

		// A new account gets a key slot of its own: its password opens the database too; disabling it takes that away.
		Map<String, String> asAdmin = Map.of("CAIRN_ADMIN_USER", "admin", "CAIRN_ADMIN_PASSWORD_FILE", passwordFile.toString());
		Path nursePassword = InstalledProduct.work().resolve("nurse-password.txt");
		Files.writeString(nursePassword, "a nurse's own passphrase\n");
		InstalledProduct.Result added = InstalledProduct.admin(asAdmin, data, java.time.Duration.ofMinutes(2), "users", "add", "nurse.ana", "--name",
				"Ana Nurse", "--roles", "prescriber", "--password-file", nursePassword.toString());
		assertEquals(0, added.exitCode(), added.stdout() + added.stderr());
		Path slots = data.resolve("database/cairn.keyslots");
		assertTrue(Files.readString(slots).contains("slot.nurse.ana="), "the new account's key slot");
		Map<String, String> asNurse = Map.of("CAIRN_ADMIN_USER", "nurse.ana", "CAIRN_ADMIN_PASSWORD_FILE", nursePassword.toString());
		assertEquals(0, InstalledProduct.admin(asNurse, data, java.time.Duration.ofMinutes(2), "db", "status").exitCode(),
				"the nurse's password opens the database");
		// The nurse's password opens the database, and does not make her an administrator: the command line checks
		// her role before it changes any account, and audits the refusal under her name.
		InstalledProduct.Result escalate = InstalledProduct.admin(asNurse, data, java.time.Duration.ofMinutes(2), "users", "roles", "nurse.ana",
				"administrator");
		assertEquals(1, escalate.exitCode(), escalate.stdout() + escalate.stderr());
		assertTrue(escalate.stderr().contains("refused: the account nurse.ana (prescriber) may not manage user accounts"), escalate.stderr());
		InstalledProduct.Result roles = InstalledProduct.admin(asAdmin, data, java.time.Duration.ofMinutes(2), "users", "list");
		assertTrue(roles.stdout().lines().anyMatch(l -> l.matches("nurse\\.ana +Ana Nurse +prescriber +active")), roles.stdout());
		// Each person's workbench layout is their own: the nurse signing in here does not get the administrator's open
		// windows, and the administrator gets theirs back afterwards.
		launchAndQuit(data, "nurse", false, "nurse.ana", "a nurse's own passphrase");
		Path kept = data.resolve(".metadata/.plugins/org.cairn.app/layouts");
		assertEquals("nurse.ana", Files.readString(kept.resolve("owner")).strip(), "the layout in use is the nurse's");
		assertTrue(Files.exists(kept.resolve("admin.xmi")), "the administrator's layout is put away under their name");
		launchAndQuit(data, "admin-again", false);
		assertEquals("admin", Files.readString(kept.resolve("owner")).strip());
		assertTrue(Files.exists(kept.resolve("nurse.ana.xmi")) && !Files.exists(kept.resolve("admin.xmi")),
				"the administrator's own came back; the nurse's is put away");
		// File › Sign Out shows the sign-in again without anyone starting Cairn: the nurse signs in where the
		// administrator signed out, in a new Java process under the same launcher, and gets her own layout.
		signOutAndSignIn(data, "nurse.ana", "a nurse's own passphrase", false);
		assertEquals("nurse.ana", Files.readString(kept.resolve("owner")).strip(), "the layout in use after the sign-out is the nurse's");
		assertTrue(Files.exists(kept.resolve("admin.xmi")), "the administrator's layout was put away as they signed out");
		// Where nothing waits for Java to end (a detached javaw on Windows), Cairn starts its workbench again itself, in
		// the same Java, with the same care for whose layout it is.
		signOutAndSignIn(data, "nurse.ana", "a nurse's own passphrase", true);
		assertEquals("nurse.ana", Files.readString(kept.resolve("owner")).strip(), "the layout in use after the sign-out is the nurse's");
		assertTrue(Files.exists(kept.resolve("admin.xmi")), "the administrator's layout was put away as they signed out");
		assertEquals(0, InstalledProduct.admin(asAdmin, data, java.time.Duration.ofMinutes(2), "users", "disable", "nurse.ana").exitCode());
		assertFalse(Files.readString(slots).contains("slot.nurse.ana="), "a disabled account's slot is gone");
		assertEquals(1, InstalledProduct.admin(asNurse, data, java.time.Duration.ofMinutes(2), "db", "status").exitCode(),
				"and its password no longer opens the database");
	}

	/**
	 * Escape in the first-run setup, and in the login of a database that is set up, ends Cairn at once with exit code
	 * 0 and nothing in the error log (the workbench once went on building the patient list with no one signed in).
	 */
	@Test
	void cancellingTheSetupOrTheLoginEndsCairnWithNothingInTheErrorLog() throws Exception {
		X11.require();
		Path data = InstalledProduct.freshDataFolder("data-cancel");
		cancel(data, "Set up Cairn", "cancel-setup");
		assertEquals(0, InstalledProduct.admin(Map.of(), data, java.time.Duration.ofMinutes(2), "users", "add", "admin", "--name", "Test Administrator",
				"--roles", "administrator", "--password-file", passwordFile().toString()).exitCode());
		cancel(data, "Sign in \u2013 Cairn", "cancel-login");
	}

	private static Path passwordFile() throws IOException {
		Path file = InstalledProduct.work().resolve("cancel-admin-password.txt");
		Files.writeString(file, X11.PASSWORD + "\n");
		return file;
	}

	private static void cancel(Path data, String dialog, String run) throws Exception {
		Path console = InstalledProduct.work().resolve("console-" + run + ".txt");
		Process cairn = X11.start(InstalledProduct.cairn(Map.of(), "--data", data.toString()).redirectErrorStream(true).redirectOutput(console.toFile()), data);
		try {
			String window = X11.dialogOf(cairn, dialog, console, START);
			X11.raise(window);
			Thread.sleep(500);
			X11.press(window, "Escape");
			assertTrue(cairn.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), dialog + ": Cairn still runs 60 s after Escape");
			assertEquals(0, cairn.exitValue(), dialog + ": " + Files.readString(console));
		} finally {
			stop(cairn);
		}
		endedCleanly(data, console, dialog + ": ");
	}

	private static void launchAndQuit(Path data, String run, boolean screenshot) throws Exception {
		launchAndQuit(data, run, screenshot, "admin", X11.PASSWORD);
	}

	private static void launchAndQuit(Path data, String run, boolean screenshot, String user, String password) throws Exception {
		Path console = InstalledProduct.work().resolve("console-" + run + ".txt");
		Process cairn = X11.start(InstalledProduct.cairn(Map.of(), "--data", data.toString()).redirectErrorStream(true).redirectOutput(console.toFile()), data);
		try {
			if (screenshot) {
				X11.setUp(cairn, console, "Cairn", START); // a new database: the first-run wizard
			} else {
				X11.signIn(cairn, console, "Cairn", user, password, START);
			}
			String window = X11.waitForWindow("Cairn", cairn, console, START);
			assertEquals("Cairn", X11.windowName(window), "the window title is the product name and nothing else");
			if (screenshot) {
				Thread.sleep(1500); // let the first paint settle
				Path shot = X11.screenshot("product-window");
				assertTrue(Files.size(shot) > 10_000, "the screenshot has content");
			}
			quit(cairn, window);
			assertEquals(0, cairn.exitValue(), "exit code of a clean shutdown; console:\n" + Files.readString(console));
		} finally {
			stop(cairn);
		}
		endedCleanly(data, console, "");
	}

	/**
	 * Starts Cairn as the administrator, signs out through File › Sign Out, and signs {@code user} in at the sign-in
	 * that comes back; then quits. The launcher stays the same process throughout; Java is started again under it, or,
	 * {@code inProcess} (as the Windows launcher asks where it cannot wait for Java), the workbench in the same Java.
	 */
	private static void signOutAndSignIn(Path data, String user, String password, boolean inProcess) throws Exception {
		Path console = InstalledProduct.work().resolve("console-sign-out" + (inProcess ? "-in-process" : "") + ".txt");
		Map<String, String> env = inProcess ? Map.of("CAIRN_JAVA_OPTS", "-Dcairn.restart=in-process") : Map.of();
		Process cairn = X11.start(InstalledProduct.cairn(env, "--data", data.toString()).redirectErrorStream(true).redirectOutput(console.toFile()), data);
		try {
			X11.signIn(cairn, console, "Cairn", "admin", X11.PASSWORD, START);
			String first = X11.windowOf(cairn, "Cairn", console, START);
			List<Long> javaBefore = cairn.descendants().map(ProcessHandle::pid).toList();
			assertFalse(javaBefore.isEmpty(), "the launcher runs Java as its child");
			Thread.sleep(1500); // let start-up settle
			X11.press(first, "alt+f");
			Thread.sleep(700);
			X11.type("o"); // Sign &Out
			X11.signIn(cairn, console, "Cairn", user, password, START);
			String window = X11.windowOf(cairn, "Cairn", console, START);
			assertTrue(cairn.isAlive(), "the launcher did not end at the sign-out");
			if (inProcess) {
				assertEquals(javaBefore, cairn.descendants().map(ProcessHandle::pid).toList(), "the next person's workbench runs in the same Java");
			} else {
				assertTrue(cairn.descendants().map(ProcessHandle::pid).noneMatch(javaBefore::contains),
						"the next person's workbench runs in a new Java process");
			}
			Thread.sleep(1500);
			X11.screenshot("signed-in-after-sign-out" + (inProcess ? "-in-process" : ""));
			quit(cairn, window);
			assertEquals(0, cairn.exitValue(), "exit code of a clean shutdown; console:\n" + Files.readString(console));
		} finally {
			stop(cairn);
		}
		endedCleanly(data, console, "");
	}

	/** Ends what is still running of a start: the launcher and the Java it started. */
	private static void stop(Process cairn) {
		if (cairn.isAlive()) {
			cairn.descendants().forEach(ProcessHandle::destroyForcibly);
			cairn.destroyForcibly();
		}
	}

	/** Neither the platform log of {@code data} nor the console holds an error or an exception. */
	private static void endedCleanly(Path data, Path console, String what) throws IOException {
		List<String> errors = InstalledProduct.logErrors(data);
		assertTrue(errors.isEmpty(), what + "the platform log holds errors:\n" + String.join("\n\n", errors));
		String output = Files.readString(console);
		assertFalse(output.contains("Exception"), what + "the console shows an exception:\n" + output);
	}

	/** Presses Ctrl+Q in the window, as a person would, and waits for the application to end. */
	private static void quit(Process cairn, String window) throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			X11.press(window, "ctrl+q");
			if (cairn.waitFor(20, TimeUnit.SECONDS)) {
				return;
			}
		}
		fail("Cairn was still running 60 s after Ctrl+Q");
	}
}
