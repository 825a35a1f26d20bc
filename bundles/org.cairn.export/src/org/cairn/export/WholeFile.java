package org.cairn.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: through a ".part" file beside it, moved into place when complete. A cancelled or
 * failed export leaves neither half a record behind nor a file it was to replace damaged.
 */
public final class WholeFile {

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void write(OutputStream out) throws IOException;
	}

	private WholeFile() {
	}

	/** Writes {@code file} with {@code content}, replacing what was there only once the new content is complete. */
	public static void write(Path file, Content content) throws IOException {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(part)) {
				content.write(out);
			}
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(part);
		}
	}
}
