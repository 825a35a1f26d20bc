package org.cairn.brand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;

/**
 * The Java runtime a Linux archive carries, made with the JDK's jlink: all of Java SE, the modules that hold
 * packages the product's bundles import from the JDK (found from their manifests, so that a brand's plugins are
 * covered too: the E4 CSS engine needs jdk.xml.dom, which Java SE does not include), and locale data, character
 * sets, the zip file system and the PKCS#11 provider.
 */
final class Runtimes {

	static final List<String> BASE_MODULES = List.of("java.se", "jdk.unsupported", "jdk.localedata", "jdk.charsets", "jdk.zipfs",
			"jdk.crypto.cryptoki", "jdk.net");

	private Runtimes() {
	}

	/** The modules for the bundles in {@code plugins}: the base set and every system module they import from. */
	static String modulesFor(Path plugins) throws IOException {
		Set<String> imported = new TreeSet<>();
		Set<String> exported = new TreeSet<>();
		try (Stream<Path> list = Files.list(plugins)) {
			for (Path jar : list.filter(p -> p.toString().endsWith(".jar")).toList()) {
				try (JarFile file = new JarFile(jar.toFile())) {
					Manifest manifest = file.getManifest();
					if (manifest == null) {
						continue;
					}
					imported.addAll(packages(manifest.getMainAttributes().getValue("Import-Package")));
					exported.addAll(packages(manifest.getMainAttributes().getValue("Export-Package")));
				}
			}
		}
		imported.removeAll(exported);
		Map<String, String> moduleOfPackage = new HashMap<>();
		for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
			for (String pkg : module.descriptor().packages()) {
				moduleOfPackage.putIfAbsent(pkg, module.descriptor().name());
			}
		}
		Set<String> modules = new TreeSet<>(BASE_MODULES);
		for (String pkg : imported) {
			String module = moduleOfPackage.get(pkg);
			if (module != null) {
				modules.add(module);
			}
		}
		return String.join(",", modules);
	}

	/** The package names of an OSGi package header (names before their attributes, commas inside quotes skipped). */
	static List<String> packages(String header) {
		List<String> names = new ArrayList<>();
		if (header == null) {
			return names;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				for (String part : clause.toString().split(";")) {
					String name = part.strip();
					if (!name.isEmpty() && !name.contains("=") && !name.contains(":")) {
						names.add(name);
					}
				}
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return names;
	}

	static void link(Path jdk, Path output, String modules) throws IOException, BrandException {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch");
		if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
			throw new BrandException("A Java runtime for Linux x86_64 can only be made on Linux x86_64 (this is " + os + " " + arch
					+ "); set runtime=false in " + Brand.PROPERTIES + " or build on Linux");
		}
		Path jlink = jdk.resolve("bin/jlink");
		if (!Files.isExecutable(jlink)) {
			throw new BrandException(jdk + " has no bin/jlink: the Linux runtime needs a JDK 21 or newer (--jdk DIR), or set runtime=false in "
					+ Brand.PROPERTIES);
		}
		Archives.deleteTree(output);
		Path log = Files.createTempFile("jlink", ".log");
		try {
			Process process = new ProcessBuilder(jlink.toString(), "--add-modules", modules, "--strip-debug", "--no-man-pages",
					"--no-header-files", "--compress", "zip-6", "--output", output.toString())
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new BrandException("jlink did not finish within 10 minutes");
			}
			if (process.exitValue() != 0) {
				throw new BrandException("jlink failed (exit " + process.exitValue() + "): " + Files.readString(log, StandardCharsets.UTF_8).strip());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BrandException("interrupted while jlink ran");
		} finally {
			Files.deleteIfExists(log);
		}
		Path java = output.resolve("bin/java");
		if (!Files.isExecutable(java)) {
			throw new BrandException("jlink wrote no bin/java into " + output);
		}
		List<String> release = Files.readAllLines(output.resolve("release"), StandardCharsets.UTF_8);
		int feature = release.stream().filter(l -> l.startsWith("JAVA_VERSION=")).findFirst()
				.map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0]).map(Integer::parseInt).orElse(0);
		if (feature < 21) {
			Archives.deleteTree(output);
			throw new BrandException(jdk + " is Java " + feature + "; the bundled runtime must be Java 21 or newer (--jdk DIR)");
		}
	}
}
