package org.cairn.export.tests;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormReader;
import org.cairn.model.Addendum;
import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;
import org.cairn.model.Code;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.Objective;
import org.cairn.model.OrderStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Problem;
import org.cairn.model.Programme;
import org.cairn.model.ResponseStatus;
import org.cairn.model.Route;
import org.cairn.model.ScreenMethod;
import org.cairn.model.ScreenResult;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Sex;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;
import org.cairn.model.SpecimenValidity;
import org.cairn.model.UrineDrugScreen;
import org.cairn.store.RecordStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** A small, fixed chart for the export tests: what each record says is known, so the exports can be checked against it. */
final class Chart {

	static final String PATIENT = "patient-zoe";
	static final String EPISODE = "episode-zoe";
	static final String NOTE = "note-zoe-1";
	static final String PLAN = "plan-zoe-1";
	static final String PHQ9 = "phq9-zoe-1";
	static final String SCREEN = "uds-zoe-1";
	static final String ORDER = "order-zoe-1";
	static final String DOSE = "dose-zoe-1";
	static final String CONSENT = "consent-zoe-1";
	static final String VITALS = "vitals-zoe-1";
	static final String RECIPIENT = "Dr Ada Ruiz, Eastside Family Practice";
	/** A note long enough to run over several pages. */
	static final String LONG_ASSESSMENT;
	static {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 120; i++) {
			text.append("Paragraph ").append(i).append(": the client described cravings in the evening and used the coping card twice. ");
			if (i % 4 == 0) {
				text.append('\n');
			}
		}
		LONG_ASSESSMENT = text.toString();
	}

	private Chart() {
	}

	static void save(RecordStore store) {
		CairnFactory f = CairnFactory.eINSTANCE;
		Patient patient = f.createPatient();
		patient.setId(PATIENT);
		patient.setMrn("TEST-0042");
		patient.setGivenName("Zoë");
		patient.setFamilyName("Łukasiewicz-Ortega");
		patient.setBirthDate(LocalDate.of(1991, 3, 14));
		patient.setSexAtBirth(Sex.FEMALE);
		patient.setPronouns("she/her");
		store.save(patient, 0, "demo-intake-1", "registered");

		EpisodeOfCare episode = f.createEpisodeOfCare();
		episode.setId(EPISODE);
		episode.setPatientId(PATIENT);
		episode.setProgramme(Programme.OPIOID_TREATMENT_PROGRAM);
		episode.setStatus(EpisodeStatus.ACTIVE);
		episode.setAdmittedOn(LocalDate.of(2026, 9, 1));
		PhaseTransition intake = f.createPhaseTransition();
		intake.setPhase(Phase.INTAKE);
		intake.setStartedOn(LocalDate.of(2026, 9, 1));
		intake.setEndedOn(LocalDate.of(2026, 9, 3));
		PhaseTransition stabilisation = f.createPhaseTransition();
		stabilisation.setPhase(Phase.STABILISATION);
		stabilisation.setStartedOn(LocalDate.of(2026, 9, 3));
		episode.getPhases().addAll(Arrays.asList(intake, stabilisation));
		CareTeamMember counsellor = f.createCareTeamMember();
		counsellor.setStaffId("counsellor-1");
		counsellor.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
		counsellor.setFrom(LocalDate.of(2026, 9, 1));
		episode.getCareTeam().add(counsellor);
		episode.getSubstances().add(code("http://snomed.info/sct", "75544000", "Opioid"));
		store.save(episode, 0, "demo-intake-1", "admitted");

		SessionNote note = f.createSessionNote();
		note.setId(NOTE);
		note.setPatientId(PATIENT);
		note.setEpisodeId(EPISODE);
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setModality(Modality.IN_PERSON);
		note.setStartedAt(Instant.parse("2026-09-10T14:00:00Z"));
		note.setEndedAt(Instant.parse("2026-09-10T14:50:00Z"));
		note.setFormat(NoteFormat.DAP);
		note.getSections().add(section("data", "Data", "Client reports sleeping six hours; no use since admission."));
		note.getSections().add(section("assessment", "Assessment", LONG_ASSESSMENT));
		note.getSections().add(section("plan", "Plan", "Continue weekly sessions; review coping card next week."));
		note.setStatus(NoteStatus.SIGNED);
		note.setAuthorId("counsellor-1");
		note.setSignature(signature("counsellor-1", "Sam Rivera", "LCADC", Instant.parse("2026-09-10T15:05:00Z")));
		Addendum addendum = f.createAddendum();
		addendum.setText("Client called to say the evening group time suits her.");
		addendum.setAuthorId("counsellor-1");
		addendum.setWrittenAt(Instant.parse("2026-09-11T09:00:00Z"));
		addendum.setSignature(signature("counsellor-1", "Sam Rivera", "LCADC", Instant.parse("2026-09-11T09:01:00Z")));
		note.getAddenda().add(addendum);
		store.save(note, 0, "counsellor-1", "signed");

		CarePlan plan = f.createCarePlan();
		plan.setId(PLAN);
		plan.setPatientId(PATIENT);
		plan.setEpisodeId(EPISODE);
		plan.setRevision(1);
		plan.setStatus(CarePlanStatus.ACTIVE);
		plan.setEffectiveFrom(LocalDate.of(2026, 9, 5));
		plan.setReviewDue(LocalDate.of(2026, 10, 5));
		Problem problem = f.createProblem();
		problem.setId("p1");
		problem.setStatement("Opioid use disorder, severe, in early remission on maintenance therapy");
		Goal goal = f.createGoal();
		goal.setId("g1");
		goal.setStatement("Stay free of non-prescribed opioids");
		Objective objective = f.createObjective();
		objective.setId("o1");
		objective.setStatement("Four consecutive weekly screens negative for non-prescribed opioids");
		objective.setTargetOn(LocalDate.of(2026, 10, 31));
		Intervention intervention = f.createIntervention();
		intervention.setId("i1");
		intervention.setDescription("Relapse prevention counselling");
		intervention.setFrequency("weekly");
		intervention.setResponsibleStaffId("counsellor-1");
		objective.getInterventions().add(intervention);
		goal.getObjectives().add(objective);
		problem.setGoal(goal);
		plan.getProblems().add(problem);
		plan.getStrengths().add("Supportive sister");
		plan.getSignatures().add(signature("counsellor-1", "Sam Rivera", "LCADC", Instant.parse("2026-09-05T16:00:00Z")));
		store.save(plan, 0, "counsellor-1", "signed");

		AssessmentResponse phq9 = f.createAssessmentResponse();
		phq9.setId(PHQ9);
		phq9.setPatientId(PATIENT);
		phq9.setEpisodeId(EPISODE);
		phq9.setFormId("phq9");
		phq9.setFormVersion("1.0.0");
		phq9.setAdministeredAt(Instant.parse("2026-09-02T10:00:00Z"));
		phq9.setAdministeredBy("counsellor-1");
		phq9.setStatus(ResponseStatus.COMPLETED);
		int[] answers = { 2, 1, 3, 2, 1, 1, 0, 1, 0 };
		for (int i = 0; i < answers.length; i++) {
			org.cairn.model.Answer answer = f.createAnswer();
			answer.setItemId("phq9." + (i + 1));
			answer.setValue(String.valueOf(answers[i]));
			phq9.getAnswers().add(answer);
			org.cairn.model.ItemScore score = f.createItemScore();
			score.setItemId("phq9." + (i + 1));
			score.setScore(BigDecimal.valueOf(answers[i]));
			phq9.getItemScores().add(score);
		}
		phq9.setTotal(BigDecimal.valueOf(11));
		phq9.setBand("Moderate");
		store.save(phq9, 0, "counsellor-1", "administered");

		UrineDrugScreen screen = f.createUrineDrugScreen();
		screen.setId(SCREEN);
		screen.setPatientId(PATIENT);
		screen.setEpisodeId(EPISODE);
		screen.setCollectedAt(Instant.parse("2026-09-15T08:30:00Z"));
		screen.setCollectedBy("nurse-1");
		screen.setMethod(ScreenMethod.POINT_OF_CARE);
		screen.setValidity(SpecimenValidity.VALID);
		screen.setObserved(true);
		screen.getResults().add(analyte("59673-4", "Fentanyl", ScreenResult.NEGATIVE, false));
		screen.getResults().add(analyte("93494-3", "Buprenorphine", ScreenResult.POSITIVE, true));
		store.save(screen, 0, "nurse-1", "resulted");

		MedicationOrder order = f.createMedicationOrder();
		order.setId(ORDER);
		order.setPatientId(PATIENT);
		order.setEpisodeId(EPISODE);
		order.setKind(MedicationKind.MOUD);
		order.setMedication(code("http://www.nlm.nih.gov/research/umls/rxnorm", "1010600", "buprenorphine 8 MG / naloxone 2 MG Sublingual Film"));
		order.setMedicationName("Buprenorphine/naloxone");
		order.setDoseMg(new BigDecimal("16"));
		order.setRoute(Route.SUBLINGUAL);
		order.setFrequency("once daily");
		order.setStartOn(LocalDate.of(2026, 9, 2));
		order.setStatus(OrderStatus.ACTIVE);
		order.setPrescriberId("prescriber-1");
		store.save(order, 0, "prescriber-1", "ordered");

		DoseAdministration dose = f.createDoseAdministration();
		dose.setId(DOSE);
		dose.setPatientId(PATIENT);
		dose.setEpisodeId(EPISODE);
		dose.setOrderId(ORDER);
		dose.setScheduledFor(LocalDate.of(2026, 9, 3));
		dose.setOutcome(DoseOutcome.OBSERVED);
		dose.setDoseMg(new BigDecimal("16"));
		dose.setAdministeredAt(Instant.parse("2026-09-03T08:15:00Z"));
		dose.setAdministeredBy("nurse-1");
		store.save(dose, 0, "nurse-1", "given");

		DoseAdministration missed = f.createDoseAdministration();
		missed.setId(DOSE + "-missed");
		missed.setPatientId(PATIENT);
		missed.setEpisodeId(EPISODE);
		missed.setOrderId(ORDER);
		missed.setScheduledFor(LocalDate.of(2026, 9, 4));
		missed.setOutcome(DoseOutcome.MISSED);
		missed.setMissedReason(org.cairn.model.MissedDoseReason.INTOXICATED);
		store.save(missed, 0, "nurse-1", "missed");

		org.cairn.model.NaloxoneDispense naloxone = f.createNaloxoneDispense();
		naloxone.setId("naloxone-zoe-1");
		naloxone.setPatientId(PATIENT);
		naloxone.setEpisodeId(EPISODE);
		naloxone.setDispensedAt(Instant.parse("2026-09-03T09:00:00Z"));
		naloxone.setDispensedBy("nurse-1");
		naloxone.setRecipient(org.cairn.model.NaloxoneRecipient.FAMILY);
		naloxone.setRecipientName("Marta (sister)");
		naloxone.setProduct(code("http://www.nlm.nih.gov/research/umls/rxnorm", "1725059", "naloxone 4 MG/ACTUAT Nasal Spray"));
		naloxone.setQuantity(2);
		naloxone.setTrainingGiven(true);
		naloxone.setOverdosePlanReviewed(true);
		store.save(naloxone, 0, "nurse-1", "dispensed");

		org.cairn.model.TaperSchedule taper = f.createTaperSchedule();
		taper.setId("taper-zoe-1");
		taper.setPatientId(PATIENT);
		taper.setEpisodeId(EPISODE);
		taper.setOrderId(ORDER);
		taper.setStatus(org.cairn.model.TaperStatus.PLANNED);
		taper.setReason("Client's wish after a year stable");
		taper.setPatientAgreed(true);
		for (String[] step : new String[][] { { "2026-12-01", "14" }, { "2026-12-15", "12" }, { "2027-01-05", "10" } }) {
			org.cairn.model.TaperStep taperStep = f.createTaperStep();
			taperStep.setFromDate(LocalDate.parse(step[0]));
			taperStep.setDoseMg(new BigDecimal(step[1]));
			taper.getSteps().add(taperStep);
		}
		store.save(taper, 0, "prescriber-1", "planned");

		org.cairn.model.VitalSigns vitals = f.createVitalSigns();
		vitals.setId(VITALS);
		vitals.setPatientId(PATIENT);
		vitals.setEpisodeId(EPISODE);
		vitals.setTakenAt(Instant.parse("2026-09-02T09:00:00Z"));
		vitals.setTakenBy("nurse-1");
		vitals.setPulseBpm(92);
		vitals.setSystolicMmHg(136);
		vitals.setDiastolicMmHg(84);
		store.save(vitals, 0, "nurse-1", "taken");

		Consent consent = f.createConsent();
		consent.setId(CONSENT);
		consent.setPatientId(PATIENT);
		consent.setDiscloser("Harbour Light Recovery Centre");
		consent.setInformation("Session notes and urine drug screen results since admission");
		consent.getRecipients().add(RECIPIENT);
		consent.setPurpose("Continuity of care");
		consent.setRevocationExplained(true);
		consent.setRefusalConsequencesStated(true);
		consent.setExpiresOn(LocalDate.of(2027, 6, 1));
		consent.setSignedBy("the patient");
		consent.setSignedOn(LocalDate.of(2026, 9, 1));
		consent.setStatus(ConsentStatus.ACTIVE);
		store.save(consent, 0, "demo-intake-1", "signed");
	}

	/** The standard forms' definitions, read from the bundle that ships them (each ships one version). */
	static Optional<FormDefinition> form(String id, String version) {
		Bundle standard = Arrays.stream(FrameworkUtil.getBundle(Chart.class).getBundleContext().getBundles())
				.filter(b -> "org.cairn.forms.standard".equals(b.getSymbolicName())).findFirst().orElseThrow();
		java.net.URL entry = standard.getEntry("forms/" + id + ".json");
		if (entry == null) {
			return Optional.empty();
		}
		try (InputStream in = entry.openStream()) {
			return Optional.ofNullable(FormReader.read(in.readAllBytes(), id + ".json").definition());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static String staff(String id) {
		return switch (id == null ? "" : id) {
		case "counsellor-1" -> "Sam Rivera (counsellor-1)";
		case "nurse-1" -> "Lee Park (nurse-1)";
		case "" -> "";
		default -> id;
		};
	}

	private static NoteSection section(String key, String heading, String text) {
		NoteSection section = CairnFactory.eINSTANCE.createNoteSection();
		section.setKey(key);
		section.setHeading(heading);
		section.setText(text);
		return section;
	}

	private static Signature signature(String id, String name, String credentials, Instant at) {
		Signature signature = CairnFactory.eINSTANCE.createSignature();
		signature.setSignerId(id);
		signature.setSignerName(name);
		signature.setCredentials(credentials);
		signature.setRole(SignerRole.CLINICIAN);
		signature.setSignedAt(at);
		return signature;
	}

	static Code code(String system, String value, String display) {
		Code code = CairnFactory.eINSTANCE.createCode();
		code.setSystem(system);
		code.setCode(value);
		code.setDisplay(display);
		return code;
	}

	private static AnalyteResult analyte(String loinc, String name, ScreenResult result, boolean expected) {
		AnalyteResult analyte = CairnFactory.eINSTANCE.createAnalyteResult();
		analyte.setAnalyte(code("http://loinc.org", loinc, name));
		analyte.setResult(result);
		analyte.setExpected(expected);
		return analyte;
	}
}
