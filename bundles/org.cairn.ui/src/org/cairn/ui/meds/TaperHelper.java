package org.cairn.ui.meds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.TaperStep;
import org.cairn.ui.Messages;

/**
 * Proposes a taper: from the current daily dose down to a target, lowering it by a fixed amount every so many
 * days, never below the target; the last step lands exactly on it. The prescriber edits the proposal; the helper
 * only does the arithmetic and refuses plans that are not plans.
 */
public final class TaperHelper {

	/** Longer than this many steps is not a plan a patient can follow; a larger decrement is needed. */
	static final int MAX_STEPS = 60;

	private TaperHelper() {
	}

	/**
	 * What becomes of a planned or running taper when its order ends with {@code orderStatus}: abandoned with a
	 * discontinued order, completed with a completed one, paused while the order is on hold; null when the order
	 * goes on.
	 */
	public static org.cairn.model.TaperStatus whenOrderEnds(org.cairn.model.OrderStatus orderStatus) {
		return switch (orderStatus) {
		case DISCONTINUED, ENTERED_IN_ERROR -> org.cairn.model.TaperStatus.ABANDONED;
		case COMPLETED -> org.cairn.model.TaperStatus.COMPLETED;
		case ON_HOLD -> org.cairn.model.TaperStatus.PAUSED;
		case ACTIVE -> null;
		};
	}

	/** What is wrong with the inputs, or nothing. */
	public static List<String> check(BigDecimal fromMg, BigDecimal toMg, BigDecimal stepMg, int everyDays) {
		List<String> problems = new ArrayList<>();
		if (fromMg == null || fromMg.signum() <= 0) {
			problems.add(Messages.get("taper.rule.from"));
		}
		if (toMg == null || toMg.signum() < 0 || fromMg != null && toMg.compareTo(fromMg) >= 0) {
			problems.add(Messages.get("taper.rule.to"));
		}
		if (stepMg == null || stepMg.signum() <= 0) {
			problems.add(Messages.get("taper.rule.step"));
		}
		if (everyDays < 1) {
			problems.add(Messages.get("taper.rule.every"));
		}
		if (problems.isEmpty() && fromMg.subtract(toMg).divide(stepMg, 0, RoundingMode.CEILING).intValue() > MAX_STEPS) {
			problems.add(Messages.format("taper.rule.tooLong", MAX_STEPS));
		}
		return problems;
	}

	/** The steps after the current dose, the first on {@code start}; the inputs must pass {@link #check}. */
	public static List<TaperStep> schedule(BigDecimal fromMg, BigDecimal toMg, BigDecimal stepMg, int everyDays, LocalDate start) {
		List<TaperStep> steps = new ArrayList<>();
		BigDecimal dose = fromMg;
		LocalDate day = start;
		while (dose.compareTo(toMg) > 0) {
			dose = dose.subtract(stepMg).max(toMg);
			TaperStep step = CairnFactory.eINSTANCE.createTaperStep();
			step.setFromDate(day);
			step.setDoseMg(dose);
			steps.add(step);
			day = day.plusDays(everyDays);
		}
		return steps;
	}
}
