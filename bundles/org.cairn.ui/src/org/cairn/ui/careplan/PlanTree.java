package org.cairn.ui.careplan;

import java.util.List;

import org.cairn.clinical.CarePlanRules.Finding;
import org.cairn.model.CarePlan;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.ui.Messages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** How {@link CarePlanEditorPart}'s tree shows a plan: what it holds, and each element in words. */
final class PlanTree {

	private PlanTree() {
	}

	/** The tree: the plan, its problems, each problem's goal, the goal's objectives, their interventions. */
	static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			return switch (parent) {
			case CarePlan plan -> plan.getProblems().toArray();
			case Problem problem -> problem.getGoal() == null ? new Object[0] : new Object[] { problem.getGoal() };
			case Goal goal -> goal.getObjectives().toArray();
			case Objective objective -> objective.getInterventions().toArray();
			default -> new Object[0];
			};
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject object ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/** "Objective 1.1: Submit ...", in the error colour while it has findings. */
	static final class Labels extends ColumnLabelProvider {

		private final java.util.function.Supplier<List<Finding>> findings;

		/** @param findings what the rules find in the plan now: those elements are shown in the error colour */
		Labels(java.util.function.Supplier<List<Finding>> findings) {
			this.findings = findings;
		}


		@Override
		public String getText(Object element) {
			String text = switch (element) {
			case CarePlan p -> null;
			case Problem p -> p.getStatement();
			case Goal g -> g.getStatement();
			case Objective o -> o.getStatement();
			case Intervention i -> i.getDescription();
			default -> null;
			};
			if (element instanceof CarePlan) {
				return Messages.get("plan.place.plan");
			}
			return PlanWords.place((EObject) element) + ": " + (text == null || text.isBlank() ? Messages.get("plan.untitled") : firstLine(text));
		}

		@Override
		public Color getForeground(Object element) {
			for (Finding finding : findings.get()) {
				if (finding.element() == element) {
					return org.eclipse.swt.widgets.Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED);
				}
			}
			return null;
		}

		private static String firstLine(String text) {
			String line = text.strip().lines().findFirst().orElse("");
			return line.length() > 90 ? line.substring(0, 89) + "…" : line;
		}
	}
}
