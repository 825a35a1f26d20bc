package org.cairn.ui.meds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cairn.model.MissedDoseReason;
import org.cairn.model.DoseOutcome;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.OrderStatus;
import org.cairn.ui.Messages;

/**
 * What a medication order and a dose record need, and the federal limits an opioid treatment programme works
 * within (CLINICAL.md, 42 CFR 8.12 as revised in 2024): a first-day methadone dose above 50 mg only when its
 * clinical indication is documented, and methadone take-home doses up to 7 days in the first 14 days of treatment,
 * 14 from day 15 and 28 from day 31. States may be stricter; these are the upper bounds.
 */
public final class MedicationRules {

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
	public static List<String> forOrder(MedicationOrder order, LocalDate admittedOn) {
		List<String> problems = new ArrayList<>();
		if (order.getMedicationName() == null || order.getMedicationName().isBlank()) {
			problems.add(Messages.get("meds.rule.medication"));
		}
		if (order.getKind() == null) {
			problems.add(Messages.get("meds.rule.kind"));
		}
		if (dailyMg(order).signum() <= 0) {
			problems.add(Messages.get("meds.rule.dose"));
		}
		if (order.getRoute() == null) {
			problems.add(Messages.get("meds.rule.route"));
		}
		if (order.getFrequency() == null || order.getFrequency().isBlank()) {
			problems.add(Messages.get("meds.rule.frequency"));
		}
		if (order.getStartOn() == null) {
			problems.add(Messages.get("meds.rule.startOn"));
		} else if (order.getEndOn() != null && order.getEndOn().isBefore(order.getStartOn())) {
			problems.add(Messages.get("meds.rule.endOn"));
		}
		if (order.getPrescriberId() == null || order.getPrescriberId().isBlank()) {
			problems.add(Messages.get("meds.rule.prescriber"));
		}
		if (methadone(order) && order.getKind() == MedicationKind.MOUD && admittedOn != null && admittedOn.equals(order.getStartOn())
				&& dailyMg(order).compareTo(FIRST_DAY_METHADONE_MG) > 0 && (order.getReason() == null || order.getReason().isBlank())) {
			problems.add(Messages.format("meds.rule.firstDay", FIRST_DAY_METHADONE_MG));
		}
		return problems;
	}

	/**
	 * What stops a dose record: a dose in mg when one was given, the number of take-home doses when doses go home
	 * (for methadone within the day-in-treatment limit), and the reason when a dose was missed. The values are
	 * passed as entered, since a model enumeration is never empty.
	 */
	public static List<String> forDose(DoseOutcome outcome, BigDecimal doseMg, Integer takeHomeDoses, MissedDoseReason missedReason,
			MedicationOrder order, long dayInTreatment) {
		List<String> problems = new ArrayList<>();
		if (outcome == null) {
			problems.add(Messages.get("meds.rule.outcome"));
			return problems;
		}
		boolean given = outcome == DoseOutcome.OBSERVED || outcome == DoseOutcome.TAKE_HOME;
		if (given && (doseMg == null || doseMg.signum() <= 0)) {
			problems.add(Messages.get("meds.rule.doseGiven"));
		}
		if (outcome == DoseOutcome.TAKE_HOME) {
			if (takeHomeDoses == null || takeHomeDoses < 1) {
				problems.add(Messages.get("meds.rule.takeHomes"));
			} else if (order != null && methadone(order) && takeHomeDoses > maxMethadoneTakeHomeDays(dayInTreatment)) {
				problems.add(Messages.format("meds.rule.takeHomeLimit", maxMethadoneTakeHomeDays(dayInTreatment), dayInTreatment));
			}
		}
		if (outcome == DoseOutcome.MISSED && missedReason == null) {
			problems.add(Messages.get("meds.rule.missedReason"));
		}
		return problems;
	}
}
