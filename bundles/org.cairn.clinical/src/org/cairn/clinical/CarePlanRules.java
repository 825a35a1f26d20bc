package org.cairn.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.CarePlan;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.eclipse.emf.ecore.EObject;

/**
 * What a supervisor checks in a care plan before it is put in force: every problem has a long-term goal with
 * objectives, every objective is measurable (a measure and a target) and time-bound (a start date and a later target
 * date), and every intervention says how often and who is responsible. A plan with findings can be saved as work in
 * progress but not made active, reviewed or signed ({@link CarePlans} refuses it); the editor lists the findings as
 * they arise.
 */
public final class CarePlanRules {

	/** One thing to fix: the element of the plan it is about (the plan itself, a problem, goal, objective or intervention), and what is wrong. */
	public record Finding(EObject element, Problem problem) {
	}

	private CarePlanRules() {
	}

	/** Every finding in {@code plan}, in the plan's order (plan fields first, then each problem's branch). */
	public static List<Finding> check(CarePlan plan) {
		List<Finding> findings = new ArrayList<>();
		if (plan.getEffectiveFrom() == null) {
			findings.add(new Finding(plan, Problem.of("plan.effectiveFrom")));
		}
		if (plan.getReviewDue() == null) {
			findings.add(new Finding(plan, Problem.of("plan.reviewDue")));
		} else if (plan.getEffectiveFrom() != null && !plan.getReviewDue().isAfter(plan.getEffectiveFrom())) {
			findings.add(new Finding(plan, Problem.of("plan.reviewDue.order", plan.getReviewDue(), plan.getEffectiveFrom())));
		}
		if (plan.getProblems().isEmpty()) {
			findings.add(new Finding(plan, Problem.of("plan.problems")));
		}
		for (org.cairn.model.Problem problem : plan.getProblems()) {
			check(problem, findings);
		}
		return findings;
	}

	private static void check(org.cairn.model.Problem problem, List<Finding> findings) {
		blank(problem, problem.getStatement(), "plan.statement", findings);
		Goal goal = problem.getGoal();
		if (goal == null) {
			findings.add(new Finding(problem, Problem.of("plan.goal")));
			return;
		}
		blank(goal, goal.getStatement(), "plan.statement", findings);
		if (goal.getObjectives().isEmpty()) {
			findings.add(new Finding(goal, Problem.of("plan.objectives")));
		}
		for (Objective objective : goal.getObjectives()) {
			check(objective, findings);
		}
	}

	private static void check(Objective objective, List<Finding> findings) {
		blank(objective, objective.getStatement(), "plan.statement", findings);
		blank(objective, objective.getMeasure(), "plan.measure", findings);
		blank(objective, objective.getTarget(), "plan.target", findings);
		LocalDate start = objective.getStartOn();
		LocalDate end = objective.getTargetOn();
		if (start == null) {
			findings.add(new Finding(objective, Problem.of("plan.startOn")));
		}
		if (end == null) {
			findings.add(new Finding(objective, Problem.of("plan.targetOn")));
		} else if (start != null && !end.isAfter(start)) {
			findings.add(new Finding(objective, Problem.of("plan.targetOn.order", end, start)));
		}
		if (objective.getInterventions().isEmpty()) {
			findings.add(new Finding(objective, Problem.of("plan.interventions")));
		}
		for (Intervention intervention : objective.getInterventions()) {
			blank(intervention, intervention.getDescription(), "plan.description", findings);
			blank(intervention, intervention.getFrequency(), "plan.frequency", findings);
			blank(intervention, intervention.getResponsibleStaffId(), "plan.responsible", findings);
		}
	}

	private static void blank(EObject element, String value, String code, List<Finding> findings) {
		if (value == null || value.isBlank()) {
			findings.add(new Finding(element, Problem.of(code)));
		}
	}
}
