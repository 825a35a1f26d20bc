package org.cairn.ui.trends;

import java.time.LocalDate;
import java.util.List;

import org.cairn.ui.trends.Trend.Band;
import org.cairn.ui.trends.Trend.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a {@link Trend} with plain SWT: the severity bands shaded across the chart and named at its right edge, a
 * shaded window on the x axis (the withdrawal peak), grid lines at round ticks, the points joined by a line, and
 * markers under the x axis (missed doses). Hovering a point shows its value. The chart's text summary is its
 * accessible name, so a screen reader hears what a sighted user sees.
 */
public class TrendChart extends Canvas {

	private static final java.time.format.DateTimeFormatter SHORT_DATE = java.time.format.DateTimeFormatter
			.ofLocalizedDate(java.time.format.FormatStyle.SHORT);
	private static final int LEFT = 44;
	private static final int RIGHT = 150;
	private static final int TOP = 44;
	private static final int BOTTOM = 40;
	private static final RGB[] SEVERITY = { new RGB(0xe8, 0xf5, 0xe9), new RGB(0xfb, 0xf6, 0xd9), new RGB(0xfd, 0xe9, 0xcf),
			new RGB(0xfb, 0xd9, 0xc9), new RGB(0xf6, 0xc8, 0xc8) };

	private Trend trend;
	private String summary = "";
	private final Color[] bandColours = new Color[SEVERITY.length];
	private Color window;
	private Color line;
	private Color grid;
	private Color missed;

	public TrendChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		for (int i = 0; i < SEVERITY.length; i++) {
			bandColours[i] = new Color(SEVERITY[i]);
		}
		window = new Color(new RGB(0xdf, 0xe7, 0xf3));
		line = new Color(new RGB(0x1f, 0x5f, 0x8b));
		grid = new Color(new RGB(0xd0, 0xd4, 0xd8));
		missed = new Color(new RGB(0xb0, 0x1e, 0x1e));
		addListener(SWT.Paint, event -> paint(event.gc));
		getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
				event.result = trend == null ? "" : trend.title() + ". " + summary;
			}
		});
		addListener(SWT.MouseMove, event -> hover(event.x, event.y));
		addListener(SWT.Dispose, event -> {
			for (Color colour : bandColours) {
				colour.dispose();
			}
			window.dispose();
			line.dispose();
			grid.dispose();
			missed.dispose();
		});
	}

	/** Shows {@code shown}; {@code text} says in words what it shows (the accessible name). */
	public void setTrend(Trend shown, String text) {
		this.trend = shown;
		this.summary = text == null ? "" : text;
		getAccessible().sendEvent(org.eclipse.swt.accessibility.ACC.EVENT_NAME_CHANGED, null);
		redraw();
	}

	public Trend getTrend() {
		return trend;
	}

	@Override
	public org.eclipse.swt.graphics.Point computeSize(int wHint, int hHint, boolean changed) {
		return new org.eclipse.swt.graphics.Point(wHint == SWT.DEFAULT ? 560 : wHint, hHint == SWT.DEFAULT ? 230 : hHint);
	}

	private Rectangle plot() {
		Rectangle area = getClientArea();
		return new Rectangle(area.x + LEFT, area.y + TOP, Math.max(10, area.width - LEFT - RIGHT), Math.max(10, area.height - TOP - BOTTOM));
	}

	private int x(Rectangle plot, double value) {
		return plot.x + (int) Math.round((value - trend.xMin()) / (trend.xMax() - trend.xMin()) * plot.width);
	}

	private int y(Rectangle plot, double value) {
		return plot.y + plot.height - (int) Math.round((value - trend.yMin()) / (trend.yMax() - trend.yMin()) * plot.height);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (trend == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		Rectangle plot = plot();
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawString(trend.title(), area.x + 4, area.y + 4, true);

		// Bands across the plot, each named at the right edge.
		for (Band band : trend.yBands()) {
			double from = Math.max(band.from(), trend.yMin());
			double to = Math.min(band.to(), trend.yMax());
			if (to <= from) {
				continue;
			}
			int top = y(plot, to);
			int bottom = y(plot, from);
			gc.setBackground(bandColours[Math.max(0, Math.min(band.severity(), bandColours.length - 1))]);
			gc.fillRectangle(plot.x, top, plot.width, bottom - top);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			int textHeight = gc.getFontMetrics().getHeight();
			if (bottom - top >= textHeight - 2) {
				gc.drawString(band.label(), plot.x + plot.width + 6, (top + bottom - textHeight) / 2, true);
			}
		}
		// A window on the x axis: hatched lightly over the bands, named at the top.
		for (Band band : trend.xBands()) {
			int left = x(plot, Math.max(band.from(), trend.xMin()));
			int right = x(plot, Math.min(band.to(), trend.xMax()));
			gc.setBackground(window);
			gc.setAlpha(110);
			gc.fillRectangle(left, plot.y, right - left, plot.height);
			gc.setAlpha(255);
			gc.setForeground(line);
			gc.drawString(band.label(), left + 4, plot.y + 2, true);
		}

		// Grid and tick labels.
		gc.setLineWidth(1);
		for (double tick : Trend.ticks(trend.yMin(), trend.yMax(), 5)) {
			int y = y(plot, tick);
			gc.setForeground(grid);
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			String label = Trends.format(tick);
			gc.drawString(label, plot.x - 6 - gc.textExtent(label).x, y - gc.getFontMetrics().getHeight() / 2, true);
		}
		List<Double> xTicks = trend.xIsDay() ? dayTicks(Math.max(2, plot.width / 90)) : Trend.ticks(trend.xMin(), trend.xMax(), Math.max(2, plot.width / 70));
		for (double tick : xTicks) {
			int x = x(plot, tick);
			gc.setForeground(grid);
			gc.drawLine(x, plot.y, x, plot.y + plot.height);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			String label = trend.xIsDay() ? SHORT_DATE.format(LocalDate.ofEpochDay((long) tick)) : Trends.format(tick);
			gc.drawString(label, x - gc.textExtent(label).x / 2, plot.y + plot.height + 4, true);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(plot);
		String axis = trend.xLabel();
		gc.drawString(axis, plot.x + plot.width - gc.textExtent(axis).x, plot.y + plot.height + 20, true);
		gc.drawString(trend.yLabel(), area.x + 4, plot.y - gc.getFontMetrics().getHeight() - 4, true);

		// Markers under the axis (missed doses).
		gc.setBackground(missed);
		for (double marker : trend.markers()) {
			int x = x(plot, marker);
			int base = plot.y + plot.height;
			gc.fillPolygon(new int[] { x - 5, base - 1, x + 5, base - 1, x, base - 10 });
		}

		// The series.
		List<Point> points = trend.points();
		gc.setForeground(line);
		gc.setBackground(line);
		gc.setLineWidth(2);
		for (int i = 1; i < points.size(); i++) {
			gc.drawLine(x(plot, points.get(i - 1).x()), y(plot, points.get(i - 1).y()), x(plot, points.get(i).x()), y(plot, points.get(i).y()));
		}
		for (Point point : points) {
			gc.fillOval(x(plot, point.x()) - 3, y(plot, point.y()) - 3, 7, 7);
		}
	}

	/** About {@code count} dates, on whole days. */
	private List<Double> dayTicks(int count) {
		List<Double> ticks = Trend.ticks(trend.xMin(), trend.xMax(), count);
		return ticks.stream().map(Math::floor).distinct().toList();
	}

	private void hover(int mouseX, int mouseY) {
		if (trend == null) {
			return;
		}
		Rectangle plot = plot();
		String tip = null;
		for (Point point : trend.points()) {
			if (Math.abs(x(plot, point.x()) - mouseX) <= 5 && Math.abs(y(plot, point.y()) - mouseY) <= 5) {
				Band band = trend.bandOf(point.y());
				tip = band == null ? point.label() : point.label() + " (" + band.label() + ")";
			}
		}
		if (tip == null ? getToolTipText() != null : !tip.equals(getToolTipText())) {
			setToolTipText(tip);
		}
	}
}
