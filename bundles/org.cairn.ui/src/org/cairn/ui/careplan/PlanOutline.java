package org.cairn.ui.careplan;

import java.time.LocalDate;
import java.util.List;

import org.cairn.clinical.CarePlanRules.Finding;
import org.cairn.model.CarePlan;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The care plan's outline: the tree of problems, long-term goals, objectives and interventions, with the buttons (and
 * keys) that add, remove and reorder them, each one undoable change ({@link PlanEditing}). What the selected element
 * holds is shown by {@link PlanDetails}; the rest is the editor's ({@link CarePlanEditorPart}).
 */
final class PlanOutline {

	/** What the outline needs of its editor. */
	interface Host {
		CarePlan plan();

		PlanEditing editing();

		PlanDetails details();

		/** What the rules find in the plan now, for the tree's labels. */
		List<Finding> findings();

		/** Says where things stand on the editor's state line. */
		void say(String text);

		/** Another element was selected: its fields are shown. */
		void selectionChanged();
	}

	private final Host host;
	final TreeViewer tree;
	private final Button addProblem;
	private final Button addObjective;
	private final Button addIntervention;
	private final Button remove;
	private final Button up;
	private final Button down;

	/** The outline in {@code sash}, left of the details. */
	PlanOutline(Composite sash, Host host) {
		this.host = host;
		Composite left = new Composite(sash, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		Composite actions = new Composite(left, SWT.NONE);
		GridData actionsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		actionsData.widthHint = 100;
		actions.setLayoutData(actionsData);
		RowLayout actionsLayout = new RowLayout(SWT.HORIZONTAL);
		actionsLayout.wrap = true;
		actionsLayout.marginLeft = 0;
		actions.setLayout(actionsLayout);
		addProblem = PlanOutline.button(actions, "plan.addProblem", this::addProblem);
		addObjective = PlanOutline.button(actions, "plan.addObjective", this::addObjective);
		addIntervention = PlanOutline.button(actions, "plan.addIntervention", this::addIntervention);
		remove = PlanOutline.button(actions, "plan.remove", this::removeSelected);
		up = PlanOutline.button(actions, "plan.up", () -> moveSelected(-1));
		down = PlanOutline.button(actions, "plan.down", () -> moveSelected(1));
		tree = new TreeViewer(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setData(CairnUi.WIDGET_ID, "plan.tree");
		tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setContentProvider(new PlanTree.Content());
		tree.setLabelProvider(new PlanTree.Labels(host::findings));
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		tree.addSelectionChangedListener(event -> host.selectionChanged());
		// Enter goes to the selected element's first field; Alt+Up and Alt+Down reorder; Delete removes.
		tree.getTree().addListener(SWT.DefaultSelection, event -> host.details().focus());
		tree.getTree().addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.ALT) != 0 && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
				moveSelected(event.keyCode == SWT.ARROW_UP ? -1 : 1);
				event.doit = false;
			} else if (event.keyCode == SWT.DEL) {
				removeSelected();
			}
		});
	}

	static Button button(Composite parent, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.get(id));
		button.setData(CairnUi.WIDGET_ID, id);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Shows {@code plan}, its top selected. */
	void show(CarePlan plan) {
		tree.setInput(new Object[] { plan });
		tree.setSelection(new StructuredSelection(plan));
	}

	void setEnabled(boolean enabled) {
		for (Button button : new Button[] { addProblem, addObjective, addIntervention, remove, up, down }) {
			button.setEnabled(enabled);
		}
	}

	/** The element selected in the tree; the plan itself when none is. */
	EObject selected() {
		Object first = tree.getStructuredSelection().getFirstElement();
		return first instanceof EObject element ? element : host.plan();
	}

	/** The buttons that apply to {@code selected}. */
	void refreshButtons(EObject selected) {
		addObjective.setEnabled(!(selected instanceof CarePlan));
		addIntervention.setEnabled(selected instanceof Objective || selected instanceof Intervention);
		remove.setEnabled(selected instanceof Problem || selected instanceof Objective || selected instanceof Intervention);
		up.setEnabled(remove.getEnabled());
		down.setEnabled(remove.getEnabled());
	}


	private void addProblem() {
		host.details().commitPending();
		Problem problem = host.editing().addProblem(host.plan());
		select(problem);
	}

	private void addObjective() {
		host.details().commitPending();
		Goal goal = switch (selected()) {
		case Problem p -> p.getGoal();
		case Goal g -> g;
		case Objective o -> (Goal) o.eContainer();
		case Intervention i -> (Goal) i.eContainer().eContainer();
		default -> null;
		};
		if (goal != null) {
			select(host.editing().addObjective(goal, LocalDate.now()));
		}
	}

	private void addIntervention() {
		host.details().commitPending();
		Objective objective = switch (selected()) {
		case Objective o -> o;
		case Intervention i -> (Objective) i.eContainer();
		default -> null;
		};
		if (objective != null) {
			select(host.editing().addIntervention(objective));
		}
	}

	/** Selects {@code element} in the tree and puts the cursor in its first field. */
	void select(EObject element) {
		tree.refresh();
		tree.setSelection(new StructuredSelection(element), true);
		host.details().focus();
	}

	private void removeSelected() {
		host.details().commitPending();
		EObject element = selected();
		EObject parent = element.eContainer();
		String place = PlanWords.place(element);
		if (host.editing().remove(element)) {
			tree.refresh();
			tree.setSelection(new StructuredSelection(parent instanceof Goal goal && goal.getObjectives().isEmpty() ? goal.eContainer() : parent));
			tree.getTree().setFocus();
			host.say(Messages.format("plan.state.removed", place));
		}
	}

	private void moveSelected(int delta) {
		host.details().commitPending();
		EObject element = selected();
		if (host.editing().move(element, delta)) {
			tree.refresh();
			tree.setSelection(new StructuredSelection(element), true);
		}
	}

}
