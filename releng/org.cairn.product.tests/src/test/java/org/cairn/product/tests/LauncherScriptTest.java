package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cairn.product.tests.InstalledProduct.Result;
import org.junit.jupiter.api.Test;

/** The launcher script's own checks: what it says when Java, the display or an option is missing. */
class LauncherScriptTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void helpDescribesTheOptions() throws Exception {
		Result help = InstalledProduct.run(InstalledProduct.cairn(Map.of(), "--help"), TIMEOUT);
		assertEquals(0, help.exitCode(), help.both());
		assertTrue(help.stdout().startsWith("Usage: cairn [options]"), help.stdout());
		for (String option : List.of("--data DIR", "--reset-layout", "-J<option>", "JAVA_HOME", "cairn admin help")) {
			assertTrue(help.stdout().contains(option), "help mentions " + option);
		}
	}

	/**
	 * Only a Java 17 can be found (a stand-in answering like one, so the test does not depend on what this machine
	 * has installed): the script says what it found, where it looked and what to install, and starts nothing.
	 */
	@Test
	void withoutJava21ItSaysWhatToInstall() throws Exception {
		Path tools = InstalledProduct.work().resolve("old-java-only");
		InstalledProduct.deleteTree(tools);
		Path bin = Files.createDirectories(tools.resolve("bin"));
		Path emptyJvms = Files.createDirectories(tools.resolve("jvm"));
		for (String tool : List.of("sh", "dirname", "readlink", "ls", "sed", "head", "sort", "uname", "cat", "mkdir", "grep")) {
			Path real = whereIs(tool);
			Files.createSymbolicLink(bin.resolve(tool), real);
		}
		Path java = bin.resolve("java");
		Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 17' >&2\necho 'openjdk version \"17.0.15\"' >&2\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

		Map<String, String> env = new HashMap<>();
		env.put("PATH", bin.toString());
		env.put("JAVA_HOME", tools.resolve("no-such-jdk").toString());
		env.put("CAIRN_JVM_DIRS", emptyJvms.toString());
		Path data = InstalledProduct.freshDataFolder("data-no-java");
		Result result = InstalledProduct.run(InstalledProduct.cairn(env, "--data", data.toString()), TIMEOUT);

		assertEquals(1, result.exitCode(), result.both());
		String message = result.stderr();
		assertTrue(message.startsWith("Cairn needs Java 21 or newer, and none was found."), message);
		assertTrue(message.contains("Java 17 at " + java), "names the Java it found and why it is not used: " + message);
		assertTrue(message.contains(tools.resolve("no-such-jdk").toString()), "names JAVA_HOME: " + message);
		assertTrue(message.contains("sudo apt-get install openjdk-21-jdk"), "says what to install: " + message);
		assertFalse(message.contains("Exception"), message);
		assertFalse(Files.exists(data), "nothing is created before Java is found");
	}

	@Test
	void withoutADisplayTheWorkstationPointsToTheCommandLine() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-no-display");
		Result result = InstalledProduct.run(InstalledProduct.cairn(InstalledProduct.noDisplay(), "--data", data.toString()), TIMEOUT);
		assertEquals(1, result.exitCode(), result.both());
		assertTrue(result.stderr().contains("no graphical display"), result.stderr());
		assertTrue(result.stderr().contains("cairn admin"), result.stderr());
	}

	@Test
	void aDataFolderOthersCanReadIsReported() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-shared");
		Files.createDirectories(data);
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		Result result = InstalledProduct.run(
				InstalledProduct.cairn(InstalledProduct.noDisplay(), "--data", data.toString(), "admin", "version"), TIMEOUT);
		assertEquals(0, result.exitCode(), result.both());
		assertTrue(result.stderr().contains("warning: other users can read the data folder " + data.toRealPath()), result.stderr());
		assertTrue(result.stderr().contains("chmod 700"), result.stderr());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tmp"))),
				"temporary files, which may hold patient data, are private even so");
	}

	@Test
	void dataWithoutAFolderIsAUsageError() throws Exception {
		Result result = InstalledProduct.run(InstalledProduct.cairn(Map.of(), "--data"), TIMEOUT);
		assertEquals(2, result.exitCode(), result.both());
		assertEquals("cairn: --data needs a folder", result.stderr().strip());
	}

	private static Path whereIs(String tool) {
		for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
			Path candidate = Path.of(dir, tool);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new AssertionError("No '" + tool + "' in /usr/bin or /bin");
	}
}
