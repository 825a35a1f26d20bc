package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cairn.clinical.Analytes;
import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.CareTeamRole;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NoteStatus;
import org.cairn.model.Objective;
import org.cairn.model.OrderStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.model.ResponseStatus;
import org.cairn.model.RiskLevel;
import org.cairn.model.Route;
import org.cairn.model.ScreenResult;
import org.cairn.model.SessionNote;
import org.cairn.model.UrineDrugScreen;
import org.cairn.model.VitalSigns;
import org.cairn.store.DoseEntry;
import org.cairn.store.PatientMatch;
import org.cairn.store.RecordStore;
import org.cairn.store.SignedContent;
import org.cairn.store.StoredRecord;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.cairn.ui.trends.Trend;
import org.cairn.ui.trends.TrendChart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One new patient of the opioid treatment programme walked through the workstation as clinicians would, through
 * the screens only, each step checked in the record store: intake (File › New Patient) in withdrawal management with
 * the time of last use told, about 20 hours ago, and the Part 2 notice given; a COWS given on the chart; a
 * buprenorphine/naloxone order, an observed dose with doses to take home and a urine drug screen with every analyte
 * answered; a session note written, saved and signed; a care plan built, saved and signed; and the detox flowsheet
 * placing the COWS by the hours since last use told at intake.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(44)
class OnePatientThroughTheProgrammeTest {

	/** Used by no other test: the patient is new in every run of the suite. */
	private static final String MRN = "T-E2E-0044";
	private static final String GIVEN = "Marlow";
	private static final String FAMILY = "Tindell";
	private static final String BORN = "1983-10-19";
	private static final String MEDICATION = "Buprenorphine/naloxone sublingual film";
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private static String patientId;
	private static String episodeId;
	/** The time of last use as typed at intake. */
	private static String lastUseTyped;
	private static Phase startingPhase;
	private static String phaseLabel;
	private static String orderId;
	/** The hours since last use stored with the COWS, which the flowsheet is to show. */
	private static BigDecimal cowsHours;

	/** Whatever happened here, no unsaved work of this patient is left to reopen in the test classes after this one. */
	@AfterAll
	static void discardLeftoverDrafts() {
		if (patientId == null) {
			return;
		}
		RecordStore store = TestCharts.store();
		store.drafts(TestLogin.USER).stream().filter(draft -> patientId.equals(draft.patientId()))
				.forEach(draft -> store.discardDraft(draft.recordId()));
	}

	@Test
	@Order(1)
	void intakeRegistersTheNewPatientWithTheTimeOfLastUseAndOpensTheChart(UiBot bot) {
		// as PatientListAndChartTest.ctrlNAdmitsANewPatientAndOpensTheirChart, from the File menu
		bot.byId(Table.class, "patients.table");
		bot.menu("File", "New Patient...");
		bot.shell("New Patient");
		Button create = bot.byId(Button.class, "intake.create");
		assertFalse(bot.call(create::isEnabled), "Create waits for a complete form");
		PatientListAndChartTest.fill(bot, "intake.givenName", GIVEN);
		PatientListAndChartTest.fill(bot, "intake.familyName", FAMILY);
		PatientListAndChartTest.fill(bot, "intake.birthDate", BORN);
		PatientListAndChartTest.fill(bot, "intake.mrn", MRN);
		PatientListAndChartTest.select(bot, bot.byId(Combo.class, "intake.programme"), "Opioid treatment programme");
		Combo phase = bot.byId(Combo.class, "intake.phase");
		boolean withdrawalOffered = List.of(bot.call(phase::getItems)).contains("Withdrawal management");
		phaseLabel = withdrawalOffered ? "Withdrawal management" : "Stabilisation";
		startingPhase = withdrawalOffered ? Phase.WITHDRAWAL_MANAGEMENT : Phase.STABILISATION;
		PatientListAndChartTest.select(bot, phase, phaseLabel);
		lastUseTyped = LocalDateTime.now().minusHours(20).withSecond(0).withNano(0).format(MINUTES);
		PatientListAndChartTest.fill(bot, "intake.lastUse", lastUseTyped);
		// the primary counsellor: the signed-in clinician, so that the care plan can name them responsible
		Combo counsellor = bot.byId(Combo.class, "intake.counsellor");
		bot.run(() -> counsellor.setText(TestLogin.USER));
		assertFalse(bot.call(create::isEnabled), "the Part 2 notice is still to be ticked");
		Button notice = bot.byId(Button.class, "intake.noticeGiven");
		bot.run(() -> {
			notice.setSelection(true);
			notice.notifyListeners(SWT.Selection, new Event());
		});
		bot.waitUntil("a complete form can be created", () -> bot.call(create::isEnabled));
		bot.screenshot("e2e-intake");
		bot.click(create);
		bot.waitUntil("the new chart opens, or intake asks about a possible duplicate", () -> windowOpen(bot, "This patient may have a chart already")
				|| bot.textOf(bot.byId(Label.class, "chart.name")).startsWith(FAMILY + ", " + GIVEN));
		assertFalse(windowOpen(bot, "This patient may have a chart already"), "a new person is not taken for a possible duplicate");
		String episodeLine = bot.textOf(bot.byId(Label.class, "chart.episode"));
		assertTrue(episodeLine.contains(phaseLabel + " since") && episodeLine.contains("Day 1 in treatment"), episodeLine);
		assertTrue(bot.textOf(bot.byId(Label.class, "chart.details")).contains("MRN " + MRN), bot.textOf(bot.byId(Label.class, "chart.details")));
		bot.waitUntil("the status bar confirms the intake", () -> bot.textOf(bot.byId(Label.class, "statusbar.message"))
				.startsWith("The new patient and their episode of care are stored"));

		RecordStore store = TestCharts.store();
		List<PatientMatch> matches = store.findPatients(MRN, 5).stream().filter(match -> MRN.equals(match.mrn())).toList();
		assertEquals(1, matches.size(), "one chart holds the MRN: " + matches);
		patientId = matches.get(0).id();
		Patient patient = (Patient) store.read(patientId).orElseThrow().record();
		assertEquals(GIVEN, patient.getGivenName());
		assertEquals(FAMILY, patient.getFamilyName());
		assertEquals(LocalDate.parse(BORN), patient.getBirthDate());
		assertNotNull(patient.getAdmissionNoticeGivenAt(), "the Part 2 notice is recorded as given");
		List<String> episodes = store.timeline(patientId, Set.of("EpisodeOfCare")).stream().map(entry -> entry.recordId()).toList();
		assertEquals(1, episodes.size(), "one episode of care: " + episodes);
		episodeId = episodes.get(0);
		StoredRecord<ClinicalRecord> stored = store.read(episodeId).orElseThrow();
		EpisodeOfCare episode = (EpisodeOfCare) stored.record();
		assertEquals(1, stored.version());
		assertEquals(Programme.OPIOID_TREATMENT_PROGRAM, episode.getProgramme());
		assertEquals(EpisodeStatus.ACTIVE, episode.getStatus());
		assertEquals(TestCharts.TODAY, episode.getAdmittedOn());
		assertEquals(startingPhase, episode.getPhases().get(0).getPhase());
		assertEquals(instant(lastUseTyped), episode.getLastUseAt(), "the time of last use told at intake is the episode's");
		assertEquals(TestLogin.USER, episode.getCareTeam().get(0).getStaffId());
		assertEquals(CareTeamRole.PRIMARY_COUNSELLOR, episode.getCareTeam().get(0).getRole());
	}

	@Test
	@Order(2)
	void aCowsIsGivenWithTheTimeOfLastUseKnownFromIntake(UiBot bot) {
		// as GiveAssessmentTest.aCowsToldTheTimeOfLastUsePlacesItsScoreAndKeepsThePulse, from the Chart menu
		// the chart reads itself again after each save: its menu acts on the chart once it has
		bot.waitForJobs();
		bot.menu("Chart", "Give Assessment...");
		bot.shell("Give an Assessment");
		Combo form = bot.byId(Combo.class, "assessment.form");
		List<String> offered = List.of(bot.call(form::getItems));
		String cows = offered.stream().filter(item -> item.startsWith("Clinical Opiate Withdrawal Scale (COWS)")).findFirst()
				.orElseThrow(() -> new AssertionError("no COWS offered: " + offered));
		bot.run(() -> {
			form.select(offered.indexOf(cows));
			form.notifyListeners(SWT.Selection, new Event());
		});
		Text lastUse = bot.byId(Text.class, "assessment.lastUse");
		assertEquals(lastUseTyped, bot.textOf(lastUse), "the time of last use told at intake is offered, not asked again");
		Text pulse = bot.byId(Text.class, "form.item.cows.1");
		bot.click(pulse);
		bot.type("104");
		bot.press(0, SWT.CR);
		for (char digit : "1322121110".toCharArray()) {
			bot.press(0, digit);
		}
		Button save = bot.byId(Button.class, "assessment.save");
		bot.waitUntil("every item is answered", () -> bot.call(save::isEnabled));
		assertEquals("Total 16 · Moderate", bot.textOf(bot.byId(Label.class, "form.total")));
		bot.screenshot("e2e-cows");
		bot.run(() -> save.notifyListeners(SWT.Selection, new Event()));

		RecordStore store = TestCharts.store();
		bot.withTimeout(java.time.Duration.ofSeconds(30)).waitUntil("the COWS is stored", () -> store.responses(patientId, "cows").size() == 1);
		AssessmentResponse response = (AssessmentResponse) store.read(store.responses(patientId, "cows").get(0).recordId()).orElseThrow().record();
		assertEquals(ResponseStatus.COMPLETED, response.getStatus());
		assertEquals(episodeId, response.getEpisodeId());
		assertEquals("1.0.0", response.getFormVersion());
		assertEquals(0, new BigDecimal("16").compareTo(response.getTotal()), "pulse 104 scores 2, the other items 14: " + response.getTotal());
		assertEquals("moderate", response.getBand());
		Map<String, String> answers = response.getAnswers().stream().collect(Collectors.toMap(a -> a.getItemId(), a -> a.getValue()));
		assertEquals(11, answers.size(), "every item is answered: " + answers);
		assertEquals("104", answers.get("cows.1"));
		cowsHours = response.getHoursSinceLastUse();
		assertTrue(cowsHours != null && cowsHours.doubleValue() >= 20.0 && cowsHours.doubleValue() < 20.5,
				"placed about 20 hours after the last use told at intake: " + cowsHours);
		StoredRecord<ClinicalRecord> episode = store.read(episodeId).orElseThrow();
		assertEquals(1, episode.version(), "the same time of last use told again leaves the episode as it was");
		assertEquals(instant(lastUseTyped), ((EpisodeOfCare) episode.record()).getLastUseAt());
		List<Integer> pulses = store.timeline(patientId, Set.of("VitalSigns")).stream()
				.map(entry -> ((VitalSigns) store.read(entry.recordId()).orElseThrow().record()).getPulseBpm()).toList();
		assertEquals(List.of(104), pulses, "the COWS pulse is a vital sign");
	}

	@Test
	@Order(3)
	void aBuprenorphineOrderAndAnObservedDoseWithTakeHomes(UiBot bot) {
		// as MedicationsPartTest.anOrderIsEnteredAndChecked, from the Chart menu
		bot.waitForJobs();
		bot.menu("Chart", "Medications");
		bot.waitUntil("the medications are read", () -> bot.textOf(bot.byId(Label.class, "meds.state")).startsWith("Select an order"));
		assertEquals(List.of(), MedicationsPartTest.rows(bot, "meds.orders.table"), "a new patient has no orders");
		PatientListAndChartTest.push(bot, "meds.newOrder");
		bot.shell("New Medication Order");
		Button ok = bot.byId(Button.class, "meds.order.ok");
		assertFalse(bot.call(ok::isEnabled), "an empty order cannot be stored");
		MedicationsPartTest.set(bot, "meds.order.medication", MEDICATION);
		MedicationsPartTest.set(bot, "meds.order.dose", "16");
		MedicationsPartTest.choose(bot, "meds.order.route", "Sublingual");
		bot.waitUntil("the order can be stored", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the order is listed: 16 mg, sublingual, active", () -> {
			List<List<String>> rows = MedicationsPartTest.rows(bot, "meds.orders.table");
			return rows.size() == 1 && rows.get(0).get(0).equals(MEDICATION) && rows.get(0).get(1).equals("16 mg")
					&& rows.get(0).get(2).equals("Sublingual") && rows.get(0).get(6).equals("Active");
		});
		RecordStore store = TestCharts.store();
		List<String> orders = store.timeline(patientId, Set.of("MedicationOrder")).stream().map(entry -> entry.recordId()).toList();
		assertEquals(1, orders.size());
		orderId = orders.get(0);
		MedicationOrder order = (MedicationOrder) store.read(orderId).orElseThrow().record();
		assertEquals(MEDICATION, order.getMedicationName());
		assertEquals(MedicationKind.MOUD, order.getKind());
		assertEquals(0, new BigDecimal("16").compareTo(order.getDoseMg()));
		assertEquals(Route.SUBLINGUAL, order.getRoute());
		assertEquals(OrderStatus.ACTIVE, order.getStatus());
		assertEquals(TestCharts.TODAY, order.getStartOn());
		assertEquals(TestLogin.USER, order.getPrescriberId());
		assertEquals(episodeId, order.getEpisodeId());

		// As MedicationsPartTest.anObservedDoseKeepsItsTakeHomesAndWaitsForTheIdentityCheck. MedicationRules.forDose limits
		// take-homes by the day in treatment for methadone only (7 on day 1); a buprenorphine dose given today may send
		// doses home on the first day, so this brand-new patient's observed dose goes with two.
		PatientListAndChartTest.push(bot, "meds.recordDose");
		bot.shell("Record a Dose");
		Button doseOk = bot.byId(Button.class, "meds.dose.ok");
		Button identity = bot.byId(Button.class, "meds.dose.identity");
		MedicationsPartTest.choose(bot, "meds.dose.outcome", "Observed");
		MedicationsPartTest.set(bot, "meds.dose.takeHomes", "2");
		bot.waitUntil("the identity check is asked for", () -> !bot.call(doseOk::isEnabled));
		bot.run(() -> {
			identity.setSelection(true);
			identity.notifyListeners(SWT.Selection, new Event());
		});
		bot.waitUntil("the dose can be stored", () -> bot.call(doseOk::isEnabled));
		assertTrue(showsIn(bot, "Record a Dose", "Day 1 in treatment."), "the dose is recorded on the first day in treatment");
		assertFalse(showsIn(bot, "Record a Dose", "Methadone take-homes"), "no methadone limits are quoted for a buprenorphine order");
		bot.screenshot("e2e-dose");
		bot.run(() -> doseOk.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the dose is listed, observed, 16 mg with two take-homes", () -> MedicationsPartTest.rows(bot, "meds.doses.table").stream()
				.anyMatch(row -> row.get(2).equals("Observed") && row.get(3).equals("16 mg") && row.get(4).equals("2")));
		List<String> doses = store.timeline(patientId, Set.of("DoseAdministration")).stream().map(entry -> entry.recordId()).toList();
		assertEquals(1, doses.size());
		DoseAdministration dose = (DoseAdministration) store.read(doses.get(0)).orElseThrow().record();
		assertEquals(DoseOutcome.OBSERVED, dose.getOutcome());
		assertEquals(2, dose.getTakeHomeDoses());
		assertTrue(dose.isIdentityChecked());
		assertEquals(0, new BigDecimal("16").compareTo(dose.getDoseMg()));
		assertEquals(orderId, dose.getOrderId());
		assertEquals(TestCharts.TODAY, dose.getScheduledFor());
		assertEquals(TestLogin.USER, dose.getAdministeredBy());
		List<DoseEntry> log = store.doses(patientId, TestCharts.TODAY, TestCharts.TODAY);
		assertEquals(List.of(2), log.stream().map(DoseEntry::takeHomeDoses).toList(), "the dose log holds the take-homes");
	}

	@Test
	@Order(4)
	void aUrineDrugScreenWithEveryAnalyteAnswered(UiBot bot) {
		// as MedicationsPartTest.aDrugScreenMarksWhatTheOrdersExplainAndTheHeaderFlagsFentanyl
		PatientListAndChartTest.push(bot, "meds.newScreen");
		bot.shell("New Urine Drug Screen");
		Button ok = bot.byId(Button.class, "meds.screen.ok");
		tick(bot, "meds.screen.observed");
		tick(bot, "meds.screen.temperature");
		MedicationsPartTest.choose(bot, "meds.screen.result.93494-3", "Positive");
		bot.waitUntil("unanswered analytes block storing", () -> !bot.call(ok::isEnabled));
		for (Analytes.Analyte analyte : Analytes.PANEL) {
			if (!analyte.loinc().equals("93494-3")) {
				MedicationsPartTest.choose(bot, "meds.screen.result." + analyte.loinc(), "Negative");
			}
		}
		bot.waitUntil("the screen can be stored", () -> bot.call(ok::isEnabled));
		bot.screenshot("e2e-drug-screen");
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the screen is listed with buprenorphine expected", () -> {
			List<List<String>> rows = MedicationsPartTest.rows(bot, "meds.screens.table");
			return rows.size() == 1 && rows.get(0).get(2).equals("Buprenorphine (expected)");
		});
		RecordStore store = TestCharts.store();
		List<String> screens = store.timeline(patientId, Set.of("UrineDrugScreen")).stream().map(entry -> entry.recordId()).toList();
		assertEquals(1, screens.size());
		UrineDrugScreen screen = (UrineDrugScreen) store.read(screens.get(0)).orElseThrow().record();
		assertEquals(Analytes.PANEL.stream().map(Analytes.Analyte::loinc).toList(),
				screen.getResults().stream().map(result -> result.getAnalyte().getCode()).toList(), "every analyte of the panel is answered");
		Map<String, ScreenResult> results = screen.getResults().stream()
				.collect(Collectors.toMap(result -> result.getAnalyte().getCode(), AnalyteResult::getResult));
		assertEquals(ScreenResult.POSITIVE, results.get("93494-3"));
		assertEquals(List.of("93494-3"), results.entrySet().stream().filter(entry -> entry.getValue() != ScreenResult.NEGATIVE).map(Map.Entry::getKey)
				.toList(), "everything else is negative");
		assertTrue(screen.getResults().stream().allMatch(AnalyteResult::isExpected), "the order explains the buprenorphine; negatives are as expected");
		assertTrue(screen.isObserved());
		assertTrue(screen.isTemperatureInRange());
		assertEquals(TestLogin.USER, screen.getCollectedBy());
		assertEquals(episodeId, screen.getEpisodeId());
	}

	@Test
	@Order(5)
	void aSessionNoteIsWrittenSavedAndSigned(UiBot bot) {
		// as PatientListAndChartTest.aSessionNoteIsAutosavedSavedAndSignedThenReadOnly
		bot.waitForJobs();
		bot.menu("Chart", "New Session Note...");
		Label state = bot.byId(Label.class, "note.state");
		bot.waitUntil("a new note is open", () -> bot.textOf(state).startsWith("New note"));
		PatientListAndChartTest.fill(bot, "note.section.D", "First week in the programme, withdrawal eased after the first dose");
		PatientListAndChartTest.fill(bot, "note.section.A", "Engaged and motivated to stay on buprenorphine");
		PatientListAndChartTest.fill(bot, "note.section.P", "Daily observed dosing; next session in one week");
		LocalDateTime began = LocalDateTime.now().minusHours(2);
		PatientListAndChartTest.fill(bot, "note.startedAt", began.format(MINUTES));
		PatientListAndChartTest.fill(bot, "note.endedAt", began.plusMinutes(45).format(MINUTES));
		assertEquals("45 min", bot.textOf(bot.byId(Label.class, "note.duration")));
		PatientListAndChartTest.select(bot, bot.byId(Combo.class, "note.risk.suicidal"), "None");
		PatientListAndChartTest.select(bot, bot.byId(Combo.class, "note.risk.homicidal"), "None");
		PatientListAndChartTest.select(bot, bot.byId(Combo.class, "note.risk.overdose"), "None");
		Text data = bot.byId(Text.class, "note.section.D");
		bot.run(data::setFocus);
		bot.press(SWT.MOD1, 's');
		bot.waitUntil("the note is saved as version 1", () -> bot.textOf(state).startsWith("Saved as version 1"));
		RecordStore store = TestCharts.store();
		List<String> notes = store.timeline(patientId, Set.of("SessionNote")).stream().map(entry -> entry.recordId()).toList();
		assertEquals(1, notes.size());
		String id = notes.get(0);
		assertEquals(NoteStatus.DRAFT, ((SessionNote) store.read(id).orElseThrow().record()).getStatus(), "saved, not yet signed");

		PatientListAndChartTest.push(bot, "note.sign");
		TestLogin.confirm(bot, "Sign the note");
		bot.waitUntil("the note is signed", () -> bot.textOf(state).startsWith("Signed by"));
		assertFalse(bot.call(bot.byId(Text.class, "note.section.D")::getEditable), "a signed note is read-only");
		bot.screenshot("e2e-note-signed");
		SessionNote signed = (SessionNote) store.read(id).orElseThrow().record();
		assertEquals(NoteStatus.SIGNED, signed.getStatus());
		assertNotNull(signed.getSignature(), "the signature is stored");
		assertEquals(TestLogin.USER, signed.getSignature().getSignerId());
		assertEquals(SignedContent.of(signed), signed.getSignature().getContentHash(), "the signature keeps the hash of what was signed");
		assertEquals(episodeId, signed.getEpisodeId());
		assertEquals(TestLogin.USER, signed.getAuthorId());
		assertEquals("First week in the programme, withdrawal eased after the first dose", signed.getSections().get(0).getText());
		assertEquals(45, java.time.Duration.between(signed.getStartedAt(), signed.getEndedAt()).toMinutes());
		assertEquals(RiskLevel.NONE, signed.getRiskScreen().getOverdoseRisk());
		assertEquals(2, store.history(id).size(), "saved, then signed");
		assertEquals("SIGNED", store.timeline(patientId, Set.of("SessionNote")).get(0).status());
	}

	@Test
	@Order(6)
	void aCarePlanIsBuiltSavedAndSigned(UiBot bot) {
		// as CarePlanEditorTest: aNewPlanIsBuiltAsATreeUntilNothingIsLeftToFix, then unsavedWorkIsAutosavedThenSavedSignedAndReviewed;
		// from the Chart menu
		bot.waitForJobs();
		bot.menu("Chart", "Care Plan");
		Label state = bot.byId(Label.class, "plan.state");
		bot.waitUntil("a new plan is open", () -> bot.textOf(state).startsWith("New care plan"));
		assertEquals(List.of("Care plan: the next review date is missing", "Care plan: add at least one problem"), CarePlanEditorTest.findings(bot));

		bot.click(bot.byId(Button.class, "plan.addProblem"));
		bot.waitUntil("the problem's fields are shown", () -> "Problem 1".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		CarePlanEditorTest.enter(bot, "plan.field.statement", "Opioid use disorder, daily fentanyl use before admission");
		assertEquals(List.of("Care plan: the next review date is missing", "Goal of problem 1: the statement is missing",
				"Goal of problem 1: add at least one short-term objective"), CarePlanEditorTest.findings(bot));
		Table findingTable = bot.byId(Table.class, "plan.findings");
		bot.run(() -> {
			findingTable.setFocus();
			findingTable.setSelection(1);
		});
		bot.press(0, SWT.CR);
		bot.waitUntil("the goal is selected", () -> "Goal of problem 1".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		CarePlanEditorTest.enter(bot, "plan.field.statement", "Stay in treatment and off fentanyl");

		bot.click(bot.byId(Button.class, "plan.addObjective"));
		bot.waitUntil("objective 1.1 is added", () -> "Objective 1.1".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		CarePlanEditorTest.enter(bot, "plan.field.statement", "Negative screens for non-prescribed opioids");
		CarePlanEditorTest.enter(bot, "plan.field.measure", "Weekly urine drug screen");
		CarePlanEditorTest.enter(bot, "plan.field.target", "4 consecutive negative screens");
		CarePlanEditorTest.enter(bot, "plan.field.targetOn", TestCharts.TODAY.plusDays(60).toString());

		bot.click(bot.byId(Button.class, "plan.addIntervention"));
		bot.waitUntil("intervention 1.1.a is added", () -> "Intervention 1.1.a".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		CarePlanEditorTest.enter(bot, "plan.field.description", "Daily observed buprenorphine dosing with weekly counselling");
		CarePlanEditorTest.enter(bot, "plan.field.frequency", "daily");
		Combo staff = bot.byId(Combo.class, "plan.field.responsibleStaffId");
		String me = "Test " + TestLogin.USER + " (" + TestLogin.USER + ")";
		assertTrue(bot.call(() -> List.of(staff.getItems())).contains(me), "the counsellor named at intake is offered, by name");
		bot.run(() -> {
			staff.setFocus();
			staff.select(staff.indexOf(me));
			staff.notifyListeners(SWT.Selection, new Event());
		});
		CarePlanEditorTest.enter(bot, "plan.field.reviewDue", TestCharts.TODAY.plusDays(90).toString());
		bot.waitUntil("nothing is left to fix", () -> CarePlanEditorTest.findings(bot).isEmpty());

		bot.run(() -> bot.byId(Tree.class, "plan.tree").setFocus());
		bot.press(SWT.MOD1, 's');
		bot.waitUntil("the plan is saved as version 1", () -> bot.textOf(state).startsWith("Saved as version 1"));
		RecordStore store = TestCharts.store();
		List<String> plans = store.timeline(patientId, Set.of("CarePlan")).stream().map(entry -> entry.recordId()).toList();
		assertEquals(1, plans.size());
		String planId = plans.get(0);
		assertEquals(CarePlanStatus.DRAFT, ((CarePlan) store.read(planId).orElseThrow().record()).getStatus(), "saved, not yet in force");

		bot.click(bot.byId(Button.class, "plan.sign"));
		TestLogin.confirm(bot, "Sign the care plan");
		bot.waitUntil("the signed plan is saved as version 2", () -> bot.textOf(state).startsWith("Saved as version 2"));
		bot.screenshot("e2e-care-plan-signed");
		CarePlan signed = (CarePlan) store.read(planId).orElseThrow().record();
		assertEquals(CarePlanStatus.ACTIVE, signed.getStatus(), "signing a complete plan puts it in force");
		assertEquals(1, signed.getSignatures().size());
		assertEquals(TestLogin.USER, signed.getSignatures().get(0).getSignerId());
		assertTrue(SignedContent.matches(signed), "the signature attests the plan as stored");
		assertEquals(episodeId, signed.getEpisodeId());
		assertEquals(TestCharts.TODAY.plusDays(90), signed.getReviewDue());
		Objective objective = signed.getProblems().get(0).getGoal().getObjectives().get(0);
		assertEquals(TestCharts.TODAY.plusDays(60), objective.getTargetOn());
		assertEquals(TestLogin.USER, objective.getInterventions().get(0).getResponsibleStaffId());
		assertEquals(2, store.history(planId).size(), "saved, then signed");
		assertEquals(List.of(), store.drafts(TestLogin.USER).stream().filter(draft -> patientId.equals(draft.patientId())).toList(),
				"no unsaved work of this patient is left");
	}

	@Test
	@Order(7)
	void theFlowsheetPlacesTheCowsByTheHoursSinceTheLastUseToldAtIntake(UiBot bot) {
		// as TrendsPartTest.theFlowsheetPlacesCowsOnHoursSinceLastUseAndMissedDaysAreFlagged, from the Chart menu
		bot.waitForJobs();
		bot.menu("Chart", "Trends");
		// the part draws itself anew whenever the chart reads itself again: the chart drawn now is looked up each time
		bot.waitUntil("the flowsheet holds the COWS", () -> {
			TrendChart chart = bot.byId(TrendChart.class, "trends.flowsheet.cows");
			return chart.getTrend() != null && chart.getTrend().points().size() == 1;
		});
		Trend.Point point = bot.call(() -> bot.byId(TrendChart.class, "trends.flowsheet.cows").getTrend().points().get(0));
		assertTrue(point.x() >= 20.0 && point.x() < 20.5, "the COWS row is about 20 hours after the last use told at intake: " + point.x());
		// the trend rounds the minutes to tenths of an hour as a double, the stored response as a decimal: a tenth apart at most
		assertEquals(cowsHours.doubleValue(), point.x(), 0.1 + 1e-9, "the COWS row is at the hours stored with the response");
		assertEquals(16.0, point.y(), 1e-9);
		String hours = point.x() == Math.rint(point.x()) ? String.valueOf((long) point.x()) : String.valueOf(point.x());
		assertEquals(hours + " h: 16", point.label(), "the point says its hours and score");
		String expected = "1 COWS scores from " + hours + " h to " + hours + " h after last use; highest 16 (moderate) at " + hours + " h.";
		bot.waitUntil("the summary places the COWS at " + hours + " h", () -> TrendsPartTest.text(bot, "trends.flowsheet.cows.summary").equals(expected));
		bot.waitUntil("the daily dose shows the one dose given", () -> TrendsPartTest.text(bot, "trends.doses.summary")
				.equals("1 dose given; none missed; longest run of missed days: 0."));
		bot.screenshot("e2e-flowsheet");
	}

	/** The moment a time typed as yyyy-mm-dd hh:mm names on this workstation. */
	private static Instant instant(String typed) {
		return LocalDateTime.parse(typed, MINUTES).atZone(ZoneId.systemDefault()).toInstant();
	}

	private static boolean windowOpen(UiBot bot, String title) {
		return bot.call(() -> java.util.Arrays.stream(bot.display().getShells()).anyMatch(shell -> shell.isVisible() && title.equals(shell.getText())));
	}

	/** Whether a label or text field of the window titled {@code title} shows {@code text}. */
	private static boolean showsIn(UiBot bot, String title, String text) {
		List<Control> controls = bot.findAll(Control.class);
		return bot.call(() -> controls.stream().filter(control -> !control.isDisposed() && title.equals(control.getShell().getText()))
				.anyMatch(control -> control instanceof Label label && label.getText().contains(text)
						|| control instanceof Text field && field.getText().contains(text)));
	}

	private static void tick(UiBot bot, String id) {
		Button check = bot.byId(Button.class, id);
		bot.run(() -> {
			check.setSelection(true);
			check.notifyListeners(SWT.Selection, new Event());
		});
	}
}
