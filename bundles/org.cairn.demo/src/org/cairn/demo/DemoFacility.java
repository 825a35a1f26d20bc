package org.cairn.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.cairn.model.*;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A believable, obviously fictional facility: patients in every phase of treatment with the charts that phase
 * produces. Detox episodes have COWS every 4 to 6 hours over the first five days, rising to a peak 48 to 72 hours
 * after last use and falling after, each with the vital signs taken alongside; methadone and buprenorphine dose logs have missed doses and take-homes; notes
 * come in every format; care plans are revised at reviews; drug screens have some unexpected results; groups meet
 * weekly. The same seed gives the same facility. Names are invented; every MRN starts with {@value #MRN_PREFIX}.
 */
public final class DemoFacility {

	public static final String MRN_PREFIX = "DEMO-";
	public static final String NAME = "Harbour Light Recovery Centre (demo)";

	static final String[] GIVEN = { "Avery", "Jordan", "Rowan", "Sasha", "Morgan", "Quinn", "Emeka", "Aisha", "José", "María",
			"Lukas", "Ingrid", "Thanh", "Mei", "Tomasz", "Zofia", "Darnell", "Keisha", "Liam", "Niamh", "Ravi", "Priya", "Omar",
			"Leila", "Hiroshi", "Yuki", "Mateo", "Lucía", "Kwame", "Ama", "Dmitri", "Olena", "Tariq", "Nour", "Sven", "Astrid" };
	static final String[] FAMILY = { "Quill", "Harrow", "Teller", "Oakes", "Marsh", "Penhale", "Ashby", "Fenwick", "Núñez",
			"Okafor", "Lindqvist", "Nguyen", "Kowalczyk", "Brennan", "Sharma", "Haddad", "Tanaka", "Herrera", "Mensah", "Volkov",
			"Castellano", "Whitlock", "Rahimi", "Søndergaard", "Achterberg", "Delacroix", "Moreau", "Ferreira", "Iwu", "Petrov" };
	static final String[] STAFF = { "demo-counsellor-1", "demo-counsellor-2", "demo-nurse-1", "demo-nurse-2", "demo-prescriber-1",
			"demo-supervisor-1", "demo-peer-1" };
	static final String[] GROUP_TOPICS = { "Triggers and high-risk situations", "Coping with cravings", "Sleep after opioids",
			"Rebuilding trust with family", "Naloxone and overdose response", "Managing stress without using", "Relapse warning signs",
			"Building a support network" };
	/** COWS items and the only scores each can take (CLINICAL.md). */
	static final int[][] COWS_ANCHORS = { { 0, 1, 2, 4 }, { 0, 1, 2, 3, 4 }, { 0, 1, 3, 5 }, { 0, 1, 2, 5 }, { 0, 1, 2, 4 },
			{ 0, 1, 2, 4 }, { 0, 1, 2, 3, 5 }, { 0, 1, 2, 4 }, { 0, 1, 2, 4 }, { 0, 1, 2, 4 }, { 0, 3, 5 } };

	private static final CairnFactory MAKE = CairnFactory.eINSTANCE;

	private final Random random;
	private final LocalDate today;
	private int sequence;

	public DemoFacility(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.today = today;
	}

	/**
	 * Generates {@code patients} patients with their charts and the facility's groups, handing each record to
	 * {@code sink} in the order they would be saved. A record revised later (a care plan at review) comes again
	 * with the same id.
	 */
	public void generate(int patients, Consumer<ClinicalRecord> sink) {
		Phase[] phases = Phase.values();
		List<String> inTherapy = new ArrayList<>();
		for (int i = 1; i <= patients; i++) {
			Phase phase = phases[(i - 1) % phases.length];
			Patient patient = patient(i);
			sink.accept(patient);
			chart(patient, phase, sink);
			if (phase == Phase.THERAPY || phase == Phase.RELAPSE_PREVENTION || phase == Phase.STABILISATION) {
				inTherapy.add(patient.getId());
			}
		}
		groups(inTherapy, sink);
	}

	/** Only patients (no charts), for searching large numbers of them. */
	public void patientsOnly(int patients, Consumer<ClinicalRecord> sink) {
		for (int i = 1; i <= patients; i++) {
			sink.accept(patient(i));
		}
	}

	/**
	 * A heavy chart, five years in an opioid treatment programme: 1,800 doses, 400 notes, 150 assessments and 12
	 * care-plan versions, for benchmarks.
	 */
	public void heavyChart(Patient patient, Consumer<ClinicalRecord> sink) {
		LocalDate admitted = today.minusDays(1825);
		EpisodeOfCare episode = episode(patient, Programme.OPIOID_TREATMENT_PROGRAM, admitted, Phase.RELAPSE_PREVENTION);
		sink.accept(episode);
		MedicationOrder order = order(patient, episode, "methadone", admitted, new BigDecimal("80"));
		sink.accept(order);
		for (int day = 0; day < 1800; day++) {
			sink.accept(dose(patient, episode, order, admitted.plusDays(day + 25), new BigDecimal("80"), day + 25));
		}
		for (int n = 0; n < 400; n++) {
			sink.accept(note(patient, episode, admitted.plusDays(n * 4L + 1), NoteFormat.values()[n % 4], true));
		}
		for (int a = 0; a < 150; a++) {
			sink.accept(phq9(patient, episode, admitted.plusDays(a * 12L + 3)));
		}
		CarePlan plan = carePlan(patient, episode, admitted.plusDays(3));
		sink.accept(EcoreUtil.copy(plan));
		for (int revision = 2; revision <= 12; revision++) {
			review(plan, admitted.plusDays(3 + (revision - 1) * 150L));
			sink.accept(EcoreUtil.copy(plan));
		}
	}

	public Patient patient(int number) {
		Patient patient = MAKE.createPatient();
		patient.setId(String.format("demo-p-%06d", number));
		patient.setMrn(String.format("%s%06d", MRN_PREFIX, number));
		patient.setGivenName(GIVEN[random.nextInt(GIVEN.length)]);
		patient.setFamilyName(FAMILY[random.nextInt(FAMILY.length)]);
		if (random.nextInt(5) == 0) {
			patient.setPreferredName(GIVEN[random.nextInt(GIVEN.length)]);
		}
		patient.setBirthDate(today.minusYears(19 + random.nextInt(45)).minusDays(random.nextInt(365)));
		patient.setSexAtBirth(random.nextBoolean() ? Sex.FEMALE : Sex.MALE);
		patient.setLanguage(random.nextInt(8) == 0 ? "es" : "en");
		patient.setStatus(PatientStatus.ACTIVE);
		patient.setAdmissionNoticeGivenAt(at(today.minusDays(random.nextInt(30)), 9));
		if (random.nextInt(6) == 0) {
			Alert alert = MAKE.createAlert();
			alert.setKind(AlertKind.ALLERGY);
			alert.setText(random.nextBoolean() ? "Penicillin" : "Sulfonamides");
			alert.setActive(true);
			patient.getAlerts().add(alert);
		}
		return patient;
	}

	private void chart(Patient patient, Phase phase, Consumer<ClinicalRecord> sink) {
		int days = switch (phase) {
		case INTAKE -> random.nextInt(2);
		case WITHDRAWAL_MANAGEMENT -> 1 + random.nextInt(5);
		case STABILISATION -> 7 + random.nextInt(50);
		case THERAPY -> 30 + random.nextInt(150);
		case RELAPSE_PREVENTION -> 120 + random.nextInt(250);
		case AFTERCARE -> 200 + random.nextInt(300);
		};
		LocalDate admitted = today.minusDays(days);
		Programme programme = switch (phase) {
		case INTAKE, WITHDRAWAL_MANAGEMENT -> Programme.DETOX;
		case STABILISATION -> random.nextBoolean() ? Programme.OPIOID_TREATMENT_PROGRAM : Programme.OFFICE_BASED_OPIOID_TREATMENT;
		case THERAPY -> random.nextBoolean() ? Programme.RESIDENTIAL : Programme.INTENSIVE_OUTPATIENT;
		case RELAPSE_PREVENTION, AFTERCARE -> Programme.OUTPATIENT;
		};
		EpisodeOfCare episode = episode(patient, programme, admitted, phase);
		sink.accept(episode);
		sink.accept(consent(patient, episode, admitted));
		if (random.nextInt(5) != 0) {
			sink.accept(naloxone(patient, episode, admitted));
		}
		if (phase != Phase.INTAKE) {
			for (AssessmentResponse cows : cowsSeries(patient, episode)) {
				sink.accept(cows);
				sink.accept(vitals(cows));
			}
		}
		if (days >= 3) {
			CarePlan plan = carePlan(patient, episode, admitted.plusDays(2));
			sink.accept(EcoreUtil.copy(plan));
			int cadence = programme == Programme.OUTPATIENT ? 90 : 30;
			for (int day = cadence; day < days; day += cadence) {
				review(plan, admitted.plusDays(day));
				sink.accept(EcoreUtil.copy(plan));
			}
		}
		boolean onMoud = phase == Phase.STABILISATION || ((phase == Phase.THERAPY || phase == Phase.RELAPSE_PREVENTION) && random.nextInt(10) < 7);
		if (onMoud && days > 5) {
			boolean methadone = programme == Programme.OPIOID_TREATMENT_PROGRAM || random.nextBoolean();
			LocalDate start = admitted.plusDays(3);
			MedicationOrder order = order(patient, episode, methadone ? "methadone" : "buprenorphine", start,
					methadone ? new BigDecimal(60 + 10 * random.nextInt(5)) : new BigDecimal(8 + 4 * random.nextInt(4)));
			sink.accept(order);
			long treated = ChronoUnit.DAYS.between(start, today);
			for (long day = Math.max(0, treated - 90); day < treated; day++) {
				sink.accept(dose(patient, episode, order, start.plusDays(day), order.getDoseMg(), (int) day));
			}
			for (long week = 1; week * 7 < treated; week += 1 + random.nextInt(3)) {
				sink.accept(screen(patient, episode, start.plusDays(week * 7), methadone, week < 4));
			}
		}
		for (int day = 2, n = 0; day < Math.min(days, 180); day += 5 + random.nextInt(6), n++) {
			boolean latest = day + 11 >= Math.min(days, 180);
			sink.accept(note(patient, episode, admitted.plusDays(day), NoteFormat.values()[(n + random.nextInt(4)) % 4], !latest));
		}
		for (int month = 1; month * 30 < days; month++) {
			sink.accept(phq9(patient, episode, admitted.plusDays(month * 30L)));
		}
	}

	private EpisodeOfCare episode(Patient patient, Programme programme, LocalDate admitted, Phase current) {
		EpisodeOfCare episode = MAKE.createEpisodeOfCare();
		episode.setId(id("ep"));
		episode.setPatientId(patient.getId());
		episode.setProgramme(programme);
		episode.setStatus(EpisodeStatus.ACTIVE);
		episode.setAdmittedOn(admitted);
		episode.setLastUseAt(at(admitted, 0).minus(8 + random.nextInt(9), ChronoUnit.HOURS));
		episode.getSubstances().add(code("RxNorm", "4337", "fentanyl"));
		if (random.nextBoolean()) {
			episode.getSubstances().add(code("RxNorm", "3304", "heroin"));
		}
		Diagnosis diagnosis = MAKE.createDiagnosis();
		diagnosis.setCode(code("ICD-10-CM", "F11.20", "Opioid dependence, uncomplicated"));
		diagnosis.setPrimary(true);
		diagnosis.setOnsetOn(admitted);
		episode.getDiagnoses().add(diagnosis);
		LocalDate from = admitted;
		for (Phase phase : Phase.values()) {
			PhaseTransition transition = MAKE.createPhaseTransition();
			transition.setPhase(phase);
			transition.setStartedOn(from);
			episode.getPhases().add(transition);
			if (phase == current) {
				break;
			}
			LocalDate next = from.plusDays(phase == Phase.INTAKE ? 1 : phase == Phase.WITHDRAWAL_MANAGEMENT ? 5 : 30);
			from = next.isAfter(today) ? today : next;
			transition.setEndedOn(from);
		}
		CareTeamMember counsellor = MAKE.createCareTeamMember();
		counsellor.setStaffId(STAFF[random.nextInt(2)]);
		counsellor.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
		counsellor.setFrom(admitted);
		episode.getCareTeam().add(counsellor);
		// The rest of the team, chosen without drawing from the random sequence (so that a seed keeps its facility):
		// the prescriber, one of the two nurses, the supervisor and the peer specialist see every demo patient.
		int nurse = Math.floorMod(episode.getId().hashCode(), 2);
		member(episode, STAFF[4], CareTeamRole.PRESCRIBER, admitted);
		member(episode, STAFF[2 + nurse], CareTeamRole.NURSE, admitted);
		member(episode, STAFF[5], CareTeamRole.SUPERVISOR, admitted);
		member(episode, STAFF[6], CareTeamRole.PEER_SPECIALIST, admitted);
		return episode;
	}

	private static void member(EpisodeOfCare episode, String staffId, CareTeamRole role, LocalDate from) {
		CareTeamMember member = MAKE.createCareTeamMember();
		member.setStaffId(staffId);
		member.setRole(role);
		member.setFrom(from);
		episode.getCareTeam().add(member);
	}

	/** COWS every 4 to 6 hours over the first five days (or until today), peaking 48 to 72 hours after last use. */
	List<AssessmentResponse> cowsSeries(Patient patient, EpisodeOfCare episode) {
		List<AssessmentResponse> series = new ArrayList<>();
		Instant lastUse = episode.getLastUseAt();
		Instant start = at(episode.getAdmittedOn(), 10);
		Instant end = min(start.plus(5, ChronoUnit.DAYS), at(today, 18));
		double peakHour = 48 + random.nextInt(25);
		double peak = 16 + random.nextInt(15);
		for (Instant t = start; t.isBefore(end); t = t.plus(4 + random.nextInt(3), ChronoUnit.HOURS)) {
			double hours = ChronoUnit.MINUTES.between(lastUse, t) / 60.0;
			double shape = Math.exp(-Math.pow((hours - peakHour) / 30.0, 2));
			int target = (int) Math.max(0, Math.round(peak * shape + random.nextGaussian() * 1.2));
			AssessmentResponse cows = response(patient, episode, "cows", t);
			int total = scoreItems(cows, target);
			cows.setTotal(new BigDecimal(total));
			cows.setBand(total < 5 ? "none" : total <= 12 ? "mild" : total <= 24 ? "moderate" : total <= 36 ? "moderately-severe" : "severe");
			cows.setHoursSinceLastUse(BigDecimal.valueOf(Math.round(hours * 10) / 10.0));
			series.add(cows);
		}
		return series;
	}

	/**
	 * The vital signs a nurse takes with a COWS: the pulse within the range that COWS item 1 scored, pressure,
	 * breathing and temperature rising a little with withdrawal. Drawn from a generator of their own (seeded by the
	 * record), so that adding them left every other demo record as it was.
	 */
	VitalSigns vitals(AssessmentResponse cows) {
		Random own = new Random(cows.getId().hashCode());
		int pulseScore = cows.getItemScores().get(0).getScore().intValue();
		int pulse = switch (pulseScore) {
		case 0 -> 62 + own.nextInt(19);
		case 1 -> 81 + own.nextInt(20);
		case 2 -> 101 + own.nextInt(20);
		default -> 121 + own.nextInt(15);
		};
		double strain = cows.getTotal().doubleValue() / 48.0;
		VitalSigns vitals = MAKE.createVitalSigns();
		vitals.setId("vs-" + cows.getId());
		vitals.setPatientId(cows.getPatientId());
		vitals.setEpisodeId(cows.getEpisodeId());
		vitals.setTakenAt(cows.getAdministeredAt().minus(5, ChronoUnit.MINUTES));
		vitals.setTakenBy(cows.getAdministeredBy());
		vitals.setPulseBpm(pulse);
		int systolic = (int) Math.round(118 + strain * 30 + own.nextGaussian() * 6);
		vitals.setSystolicMmHg(systolic);
		vitals.setDiastolicMmHg((int) Math.round(systolic * 0.62 + own.nextGaussian() * 3));
		vitals.setRespiratoryRate((int) Math.round(15 + strain * 6 + own.nextGaussian()));
		vitals.setTemperatureCelsius(BigDecimal.valueOf(Math.round((36.7 + strain * 0.8 + own.nextGaussian() * 0.15) * 10), 1));
		vitals.setOxygenSaturation(Math.min(100, 96 + own.nextInt(4)));
		return vitals;
	}

	/** Item scores, each one of its item's anchors, adding up to about {@code target}; returns the total. */
	private int scoreItems(AssessmentResponse response, int target) {
		int[] scores = new int[COWS_ANCHORS.length];
		int total = 0;
		for (int attempt = 0; attempt < 200 && total < target; attempt++) {
			int item = random.nextInt(COWS_ANCHORS.length);
			int[] anchors = COWS_ANCHORS[item];
			int next = -1;
			for (int anchor : anchors) {
				if (anchor > scores[item]) {
					next = anchor;
					break;
				}
			}
			if (next >= 0 && total + next - scores[item] <= target + 1) {
				total += next - scores[item];
				scores[item] = next;
			}
		}
		for (int item = 0; item < scores.length; item++) {
			Answer answer = MAKE.createAnswer();
			answer.setItemId("cows." + (item + 1));
			answer.setValue(Integer.toString(scores[item]));
			response.getAnswers().add(answer);
			ItemScore score = MAKE.createItemScore();
			score.setItemId("cows." + (item + 1));
			score.setScore(new BigDecimal(scores[item]));
			response.getItemScores().add(score);
		}
		return total;
	}

	private AssessmentResponse phq9(Patient patient, EpisodeOfCare episode, LocalDate on) {
		AssessmentResponse phq = response(patient, episode, "phq9", at(on, 11));
		int total = 0;
		for (int item = 1; item <= 9; item++) {
			int score = item == 9 ? (random.nextInt(12) == 0 ? 1 : 0) : random.nextInt(3);
			total += score;
			Answer answer = MAKE.createAnswer();
			answer.setItemId("phq9." + item);
			answer.setValue(Integer.toString(score));
			phq.getAnswers().add(answer);
			ItemScore itemScore = MAKE.createItemScore();
			itemScore.setItemId("phq9." + item);
			itemScore.setScore(new BigDecimal(score));
			phq.getItemScores().add(itemScore);
			if (item == 9 && score > 0) {
				phq.getFlags().add("phq9.item9");
			}
		}
		phq.setTotal(new BigDecimal(total));
		phq.setBand(total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : total <= 19 ? "moderately-severe" : "severe");
		return phq;
	}

	private AssessmentResponse response(Patient patient, EpisodeOfCare episode, String form, Instant at) {
		AssessmentResponse response = MAKE.createAssessmentResponse();
		response.setId(id("ar"));
		response.setPatientId(patient.getId());
		response.setEpisodeId(episode.getId());
		response.setFormId(form);
		response.setFormVersion("1");
		response.setAdministeredAt(at);
		response.setAdministeredBy(STAFF[2 + random.nextInt(2)]);
		response.setStatus(ResponseStatus.COMPLETED);
		return response;
	}

	private MedicationOrder order(Patient patient, EpisodeOfCare episode, String medication, LocalDate start, BigDecimal doseMg) {
		MedicationOrder order = MAKE.createMedicationOrder();
		order.setId(id("mo"));
		order.setPatientId(patient.getId());
		order.setEpisodeId(episode.getId());
		order.setKind(MedicationKind.MOUD);
		boolean methadone = medication.equals("methadone");
		order.setMedication(methadone ? code("RxNorm", "991147", "methadone hydrochloride 10 mg/mL oral concentrate")
				: code("RxNorm", "1010600", "buprenorphine 8 mg / naloxone 2 mg sublingual film"));
		order.setMedicationName(methadone ? "Methadone oral concentrate" : "Buprenorphine/naloxone SL film");
		order.setDoseMg(doseMg);
		order.setRoute(methadone ? Route.ORAL : Route.SUBLINGUAL);
		order.setFrequency("once daily");
		order.setStartOn(start);
		order.setPrescriberId(STAFF[4]);
		order.setStatus(OrderStatus.ACTIVE);
		order.setMaxTakeHomeDays(methadone ? 7 : 28);
		return order;
	}

	private DoseAdministration dose(Patient patient, EpisodeOfCare episode, MedicationOrder order, LocalDate day, BigDecimal mg, int treatmentDay) {
		DoseAdministration dose = MAKE.createDoseAdministration();
		dose.setId(id("dose"));
		dose.setPatientId(patient.getId());
		dose.setEpisodeId(episode.getId());
		dose.setOrderId(order.getId());
		dose.setScheduledFor(day);
		int roll = random.nextInt(100);
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (roll < 5) {
			dose.setOutcome(DoseOutcome.MISSED);
			dose.setMissedReason(roll < 4 ? MissedDoseReason.NO_SHOW : MissedDoseReason.HOSPITALISED);
		} else if (weekend && treatmentDay > 30) {
			dose.setOutcome(DoseOutcome.TAKE_HOME);
			dose.setDoseMg(mg);
			dose.setTakeHomeDoses(1);
			dose.setLockBoxVerified(true);
		} else {
			dose.setOutcome(DoseOutcome.OBSERVED);
			dose.setDoseMg(mg);
			dose.setAdministeredAt(at(day, 8).plus(random.nextInt(240), ChronoUnit.MINUTES));
			dose.setAdministeredBy(STAFF[2 + random.nextInt(2)]);
			dose.setIdentityChecked(true);
			dose.setLot("LOT-" + (1000 + random.nextInt(9000)));
		}
		return dose;
	}

	private UrineDrugScreen screen(Patient patient, EpisodeOfCare episode, LocalDate day, boolean methadone, boolean early) {
		UrineDrugScreen screen = MAKE.createUrineDrugScreen();
		screen.setId(id("uds"));
		screen.setPatientId(patient.getId());
		screen.setEpisodeId(episode.getId());
		screen.setCollectedAt(at(day, 9).plus(random.nextInt(300), ChronoUnit.MINUTES));
		screen.setCollectedBy(STAFF[2 + random.nextInt(2)]);
		screen.setObserved(random.nextInt(4) == 0);
		screen.setTemperatureInRange(true);
		screen.setMethod(ScreenMethod.POINT_OF_CARE);
		screen.setValidity(SpecimenValidity.VALID);
		screen.setRandom(true);
		screen.getResults().add(analyte("59673-4", "Fentanyl", 1, random.nextInt(early ? 3 : 12) == 0, false));
		screen.getResults().add(analyte("19295-5", "Opiates", 300, random.nextInt(early ? 4 : 15) == 0, false));
		screen.getResults().add(analyte("19359-9", "Cocaine", 150, random.nextInt(20) == 0, false));
		screen.getResults().add(methadone ? analyte("19550-3", "Methadone", 300, random.nextInt(30) != 0, true)
				: analyte("93494-3", "Buprenorphine", 10, random.nextInt(30) != 0, true));
		return screen;
	}

	private AnalyteResult analyte(String loinc, String name, int cutoff, boolean positive, boolean expected) {
		AnalyteResult result = MAKE.createAnalyteResult();
		result.setAnalyte(code("LOINC", loinc, name));
		result.setResult(positive ? ScreenResult.POSITIVE : ScreenResult.NEGATIVE);
		result.setCutoffNgPerMl(cutoff);
		result.setExpected(expected);
		return result;
	}

	private SessionNote note(Patient patient, EpisodeOfCare episode, LocalDate day, NoteFormat format, boolean signed) {
		SessionNote note = MAKE.createSessionNote();
		note.setId(id("note"));
		note.setPatientId(patient.getId());
		note.setEpisodeId(episode.getId());
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setModality(random.nextInt(5) == 0 ? Modality.VIDEO : Modality.IN_PERSON);
		Instant start = at(day, 10 + random.nextInt(6));
		note.setStartedAt(start);
		note.setEndedAt(start.plus(50, ChronoUnit.MINUTES));
		note.setFormat(format);
		String[][] sections = switch (format) {
		case SOAP -> new String[][] { { "S", "Client reports cravings mostly in the evenings, rated 4 of 10." },
				{ "O", "Alert, calm, good eye contact. Attended on time." },
				{ "A", "Making steady progress on objective 1.1; coping plan in use." },
				{ "P", "Continue weekly sessions; practise urge surfing; review at next session." } };
		case DAP -> new String[][] { { "D", "Client described a difficult weekend with family; no use reported; UDS as expected." },
				{ "A", "Engaged and reflective; family conflict remains the main trigger." }, { "P", "Invite partner to a family session." } };
		case BIRP -> new String[][] { { "B", "Client arrived anxious about work and sleep." },
				{ "I", "Motivational interviewing; reviewed sleep hygiene." }, { "R", "Client agreed to a wind-down routine." },
				{ "P", "Follow up on sleep next week." } };
		case GIRP, NARRATIVE -> new String[][] { { "G", "Objective 1.2: attend two peer-support meetings a week." },
				{ "I", "Explored barriers to attending; role-played asking for a ride." }, { "R", "Client identified two meetings near home." },
				{ "P", "Report attendance next session." } };
		};
		for (String[] section : sections) {
			NoteSection part = MAKE.createNoteSection();
			part.setKey(section[0]);
			part.setText(section[1]);
			note.getSections().add(part);
		}
		RiskScreen risk = MAKE.createRiskScreen();
		risk.setSuicidalIdeation(RiskLevel.NONE);
		risk.setHomicidalIdeation(RiskLevel.NONE);
		risk.setOverdoseRisk(random.nextInt(8) == 0 ? RiskLevel.MODERATE : RiskLevel.LOW);
		note.setRiskScreen(risk);
		note.setAuthorId(STAFF[random.nextInt(2)]);
		note.setPart2Protected(true);
		note.setStatus(signed ? NoteStatus.SIGNED : NoteStatus.DRAFT);
		if (signed) {
			note.setSignature(signature(note.getAuthorId(), SignerRole.CLINICIAN, note.getEndedAt().plus(2, ChronoUnit.HOURS)));
		}
		return note;
	}

	private CarePlan carePlan(Patient patient, EpisodeOfCare episode, LocalDate on) {
		CarePlan plan = MAKE.createCarePlan();
		plan.setId(id("cp"));
		plan.setPatientId(patient.getId());
		plan.setEpisodeId(episode.getId());
		plan.setRevision(1);
		plan.setStatus(CarePlanStatus.ACTIVE);
		plan.setEffectiveFrom(on);
		plan.setReviewDue(on.plusDays(30));
		plan.getStrengths().add("Motivated to keep custody of children");
		plan.getBarriers().add("Unstable housing");
		Problem problem = MAKE.createProblem();
		problem.setId("1");
		problem.setStatement("Opioid use disorder with daily fentanyl use before admission");
		problem.setEvidence("Positive fentanyl screen at intake; COWS peak in withdrawal");
		problem.setStatus(ProblemStatus.ACTIVE);
		problem.setPriority(1);
		Goal goal = MAKE.createGoal();
		goal.setId("1");
		goal.setStatement("\"Stay off fentanyl and get my kids back.\"");
		Objective objective = MAKE.createObjective();
		objective.setId("1.1");
		objective.setStatement("Submit urine drug screens negative for non-prescribed opioids for 4 consecutive weeks");
		objective.setMeasure("Weekly UDS");
		objective.setTarget("4 consecutive negative screens");
		objective.setStartOn(on);
		objective.setTargetOn(on.plusDays(60));
		objective.setStatus(ObjectiveStatus.IN_PROGRESS);
		Intervention intervention = MAKE.createIntervention();
		intervention.setId("1.1.a");
		intervention.setDescription("Individual counselling using motivational interviewing");
		intervention.setModality("Individual MI");
		intervention.setFrequency("1x/week, 50 min");
		intervention.setResponsibleStaffId(STAFF[0]);
		objective.getInterventions().add(intervention);
		goal.getObjectives().add(objective);
		problem.setGoal(goal);
		plan.getProblems().add(problem);
		plan.getSignatures().add(signature(STAFF[0], SignerRole.CLINICIAN, at(on, 15)));
		plan.getSignatures().add(signature(patient.getId(), SignerRole.CLIENT, at(on, 15)));
		return plan;
	}

	/** A review: the next revision of the plan, with progress recorded and signed again. */
	private void review(CarePlan plan, LocalDate on) {
		plan.setRevision(plan.getRevision() + 1);
		plan.setEffectiveFrom(on);
		plan.setReviewDue(on.plusDays(30));
		PlanReview review = MAKE.createPlanReview();
		review.setReviewedOn(on);
		review.setReviewerId(STAFF[5]);
		review.setReason("Scheduled review");
		review.setSummary("Progress reviewed with the client; objectives updated.");
		plan.getReviews().add(review);
		Objective objective = plan.getProblems().get(0).getGoal().getObjectives().get(0);
		objective.setProgressRating(Math.min(10, objective.getProgressRating() + 1 + random.nextInt(2)));
		plan.getSignatures().clear();
		plan.getSignatures().add(signature(STAFF[0], SignerRole.CLINICIAN, at(on, 15)));
		plan.getSignatures().add(signature(STAFF[5], SignerRole.SUPERVISOR, at(on, 16)));
	}

	private Consent consent(Patient patient, EpisodeOfCare episode, LocalDate on) {
		Consent consent = MAKE.createConsent();
		consent.setId(id("consent"));
		consent.setPatientId(patient.getId());
		consent.setEpisodeId(episode.getId());
		consent.setDiscloser(NAME);
		consent.setInformation("Substance use disorder treatment records: diagnoses, medications, attendance and progress");
		consent.getRecipients().add("my treating providers, health plans, third-party payers, and people helping to operate this program");
		consent.setPurpose("Treatment, payment and health care operations");
		consent.setTreatmentPaymentOperations(true);
		consent.setRevocationExplained(true);
		consent.setExpiryEvent("Discharge from treatment");
		consent.setRefusalConsequencesStated(true);
		consent.setSignedBy(patient.getGivenName() + " " + patient.getFamilyName());
		consent.setSignedOn(on);
		consent.setStatus(ConsentStatus.ACTIVE);
		return consent;
	}

	private NaloxoneDispense naloxone(Patient patient, EpisodeOfCare episode, LocalDate on) {
		NaloxoneDispense kit = MAKE.createNaloxoneDispense();
		kit.setId(id("nal"));
		kit.setPatientId(patient.getId());
		kit.setEpisodeId(episode.getId());
		kit.setDispensedAt(at(on, 14));
		kit.setDispensedBy(STAFF[2]);
		kit.setRecipient(NaloxoneRecipient.PATIENT);
		kit.setProduct(code("RxNorm", "1725064", "naloxone 4 mg nasal spray"));
		kit.setQuantity(2);
		kit.setLot("NX-" + (10000 + random.nextInt(90000)));
		kit.setExpiresOn(on.plusYears(2));
		kit.setTrainingGiven(true);
		kit.setOverdosePlanReviewed(true);
		kit.setReplacementReason(KitReplacementReason.FIRST_KIT);
		return kit;
	}

	private void groups(List<String> patients, Consumer<ClinicalRecord> sink) {
		if (patients.isEmpty()) {
			return;
		}
		for (int week = 0; week < 12; week++) {
			GroupSession group = MAKE.createGroupSession();
			group.setId(id("group"));
			group.setTopic(GROUP_TOPICS[week % GROUP_TOPICS.length]);
			group.setServiceType(ServiceType.GROUP);
			group.getFacilitatorIds().add(STAFF[week % 2]);
			group.setModality(Modality.IN_PERSON);
			group.setLocation("Group room 2");
			Instant start = at(today.minusWeeks(week), 14);
			group.setStartedAt(start);
			group.setEndedAt(start.plus(90, ChronoUnit.MINUTES));
			group.setContent("Psychoeducation and discussion: " + group.getTopic().toLowerCase() + ".");
			for (int seat = 0; seat < Math.min(8, patients.size()); seat++) {
				GroupAttendee attendee = MAKE.createGroupAttendee();
				attendee.setPatientId(patients.get(random.nextInt(patients.size())));
				int roll = random.nextInt(10);
				attendee.setAttendance(roll < 7 ? Attendance.PRESENT : roll < 8 ? Attendance.LATE : Attendance.ABSENT_EXCUSED);
				attendee.setParticipation(roll < 8 ? "Shared a recent trigger and a coping strategy that worked." : "");
				group.getRoster().add(attendee);
			}
			sink.accept(group);
		}
	}

	private Signature signature(String signer, SignerRole role, Instant at) {
		Signature signature = MAKE.createSignature();
		signature.setSignerId(signer);
		signature.setRole(role);
		signature.setSignedAt(at);
		signature.setMeaning(role == SignerRole.CLIENT ? "reviewed with client" : "author");
		return signature;
	}

	private static Code code(String system, String value, String display) {
		Code code = MAKE.createCode();
		code.setSystem(system);
		code.setCode(value);
		code.setDisplay(display);
		return code;
	}

	private String id(String kind) {
		return "demo-" + kind + "-" + (++sequence);
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/** Counts of what was generated by kind, for reports. */
	public static Map<String, Integer> count(List<ClinicalRecord> records) {
		Map<String, Integer> counts = new HashMap<>();
		for (ClinicalRecord record : records) {
			counts.merge(record.eClass().getName(), 1, Integer::sum);
		}
		return counts;
	}
}
