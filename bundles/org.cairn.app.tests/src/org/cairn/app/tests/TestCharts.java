package org.cairn.app.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Code;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Programme;
import org.cairn.model.ResponseStatus;
import org.cairn.model.ScreenResult;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.UrineDrugScreen;
import org.cairn.store.RecordStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A small, fixed, obviously fictional facility for the workbench tests, stored through the record store service
 * in the test runtime's data folder before the workbench starts. Dates are relative to today, so that days in
 * treatment and recent alerts are what the tests expect on any day.
 */
final class TestCharts {

	static final LocalDate TODAY = LocalDate.now();

	private static final CairnFactory MAKE = CairnFactory.eINSTANCE;

	private TestCharts() {
	}

	/** The store service, waiting for it to start (it migrates the database first). */
	static RecordStore store() {
		BundleContext context = FrameworkUtil.getBundle(TestCharts.class).getBundleContext();
		ServiceTracker<RecordStore, RecordStore> tracker = new ServiceTracker<>(context, RecordStore.class, null);
		tracker.open();
		try {
			RecordStore store = tracker.waitForService(60_000);
			if (store == null) {
				throw new AssertionError("The record store service did not start");
			}
			return store;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * Stores three patients once: José María Núñez in detox since four days ago (day 5) with a PHQ-9 whose item 9
	 * was answered above 0, an unexpected fentanyl result and two notes; Avery Quill in an opioid treatment
	 * programme; Rowan Brook, discharged.
	 */
	static void seed() {
		RecordStore store = store();
		if (store.read("t-p-nunez").isPresent()) {
			return;
		}
		List<ClinicalRecord> records = new ArrayList<>();
		records.add(patient("t-p-nunez", "José María", "Núñez", "T-0001", LocalDate.of(1979, 3, 3)));
		records.add(episode("t-e-nunez", "t-p-nunez", Programme.DETOX, Phase.WITHDRAWAL_MANAGEMENT, TODAY.minusDays(4), "t-counsellor-a"));
		records.add(note("t-n-1", "t-p-nunez", TODAY.minusDays(3)));
		records.add(note("t-n-2", "t-p-nunez", TODAY.minusDays(1)));
		AssessmentResponse phq9 = MAKE.createAssessmentResponse();
		phq9.setId("t-r-phq9");
		phq9.setPatientId("t-p-nunez");
		phq9.setEpisodeId("t-e-nunez");
		phq9.setFormId("phq9");
		phq9.setFormVersion("1");
		phq9.setStatus(ResponseStatus.COMPLETED);
		phq9.setAdministeredAt(at(TODAY.minusDays(2), 11));
		phq9.setAdministeredBy("t-nurse");
		phq9.setTotal(BigDecimal.valueOf(14));
		phq9.setBand("moderate");
		phq9.getFlags().add("phq9.item9");
		records.add(phq9);
		UrineDrugScreen screen = MAKE.createUrineDrugScreen();
		screen.setId("t-uds-1");
		screen.setPatientId("t-p-nunez");
		screen.setEpisodeId("t-e-nunez");
		screen.setCollectedAt(at(TODAY.minusDays(3), 9));
		screen.setCollectedBy("t-nurse");
		AnalyteResult fentanyl = MAKE.createAnalyteResult();
		Code code = MAKE.createCode();
		code.setSystem("LOINC");
		code.setCode("59673-4");
		code.setDisplay("Fentanyl");
		fentanyl.setAnalyte(code);
		fentanyl.setResult(ScreenResult.POSITIVE);
		fentanyl.setExpected(false);
		screen.getResults().add(fentanyl);
		records.add(screen);

		records.add(patient("t-p-quill", "Avery", "Quill", "T-0002", LocalDate.of(1990, 5, 17)));
		records.add(episode("t-e-quill", "t-p-quill", Programme.OPIOID_TREATMENT_PROGRAM, Phase.STABILISATION, TODAY.minusDays(60),
				"t-counsellor-b"));

		records.add(patient("t-p-brook", "Rowan", "Brook", "T-0003", LocalDate.of(1985, 7, 9)));
		EpisodeOfCare done = episode("t-e-brook", "t-p-brook", Programme.OUTPATIENT, Phase.AFTERCARE, TODAY.minusDays(200), "t-counsellor-a");
		done.setStatus(EpisodeStatus.DISCHARGED);
		done.setDischargedOn(TODAY.minusDays(10));
		records.add(done);
		store.saveAll(records, "t-intake", "test facility");
	}

	static Patient patient(String id, String given, String family, String mrn, LocalDate born) {
		Patient patient = MAKE.createPatient();
		patient.setId(id);
		patient.setGivenName(given);
		patient.setFamilyName(family);
		patient.setMrn(mrn);
		patient.setBirthDate(born);
		return patient;
	}

	static EpisodeOfCare episode(String id, String patientId, Programme programme, Phase phase, LocalDate admitted, String counsellor) {
		EpisodeOfCare episode = MAKE.createEpisodeOfCare();
		episode.setId(id);
		episode.setPatientId(patientId);
		episode.setEpisodeId(id);
		episode.setProgramme(programme);
		episode.setStatus(EpisodeStatus.ACTIVE);
		episode.setAdmittedOn(admitted);
		PhaseTransition transition = MAKE.createPhaseTransition();
		transition.setPhase(phase);
		transition.setStartedOn(admitted);
		episode.getPhases().add(transition);
		CareTeamMember member = MAKE.createCareTeamMember();
		member.setStaffId(counsellor);
		member.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
		member.setFrom(admitted);
		episode.getCareTeam().add(member);
		return episode;
	}

	private static SessionNote note(String id, String patientId, LocalDate day) {
		SessionNote note = MAKE.createSessionNote();
		note.setId(id);
		note.setPatientId(patientId);
		note.setEpisodeId("t-e-nunez");
		note.setAuthorId("t-counsellor-a");
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setFormat(NoteFormat.DAP);
		note.setStatus(NoteStatus.SIGNED);
		note.setStartedAt(at(day, 10));
		return note;
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant();
	}

	/**
	 * Opens a chart as a clinician does: types {@code query} in the emptied patient search, waits for the one match, presses
	 * Enter and waits until the chart header shows {@code familyName}.
	 */
	static void openChart(org.cairn.testing.ui.UiBot bot, String query, String familyName) {
		org.eclipse.swt.widgets.Text search = bot.byId(org.eclipse.swt.widgets.Text.class, "patients.search");
		bot.run(() -> search.setText(""));
		bot.click(search);
		bot.type(query);
		org.eclipse.swt.widgets.Table patients = bot.byId(org.eclipse.swt.widgets.Table.class, "patients.table");
		bot.waitUntil("the search for '" + query + "' finds one patient", () -> bot.call(patients::getItemCount) == 1);
		bot.press(0, org.eclipse.swt.SWT.CR);
		bot.waitUntil("the chart of " + familyName + " is open",
				() -> bot.textOf(bot.byId(org.eclipse.swt.widgets.Label.class, "chart.name")).startsWith(familyName));
	}
}
