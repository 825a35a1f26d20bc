package org.cairn.brand;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A plugin a brand includes: a bundle jar from the brand's {@code plugins/} folder, or one of the bundles of a p2
 * repository there (an archive {@code .zip} or a folder, as a facility's build or Cairn's own build writes one).
 * Source bundles in a repository are left out.
 *
 * @param origin        where it came from, for messages: "plugins/x.jar" or "plugins/repo.zip: plugins/x_1.0.jar"
 * @param symbolicName  its Bundle-SymbolicName
 * @param version       its Bundle-Version
 * @param displayName   its Bundle-Name, or the symbolic name (a %key is not resolved)
 * @param vendor        its Bundle-Vendor, or empty
 * @param javaVersion   the Java version it requires, or 0 when it says none
 * @param content       the jar's bytes
 */
public record ExtraPlugin(String origin, String symbolicName, String version, String displayName, String vendor,
		int javaVersion, byte[] content) {

	private static final Pattern EE = Pattern.compile("JavaSE-(?:1\\.)?(\\d+)");
	private static final Pattern EE_CAPABILITY = Pattern.compile("osgi\\.ee=\"?JavaSE\"?.*?version:?(?:List<Version>|Version)?=\"?\\[?(\\d+)");

	/** The file name it gets in the product's plugins folder. */
	public String fileName() {
		return symbolicName + "_" + version + ".jar";
	}

	/** Reads every plugin in {@code folder} (absent: none), adding a problem for each file that is not one. */
	static List<ExtraPlugin> readAll(Path folder, List<String> problems) {
		List<ExtraPlugin> plugins = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return plugins;
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.sorted(Comparator.comparing(Path::getFileName)).toList();
		} catch (IOException e) {
			problems.add(Brand.PLUGINS + ": cannot be listed (" + e.getMessage() + ")");
			return plugins;
		}
		for (Path file : files) {
			String label = Brand.PLUGINS + "/" + file.getFileName();
			String fileName = file.getFileName().toString();
			if (fileName.startsWith(".") || fileName.equalsIgnoreCase("README.txt") || fileName.equalsIgnoreCase("README.md")) {
				continue;
			}
			try {
				if (Files.isDirectory(file)) {
					readRepositoryFolder(file, label, plugins, problems);
				} else if (fileName.endsWith(".jar")) {
					ExtraPlugin plugin = read(label, Files.readAllBytes(file), problems);
					if (plugin != null) {
						plugins.add(plugin);
					}
				} else if (fileName.endsWith(".zip")) {
					readRepositoryArchive(file, label, plugins, problems);
				} else {
					problems.add(label + ": not a plugin; the plugins folder holds bundle jars and p2 repositories (a .zip archive or a folder)");
				}
			} catch (IOException e) {
				problems.add(label + ": cannot be read (" + e.getMessage() + ")");
			}
		}
		Map<String, ExtraPlugin> byName = new HashMap<>();
		for (ExtraPlugin plugin : plugins) {
			ExtraPlugin other = byName.putIfAbsent(plugin.symbolicName, plugin);
			if (other != null) {
				problems.add(plugin.origin + ": " + plugin.symbolicName + " is also in " + other.origin + "; keep one of them");
			}
		}
		return plugins;
	}

	private static void readRepositoryFolder(Path folder, String label, List<ExtraPlugin> plugins, List<String> problems) throws IOException {
		Path bundles = folder.resolve("plugins");
		if (!isRepositoryIndex(folder) || !Files.isDirectory(bundles)) {
			problems.add(label + ": not a p2 repository (a folder with artifacts.jar or artifacts.xml and a plugins folder)");
			return;
		}
		int before = plugins.size();
		try (Stream<Path> list = Files.list(bundles)) {
			for (Path jar : list.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
				ExtraPlugin plugin = read(label + ": plugins/" + jar.getFileName(), Files.readAllBytes(jar), problems);
				if (plugin != null && !isSource(jar)) {
					plugins.add(plugin);
				}
			}
		}
		if (plugins.size() == before) {
			problems.add(label + ": the repository holds no bundles");
		}
	}

	private static boolean isRepositoryIndex(Path folder) {
		return Stream.of("artifacts.jar", "artifacts.xml", "artifacts.xml.xz", "compositeArtifacts.jar", "compositeArtifacts.xml")
				.anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
	}

	private static void readRepositoryArchive(Path file, String label, List<ExtraPlugin> plugins, List<String> problems) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			boolean index = zip.stream().anyMatch(e -> e.getName().matches("(artifacts|compositeArtifacts)\\.(jar|xml|xml\\.xz)"));
			List<? extends ZipEntry> jars = zip.stream()
					.filter(e -> !e.isDirectory() && e.getName().startsWith("plugins/") && e.getName().endsWith(".jar")
							&& e.getName().indexOf('/', "plugins/".length()) < 0)
					.sorted(Comparator.comparing(ZipEntry::getName)).toList();
			if (!index || jars.isEmpty()) {
				problems.add(label + ": not a p2 repository archive (artifacts.jar or artifacts.xml at its top and bundles in plugins/)");
				return;
			}
			for (ZipEntry entry : jars) {
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				ExtraPlugin plugin = read(label + ": " + entry.getName(), bytes, problems);
				if (plugin != null && !isSource(Path.of(entry.getName()))) {
					plugins.add(plugin);
				}
			}
		} catch (java.util.zip.ZipException e) {
			problems.add(label + ": not a zip archive (" + e.getMessage() + ")");
		}
	}

	private static boolean isSource(Path jar) {
		return jar.getFileName().toString().matches(".*\\.source_.*\\.jar");
	}

	/** Reads one bundle jar; adds a problem and returns null when it is not one. */
	static ExtraPlugin read(String origin, byte[] bytes, List<String> problems) {
		Manifest manifest;
		try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes))) {
			manifest = in.getManifest();
		} catch (IOException | SecurityException e) {
			problems.add(origin + ": not a jar (" + e.getMessage() + ")");
			return null;
		}
		if (manifest == null) {
			problems.add(origin + ": not an OSGi bundle: it has no META-INF/MANIFEST.MF");
			return null;
		}
		var attributes = manifest.getMainAttributes();
		String symbolicName = attributes.getValue("Bundle-SymbolicName");
		if (symbolicName == null || symbolicName.isBlank()) {
			problems.add(origin + ": not an OSGi bundle: its manifest has no Bundle-SymbolicName");
			return null;
		}
		symbolicName = symbolicName.split(";")[0].strip();
		String version = attributes.getValue("Bundle-Version");
		version = version == null || version.isBlank() ? "0.0.0" : version.strip();
		if (!version.matches("\\d+(\\.\\d+(\\.\\d+(\\.[A-Za-z0-9_-]+)?)?)?")) {
			problems.add(origin + ": Bundle-Version '" + version + "' is not an OSGi version");
			return null;
		}
		String name = attributes.getValue("Bundle-Name");
		if (name == null || name.isBlank() || name.startsWith("%")) {
			name = symbolicName;
		}
		String vendor = attributes.getValue("Bundle-Vendor");
		vendor = vendor == null || vendor.startsWith("%") ? "" : vendor.strip();
		return new ExtraPlugin(origin, symbolicName, version, name.strip(), vendor, javaVersion(attributes), bytes);
	}

	private static int javaVersion(java.util.jar.Attributes attributes) {
		int version = 0;
		String ee = attributes.getValue("Bundle-RequiredExecutionEnvironment");
		if (ee != null) {
			Matcher matcher = EE.matcher(ee);
			while (matcher.find()) {
				int v = Integer.parseInt(matcher.group(1));
				version = version == 0 ? v : Math.min(version, v);
			}
		}
		String capability = attributes.getValue("Require-Capability");
		if (capability != null) {
			Matcher matcher = EE_CAPABILITY.matcher(capability.replace(" ", ""));
			if (matcher.find()) {
				version = Math.max(version, Integer.parseInt(matcher.group(1)));
			}
		}
		return version;
	}
}
