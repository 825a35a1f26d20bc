package org.cairn.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes a {@link Layout} as a PDF on US Letter pages: the running head (patient and MRN) and, for a disclosure, the
 * 42 CFR Part 2 notice at the top of every page; "Page n of m" and who produced it when at the foot. One embedded
 * Unicode font (Liberation Sans, shipped with PDFBox), bold drawn by stroking, so names in any Latin, Greek or Cyrillic
 * script print as written and the text can be searched and copied.
 */
public final class PdfWriter {

	private static final float MARGIN = 54;
	private static final float BODY = 10;
	private static final float SMALL = 8;
	private static final float LEADING = 1.3f;
	private static final float GAP = 6;

	private PDDocument document;
	private PDFont font;
	private final Map<Integer, Boolean> printable = new HashMap<>();
	private PDPage page;
	private PDPageContentStream content;
	private float y;
	private float top;
	private Layout layout;

	/**
	 * Writes {@code layout} to {@code out}; the stream is not closed.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled (nothing is written then)
	 */
	public void write(Layout layout, OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Laying out " + layout.title(), layout.blocks().size() + 10);
		this.layout = layout;
		try (PDDocument doc = new PDDocument()) {
			document = doc;
			try (InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
				if (ttf == null) {
					throw new IOException("The PDF font (Liberation Sans) is missing from PDFBox");
				}
				font = PDType0Font.load(doc, ttf);
			}
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(layout.title());
			info.setCreator("Cairn");
			newPage();
			for (Layout.Block block : layout.blocks()) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				block(block);
				progress.worked(1);
			}
			content.close();
			footers();
			progress.setWorkRemaining(1);
			doc.save(out);
			progress.worked(1);
		} finally {
			document = null;
			content = null;
		}
	}

	private void block(Layout.Block block) throws IOException {
		switch (block) {
		case Layout.Heading heading when heading.level() == 0 -> {
			if (y < top) {
				newPage();
			}
			paragraph(heading.text(), 16, true, MARGIN, width(), 0f);
			y -= GAP;
		}
		case Layout.Heading heading -> {
			float size = heading.level() == 1 ? 13 : 11;
			float needed = size * LEADING * 2 + (heading.level() == 1 ? 60 : 30);
			if (y - needed < MARGIN + 30) {
				newPage();
			} else if (y < top) {
				y -= heading.level() == 1 ? GAP * 2 : GAP;
			}
			if (heading.level() == 1) {
				line(MARGIN, y, page.getMediaBox().getWidth() - MARGIN, y, 0.6f);
				y -= 4;
			}
			paragraph(heading.text(), size, true, MARGIN, width(), 0f);
		}
		case Layout.Fields fields -> {
			float labelWidth = 0;
			for (Layout.Field field : fields.fields()) {
				labelWidth = Math.max(labelWidth, textWidth(field.label(), BODY, true));
			}
			labelWidth = Math.min(labelWidth + 10, width() * 0.35f);
			for (Layout.Field field : fields.fields()) {
				List<String> labels = wrap(field.label(), BODY, labelWidth - 9, true);
				List<String> values = wrap(field.value(), BODY, width() - labelWidth, false);
				int lines = Math.max(labels.size(), values.size());
				for (int i = 0; i < lines; i++) {
					room(BODY * LEADING);
					y -= BODY * LEADING;
					if (i < labels.size()) {
						show(labels.get(i), MARGIN, y, BODY, true, 0.35f);
					}
					if (i < values.size()) {
						show(values.get(i), MARGIN + labelWidth, y, BODY, false, 0f);
					}
				}
			}
			y -= GAP / 2;
		}
		case Layout.Text text -> {
			y -= GAP / 2;
			paragraph(text.text(), BODY, false, MARGIN, width(), 0f);
			y -= GAP / 2;
		}
		case Layout.Table table -> table(table);
		case Layout.Note note -> {
			y -= 2;
			paragraph(note.text(), SMALL, note.warning(), MARGIN, width(), note.warning() ? 0f : 0.4f);
			y -= 2;
		}
		case Layout.PageBreak pageBreak -> newPage();
		}
	}

	private void paragraph(String text, float size, boolean bold, float x, float width, float grey) throws IOException {
		for (String line : wrap(text, size, width, bold)) {
			room(size * LEADING);
			y -= size * LEADING;
			show(line, x, y, size, bold, grey);
		}
	}

	private void table(Layout.Table table) throws IOException {
		int columns = table.header().size();
		float[] natural = new float[columns];
		for (int c = 0; c < columns; c++) {
			natural[c] = Math.max(textWidth(table.header().get(c), SMALL + 1, true), 20);
			for (List<String> row : table.rows()) {
				natural[c] = Math.max(natural[c], c < row.size() ? Math.min(textWidth(row.get(c), BODY - 1, false), width() * 0.6f) : 0);
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
		y -= GAP / 2;
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
			if (y - height < MARGIN + 24) {
				newPage();
				header(table, widths);
			}
			float x = MARGIN;
			for (int c = 0; c < columns; c++) {
				float lineY = y - 2;
				for (String line : cells.get(c)) {
					lineY -= (BODY - 1) * LEADING;
					show(line, x + 4, lineY, BODY - 1, false, 0f);
				}
				x += widths[c];
			}
			y -= height;
			line(MARGIN, y, MARGIN + width(), y, 0.25f);
		}
		y -= GAP;
	}

	private void header(Layout.Table table, float[] widths) throws IOException {
		float height = (SMALL + 1) * LEADING + 4;
		room(height);
		content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
		content.addRect(MARGIN, y - height, width(), height);
		content.fill();
		content.setNonStrokingColor(0f, 0f, 0f);
		float x = MARGIN;
		for (int c = 0; c < widths.length; c++) {
			List<String> wrapped = wrap(table.header().get(c), SMALL + 1, widths[c] - 8, true);
			show(wrapped.isEmpty() ? "" : wrapped.get(0), x + 4, y - (SMALL + 1) * LEADING, SMALL + 1, true, 0f);
			x += widths[c];
		}
		y -= height;
	}

	/** Starts a new page when fewer than {@code height} points are left above the footer. */
	private void room(float height) throws IOException {
		if (y - height < MARGIN + 20) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		page = new PDPage(PDRectangle.LETTER);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		float pageWidth = page.getMediaBox().getWidth();
		y = page.getMediaBox().getHeight() - MARGIN + 18;
		show(fit(layout.runningHead(), SMALL + 1, width() * 0.65f, true), MARGIN, y, SMALL + 1, true, 0f);
		String title = fit(layout.title(), SMALL + 1, width() * 0.33f, false);
		show(title, pageWidth - MARGIN - textWidth(title, SMALL + 1, false), y, SMALL + 1, false, 0.3f);
		y -= 5;
		line(MARGIN, y, pageWidth - MARGIN, y, 0.5f);
		if (layout.notice() != null) {
			List<String> lines = wrap(layout.notice(), SMALL + 1, width() - 12, true);
			float height = lines.size() * (SMALL + 1) * LEADING + 8;
			y -= 6;
			content.setLineWidth(1f);
			content.addRect(MARGIN, y - height, width(), height);
			content.stroke();
			float lineY = y - 2;
			for (String line : lines) {
				lineY -= (SMALL + 1) * LEADING;
				show(line, MARGIN + 6, lineY, SMALL + 1, true, 0f);
			}
			y -= height;
		}
		y -= GAP;
		top = y;
	}

	private void footers() throws IOException {
		int count = document.getNumberOfPages();
		for (int index = 0; index < count; index++) {
			PDPage each = document.getPage(index);
			try (PDPageContentStream footer = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
				content = footer;
				float pageWidth = each.getMediaBox().getWidth();
				float baseline = MARGIN - 24;
				line(MARGIN, baseline + SMALL + 4, pageWidth - MARGIN, baseline + SMALL + 4, 0.4f);
				show(fit(layout.footer(), SMALL, width() * 0.75f, false), MARGIN, baseline, SMALL, false, 0.3f);
				String number = "Page " + (index + 1) + " of " + count;
				show(number, pageWidth - MARGIN - textWidth(number, SMALL, false), baseline, SMALL, false, 0.3f);
			}
		}
	}

	private float width() {
		return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
	}

	private void line(float x1, float y1, float x2, float y2, float width) throws IOException {
		content.setLineWidth(width);
		content.moveTo(x1, y1);
		content.lineTo(x2, y2);
		content.stroke();
	}

	private void show(String text, float x, float baseline, float size, boolean bold, float grey) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		content.beginText();
		content.setFont(font, size);
		content.setNonStrokingColor(grey, grey, grey);
		if (bold) {
			content.setStrokingColor(grey, grey, grey);
			content.setLineWidth(size / 30);
			content.setRenderingMode(RenderingMode.FILL_STROKE);
		} else {
			content.setRenderingMode(RenderingMode.FILL);
		}
		content.newLineAtOffset(x, baseline);
		content.showText(text);
		content.endText();
		content.setNonStrokingColor(0f, 0f, 0f);
		content.setStrokingColor(0f, 0f, 0f);
	}

	/** {@code text} broken into lines no wider than {@code width}: at spaces where it can, inside a word where it must. */
	List<String> wrap(String text, float size, float width, boolean bold) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ", -1)) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (textWidth(candidate, size, bold) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (textWidth(word, size, bold) > width && word.length() > 1) {
					int cut = word.length() - 1;
					while (cut > 1 && textWidth(word.substring(0, cut), size, bold) > width) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private String fit(String text, float size, float width, boolean bold) throws IOException {
		String shown = printable(text).replace('\n', ' ');
		if (textWidth(shown, size, bold) <= width) {
			return shown;
		}
		while (shown.length() > 1 && textWidth(shown + "…", size, bold) > width) {
			shown = shown.substring(0, shown.length() - 1);
		}
		return shown + "…";
	}

	private float textWidth(String text, float size, boolean bold) throws IOException {
		return font.getStringWidth(printable(text)) / 1000 * size + (bold ? text.length() * size / 60 : 0);
	}

	/** The text with what the font cannot draw replaced: tabs by spaces, other control characters and missing glyphs by "?". */
	private String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(codePoint -> {
			if (codePoint == '\n') {
				out.append('\n');
			} else if (codePoint == '\t') {
				out.append("    ");
			} else if (Character.isISOControl(codePoint) || !printable.computeIfAbsent(codePoint, this::hasGlyph)) {
				out.append('?');
			} else {
				out.appendCodePoint(codePoint);
			}
		});
		return out.toString();
	}

	private boolean hasGlyph(int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}
}
