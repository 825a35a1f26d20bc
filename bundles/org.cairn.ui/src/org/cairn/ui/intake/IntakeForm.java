package org.cairn.ui.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cairn.clinical.EpisodeRules;
import org.cairn.model.CairnFactory;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.model.PatientStatus;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.model.Sex;
import org.cairn.ui.Messages;

/**
 * What the intake dialog collects, checked as a supervisor would check it, and turned into a new patient with an
 * open episode of care. No SWT: the dialog binds its fields to this, and tests check the rules directly.
 */
public final class IntakeForm {

	/** The oldest age a birth date may give. */
	static final int MAX_AGE = 120;
	/** How far ahead an admission may be planned. */
	static final int MAX_DAYS_AHEAD = 30;

	/** A field that is wrong and what is wrong with it, in words for the user. */
	public record Problem(String field, String message) {
	}

	public String givenName = "";
	public String familyName = "";
	public String preferredName = "";
	/** As typed: yyyy-mm-dd. */
	public String birthDate = "";
	public Sex sexAtBirth;
	public String mrn = "";
	public Programme programme;
	public Phase phase = Phase.INTAKE;
	/** As typed: yyyy-mm-dd. */
	public String admittedOn = "";
	public String counsellor = "";
	/** When the patient last used, as told at intake (yyyy-mm-dd hh:mm, the workstation's time); optional. */
	public String lastUse = "";
	public boolean noticeGiven;

	/** The problems that stop the patient being created, first field first; empty when the form is complete. */
	public List<Problem> validate(LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (givenName.isBlank()) {
			problems.add(new Problem("givenName", Messages.get("intake.problem.given")));
		}
		if (familyName.isBlank()) {
			problems.add(new Problem("familyName", Messages.get("intake.problem.family")));
		}
		LocalDate born = parse(birthDate);
		if (birthDate.isBlank()) {
			problems.add(new Problem("birthDate", Messages.get("intake.problem.birth.missing")));
		} else if (born == null) {
			problems.add(new Problem("birthDate", Messages.format("intake.problem.date.format", Messages.get("intake.field.birthDate"))));
		} else if (born.isAfter(today)) {
			problems.add(new Problem("birthDate", Messages.get("intake.problem.birth.future")));
		} else if (Period.between(born, today).getYears() > MAX_AGE) {
			problems.add(new Problem("birthDate", Messages.format("intake.problem.birth.old", MAX_AGE)));
		}
		if (mrn.isBlank()) {
			problems.add(new Problem("mrn", Messages.get("intake.problem.mrn")));
		} else if (!mrn.strip().matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
			problems.add(new Problem("mrn", Messages.get("intake.problem.mrn.format")));
		}
		if (programme == null) {
			problems.add(new Problem("programme", Messages.get("intake.problem.programme")));
		}
		LocalDate admitted = parse(admittedOn);
		if (admittedOn.isBlank()) {
			problems.add(new Problem("admittedOn", Messages.get("intake.problem.admitted.missing")));
		} else if (admitted == null) {
			problems.add(new Problem("admittedOn", Messages.format("intake.problem.date.format", Messages.get("intake.field.admittedOn"))));
		} else if (admitted.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			problems.add(new Problem("admittedOn", Messages.format("intake.problem.admitted.ahead", MAX_DAYS_AHEAD)));
		} else if (born != null && admitted.isBefore(born)) {
			problems.add(new Problem("admittedOn", Messages.get("intake.problem.admitted.beforeBirth")));
		}
		if (!lastUse.isBlank()) {
			java.time.Instant used = lastUseAt();
			if (used == null) {
				problems.add(new Problem("lastUse", Messages.get("intake.problem.lastUse.format")));
			} else if (used.isAfter(java.time.Instant.now())) {
				problems.add(new Problem("lastUse", Messages.get("problem.assessment.lastUse.future")));
			}
		}
		if (!noticeGiven) {
			problems.add(new Problem("noticeGiven", Messages.get("intake.problem.notice")));
		}
		return problems;
	}

	/** A date typed as yyyy-mm-dd, or null (the one way dates are typed in the workbench). */
	public static LocalDate parse(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The new patient (valid forms only). */
	public Patient patient(Instant now) {
		Patient patient = CairnFactory.eINSTANCE.createPatient();
		patient.setId("p-" + UUID.randomUUID());
		patient.setGivenName(givenName.strip());
		patient.setFamilyName(familyName.strip());
		patient.setPreferredName(preferredName.isBlank() ? null : preferredName.strip());
		patient.setBirthDate(parse(birthDate));
		patient.setSexAtBirth(sexAtBirth);
		patient.setMrn(mrn.strip());
		patient.setStatus(PatientStatus.ACTIVE);
		patient.setAdmissionNoticeGivenAt(noticeGiven ? now : null);
		return patient;
	}

	/**
	 * The patient's first episode of care: admitted, in its starting phase, with the primary counsellor if named and
	 * the time of last use if told, from which the detox flowsheet places withdrawal scores.
	 */
	public EpisodeOfCare episode(Patient patient) {
		EpisodeOfCare episode = EpisodeRules.newEpisode(patient.getId(), programme, phase == null ? Phase.INTAKE : phase, parse(admittedOn), counsellor,
				Messages.get("intake.reason"));
		episode.setLastUseAt(lastUseAt());
		return episode;
	}

	/** The time of last use as typed, or null when blank or not a time. */
	java.time.Instant lastUseAt() {
		return parseTime(lastUse);
	}

	/** A moment typed as yyyy-mm-dd hh:mm in the workstation's time zone, or null when blank or not such a time. */
	public static java.time.Instant parseTime(String text) {
		try {
			return text == null || text.isBlank() ? null
					: java.time.LocalDateTime.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
							.atZone(java.time.ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

}
