package org.cairn.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cairn.export.WholeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export file is written whole or not at all: a failure part way leaves the file it was to replace as it was. */
class WholeFileTest {

	@TempDir
	Path folder;

	@Test
	void aFailurePartWayLeavesTheOldFileAndNoPart() throws IOException {
		Path file = folder.resolve("record.pdf");
		Files.writeString(file, "the record exported yesterday");
		IOException failure = assertThrows(IOException.class, () -> WholeFile.write(file, out -> {
			out.write("half of today's".getBytes(StandardCharsets.UTF_8));
			throw new IOException("the disk is full");
		}));
		assertEquals("the disk is full", failure.getMessage());
		assertEquals("the record exported yesterday", Files.readString(file));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no .part file is left");
		}
		WholeFile.write(file, out -> out.write("today's record".getBytes(StandardCharsets.UTF_8)));
		assertEquals("today's record", Files.readString(file));
	}
}
