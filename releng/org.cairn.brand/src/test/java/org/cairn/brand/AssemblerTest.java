package org.cairn.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brand tool on Cairn's real product archives (built by releng/org.cairn.product before this module), for every
 * platform, without the Linux runtime (the product tests build the sample brand with it and start it).
 */
class AssemblerTest {

	static final Path PRODUCTS = Path.of(System.getProperty("cairn.products", "../org.cairn.product/target/products"));

	@TempDir
	static Path temp;
	static Map<String, Archive> archives = new HashMap<>();
	static Brand brand;

	/** An archive read into memory: its entries' names, modes and contents. */
	record Archive(Map<String, byte[]> files, Map<String, Integer> modes) {
		String text(String name) {
			byte[] content = files.get(name);
			if (content == null) {
				throw new AssertionError("no " + name + " in the archive");
			}
			return new String(content, StandardCharsets.UTF_8);
		}

		List<String> names(String prefix) {
			return files.keySet().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
		}
	}

	@BeforeAll
	static void buildTheSampleWithAPlugin() throws Exception {
		assertTrue(Files.isDirectory(PRODUCTS), "Cairn's product archives are built first (releng/org.cairn.product): " + PRODUCTS.toAbsolutePath());
		Path folder = TestFiles.copySample(temp);
		Files.writeString(folder.resolve(Brand.PROPERTIES), Files.readString(folder.resolve(Brand.PROPERTIES)) + "runtime=false\n");
		Files.write(folder.resolve("plugins/org.example.lakes.forms.jar"), TestFiles.bundle("org.example.lakes.forms", "1.4.0"));
		Files.writeString(folder.resolve(Brand.DEFAULTS), "org.cairn.core/store.user=harbour_staff\n");
		brand = Brand.read(folder);
		List<String> log = new ArrayList<>();
		List<Path> built = new Assembler(brand, PRODUCTS, temp.resolve("out"), null, log::add).build();
		assertEquals(List.of("harbour-2026.12-linux-x86_64.tar.gz", "harbour-2026.12-windows-x86_64.zip", "harbour-2026.12-macos-aarch64.tar.gz"),
				built.stream().map(p -> p.getFileName().toString()).toList());
		for (Path archive : built) {
			archives.put(archive.getFileName().toString().replaceAll(".*-(\\w+-\\w+)\\..*", "$1"), read(archive));
		}
		String sums = Files.readString(temp.resolve("out/SHA256SUMS"));
		for (Path archive : built) {
			assertTrue(sums.contains(Assembler.sha256(archive) + "  " + archive.getFileName()), sums);
		}
		assertFalse(Files.exists(temp.resolve("out/work/linux-x86_64")), "the work folders are removed");
	}

	@Test
	void linuxHasTheBrandsLauncherProductAndPlugin() throws Exception {
		Archive linux = archives.get("linux-x86_64");
		assertEquals(0755, linux.modes().get("harbour/harbour") & 0777, "the launcher stays executable");
		assertFalse(linux.files().containsKey("harbour/cairn"));
		assertTrue(linux.files().containsKey("harbour/harbour.png"));
		assertFalse(linux.files().keySet().stream().anyMatch(n -> n.startsWith("harbour/jre/")), "runtime=false: no runtime");
		assertEquals("""
				# The product's names, read by the launcher scripts; written by Cairn's brand tool.
				name=Harbour Recovery Workstation
				command=harbour
				data.folder=harbour
				""", linux.text("harbour/launcher/launcher.conf"));
		assertTrue(linux.text("harbour/configuration/config.ini").contains("\neclipse.product=org.cairn.brand.product\n"));
		String bundles = linux.text("harbour/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		assertTrue(bundles.contains("\norg.example.lakes.forms,1.4.0,plugins/org.example.lakes.forms_1.4.0.jar,4,true\n"), bundles);
		assertTrue(bundles.matches("(?s).*\norg\\.cairn\\.brand,0\\.1\\.0\\.\\d+,plugins/org\\.cairn\\.brand_0\\.1\\.0\\.\\d+\\.jar,4,false\n.*"), bundles);
		assertTrue(linux.files().containsKey("harbour/plugins/org.example.lakes.forms_1.4.0.jar"));
		assertEquals(List.of("harbour/plugins/org.eclipse.swt.gtk.linux.x86_64"), swtFragments(linux, "harbour/plugins/"));
	}

	@Test
	void theBrandBundleDeclaresTheProductOnTopOfCairns() throws Exception {
		Archive linux = archives.get("linux-x86_64");
		String name = linux.names("harbour/plugins/org.cairn.brand_").get(0);
		Path jar = temp.resolve("brand.jar");
		Files.write(jar, linux.files().get(name));
		try (JarFile file = new JarFile(jar.toFile())) {
			assertEquals("org.cairn.brand;singleton:=true", file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
			assertEquals("org.cairn.app", file.getManifest().getMainAttributes().getValue("Require-Bundle"));
			Properties strings = new Properties();
			try (InputStream in = file.getInputStream(file.getEntry("plugin.properties"))) {
				strings.load(in);
			}
			String xml = new String(file.getInputStream(file.getEntry("plugin.xml")).readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> properties = new HashMap<>();
			var matcher = java.util.regex.Pattern.compile("<property name=\"([^\"]+)\" value=\"%([^\"]+)\"/>").matcher(xml);
			while (matcher.find()) {
				properties.put(matcher.group(1), strings.getProperty(matcher.group(2)));
			}
			assertEquals("Harbour Recovery Workstation", strings.getProperty("productName"));
			assertEquals("Harbour Recovery Workstation", properties.get("appName"));
			assertEquals("2026.12", properties.get("cairn.versionLabel"));
			assertEquals("#3B4A5A", properties.get("cairn.splashForeground"));
			assertEquals("platform:/plugin/org.cairn.brand/css/brand.css", properties.get("applicationCSS"));
			// Cairn's own properties are kept: the same application model and lifecycle.
			assertEquals("org.cairn.app/Application.e4xmi", properties.get("applicationXMI"));
			assertEquals("bundleclass://org.cairn.app/org.cairn.app.internal.LifeCycle", properties.get("lifeCycleURI"));
			assertEquals("Eclipse Public License 2.0 (EPL-2.0)", properties.get("cairn.licence"));
			String credits = properties.get("cairn.credits");
			assertTrue(credits.startsWith("Cairn 0.1.0, the clinician workstation this product is built on (EPL-2.0)\nEclipse Platform"), credits);
			assertTrue(credits.contains("\nTest bundle org.example.lakes.forms 1.4.0 (Test Vendor)"), credits);
			for (String image : properties.get("windowImages").split(",")) {
				assertTrue(file.getEntry(image) != null, image);
			}
			assertTrue(file.getEntry("splash.png") != null);
			String css = new String(file.getInputStream(file.getEntry("css/brand.css")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(css.contains("@import url(\"platform:/plugin/org.cairn.app/css/cairn.css\");"), css);
			assertTrue(css.contains("swt-selected-tab-highlight: #1D4E89;"), css);
			String customization = new String(file.getInputStream(file.getEntry("plugin_customization.ini")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(customization.endsWith("# The brand's defaults\norg.cairn.core/store.user=harbour_staff\n"), customization);
		}
	}

	@Test
	void windowsHasTheBrandsScriptIconAndWindowsFragment() {
		Archive windows = archives.get("windows-x86_64");
		String script = windows.text("harbour/harbour.cmd");
		assertTrue(script.startsWith("@echo off\r\n"), "a Windows script with CRLF line ends");
		assertFalse(windows.files().containsKey("harbour/cairn.cmd"));
		assertFalse(windows.files().containsKey("harbour/harbour"), "no POSIX script on Windows");
		byte[] ico = windows.files().get("harbour/harbour.ico");
		assertEquals(1, ico[2], "an icon file");
		assertTrue(windows.text("harbour/launcher/launcher.conf").startsWith(
				"# The product's names, read by the launcher scripts; written by Cairn's brand tool.\r\nname=Harbour Recovery Workstation\r\n"));
		assertEquals(List.of("harbour/plugins/org.eclipse.swt.win32.win32.x86_64"), swtFragments(windows, "harbour/plugins/"));
		assertTrue(windows.text("harbour/configuration/config.ini").contains("eclipse.product=org.cairn.brand.product"));
	}

	@Test
	void macosIsAnApplicationBundle() {
		Archive mac = archives.get("macos-aarch64");
		String app = "Harbour Recovery Workstation.app/Contents/";
		String plist = mac.text(app + "Info.plist");
		assertTrue(plist.contains("<key>CFBundleExecutable</key><string>harbour</string>"), plist);
		assertTrue(plist.contains("<key>CFBundleName</key><string>Harbour Recovery Workstation</string>"), plist);
		assertTrue(plist.contains("<key>CFBundleShortVersionString</key><string>2026.12</string>"), plist);
		assertEquals(0755, mac.modes().get(app + "MacOS/harbour") & 0777);
		assertTrue(mac.text(app + "MacOS/harbour").contains("exec \"$here/harbour\" \"$@\""));
		assertEquals(0755, mac.modes().get(app + "Eclipse/harbour") & 0777);
		assertEquals("icns", new String(mac.files().get(app + "Resources/harbour.icns"), 0, 4, StandardCharsets.US_ASCII));
		assertEquals(List.of(app + "Eclipse/plugins/org.eclipse.swt.cocoa.macosx.aarch64"), swtFragments(mac, app + "Eclipse/plugins/"));
		assertTrue(mac.files().containsKey(app + "Eclipse/plugins/org.example.lakes.forms_1.4.0.jar"));
	}

	@Test
	void aPluginMayNotReplaceOneOfCairnsBundles() throws Exception {
		Path folder = TestFiles.copySample(temp.resolve("clash"));
		Files.writeString(folder.resolve(Brand.PROPERTIES), Files.readString(folder.resolve(Brand.PROPERTIES)) + "runtime=false\nplatforms=linux-x86_64\n");
		Files.write(folder.resolve("plugins/forms.jar"), TestFiles.bundle("org.cairn.forms", "9.0.0"));
		Brand clashing = Brand.read(folder);
		BrandException e = assertThrows(BrandException.class,
				() -> new Assembler(clashing, PRODUCTS, temp.resolve("clash-out"), null, line -> { }).build());
		assertEquals(List.of("plugins/forms.jar: org.cairn.forms is a bundle Cairn ships; a brand's plugin cannot replace it"), e.problems());
	}

	@Test
	void saysWhichProductArchiveIsMissing() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("no-products"));
		BrandException e = assertThrows(BrandException.class, () -> new Assembler(brand, empty, temp.resolve("x"), null, line -> { }).build());
		assertEquals(empty + ": no Cairn product archive for linux-x86_64 (cairn-VERSION-linux.gtk.x86_64.tar.gz)", e.getMessage());
	}

	private static List<String> swtFragments(Archive archive, String plugins) {
		return archive.names(plugins).stream().filter(n -> n.matches(".*/org\\.eclipse\\.swt\\.(gtk|win32|cocoa)\\..*"))
				.map(n -> n.replaceAll("_\\d+\\.\\d+\\.\\d+[^/]*$", "")).toList();
	}

	static Archive read(Path archive) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		Map<String, Integer> modes = new HashMap<>();
		if (archive.toString().endsWith(".zip")) {
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					if (!entry.isDirectory()) {
						files.put(entry.getName(), zip.readAllBytes());
					}
				}
			}
		} else {
			try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(archive)))) {
				for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
					if (entry.isFile()) {
						files.put(entry.getName(), tar.readAllBytes());
						modes.put(entry.getName(), entry.getMode());
					}
				}
			}
		}
		return new Archive(files, modes);
	}
}
