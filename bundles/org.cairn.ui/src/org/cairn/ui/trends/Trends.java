package org.cairn.ui.trends;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cairn.model.DoseOutcome;
import org.cairn.store.DoseEntry;
import org.cairn.store.ScoreEntry;
import org.cairn.ui.Messages;
import org.cairn.ui.trends.Trend.Band;
import org.cairn.ui.trends.Trend.Point;

/**
 * Builds the trends the workbench draws from what the store lists: a withdrawal scale against hours since last use
 * (the detox flowsheet), any form's scores over time, and the daily dose with missed doses marked.
 */
public final class Trends {

	/** Acute withdrawal from short-acting opioids peaks 24 to 72 hours after last use (DESIGN.md, CLINICAL.md). */
	public static final double PEAK_FROM_HOURS = 24;
	public static final double PEAK_TO_HOURS = 72;
	/** The flowsheet shows at least the first five days. */
	static final double MIN_HOURS = 120;

	private Trends() {
	}

	/**
	 * {@code formId}'s scores (COWS, SOWS) against hours since {@code lastUse}, with the form's bands and the 24 to 72
	 * hour peak window shaded; responses before last use (a typing error) are left out.
	 */
	public static Trend sinceLastUse(String formId, String title, Instant lastUse, List<ScoreEntry> responses) {
		List<Point> points = new ArrayList<>();
		for (ScoreEntry entry : sorted(responses, formId)) {
			double hours = Duration.between(lastUse, entry.administeredAt()).toMinutes() / 60.0;
			if (hours >= 0) {
				points.add(new Point(Math.round(hours * 10) / 10.0, entry.total().doubleValue(),
						Messages.format("trends.point.hours", format(Math.round(hours * 10) / 10.0), total(entry.total()))));
			}
		}
		double xMax = Math.max(MIN_HOURS, points.isEmpty() ? 0 : Math.ceil(points.get(points.size() - 1).x() / 24) * 24);
		return new Trend(title, Messages.get("trends.axis.hours"), Messages.get("trends.axis.score"), 0, xMax, 0, yMax(formId, points), false,
				points, KnownBands.of(formId),
				List.of(new Band(PEAK_FROM_HOURS, PEAK_TO_HOURS, Messages.get("trends.peakWindow"), 2)), List.of());
	}

	/** {@code formId}'s scores by date, with the form's bands when they are known. */
	public static Trend overTime(String formId, String title, List<ScoreEntry> responses, ZoneId zone) {
		return overTime(formId, title, responses, zone, KnownBands.of(formId), KnownBands.maximum(formId));
	}

	/**
	 * {@code formId}'s scores by date with {@code bands} shaded (from the form's definition) and the axis up to
	 * {@code maximum} (0: fitted to the scores).
	 */
	public static Trend overTime(String formId, String title, List<ScoreEntry> responses, ZoneId zone, List<Band> bands, int maximum) {
		List<Point> points = new ArrayList<>();
		for (ScoreEntry entry : sorted(responses, formId)) {
			LocalDate day = entry.administeredAt().atZone(zone).toLocalDate();
			double x = entry.administeredAt().atZone(zone).toLocalDateTime().toLocalDate().toEpochDay()
					+ entry.administeredAt().atZone(zone).toLocalTime().toSecondOfDay() / 86400.0;
			points.add(new Point(x, entry.total().doubleValue(), Messages.format("trends.point.day", Messages.date(day), total(entry.total()))));
		}
		double xMin = points.isEmpty() ? LocalDate.now(zone).toEpochDay() - 30 : Math.floor(points.get(0).x()) - 1;
		double xMax = points.isEmpty() ? LocalDate.now(zone).toEpochDay() : Math.ceil(points.get(points.size() - 1).x()) + 1;
		double highest = points.stream().mapToDouble(Point::y).max().orElse(0);
		double yMax = maximum > 0 ? Math.max(maximum, highest) : niceTop(Math.max(10, highest * 1.1));
		return new Trend(title, Messages.get("trends.axis.date"), Messages.get("trends.axis.score"), xMin, xMax, 0, yMax, true, points, bands,
				List.of(), List.of());
	}

	/**
	 * A definition's bands as a chart shades them: {@code to} is inclusive in a definition and exclusive on the
	 * chart, so whole-number scores fall in the band the definition says.
	 */
	public static List<Band> bandsOf(org.cairn.forms.FormDefinition.Score score) {
		List<Band> bands = new ArrayList<>();
		for (org.cairn.forms.FormDefinition.Band band : score.bands()) {
			bands.add(new Band(band.from().doubleValue(), band.to().doubleValue() + 1, band.label(), band.severity()));
		}
		return bands;
	}

	/** The dose given each day (mg; observed, take-home or given), and a marker on each day a dose was missed. */
	public static Trend doses(String title, List<DoseEntry> doses, LocalDate from, LocalDate to) {
		List<Point> points = new ArrayList<>();
		List<Double> missed = new ArrayList<>();
		for (DoseEntry dose : doses) {
			double day = dose.scheduledFor().toEpochDay();
			if (missed(dose.outcome()) || dose.outcome() == DoseOutcome.REFUSED) {
				missed.add(day);
			} else if (dose.doseMg() != null) {
				points.add(new Point(day, dose.doseMg().doubleValue(),
						Messages.format("trends.point.dose", Messages.date(dose.scheduledFor()), total(dose.doseMg()))));
			}
		}
		double yMax = points.stream().mapToDouble(Point::y).max().orElse(10);
		return new Trend(title, Messages.get("trends.axis.date"), Messages.get("trends.axis.mg"), from.toEpochDay(), to.toEpochDay() + 1, 0,
				niceTop(yMax * 1.1), true, points, List.of(), List.of(), missed);
	}

	/** Whether a dose outcome means the patient did not come for the dose. */
	public static boolean missed(DoseOutcome outcome) {
		return outcome == DoseOutcome.MISSED;
	}

	/**
	 * The longest run of consecutive days on which a dose was missed and none was given, in {@code doses}: in an
	 * opioid treatment programme several missed days in a row mean the dose must be reassessed.
	 */
	public static int longestMissedRun(List<DoseEntry> doses) {
		java.util.TreeMap<LocalDate, Boolean> days = new java.util.TreeMap<>();
		for (DoseEntry dose : doses) {
			boolean missed = missed(dose.outcome());
			days.merge(dose.scheduledFor(), missed, (was, is) -> was && is);
		}
		int longest = 0;
		int run = 0;
		LocalDate previous = null;
		for (java.util.Map.Entry<LocalDate, Boolean> day : days.entrySet()) {
			if (day.getValue()) {
				run = previous != null && day.getKey().equals(previous.plusDays(1)) ? run + 1 : 1;
				previous = day.getKey();
				longest = Math.max(longest, run);
			} else {
				run = 0;
				previous = null;
			}
		}
		return longest;
	}

	private static List<ScoreEntry> sorted(List<ScoreEntry> responses, String formId) {
		return responses.stream().filter(entry -> formId.equals(entry.formId()) && entry.total() != null && entry.administeredAt() != null)
				.sorted(Comparator.comparing(ScoreEntry::administeredAt)).toList();
	}

	private static double yMax(String formId, List<Point> points) {
		int maximum = KnownBands.maximum(formId);
		double highest = points.stream().mapToDouble(Point::y).max().orElse(0);
		return maximum > 0 ? Math.max(maximum, highest) : niceTop(Math.max(10, highest * 1.1));
	}

	private static double niceTop(double value) {
		List<Double> ticks = Trend.ticks(0, value, 5);
		double top = ticks.get(ticks.size() - 1);
		return top >= value ? top : top + (ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : value);
	}

	static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String total(BigDecimal total) {
		return total.stripTrailingZeros().toPlainString();
	}
}
