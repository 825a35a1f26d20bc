package org.cairn.brand;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Small files the tests make: bundle jars, PNG images and copies of the sample brand. */
final class TestFiles {

	/** The sample brand in releng/brands. */
	static final Path SAMPLE = Path.of(System.getProperty("cairn.sample.brand", "../brands/harbour"));

	private TestFiles() {
	}

	/** A jar with the given manifest headers and one class-like entry. */
	static byte[] jar(Map<String, String> headers) {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		headers.forEach(manifest.getMainAttributes()::putValue);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			jar.putNextEntry(new JarEntry("about.txt"));
			jar.write("a test bundle".getBytes());
			jar.closeEntry();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static byte[] bundle(String symbolicName, String version) {
		return jar(Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", symbolicName, "Bundle-Version", version,
				"Bundle-Name", "Test bundle " + symbolicName, "Bundle-Vendor", "Test Vendor"));
	}

	static void png(Path file, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, 0xFF000000 | (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
			}
		}
		Files.write(file, Icons.encode(image));
	}

	/** A copy of the sample brand in {@code into}, to change in a test. */
	static Path copySample(Path into) throws IOException {
		Path copy = into.resolve("brand");
		try (Stream<Path> walk = Files.walk(SAMPLE)) {
			for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
				Path target = copy.resolve(SAMPLE.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
		return copy;
	}
}
