package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cairn.clinical.EpisodeRules;
import org.cairn.clinical.EpisodeRules.Discharge;
import org.cairn.model.CairnFactory;
import org.cairn.model.DischargeReason;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Programme;
import org.cairn.ui.Problems;
import org.junit.jupiter.api.Test;

/** Phase transitions, discharge and readmission: the rules, what they change, and how the workbench words them. */
class EpisodeRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static EpisodeOfCare detox() {
		EpisodeOfCare episode = CairnFactory.eINSTANCE.createEpisodeOfCare();
		episode.setId("e-1");
		episode.setPatientId("p-1");
		episode.setProgramme(Programme.DETOX);
		episode.setStatus(EpisodeStatus.ACTIVE);
		episode.setAdmittedOn(TODAY.minusDays(6));
		PhaseTransition first = CairnFactory.eINSTANCE.createPhaseTransition();
		first.setPhase(Phase.WITHDRAWAL_MANAGEMENT);
		first.setStartedOn(TODAY.minusDays(6));
		episode.getPhases().add(first);
		return episode;
	}

	private static List<String> words(List<org.cairn.clinical.Problem> problems) {
		return Problems.words(problems);
	}

	@Test
	void aPhaseChangeNeedsANewPhaseAPlausibleDateAndAReason() {
		EpisodeOfCare episode = detox();
		assertEquals(List.of("The episode is already in Withdrawal management.", "Reason: say why, for the record."),
				words(EpisodeRules.checkPhaseChange(episode, Phase.WITHDRAWAL_MANAGEMENT, TODAY, " ", null, TODAY, null)));
		assertEquals("Date: in the future.", words(EpisodeRules.checkPhaseChange(episode, Phase.STABILISATION, TODAY.plusDays(1), "x", null, TODAY, null)).get(0));
		assertTrue(words(EpisodeRules.checkPhaseChange(episode, Phase.STABILISATION, TODAY.minusDays(7), "x", null, TODAY, null)).get(0)
				.startsWith("Date: before the admission on"));
		assertEquals(List.of(), words(EpisodeRules.checkPhaseChange(episode, Phase.STABILISATION, TODAY, "inducted on buprenorphine", null, TODAY, null)));

		EpisodeRules.changePhase(episode, Phase.STABILISATION, TODAY, "inducted on buprenorphine", null);
		assertEquals(2, episode.getPhases().size());
		assertEquals(TODAY, episode.getPhases().get(0).getEndedOn(), "the earlier phase ends that day");
		assertEquals(Phase.STABILISATION, EpisodeRules.current(episode).getPhase());
		assertTrue(words(EpisodeRules.checkPhaseChange(episode, Phase.THERAPY, TODAY.minusDays(1), "x", null, TODAY, null)).get(0)
				.startsWith("Date: before the current phase began on"));
	}

	@Test
	void aDischargeNeedsAReasonASummaryAndAfterCompletedTreatmentAnAftercarePlan() {
		EpisodeOfCare episode = detox();
		assertEquals(List.of("Reason for discharge: choose one.", "Discharge summary: required."),
				words(EpisodeRules.checkDischarge(episode, new Discharge(TODAY, null, "", "", null, null), TODAY)));
		assertEquals(List.of("Aftercare plan: required when treatment was completed."),
				words(EpisodeRules.checkDischarge(episode, new Discharge(TODAY, DischargeReason.COMPLETED, "Completed detox.", " ", null, null), TODAY)));
		assertEquals(List.of(), words(EpisodeRules.checkDischarge(episode, new Discharge(TODAY, DischargeReason.LEFT_AGAINST_ADVICE, "Left.", "", null, null), TODAY)));

		EpisodeRules.discharge(episode, new Discharge(TODAY, DischargeReason.COMPLETED, "Completed detox.", "Weekly outpatient group", "IOP intake",
				TODAY.plusDays(7)));
		assertEquals(EpisodeStatus.DISCHARGED, episode.getStatus());
		assertEquals(TODAY, episode.getDischargedOn());
		assertEquals(TODAY, episode.getPhases().get(0).getEndedOn());
		assertEquals("Weekly outpatient group", episode.getAftercare().getSummary());
		assertEquals(TODAY.plusDays(7), episode.getAftercare().getFollowUps().get(0).getDueOn());
		assertEquals(List.of("This episode is not open: it was discharged or cancelled."),
				words(EpisodeRules.checkPhaseChange(episode, Phase.THERAPY, TODAY, "x", null, TODAY, null)));
	}

	@Test
	void aReadmissionOpensANewEpisodeOnlyWhenNoneIsOpenAndAfterTheLastDischarge() {
		EpisodeOfCare first = detox();
		assertEquals(List.of("An episode of this patient is still open; discharge it first."),
				words(EpisodeRules.checkReadmission(List.of(first), Programme.OUTPATIENT, Phase.THERAPY, TODAY, TODAY)));
		EpisodeRules.discharge(first, new Discharge(TODAY.minusDays(2), DischargeReason.LEFT_AGAINST_ADVICE, "Left.", "", null, null));
		assertTrue(words(EpisodeRules.checkReadmission(List.of(first), Programme.OUTPATIENT, Phase.THERAPY, TODAY.minusDays(3), TODAY)).get(0)
				.startsWith("Date: before the last discharge on"));
		assertEquals(List.of(), words(EpisodeRules.checkReadmission(List.of(first), Programme.OUTPATIENT, Phase.THERAPY, TODAY, TODAY)));

		EpisodeOfCare second = EpisodeRules.newEpisode("p-1", Programme.OUTPATIENT, Phase.THERAPY, TODAY, "u-lee", "");
		assertEquals("p-1", second.getPatientId());
		assertTrue(!second.getId().equals(first.getId()));
		assertEquals(EpisodeStatus.ACTIVE, second.getStatus());
		assertEquals("readmission", second.getPhases().get(0).getReason());
		assertEquals(EpisodeStatus.DISCHARGED, first.getStatus(), "the earlier episode is left as it was");
	}
}
