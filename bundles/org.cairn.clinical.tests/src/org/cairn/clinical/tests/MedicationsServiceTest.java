package org.cairn.clinical.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cairn.clinical.Analytes;
import org.cairn.clinical.MedicationRules;
import org.cairn.clinical.Medications;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.clinical.internal.ChartsService;
import org.cairn.clinical.internal.MedicationsService;
import org.cairn.model.AnalyteResult;
import org.cairn.model.CairnFactory;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.OrderStatus;
import org.cairn.model.Route;
import org.cairn.model.ScreenResult;
import org.cairn.model.UrineDrugScreen;
import org.cairn.store.StoredRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders, doses and screens through the medications service on a real embedded database: the warnings that take a
 * reason to go past (kept in the version's reason), take-homes kept with an observed dose, identity checks, and a
 * screen stored only with every analyte answered, its positives judged against the orders in force.
 */
class MedicationsServiceTest extends OneChart {

	static final CairnFactory MAKE = CairnFactory.eINSTANCE;
	static final LocalDate ADMITTED = LocalDate.of(2026, 11, 2);

	Medications medications;

	@BeforeEach
	void service() {
		medications = new MedicationsService(store, new ChartsService(store, accounts));
	}

	static MedicationOrder order(String id, String name, int mg, Route route) {
		MedicationOrder order = MAKE.createMedicationOrder();
		order.setId(id);
		order.setPatientId("p-ashby");
		order.setEpisodeId("e-ashby");
		order.setKind(MedicationKind.MOUD);
		order.setMedicationName(name);
		order.setDoseMg(BigDecimal.valueOf(mg));
		order.setRoute(route);
		order.setFrequency("once daily");
		order.setStartOn(ADMITTED.plusDays(1));
		order.setPrescriberId("nurse.ana");
		order.setStatus(OrderStatus.ACTIVE);
		return order;
	}

	private static List<String> codes(RefusedException e) {
		return e.problems().stream().map(Problem::code).toList();
	}

	@Test
	void anOrderWarnsOfItsRouteItsDoseAndASecondAgonistAndGoesOnOnlyWithAReason() {
		MedicationOrder film = order("mo-film", "Buprenorphine/naloxone sublingual film", 800, Route.ORAL);
		RefusedException refused = assertThrows(RefusedException.class, () -> medications.order(nurse, film, null, "order"));
		assertEquals(List.of("meds.warn.route", "meds.warn.buprenorphineDose", "meds.override"), codes(refused));
		assertEquals(List.of("Buprenorphine/naloxone sublingual film", "sublingual", "oral"), refused.problems().get(0).args());
		assertEquals(List.of("800", "24"), refused.problems().get(1).args());
		assertThrows(RefusedException.class, () -> medications.order(nurse, film, "ok", "order"), "a word is not a reason");
		assertTrue(store.read("mo-film").isEmpty());

		MedicationOrder bup = order("mo-bup", "Buprenorphine/naloxone sublingual film", 16, Route.SUBLINGUAL);
		medications.order(nurse, bup, null, "order");
		MedicationOrder methadone = order("mo-meth", "Methadone oral concentrate 10 mg/mL", 30, Route.ORAL);
		RefusedException agonist = assertThrows(RefusedException.class, () -> medications.order(nurse, methadone, null, "order"));
		assertEquals(List.of("meds.warn.concurrentAgonist", "meds.override"), codes(agonist));
		assertEquals("Buprenorphine/naloxone sublingual film", agonist.problem().arg(0));
		medications.order(nurse, methadone, "Switching to methadone today; buprenorphine stops tomorrow", "order");
		assertEquals("order; past meds.warn.concurrentAgonist: Switching to methadone today; buprenorphine stops tomorrow",
				store.read("mo-meth").orElseThrow().reason());
	}

	private DoseAdministration dose(String id, DoseOutcome outcome, Integer mg, int takeHomes, boolean identity) {
		DoseAdministration dose = MAKE.createDoseAdministration();
		dose.setId(id);
		dose.setPatientId("p-ashby");
		dose.setEpisodeId("e-ashby");
		dose.setOrderId("mo-bup");
		dose.setScheduledFor(ADMITTED.plusDays(2));
		dose.setOutcome(outcome);
		dose.setDoseMg(mg == null ? null : BigDecimal.valueOf(mg));
		dose.setTakeHomeDoses(takeHomes);
		dose.setIdentityChecked(identity);
		return dose;
	}

	@Test
	void aDoseKeepsItsTakeHomesNeedsTheIdentityCheckedAndWarnsWhenItIsNotTheOrdersDose() {
		medications.order(nurse, order("mo-bup", "Buprenorphine sublingual tablet", 16, Route.SUBLINGUAL), null, "order");
		assertEquals(List.of("meds.identity"),
				codes(assertThrows(RefusedException.class, () -> medications.recordDose(nurse, dose("da-1", DoseOutcome.OBSERVED, 16, 2, false), 3, null, "dose"))));
		medications.recordDose(nurse, dose("da-1", DoseOutcome.OBSERVED, 16, 2, true), 3, null, "dose");
		assertEquals(2, ((DoseAdministration) store.read("da-1").orElseThrow().record()).getTakeHomeDoses(), "take-homes with an observed dose are kept");
		assertEquals(2, store.doses("p-ashby", ADMITTED, ADMITTED.plusDays(5)).get(0).takeHomeDoses(), "and shown in the dose log");

		assertEquals(List.of("meds.takeHomes.notGiven"), codes(assertThrows(RefusedException.class,
				() -> medications.recordDose(nurse, dose("da-2", DoseOutcome.REFUSED, null, 1, false), 3, null, "dose"))));
		RefusedException differs = assertThrows(RefusedException.class,
				() -> medications.recordDose(nurse, dose("da-3", DoseOutcome.OBSERVED, 32, 0, true), 3, null, "dose"));
		assertEquals(List.of("meds.warn.doseDiffers", "meds.override"), codes(differs));
		assertEquals(List.of("32", "16", "Buprenorphine sublingual tablet"), differs.problem().args());
		assertFalse(MedicationRules.overrides("because"));
	}

	@Test
	void aScreenIsStoredOnlyWithEveryAnalyteAnsweredAndItsPositivesJudgedAgainstTheOrders() {
		medications.order(nurse, order("mo-bup", "Buprenorphine sublingual tablet", 16, Route.SUBLINGUAL), null, "order");
		UrineDrugScreen screen = MAKE.createUrineDrugScreen();
		screen.setId("uds-1");
		screen.setPatientId("p-ashby");
		screen.setEpisodeId("e-ashby");
		screen.setCollectedAt(ADMITTED.plusDays(3).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().plusSeconds(9 * 3600));
		for (Analytes.Analyte analyte : Analytes.PANEL) {
			if (analyte.loinc().equals("18282-4")) {
				continue; // THC left unanswered
			}
			AnalyteResult result = MAKE.createAnalyteResult();
			result.setAnalyte(analyte.code());
			result.setResult(analyte.loinc().equals("93494-3") || analyte.loinc().equals("59673-4") ? ScreenResult.POSITIVE : ScreenResult.NEGATIVE);
			screen.getResults().add(result);
		}
		RefusedException unanswered = assertThrows(RefusedException.class, () -> medications.recordScreen(nurse, screen, "screen"));
		assertEquals(List.of("meds.screen.unanswered"), codes(unanswered));
		assertEquals("Cannabinoids (THC)", unanswered.problem().arg(0));
		AnalyteResult thc = MAKE.createAnalyteResult();
		thc.setAnalyte(Analytes.byLoinc("18282-4").code());
		thc.setResult(ScreenResult.NOT_TESTED);
		screen.getResults().add(thc);
		UrineDrugScreen stored = medications.recordScreen(nurse, screen, "screen").record();
		assertEquals(List.of("59673-4", "18282-4"), stored.getResults().stream().filter(r -> !r.isExpected()).map(r -> r.getAnalyte().getCode()).toList(),
				"buprenorphine is explained by the order; fentanyl is not, and THC was not tested");
	}

	@Test
	void aTaperIsPlannedByTheServiceAndEndsWithItsOrderInTheSameSave() {
		MedicationOrder order = medications.order(nurse, order("mo-bup", "Buprenorphine sublingual tablet", 16, Route.SUBLINGUAL), null, "order")
				.record();
		assertEquals(List.of("taper.to", "meds.stop.reason"), codes(assertThrows(RefusedException.class, () -> medications.planTaper(nurse, order,
				BigDecimal.valueOf(16), BigDecimal.valueOf(20), BigDecimal.valueOf(4), 7, ADMITTED.plusDays(30), " ", true))));
		assertEquals(List.of(new Problem("taper.tooLong", List.of(60))), assertThrows(RefusedException.class, () -> medications.planTaper(nurse,
				order, BigDecimal.valueOf(100), BigDecimal.ZERO, BigDecimal.ONE, 1, ADMITTED.plusDays(30), "Patient request", true)).problems());
		org.cairn.model.TaperSchedule taper = medications.planTaper(nurse, order, BigDecimal.valueOf(16), BigDecimal.valueOf(2), BigDecimal.valueOf(4),
				7, ADMITTED.plusDays(30), "Patient request after six months stable", true).record();
		assertEquals(List.of("12", "8", "4", "2"), taper.getSteps().stream().map(step -> step.getDoseMg().toPlainString()).toList(),
				"the steps are worked out by the service");
		assertEquals(org.cairn.model.TaperStatus.PLANNED, taper.getStatus());
		assertEquals("p-ashby", taper.getPatientId());

		assertEquals(List.of("meds.stop.status", "meds.endOn", "meds.stop.reason"), codes(assertThrows(RefusedException.class,
				() -> medications.stop(nurse, order, 1, OrderStatus.ACTIVE, ADMITTED, "  "))));
		assertEquals(1, store.read("mo-bup").orElseThrow().version(), "nothing was stored");
		MedicationOrder stopped = medications.stop(nurse, order, 1, OrderStatus.DISCONTINUED, ADMITTED.plusDays(40), "Transferred").record();
		assertEquals(OrderStatus.DISCONTINUED, stopped.getStatus());
		assertEquals("order discontinued", store.read("mo-bup").orElseThrow().reason());
		StoredRecord<?> ended = store.read(taper.getId()).orElseThrow();
		assertEquals(org.cairn.model.TaperStatus.ABANDONED, ((org.cairn.model.TaperSchedule) ended.record()).getStatus(), "the taper follows its order");
		assertEquals("taper abandoned with its order", ended.reason());
		assertEquals(List.of("meds.stop.notActive"), codes(assertThrows(RefusedException.class, () -> medications.planTaper(nurse, stopped,
				BigDecimal.valueOf(16), BigDecimal.ZERO, BigDecimal.valueOf(4), 7, ADMITTED.plusDays(50), "again", true))));
	}

	@Test
	void aDoseIsCorrectedByANewVersionWithWhyOrMarkedEnteredInErrorAndLeavesTheLog() {
		medications.order(nurse, order("mo-bup", "Buprenorphine sublingual tablet", 16, Route.SUBLINGUAL), null, "order");
		DoseAdministration dose = medications.recordDose(nurse, dose("da-1", DoseOutcome.OBSERVED, 16, 0, true), 3, null, "dose").record();
		DoseAdministration corrected = org.eclipse.emf.ecore.util.EcoreUtil.copy(dose);
		corrected.setTakeHomeDoses(2);
		assertEquals(List.of("meds.correction.reason"),
				codes(assertThrows(RefusedException.class, () -> medications.correctDose(nurse, corrected, 1, 3, "oops", null))));
		medications.correctDose(nurse, corrected, 1, 3, "two take-homes were given and not entered", null);
		assertEquals(2, store.read("da-1").orElseThrow().version());
		assertEquals("corrected: two take-homes were given and not entered", store.read("da-1").orElseThrow().reason());
		assertEquals(0, ((DoseAdministration) store.read("da-1", 1).orElseThrow().record()).getTakeHomeDoses(), "the first version stays as it was");
		assertEquals(2, store.doses("p-ashby", ADMITTED, ADMITTED.plusDays(5)).get(0).takeHomeDoses());

		DoseAdministration stored = (DoseAdministration) store.read("da-1").orElseThrow().record();
		medications.markDoseEnteredInError(nurse, stored, 2, "recorded in the wrong patient's chart");
		assertEquals(List.of(), store.doses("p-ashby", ADMITTED, ADMITTED.plusDays(5)), "a dose in error leaves the dose log");
		DoseAdministration marked = (DoseAdministration) store.read("da-1").orElseThrow().record();
		assertEquals("nurse.ana", marked.getEnteredInError().getMarkedBy());
		assertEquals(List.of("meds.dose.inError"),
				codes(assertThrows(RefusedException.class, () -> medications.markDoseEnteredInError(nurse, marked, 3, "again, twice"))));
	}
}
