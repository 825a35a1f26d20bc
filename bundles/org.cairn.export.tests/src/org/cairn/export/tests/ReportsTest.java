package org.cairn.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cairn.export.Report;
import org.cairn.export.Reports;
import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.ErrorMark;
import org.cairn.model.NoteStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Programme;
import org.cairn.model.ResponseStatus;
import org.cairn.model.ScreenResult;
import org.cairn.model.SessionNote;
import org.cairn.model.SpecimenValidity;
import org.cairn.model.SubscaleScore;
import org.cairn.model.UrineDrugScreen;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports on a small fixed programme whose figures were worked out by hand (in the comments), on a real H2
 * database: five admissions between June and November 2026, "today" 4 December 2026.
 *
 * <pre>
 * P1 OTP    admitted 1 Jun, open, stabilisation        186 days  counsellor-1, plan review due 1 Nov (overdue)
 * P2 OTP    admitted 1 Jul, discharged 15 Aug           45 days
 * P3 detox  admitted 20 Nov, open, withdrawal mgmt      14 days  counsellor-2, no care plan
 * P4 detox  admitted 1 Oct, discharged 8 Oct             7 days
 * P5 OTP    admitted 1 Sep, open, therapy               94 days  counsellor-1, plan review due 15 Jan 2027
 * P6 OTP    cancelled (left out everywhere)
 * </pre>
 */
class ReportsTest {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
	private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
	private static final LocalDate TO = LocalDate.of(2026, 11, 30);
	private static final java.util.function.Function<String, String> STAFF = id -> Map
			.of("counsellor-1", "Rivera, Sam (counsellor-1)", "counsellor-2", "Lee Park (counsellor-2)").getOrDefault(id, id);

	@TempDir
	static Path folder;

	static Database database;
	static JdbcRecordStore store;
	static Reports reports;

	@BeforeAll
	static void programme() {
		database = Database.embedded(folder.resolve("db"));
		new Migrations().migrate(database);
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		store = new JdbcRecordStore(database, clock);
		reports = new Reports(store, STAFF, clock);

		episode("P1", Programme.OPIOID_TREATMENT_PROGRAM, "2026-06-01", null, EpisodeStatus.ACTIVE, Phase.STABILISATION, "counsellor-1");
		episode("P2", Programme.OPIOID_TREATMENT_PROGRAM, "2026-07-01", "2026-08-15", EpisodeStatus.DISCHARGED, Phase.THERAPY, null);
		episode("P3", Programme.DETOX, "2026-11-20", null, EpisodeStatus.ACTIVE, Phase.WITHDRAWAL_MANAGEMENT, "counsellor-2");
		episode("P4", Programme.DETOX, "2026-10-01", "2026-10-08", EpisodeStatus.DISCHARGED, Phase.WITHDRAWAL_MANAGEMENT, null);
		episode("P5", Programme.OPIOID_TREATMENT_PROGRAM, "2026-09-01", null, EpisodeStatus.ACTIVE, Phase.THERAPY, "counsellor-1");
		episode("P6", Programme.OPIOID_TREATMENT_PROGRAM, "2026-08-01", null, EpisodeStatus.CANCELLED, Phase.INTAKE, "counsellor-2");
		plan("P1", "2026-11-01");
		plan("P5", "2027-01-15");
		note("P1", "2026-11-30T15:00:00Z", "counsellor-1", NoteStatus.DRAFT);
		note("P5", "2026-12-02T15:00:00Z", "counsellor-1", NoteStatus.DRAFT);
		note("P3", "2026-11-21T15:00:00Z", "counsellor-2", NoteStatus.SIGNED);

		// COWS: P3 14 → 6 → 2; P4 18 → 4 (and 1 after its discharge, left out); P1 a single 10 (left out)
		total("P3", "cows", "2026-11-20", 14);
		total("P3", "cows", "2026-11-22", 6);
		total("P3", "cows", "2026-11-25", 2);
		total("P4", "cows", "2026-10-01", 18);
		total("P4", "cows", "2026-10-05", 4);
		total("P4", "cows", "2026-10-20", 1);
		total("P1", "cows", "2026-06-01", 10);
		// PHQ-9: P1 15 → 9 → 5; P5 12 → 10 (and an entered-in-error 27, left out); P2 a single 20 (left out)
		total("P1", "phq9", "2026-06-02", 15);
		total("P1", "phq9", "2026-09-01", 9);
		total("P1", "phq9", "2026-12-01", 5);
		total("P5", "phq9", "2026-09-02", 12);
		total("P5", "phq9", "2026-10-15", 10);
		AssessmentResponse error = total("P5", "phq9", "2026-11-20", 27);
		ErrorMark mark = CairnFactory.eINSTANCE.createErrorMark();
		mark.setReason("wrong patient");
		error.setEnteredInError(mark);
		error.setStatus(ResponseStatus.ENTERED_IN_ERROR);
		store.save(error, 1, "counsellor-1", "entered in error");
		total("P2", "phq9", "2026-07-02", 20);
		// BAM (use, risk, protective): P1 6/14/8 → 1/8/16; P5 4/10/12 → 2/9/15
		bam("P1", "2026-06-05", 6, 14, 8);
		bam("P1", "2026-11-05", 1, 8, 16);
		bam("P5", "2026-09-05", 4, 10, 12);
		bam("P5", "2026-11-15", 2, 9, 15);

		// screens; opioid results: (LOINC, result, expected)
		screen("P5", "2026-09-03", SpecimenValidity.VALID, false, "59673-4", ScreenResult.NEGATIVE, false, "93494-3", ScreenResult.POSITIVE, true); // negative
		screen("P1", "2026-09-10", SpecimenValidity.VALID, false, "59673-4", ScreenResult.POSITIVE, false); // not
		screen("P4", "2026-10-02", SpecimenValidity.VALID, false, "19295-5", ScreenResult.POSITIVE, false); // not
		screen("P5", "2026-10-10", SpecimenValidity.DILUTE, false, "59673-4", ScreenResult.NEGATIVE, false); // not: dilute
		screen("P1", "2026-10-12", SpecimenValidity.VALID, false, "19550-3", ScreenResult.POSITIVE, true, "59673-4", ScreenResult.NEGATIVE, false); // negative
		screen("P1", "2026-10-20", SpecimenValidity.VALID, false, "19359-9", ScreenResult.NEGATIVE, false); // cocaine only: no opioid tested
		screen("P5", "2026-10-25", SpecimenValidity.VALID, true, "59673-4", ScreenResult.POSITIVE, false); // entered in error: left out
		screen("P3", "2026-11-21", SpecimenValidity.VALID, false, "59673-4", ScreenResult.NEGATIVE, false, "19295-5", ScreenResult.NEGATIVE, false); // negative
		screen("P1", "2026-11-05", SpecimenValidity.VALID, false, "59673-4", ScreenResult.INVALID, false); // not: invalid result
		screen("P2", "2026-08-20", SpecimenValidity.VALID, false, "59673-4", ScreenResult.NEGATIVE, false); // before the period
	}

	@AfterAll
	static void close() {
		database.close();
	}

	@Test
	void censusByProgrammeAndPhase() throws IOException {
		Report census = reports.census();
		// open episodes: P3 detox in withdrawal management; P1 OTP stabilisation, P5 OTP therapy (P6 cancelled, P2 and P4 discharged)
		assertEquals(List.of("Programme", "Intake", "Withdrawal management", "Stabilisation", "Therapy", "Relapse prevention", "Aftercare", "Total"),
				census.header());
		assertEquals(List.of("Detox", "0", "1", "0", "0", "0", "0", "1"), census.row("Detox"));
		assertEquals(List.of("Opioid treatment programme", "0", "0", "1", "1", "0", "0", "2"), census.row("Opioid treatment programme"));
		assertEquals(List.of("All programmes", "0", "1", "1", "1", "0", "0", "3"), census.row("All programmes"));
		StringWriter csv = new StringWriter();
		census.writeCsv(csv);
		assertEquals("Programme,Intake,Withdrawal management,Stabilisation,Therapy,Relapse prevention,Aftercare,Total\r\n"
				+ "Detox,0,1,0,0,0,0,1\r\nOpioid treatment programme,0,0,1,1,0,0,2\r\nAll programmes,0,1,1,1,0,0,3\r\n", csv.toString());
	}

	@Test
	void caseloadPerClinician() throws IOException {
		Report caseload = reports.caseload(new NullProgressMonitor());
		// counsellor-1: P1 and P5; P1's review (1 Nov) overdue; two draft notes, the oldest of 30 Nov, 4 days ago
		assertEquals(List.of("Rivera, Sam (counsellor-1)", "2", "1", "0", "2", "4", "0"), caseload.row("Rivera, Sam (counsellor-1)"));
		// counsellor-2: P3 with no care plan; its note is signed
		assertEquals(List.of("Lee Park (counsellor-2)", "1", "0", "1", "0", "", "0"), caseload.row("Lee Park (counsellor-2)"));
		assertEquals(2, caseload.rows().size(), "counsellor-2 is not counted twice for the cancelled P6");
		StringWriter csv = new StringWriter();
		caseload.writeCsv(csv);
		assertEquals("\"Rivera, Sam (counsellor-1)\",2,1,0,2,4,0", csv.toString().split("\r\n")[1], "a comma in a name is quoted");
	}

	@Test
	void retentionByProgramme() {
		Report retention = reports.retention(FROM, TO);
		// detox: P3 14 days (too recent for any mark), P4 7 days (discharged before day 30): median 10.5; 0 of 1 at 30 days
		assertEquals(List.of("Detox", "2", "10.5", "0.0", "1", "", "0", "", "0"), retention.row("Detox"));
		// OTP: 45, 94, 186 days: median 94; 30 days 3 of 3; 90 days P1 and P5 of P1, P2, P5; 180 days only P1 is old enough, and stayed
		assertEquals(List.of("Opioid treatment programme", "3", "94", "100.0", "3", "66.7", "3", "100.0", "1"), retention.row("Opioid treatment programme"));
		// all: 7, 14, 45, 94, 186: median 45; 30 days 3 of 4 (P4 left); 90 days 2 of 3; 180 days 1 of 1
		assertEquals(List.of("All programmes", "5", "45", "75.0", "4", "66.7", "3", "100.0", "1"), retention.row("All programmes"));
	}

	@Test
	void changeInScoresFromIntake() {
		Report change = reports.scoreChange(FROM, TO, new NullProgressMonitor());
		// COWS: (14 + 18) / 2 = 16.0 first, (2 + 4) / 2 = 3.0 latest
		assertEquals(List.of("COWS total", "2", "16.0", "3.0", "-13.0"), change.row("COWS total"));
		// PHQ-9: (15 + 12) / 2 = 13.5, (5 + 10) / 2 = 7.5
		assertEquals(List.of("PHQ-9 total", "2", "13.5", "7.5", "-6.0"), change.row("PHQ-9 total"));
		assertEquals(List.of("BAM use", "2", "5.0", "1.5", "-3.5"), change.row("BAM use"));
		assertEquals(List.of("BAM risk factors", "2", "12.0", "8.5", "-3.5"), change.row("BAM risk factors"));
		assertEquals(List.of("BAM protective factors", "2", "10.0", "15.5", "+5.5"), change.row("BAM protective factors"));
	}

	@Test
	void screensNegativeForNonPrescribedOpioidsByMonth() {
		Report screens = reports.screens(LocalDate.of(2026, 9, 1), TO, new NullProgressMonitor());
		assertEquals(List.of("2026-09", "2", "1", "50.0", "0"), screens.row("2026-09"));
		assertEquals(List.of("2026-10", "3", "1", "33.3", "1"), screens.row("2026-10"));
		assertEquals(List.of("2026-11", "2", "1", "50.0", "0"), screens.row("2026-11"));
		assertEquals(List.of("All months", "7", "3", "42.9", "1"), screens.row("All months"));
		assertEquals(50.0, screens.chart().series().get(0).values()[0], 1e-9);
	}

	@Test
	void oneProgrammeOnly() {
		Reports detox = new Reports(store, STAFF, Clock.fixed(NOW, ZoneOffset.UTC), Programme.DETOX);
		Report retention = detox.retention(FROM, TO);
		assertEquals(List.of("Detox", "All programmes"), retention.rows().stream().map(r -> r.get(0)).toList(), "P3 and P4 only");
		assertEquals(List.of("All programmes", "2", "10.5", "0.0", "1", "", "0", "", "0"), retention.row("All programmes"));
		assertTrue(retention.scope().endsWith(", Detox only"), retention.scope());
		// detox screens: P4 on 2 October (positive), P3 on 21 November (negative)
		Report screens = detox.screens(LocalDate.of(2026, 9, 1), TO, new NullProgressMonitor());
		assertEquals(List.of("2026-09", "0", "0", "", "0"), screens.row("2026-09"));
		assertEquals(List.of("2026-10", "1", "0", "0.0", "0"), screens.row("2026-10"));
		assertEquals(List.of("2026-11", "1", "1", "100.0", "0"), screens.row("2026-11"));
		assertEquals(List.of("Detox", "0", "1", "0", "0", "0", "0", "1"), detox.census().row("Detox"));
		assertEquals(2, detox.census().rows().size(), "Detox and the total");
		// counsellor-2's P3 is in detox; counsellor-1's patients are not
		assertEquals("1", detox.caseload(new NullProgressMonitor()).row("Lee Park (counsellor-2)").get(1));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedInWords() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> reports.retention(TO, FROM));
		assertEquals("The period ends (1 Jun 2026) before it starts (30 Nov 2026)", refused.getMessage());
	}

	private static void episode(String patientId, Programme programme, String admitted, String discharged, EpisodeStatus status, Phase phase, String counsellor) {
		CairnFactory f = CairnFactory.eINSTANCE;
		Patient patient = f.createPatient();
		patient.setId(patientId);
		patient.setMrn("MRN-" + patientId);
		patient.setGivenName("Given");
		patient.setFamilyName("Family " + patientId);
		store.save(patient, 0, "intake", "registered");
		EpisodeOfCare episode = f.createEpisodeOfCare();
		episode.setId("E-" + patientId);
		episode.setPatientId(patientId);
		episode.setProgramme(programme);
		episode.setStatus(status);
		episode.setAdmittedOn(LocalDate.parse(admitted));
		if (discharged != null) {
			episode.setDischargedOn(LocalDate.parse(discharged));
		}
		PhaseTransition transition = f.createPhaseTransition();
		transition.setPhase(phase);
		transition.setStartedOn(LocalDate.parse(admitted));
		episode.getPhases().add(transition);
		if (counsellor != null) {
			CareTeamMember member = f.createCareTeamMember();
			member.setStaffId(counsellor);
			member.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
			member.setFrom(LocalDate.parse(admitted));
			episode.getCareTeam().add(member);
		}
		store.save(episode, 0, "intake", "admitted");
	}

	private static void plan(String patientId, String reviewDue) {
		CarePlan plan = CairnFactory.eINSTANCE.createCarePlan();
		plan.setId("CP-" + patientId);
		plan.setPatientId(patientId);
		plan.setEpisodeId("E-" + patientId);
		plan.setRevision(1);
		plan.setStatus(CarePlanStatus.ACTIVE);
		plan.setReviewDue(LocalDate.parse(reviewDue));
		store.save(plan, 0, "counsellor-1", "plan");
	}

	private static void note(String patientId, String at, String author, NoteStatus status) {
		SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId("N-" + patientId + "-" + at);
		note.setPatientId(patientId);
		note.setEpisodeId("E-" + patientId);
		note.setStartedAt(Instant.parse(at));
		note.setAuthorId(author);
		note.setStatus(status);
		store.save(note, 0, author, "note");
	}

	private static int responses;

	private static AssessmentResponse total(String patientId, String formId, String day, int total) {
		AssessmentResponse response = response(patientId, formId, day);
		response.setTotal(BigDecimal.valueOf(total));
		return store.save(response, 0, "counsellor-1", "administered").record();
	}

	private static void bam(String patientId, String day, int use, int risk, int protective) {
		AssessmentResponse response = response(patientId, "bam", day);
		response.getSubscales().add(subscale("use", use));
		response.getSubscales().add(subscale("risk", risk));
		response.getSubscales().add(subscale("protective", protective));
		store.save(response, 0, "counsellor-1", "administered");
	}

	private static AssessmentResponse response(String patientId, String formId, String day) {
		AssessmentResponse response = CairnFactory.eINSTANCE.createAssessmentResponse();
		response.setId("R" + ++responses);
		response.setPatientId(patientId);
		response.setEpisodeId("E-" + patientId);
		response.setFormId(formId);
		response.setFormVersion("1.0.0");
		response.setStatus(ResponseStatus.COMPLETED);
		response.setAdministeredAt(Instant.parse(day + "T10:00:00Z"));
		return response;
	}

	private static SubscaleScore subscale(String id, int score) {
		SubscaleScore subscale = CairnFactory.eINSTANCE.createSubscaleScore();
		subscale.setSubscaleId(id);
		subscale.setScore(BigDecimal.valueOf(score));
		return subscale;
	}

	private static int screens;

	/** @param results triples of LOINC code, result and whether it was expected */
	private static void screen(String patientId, String day, SpecimenValidity validity, boolean enteredInError, Object... results) {
		UrineDrugScreen screen = CairnFactory.eINSTANCE.createUrineDrugScreen();
		screen.setId("S" + ++screens);
		screen.setPatientId(patientId);
		screen.setEpisodeId("E-" + patientId);
		screen.setCollectedAt(Instant.parse(day + "T08:00:00Z"));
		screen.setValidity(validity);
		for (int i = 0; i < results.length; i += 3) {
			AnalyteResult result = CairnFactory.eINSTANCE.createAnalyteResult();
			result.setAnalyte(Chart.code("http://loinc.org", (String) results[i], null));
			result.setResult((ScreenResult) results[i + 1]);
			result.setExpected((Boolean) results[i + 2]);
			screen.getResults().add(result);
		}
		if (enteredInError) {
			ErrorMark mark = CairnFactory.eINSTANCE.createErrorMark();
			mark.setReason("mislabelled specimen");
			screen.setEnteredInError(mark);
		}
		store.save(screen, 0, "nurse-1", "resulted");
	}
}
