package org.cairn.clinical.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cairn.clinical.CarePlans;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.clinical.internal.CarePlansService;
import org.cairn.clinical.internal.ChartsService;
import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.PlanReview;
import org.cairn.model.Signature;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Session;
import org.cairn.security.internal.JdbcAccounts;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditQuery;
import org.cairn.store.SignedContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Care plans through the service: a plan in force only when the rules find nothing, signatures made only by the
 * service (with the hash of what was signed and the SIGN event in the same save), and a review in the person's own
 * name.
 */
class CarePlansServiceTest extends OneChart {

	static final CairnFactory MAKE = CairnFactory.eINSTANCE;
	static final LocalDate START = LocalDate.of(2026, 11, 2);

	CarePlans plans;
	Session kim;

	@BeforeEach
	void service() {
		JdbcAccounts accounts = new JdbcAccounts(store, java.time.Clock.systemUTC());
		accounts.create("counsellor.kim", "Kim", Set.of("clinician"), "a long test passphrase".toCharArray(), "site.admin");
		kim = new Session((Authentication.Success) accounts.authenticate("counsellor.kim", "a long test passphrase".toCharArray()), Instant.now());
		plans = new CarePlansService(store, new ChartsService(store, accounts), java.time.Clock.systemDefaultZone());
	}

	/** A complete plan for Omar Ashby: one problem, its goal, one SMART objective with one intervention. */
	static CarePlan plan() {
		CarePlan plan = MAKE.createCarePlan();
		plan.setId("cp-ashby");
		plan.setPatientId("p-ashby");
		plan.setEpisodeId("e-ashby");
		plan.setRevision(1);
		plan.setStatus(CarePlanStatus.DRAFT);
		plan.setEffectiveFrom(START);
		plan.setReviewDue(START.plusDays(30));
		org.cairn.model.Problem problem = MAKE.createProblem();
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
		intervention.setDescription("Individual counselling");
		intervention.setFrequency("1x/week, 50 min");
		intervention.setResponsibleStaffId("counsellor.kim");
		objective.getInterventions().add(intervention);
		goal.getObjectives().add(objective);
		problem.setGoal(goal);
		plan.getProblems().add(problem);
		return plan;
	}

	private static List<String> codes(RefusedException e) {
		return e.problems().stream().map(Problem::code).toList();
	}

	@Test
	void aPlanIsInForceOnlyWhenTheRulesFindNothingAndItsSignatureIsTheServicesOwn() {
		CarePlan incomplete = plan();
		incomplete.getProblems().get(0).getGoal().getObjectives().get(0).setMeasure(" ");
		plans.save(kim, incomplete, 0, "draft"); // a draft may be incomplete
		incomplete.setStatus(CarePlanStatus.ACTIVE);
		assertEquals(List.of("plan.measure"), codes(assertThrows(RefusedException.class, () -> plans.save(kim, incomplete, 1, "active"))));
		assertEquals(List.of("plan.measure"),
				codes(assertThrows(RefusedException.class, () -> plans.sign(kim, incomplete, 1, "I attest", "signed"))), "nor signed");

		CarePlan forged = plan();
		Signature signature = MAKE.createSignature();
		signature.setSignerId("supervisor.sam");
		signature.setSignedAt(Instant.now());
		signature.setContentHash(SignedContent.of(forged));
		forged.getSignatures().add(signature);
		RefusedException added = assertThrows(RefusedException.class, () -> plans.save(kim, forged, 1, "signed by Sam"));
		assertEquals(List.of("plan.signature.added"), codes(added), "a signature is made by the service, never brought in");
		assertEquals(1, store.read("cp-ashby").orElseThrow().version());

		CarePlan signed = plans.sign(kim, plan(), 1, "I attest that this plan was agreed with the patient", "signed").record();
		assertEquals(CarePlanStatus.ACTIVE, signed.getStatus(), "signing puts a draft in force");
		assertEquals("counsellor.kim", signed.getSignatures().get(0).getSignerId());
		assertTrue(SignedContent.matches(signed), "the signature holds the hash of what was signed");
		assertEquals(1, store.auditEntries(new AuditQuery("p-ashby", "counsellor.kim", Action.SIGN, null, null, 10)).size());
		// the stored signature may be kept by a later save
		plans.save(kim, signed, 2, "kept");
		assertEquals(3, store.read("cp-ashby").orElseThrow().version());
	}

	@Test
	void aReviewIsThePersonsOwnAndNotDatedAhead() {
		plans.sign(kim, plan(), 0, "I attest", "signed");
		CarePlan reviewed = (CarePlan) store.read("cp-ashby").orElseThrow().record();
		PlanReview review = MAKE.createPlanReview();
		review.setReviewerId("supervisor.sam");
		review.setReviewedOn(START.plusDays(28));
		review.setReason("scheduled");
		reviewed.getReviews().add(review);
		reviewed.getSignatures().clear();
		reviewed.setRevision(2);
		assertEquals(List.of("plan.review.notYours"), codes(assertThrows(RefusedException.class, () -> plans.save(kim, reviewed, 1, "review"))));
		review.setReviewerId("counsellor.kim");
		review.setReviewedOn(LocalDate.now().plusDays(3));
		assertEquals(List.of("plan.review.date"), codes(assertThrows(RefusedException.class, () -> plans.save(kim, reviewed, 1, "review"))));
		review.setReviewedOn(LocalDate.now());
		assertEquals(2, plans.save(kim, reviewed, 1, "review").version());
	}

	@Test
	void aPlanOutsideThePersonsChartsOrRoleIsRefused() {
		JdbcAccounts accounts = new JdbcAccounts(store, java.time.Clock.systemUTC());
		accounts.setSetting(Accounts.CHART_ACCESS, "caseload", "site.admin");
		accounts.create("counsellor.lee", "Lee", Set.of("clinician"), "a long test passphrase".toCharArray(), "site.admin");
		Session lee = new Session((Authentication.Success) accounts.authenticate("counsellor.lee", "a long test passphrase".toCharArray()), Instant.now());
		assertEquals("chart.outside-caseload", assertThrows(RefusedException.class, () -> plans.save(lee, plan(), 0, "draft")).problem().code());
		accounts.create("front.desk", "Desk", Set.of("intake"), "a long test passphrase".toCharArray(), "site.admin");
		Session desk = new Session((Authentication.Success) accounts.authenticate("front.desk", "a long test passphrase".toCharArray()), Instant.now());
		assertEquals("access.denied", assertThrows(RefusedException.class, () -> plans.save(desk, plan(), 0, "draft")).problem().code());
		assertTrue(store.read("cp-ashby").isEmpty());
	}
}
