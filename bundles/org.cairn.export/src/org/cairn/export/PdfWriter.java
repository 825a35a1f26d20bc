package org.cairn.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
 * Writes a {@link Layout} as a PDF on US Letter pages laid out by {@link Pages}. One embedded Unicode font (Liberation
 * Sans, shipped with PDFBox), bold drawn by stroking, so names in any Latin, Greek or Cyrillic script print as
 * written and the text can be searched and copied.
 */
public final class PdfWriter {

	/**
	 * Writes {@code layout} to {@code out}; the stream is not closed.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled (nothing is written then)
	 */
	public void write(Layout layout, OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Laying out " + layout.title(), 10);
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = font()) {
			// no glyph substitution (ligatures, contextual forms): Latin, Greek and Cyrillic text needs none, and PDFBox
			// would otherwise run its substitution rules on every line drawn (most of the time of a long record)
			ttf.setEnableGsub(false);
			PDFont font = PDType0Font.load(document, ttf, true);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(layout.title());
			info.setCreator("Cairn");
			try {
				new Pages(layout).draw(new PdfSurface(document, font), progress.split(8));
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
			document.save(out);
			progress.worked(2);
		}
	}

	private static TrueTypeFont font() throws IOException {
		try (InputStream in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
			if (in == null) {
				throw new IOException("The PDF font (Liberation Sans) is missing from PDFBox");
			}
			return new TTFParser().parse(new RandomAccessReadBuffer(in));
		}
	}

	/** Draws on PDFBox pages; PDF's y axis runs up from the bottom, the layout's down from the top. */
	private static final class PdfSurface implements Pages.Surface {
		private final PDDocument document;
		private final PDFont font;
		private final Map<Integer, Boolean> drawable = new HashMap<>();
		private PDPageContentStream content;

		PdfSurface(PDDocument document, PDFont font) {
			this.document = document;
			this.font = font;
		}

		@Override
		public void beginPage(int number) {
			PDPage page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			try {
				content = new PDPageContentStream(document, page);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void endPage() {
			try {
				content.close();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public float width(String text, float size, boolean bold) {
			try {
				return font.getStringWidth(text) / 1000 * size + (bold ? text.length() * size / 60 : 0);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void text(String text, float x, float baseline, float size, boolean bold, float grey) {
			if (text.isEmpty()) {
				return;
			}
			try {
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
				content.newLineAtOffset(x, Pages.PAGE_HEIGHT - baseline);
				content.showText(text);
				content.endText();
				content.setNonStrokingColor(0f, 0f, 0f);
				content.setStrokingColor(0f, 0f, 0f);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void line(float x1, float y1, float x2, float y2, float width) {
			try {
				content.setLineWidth(width);
				content.moveTo(x1, Pages.PAGE_HEIGHT - y1);
				content.lineTo(x2, Pages.PAGE_HEIGHT - y2);
				content.stroke();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void rectangle(float x, float y, float width, float height, float grey, boolean fill) {
			try {
				if (fill) {
					content.setNonStrokingColor(grey, grey, grey);
					content.addRect(x, Pages.PAGE_HEIGHT - y - height, width, height);
					content.fill();
					content.setNonStrokingColor(0f, 0f, 0f);
				} else {
					content.setStrokingColor(grey, grey, grey);
					content.setLineWidth(1f);
					content.addRect(x, Pages.PAGE_HEIGHT - y - height, width, height);
					content.stroke();
					content.setStrokingColor(0f, 0f, 0f);
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Tabs as spaces; other control characters and what the font has no glyph for as "?". */
		@Override
		public String printable(String text) {
			return Pages.printable(text, codePoint -> drawable.computeIfAbsent(codePoint, this::hasGlyph));
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
}
