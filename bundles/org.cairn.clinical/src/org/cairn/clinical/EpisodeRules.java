package org.cairn.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cairn.model.AftercarePlan;
import org.cairn.model.CairnFactory;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;
import org.cairn.model.DischargeReason;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.FollowUp;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Programme;

/**
 * The moves of an episode of care and what a supervisor would check in each: a phase transition (date, reason, and
 * the time of last use when the patient says it), a discharge (date, reason, summary and aftercare plan), and a
 * readmission, which opens a new episode and leaves the old one as it was. The checks return {@link Problem}s, first
 * field first; an empty list means the change may be made. {@link Episodes} applies them to every caller; a dialog
 * uses them to say what is missing as it is typed.
 */
public final class EpisodeRules {

	/** The reason of a readmission's first phase when none is given, as stored. */
	public static final String READMISSION = "readmission";

	/** The kind of the first aftercare contact a discharge books, as stored. */
	public static final String FIRST_FOLLOW_UP = "First aftercare contact";

	/** What a discharge records. {@code referrals} and {@code followUpOn} may be empty. */
	public record Discharge(LocalDate on, DischargeReason reason, String summary, String aftercare, String referrals, LocalDate followUpOn) {
	}

	private EpisodeRules() {
	}

	/** The transition the episode is in now (the last one begun), or null. */
	public static PhaseTransition current(EpisodeOfCare episode) {
		PhaseTransition current = null;
		for (PhaseTransition transition : episode.getPhases()) {
			if (current == null || transition.getStartedOn() != null
					&& (current.getStartedOn() == null || !transition.getStartedOn().isBefore(current.getStartedOn()))) {
				current = transition;
			}
		}
		return current;
	}

	/** Whether the episode is planned or active, so that it can change phase or be discharged. */
	public static boolean isOpen(EpisodeOfCare episode) {
		return episode.getStatus() == EpisodeStatus.ACTIVE || episode.getStatus() == EpisodeStatus.PLANNED;
	}

	/**
	 * @param lastUse when the patient last used, as told at the change; null when not asked
	 * @param now     this moment (a last use after it is refused)
	 */
	public static List<Problem> checkPhaseChange(EpisodeOfCare episode, Phase to, LocalDate on, String reason, Instant lastUse, LocalDate today,
			Instant now) {
		List<Problem> problems = new ArrayList<>();
		PhaseTransition current = current(episode);
		if (!isOpen(episode)) {
			problems.add(Problem.of("episode.notOpen"));
		}
		if (to == null) {
			problems.add(Problem.of("episode.phase"));
		} else if (current != null && current.getPhase() == to) {
			problems.add(Problem.of("episode.samePhase", to));
		}
		problems.addAll(checkDate(on, episode, today));
		if (on != null && current != null && current.getStartedOn() != null && on.isBefore(current.getStartedOn())) {
			problems.add(Problem.of("episode.beforePhase", current.getStartedOn()));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(Problem.of("episode.reason"));
		}
		if (lastUse != null && now != null && lastUse.isAfter(now)) {
			problems.add(Problem.of("episode.lastUse.future"));
		}
		return problems;
	}

	/**
	 * Ends the current phase on {@code on} and begins {@code to} that day; a last use told at the change becomes the
	 * episode's (the withdrawal flowsheet counts hours from it).
	 */
	public static void changePhase(EpisodeOfCare episode, Phase to, LocalDate on, String reason, Instant lastUse) {
		PhaseTransition current = current(episode);
		if (current != null) {
			current.setEndedOn(on);
		}
		PhaseTransition next = CairnFactory.eINSTANCE.createPhaseTransition();
		next.setPhase(to);
		next.setStartedOn(on);
		next.setReason(reason.strip());
		episode.getPhases().add(next);
		if (lastUse != null) {
			episode.setLastUseAt(lastUse);
		}
	}

	public static List<Problem> checkDischarge(EpisodeOfCare episode, Discharge discharge, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (!isOpen(episode)) {
			problems.add(Problem.of("episode.notOpen"));
		}
		problems.addAll(checkDate(discharge.on(), episode, today));
		if (discharge.reason() == null) {
			problems.add(Problem.of("episode.dischargeReason"));
		}
		if (blank(discharge.summary())) {
			problems.add(Problem.of("episode.summary"));
		}
		if (discharge.reason() == DischargeReason.COMPLETED && blank(discharge.aftercare())) {
			problems.add(Problem.of("episode.aftercare"));
		}
		if (discharge.followUpOn() != null && discharge.on() != null && discharge.followUpOn().isBefore(discharge.on())) {
			problems.add(Problem.of("episode.followUpBefore", discharge.on()));
		}
		return problems;
	}

	/**
	 * Discharges the episode: the current phase ends, the aftercare plan is recorded with a first follow-up (when
	 * given).
	 */
	public static void discharge(EpisodeOfCare episode, Discharge discharge) {
		LocalDate on = discharge.on();
		PhaseTransition current = current(episode);
		if (current != null && current.getEndedOn() == null) {
			current.setEndedOn(on);
		}
		episode.setStatus(EpisodeStatus.DISCHARGED);
		episode.setDischargedOn(on);
		episode.setDischargeReason(discharge.reason());
		episode.setDischargeSummary(discharge.summary().strip());
		AftercarePlan plan = CairnFactory.eINSTANCE.createAftercarePlan();
		plan.setSummary(discharge.aftercare() == null ? "" : discharge.aftercare().strip());
		if (!blank(discharge.referrals())) {
			plan.getReferrals().add(discharge.referrals().strip());
		}
		if (discharge.followUpOn() != null) {
			FollowUp followUp = CairnFactory.eINSTANCE.createFollowUp();
			followUp.setDueOn(discharge.followUpOn());
			followUp.setKind(FIRST_FOLLOW_UP);
			plan.getFollowUps().add(followUp);
		}
		episode.setAftercare(plan);
	}

	/** Whether a new episode may be opened: none of the patient's episodes is open, and it starts after the last discharge. */
	public static List<Problem> checkReadmission(List<EpisodeOfCare> episodes, Programme programme, Phase phase, LocalDate on, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (episodes.stream().anyMatch(EpisodeRules::isOpen)) {
			problems.add(Problem.of("episode.stillOpen"));
		}
		if (programme == null) {
			problems.add(Problem.of("episode.programme"));
		}
		if (phase == null) {
			problems.add(Problem.of("episode.phase"));
		}
		if (on == null) {
			problems.add(Problem.of("episode.date"));
		} else {
			if (on.isAfter(today)) {
				problems.add(Problem.of("episode.future"));
			}
			episodes.stream().map(EpisodeOfCare::getDischargedOn).filter(discharged -> discharged != null && on.isBefore(discharged))
					.max(LocalDate::compareTo).ifPresent(discharged -> problems.add(Problem.of("episode.beforeDischarge", discharged)));
		}
		return problems;
	}

	/**
	 * A new episode of care (at intake, or for a patient coming back): admitted on {@code on}, in {@code phase}, with
	 * the primary counsellor if named; {@code reason} (may be blank) is the first phase's reason.
	 */
	public static EpisodeOfCare newEpisode(String patientId, Programme programme, Phase phase, LocalDate on, String counsellor, String reason) {
		EpisodeOfCare episode = CairnFactory.eINSTANCE.createEpisodeOfCare();
		episode.setId("e-" + UUID.randomUUID());
		episode.setPatientId(patientId);
		episode.setEpisodeId(episode.getId());
		episode.setProgramme(programme);
		episode.setStatus(EpisodeStatus.ACTIVE);
		episode.setAdmittedOn(on);
		PhaseTransition first = CairnFactory.eINSTANCE.createPhaseTransition();
		first.setPhase(phase);
		first.setStartedOn(on);
		first.setReason(blank(reason) ? READMISSION : reason.strip());
		episode.getPhases().add(first);
		if (!blank(counsellor)) {
			CareTeamMember member = CairnFactory.eINSTANCE.createCareTeamMember();
			member.setStaffId(counsellor.strip());
			member.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
			member.setFrom(on);
			episode.getCareTeam().add(member);
		}
		return episode;
	}

	private static List<Problem> checkDate(LocalDate on, EpisodeOfCare episode, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (on == null) {
			problems.add(Problem.of("episode.date"));
		} else if (on.isAfter(today)) {
			problems.add(Problem.of("episode.future"));
		} else if (episode.getAdmittedOn() != null && on.isBefore(episode.getAdmittedOn())) {
			problems.add(Problem.of("episode.beforeAdmission", episode.getAdmittedOn()));
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
