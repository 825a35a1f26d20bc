package org.cairn.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed record before it is printed: a title, the running header's words, and blocks in reading order. The PDF
 * writer ({@link PdfWriter}) and the SWT printer lay out the same blocks, so paper and file say the same thing.
 *
 * @param title        what the document is, on its first page (e.g. "Clinical record")
 * @param runningHead  the line at the top of every page: the patient's name and MRN, nothing else of the record
 * @param notice       when the document is a disclosure, the 42 CFR Part 2 notice printed on every page; else null
 * @param footer       the left part of every page's footer (who produced it and when); the page number is added
 */
public record Layout(String title, String runningHead, String notice, String footer, List<Block> blocks) {

	public Layout {
		blocks = List.copyOf(blocks);
	}

	/** A table row; a missing value is an empty cell. */
	public static List<String> row(String... cells) {
		return java.util.Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toList();
	}

	/** One piece of a printed record. */
	public sealed interface Block permits Heading, Fields, Text, Table, Note, PageBreak {
	}

	/**
	 * A heading; level 0 titles a section (on a new page), level 1 starts a record (kept together with what follows
	 * it), level 2 a part of one.
	 */
	public record Heading(int level, String text) implements Block {
	}

	/** Label and value pairs, labels in a column of their own. */
	public record Fields(List<Field> fields) implements Block {
		public Fields {
			fields = List.copyOf(fields);
		}
	}

	/** One label and its value; a blank value is left out when the block is built. */
	public record Field(String label, String value) {
	}

	/** A paragraph of the clinician's own words (line breaks kept). */
	public record Text(String text) implements Block {
	}

	/** A table with a header row. */
	public record Table(List<String> header, List<List<String>> rows) implements Block {
		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
		}
	}

	/** A small line about the record rather than of it: its version, an error mark, a signature's check. */
	public record Note(String text, boolean warning) implements Block {
	}

	/** The next block starts a new page. */
	public record PageBreak() implements Block {
	}

	/** Builds the blocks of a layout. Blank field values are dropped, so the layout shows only what was recorded. */
	public static final class Builder {
		private final List<Block> blocks = new ArrayList<>();
		private List<Field> fields;

		public Builder heading(int level, String text) {
			flush();
			blocks.add(new Heading(level, text));
			return this;
		}

		/** Adds a field to the current group of fields; nothing when the value is blank. */
		public Builder field(String label, String value) {
			if (value != null && !value.isBlank()) {
				if (fields == null) {
					fields = new ArrayList<>();
				}
				fields.add(new Field(label, value.strip()));
			}
			return this;
		}

		public Builder text(String text) {
			flush();
			if (text != null && !text.isBlank()) {
				blocks.add(new Text(text.strip()));
			}
			return this;
		}

		/** Adds a table; nothing when it has no rows. */
		public Builder table(List<String> header, List<List<String>> rows) {
			flush();
			if (!rows.isEmpty()) {
				blocks.add(new Table(header, rows));
			}
			return this;
		}

		public Builder note(String text) {
			flush();
			blocks.add(new Note(text, false));
			return this;
		}

		public Builder warning(String text) {
			flush();
			blocks.add(new Note(text, true));
			return this;
		}

		public Builder pageBreak() {
			flush();
			if (!blocks.isEmpty() && !(blocks.get(blocks.size() - 1) instanceof PageBreak)) {
				blocks.add(new PageBreak());
			}
			return this;
		}

		public List<Block> blocks() {
			flush();
			return List.copyOf(blocks);
		}

		private void flush() {
			if (fields != null && !fields.isEmpty()) {
				blocks.add(new Fields(fields));
			}
			fields = null;
		}
	}
}
