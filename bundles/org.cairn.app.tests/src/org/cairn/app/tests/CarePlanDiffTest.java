package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.PlanReview;
import org.cairn.ui.careplan.CarePlanDiff;
import org.cairn.ui.careplan.CarePlanDiff.Change;
import org.cairn.ui.careplan.CarePlanDiff.Row;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The side-by-side view's rows: elements matched by id, each field once, what changed and how. */
class CarePlanDiffTest {

	private final CarePlan before = CarePlanRulesTest.completePlan();
	private final CarePlan after = EcoreUtil.copy(before);

	private Objective objective(CarePlan plan, int index) {
		return plan.getProblems().get(0).getGoal().getObjectives().get(index);
	}

	private static String describe(Row row) {
		return row.place() + " | " + row.field() + " | " + row.before() + " -> " + row.after() + " | " + row.change();
	}

	@Test
	void theSamePlanHasNoChangesAndEveryFieldOnce() {
		assertEquals(List.of(), CarePlanDiff.changes(before, after));
		List<Row> rows = CarePlanDiff.compare(before, after);
		assertEquals(rows.size(), rows.stream().map(row -> row.place() + "/" + row.field()).distinct().count());
		assertEquals("Care plan", rows.get(0).place(), "plan fields first");
	}

	@Test
	void aChangedTargetIsOneChangedRow() {
		objective(after, 0).setTarget("6 consecutive negative screens");
		assertEquals(List.of("Objective 1.1 | Target | 4 consecutive negative screens -> 6 consecutive negative screens | CHANGED"),
				CarePlanDiff.changes(before, after).stream().map(CarePlanDiffTest::describe).toList());
	}

	@Test
	void addedAndRemovedElementsReadAsSuch() {
		Intervention added = CairnFactory.eINSTANCE.createIntervention();
		added.setId("1.1.b");
		added.setDescription("Relapse prevention group");
		added.setFrequency("2x/week");
		objective(after, 0).getInterventions().add(added);
		List<Row> changes = CarePlanDiff.changes(before, after);
		assertEquals(List.of("Intervention 1.1.b | Description | null -> Relapse prevention group | ADDED",
				"Intervention 1.1.b | Frequency | null -> 2x/week | ADDED"), changes.stream().map(CarePlanDiffTest::describe).toList());

		List<Row> removed = CarePlanDiff.changes(after, before);
		assertEquals(2, removed.size());
		assertEquals(List.of(Change.REMOVED, Change.REMOVED), removed.stream().map(Row::change).toList());
	}

	@Test
	void reorderingIsNotAChangeAndAReviewIsOneAddedRow() {
		Objective second = EcoreUtil.copy(objective(before, 0));
		second.setId("1.2");
		before.getProblems().get(0).getGoal().getObjectives().add(second);
		CarePlan reordered = EcoreUtil.copy(before);
		reordered.getProblems().get(0).getGoal().getObjectives().move(0, 1);
		assertEquals(List.of(), CarePlanDiff.changes(before, reordered), "matched by id, not by position");

		PlanReview review = CairnFactory.eINSTANCE.createPlanReview();
		review.setReason("Relapse");
		reordered.getReviews().add(review);
		reordered.setRevision(2);
		assertEquals(List.of("Care plan | Revision | 1 -> 2 | CHANGED", "Care plan | Plan review 1 | null -> Reason: Relapse | ADDED"),
				CarePlanDiff.changes(before, reordered).stream().map(CarePlanDiffTest::describe).toList());
	}
}
