package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher script, cairn.cmd from the Windows archive, run by Wine's cmd with a stand-in java.exe
 * (built from src/test/resources/windows/fake-java.c with MinGW) that reports a Java version and prints the command
 * line it was given. This checks the script's own logic (options, the Java it picks, the data folder, the names from
 * launcher.conf, the exit status); starting the real workstation on Windows is not tested here. Skipped, with the
 * reason, where Wine or MinGW is missing: .ci/run installs both (Debian packages wine64 and gcc-mingw-w64-x86-64).
 */
class WindowsLauncherTest {

	private static final Path WINE = Path.of("/usr/lib/wine/wine64");
	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private static Path home;
	private static Path prefix;
	private static Path jdk;

	@BeforeAll
	static void unpackAndBuildTheStandIn() throws Exception {
		assumeTrue(Files.isExecutable(WINE), "needs Wine (Debian package wine64) to run cmd.exe");
		assumeTrue(InstalledProduct.run(new ProcessBuilder("sh", "-c", "command -v x86_64-w64-mingw32-gcc"), Duration.ofSeconds(10)).exitCode() == 0,
				"needs MinGW (Debian package gcc-mingw-w64-x86-64) to build the stand-in java.exe");
		Path work = InstalledProduct.work().resolve("windows");
		InstalledProduct.deleteTree(work);
		Path archive = Path.of(System.getProperty("cairn.products")).resolve(
				Path.of(System.getProperty("cairn.product.archive")).getFileName().toString().replace("linux.gtk.x86_64.tar.gz", "win32.win32.x86_64.zip"));
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
				// The scripts, their configuration and the two jars they look for are enough.
				String name = entry.getName();
				if (name.startsWith("cairn/launcher/") || name.equals("cairn/cairn.cmd") || name.matches("cairn/plugins/org\\.(eclipse\\.equinox\\.launcher|cairn\\.app)_.*\\.jar")) {
					Path target = work.resolve(name);
					Files.createDirectories(target.getParent());
					try (InputStream in = zip.getInputStream(entry)) {
						Files.copy(in, target);
					}
				}
			}
		}
		home = work.resolve("cairn");
		assertTrue(Files.isRegularFile(home.resolve("cairn.cmd")), "the Windows archive holds cairn.cmd");
		jdk = work.resolve("jdk");
		Files.createDirectories(jdk.resolve("bin"));
		Path source = work.resolve("fake-java.c");
		try (InputStream in = WindowsLauncherTest.class.getResourceAsStream("/windows/fake-java.c")) {
			Files.copy(in, source);
		}
		InstalledProduct.Result built = InstalledProduct.run(new ProcessBuilder("x86_64-w64-mingw32-gcc", "-O2", "-o",
				jdk.resolve("bin/java.exe").toString(), source.toString()), TIMEOUT);
		assertEquals(0, built.exitCode(), built.stderr());
		Files.copy(jdk.resolve("bin/java.exe"), jdk.resolve("bin/javaw.exe"));
		prefix = work.resolve("prefix");
	}

	/** Runs {@code cairn.cmd args} in Wine's cmd with the given environment additions. */
	private static InstalledProduct.Result cmd(Map<String, String> env, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(WINE.toString(), "cmd", "/c", windows(home.resolve("cairn.cmd"))));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
		builder.environment().put("WINEPREFIX", prefix.toString());
		builder.environment().put("WINEDEBUG", "-all");
		builder.environment().remove("JAVA_HOME");
		builder.environment().remove("CAIRN_JAVA_OPTS");
		builder.environment().putAll(env);
		return InstalledProduct.run(builder, TIMEOUT);
	}

	/** A Linux path as Windows programs under Wine see it. */
	private static String windows(Path path) {
		return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
	}

	private static Map<String, String> java(String version) {
		Map<String, String> env = new HashMap<>();
		env.put("JAVA_HOME", windows(jdk));
		env.put("FAKE_JAVA_VERSION", version);
		return env;
	}

	/** The arguments the stand-in java.exe printed, one per line in brackets. */
	private static List<String> javaArguments(InstalledProduct.Result result) {
		return result.stdout().lines().filter(l -> l.startsWith("[") && l.endsWith("]")).map(l -> l.substring(1, l.length() - 1)).toList();
	}

	@Test
	void startsTheCommandLineWithTheJavaOfJavaHomeAndPassesItsExitStatusOn() throws Exception {
		InstalledProduct.Result result = cmd(java("25"), "admin", "version");
		assertEquals(3, result.exitCode(), "the stand-in java.exe's own exit status: " + result.stdout() + result.stderr());
		List<String> arguments = javaArguments(result);
		String data = "C:\\users\\" + System.getProperty("user.name") + "\\AppData\\Local\\Cairn";
		assertEquals(List.of("-Xms32m", "-Xmx512m", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
				"--sun-misc-unsafe-memory-access=allow", "-Dcairn.data=" + data, "-Djava.io.tmpdir=" + data + "\\tmp", "-Dosgi.requiredJavaVersion=21",
				"-Dcairn.launcher=cairn", "-Dosgi.configuration.cascaded=true", "-Dosgi.sharedConfiguration.area=" + windows(home) + "\\configuration",
				"-jar", launcherJar(), "-configuration", data + "\\configuration", "-data", data, "-application", "org.cairn.admin.cli", "-nosplash",
				"version"), arguments);
	}

	@Test
	void takesADataFolderAndJvmOptionsWithSpaces() throws Exception {
		Map<String, String> env = java("21");
		env.put("CAIRN_JAVA_OPTS", "-Dcairn.site=north");
		InstalledProduct.Result result = cmd(env, "--data", "C:\\clinic data\\desk 4", "-J-Xmx2g", "-J-Dcairn.note=two words", "admin", "forms",
				"list");
		List<String> arguments = javaArguments(result);
		assertTrue(arguments.contains("-Dcairn.data=C:\\clinic data\\desk 4"), arguments.toString());
		assertTrue(arguments.contains("-Xmx2g") && arguments.contains("-Dcairn.note=two words") && arguments.contains("-Dcairn.site=north"),
				arguments.toString());
		assertFalse(arguments.contains("--sun-misc-unsafe-memory-access=allow"), "that option is for Java 24 and newer only");
		assertEquals(List.of("-application", "org.cairn.admin.cli", "-nosplash", "forms", "list"),
				arguments.subList(arguments.size() - 5, arguments.size()));
		assertTrue(arguments.indexOf("-Xmx2g") > arguments.indexOf("-Xmx512m"), "the command line's options come after the defaults");
	}

	@Test
	void theWorkstationWithDebugRunsInTheConsoleAndStampsTheLayout() throws Exception {
		InstalledProduct.Result result = cmd(java("25"), "--data", "C:\\desk", "--debug");
		List<String> arguments = javaArguments(result);
		assertTrue(arguments.containsAll(List.of("-Xms128m", "-Xmx1g", "-consoleLog")), arguments.toString());
		assertFalse(arguments.contains("-application"), "the workstation is the product's own application");
		assertFalse(arguments.contains("-Dcairn.restart=in-process"), "in the console the script waits for Java and starts it again after Sign Out");
		Path stamp = prefix.resolve("drive_c/desk/.metadata/cairn-layout.build");
		assertTrue(Files.isRegularFile(stamp), "the layout stamp is written");
		assertTrue(Files.readString(stamp).strip().startsWith("org.cairn.app_"), Files.readString(stamp));
	}

	@Test
	void theWorkstationStartsWithoutAConsoleWindowThroughJavaw() throws Exception {
		Map<String, String> env = java("25");
		Path arguments = InstalledProduct.work().resolve("windows/javaw-arguments.txt");
		Files.deleteIfExists(arguments);
		env.put("FAKE_JAVA_ARGS_FILE", windows(arguments));
		InstalledProduct.Result result = cmd(env, "--data", "C:\\desk2");
		assertEquals(0, result.exitCode(), "'start' hands the workstation to javaw.exe and returns: " + result.stdout() + result.stderr());
		assertFalse(result.stdout().contains("program:"), "java.exe is not run in the console: " + result.stdout());
		assertTrue(Files.isRegularFile(prefix.resolve("drive_c/desk2/.metadata/cairn-layout.build")));
		// nothing waits for a detached javaw: after Sign Out, Cairn starts its workbench again itself
		long until = System.nanoTime() + TIMEOUT.toNanos();
		while (!(Files.isRegularFile(arguments) && Files.readString(arguments).contains("[-data]")) && System.nanoTime() < until) {
			Thread.sleep(100); // javaw.exe runs on after 'start' returned
		}
		assertTrue(Files.readString(arguments).contains("[-Dcairn.restart=in-process]"), Files.readString(arguments));
	}

	@Test
	void saysWhatToInstallWhenJavaIsTooOldOrMissing() throws Exception {
		InstalledProduct.Result old = cmd(java("17"), "admin", "version");
		assertEquals(1, old.exitCode());
		assertTrue(old.stderr().contains("Cairn needs Java 21 or newer; found only " + windows(jdk) + "\\bin\\java.exe (version 17)."), old.stderr());
		assertTrue(javaArguments(old).isEmpty(), "nothing is started");

		InstalledProduct.Result none = cmd(Map.of(), "admin", "version");
		assertEquals(1, none.exitCode());
		assertTrue(none.stderr().startsWith("Cairn needs Java 21 or newer, and none was found."), none.stderr());
		assertTrue(none.stderr().contains("Install a JDK 21+"), none.stderr());

		InstalledProduct.Result noFolder = cmd(java("25"), "--data");
		assertEquals(2, noFolder.exitCode());
		assertEquals("cairn: --data needs a folder", noFolder.stderr().strip());
	}

	@Test
	void aBrandsNamesAndABundledRuntimeAreUsed() throws Exception {
		Path conf = home.resolve("launcher/launcher.conf");
		String original = Files.readString(conf);
		Path jre = home.resolve("jre/bin");
		try {
			Files.writeString(conf, "# a brand's\r\nname=Harbour Recovery Workstation\r\ncommand=harbour\r\ndata.folder=C:\\harbour-data\r\n",
					StandardCharsets.UTF_8);
			Files.createDirectories(jre);
			Files.copy(jdk.resolve("bin/java.exe"), jre.resolve("java.exe"));
			InstalledProduct.Result result = cmd(java("21"), "admin", "help");
			assertTrue(result.stdout().contains("program: " + windows(home) + "\\jre\\bin\\java.exe"), "the bundled runtime wins over JAVA_HOME: "
					+ result.stdout());
			List<String> arguments = javaArguments(result);
			assertTrue(arguments.contains("-Dcairn.data=C:\\harbour-data"), "an absolute data.folder is used as it is: " + arguments);
			assertTrue(arguments.contains("-Dcairn.launcher=harbour"), arguments.toString());

			InstalledProduct.Result help = cmd(Map.of(), "--help");
			assertTrue(help.stdout().startsWith("Usage: harbour [options] [platform arguments]"), help.stdout());
		} finally {
			Files.writeString(conf, original, StandardCharsets.UTF_8);
			InstalledProduct.deleteTree(home.resolve("jre"));
		}
	}

	private static String launcherJar() throws Exception {
		try (var list = Files.list(home.resolve("plugins"))) {
			return windows(list.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst().orElseThrow());
		}
	}
}
