package org.cairn.ui.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.CarePlan;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.ui.Messages;
import org.eclipse.emf.ecore.EObject;

/**
 * What a supervisor checks in a care plan before it is put in force: every problem has a long-term goal with
 * objectives, every objective is measurable (a measure and a target) and time-bound (a start date and a later
 * target date), and every intervention says how often and who is responsible. A plan with findings can be saved
 * as work in progress but not made active.
 */
public final class CarePlanRules {

	/** One thing to fix: the element it is about, where that is in words ("Objective 1.1"), and what is wrong. */
	public record Finding(EObject element, String place, String problem) {

		/** "Objective 1.1: the target is missing". */
		public String text() {
			return place + ": " + problem;
		}
	}

	private CarePlanRules() {
	}

	/** Every finding in {@code plan}, in the plan's order (plan fields first, then each problem's branch). */
	public static List<Finding> check(CarePlan plan) {
		List<Finding> findings = new ArrayList<>();
		String here = place(plan);
		if (plan.getEffectiveFrom() == null) {
			findings.add(new Finding(plan, here, Messages.get("plan.rule.effectiveFrom")));
		}
		if (plan.getReviewDue() == null) {
			findings.add(new Finding(plan, here, Messages.get("plan.rule.reviewDue")));
		} else if (plan.getEffectiveFrom() != null && !plan.getReviewDue().isAfter(plan.getEffectiveFrom())) {
			findings.add(new Finding(plan, here, Messages.format("plan.rule.reviewDue.order", Messages.date(plan.getReviewDue()),
					Messages.date(plan.getEffectiveFrom()))));
		}
		if (plan.getProblems().isEmpty()) {
			findings.add(new Finding(plan, here, Messages.get("plan.rule.problems")));
		}
		for (Problem problem : plan.getProblems()) {
			check(problem, findings);
		}
		return findings;
	}

	private static void check(Problem problem, List<Finding> findings) {
		String here = place(problem);
		blank(problem, here, problem.getStatement(), "plan.rule.statement", findings);
		Goal goal = problem.getGoal();
		if (goal == null) {
			findings.add(new Finding(problem, here, Messages.get("plan.rule.goal")));
			return;
		}
		String goalPlace = place(goal);
		blank(goal, goalPlace, goal.getStatement(), "plan.rule.statement", findings);
		if (goal.getObjectives().isEmpty()) {
			findings.add(new Finding(goal, goalPlace, Messages.get("plan.rule.objectives")));
		}
		for (Objective objective : goal.getObjectives()) {
			check(objective, findings);
		}
	}

	private static void check(Objective objective, List<Finding> findings) {
		String here = place(objective);
		blank(objective, here, objective.getStatement(), "plan.rule.statement", findings);
		blank(objective, here, objective.getMeasure(), "plan.rule.measure", findings);
		blank(objective, here, objective.getTarget(), "plan.rule.target", findings);
		LocalDate start = objective.getStartOn();
		LocalDate end = objective.getTargetOn();
		if (start == null) {
			findings.add(new Finding(objective, here, Messages.get("plan.rule.startOn")));
		}
		if (end == null) {
			findings.add(new Finding(objective, here, Messages.get("plan.rule.targetOn")));
		} else if (start != null && !end.isAfter(start)) {
			findings.add(new Finding(objective, here, Messages.format("plan.rule.targetOn.order", Messages.date(end), Messages.date(start))));
		}
		if (objective.getInterventions().isEmpty()) {
			findings.add(new Finding(objective, here, Messages.get("plan.rule.interventions")));
		}
		for (Intervention intervention : objective.getInterventions()) {
			String at = place(intervention);
			blank(intervention, at, intervention.getDescription(), "plan.rule.description", findings);
			blank(intervention, at, intervention.getFrequency(), "plan.rule.frequency", findings);
			blank(intervention, at, intervention.getResponsibleStaffId(), "plan.rule.responsible", findings);
		}
	}

	private static void blank(EObject element, String place, String value, String key, List<Finding> findings) {
		if (value == null || value.isBlank()) {
			findings.add(new Finding(element, place, Messages.get(key)));
		}
	}

	/** Where {@code element} is, in words: "Plan", "Problem 2", "Goal of problem 2", "Objective 2.1", "Intervention 2.1.a". */
	public static String place(EObject element) {
		if (element instanceof Problem problem) {
			return Messages.format("plan.place.problem", id(problem.getId()));
		}
		if (element instanceof Goal goal) {
			return Messages.format("plan.place.goal", goal.eContainer() instanceof Problem problem ? id(problem.getId()) : id(goal.getId()));
		}
		if (element instanceof Objective objective) {
			return Messages.format("plan.place.objective", id(objective.getId()));
		}
		if (element instanceof Intervention intervention) {
			return Messages.format("plan.place.intervention", id(intervention.getId()));
		}
		return Messages.get("plan.place.plan");
	}

	private static String id(String id) {
		return id == null ? "?" : id;
	}
}
