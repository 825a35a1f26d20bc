package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.cairn.product.tests.InstalledProduct.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A facility's plugin, end to end, as docs/FACILITY-PLUGINS.md tells a facility to do it: the example plugin
 * (examples/org.example.harbour.forms) is built on its own against Cairn's p2 repository, installed into the
 * unpacked product with {@code cairn admin plugins install} and by dropping it into {@code dropins/}, and used;
 * broken plugins are refused with the reason and the workstation starts without them.
 */
class FacilityPluginTest {

	private static final Duration ADMIN = Duration.ofMinutes(2);
	private static final Duration BUILD = Duration.ofMinutes(10);
	private static final Duration START = Duration.ofSeconds(120);

	private static Path plugin;

	/** Builds the example with its own pom, as a facility would, against the repository Cairn's build made. */
	@BeforeAll
	static void buildTheExampleAgainstCairnsRepository() throws Exception {
		Path root = Path.of(System.getProperty("cairn.root", "../..")).toAbsolutePath().normalize();
		Path repository = Path.of(System.getProperty("cairn.repository", "../org.cairn.product/target/repository")).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(repository.resolve("content.xml")) || Files.isRegularFile(repository.resolve("content.jar")),
				"Cairn's p2 repository is built before these tests, in " + repository);

		Path project = InstalledProduct.work().resolve("example-build");
		InstalledProduct.deleteTree(project);
		copyTree(root.resolve("examples/org.example.harbour.forms"), project);

		// Offline: Cairn's own build has fetched every Maven plugin a facility's build uses, and the repository is
		// all the build may read its bundles from.
		List<String> command = new java.util.ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q", "-o", "verify",
				"-Dcairn.repository=" + repository.toUri()));
		String localRepository = System.getProperty("cairn.maven.repo.local", "");
		if (!localRepository.isBlank() && !localRepository.startsWith("${")) {
			command.add("-Dmaven.repo.local=" + localRepository);
		}
		ProcessBuilder build = new ProcessBuilder(command).directory(project.toFile());
		build.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Result built = InstalledProduct.run(build, BUILD);
		assertEquals(0, built.exitCode(), "the example builds against Cairn's p2 repository alone:\n" + built.both());
		try (Stream<Path> jars = Files.list(project.resolve("target"))) {
			plugin = jars.filter(p -> p.getFileName().toString().matches("org\\.example\\.harbour\\.forms-.*\\.jar"))
					.filter(p -> !p.getFileName().toString().contains("sources")).findFirst()
					.orElseThrow(() -> new AssertionError("the build made no plugin jar in " + project.resolve("target")));
		}
	}

	@AfterEach
	void emptyTheDropinsFolder() throws Exception {
		for (String name : listDropins()) {
			InstalledProduct.deleteTree(InstalledProduct.home().resolve("dropins").resolve(name));
		}
	}

	@Test
	void installedFromTheCommandLineItsFormScoresWithItsOwnRuleAndGoesWhenRemoved() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-plugin-cli");

		Result validate = admin(data, "forms", "validate", plugin.toString());
		assertEquals(0, validate.exitCode(), validate.both());
		assertTrue(validate.stdout().contains("OK harbour.overdose-risk 1.0.0: Overdose risk at discharge (Harbour Light), 6 items"), validate.stdout());

		Result install = admin(data, "plugins", "install", plugin.toString());
		assertEquals(0, install.exitCode(), install.both());
		assertTrue(install.stdout().matches("(?s)Installed:\n  org\\.example\\.harbour\\.forms 1\\.0\\.0\\.\\S+  active  org\\.example\\.harbour\\.forms_1\\.0\\.0\\.\\S+\\.jar\n.*"),
				install.stdout());
		assertTrue(install.stdout().contains("contributes form harbour.overdose-risk 1.0.0"), install.stdout());
		assertTrue(install.stderr().contains("Checking that org.example.harbour.forms"), "progress is shown: " + install.stderr());

		Result list = admin(data, "plugins", "list");
		assertEquals(0, list.exitCode(), list.both());
		assertTrue(list.stdout().contains("Harbour Light Recovery Centre forms (example), Harbour Light Recovery Centre (example)"), list.stdout());

		Result forms = admin(data, "forms", "list");
		assertTrue(forms.stdout().lines().anyMatch(line -> line.startsWith("harbour.overdose-risk 1.0.0") && line.contains(" active ")
				&& line.contains("org.example.harbour.forms 1.0.0")), forms.stdout());

		// The worked examples of the example form: the engine's sum and bands, its flag, and the facility's own
		// rule that two or more overdoses are the higher band whatever the total.
		assertScore(data, "{ \"overdose\": \"no\", \"abstinent-days\": 3, \"alone\": \"no\", \"naloxone\": \"yes\" }", "0", "lower", "[]");
		assertScore(data, "{ \"overdose\": \"yes\", \"overdose-count\": 1, \"abstinent-days\": 10, \"alone\": \"no\", \"naloxone\": \"no\" }", "3", "higher",
				"[\"harbour.no-naloxone\"]");
		assertScore(data, "{ \"overdose\": \"yes\", \"overdose-count\": 3, \"abstinent-days\": 2, \"alone\": \"no\", \"naloxone\": \"yes\" }", "1", "higher",
				"[]");

		Result again = admin(data, "plugins", "install", plugin.toString());
		assertEquals(1, again.exitCode(), again.both());
		assertTrue(again.stderr().contains("is installed already"), again.stderr());

		Result remove = admin(data, "plugins", "remove", "org.example.harbour.forms");
		assertEquals(0, remove.exitCode(), remove.both());
		assertTrue(remove.stdout().startsWith("Removed org.example.harbour.forms 1.0.0."), remove.stdout());
		assertTrue(listDropins().isEmpty(), "the plugin's file is gone from dropins: " + listDropins());
		Result after = admin(data, "forms", "list");
		assertFalse(after.stdout().contains("harbour.overdose-risk"), after.stdout());

		Result own = admin(data, "plugins", "remove", "org.cairn.forms");
		assertEquals(1, own.exitCode(), own.both());
		assertTrue(own.stderr().contains("org.cairn.forms is part of Cairn, not a plugin; it cannot be removed"), own.stderr());
		// every change, and the file refused, is audited under the administrator who signed in
		List<String> events = InstalledProduct.auditLog(data, true);
		String admin = InstalledProduct.SITE_ADMIN + " CONFIGURATION ";
		assertTrue(events.contains(admin + "SUCCESS plugin " + plugin.getFileName() + " installed"), events.toString());
		assertTrue(events.contains(admin + "FAILURE plugin " + plugin.getFileName() + " refused"), events.toString());
		assertTrue(events.contains(admin + "SUCCESS plugin org.example.harbour.forms removed"), events.toString());
		assertTrue(InstalledProduct.logErrors(data).isEmpty(), "no errors in the platform log: " + InstalledProduct.logErrors(data));
	}

	@Test
	void brokenPluginsAreRefusedWithTheReasonAndNothingIsInstalled() throws Exception {
		Path data = InstalledProduct.freshDataFolder("data-plugin-broken");
		Path broken = InstalledProduct.work().resolve("broken-plugins");
		InstalledProduct.deleteTree(broken);
		Files.createDirectories(broken);

		Path library = jar(broken.resolve("library.jar"), Map.of("Created-By", "a build tool"));
		assertRefused(data, library, "library.jar is not a plugin: its manifest has no Bundle-SymbolicName (a plain Java library, not an OSGi bundle)");

		Path text = broken.resolve("notes.jar");
		Files.writeString(text, "not a zip");
		assertRefused(data, text, "notes.jar is not a plugin: it is neither a jar nor a p2 repository archive (zip)");

		Path missing = jar(broken.resolve("missing.jar"), Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.example.missing",
				"Bundle-Version", "1.0.0", "Import-Package", "org.example.nowhere;version=\"[2.0,3.0)\""));
		assertRefused(data, missing, "org.example.missing 1.0.0 is refused: it needs the package org.example.nowhere [2.0.0,3.0.0), which this Cairn does not have");

		Path future = jar(broken.resolve("future.jar"), Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.example.future",
				"Bundle-Version", "1.0.0", "Bundle-RequiredExecutionEnvironment", "JavaSE-99"));
		assertRefused(data, future, "org.example.future 1.0.0 is refused: it needs Java 99; Cairn is running on Java ");

		Path impostor = jar(broken.resolve("impostor.jar"), Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.cairn.store",
				"Bundle-Version", "9.0.0"));
		assertRefused(data, impostor, "impostor.jar: it has the name of org.cairn.store, which is part of Cairn; a plugin cannot replace Cairn's own bundles");

		// a plugin that resolves, but whose form does not load: refused naming the form and its fault, or, forced, installed
		// without that form
		Path faulty = broken.resolve("faulty-forms.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.example.faulty;singleton:=true", "Bundle-Version", "1.0.0", "Require-Bundle",
				"org.cairn.forms").forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
		try (OutputStream out = Files.newOutputStream(faulty); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			jar.putNextEntry(new java.util.jar.JarEntry("plugin.xml"));
			jar.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?eclipse version=\"3.4\"?><plugin><extension point=\"org.cairn.forms.assessments\">"
					+ "<form id=\"example.faulty\" version=\"1.0.0\" name=\"Faulty\" category=\"recovery\" licence=\"Example\" definition=\"forms/missing.json\"/>"
					+ "</extension></plugin>").getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
		}
		assertRefused(data, faulty, "org.example.faulty 1.0.0 contributes what does not load:\n    form example.faulty 1.0.0: the definition file"
				+ " forms/missing.json is not in the bundle\n  Nothing was installed.");
		assertTrue(listDropins().isEmpty(), "nothing refused is left in dropins: " + listDropins());
		Result forced = admin(data, "plugins", "install", "--force", faulty.toString());
		assertEquals(0, forced.exitCode(), forced.both());
		assertTrue(forced.stderr().contains("Unavailable: form example.faulty 1.0.0: "), forced.stderr());
		assertEquals(0, admin(data, "plugins", "remove", "org.example.faulty").exitCode());

		assertTrue(listDropins().isEmpty(), "nothing refused is left in dropins: " + listDropins());
		Result list = admin(data, "plugins", "list");
		assertEquals(0, list.exitCode(), list.both());
		assertTrue(list.stdout().contains("  none"), list.stdout());
	}

	/**
	 * Dropped into dropins/ by hand, the example is installed when Cairn starts and a broken jar beside it is
	 * refused and logged: the command line lists both, and the workstation opens its window with the good one.
	 */
	@Test
	void pluginsDroppedIntoTheDropinsFolderAreInstalledAtStartAndABrokenOneDoesNotStopCairn() throws Exception {
		X11.require();
		Path dropins = InstalledProduct.home().resolve("dropins");
		Files.copy(plugin, dropins.resolve(plugin.getFileName()));
		jar(dropins.resolve("broken-plugin.jar"), Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.example.broken",
				"Bundle-Version", "1.0.0", "Require-Bundle", "org.example.absent"));

		Path data = InstalledProduct.freshDataFolder("data-plugin-dropins");
		Result list = admin(data, "plugins", "list");
		assertEquals(1, list.exitCode(), "a refused plugin makes 'plugins list' fail, for scripts: " + list.both());
		assertTrue(list.stdout().contains("org.example.broken 1.0.0  refused  broken-plugin.jar\n      refused: it needs the bundle org.example.absent, which this Cairn does not have"),
				list.stdout());
		assertTrue(list.stdout().matches("(?s).*org\\.example\\.harbour\\.forms 1\\.0\\.0\\.\\S+  active  " + plugin.getFileName().toString().replace(".", "\\.") + "\n.*"),
				list.stdout());
		Result forms = admin(data, "forms", "list");
		assertTrue(forms.stdout().contains("harbour.overdose-risk"), forms.stdout());

		Path console = InstalledProduct.work().resolve("console-dropins.txt");
		Process cairn = X11.start(InstalledProduct.cairn(Map.of(), "--data", data.toString()).redirectErrorStream(true).redirectOutput(console.toFile()), data);
		try {
			// the command line's first administrator set the database up, so the workstation opens at the login
			X11.signIn(cairn, console, "Cairn", InstalledProduct.SITE_ADMIN, InstalledProduct.SITE_ADMIN_PASSWORD, START);
			String window = X11.waitForWindow("Cairn", cairn, console, START);
			X11.press(window, "ctrl+q");
			if (!cairn.waitFor(60, TimeUnit.SECONDS)) {
				fail("Cairn was still running 60 s after Ctrl+Q");
			}
			assertEquals(0, cairn.exitValue(), Files.readString(console));
		} finally {
			if (cairn.isAlive()) {
				cairn.descendants().forEach(ProcessHandle::destroyForcibly);
				cairn.destroyForcibly();
			}
		}
		List<String> errors = InstalledProduct.logErrors(data);
		assertFalse(errors.isEmpty(), "the refusal is logged");
		for (String error : errors) {
			assertTrue(error.contains("Plugin broken-plugin.jar in " + dropins + " is refused: it needs the bundle org.example.absent"),
					"the only errors in the log are the broken plugin's refusal:\n" + error);
		}
	}

	private static void assertScore(Path data, String answers, String total, String band, String flags) throws Exception {
		Path file = data.getParent().resolve("harbour-answers.json");
		Files.writeString(file, answers);
		Result scored = admin(data, "forms", "score", "harbour.overdose-risk", file.toString());
		assertEquals(0, scored.exitCode(), scored.both());
		String json = scored.stdout().replaceAll("\\s+", " ");
		assertTrue(json.contains("\"total\": " + total + ","), answers + " totals " + total + ": " + json);
		assertTrue(json.contains("\"band\": \"" + band + "\""), answers + " is band " + band + ": " + json);
		assertTrue(json.contains("\"flags\": " + flags), answers + " raises " + flags + ": " + json);
	}

	private static void assertRefused(Path data, Path file, String message) throws Exception {
		Result install = admin(data, "plugins", "install", file.toString());
		assertEquals(1, install.exitCode(), install.both());
		assertTrue(install.stderr().contains(message), "expected: " + message + "\nwas: " + install.stderr());
	}

	/** Runs {@code cairn admin ARGS} signed in as the database's first administrator, who may install plugins. */
	private static Result admin(Path data, String... args) throws Exception {
		return InstalledProduct.admin(InstalledProduct.siteAdministrator(Map.of(), data, ADMIN), data, ADMIN, args);
	}

	private static List<String> listDropins() throws IOException, InterruptedException {
		try (Stream<Path> files = Files.list(InstalledProduct.home().resolve("dropins"))) {
			return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("README.txt")).sorted().toList();
		}
	}

	private static Path jar(Path file, Map<String, String> headers) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			jar.putNextEntry(new java.util.jar.JarEntry("README.txt"));
			jar.write("test".getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
		}
		return file;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path relative = from.relativize(path);
				if (relative.startsWith("target")) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
