package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.clinical.CarePlanRules;
import org.cairn.clinical.CarePlanRules.Finding;
import org.cairn.ui.Problems;
import org.cairn.ui.careplan.PlanWords;
import org.junit.jupiter.api.Test;

/** What a supervisor would ask to fix in a care plan, each rule on its own, with the place it names. */
class CarePlanRulesTest {

	private static final CairnFactory MAKE = CairnFactory.eINSTANCE;
	static final LocalDate START = LocalDate.of(2026, 11, 2);

	/** A complete plan: one problem, its goal, one SMART objective with one intervention. */
	static CarePlan completePlan() {
		CarePlan plan = MAKE.createCarePlan();
		plan.setId("cp-test");
		plan.setPatientId("p-test");
		plan.setEpisodeId("e-test");
		plan.setRevision(1);
		plan.setStatus(CarePlanStatus.DRAFT);
		plan.setEffectiveFrom(START);
		plan.setReviewDue(START.plusDays(30));
		Problem problem = MAKE.createProblem();
		problem.setId("1");
		problem.setStatement("Opioid use disorder, daily fentanyl use");
		Goal goal = MAKE.createGoal();
		goal.setId("1");
		goal.setStatement("Stay off fentanyl");
		Objective objective = MAKE.createObjective();
		objective.setId("1.1");
		objective.setStatement("Negative screens for non-prescribed opioids");
		objective.setMeasure("Weekly UDS");
		objective.setTarget("4 consecutive negative screens");
		objective.setStartOn(START);
		objective.setTargetOn(START.plusDays(60));
		Intervention intervention = MAKE.createIntervention();
		intervention.setId("1.1.a");
		intervention.setDescription("Individual counselling, motivational interviewing");
		intervention.setFrequency("1x/week, 50 min");
		intervention.setResponsibleStaffId("t-counsellor-a");
		objective.getInterventions().add(intervention);
		goal.getObjectives().add(objective);
		problem.setGoal(goal);
		plan.getProblems().add(problem);
		return plan;
	}

	private static Objective objective(CarePlan plan) {
		return plan.getProblems().get(0).getGoal().getObjectives().get(0);
	}

	private static List<String> texts(CarePlan plan) {
		return CarePlanRules.check(plan).stream().map(PlanWords::text).toList();
	}

	@Test
	void aCompletePlanHasNothingToFix() {
		assertEquals(List.of(), texts(completePlan()));
	}

	@Test
	void anObjectiveWithoutMeasureOrTargetIsNotMeasurable() {
		CarePlan plan = completePlan();
		objective(plan).setMeasure(" ");
		objective(plan).setTarget(null);
		assertEquals(List.of("Objective 1.1: not measurable: the measure is missing", "Objective 1.1: not measurable: the target value is missing"),
				texts(plan));
	}

	@Test
	void theTargetDateMustComeAfterTheStartDate() {
		CarePlan plan = completePlan();
		objective(plan).setTargetOn(START);
		List<Finding> findings = CarePlanRules.check(plan);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(objective(plan), findings.get(0).element(), "the finding leads to the objective");
		assertEquals("Objective 1.1", PlanWords.place(findings.get(0).element()));
		assertEquals("plan.targetOn.order", findings.get(0).problem().code());
		assertEquals(true, Problems.words(findings.get(0).problem()).startsWith("the target date ("), Problems.words(findings.get(0).problem()));
		objective(plan).setTargetOn(null);
		assertEquals(List.of("Objective 1.1: not time-bound: the target date is missing"), texts(plan));
	}

	@Test
	void everyInterventionSaysHowOftenAndWhoIsResponsible() {
		CarePlan plan = completePlan();
		Intervention intervention = objective(plan).getInterventions().get(0);
		intervention.setFrequency(null);
		intervention.setResponsibleStaffId("");
		assertEquals(List.of("Intervention 1.1.a: the frequency is missing (e.g. 1x/week, 50 min)",
				"Intervention 1.1.a: no staff member is responsible"), texts(plan));
		objective(plan).getInterventions().clear();
		assertEquals(List.of("Objective 1.1: add at least one intervention"), texts(plan));
	}

	@Test
	void aProblemNeedsAGoalWithObjectives() {
		CarePlan plan = completePlan();
		plan.getProblems().get(0).getGoal().getObjectives().clear();
		assertEquals(List.of("Goal of problem 1: add at least one short-term objective"), texts(plan));
		plan.getProblems().get(0).setGoal(null);
		assertEquals(List.of("Problem 1: the long-term goal is missing"), texts(plan));
	}

	@Test
	void thePlanNeedsAProblemAndAReviewDateAfterItStarts() {
		CarePlan plan = completePlan();
		plan.getProblems().clear();
		plan.setReviewDue(START.minusDays(1));
		List<String> texts = texts(plan);
		assertEquals(2, texts.size(), texts.toString());
		assertEquals(true, texts.get(0).startsWith("Care plan: the next review ("), texts.get(0));
		assertEquals("Care plan: add at least one problem", texts.get(1));
	}
}
