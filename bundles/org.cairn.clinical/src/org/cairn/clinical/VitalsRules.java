package org.cairn.clinical;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.VitalSigns;

/**
 * What a set of vital signs must be to be stored: a time, at least one reading, values a living adult can have (a
 * pulse of 1200 or a temperature in Fahrenheit is a typing error), both blood pressures or neither with the diastolic
 * below the systolic, and no time in the future. A time before admission is allowed (a reading from the emergency
 * department). Problems are codes: {@code vitals.taken-at}, {@code vitals.future}, {@code vitals.none},
 * {@code vitals.range} (field, lowest, highest; fields {@code pulse}, {@code systolic}, {@code diastolic},
 * {@code respiration}, {@code temperature}, {@code saturation}), {@code vitals.pressure-pair},
 * {@code vitals.diastolic-below-systolic}.
 */
public final class VitalsRules {

	/** The limits of what can be measured in a living adult, not clinical thresholds. */
	public static final int PULSE_MIN = 20, PULSE_MAX = 250;
	public static final int SYSTOLIC_MIN = 50, SYSTOLIC_MAX = 300;
	public static final int DIASTOLIC_MIN = 20, DIASTOLIC_MAX = 200;
	public static final int RESPIRATION_MIN = 4, RESPIRATION_MAX = 60;
	public static final BigDecimal TEMPERATURE_MIN = new BigDecimal("30.0"), TEMPERATURE_MAX = new BigDecimal("44.0");
	public static final int SATURATION_MIN = 50, SATURATION_MAX = 100;
	/** Clocks on a ward differ a little; a reading up to this far ahead of this computer's clock is accepted. */
	public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private VitalsRules() {
	}

	/** What keeps {@code vitals} from being stored at {@code now}, in the order of the form's fields; empty when nothing. */
	public static List<Problem> problems(VitalSigns vitals, Instant now) {
		List<Problem> problems = new ArrayList<>();
		if (vitals.getTakenAt() == null) {
			problems.add(Problem.of("vitals.taken-at"));
		} else if (vitals.getTakenAt().isAfter(now.plus(CLOCK_SKEW))) {
			problems.add(Problem.of("vitals.future"));
		}
		if (vitals.getPulseBpm() == null && vitals.getSystolicMmHg() == null && vitals.getDiastolicMmHg() == null
				&& vitals.getRespiratoryRate() == null && vitals.getTemperatureCelsius() == null && vitals.getOxygenSaturation() == null) {
			problems.add(Problem.of("vitals.none"));
		}
		range(problems, vitals.getPulseBpm(), PULSE_MIN, PULSE_MAX, "pulse");
		range(problems, vitals.getSystolicMmHg(), SYSTOLIC_MIN, SYSTOLIC_MAX, "systolic");
		range(problems, vitals.getDiastolicMmHg(), DIASTOLIC_MIN, DIASTOLIC_MAX, "diastolic");
		if ((vitals.getSystolicMmHg() == null) != (vitals.getDiastolicMmHg() == null)) {
			problems.add(Problem.of("vitals.pressure-pair"));
		} else if (vitals.getSystolicMmHg() != null && vitals.getDiastolicMmHg() >= vitals.getSystolicMmHg()) {
			problems.add(Problem.of("vitals.diastolic-below-systolic"));
		}
		range(problems, vitals.getRespiratoryRate(), RESPIRATION_MIN, RESPIRATION_MAX, "respiration");
		BigDecimal temperature = vitals.getTemperatureCelsius();
		if (temperature != null && (temperature.compareTo(TEMPERATURE_MIN) < 0 || temperature.compareTo(TEMPERATURE_MAX) > 0)) {
			problems.add(Problem.of("vitals.range", "temperature", TEMPERATURE_MIN.toPlainString(), TEMPERATURE_MAX.toPlainString()));
		}
		range(problems, vitals.getOxygenSaturation(), SATURATION_MIN, SATURATION_MAX, "saturation");
		return problems;
	}

	private static void range(List<Problem> problems, Integer value, int min, int max, String field) {
		if (value != null && (value < min || value > max)) {
			problems.add(Problem.of("vitals.range", field, String.valueOf(min), String.valueOf(max)));
		}
	}
}
