package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.cairn.product.tests.InstalledProduct.Result;
import org.junit.jupiter.api.Test;

/** {@code cairn admin}: the headless command line of the installed product, run without any display. */
class AdminCommandTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private static Result admin(Path data, String... args) throws Exception {
		String[] all = new String[args.length + 3];
		all[0] = "--data";
		all[1] = data.toString();
		all[2] = "admin";
		System.arraycopy(args, 0, all, 3, args.length);
		return InstalledProduct.run(InstalledProduct.cairn(InstalledProduct.noDisplay(), all), TIMEOUT);
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
		assertTrue(demo.stdout().matches("(?s)Stored \\d+ records for 12 demo patients \\(seed 1\\)\\.\\s*"), demo.stdout());
		assertTrue(Files.exists(data.resolve("database/cairn.mv.db")), "the embedded database is in the data folder");

		Result again = admin(data, "demo", "--patients", "12");
		assertEquals(1, again.exitCode(), again.both());
		assertTrue(again.stderr().contains("already holds patients"), again.stderr());

		Result wrong = admin(data, "demo", "--patients", "many");
		assertEquals(2, wrong.exitCode(), wrong.both());
		assertTrue(wrong.stderr().contains("--patients needs a number, not 'many'"), wrong.stderr());
		assertTrue(InstalledProduct.logErrors(data).isEmpty(), "no errors in the platform log: " + InstalledProduct.logErrors(data));
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
