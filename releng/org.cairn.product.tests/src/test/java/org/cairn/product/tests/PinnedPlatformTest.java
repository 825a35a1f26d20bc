package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The target platform stays pinned, so that building next month gives the bundles of today: every Maven location
 * takes exactly the artifacts it names (no dependency closure, where open version ranges in upstream POMs would
 * let newer releases in), every version is exact, and the product holds each bundle once.
 */
class PinnedPlatformTest {

	private static final Pattern LOCATION = Pattern.compile("<location\\s[^>]*type=\"Maven\"[^>]*>");
	private static final Pattern VERSION = Pattern.compile("<version>([^<]*)</version>");
	private static final Pattern EXACT = Pattern.compile("\\d+(\\.\\d+)*([.-][A-Za-z0-9_.-]+)?");

	private static String target() throws Exception {
		Path file = Path.of(System.getProperty("cairn.target.file", "../../targetplatform/cairn.target"));
		assertTrue(Files.isRegularFile(file), "target file " + file);
		return Files.readString(file);
	}

	@Test
	void everyMavenLocationTakesOnlyTheArtifactsItNames() throws Exception {
		Matcher location = LOCATION.matcher(target());
		int locations = 0;
		while (location.find()) {
			locations++;
			assertTrue(location.group().contains("includeDependencyDepth=\"none\""),
					"a location resolves dependencies, which lets version ranges float: " + location.group());
		}
		assertTrue(locations > 5, "found the Maven locations (" + locations + ")");
	}

	@Test
	void everyVersionIsExact() throws Exception {
		Matcher version = VERSION.matcher(target());
		List<String> loose = new ArrayList<>();
		int versions = 0;
		while (version.find()) {
			versions++;
			String value = version.group(1).strip();
			if (!EXACT.matcher(value).matches() || value.contains("SNAPSHOT") || value.contains("LATEST") || value.contains("RELEASE")) {
				loose.add(value);
			}
		}
		assertTrue(versions > 50, "found the pinned versions (" + versions + ")");
		assertEquals(List.of(), loose, "versions that are not exact");
	}

	@Test
	void theProductHoldsEachBundleOnce() throws Exception {
		Map<String, List<String>> versions = new TreeMap<>();
		try (Stream<Path> plugins = Files.list(InstalledProduct.home().resolve("plugins"))) {
			for (Path plugin : plugins.toList()) {
				String name = plugin.getFileName().toString().replaceFirst("\\.jar$", "");
				int underscore = name.lastIndexOf('_');
				assertTrue(underscore > 0, "plugin named <id>_<version>: " + name);
				versions.computeIfAbsent(name.substring(0, underscore), id -> new ArrayList<>()).add(name.substring(underscore + 1));
			}
		}
		assertFalse(versions.isEmpty(), "the product has plugins");
		versions.values().removeIf(list -> list.size() == 1);
		assertEquals(Map.of(), versions, "bundles the product holds in more than one version");
	}
}
