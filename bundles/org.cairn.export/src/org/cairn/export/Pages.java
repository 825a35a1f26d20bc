package org.cairn.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Lays a {@link Layout} out on pages: the running head and, for a disclosure, the 42 CFR Part 2 notice at the top of
 * every page, "Page n of m" and the producer at the foot, headings kept with what follows them, tables broken
 * between rows with their header repeated, long words broken where they must be. It draws on a {@link Surface} in
 * points (1/72 inch), so a PDF (PDFBox) and a printer (SWT) get the same pages. It runs twice: once to count the
 * pages, once to draw them.
 */
public final class Pages {

	/** Where the pages are drawn. Coordinates in points from the top left corner of the page; y is a baseline. */
	public interface Surface {
		/** Starts page {@code number} (1 for the first). */
		void beginPage(int number);

		void endPage();

		/** The width {@code text} takes in points. */
		float width(String text, float size, boolean bold);

		void text(String text, float x, float baseline, float size, boolean bold, float grey);

		void line(float x1, float y1, float x2, float y2, float width);

		/** A grey rectangle, filled ({@code fill}) or outlined. */
		void rectangle(float x, float y, float width, float height, float grey, boolean fill);

		/** The text with what the surface cannot draw replaced (by "?"), and line ends made "\n". */
		String printable(String text);
	}

	/**
	 * {@code text} as a surface can draw it: line ends made "\n", tabs four spaces, other control characters and what
	 * {@code drawable} refuses (a code point the font has no glyph for) "?". For {@link Surface#printable}.
	 */
	public static String printable(String text, java.util.function.IntPredicate drawable) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(codePoint -> {
			if (codePoint == '\n') {
				out.append('\n');
			} else if (codePoint == '\t') {
				out.append("    ");
			} else if (Character.isISOControl(codePoint) || !drawable.test(codePoint)) {
				out.append('?');
			} else {
				out.appendCodePoint(codePoint);
			}
		});
		return out.toString();
	}

	public static final float PAGE_WIDTH = 612;
	public static final float PAGE_HEIGHT = 792;
	private static final float MARGIN = 54;
	private static final float BODY = 10;
	private static final float SMALL = 8;
	private static final float LEADING = 1.3f;
	private static final float GAP = 6;

	private final Layout layout;
	private final java.util.Map<String, Float> widths = new java.util.HashMap<>();
	private final java.util.Map<String, List<String>> wrapped = new java.util.HashMap<>();
	private Surface surface;
	private int page;
	private int pages;
	private float y;
	private float top;

	public Pages(Layout layout) {
		this.layout = layout;
	}

	/** Counts the pages on a surface that measures like {@code surface} but draws nothing. */
	public int count(Surface measure) {
		Surface counting = new Surface() {
			@Override
			public void beginPage(int number) {
			}

			@Override
			public void endPage() {
			}

			@Override
			public float width(String text, float size, boolean bold) {
				return measure.width(text, size, bold);
			}

			@Override
			public void text(String text, float x, float baseline, float size, boolean bold, float grey) {
			}

			@Override
			public void line(float x1, float y1, float x2, float y2, float width) {
			}

			@Override
			public void rectangle(float x, float yTop, float width, float height, float grey, boolean fill) {
			}

			@Override
			public String printable(String text) {
				return measure.printable(text);
			}
		};
		run(counting, 0, null);
		return page;
	}

	/**
	 * Draws every page on {@code target}.
	 *
	 * @return the number of pages
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public int draw(Surface target, IProgressMonitor monitor) {
		int total = count(target);
		run(target, total, monitor);
		return total;
	}

	private void run(Surface target, int total, IProgressMonitor monitor) {
		surface = target;
		pages = total;
		page = 0;
		SubMonitor progress = SubMonitor.convert(monitor, layout.blocks().size());
		newPage();
		for (Layout.Block block : layout.blocks()) {
			if (monitor != null && progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			block(block);
			progress.worked(1);
		}
		endPage();
	}

	private void block(Layout.Block block) {
		switch (block) {
		case Layout.Heading heading when heading.level() == 0 -> {
			if (y > top) {
				newPage();
			}
			paragraph(heading.text(), 16, true, MARGIN, width(), 0f);
			y += GAP;
		}
		case Layout.Heading heading -> {
			float size = heading.level() == 1 ? 13 : 11;
			float needed = size * LEADING * 2 + (heading.level() == 1 ? 60 : 30);
			if (y + needed > bottom()) {
				newPage();
			} else if (y > top) {
				y += heading.level() == 1 ? GAP * 2 : GAP;
			}
			if (heading.level() == 1) {
				surface.line(MARGIN, y, PAGE_WIDTH - MARGIN, y, 0.6f);
				y += 4;
			}
			paragraph(heading.text(), size, true, MARGIN, width(), 0f);
		}
		case Layout.Fields fields -> {
			float labelWidth = 0;
			for (Layout.Field field : fields.fields()) {
				labelWidth = Math.max(labelWidth, surface.width(surface.printable(field.label()), BODY, true));
			}
			labelWidth = Math.min(labelWidth + 10, width() * 0.35f);
			for (Layout.Field field : fields.fields()) {
				List<String> labels = wrap(field.label(), BODY, labelWidth - 9, true);
				List<String> values = wrap(field.value(), BODY, width() - labelWidth, false);
				int lines = Math.max(labels.size(), values.size());
				for (int i = 0; i < lines; i++) {
					room(BODY * LEADING);
					y += BODY * LEADING;
					if (i < labels.size()) {
						surface.text(labels.get(i), MARGIN, y, BODY, true, 0.35f);
					}
					if (i < values.size()) {
						surface.text(values.get(i), MARGIN + labelWidth, y, BODY, false, 0f);
					}
				}
			}
			y += GAP / 2;
		}
		case Layout.Text text -> {
			y += GAP / 2;
			paragraph(text.text(), BODY, false, MARGIN, width(), 0f);
			y += GAP / 2;
		}
		case Layout.Table table -> table(table);
		case Layout.Note note -> {
			y += 2;
			paragraph(note.text(), SMALL, note.warning(), MARGIN, width(), note.warning() ? 0f : 0.4f);
			y += 2;
		}
		case Layout.PageBreak pageBreak -> newPage();
		}
	}

	private void paragraph(String text, float size, boolean bold, float x, float width, float grey) {
		for (String line : wrap(text, size, width, bold)) {
			room(size * LEADING);
			y += size * LEADING;
			surface.text(line, x, y, size, bold, grey);
		}
	}

	private void table(Layout.Table table) {
		int columns = table.header().size();
		float[] natural = new float[columns];
		for (int c = 0; c < columns; c++) {
			natural[c] = Math.max(surface.width(surface.printable(table.header().get(c)), SMALL + 1, true), 20);
			for (List<String> row : table.rows()) {
				natural[c] = Math.max(natural[c], c < row.size() ? Math.min(surface.width(surface.printable(row.get(c)), BODY - 1, false), width() * 0.6f) : 0);
			}
		}
		float total = 0;
		for (float w : natural) {
			total += w + 8;
		}
		float[] widths = new float[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = total <= width() ? (natural[c] + 8) + (width() - total) * (natural[c] + 8) / total : width() * (natural[c] + 8) / total;
		}
		y += GAP / 2;
		header(table, widths);
		for (List<String> row : table.rows()) {
			List<List<String>> cells = new ArrayList<>();
			int lines = 1;
			for (int c = 0; c < columns; c++) {
				List<String> wrapped = wrap(c < row.size() ? row.get(c) : "", BODY - 1, widths[c] - 8, false);
				cells.add(wrapped);
				lines = Math.max(lines, wrapped.size());
			}
			float height = lines * (BODY - 1) * LEADING + 4;
			if (y + height > bottom()) {
				newPage();
				header(table, widths);
			}
			float x = MARGIN;
			for (int c = 0; c < columns; c++) {
				float lineY = y + 2;
				for (String line : cells.get(c)) {
					lineY += (BODY - 1) * LEADING;
					surface.text(line, x + 4, lineY, BODY - 1, false, 0f);
				}
				x += widths[c];
			}
			y += height;
			surface.line(MARGIN, y, MARGIN + width(), y, 0.25f);
		}
		y += GAP;
	}

	private void header(Layout.Table table, float[] widths) {
		float height = (SMALL + 1) * LEADING + 4;
		room(height);
		surface.rectangle(MARGIN, y, width(), height, 0.9f, true);
		float x = MARGIN;
		for (int c = 0; c < widths.length; c++) {
			List<String> wrapped = wrap(table.header().get(c), SMALL + 1, widths[c] - 8, true);
			surface.text(wrapped.isEmpty() ? "" : wrapped.get(0), x + 4, y + (SMALL + 1) * LEADING, SMALL + 1, true, 0f);
			x += widths[c];
		}
		y += height;
	}

	/** Starts a new page when fewer than {@code height} points are left above the footer. */
	private void room(float height) {
		if (y + height > bottom()) {
			newPage();
		}
	}

	private float bottom() {
		return PAGE_HEIGHT - MARGIN - 20;
	}

	private void newPage() {
		if (page > 0) {
			endPage();
		}
		page++;
		surface.beginPage(page);
		y = MARGIN - 18;
		surface.text(fit(layout.runningHead(), SMALL + 1, width() * 0.65f, true), MARGIN, y, SMALL + 1, true, 0f);
		String title = fit(layout.title(), SMALL + 1, width() * 0.33f, false);
		surface.text(title, PAGE_WIDTH - MARGIN - surface.width(title, SMALL + 1, false), y, SMALL + 1, false, 0.3f);
		y += 5;
		surface.line(MARGIN, y, PAGE_WIDTH - MARGIN, y, 0.5f);
		if (layout.notice() != null) {
			List<String> lines = wrap(layout.notice(), SMALL + 1, width() - 12, true);
			float height = lines.size() * (SMALL + 1) * LEADING + 8;
			y += 6;
			surface.rectangle(MARGIN, y, width(), height, 0f, false);
			float lineY = y + 2;
			for (String line : lines) {
				lineY += (SMALL + 1) * LEADING;
				surface.text(line, MARGIN + 6, lineY, SMALL + 1, true, 0f);
			}
			y += height;
		}
		y += GAP;
		top = y;
	}

	private void endPage() {
		float baseline = PAGE_HEIGHT - MARGIN + 24;
		surface.line(MARGIN, baseline - SMALL - 4, PAGE_WIDTH - MARGIN, baseline - SMALL - 4, 0.4f);
		surface.text(fit(layout.footer(), SMALL, width() * 0.75f, false), MARGIN, baseline, SMALL, false, 0.3f);
		String number = "Page " + page + " of " + Math.max(pages, page);
		surface.text(number, PAGE_WIDTH - MARGIN - surface.width(number, SMALL, false), baseline, SMALL, false, 0.3f);
		surface.endPage();
	}

	private static float width() {
		return PAGE_WIDTH - 2 * MARGIN;
	}

	/**
	 * {@code text} broken into lines no wider than {@code width}: at spaces where it can, inside a word where it must.
	 * Widths add up word by word (a space's and each word's measured once), and the lines of a paragraph are kept for
	 * the drawing pass, so that a long record is not measured over and over.
	 */
	private List<String> wrap(String text, float size, float width, boolean bold) {
		String key = size + (bold ? "b" : "") + "/" + width + "/" + text;
		List<String> known = wrapped.get(key);
		if (known != null) {
			return known;
		}
		List<String> lines = new ArrayList<>();
		float space = measure(" ", size, bold);
		for (String paragraph : surface.printable(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			float lineWidth = 0;
			for (String word : paragraph.split(" ", -1)) {
				float wordWidth = measure(word, size, bold);
				float candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
				if (candidate <= width) {
					if (!line.isEmpty()) {
						line.append(' ');
					}
					line.append(word);
					lineWidth = candidate;
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (wordWidth > width && word.length() > 1) {
					int cut = word.length() - 1;
					while (cut > 1 && surface.width(word.substring(0, cut), size, bold) > width) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
					wordWidth = measure(word, size, bold);
				}
				line.append(word);
				lineWidth = wordWidth;
			}
			lines.add(line.toString());
		}
		List<String> result = List.copyOf(lines);
		wrapped.put(key, result);
		return result;
	}

	private float measure(String word, float size, boolean bold) {
		return widths.computeIfAbsent(size + (bold ? "b" : "") + "/" + word, key -> surface.width(word, size, bold));
	}

	private String fit(String text, float size, float width, boolean bold) {
		String shown = surface.printable(text).replace('\n', ' ');
		if (surface.width(shown, size, bold) <= width) {
			return shown;
		}
		while (shown.length() > 1 && surface.width(shown + "…", size, bold) > width) {
			shown = shown.substring(0, shown.length() - 1);
		}
		return shown + "…";
	}
}
