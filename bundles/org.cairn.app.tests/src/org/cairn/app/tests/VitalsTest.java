package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.ErrorMark;
import org.cairn.model.VitalSigns;
import org.cairn.ui.trends.Trend;
import org.cairn.ui.trends.Vitals;
import org.junit.jupiter.api.Test;

/**
 * Vital signs on the detox flowsheet: what is refused before it is stored, COWS item 1's pulse score, and the pulse
 * against hours since last use.
 */
class VitalsTest {

	static final Instant LAST_USE = Instant.parse("2026-11-20T02:00:00Z");
	static final Instant NOW = LAST_USE.plusSeconds(40 * 3600);

	static VitalSigns vitals(Instant at, Integer pulse, Integer systolic, Integer diastolic) {
		VitalSigns vitals = CairnFactory.eINSTANCE.createVitalSigns();
		vitals.setTakenAt(at);
		vitals.setPulseBpm(pulse);
		vitals.setSystolicMmHg(systolic);
		vitals.setDiastolicMmHg(diastolic);
		return vitals;
	}

	@Test
	void completePlausibleReadingsPass() {
		VitalSigns vitals = vitals(NOW, 96, 134, 86);
		vitals.setRespiratoryRate(18);
		vitals.setTemperatureCelsius(new BigDecimal("37.4"));
		vitals.setOxygenSaturation(97);
		assertEquals(List.of(), Vitals.problems(vitals, NOW));
		assertEquals(List.of(), Vitals.problems(vitals(NOW, 72, null, null), NOW), "one measurement is enough");
	}

	@Test
	void eachImpossibleOrMissingValueIsNamed() {
		assertEquals(List.of("Enter at least one measurement."), Vitals.problems(vitals(NOW, null, null, null), NOW));
		assertEquals(List.of("Pulse (bpm) must be between 20 and 250."), Vitals.problems(vitals(NOW, 960, null, null), NOW),
				"a typing error (960 for 96) is refused");
		assertEquals(List.of("Enter both the systolic and the diastolic pressure, or neither."),
				Vitals.problems(vitals(NOW, null, 130, null), NOW));
		assertEquals(List.of("The diastolic pressure must be below the systolic."), Vitals.problems(vitals(NOW, null, 80, 120), NOW),
				"the two pressures swapped");
		VitalSigns fahrenheit = vitals(NOW, null, null, null);
		fahrenheit.setTemperatureCelsius(new BigDecimal("99.1"));
		assertEquals(List.of("Temperature (°C) must be between 30.0 and 44.0."), Vitals.problems(fahrenheit, NOW),
				"a temperature in Fahrenheit is refused");
		VitalSigns saturation = vitals(NOW, null, null, null);
		saturation.setOxygenSaturation(101);
		assertEquals(List.of("Oxygen saturation (%) must be between 50 and 100."), Vitals.problems(saturation, NOW));
		assertEquals(List.of("The time the vital signs were taken is in the future."),
				Vitals.problems(vitals(NOW.plusSeconds(3600), 80, null, null), NOW));
		assertEquals(List.of(), Vitals.problems(vitals(NOW.plusSeconds(120), 80, null, null), NOW),
				"two minutes ahead is a clock difference, not the future");
		assertEquals(List.of("Say when the vital signs were taken."), Vitals.problems(vitals(null, 80, null, null), NOW));
	}

	@Test
	void thePulseScoresAsCowsItemOne() {
		assertEquals(0, Vitals.cowsPulseScore(80), "80 or less scores 0 (CLINICAL.md)");
		assertEquals(1, Vitals.cowsPulseScore(81));
		assertEquals(1, Vitals.cowsPulseScore(100));
		assertEquals(2, Vitals.cowsPulseScore(101));
		assertEquals(2, Vitals.cowsPulseScore(120));
		assertEquals(4, Vitals.cowsPulseScore(121), "above 120 scores 4; there is no 3");
	}

	@Test
	void thePulseIsChartedByHoursSinceLastUseWithCowsPulseBands() {
		VitalSigns wrong = vitals(LAST_USE.plusSeconds(20 * 3600), 150, null, null);
		ErrorMark mark = CairnFactory.eINSTANCE.createErrorMark();
		mark.setReason("wrong patient");
		wrong.setEnteredInError(mark);
		List<VitalSigns> readings = List.of(vitals(LAST_USE.plusSeconds(50 * 3600), 118, 150, 95),
				vitals(LAST_USE.plusSeconds(12 * 3600 + 1800), 84, null, null), vitals(LAST_USE.minusSeconds(3600), 70, null, null),
				vitals(LAST_USE.plusSeconds(30 * 3600), null, 140, 90), wrong);
		Trend trend = Vitals.pulseSinceLastUse("Pulse", LAST_USE, readings);
		assertEquals(List.of(12.5, 50.0), trend.points().stream().map(Trend.Point::x).toList(),
				"oldest first; a reading without a pulse, one before last use and one entered in error are left out");
		assertEquals(List.of(84.0, 118.0), trend.points().stream().map(Trend.Point::y).toList());
		assertEquals("COWS pulse 2", trend.bandOf(118).label());
		assertEquals("COWS pulse 1", trend.bandOf(100).label());
		assertEquals("COWS pulse 0", trend.bandOf(80).label());
		assertEquals("COWS pulse 4", trend.bandOf(121).label());
		assertEquals(List.of(24.0, 72.0), List.of(trend.xBands().get(0).from(), trend.xBands().get(0).to()), "the usual peak window");
		assertEquals(120.0, trend.xMax(), "at least the first five days");
		assertEquals("50 h: 118 bpm", trend.points().get(1).label());
	}

	@Test
	void tableTextsForPressureAndHours() {
		VitalSigns vitals = vitals(LAST_USE.plusSeconds(36 * 3600 + 1800), 90, 130, 85);
		assertEquals("130/85", Vitals.bloodPressure(vitals));
		assertEquals("36.5", Vitals.hoursSince(LAST_USE, vitals));
		assertEquals("", Vitals.bloodPressure(vitals(LAST_USE, 90, null, null)));
		assertEquals("", Vitals.hoursSince(null, vitals));
		assertEquals(2, Vitals.inOrder(List.of(vitals, vitals(LAST_USE, 70, null, null))).size());
		assertNull(Vitals.inOrder(List.of(vitals)).get(0).getComment());
	}
}
