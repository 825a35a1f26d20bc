package org.cairn.ui.careplan;

import org.cairn.clinical.CarePlanRules.Finding;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.eclipse.emf.ecore.EObject;

/** How the workbench names the parts of a care plan and words what the rules found in them. */
public final class PlanWords {

	private PlanWords() {
	}

	/** "Objective 1.1: not measurable: the target value is missing". */
	public static String text(Finding finding) {
		return place(finding.element()) + ": " + Problems.words(finding.problem());
	}

	/** Where {@code element} is, in words: "Care plan", "Problem 2", "Goal of problem 2", "Objective 2.1", "Intervention 2.1.a". */
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
		if (element instanceof org.cairn.model.CarePlan || element == null) {
			return Messages.get("plan.place.plan");
		}
		// another record's own fields: named by its kind ("Session note"), a nested element by its class
		String kind = Messages.get("kind." + element.eClass().getName());
		return kind.startsWith("!") ? org.cairn.ui.chart.Values.label(element.eClass().getName()) : kind;
	}

	private static String id(String id) {
		return id == null ? "?" : id;
	}
}
