package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.DischargeReason;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Programme;
import org.cairn.ui.chart.EpisodeChanges;
import org.junit.jupiter.api.Test;

/** Phase transitions, discharge and readmission: the rules and what they change. */
class EpisodeChangesTest {

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

	@Test
	void aPhaseChangeNeedsANewPhaseAPlausibleDateAndAReason() {
		EpisodeOfCare episode = detox();
		assertEquals(List.of("The episode is already in Withdrawal management.", "Reason: say why, for the record."),
				EpisodeChanges.checkPhaseChange(episode, Phase.WITHDRAWAL_MANAGEMENT, TODAY, " ", TODAY));
		assertEquals("Date: in the future.", EpisodeChanges.checkPhaseChange(episode, Phase.STABILISATION, TODAY.plusDays(1), "x", TODAY).get(0));
		assertTrue(EpisodeChanges.checkPhaseChange(episode, Phase.STABILISATION, TODAY.minusDays(7), "x", TODAY).get(0)
				.startsWith("Date: before the admission on"));
		assertEquals(List.of(), EpisodeChanges.checkPhaseChange(episode, Phase.STABILISATION, TODAY, "inducted on buprenorphine", TODAY));

		EpisodeChanges.changePhase(episode, Phase.STABILISATION, TODAY, "inducted on buprenorphine");
		assertEquals(2, episode.getPhases().size());
		assertEquals(TODAY, episode.getPhases().get(0).getEndedOn(), "the earlier phase ends that day");
		assertEquals(Phase.STABILISATION, EpisodeChanges.current(episode).getPhase());
		assertTrue(EpisodeChanges.checkPhaseChange(episode, Phase.THERAPY, TODAY.minusDays(1), "x", TODAY).get(0)
				.startsWith("Date: before the current phase began on"));
	}

	@Test
	void aDischargeNeedsAReasonASummaryAndAfterCompletedTreatmentAnAftercarePlan() {
		EpisodeOfCare episode = detox();
		assertEquals(List.of("Reason for discharge: choose one.", "Discharge summary: required."),
				EpisodeChanges.checkDischarge(episode, TODAY, null, "", "", TODAY));
		assertEquals(List.of("Aftercare plan: required when treatment was completed."),
				EpisodeChanges.checkDischarge(episode, TODAY, DischargeReason.COMPLETED, "Completed detox.", " ", TODAY));
		assertEquals(List.of(), EpisodeChanges.checkDischarge(episode, TODAY, DischargeReason.LEFT_AGAINST_ADVICE, "Left.", "", TODAY));

		EpisodeChanges.discharge(episode, TODAY, DischargeReason.COMPLETED, "Completed detox.", "Weekly outpatient group", "IOP intake",
				TODAY.plusDays(7));
		assertEquals(EpisodeStatus.DISCHARGED, episode.getStatus());
		assertEquals(TODAY, episode.getDischargedOn());
		assertEquals(TODAY, episode.getPhases().get(0).getEndedOn());
		assertEquals("Weekly outpatient group", episode.getAftercare().getSummary());
		assertEquals(TODAY.plusDays(7), episode.getAftercare().getFollowUps().get(0).getDueOn());
		assertEquals(List.of("This episode is not open: it was discharged or cancelled."),
				EpisodeChanges.checkPhaseChange(episode, Phase.THERAPY, TODAY, "x", TODAY));
	}

	@Test
	void aReadmissionOpensANewEpisodeOnlyWhenNoneIsOpenAndAfterTheLastDischarge() {
		EpisodeOfCare first = detox();
		assertEquals(List.of("An episode of this patient is still open; discharge it first."),
				EpisodeChanges.checkReadmission(List.of(first), Programme.OUTPATIENT, Phase.THERAPY, TODAY, TODAY));
		EpisodeChanges.discharge(first, TODAY.minusDays(2), DischargeReason.LEFT_AGAINST_ADVICE, "Left.", "", null, null);
		assertTrue(EpisodeChanges.checkReadmission(List.of(first), Programme.OUTPATIENT, Phase.THERAPY, TODAY.minusDays(3), TODAY).get(0)
				.startsWith("Date: before the last discharge on"));
		assertEquals(List.of(), EpisodeChanges.checkReadmission(List.of(first), Programme.OUTPATIENT, Phase.THERAPY, TODAY, TODAY));

		EpisodeOfCare second = EpisodeChanges.newEpisode("p-1", Programme.OUTPATIENT, Phase.THERAPY, TODAY, "u-lee", "");
		assertEquals("p-1", second.getPatientId());
		assertTrue(!second.getId().equals(first.getId()));
		assertEquals(EpisodeStatus.ACTIVE, second.getStatus());
		assertEquals("readmission", second.getPhases().get(0).getReason());
		assertEquals(EpisodeStatus.DISCHARGED, first.getStatus(), "the earlier episode is left as it was");
	}
}
