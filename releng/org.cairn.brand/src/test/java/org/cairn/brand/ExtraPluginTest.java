package org.cairn.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtraPluginTest {

	@TempDir
	Path temp;

	@Test
	void readsJarsAndTheBundlesOfP2RepositoriesLeavingOutSources() throws Exception {
		Path plugins = Files.createDirectories(temp.resolve("plugins"));
		Files.write(plugins.resolve("org.example.a.jar"), TestFiles.bundle("org.example.a;singleton:=true", "1.2.0.v1"));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plugins.resolve("forms-repository.zip")))) {
			put(zip, "artifacts.jar", TestFiles.jar(Map.of()));
			put(zip, "content.jar", TestFiles.jar(Map.of()));
			put(zip, "plugins/org.example.forms_2.0.0.jar", TestFiles.bundle("org.example.forms", "2.0.0"));
			put(zip, "plugins/org.example.forms.source_2.0.0.jar", TestFiles.bundle("org.example.forms.source", "2.0.0"));
			put(zip, "features/org.example.feature_2.0.0.jar", TestFiles.jar(Map.of()));
		}
		Path folderRepository = Files.createDirectories(plugins.resolve("site-repository/plugins"));
		Files.write(plugins.resolve("site-repository/artifacts.xml"), "<repository/>".getBytes());
		Files.write(folderRepository.resolve("org.example.site_1.0.0.jar"), TestFiles.bundle("org.example.site", "1.0.0"));

		List<String> problems = new ArrayList<>();
		List<ExtraPlugin> read = ExtraPlugin.readAll(plugins, problems);
		assertEquals(List.of(), problems);
		assertEquals(List.of("org.example.forms", "org.example.a", "org.example.site"), read.stream().map(ExtraPlugin::symbolicName).toList());
		ExtraPlugin a = read.get(1);
		assertEquals("1.2.0.v1", a.version());
		assertEquals("org.example.a_1.2.0.v1.jar", a.fileName());
		assertEquals("Test bundle org.example.a;singleton:=true", a.displayName());
		assertEquals("Test Vendor", a.vendor());
		assertEquals("plugins/forms-repository.zip: plugins/org.example.forms_2.0.0.jar", read.get(0).origin());
	}

	@Test
	void refusesWhatIsNotAPluginAndTheSameBundleTwice() throws Exception {
		Path plugins = Files.createDirectories(temp.resolve("plugins"));
		Files.write(plugins.resolve("a.jar"), TestFiles.bundle("org.example.a", "1.0.0"));
		Files.write(plugins.resolve("b.jar"), TestFiles.bundle("org.example.a", "1.1.0"));
		Files.write(plugins.resolve("broken.jar"), "PK not really".getBytes());
		Files.write(plugins.resolve("bad-version.jar"), TestFiles.bundle("org.example.v", "one"));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plugins.resolve("photos.zip")))) {
			put(zip, "holiday.jpg", new byte[] { 1, 2, 3 });
		}
		Files.createDirectories(plugins.resolve("empty-folder"));

		List<String> problems = new ArrayList<>();
		ExtraPlugin.readAll(plugins, problems);
		BrandTest.assertHas(problems, "plugins/b.jar: org.example.a is also in plugins/a.jar; keep one of them");
		BrandTest.assertHas(problems, "plugins/bad-version.jar: Bundle-Version 'one' is not an OSGi version");
		BrandTest.assertHas(problems, "plugins/broken.jar: not an OSGi bundle: it has no META-INF/MANIFEST.MF");
		BrandTest.assertHas(problems, "plugins/photos.zip: not a p2 repository archive");
		BrandTest.assertHas(problems, "plugins/empty-folder: not a p2 repository");
		assertEquals(5, problems.size(), String.join("\n", problems));
	}

	@Test
	void readsTheJavaVersionABundleNeeds() {
		List<String> problems = new ArrayList<>();
		ExtraPlugin byHeader = ExtraPlugin.read("x.jar", TestFiles.jar(Map.of("Bundle-SymbolicName", "x", "Bundle-RequiredExecutionEnvironment", "JavaSE-25")), problems);
		ExtraPlugin byCapability = ExtraPlugin.read("y.jar", TestFiles.jar(Map.of("Bundle-SymbolicName", "y",
				"Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=23))\"")), problems);
		ExtraPlugin none = ExtraPlugin.read("z.jar", TestFiles.jar(Map.of("Bundle-SymbolicName", "z")), problems);
		assertEquals(25, byHeader.javaVersion());
		assertEquals(23, byCapability.javaVersion());
		assertEquals(0, none.javaVersion());
		assertEquals("0.0.0", none.version());
		assertTrue(problems.isEmpty());
		assertNull(ExtraPlugin.read("n.jar", TestFiles.jar(Map.of("Bundle-Name", "no symbolic name")), problems));
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
