package org.cairn.ui.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * What one trend chart shows, without SWT: points (x, y), the value ranges shaded behind them (severity bands on
 * y, or a window on x such as the 24 to 72 hour withdrawal peak), markers along the x axis (missed doses), the axes'
 * ranges and their ticks. {@code xIsDay} means x counts days since the epoch (labels are dates), else x is a number
 * (hours since last use).
 */
public record Trend(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin, double yMax, boolean xIsDay,
		List<Point> points, List<Band> yBands, List<Band> xBands, List<Double> markers) {

	/** A value; {@code label} names it for the summary and the tooltip ("52 h: 27"). */
	public record Point(double x, double y, String label) {
	}

	/**
	 * A shaded range {@code from} (included) to {@code to} (excluded) with its label and a severity (0 none to 4
	 * severe) that picks its colour.
	 */
	public record Band(double from, double to, String label, int severity) {
	}

	/** The band {@code y} falls in, or null. */
	public Band bandOf(double y) {
		for (Band band : yBands) {
			if (y >= band.from() && y < band.to()) {
				return band;
			}
		}
		return null;
	}

	/** The highest point (the first of equals), or null when there are none. */
	public Point peak() {
		Point peak = null;
		for (Point point : points) {
			if (peak == null || point.y() > peak.y()) {
				peak = point;
			}
		}
		return peak;
	}

	/**
	 * Round tick values from {@code min} to {@code max}, about {@code count} of them, at a step of 1, 2 or 5 times a
	 * power of ten (so an axis reads 0, 10, 20... and not 0, 9.6, 19.2...).
	 */
	public static List<Double> ticks(double min, double max, int count) {
		List<Double> ticks = new ArrayList<>();
		if (!(max > min) || count < 1) {
			ticks.add(min);
			return ticks;
		}
		double raw = (max - min) / count;
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = power;
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			step = factor * power;
			if (step >= raw) {
				break;
			}
		}
		double first = Math.ceil(min / step - 1e-9) * step;
		for (double tick = first; tick <= max + step * 1e-9; tick += step) {
			ticks.add(Math.abs(tick) < step * 1e-9 ? 0 : Math.round(tick / step) * step);
		}
		return ticks;
	}
}
