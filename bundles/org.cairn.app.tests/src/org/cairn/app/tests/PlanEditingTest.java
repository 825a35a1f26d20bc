package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.PlanReview;
import org.cairn.model.Problem;
import org.cairn.model.Signature;
import org.cairn.ui.careplan.PlanEditing;
import org.junit.jupiter.api.Test;

/** The care-plan editor's changes as EMF commands: ids that stay put, undo and redo of each, save state. */
class PlanEditingTest {

	private final PlanEditing editing = new PlanEditing();
	private final CarePlan plan = CarePlanRulesTest.completePlan();

	private Goal goal() {
		return plan.getProblems().get(0).getGoal();
	}

	@Test
	void newElementsGetIdsFromTheirPlace() {
		Problem second = editing.addProblem(plan);
		assertEquals("2", second.getId());
		assertEquals("2", second.getGoal().getId(), "a new problem comes with its goal");
		Objective objective = editing.addObjective(goal(), CarePlanRulesTest.START);
		assertEquals("1.2", objective.getId());
		assertEquals(CarePlanRulesTest.START, objective.getStartOn());
		assertEquals("1.2.a", editing.addIntervention(objective).getId());
		assertEquals("1.2.b", editing.addIntervention(objective).getId());
		assertEquals("2.1", editing.addObjective(second.getGoal(), CarePlanRulesTest.START).getId());
	}

	@Test
	void idsStayWithTheirElementsWhenReorderedAndAreNotReused() {
		Objective second = editing.addObjective(goal(), CarePlanRulesTest.START);
		assertTrue(editing.move(second, -1));
		assertEquals(List.of("1.2", "1.1"), goal().getObjectives().stream().map(Objective::getId).toList());
		assertFalse(editing.move(second, -1), "the first cannot move further up");
		assertEquals("1.3", editing.addObjective(goal(), CarePlanRulesTest.START).getId(), "the next number after the highest");
	}

	@Test
	void everyChangeIsUndoneAndRedoneInOneStep() {
		Objective objective = goal().getObjectives().get(0);
		assertFalse(editing.saveNeeded());
		assertTrue(editing.set(objective, CairnPackage.Literals.OBJECTIVE__TARGET, "6 consecutive negative screens"));
		assertFalse(editing.set(objective, CairnPackage.Literals.OBJECTIVE__TARGET, "6 consecutive negative screens"), "no change, no command");
		assertTrue(editing.saveNeeded());
		Intervention intervention = objective.getInterventions().get(0);
		assertTrue(editing.remove(intervention));
		assertEquals(0, objective.getInterventions().size());

		editing.stack().undo();
		assertEquals(List.of(intervention), objective.getInterventions(), "the removal undone puts it back");
		editing.stack().undo();
		assertEquals("4 consecutive negative screens", objective.getTarget());
		assertFalse(editing.saveNeeded(), "back to what was saved");
		editing.stack().redo();
		assertEquals("6 consecutive negative screens", objective.getTarget());
		assertSame(objective, editing.affected().get(0), "the editor selects what the command touched");

		editing.saved();
		assertFalse(editing.saveNeeded());
		assertTrue(editing.stack().canUndo(), "saving keeps the undo history");
	}

	@Test
	void aGoalIsRemovedOnlyWithItsProblem() {
		assertFalse(editing.remove(goal()));
		assertFalse(editing.remove(plan));
		Problem problem = plan.getProblems().get(0);
		assertTrue(editing.remove(problem));
		assertEquals(0, plan.getProblems().size());
		editing.stack().undo();
		assertSame(problem, plan.getProblems().get(0));
	}

	@Test
	void aReviewIsTheNextRevisionAndOneUndoableStep() {
		plan.setStatus(CarePlanStatus.ACTIVE);
		Signature signature = CairnFactory.eINSTANCE.createSignature();
		signature.setSignerId("t-counsellor-a");
		plan.getSignatures().add(signature);
		PlanReview review = CairnFactory.eINSTANCE.createPlanReview();
		review.setReviewedOn(CarePlanRulesTest.START.plusDays(28));
		review.setReason("Scheduled review");
		editing.review(plan, review, CarePlanRulesTest.START.plusDays(58));
		assertEquals(2, plan.getRevision());
		assertEquals(CarePlanRulesTest.START.plusDays(28), plan.getEffectiveFrom());
		assertEquals(CarePlanRulesTest.START.plusDays(58), plan.getReviewDue());
		assertEquals(List.of(review), plan.getReviews());
		assertEquals(0, plan.getSignatures().size(), "the new revision is signed again");

		editing.stack().undo();
		assertEquals(1, plan.getRevision());
		assertEquals(CarePlanRulesTest.START, plan.getEffectiveFrom());
		assertEquals(0, plan.getReviews().size());
		assertEquals(1, plan.getSignatures().size());
		assertNull(editing.stack().getUndoCommand(), "the whole review was one step");
	}
}
