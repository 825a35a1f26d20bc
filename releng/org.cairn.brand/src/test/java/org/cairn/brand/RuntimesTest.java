package org.cairn.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimesTest {

	@TempDir
	Path temp;

	@Test
	void readsPackageNamesFromOsgiHeaders() {
		assertEquals(List.of("org.w3c.dom.css", "org.osgi.framework", "javax.sql", "org.example.a", "org.example.b"),
				Runtimes.packages("org.w3c.dom.css,org.osgi.framework;version=\"[1.10,2)\",javax.sql;resolution:=optional,"
						+ "org.example.a;org.example.b;uses:=\"x.y,z.w\";version=\"1.0.0\""));
		assertEquals(List.of(), Runtimes.packages(null));
	}

	@Test
	void addsTheJdkModulesThatBundlesImportFrom() throws Exception {
		Path plugins = Files.createDirectories(temp.resolve("plugins"));
		Files.write(plugins.resolve("css.jar"), TestFiles.jar(Map.of("Bundle-SymbolicName", "css",
				"Import-Package", "org.w3c.dom.css,org.example.api;version=\"1.0\",com.sun.net.httpserver")));
		Files.write(plugins.resolve("api.jar"), TestFiles.jar(Map.of("Bundle-SymbolicName", "api", "Export-Package", "org.example.api;version=\"1.0\"")));
		List<String> modules = List.of(Runtimes.modulesFor(plugins).split(","));
		assertTrue(modules.containsAll(Runtimes.BASE_MODULES), modules.toString());
		assertTrue(modules.contains("jdk.xml.dom"), "org.w3c.dom.css is in jdk.xml.dom, outside Java SE: " + modules);
		assertTrue(modules.contains("jdk.httpserver"), modules.toString());
		assertFalse(modules.stream().anyMatch(m -> m.contains("example")), modules.toString());
	}
}
