package org.cairn.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandToolTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return BrandTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void checksTheSampleBrand() {
		assertEquals(0, run("--brand", TestFiles.SAMPLE.toString(), "--check"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("The brand Harbour Recovery Workstation (harbour) in "), out.toString());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("is ready to build: 0 extra plugin(s), platforms [linux-x86_64, macos-aarch64, windows-x86_64]"));
	}

	@Test
	void listsEveryProblemAndExitsWithOne() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("b"));
		Files.writeString(folder.resolve(Brand.PROPERTIES), "name=X\ncommand=X\n");
		assertEquals(1, run("--brand", folder.toString(), "--products", temp.toString()));
		String text = err.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("The brand in " + folder + " cannot be built:\n  - brand.properties: 'command' is the launcher's name"), text);
		assertTrue(text.contains("\n  - splash.png: missing (a PNG image)\n  - icon.png: missing (a PNG image)\n"), text);
	}

	@Test
	void wrongArgumentsExitWithTwo() {
		assertEquals(2, run("--brand"));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("cairn-brand: --brand needs a folder\nUsage:"));
		assertEquals(2, run("--products", "x"));
		assertEquals(2, run("--colour", "blue"));
		assertEquals(0, run("--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: java -jar cairn-brand.jar --brand DIR --products DIR"));
	}
}
