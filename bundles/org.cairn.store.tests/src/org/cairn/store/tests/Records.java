package org.cairn.store.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.ErrorMark;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Programme;
import org.cairn.model.ResponseStatus;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;

/** Small, obviously fictional records for the store tests. */
final class Records {

	private Records() {
	}

	static Patient patient(String id, String given, String family, String mrn, LocalDate born) {
		Patient patient = CairnFactory.eINSTANCE.createPatient();
		patient.setId(id);
		patient.setGivenName(given);
		patient.setFamilyName(family);
		patient.setMrn(mrn);
		patient.setBirthDate(born);
		return patient;
	}

	static SessionNote note(String id, String patientId, Instant at, String text) {
		SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId(id);
		note.setPatientId(patientId);
		note.setAuthorId("u-counsellor");
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setFormat(NoteFormat.DAP);
		note.setStatus(NoteStatus.DRAFT);
		note.setStartedAt(at);
		for (String key : new String[] { "D", "A", "P" }) {
			NoteSection section = CairnFactory.eINSTANCE.createNoteSection();
			section.setKey(key);
			section.setText(text + " (" + key + ")");
			note.getSections().add(section);
		}
		return note;
	}

	/** An episode begun on {@code admitted} in {@code phase}, with {@code counsellor} its primary counsellor from then on. */
	static EpisodeOfCare episode(String id, String patientId, Programme programme, Phase phase, LocalDate admitted, String counsellor) {
		EpisodeOfCare episode = CairnFactory.eINSTANCE.createEpisodeOfCare();
		episode.setId(id);
		episode.setPatientId(patientId);
		episode.setEpisodeId(id);
		episode.setProgramme(programme);
		episode.setStatus(EpisodeStatus.ACTIVE);
		episode.setAdmittedOn(admitted);
		moveTo(episode, phase, admitted);
		CareTeamMember member = CairnFactory.eINSTANCE.createCareTeamMember();
		member.setStaffId(counsellor);
		member.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
		member.setFrom(admitted);
		episode.getCareTeam().add(member);
		return episode;
	}

	/** Ends the episode's current phase the day before {@code on} and begins {@code phase} on {@code on}. */
	static void moveTo(EpisodeOfCare episode, Phase phase, LocalDate on) {
		if (!episode.getPhases().isEmpty()) {
			episode.getPhases().get(episode.getPhases().size() - 1).setEndedOn(on.minusDays(1));
		}
		PhaseTransition transition = CairnFactory.eINSTANCE.createPhaseTransition();
		transition.setPhase(phase);
		transition.setStartedOn(on);
		transition.setReason("test");
		episode.getPhases().add(transition);
	}

	static CarePlan plan(String id, String patientId, String episodeId, LocalDate from, LocalDate reviewDue) {
		CarePlan plan = CairnFactory.eINSTANCE.createCarePlan();
		plan.setId(id);
		plan.setPatientId(patientId);
		plan.setEpisodeId(episodeId);
		plan.setStatus(CarePlanStatus.ACTIVE);
		plan.setEffectiveFrom(from);
		plan.setReviewDue(reviewDue);
		return plan;
	}

	static AssessmentResponse response(String id, String patientId, String formId, Instant at, int total, String band) {
		AssessmentResponse response = CairnFactory.eINSTANCE.createAssessmentResponse();
		response.setId(id);
		response.setPatientId(patientId);
		response.setFormId(formId);
		response.setFormVersion("1");
		response.setAdministeredAt(at);
		response.setAdministeredBy("u-nurse");
		response.setStatus(ResponseStatus.COMPLETED);
		response.setTotal(BigDecimal.valueOf(total));
		response.setBand(band);
		return response;
	}

	static DoseAdministration dose(String id, String patientId, LocalDate day, DoseOutcome outcome, int mg) {
		DoseAdministration dose = CairnFactory.eINSTANCE.createDoseAdministration();
		dose.setId(id);
		dose.setPatientId(patientId);
		dose.setOrderId("order-" + patientId);
		dose.setScheduledFor(day);
		dose.setOutcome(outcome);
		dose.setDoseMg(BigDecimal.valueOf(mg));
		if (outcome == DoseOutcome.OBSERVED) {
			dose.setAdministeredAt(day.atTime(8, 30).toInstant(java.time.ZoneOffset.UTC));
		}
		return dose;
	}

	static ErrorMark error(String reason) {
		ErrorMark mark = CairnFactory.eINSTANCE.createErrorMark();
		mark.setReason(reason);
		mark.setMarkedBy("u-supervisor");
		mark.setMarkedAt(Instant.parse("2026-11-20T12:00:00Z"));
		return mark;
	}
}
