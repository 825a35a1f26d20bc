package org.cairn.ui.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cairn.clinical.VitalsRules;
import org.cairn.model.VitalSigns;
import org.cairn.ui.Problems;
import org.cairn.ui.Messages;
import org.cairn.ui.trends.Trend.Band;
import org.cairn.ui.trends.Trend.Point;

/**
 * Vital signs on the detox flowsheet, without SWT: what a set of readings must be to be stored, and the pulse
 * against hours since last use with COWS item 1's pulse bands shaded (CLINICAL.md: 0 at 80 bpm or less, 1 at
 * 81–100, 2 at 101–120, 4 above 120), so a nurse sees the pulse in the terms the withdrawal score uses.
 */
public final class Vitals {

	private Vitals() {
	}

	/** What keeps {@code vitals} from being stored ({@link VitalsRules}), each as a sentence naming the field. */
	public static List<String> problems(VitalSigns vitals, Instant now) {
		return Problems.words(VitalsRules.problems(vitals, now));
	}

	/** COWS item 1 (resting pulse) for {@code bpm}: 0 at 80 or less, 1 at 81–100, 2 at 101–120, 4 above 120. */
	public static int cowsPulseScore(int bpm) {
		return bpm <= 80 ? 0 : bpm <= 100 ? 1 : bpm <= 120 ? 2 : 4;
	}

	/**
	 * The pulse readings against hours since {@code lastUse}, with COWS item 1's bands and the 24 to 72 hour peak
	 * window shaded. Readings without a pulse, before last use, or entered in error are left out.
	 */
	public static Trend pulseSinceLastUse(String title, Instant lastUse, List<VitalSigns> readings) {
		List<Point> points = new ArrayList<>();
		for (VitalSigns vitals : inOrder(readings)) {
			if (vitals.getPulseBpm() == null) {
				continue;
			}
			double hours = Math.round(Duration.between(lastUse, vitals.getTakenAt()).toMinutes() / 6.0) / 10.0;
			if (hours >= 0) {
				points.add(new Point(hours, vitals.getPulseBpm(), Messages.format("vitals.point", Trends.format(hours), vitals.getPulseBpm())));
			}
		}
		double xMax = Math.max(Trends.MIN_HOURS, points.isEmpty() ? 0 : Math.ceil(points.get(points.size() - 1).x() / 24) * 24);
		double highest = points.stream().mapToDouble(Point::y).max().orElse(0);
		double lowest = points.stream().mapToDouble(Point::y).min().orElse(60);
		double yMin = Math.min(40, Math.floor(lowest / 20) * 20);
		double yMax = Math.max(160, Math.ceil((highest + 1) / 20) * 20);
		List<Band> bands = List.of(band(0, 81, 0, 0), band(81, 101, 1, 1), band(101, 121, 2, 2), band(121, 400, 4, 4));
		return new Trend(title, Messages.get("trends.axis.hours"), Messages.get("vitals.axis.bpm"), 0, xMax, yMin, yMax, false, points,
				bands, List.of(new Band(Trends.PEAK_FROM_HOURS, Trends.PEAK_TO_HOURS, Messages.get("trends.peakWindow"), 2)), List.of());
	}

	private static Band band(double from, double to, int score, int severity) {
		return new Band(from, to, Messages.format("vitals.band.cowsPulse", score), severity);
	}

	/** The readings to show, oldest first: those with a time and not entered in error. */
	public static List<VitalSigns> inOrder(List<VitalSigns> readings) {
		return readings.stream().filter(vitals -> vitals.getTakenAt() != null && vitals.getEnteredInError() == null)
				.sorted(Comparator.comparing(VitalSigns::getTakenAt)).toList();
	}

	/** "130/85", or "" when the pressure was not taken. */
	public static String bloodPressure(VitalSigns vitals) {
		return vitals.getSystolicMmHg() == null || vitals.getDiastolicMmHg() == null ? ""
				: vitals.getSystolicMmHg() + "/" + vitals.getDiastolicMmHg();
	}

	/** Hours from {@code lastUse} to the reading, one decimal ("36.5"), or "" when either time is unknown. */
	public static String hoursSince(Instant lastUse, VitalSigns vitals) {
		if (lastUse == null || vitals.getTakenAt() == null) {
			return "";
		}
		return Trends.format(Math.round(Duration.between(lastUse, vitals.getTakenAt()).toMinutes() / 6.0) / 10.0);
	}
}
