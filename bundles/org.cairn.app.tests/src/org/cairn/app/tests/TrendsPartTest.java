package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.model.ResponseStatus;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.trends.TrendChart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chart › Trends on a detox patient: the COWS flowsheet against hours since last use with its summary, and the
 * dose log with three missed days in a row flagged.
 */
@Order(5)
class TrendsPartTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = WorkbenchExtension.cairn();

	@BeforeAll
	static void seed() {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		if (store.read("t-p-larkspur").isPresent()) {
			return;
		}
		List<ClinicalRecord> records = new ArrayList<>();
		records.add(TestCharts.patient("t-p-larkspur", "Dana", "Larkspur", "T-0005", java.time.LocalDate.of(1985, 6, 1)));
		EpisodeOfCare episode = TestCharts.episode("t-e-larkspur", "t-p-larkspur", Programme.DETOX, Phase.WITHDRAWAL_MANAGEMENT,
				TestCharts.TODAY.minusDays(3), "t-counsellor-b");
		Instant lastUse = TestCharts.TODAY.minusDays(3).atStartOfDay(ZoneId.systemDefault()).toInstant().minus(10, ChronoUnit.HOURS);
		episode.setLastUseAt(lastUse);
		records.add(episode);
		int[][] cows = { { 10, 6 }, { 30, 14 }, { 50, 26 }, { 70, 12 } };
		for (int[] score : cows) {
			AssessmentResponse response = CairnFactory.eINSTANCE.createAssessmentResponse();
			response.setId("t-r-cows-" + score[0]);
			response.setPatientId("t-p-larkspur");
			response.setEpisodeId("t-e-larkspur");
			response.setFormId("cows");
			response.setFormVersion("1");
			response.setStatus(ResponseStatus.COMPLETED);
			response.setAdministeredAt(lastUse.plus(score[0], ChronoUnit.HOURS));
			response.setTotal(BigDecimal.valueOf(score[1]));
			records.add(response);
		}
		DoseOutcome[] outcomes = { DoseOutcome.OBSERVED, DoseOutcome.MISSED, DoseOutcome.MISSED, DoseOutcome.MISSED };
		for (int i = 0; i < outcomes.length; i++) {
			DoseAdministration dose = CairnFactory.eINSTANCE.createDoseAdministration();
			dose.setId("t-d-larkspur-" + i);
			dose.setPatientId("t-p-larkspur");
			dose.setEpisodeId("t-e-larkspur");
			dose.setOrderId("t-o-larkspur");
			dose.setScheduledFor(TestCharts.TODAY.minusDays(3 - i));
			dose.setOutcome(outcomes[i]);
			dose.setDoseMg(outcomes[i] == DoseOutcome.OBSERVED ? BigDecimal.valueOf(8) : null);
			records.add(dose);
		}
		store.saveAll(records, "t-nurse", "test facility");
	}

	@Test
	void theFlowsheetPlacesCowsOnHoursSinceLastUseAndMissedDaysAreFlagged(UiBot bot) {
		Text search = bot.byId(Text.class, "patients.search");
		bot.click(search);
		bot.type("larkspur");
		Table patients = bot.byId(Table.class, "patients.table");
		bot.waitUntil("the search finds Dana Larkspur", () -> bot.call(patients::getItemCount) == 1);
		bot.press(0, SWT.CR);
		bot.waitUntil("the chart is open", () -> bot.textOf(bot.byId(Label.class, "chart.name")).startsWith("Larkspur"));
		bot.press(SWT.MOD1 | SWT.SHIFT, 't');

		Label flowsheet = bot.byId(Label.class, "trends.flowsheet.cows.summary");
		assertEquals("4 COWS scores from 10 h to 70 h after last use; highest 26 (moderately severe) at 50 h.", bot.textOf(flowsheet));
		TrendChart cows = bot.byId(TrendChart.class, "trends.flowsheet.cows");
		assertEquals(4, (int) bot.call(() -> cows.getTrend().points().size()));
		assertTrue(bot.call(() -> cows.getSize().y) >= 200, "the chart is drawn at its height");

		Label doses = bot.byId(Label.class, "trends.doses.summary");
		assertEquals("1 dose given; 3 missed; longest run of missed days: 3.", bot.textOf(doses));
		assertEquals("3 missed days in a row: reassess the dose before the next one.", bot.textOf(bot.byId(Label.class, "trends.doses.alert")));
		assertTrue(bot.textOf(bot.byId(Label.class, "trends.scores.summary")).startsWith("4 scores from "));
		bot.screenshot("trends");
	}
}
