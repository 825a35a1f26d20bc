package org.cairn.clinical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.OrderStatus;
import org.cairn.model.TaperStatus;
import org.cairn.model.TaperStep;

/**
 * A taper: from the current daily dose down to a target, lowered by a fixed amount every so many days, never below
 * the target; the last step lands exactly on it. The rules refuse plans that are not plans; the schedule is the
 * arithmetic. And what becomes of a taper when its order ends.
 */
public final class TaperRules {

	/** Longer than this many steps is not a plan a patient can follow; a larger decrement is needed. */
	public static final int MAX_STEPS = 60;

	private TaperRules() {
	}

	/**
	 * What becomes of a planned or running taper when its order ends with {@code orderStatus}: abandoned with a
	 * discontinued order, completed with a completed one, paused while the order is on hold; null when the order
	 * goes on.
	 */
	public static TaperStatus whenOrderEnds(OrderStatus orderStatus) {
		return switch (orderStatus) {
		case DISCONTINUED, ENTERED_IN_ERROR -> TaperStatus.ABANDONED;
		case COMPLETED -> TaperStatus.COMPLETED;
		case ON_HOLD -> TaperStatus.PAUSED;
		case ACTIVE -> null;
		};
	}

	/**
	 * What is wrong with a taper's figures: {@code taper.from}, {@code taper.to}, {@code taper.step},
	 * {@code taper.every}, {@code taper.tooLong} (the most steps).
	 */
	public static List<Problem> check(BigDecimal fromMg, BigDecimal toMg, BigDecimal stepMg, int everyDays) {
		List<Problem> problems = new ArrayList<>();
		if (fromMg == null || fromMg.signum() <= 0) {
			problems.add(Problem.of("taper.from"));
		}
		if (toMg == null || toMg.signum() < 0 || fromMg != null && toMg.compareTo(fromMg) >= 0) {
			problems.add(Problem.of("taper.to"));
		}
		if (stepMg == null || stepMg.signum() <= 0) {
			problems.add(Problem.of("taper.step"));
		}
		if (everyDays < 1) {
			problems.add(Problem.of("taper.every"));
		}
		if (problems.isEmpty() && fromMg.subtract(toMg).divide(stepMg, 0, RoundingMode.CEILING).intValue() > MAX_STEPS) {
			problems.add(Problem.of("taper.tooLong", MAX_STEPS));
		}
		return problems;
	}

	/** The steps after the current dose, the first on {@code start}; the figures must pass {@link #check}. */
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
