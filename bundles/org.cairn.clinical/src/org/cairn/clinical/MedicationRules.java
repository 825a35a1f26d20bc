package org.cairn.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cairn.model.DoseOutcome;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.MissedDoseReason;
import org.cairn.model.OrderStatus;

/**
 * What a medication order and a dose record need, and the federal limits an opioid treatment programme works
 * within (CLINICAL.md, 42 CFR 8.12 as revised in 2024): a first-day methadone dose above 50 mg only when its
 * clinical indication is documented, and methadone take-home doses up to 7 days in the first 14 days of treatment,
 * 14 from day 15 and 28 from day 31. States may be stricter; these are the upper bounds. Problems are codes.
 */
public final class MedicationRules {

	/** The top of buprenorphine's usual daily range (CLINICAL.md: typical target 16 mg, usual range 4-24 mg). */
	public static final BigDecimal BUPRENORPHINE_USUAL_MAX_MG = BigDecimal.valueOf(24);

	/** The shortest reason that takes an order or a dose past a warning. */
	public static final int OVERRIDE_REASON_MIN = 10;

	/** The first day's methadone total above which the order must say why (42 CFR 8.12(h)(3)(ii)). */
	public static final BigDecimal FIRST_DAY_METHADONE_MG = BigDecimal.valueOf(50);

	private MedicationRules() {
	}

	/** Whether the order is for methadone. */
	public static boolean methadone(MedicationOrder order) {
		return order.getMedicationName() != null && order.getMedicationName().toLowerCase(Locale.ROOT).contains("methadone");
	}

	/** Whether the order is in force on {@code day}: active, started, not ended. */
	public static boolean activeOn(MedicationOrder order, LocalDate day) {
		return order.getStatus() == OrderStatus.ACTIVE && order.getEnteredInError() == null && order.getStartOn() != null
				&& !day.isBefore(order.getStartOn()) && (order.getEndOn() == null || !day.isAfter(order.getEndOn()));
	}

	/** The most methadone take-home days allowed on day {@code dayInTreatment} (1 is the admission day). */
	public static int maxMethadoneTakeHomeDays(long dayInTreatment) {
		return dayInTreatment <= 14 ? 7 : dayInTreatment <= 30 ? 14 : 28;
	}

	/** The daily total of an order: its dose, or the morning and evening doses of a split dose. */
	public static BigDecimal dailyMg(MedicationOrder order) {
		if (order.isSplitDose()) {
			BigDecimal am = order.getAmDoseMg() == null ? BigDecimal.ZERO : order.getAmDoseMg();
			BigDecimal pm = order.getPmDoseMg() == null ? BigDecimal.ZERO : order.getPmDoseMg();
			return am.add(pm);
		}
		return order.getDoseMg() == null ? BigDecimal.ZERO : order.getDoseMg();
	}

	/**
	 * What stops a new order: medication and kind, a daily dose above zero, route, frequency, start date, prescriber,
	 * an end not before the start, and for methadone started on the admission day, more than 50 mg only with the
	 * clinical indication given as the reason.
	 */
	public static List<Problem> forOrder(MedicationOrder order, LocalDate admittedOn) {
		List<Problem> problems = new ArrayList<>();
		if (order.getMedicationName() == null || order.getMedicationName().isBlank()) {
			problems.add(Problem.of("meds.medication"));
		}
		if (order.getKind() == null) {
			problems.add(Problem.of("meds.kind"));
		}
		if (dailyMg(order).signum() <= 0) {
			problems.add(Problem.of("meds.dose"));
		}
		if (order.getRoute() == null) {
			problems.add(Problem.of("meds.route"));
		}
		if (order.getFrequency() == null || order.getFrequency().isBlank()) {
			problems.add(Problem.of("meds.frequency"));
		}
		if (order.getStartOn() == null) {
			problems.add(Problem.of("meds.startOn"));
		} else if (order.getEndOn() != null && order.getEndOn().isBefore(order.getStartOn())) {
			problems.add(Problem.of("meds.endOn"));
		}
		if (order.getPrescriberId() == null || order.getPrescriberId().isBlank()) {
			problems.add(Problem.of("meds.prescriber"));
		}
		if (methadone(order) && order.getKind() == MedicationKind.MOUD && admittedOn != null && admittedOn.equals(order.getStartOn())
				&& dailyMg(order).compareTo(FIRST_DAY_METHADONE_MG) > 0 && (order.getReason() == null || order.getReason().isBlank())) {
			problems.add(Problem.of("meds.firstDay", FIRST_DAY_METHADONE_MG));
		}
		return problems;
	}

	/**
	 * What stops a dose record: a dose in mg when one was given; take-home doses only with a dose that was given
	 * (observed today with doses to take home, or taken home), at least one when the outcome is take-home, and for
	 * methadone within the day-in-treatment limit; the reason when a dose was missed. The values are passed as
	 * entered, since a model enumeration is never empty.
	 */
	public static List<Problem> forDose(DoseOutcome outcome, BigDecimal doseMg, Integer takeHomeDoses, MissedDoseReason missedReason,
			MedicationOrder order, long dayInTreatment) {
		List<Problem> problems = new ArrayList<>();
		if (outcome == null) {
			problems.add(Problem.of("meds.outcome"));
			return problems;
		}
		boolean given = outcome == DoseOutcome.OBSERVED || outcome == DoseOutcome.TAKE_HOME;
		if (given && (doseMg == null || doseMg.signum() <= 0)) {
			problems.add(Problem.of("meds.doseGiven"));
		}
		int homes = takeHomeDoses == null ? 0 : takeHomeDoses;
		if (takeHomeDoses != null && takeHomeDoses < 0) {
			problems.add(Problem.of("meds.takeHomes"));
		} else if (!given && homes > 0) {
			problems.add(Problem.of("meds.takeHomes.notGiven"));
		} else if (outcome == DoseOutcome.TAKE_HOME && homes < 1) {
			problems.add(Problem.of("meds.takeHomes"));
		} else if (homes > 0 && order != null && methadone(order) && homes > maxMethadoneTakeHomeDays(dayInTreatment)) {
			problems.add(Problem.of("meds.takeHomeLimit", maxMethadoneTakeHomeDays(dayInTreatment), dayInTreatment));
		}
		if (outcome == DoseOutcome.MISSED && missedReason == null) {
			problems.add(Problem.of("meds.missedReason"));
		}
		return problems;
	}

	/**
	 * What stops a urine drug screen being stored: every analyte of the panel answered, positive, negative, invalid
	 * or not tested. An analyte left unanswered is not a negative result.
	 *
	 * @param results the answers by analyte, null for an analyte not answered
	 */
	public static List<Problem> forScreen(java.util.Map<Analytes.Analyte, org.cairn.model.ScreenResult> results) {
		List<String> unanswered = Analytes.PANEL.stream().filter(analyte -> results.get(analyte) == null).map(Analytes.Analyte::name).toList();
		return unanswered.isEmpty() ? List.of() : List.of(Problem.of("meds.screen.unanswered", String.join(", ", unanswered)));
	}

	/** What stops a dose being given: the patient's identity checked (an attestation made, never assumed). */
	public static List<Problem> forIdentity(DoseOutcome outcome, boolean identityChecked) {
		boolean given = outcome == DoseOutcome.OBSERVED || outcome == DoseOutcome.TAKE_HOME;
		return given && !identityChecked ? List.of(Problem.of("meds.identity")) : List.of();
	}

	/** Whether the order is for buprenorphine taken by mouth (tablet or film), not an extended-release injection. */
	public static boolean transmucosalBuprenorphine(MedicationOrder order) {
		String name = lower(order.getMedicationName());
		return name.contains("buprenorphine") && !name.contains("injection") && !name.contains("extended-release");
	}

	private static boolean buprenorphine(MedicationOrder order) {
		return lower(order.getMedicationName()).contains("buprenorphine");
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	/**
	 * The route a product is given by, from its name, or null when the name does not say: sublingual tablets and
	 * films under the tongue, buccal films in the cheek, nasal sprays in the nose, oral concentrates and tablets by
	 * mouth, buprenorphine's extended-release injection under the skin and naltrexone's into the muscle.
	 */
	public static org.cairn.model.Route routeOf(String medication) {
		String name = lower(medication);
		if (name.contains("sublingual") || name.contains(" film")) {
			return org.cairn.model.Route.SUBLINGUAL;
		}
		if (name.contains("buccal")) {
			return org.cairn.model.Route.BUCCAL;
		}
		if (name.contains("nasal")) {
			return org.cairn.model.Route.INTRANASAL;
		}
		if (name.contains("injection")) {
			return name.contains("buprenorphine") ? org.cairn.model.Route.SUBCUTANEOUS
					: name.contains("naltrexone") ? org.cairn.model.Route.INTRAMUSCULAR : null;
		}
		if (name.contains("oral") || name.contains("tablet")) {
			return org.cairn.model.Route.ORAL;
		}
		return null;
	}

	/**
	 * What a new order is warned of, each to be gone past only with a reason: a route the product is not given by, a
	 * buprenorphine daily dose above its usual range, and an opioid agonist (methadone or buprenorphine) ordered while
	 * the other is active.
	 *
	 * @param active the patient's orders in force on the new order's start
	 */
	public static List<Problem> warningsForOrder(MedicationOrder order, List<MedicationOrder> active) {
		List<Problem> warnings = new ArrayList<>();
		org.cairn.model.Route expected = routeOf(order.getMedicationName());
		if (expected != null && order.getRoute() != null && order.getRoute() != expected) {
			warnings.add(Problem.of("meds.warn.route", order.getMedicationName(), expected.getLiteral(), order.getRoute().getLiteral()));
		}
		if (transmucosalBuprenorphine(order) && dailyMg(order).compareTo(BUPRENORPHINE_USUAL_MAX_MG) > 0) {
			warnings.add(Problem.of("meds.warn.buprenorphineDose", dailyMg(order).stripTrailingZeros().toPlainString(),
					BUPRENORPHINE_USUAL_MAX_MG.toPlainString()));
		}
		if (order.getKind() == MedicationKind.MOUD && (methadone(order) || buprenorphine(order))) {
			for (MedicationOrder other : active) {
				boolean otherAgonist = other.getKind() == MedicationKind.MOUD && (methadone(order) ? buprenorphine(other) : methadone(other));
				if (otherAgonist && !other.getId().equals(order.getId())) {
					warnings.add(Problem.of("meds.warn.concurrentAgonist", other.getMedicationName()));
				}
			}
		}
		return warnings;
	}

	/** What a dose is warned of: a dose given that is not the order's daily dose. */
	public static List<Problem> warningsForDose(DoseOutcome outcome, BigDecimal doseMg, MedicationOrder order) {
		boolean given = outcome == DoseOutcome.OBSERVED || outcome == DoseOutcome.TAKE_HOME;
		if (!given || doseMg == null || order == null || dailyMg(order).signum() == 0 || doseMg.compareTo(dailyMg(order)) == 0) {
			return List.of();
		}
		return List.of(Problem.of("meds.warn.doseDiffers", doseMg.stripTrailingZeros().toPlainString(),
				dailyMg(order).stripTrailingZeros().toPlainString(), order.getMedicationName()));
	}

	/** Whether {@code override} is a reason to go past warnings: said in a sentence. */
	public static boolean overrides(String override) {
		return override != null && override.strip().length() >= OVERRIDE_REASON_MIN;
	}
}
