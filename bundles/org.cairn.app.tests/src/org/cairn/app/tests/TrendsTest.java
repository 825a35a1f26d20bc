package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.DoseOutcome;
import org.cairn.store.DoseEntry;
import org.cairn.store.ScoreEntry;
import org.cairn.ui.trends.Trend;
import org.cairn.ui.trends.Trends;
import org.junit.jupiter.api.Test;

/** The numbers behind the trend charts: hours since last use, COWS bands, round ticks, missed-dose runs. */
class TrendsTest {

	static final Instant LAST_USE = Instant.parse("2026-11-20T02:00:00Z");

	static ScoreEntry score(String form, Instant at, int total) {
		return new ScoreEntry("r-" + form + at.getEpochSecond(), "p", form, "1", at, "COMPLETED", BigDecimal.valueOf(total), null, List.of());
	}

	@Test
	void withdrawalScoresArePlacedByHoursSinceLastUseWithTheirBandsAndThePeakWindow() {
		List<ScoreEntry> responses = List.of(score("cows", LAST_USE.plusSeconds(54 * 3600), 27), score("cows", LAST_USE.plusSeconds(8 * 3600), 4),
				score("cows", LAST_USE.plusSeconds(30 * 3600 + 1800), 13), score("sows", LAST_USE.plusSeconds(20 * 3600), 30),
				score("cows", LAST_USE.minusSeconds(3600), 2));
		Trend trend = Trends.sinceLastUse("cows", "COWS", LAST_USE, responses);
		assertEquals(List.of(8.0, 30.5, 54.0), trend.points().stream().map(Trend.Point::x).toList(),
				"oldest first, in hours; SOWS and a score before last use are left out");
		assertEquals(27.0, trend.peak().y());
		assertEquals(54.0, trend.peak().x());
		assertEquals("moderately severe", trend.bandOf(27).label());
		assertEquals("moderate", trend.bandOf(13).label(), "13 to 24 is moderate (CLINICAL.md)");
		assertEquals("mild", trend.bandOf(12).label());
		assertEquals("no withdrawal", trend.bandOf(4).label());
		assertEquals("severe", trend.bandOf(37).label(), "above 36 is severe");
		assertEquals(48.0, trend.yMax(), "the COWS axis goes to its highest total, 48");
		assertEquals(120.0, trend.xMax(), "at least the first five days");
		assertEquals(List.of(24.0, 72.0), List.of(trend.xBands().get(0).from(), trend.xBands().get(0).to()), "the usual peak, 24 to 72 h");
	}

	@Test
	void sowsBandsAreConventionalAndSaySo() {
		Trend trend = Trends.sinceLastUse("sows", "SOWS", LAST_USE, List.of(score("sows", LAST_USE.plusSeconds(20 * 3600), 30)));
		assertEquals("severe (conventional, not validated)", trend.bandOf(30).label());
		assertEquals(64.0, trend.yMax());
	}

	@Test
	void scoresOverTimeOfAFormWithoutKnownBandsHaveNone() {
		Trend trend = Trends.overTime("craving", "Craving", List.of(score("craving", LAST_USE, 7), score("craving", LAST_USE.plusSeconds(86400), 5)),
				ZoneOffset.UTC);
		assertEquals(2, trend.points().size());
		assertNull(trend.bandOf(7));
		assertEquals(LocalDate.of(2026, 11, 20).toEpochDay() + 2.0 / 24, trend.points().get(0).x(), 1e-9, "the day and the time of day");
	}

	@Test
	void ticksAreRoundNumbers() {
		assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), Trend.ticks(0, 48, 5));
		assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0), Trend.ticks(0, 120, 6));
		assertEquals(List.of(0.5, 1.0, 1.5, 2.0), Trend.ticks(0.3, 2.2, 4));
		assertEquals(List.of(5.0), Trend.ticks(5, 5, 4), "an empty range has one tick");
	}

	@Test
	void theLongestRunOfMissedDaysCountsConsecutiveDaysOnly() {
		LocalDate day = LocalDate.of(2026, 11, 1);
		List<DoseEntry> doses = new ArrayList<>();
		DoseOutcome[] outcomes = { DoseOutcome.OBSERVED, DoseOutcome.MISSED, DoseOutcome.MISSED, DoseOutcome.OBSERVED, DoseOutcome.MISSED,
				DoseOutcome.MISSED, DoseOutcome.MISSED, DoseOutcome.TAKE_HOME };
		for (int i = 0; i < outcomes.length; i++) {
			doses.add(new DoseEntry("d-" + i, "p", "o", day.plusDays(i), outcomes[i], BigDecimal.valueOf(60), 0, null));
		}
		assertEquals(3, Trends.longestMissedRun(doses));
		Trend trend = Trends.doses("Dose", doses, day, day.plusDays(7));
		assertEquals(5, trend.markers().size(), "each missed day is marked");
		assertEquals(3, trend.points().size(), "the doses given");
		doses.remove(5);
		assertEquals(2, Trends.longestMissedRun(doses), "a day without any record breaks the run");
	}

	/** Scores over time take the bands of the installed form's definition: its "to" is inclusive, the chart's is not. */
	@Test
	void scoresOverTimeAreBandedByTheFormsDefinition() throws Exception {
		org.cairn.forms.FormDefinition.Score total = FormRendererTest.standard("phq9").total().orElseThrow();
		Trend trend = Trends.overTime("phq9", "PHQ-9", List.of(score("phq9", LAST_USE, 9), score("phq9", LAST_USE.plusSeconds(86400 * 14), 10)),
				ZoneOffset.UTC, Trends.bandsOf(total), 27);
		assertEquals("Mild", trend.bandOf(9).label());
		assertEquals("Moderate", trend.bandOf(10).label());
		assertEquals("Severe", trend.bandOf(27).label());
		assertEquals("None or minimal", trend.bandOf(0).label());
		assertEquals(27.0, trend.yMax(), "the axis goes to the form's highest total");
	}
}
