package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cairn.clinical.Analytes;
import org.cairn.clinical.MedicationRules;
import org.cairn.model.CairnFactory;
import org.cairn.model.DoseOutcome;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.MissedDoseReason;
import org.cairn.model.OrderStatus;
import org.cairn.model.Route;
import org.cairn.model.TaperStep;
import org.cairn.ui.Problems;
import org.junit.jupiter.api.Test;

/**
 * Orders, doses, tapers and drug-screen expectations, against the limits CLINICAL.md gives; the rules (in
 * org.cairn.clinical) as the workbench words them.
 */
class MedicationRulesTest {

	static final LocalDate ADMITTED = LocalDate.of(2026, 11, 2);

	static MedicationOrder order(String name, int mg) {
		MedicationOrder order = CairnFactory.eINSTANCE.createMedicationOrder();
		order.setId("mo-" + name.hashCode());
		order.setKind(MedicationKind.MOUD);
		order.setMedicationName(name);
		order.setDoseMg(BigDecimal.valueOf(mg));
		order.setRoute(Route.ORAL);
		order.setFrequency("once daily");
		order.setStartOn(ADMITTED);
		order.setPrescriberId("t-prescriber");
		order.setStatus(OrderStatus.ACTIVE);
		return order;
	}

	private static List<String> words(List<org.cairn.clinical.Problem> problems) {
		return Problems.words(problems);
	}

	@Test
	void aCompleteOrderHasNoProblemsAndAMissingFieldIsNamed() {
		assertEquals(List.of(), MedicationRules.forOrder(order("Buprenorphine sublingual tablet", 16), ADMITTED));
		MedicationOrder order = order("Buprenorphine sublingual tablet", 0);
		order.setPrescriberId(" ");
		assertEquals(List.of("Dose: a daily dose in mg above 0.", "Prescriber: who ordered it."), words(MedicationRules.forOrder(order, ADMITTED)));
	}

	@Test
	void moreThanFiftyMgOfMethadoneOnTheFirstDayNeedsItsIndication() {
		MedicationOrder order = order("Methadone oral concentrate 10 mg/mL", 60);
		assertEquals(1, MedicationRules.forOrder(order, ADMITTED).size());
		assertTrue(words(MedicationRules.forOrder(order, ADMITTED)).get(0).contains("more than 50 mg of methadone on the first day"));
		assertEquals(List.of(), MedicationRules.forOrder(order(order.getMedicationName(), 50), ADMITTED), "50 mg is allowed");
		order.setReason("Tolerance documented: 120 mg at the previous programme, verified");
		assertEquals(List.of(), MedicationRules.forOrder(order, ADMITTED));
		MedicationOrder later = order("Methadone oral concentrate 10 mg/mL", 80);
		later.setStartOn(ADMITTED.plusDays(20));
		assertEquals(List.of(), MedicationRules.forOrder(later, ADMITTED), "the limit is for the first day");
	}

	@Test
	void methadoneTakeHomesFollowTheDayInTreatment() {
		assertEquals(7, MedicationRules.maxMethadoneTakeHomeDays(1));
		assertEquals(7, MedicationRules.maxMethadoneTakeHomeDays(14));
		assertEquals(14, MedicationRules.maxMethadoneTakeHomeDays(15));
		assertEquals(14, MedicationRules.maxMethadoneTakeHomeDays(30));
		assertEquals(28, MedicationRules.maxMethadoneTakeHomeDays(31));

		MedicationOrder methadone = order("Methadone oral concentrate 10 mg/mL", 60);
		BigDecimal mg = BigDecimal.valueOf(60);
		assertEquals(List.of("Take-home doses: methadone allows at most 7 on day 10 in treatment."),
				words(MedicationRules.forDose(DoseOutcome.TAKE_HOME, mg, 8, null, methadone, 10)));
		assertEquals(List.of("Take-home doses: methadone allows at most 7 on day 10 in treatment."),
				words(MedicationRules.forDose(DoseOutcome.OBSERVED, mg, 8, null, methadone, 10)), "the limit holds for doses sent home with an observed one");
		assertEquals(List.of(), MedicationRules.forDose(DoseOutcome.TAKE_HOME, mg, 8, null, methadone, 15));
		assertEquals(List.of(), MedicationRules.forDose(DoseOutcome.TAKE_HOME, mg, 8, null, order("Buprenorphine sublingual tablet", 16), 10),
				"not for buprenorphine");
		assertEquals(List.of("Take-home doses: how many doses went home."),
				words(MedicationRules.forDose(DoseOutcome.TAKE_HOME, mg, null, null, methadone, 40)));
	}

	@Test
	void takeHomeDosesGoOnlyWithADoseGivenAndAreNeverDroppedSilently() {
		BigDecimal mg = BigDecimal.valueOf(16);
		MedicationOrder bup = order("Buprenorphine/naloxone sublingual film", 16);
		assertEquals(List.of(), MedicationRules.forDose(DoseOutcome.OBSERVED, mg, 2, null, bup, 20),
				"an observed dose with two doses to take home is stored as such");
		assertEquals(List.of("Take-home doses: doses go home only with a dose given today (observed or taken home); clear the number or change the"
				+ " outcome."), words(MedicationRules.forDose(DoseOutcome.MISSED, null, 2, MissedDoseReason.NO_SHOW, bup, 20)));
		assertEquals(List.of("Identity checked: confirm the patient's identity before a dose is given."),
				words(MedicationRules.forIdentity(DoseOutcome.OBSERVED, false)));
		assertEquals(List.of(), MedicationRules.forIdentity(DoseOutcome.MISSED, false), "no dose, nobody to identify");
		assertEquals(List.of(), MedicationRules.forIdentity(DoseOutcome.TAKE_HOME, true));
	}

	@Test
	void aScreenIsStoredOnlyWhenEveryAnalyteWasAnswered() {
		java.util.Map<Analytes.Analyte, org.cairn.model.ScreenResult> results = new java.util.HashMap<>();
		for (Analytes.Analyte analyte : Analytes.PANEL) {
			results.put(analyte, org.cairn.model.ScreenResult.NEGATIVE);
		}
		assertEquals(List.of(), MedicationRules.forScreen(results));
		results.put(Analytes.byLoinc("59673-4"), null);
		results.put(Analytes.byLoinc("19359-9"), org.cairn.model.ScreenResult.NOT_TESTED);
		results.put(Analytes.byLoinc("18282-4"), null);
		assertEquals(List.of("Results: choose a result for Fentanyl, Cannabinoids (THC) (or \"Not tested\"); an analyte left blank is not a negative."),
				words(MedicationRules.forScreen(results)));
	}

	@Test
	void aMissedDoseNeedsAReasonAndAGivenDoseItsMg() {
		assertEquals(List.of("Why it was missed: choose a reason."), words(MedicationRules.forDose(DoseOutcome.MISSED, null, null, null, null, 3)));
		assertEquals(List.of(), MedicationRules.forDose(DoseOutcome.MISSED, null, null, MissedDoseReason.NO_SHOW, null, 3));
		assertEquals(List.of("Dose: the mg given."), words(MedicationRules.forDose(DoseOutcome.OBSERVED, null, null, null, null, 3)));
		assertEquals(List.of("Outcome: observed, take-home, missed, refused or held."), words(MedicationRules.forDose(null, null, null, null, null, 3)));
	}

	@Test
	void aTaperLowersByTheStepAndLandsOnTheTarget() {
		List<TaperStep> steps = org.cairn.clinical.TaperRules.schedule(BigDecimal.valueOf(16), BigDecimal.valueOf(2), BigDecimal.valueOf(4), 7, ADMITTED);
		assertEquals(List.of("12", "8", "4", "2"), steps.stream().map(step -> step.getDoseMg().toPlainString()).toList());
		assertEquals(List.of(ADMITTED, ADMITTED.plusDays(7), ADMITTED.plusDays(14), ADMITTED.plusDays(21)),
				steps.stream().map(TaperStep::getFromDate).toList());
		assertEquals(List.of(), org.cairn.clinical.TaperRules.check(BigDecimal.valueOf(16), BigDecimal.ZERO, BigDecimal.valueOf(2), 7));
		assertEquals(List.of("Down to: a target below the current dose (0 to stop)."),
				words(org.cairn.clinical.TaperRules.check(BigDecimal.valueOf(16), BigDecimal.valueOf(20), BigDecimal.valueOf(2), 7)));
		assertEquals(List.of("The plan would take more than 60 steps: lower by more at each step."),
				words(org.cairn.clinical.TaperRules.check(BigDecimal.valueOf(100), BigDecimal.ZERO, BigDecimal.ONE, 1)));
	}

	@Test
	void aTaperEndsWithItsOrder() {
		assertEquals(org.cairn.model.TaperStatus.ABANDONED, org.cairn.clinical.TaperRules.whenOrderEnds(OrderStatus.DISCONTINUED));
		assertEquals(org.cairn.model.TaperStatus.COMPLETED, org.cairn.clinical.TaperRules.whenOrderEnds(OrderStatus.COMPLETED));
		assertEquals(org.cairn.model.TaperStatus.PAUSED, org.cairn.clinical.TaperRules.whenOrderEnds(OrderStatus.ON_HOLD));
		assertEquals(null, org.cairn.clinical.TaperRules.whenOrderEnds(OrderStatus.ACTIVE));
	}

	@Test
	void onlyAnActiveOrderExplainsAPositiveScreen() {
		Analytes.Analyte buprenorphine = Analytes.byLoinc("93494-3");
		Analytes.Analyte fentanyl = Analytes.byLoinc("59673-4");
		Analytes.Analyte methadone = Analytes.byLoinc("19550-3");
		List<MedicationOrder> onBup = List.of(order("Buprenorphine/naloxone sublingual film", 16));
		assertTrue(Analytes.expectedPositive(buprenorphine, onBup));
		assertFalse(Analytes.expectedPositive(methadone, onBup));
		assertFalse(Analytes.expectedPositive(fentanyl, onBup), "nothing prescribed explains fentanyl");
		assertFalse(Analytes.expectedPositive(buprenorphine, List.of()));
		MedicationOrder stopped = order("Buprenorphine sublingual tablet", 16);
		stopped.setEndOn(ADMITTED.plusDays(3));
		assertFalse(MedicationRules.activeOn(stopped, ADMITTED.plusDays(4)), "an order that ended is not active");
		assertTrue(MedicationRules.activeOn(stopped, ADMITTED.plusDays(3)));
		assertEquals("Fentanyl", fentanyl.name());
		assertEquals("http://loinc.org", fentanyl.code().getSystem());
	}
}
