package org.cairn.ui.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cairn.model.CairnFactory;
import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.ObjectiveStatus;
import org.cairn.model.PlanReview;
import org.cairn.model.Problem;
import org.cairn.model.ProblemStatus;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * Every change the care-plan editor makes, as an EMF command on one command stack, so that each can be undone and
 * redone (Ctrl+Z, Ctrl+Y) and the stack knows whether there is anything to save. New elements get ids that stay
 * theirs when the tree is reordered: problem "2", its objectives "2.1", "2.2", their interventions "2.1.a"...
 * (session notes name the objectives they addressed by these ids).
 */
public final class PlanEditing {

	private final BasicCommandStack stack;
	private final EditingDomain domain;

	/** Editing on {@code stack}: the editor's life cycle's ({@code RecordEditing#stack}), or a stack of its own. */
	public PlanEditing(BasicCommandStack stack) {
		this.stack = stack;
		this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
	}

	public PlanEditing() {
		this(new BasicCommandStack());
	}

	public CommandStack stack() {
		return stack;
	}

	/** Whether there are changes since the last {@link #saved()}. */
	public boolean saveNeeded() {
		return stack.isSaveNeeded();
	}

	/** The plan was stored: what is on the stack now is saved (undo still works). */
	public void saved() {
		stack.saveIsDone();
	}

	/** Sets {@code feature} of {@code owner} to {@code value}, unless it holds that already. Returns whether it changed. */
	public boolean set(EObject owner, EStructuralFeature feature, Object value) {
		if (Objects.equals(owner.eGet(feature), value)) {
			return false;
		}
		return execute(SetCommand.create(domain, owner, feature, value));
	}

	/** A new problem at the end of the plan, with its long-term goal. */
	public Problem addProblem(CarePlan plan) {
		Problem problem = CairnFactory.eINSTANCE.createProblem();
		String id = String.valueOf(plan.getProblems().stream().mapToInt(p -> number(p.getId())).max().orElse(0) + 1);
		problem.setId(id);
		problem.setStatus(ProblemStatus.ACTIVE);
		problem.setPriority(plan.getProblems().size() + 1);
		Goal goal = CairnFactory.eINSTANCE.createGoal();
		goal.setId(id);
		problem.setGoal(goal);
		execute(AddCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__PROBLEMS, problem));
		return problem;
	}

	/** A new objective at the end of {@code goal}, starting {@code today}. */
	public Objective addObjective(Goal goal, LocalDate today) {
		String prefix = goal.eContainer() instanceof Problem problem ? problem.getId() : goal.getId();
		int next = goal.getObjectives().stream().mapToInt(o -> number(last(o.getId()))).max().orElse(0) + 1;
		Objective objective = CairnFactory.eINSTANCE.createObjective();
		objective.setId(prefix + "." + next);
		objective.setStartOn(today);
		objective.setStatus(ObjectiveStatus.NOT_STARTED);
		execute(AddCommand.create(domain, goal, CairnPackage.Literals.GOAL__OBJECTIVES, objective));
		return objective;
	}

	/** A new intervention at the end of {@code objective}. */
	public Intervention addIntervention(Objective objective) {
		int next = objective.getInterventions().stream().mapToInt(i -> letter(last(i.getId()))).max().orElse(0) + 1;
		Intervention intervention = CairnFactory.eINSTANCE.createIntervention();
		intervention.setId(objective.getId() + "." + letters(next));
		execute(AddCommand.create(domain, objective, CairnPackage.Literals.OBJECTIVE__INTERVENTIONS, intervention));
		return intervention;
	}

	/** Removes a problem, objective or intervention (a goal goes with its problem). Returns whether it did. */
	public boolean remove(EObject element) {
		if (!(element instanceof Problem || element instanceof Objective || element instanceof Intervention)) {
			return false;
		}
		return execute(RemoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(), element));
	}

	/** Moves a problem, objective or intervention {@code delta} places among its siblings. Returns whether it moved. */
	public boolean move(EObject element, int delta) {
		EReference feature = element.eContainmentFeature();
		if (feature == null || !feature.isMany()) {
			return false;
		}
		List<?> siblings = (List<?>) element.eContainer().eGet(feature);
		int to = siblings.indexOf(element) + delta;
		if (to < 0 || to >= siblings.size()) {
			return false;
		}
		return execute(MoveCommand.create(domain, element.eContainer(), feature, element, to));
	}

	/**
	 * A review, as one undoable change: the next revision, in force from the review date, active, with the review
	 * recorded and the next review due; earlier signatures are for the earlier revision, so the new one is signed
	 * again.
	 */
	public void review(CarePlan plan, PlanReview review, LocalDate nextReview) {
		CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL);
		command.append(SetCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__REVISION, plan.getRevision() + 1));
		command.append(SetCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__EFFECTIVE_FROM, review.getReviewedOn()));
		command.append(SetCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__REVIEW_DUE, nextReview));
		command.append(SetCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__STATUS, CarePlanStatus.ACTIVE));
		command.append(AddCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__REVIEWS, review));
		if (!plan.getSignatures().isEmpty()) {
			command.append(RemoveCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__SIGNATURES, new ArrayList<>(plan.getSignatures())));
		}
		execute(command);
	}

	/** Adds a signature to the plan. */
	public void sign(CarePlan plan, org.cairn.model.Signature signature) {
		execute(AddCommand.create(domain, plan, CairnPackage.Literals.CARE_PLAN__SIGNATURES, signature));
	}

	/** Runs any other change as one undoable step. */
	public boolean execute(Command command) {
		if (!command.canExecute()) {
			return false;
		}
		stack.execute(command);
		return true;
	}

	/** The elements the last undone, redone or executed command touched (to select them again). */
	public List<EObject> affected() {
		Command last = stack.getMostRecentCommand();
		List<EObject> affected = new ArrayList<>();
		if (last != null) {
			for (Object object : last.getAffectedObjects()) {
				if (object instanceof EObject element) {
					affected.add(element);
				}
			}
		}
		return affected;
	}

	private static String last(String id) {
		return id == null ? "" : id.substring(id.lastIndexOf('.') + 1);
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** "a" is 1, "z" 26, "aa" 27. */
	private static int letter(String text) {
		int value = 0;
		for (char c : text.toCharArray()) {
			if (c < 'a' || c > 'z') {
				return 0;
			}
			value = value * 26 + (c - 'a' + 1);
		}
		return value;
	}

	private static String letters(int value) {
		StringBuilder text = new StringBuilder();
		for (int rest = value; rest > 0; rest = (rest - 1) / 26) {
			text.insert(0, (char) ('a' + (rest - 1) % 26));
		}
		return text.toString();
	}

	/** A new plan of {@code patient}'s {@code episode}: revision 1, a draft in force from today. */
	static CarePlan newPlan(String id, String patient, String episode) {
		CarePlan plan = CairnFactory.eINSTANCE.createCarePlan();
		plan.setId(id);
		plan.setPatientId(patient);
		plan.setEpisodeId(episode);
		plan.setRevision(1);
		plan.setStatus(CarePlanStatus.DRAFT);
		plan.setEffectiveFrom(LocalDate.now());
		return plan;
	}
}
