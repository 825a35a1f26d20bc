package org.cairn.ui.chart;

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
import org.cairn.ui.Messages;

/**
 * The moves of an episode of care, with the checks a supervisor would make: a phase transition (date and reason),
 * a discharge (date, reason, summary and aftercare plan), and a readmission, which opens a new episode and leaves
 * the old one as it was. No SWT: the dialogs use these, and tests check them directly. Each check returns the
 * problems in words, first field first; an empty list means the change may be made.
 */
public final class EpisodeChanges {

	private EpisodeChanges() {
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

	public static List<String> checkPhaseChange(EpisodeOfCare episode, Phase to, LocalDate on, String reason, LocalDate today) {
		List<String> problems = new ArrayList<>();
		PhaseTransition current = current(episode);
		if (!isOpen(episode)) {
			problems.add(Messages.get("episode.problem.notOpen"));
		}
		if (to == null) {
			problems.add(Messages.get("episode.problem.phase"));
		} else if (current != null && current.getPhase() == to) {
			problems.add(Messages.format("episode.problem.samePhase", Messages.label(to)));
		}
		problems.addAll(checkDate(on, episode, today));
		if (on != null && current != null && current.getStartedOn() != null && on.isBefore(current.getStartedOn())) {
			problems.add(Messages.format("episode.problem.beforePhase", Messages.date(current.getStartedOn())));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(Messages.get("episode.problem.reason"));
		}
		return problems;
	}

	/** Ends the current phase on {@code on} and begins {@code to} that day. */
	public static void changePhase(EpisodeOfCare episode, Phase to, LocalDate on, String reason) {
		PhaseTransition current = current(episode);
		if (current != null) {
			current.setEndedOn(on);
		}
		PhaseTransition next = CairnFactory.eINSTANCE.createPhaseTransition();
		next.setPhase(to);
		next.setStartedOn(on);
		next.setReason(reason.strip());
		episode.getPhases().add(next);
	}

	public static List<String> checkDischarge(EpisodeOfCare episode, LocalDate on, DischargeReason reason, String summary,
			String aftercare, LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (!isOpen(episode)) {
			problems.add(Messages.get("episode.problem.notOpen"));
		}
		problems.addAll(checkDate(on, episode, today));
		if (reason == null) {
			problems.add(Messages.get("episode.problem.dischargeReason"));
		}
		if (summary == null || summary.isBlank()) {
			problems.add(Messages.get("episode.problem.summary"));
		}
		if (reason == DischargeReason.COMPLETED && (aftercare == null || aftercare.isBlank())) {
			problems.add(Messages.get("episode.problem.aftercare"));
		}
		return problems;
	}

	/**
	 * Discharges the episode on {@code on}: the current phase ends, the aftercare plan is recorded with a first
	 * follow-up {@code followUpOn} (when given).
	 */
	public static void discharge(EpisodeOfCare episode, LocalDate on, DischargeReason reason, String summary, String aftercare,
			String referrals, LocalDate followUpOn) {
		PhaseTransition current = current(episode);
		if (current != null && current.getEndedOn() == null) {
			current.setEndedOn(on);
		}
		episode.setStatus(EpisodeStatus.DISCHARGED);
		episode.setDischargedOn(on);
		episode.setDischargeReason(reason);
		episode.setDischargeSummary(summary.strip());
		AftercarePlan plan = CairnFactory.eINSTANCE.createAftercarePlan();
		plan.setSummary(aftercare == null ? "" : aftercare.strip());
		if (referrals != null && !referrals.isBlank()) {
			plan.getReferrals().add(referrals.strip());
		}
		if (followUpOn != null) {
			FollowUp followUp = CairnFactory.eINSTANCE.createFollowUp();
			followUp.setDueOn(followUpOn);
			followUp.setKind(Messages.get("episode.followUp.kind"));
			plan.getFollowUps().add(followUp);
		}
		episode.setAftercare(plan);
	}

	/** Whether a new episode may be opened: none of the patient's episodes is open, and it starts after the last discharge. */
	public static List<String> checkReadmission(List<EpisodeOfCare> episodes, Programme programme, Phase phase, LocalDate on,
			LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (episodes.stream().anyMatch(EpisodeChanges::isOpen)) {
			problems.add(Messages.get("episode.problem.stillOpen"));
		}
		if (programme == null) {
			problems.add(Messages.get("episode.problem.programme"));
		}
		if (phase == null) {
			problems.add(Messages.get("episode.problem.phase"));
		}
		if (on == null) {
			problems.add(Messages.get("episode.problem.date"));
		} else {
			if (on.isAfter(today)) {
				problems.add(Messages.get("episode.problem.future"));
			}
			for (EpisodeOfCare episode : episodes) {
				if (episode.getDischargedOn() != null && on.isBefore(episode.getDischargedOn())) {
					problems.add(Messages.format("episode.problem.beforeDischarge", Messages.date(episode.getDischargedOn())));
					break;
				}
			}
		}
		return problems;
	}

	/**
	 * A new episode of care (at intake, or for a patient coming back): admitted on {@code on}, in {@code phase},
	 * with the primary counsellor if named; {@code reason} (may be blank) is the first phase's reason.
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
		first.setReason(reason == null || reason.isBlank() ? Messages.get("episode.readmission") : reason.strip());
		episode.getPhases().add(first);
		if (counsellor != null && !counsellor.isBlank()) {
			CareTeamMember member = CairnFactory.eINSTANCE.createCareTeamMember();
			member.setStaffId(counsellor.strip());
			member.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
			member.setFrom(on);
			episode.getCareTeam().add(member);
		}
		return episode;
	}

	private static List<String> checkDate(LocalDate on, EpisodeOfCare episode, LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (on == null) {
			problems.add(Messages.get("episode.problem.date"));
		} else if (on.isAfter(today)) {
			problems.add(Messages.get("episode.problem.future"));
		} else if (episode.getAdmittedOn() != null && on.isBefore(episode.getAdmittedOn())) {
			problems.add(Messages.format("episode.problem.beforeAdmission", Messages.date(episode.getAdmittedOn())));
		}
		return problems;
	}
}
