package org.cairn.ui.trends;

import java.util.List;
import java.util.Map;

import org.cairn.ui.Messages;
import org.cairn.ui.trends.Trend.Band;

/**
 * Severity bands of the instruments the workbench charts, as CLINICAL.md gives them, shaded behind their scores.
 * The SOWS bands are conventional, not validated, and say so. When the assessment-form registry exists, the bands
 * come from each form's definition instead and this table goes.
 */
final class KnownBands {

	private static final Map<String, List<Band>> BANDS = Map.of(
			"cows", List.of(band(0, 5, "none", 0), band(5, 13, "mild", 1), band(13, 25, "moderate", 2), band(25, 37, "moderatelySevere", 3),
					band(37, 49, "severe", 4)),
			"sows", List.of(band(0, 1, "none", 0), band(1, 11, "mild", 1), band(11, 21, "moderate", 2), band(21, 65, "severe.conventional", 4)),
			"phq9", List.of(band(0, 5, "minimal", 0), band(5, 10, "mild", 1), band(10, 15, "moderate", 2), band(15, 20, "moderatelySevere", 3),
					band(20, 28, "severe", 4)),
			"gad7", List.of(band(0, 5, "minimal", 0), band(5, 10, "mild", 1), band(10, 15, "moderate", 2), band(15, 22, "severe", 4)));

	/** The highest possible total of each instrument, the top of its axis. */
	private static final Map<String, Integer> MAXIMA = Map.of("cows", 48, "sows", 64, "phq9", 27, "gad7", 21, "ciwa", 67);

	private KnownBands() {
	}

	private static Band band(double from, double to, String key, int severity) {
		return new Band(from, to, Messages.get("trends.band." + key), severity);
	}

	static List<Band> of(String formId) {
		return BANDS.getOrDefault(formId, List.of());
	}

	/** The instrument's highest total, or 0 when it is not known (the axis then fits the scores). */
	static int maximum(String formId) {
		return MAXIMA.getOrDefault(formId, 0);
	}
}
