package org.cairn.clinical.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cairn.clinical.Assessments;
import org.cairn.clinical.RefusedException;
import org.cairn.clinical.internal.AssessmentsService;
import org.cairn.model.Answer;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.ResponseStatus;
import org.cairn.model.VitalSigns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A COWS given through the assessments service: the time of last use told with it becomes the episode's and places
 * the score by the hours since, and the resting pulse is stored as vital signs, all in one save.
 */
class AssessmentsServiceTest extends OneChart {

	static final Instant GIVEN = Instant.parse("2026-12-07T14:00:00Z");

	Assessments assessments;

	@BeforeEach
	void service() {
		assessments = new AssessmentsService(store, new org.cairn.clinical.internal.ChartsService(store, accounts));
	}

	static AssessmentResponse cows(String id, String pulse) {
		AssessmentResponse response = CairnFactory.eINSTANCE.createAssessmentResponse();
		response.setId(id);
		response.setPatientId("p-ashby");
		response.setEpisodeId("e-ashby");
		response.setFormId(Assessments.COWS);
		response.setFormVersion("1.0.0");
		response.setAdministeredAt(GIVEN);
		response.setAdministeredBy("nurse.ana");
		response.setStatus(ResponseStatus.COMPLETED);
		response.setTotal(BigDecimal.valueOf(14));
		Answer answer = CairnFactory.eINSTANCE.createAnswer();
		answer.setItemId(Assessments.COWS_PULSE);
		answer.setValue(pulse);
		response.getAnswers().add(answer);
		return response;
	}

	@Test
	void aCowsToldTheLastUsePlacesItsScoreAndKeepsItsPulseAsAVitalSign() {
		Instant lastUse = GIVEN.minusSeconds(14 * 3600 + 30 * 60);
		AssessmentResponse stored = assessments.give(nurse, cows("ar-1", "112"), true, lastUse, "COWS given").record();
		assertEquals(new BigDecimal("14.5"), stored.getHoursSinceLastUse());
		EpisodeOfCare episode = (EpisodeOfCare) store.read("e-ashby").orElseThrow().record();
		assertEquals(lastUse, episode.getLastUseAt(), "the episode keeps the time of last use for the flowsheet");
		assertEquals(2, store.read("e-ashby").orElseThrow().version());
		List<VitalSigns> vitals = store.timeline("p-ashby", Set.of("VitalSigns")).stream()
				.map(entry -> (VitalSigns) store.read(entry.recordId()).orElseThrow().record()).toList();
		assertEquals(1, vitals.size());
		assertEquals(112, vitals.get(0).getPulseBpm());
		assertEquals(GIVEN, vitals.get(0).getTakenAt());
		assertEquals("nurse.ana", vitals.get(0).getTakenBy());

		// the next COWS, without a new last use, is placed from the episode's
		AssessmentResponse next = assessments.give(nurse, cows("ar-2", "96"), true, null, "COWS given").record();
		assertEquals(new BigDecimal("14.5"), next.getHoursSinceLastUse());
		assertEquals(2, store.read("e-ashby").orElseThrow().version(), "the episode is not saved again");
	}

	@Test
	void aLastUseAfterTheAssessmentIsRefusedAndNothingIsStored() {
		RefusedException refused = assertThrows(RefusedException.class,
				() -> assessments.give(nurse, cows("ar-3", "80"), true, GIVEN.plusSeconds(60), "COWS given"));
		assertEquals("assessment.lastUse.future", refused.problem().code());
		assertTrue(store.read("ar-3").isEmpty());
		assertNull(((EpisodeOfCare) store.read("e-ashby").orElseThrow().record()).getLastUseAt());
	}

	@Test
	void aFlagIsAcknowledgedOnceWithWhatWasDoneAsANewVersionOfTheResponse() {
		AssessmentResponse flagged = cows("ar-4", "80");
		flagged.getFlags().add("cows.severe");
		assessments.give(nurse, flagged, false, null, "COWS given");
		assertEquals("assessment.flag.unknown", assertThrows(RefusedException.class,
				() -> assessments.acknowledgeFlag(nurse, "ar-4", "phq9.item9", "Seen by the prescriber")).problem().code());
		assertEquals(new org.cairn.clinical.Problem("assessment.flag.note", List.of(5)), assertThrows(RefusedException.class,
				() -> assessments.acknowledgeFlag(nurse, "ar-4", "cows.severe", "ok")).problem());
		assertEquals("assessment.unknown", assertThrows(RefusedException.class,
				() -> assessments.acknowledgeFlag(nurse, "ar-none", "cows.severe", "Seen by the prescriber")).problem().code());
		assertEquals(1, store.read("ar-4").orElseThrow().version(), "nothing was stored");

		AssessmentResponse acknowledged = assessments.acknowledgeFlag(nurse, "ar-4", "cows.severe", "Seen by the prescriber; comfort medication given")
				.record();
		assertEquals(List.of("cows.severe"), acknowledged.getFlags(), "the response keeps its flag");
		assertEquals("nurse.ana", acknowledged.getAcknowledgements().get(0).getAcknowledgedBy());
		assertEquals("Seen by the prescriber; comfort medication given", acknowledged.getAcknowledgements().get(0).getNote());
		assertEquals(2, store.read("ar-4").orElseThrow().version());
		assertEquals("flag cows.severe acknowledged", store.read("ar-4").orElseThrow().reason());
		assertEquals("assessment.flag.acknowledged", assertThrows(RefusedException.class,
				() -> assessments.acknowledgeFlag(nurse, "ar-4", "cows.severe", "Seen again later")).problem().code());
	}
}
