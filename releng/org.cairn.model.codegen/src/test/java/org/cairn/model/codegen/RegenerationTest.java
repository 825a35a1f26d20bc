package org.cairn.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The committed model code is what the generator makes of the committed Ecore model: the model is generated
 * again into a scratch copy of the bundle and every file must match. When this fails, run the generator (see the
 * module's description) and commit its output with the model change.
 */
class RegenerationTest {

	@Test
	void committedCodeMatchesTheEcoreModel() throws IOException {
		Path bundle = Path.of(System.getProperty("cairn.model.bundle", "../../bundles/org.cairn.model"));
		Path scratch = Path.of(System.getProperty("cairn.regen", "target/regenerated"));
		GenerateModel.deleteTree(scratch);
		Files.createDirectories(scratch.resolve("model"));
		Files.copy(bundle.resolve("model/cairn.ecore"), scratch.resolve("model/cairn.ecore"));

		GenerateModel.generate(scratch, scratch.resolve("src-gen"));

		Map<String, String> committed = files(bundle.resolve("src-gen"));
		Map<String, String> regenerated = files(scratch.resolve("src-gen"));
		assertTrue(regenerated.size() > 50, "the generator produced the model code (" + regenerated.size() + " files)");
		assertEquals(regenerated.keySet(), committed.keySet(), "the same files in src-gen");
		List<String> differing = new ArrayList<>();
		regenerated.forEach((file, text) -> {
			if (!text.equals(committed.get(file))) {
				differing.add(file);
			}
		});
		assertEquals(List.of(), differing, "files in src-gen that differ from what the Ecore model generates");
		assertEquals(Files.readString(scratch.resolve("model/cairn.genmodel")), Files.readString(bundle.resolve("model/cairn.genmodel")),
				"model/cairn.genmodel is what the generator writes");
	}

	private static Map<String, String> files(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readString(file));
			}
		}
		return files;
	}
}
