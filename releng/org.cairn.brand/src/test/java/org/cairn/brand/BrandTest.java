package org.cairn.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandTest {

	@TempDir
	Path temp;

	@Test
	void readsTheSampleBrand() throws Exception {
		Brand brand = Brand.read(TestFiles.SAMPLE);
		assertEquals("Harbour Recovery Workstation", brand.name());
		assertEquals("harbour", brand.command());
		assertEquals("Harbour Recovery Centre", brand.vendor());
		assertEquals("2026.12", brand.versionLabel());
		assertEquals("harbour", brand.dataFolder());
		assertEquals("#3B4A5A", brand.splashForeground());
		assertTrue(brand.runtime());
		assertEquals(EnumSet.allOf(Target.class), brand.platforms());
		assertTrue(brand.css() != null && brand.css().endsWith("brand.css"));
		assertTrue(brand.plugins().isEmpty(), "the sample's plugins folder holds only its README");
		assertTrue(brand.defaults().isEmpty(), "the sample's defaults are all comments");
		// The lines of a paragraph are joined for the About dialog to wrap.
		assertTrue(brand.aboutText().startsWith("Harbour Recovery Centre's clinician workstation: intake, withdrawal management, medication, therapy, relapse prevention"),
				brand.aboutText());
		assertFalse(brand.aboutText().contains("\n"));
	}

	@Test
	void aMinimalBrandNeedsOnlyNamesAndImages() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("minimal"));
		Files.writeString(folder.resolve(Brand.PROPERTIES), "name=Lakeside Clinic\ncommand=lakeside\nplatforms=linux-x86_64, macos-aarch64\nruntime=false\n");
		TestFiles.png(folder.resolve(Brand.SPLASH), 480, 280);
		TestFiles.png(folder.resolve(Brand.ICON), 256, 256);
		Brand brand = Brand.read(folder);
		assertEquals("Lakeside Clinic", brand.name());
		assertEquals(EnumSet.of(Target.LINUX_X86_64, Target.MACOS_AARCH64), brand.platforms());
		assertFalse(brand.runtime());
		assertNull(brand.css());
		assertEquals("", brand.aboutText());
		assertEquals("0.1.0", brand.archiveVersion("0.1.0"));
	}

	@Test
	void reportsEveryProblemOfABrokenBrandAtOnce() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("broken"));
		Files.writeString(folder.resolve(Brand.PROPERTIES), """
				name=Harbour <Recovery>
				command=Harbour Workstation
				version=2026 December
				colour=blue
				splash.foreground=navy
				runtime=yes
				platforms=linux-x86_64,macos-x86_64
				""");
		Files.writeString(folder.resolve(Brand.SPLASH), "not an image");
		TestFiles.png(folder.resolve(Brand.ICON), 128, 64);
		Files.writeString(folder.resolve(Brand.CSS), ".MPartStack {\n  color: #1D4E89;\n\n.Other { color: red; }\n");
		Files.writeString(folder.resolve(Brand.DEFAULTS), "# comment\norg.cairn.core/store.url=jdbc:postgresql://db/cairn\nstore.user cairn\norg.cairn.core/store.password=secret\n");
		Path plugins = Files.createDirectories(folder.resolve(Brand.PLUGINS));
		Files.writeString(plugins.resolve("notes.txt"), "not a plugin");
		Files.write(plugins.resolve("plain.jar"), TestFiles.jar(java.util.Map.of("Created-By", "a test")));

		BrandException e = assertThrows(BrandException.class, () -> Brand.read(folder));
		List<String> problems = e.problems();
		assertHas(problems, "brand.properties: 'name' must be at most 60 characters with none of < > & \" \\ (was 'Harbour <Recovery>')");
		assertHas(problems, "brand.properties: 'command' is the launcher's name: lower-case letters, digits and hyphens, starting with a letter, at most 32 (was 'Harbour Workstation')");
		assertHas(problems, "brand.properties: 'version' is a label such as 2026.12 or 3.1-site: letters, digits, . _ + - (was '2026 December')");
		assertHas(problems, "brand.properties: unknown key 'colour'");
		assertHas(problems, "brand.properties: 'splash.foreground' is a colour as #RRGGBB (was 'navy')");
		assertHas(problems, "brand.properties: 'runtime' is true or false (was 'yes')");
		assertHas(problems, "brand.properties: 'platforms' lists 'macos-x86_64'; known platforms: linux-x86_64, windows-x86_64, macos-aarch64");
		assertHas(problems, "splash.png: not a PNG image");
		assertHas(problems, "icon.png: is 128\u00d764 pixels; the icon must be square and at least 256\u00d7256");
		assertHas(problems, "brand.css: a '{' is never closed");
		assertHas(problems, "defaults.ini line 3: expected <node>/<key>=<value>");
		assertHas(problems, "defaults.ini line 4: a database password must not be built into a brand");
		assertHas(problems, "plugins/notes.txt: not a plugin");
		assertHas(problems, "plugins/plain.jar: not an OSGi bundle: its manifest has no Bundle-SymbolicName");
		assertEquals(14, problems.size(), String.join("\n", problems));
	}

	@Test
	void namesWhatIsMissing() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("empty"));
		BrandException e = assertThrows(BrandException.class, () -> Brand.read(folder));
		assertHas(e.problems(), "brand.properties: missing");
		assertHas(e.problems(), "splash.png: missing (a PNG image)");
		assertHas(e.problems(), "icon.png: missing (a PNG image)");
		assertEquals(3, e.problems().size(), String.join("\n", e.problems()));

		BrandException none = assertThrows(BrandException.class, () -> Brand.read(temp.resolve("nowhere")));
		assertTrue(none.getMessage().endsWith("nowhere: no such folder"), none.getMessage());
	}

	@Test
	void aSplashMustFitTheScreen() throws Exception {
		Path folder = TestFiles.copySample(temp);
		TestFiles.png(folder.resolve(Brand.SPLASH), 1600, 900);
		BrandException e = assertThrows(BrandException.class, () -> Brand.read(folder));
		assertEquals(List.of("splash.png: is 1600\u00d7900 pixels; a splash is between 300\u00d7150 and 1000\u00d7700"), e.problems());
	}

	static void assertHas(List<String> problems, String start) {
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), "no problem starting with:\n  " + start + "\nin:\n  " + String.join("\n  ", problems));
	}
}
