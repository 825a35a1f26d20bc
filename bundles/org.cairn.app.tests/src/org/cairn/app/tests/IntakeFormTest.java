package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cairn.model.CareTeamRole;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.ui.intake.IntakeForm;
import org.junit.jupiter.api.Test;

/** The intake rules: what a supervisor would refuse, said field by field. */
class IntakeFormTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static IntakeForm valid() {
		IntakeForm form = new IntakeForm();
		form.givenName = " Avery ";
		form.familyName = "Quill";
		form.birthDate = "1990-05-17";
		form.mrn = "T-1001";
		form.programme = Programme.DETOX;
		form.phase = Phase.WITHDRAWAL_MANAGEMENT;
		form.admittedOn = "2026-11-23";
		form.counsellor = "u-lee";
		form.noticeGiven = true;
		return form;
	}

	private static List<String> fields(IntakeForm form) {
		return form.validate(TODAY).stream().map(IntakeForm.Problem::field).toList();
	}

	@Test
	void aCompleteFormHasNoProblems() {
		assertEquals(List.of(), valid().validate(TODAY));
	}

	@Test
	void anEmptyFormNamesEveryRequiredFieldInOrder() {
		IntakeForm form = new IntakeForm();
		assertEquals(List.of("givenName", "familyName", "birthDate", "mrn", "programme", "admittedOn", "noticeGiven"), fields(form));
		assertEquals("Given name: required.", form.validate(TODAY).get(0).message());
	}

	@Test
	void datesMustBeDatesAndPlausible() {
		IntakeForm form = valid();
		form.birthDate = "17/05/1990";
		assertEquals("Date of birth: not a date; write it as yyyy-mm-dd, e.g. 1984-07-09.", form.validate(TODAY).get(0).message());
		form.birthDate = "2026-12-01";
		assertEquals("Date of birth: in the future.", form.validate(TODAY).get(0).message());
		form.birthDate = "1900-01-01";
		assertEquals("Date of birth: more than 120 years ago.", form.validate(TODAY).get(0).message());
		form.birthDate = "1990-05-17";
		form.admittedOn = "2026-12-24";
		assertEquals("Admitted on: more than 30 days ahead.", form.validate(TODAY).get(0).message());
		form.admittedOn = "2026-12-23";
		assertEquals(List.of(), form.validate(TODAY), "a planned admission within 30 days is fine");
		form.admittedOn = "1989-01-01";
		assertEquals("Admitted on: before the date of birth.", form.validate(TODAY).get(0).message());
	}

	@Test
	void theMrnIsRequiredAndPlain() {
		IntakeForm form = valid();
		form.mrn = "T 1001; DROP";
		assertEquals(List.of("mrn"), fields(form));
		form.mrn = "  ";
		assertEquals(List.of("mrn"), fields(form));
	}

	@Test
	void thePart2NoticeMustBeGiven() {
		IntakeForm form = valid();
		form.noticeGiven = false;
		assertEquals(List.of("noticeGiven"), fields(form));
	}

	@Test
	void aValidFormMakesAPatientWithAnOpenEpisode() {
		IntakeForm form = valid();
		Instant now = Instant.parse("2026-11-23T09:00:00Z");
		Patient patient = form.patient(now);
		assertEquals("Avery", patient.getGivenName(), "trimmed");
		assertEquals(LocalDate.of(1990, 5, 17), patient.getBirthDate());
		assertEquals(now, patient.getAdmissionNoticeGivenAt());
		assertTrue(patient.getId().startsWith("p-"));
		EpisodeOfCare episode = form.episode(patient);
		assertEquals(patient.getId(), episode.getPatientId());
		assertEquals(EpisodeStatus.ACTIVE, episode.getStatus());
		assertEquals(Phase.WITHDRAWAL_MANAGEMENT, episode.getPhases().get(0).getPhase());
		assertEquals(TODAY, episode.getPhases().get(0).getStartedOn());
		assertEquals("u-lee", episode.getCareTeam().get(0).getStaffId());
		assertEquals(CareTeamRole.PRIMARY_COUNSELLOR, episode.getCareTeam().get(0).getRole());
		assertNotNull(episode.getId());
	}

	/** The time of last use told at intake goes on the episode, so that a new patient's flowsheet can place a COWS. */
	@Test
	void theTimeOfLastUseToldAtIntakeGoesOnTheEpisode() {
		IntakeForm form = valid();
		assertEquals(null, form.episode(form.patient(Instant.now())).getLastUseAt(), "optional");
		form.lastUse = "yesterday";
		assertEquals(List.of("lastUse"), fields(form));
		form.lastUse = java.time.LocalDateTime.now().plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		assertEquals(List.of("lastUse"), fields(form), "not a time still to come");
		form.lastUse = "2026-11-22 21:30";
		assertEquals(List.of(), fields(form));
		assertEquals(java.time.LocalDateTime.of(2026, 11, 22, 21, 30).atZone(java.time.ZoneId.systemDefault()).toInstant(),
				form.episode(form.patient(Instant.now())).getLastUseAt());
	}
}
