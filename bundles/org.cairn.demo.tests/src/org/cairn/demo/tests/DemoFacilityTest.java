package org.cairn.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cairn.demo.DemoFacility;
import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CarePlan;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.GroupSession;
import org.cairn.model.ItemScore;
import org.cairn.model.NoteFormat;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.ScreenResult;
import org.cairn.model.SessionNote;
import org.cairn.model.UrineDrugScreen;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The demo facility is believable in the ways CLINICAL.md describes, valid, and the same for the same seed. */
class DemoFacilityTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static List<ClinicalRecord> facility(long seed, int patients) {
		List<ClinicalRecord> records = new ArrayList<>();
		new DemoFacility(seed, TODAY).generate(patients, records::add);
		return records;
	}

	private static <T> List<T> all(List<ClinicalRecord> records, Class<T> type) {
		return records.stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Test
	void patientsInEveryPhaseWithValidRecords() {
		List<ClinicalRecord> records = facility(7, 60);
		assertEquals(60, all(records, Patient.class).size());
		Set<Phase> phases = EnumSet.noneOf(Phase.class);
		for (EpisodeOfCare episode : all(records, EpisodeOfCare.class)) {
			phases.add(episode.getPhases().get(episode.getPhases().size() - 1).getPhase());
		}
		assertEquals(EnumSet.allOf(Phase.class), phases);
		for (ClinicalRecord record : records) {
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(record);
			assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, record.getId() + ": " + diagnostic.getChildren());
		}
		assertTrue(all(records, Patient.class).stream().allMatch(p -> p.getMrn().startsWith(DemoFacility.MRN_PREFIX)),
				"every demo MRN says it is a demo");
	}

	@Test
	void theSameSeedGivesTheSameFacility() {
		List<ClinicalRecord> first = facility(11, 24);
		List<ClinicalRecord> second = facility(11, 24);
		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			assertTrue(EcoreUtil.equals(first.get(i), second.get(i)), "record " + i + " differs");
		}
	}

	/** COWS every 4 to 6 hours over the first five days, peaking 48 to 72 hours after last use and falling after. */
	@Test
	void detoxCowsSeriesRiseToAPeakTwoToThreeDaysAfterLastUseAndFall() {
		List<ClinicalRecord> records = facility(3, 60);
		Map<String, List<AssessmentResponse>> byEpisode = all(records, AssessmentResponse.class).stream()
				.filter(r -> r.getFormId().equals("cows")).collect(Collectors.groupingBy(AssessmentResponse::getEpisodeId));
		int fullSeries = 0;
		int peaksInWindow = 0;
		for (List<AssessmentResponse> series : byEpisode.values()) {
			for (int i = 1; i < series.size(); i++) {
				long hours = Duration.between(series.get(i - 1).getAdministeredAt(), series.get(i).getAdministeredAt()).toHours();
				assertTrue(hours >= 4 && hours <= 6, "COWS every 4 to 6 hours, not " + hours);
			}
			assertTrue(Duration.between(series.get(0).getAdministeredAt(), series.get(series.size() - 1).getAdministeredAt()).toDays() < 5,
					"over the first five days");
			for (AssessmentResponse cows : series) {
				int sum = cows.getItemScores().stream().map(ItemScore::getScore).mapToInt(BigDecimal::intValue).sum();
				assertEquals(cows.getTotal().intValue(), sum, "the total is the sum of the items");
				assertEquals(11, cows.getItemScores().size());
				assertTrue(sum <= 48);
			}
			double last = series.get(series.size() - 1).getHoursSinceLastUse().doubleValue();
			if (last >= 100) {
				fullSeries++;
				AssessmentResponse peak = series.stream().max((a, b) -> a.getTotal().compareTo(b.getTotal())).orElseThrow();
				double at = peak.getHoursSinceLastUse().doubleValue();
				if (at >= 36 && at <= 84) {
					peaksInWindow++;
				}
				assertTrue(series.get(series.size() - 1).getTotal().compareTo(peak.getTotal()) < 0, "the score falls after the peak");
			}
		}
		assertTrue(fullSeries >= 5, "several complete detox series (" + fullSeries + ")");
		assertTrue(peaksInWindow >= fullSeries * 0.8, peaksInWindow + " of " + fullSeries + " peak around 48 to 72 hours");
	}

	@Test
	void chartsHoldEveryNoteFormatMissedAndTakeHomeDosesUnexpectedScreensPlanReviewsAndGroups() {
		List<ClinicalRecord> records = facility(5, 60);
		Set<NoteFormat> formats = all(records, SessionNote.class).stream().map(SessionNote::getFormat).collect(Collectors.toSet());
		assertTrue(formats.containsAll(List.of(NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.GIRP)), formats.toString());
		Set<DoseOutcome> outcomes = all(records, DoseAdministration.class).stream().map(DoseAdministration::getOutcome).collect(Collectors.toSet());
		assertTrue(outcomes.containsAll(List.of(DoseOutcome.OBSERVED, DoseOutcome.TAKE_HOME, DoseOutcome.MISSED)), outcomes.toString());
		long unexpected = all(records, UrineDrugScreen.class).stream().flatMap(s -> s.getResults().stream())
				.filter(r -> r.getResult() == ScreenResult.POSITIVE && !r.isExpected()).count();
		assertTrue(unexpected > 0, "some screens have unexpected results");
		long expectedMissing = all(records, UrineDrugScreen.class).stream().flatMap(s -> s.getResults().stream())
				.filter(AnalyteResult::isExpected).filter(r -> r.getResult() == ScreenResult.POSITIVE).count();
		assertTrue(expectedMissing > 0, "prescribed medication shows up as expected");
		Map<String, Long> planVersions = all(records, CarePlan.class).stream().collect(Collectors.groupingBy(CarePlan::getId, Collectors.counting()));
		assertTrue(planVersions.values().stream().anyMatch(n -> n > 1), "care plans are revised at reviews");
		assertTrue(!all(records, GroupSession.class).isEmpty(), "groups meet");
	}

	@Test
	void theHeavyChartHasFiveYearsOfRecords() {
		DemoFacility facility = new DemoFacility(1, TODAY);
		List<ClinicalRecord> records = new ArrayList<>();
		facility.heavyChart(facility.patient(1), records::add);
		Map<String, Integer> counts = DemoFacility.count(records);
		assertEquals(1800, counts.get("DoseAdministration"));
		assertEquals(400, counts.get("SessionNote"));
		assertEquals(150, counts.get("AssessmentResponse"));
		assertEquals(12, counts.get("CarePlan"));
	}
}
