package org.cairn.ui.export;

import java.util.HashMap;
import java.util.Map;

import org.cairn.export.Layout;
import org.cairn.export.Pages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;

/**
 * Prints a {@link Layout} through SWT: the same pages as its PDF ({@link Pages} lays both out), drawn with the
 * printer's sans-serif font at the printer's resolution. Works off the UI thread; a cancelled job is cancelled at the
 * printer too, so no half record comes out.
 */
public final class Printing {

	private Printing() {
	}

	/**
	 * Prints {@code layout} on the printer {@code data} names.
	 *
	 * @return the number of pages printed
	 * @throws OperationCanceledException when the monitor is cancelled (the print job is cancelled)
	 * @throws IllegalStateException      when the printer will not start the job
	 */
	public static int print(Layout layout, PrinterData data, IProgressMonitor monitor) {
		Printer printer = new Printer(data);
		try {
			if (!printer.startJob(layout.title())) {
				throw new IllegalStateException("The printer " + data.name + " did not start the print job");
			}
			GC gc = new GC(printer);
			Surface surface = new Surface(printer, gc);
			try {
				int pages = new Pages(layout).draw(surface, monitor);
				printer.endJob();
				return pages;
			} catch (RuntimeException e) {
				printer.cancelJob();
				throw e;
			} finally {
				surface.dispose();
				gc.dispose();
			}
		} finally {
			printer.dispose();
		}
	}

	/** Draws in points on the printer: scaled by its resolution, placed from the paper's corner. */
	private static final class Surface implements Pages.Surface {
		private final Printer printer;
		private final GC gc;
		private final float scale;
		private final Rectangle trim;
		private final String family;
		private final Map<String, Font> fonts = new HashMap<>();
		private final Map<Integer, Color> greys = new HashMap<>();

		Surface(Printer printer, GC gc) {
			this.printer = printer;
			this.gc = gc;
			Point dpi = printer.getDPI();
			this.scale = dpi.y / 72f;
			this.trim = printer.computeTrim(0, 0, 0, 0);
			FontData[] system = printer.getSystemFont().getFontData();
			this.family = system.length == 0 ? "Sans" : system[0].getName();
		}

		@Override
		public void beginPage(int number) {
			printer.startPage();
		}

		@Override
		public void endPage() {
			printer.endPage();
		}

		@Override
		public float width(String text, float size, boolean bold) {
			gc.setFont(font(size, bold));
			return gc.textExtent(text, SWT.DRAW_TRANSPARENT).x / scale;
		}

		@Override
		public void text(String text, float x, float baseline, float size, boolean bold, float grey) {
			if (text.isEmpty()) {
				return;
			}
			gc.setFont(font(size, bold));
			gc.setForeground(grey(grey));
			FontMetrics metrics = gc.getFontMetrics();
			int top = Math.round(baseline * scale) - metrics.getAscent() - metrics.getLeading() + trim.y;
			gc.drawString(text, Math.round(x * scale) + trim.x, top, true);
		}

		@Override
		public void line(float x1, float y1, float x2, float y2, float width) {
			gc.setForeground(grey(0f));
			gc.setLineWidth(Math.max(1, Math.round(width * scale)));
			gc.drawLine(Math.round(x1 * scale) + trim.x, Math.round(y1 * scale) + trim.y, Math.round(x2 * scale) + trim.x, Math.round(y2 * scale) + trim.y);
		}

		@Override
		public void rectangle(float x, float y, float width, float height, float grey, boolean fill) {
			int left = Math.round(x * scale) + trim.x;
			int top = Math.round(y * scale) + trim.y;
			if (fill) {
				gc.setBackground(grey(grey));
				gc.fillRectangle(left, top, Math.round(width * scale), Math.round(height * scale));
			} else {
				gc.setForeground(grey(grey));
				gc.setLineWidth(Math.max(1, Math.round(scale)));
				gc.drawRectangle(left, top, Math.round(width * scale), Math.round(height * scale));
			}
		}

		/** Tabs as spaces, other control characters as "?"; the platform's font fallback draws every script. */
		@Override
		public String printable(String text) {
			return Pages.printable(text, codePoint -> true);
		}

		private Font font(float size, boolean bold) {
			return fonts.computeIfAbsent(size + (bold ? "b" : ""), key -> new Font(printer, family, Math.round(size), bold ? SWT.BOLD : SWT.NORMAL));
		}

		private Color grey(float level) {
			int value = Math.round(level * 255);
			return greys.computeIfAbsent(value, v -> new Color(printer, new RGB(v, v, v)));
		}

		void dispose() {
			fonts.values().forEach(Font::dispose);
			greys.values().forEach(Color::dispose);
		}
	}
}
