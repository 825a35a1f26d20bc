package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.cairn.model.VitalSigns;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.ui.CairnUi;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.trends.TrendChart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chart › Trends on a detox patient: the COWS flowsheet against hours since last use with its summary, vital signs
 * recorded and charted there, and the dose log with three missed days in a row flagged.
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrendsPartTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

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
		VitalSigns vitals = CairnFactory.eINSTANCE.createVitalSigns();
		vitals.setId("t-vs-larkspur-1");
		vitals.setPatientId("t-p-larkspur");
		vitals.setEpisodeId("t-e-larkspur");
		vitals.setTakenAt(lastUse.plus(30, ChronoUnit.HOURS));
		vitals.setTakenBy("t-nurse");
		vitals.setPulseBpm(92);
		vitals.setSystolicMmHg(136);
		vitals.setDiastolicMmHg(84);
		records.add(vitals);
		store.saveAll(records, "t-nurse", "test facility");
	}

	@Test
	@Order(1)
	void theFlowsheetPlacesCowsOnHoursSinceLastUseAndMissedDaysAreFlagged(UiBot bot) {
		TestCharts.openChart(bot, "larkspur", "Larkspur");
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

	/**
	 * Vital signs are recorded on the flowsheet: a pulse typed as 960 is named and refused, the corrected reading
	 * is stored with who took it, and the pulse chart and the table show it beside the earlier reading.
	 */
	@Test
	@Order(2)
	void vitalSignsAreRecordedOnTheFlowsheetAndChartedByHoursSinceLastUse(UiBot bot) {
		bot.waitUntil("the earlier reading is listed", () -> rows(bot).size() == 1);
		assertEquals(List.of("30", "92", "136/84", "t-nurse"), pick(rows(bot).get(0), 1, 2, 3, 7));

		PatientListAndChartTest.push(bot, "vitals.record");
		bot.shell("Vital Signs");
		Button ok = bot.byId(Button.class, "vitals.ok");
		Instant takenAt = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(10, ChronoUnit.MINUTES);
		set(bot, "vitals.takenAt", takenAt.atZone(ZoneId.systemDefault()).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
		set(bot, "vitals.pulse", "960");
		set(bot, "vitals.systolic", "142");
		set(bot, "vitals.diastolic", "91");
		set(bot, "vitals.temperature", "37.6");
		bot.waitUntil("the impossible pulse is named", () -> bot.findAll(Text.class).stream()
				.anyMatch(text -> bot.textOf(text).contains("Pulse (bpm) must be between 20 and 250.")));
		assertFalse(bot.call(ok::isEnabled), "a pulse of 960 cannot be stored");
		set(bot, "vitals.pulse", "112");
		bot.waitUntil("the readings can be stored", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));

		bot.waitUntil("the new reading is at the top of the table", () -> {
			List<List<String>> rows = rows(bot);
			return rows.size() == 2 && rows.get(0).get(2).equals("112") && rows.get(0).get(3).equals("142/91")
					&& rows.get(0).get(5).equals("37.6");
		});
		bot.waitUntil("the summary names the latest pulse and its COWS score",
				() -> text(bot, "vitals.summary").matches("2 readings; latest pulse 112 bpm at [0-9.]+ h \\(COWS pulse score 2\\)\\."));
		TrendChart pulse = bot.byId(TrendChart.class, "vitals.chart");
		assertEquals(2, (int) bot.call(() -> pulse.getTrend().points().size()));
		assertEquals("Vital signs saved.", bot.textOf(bot.byId(Label.class, "vitals.state")));

		RecordStore store = TestCharts.store();
		List<String> ids = store.timeline("t-p-larkspur", java.util.Set.of("VitalSigns")).stream().map(e -> e.recordId()).toList();
		assertEquals(2, ids.size(), "the reading is in the chart's timeline");
		VitalSigns stored = (VitalSigns) store.read(ids.get(0)).orElseThrow().record();
		assertEquals(112, stored.getPulseBpm());
		assertEquals(takenAt, stored.getTakenAt());
		assertEquals(new BigDecimal("37.6"), stored.getTemperatureCelsius());
		assertEquals(TestLogin.USER, stored.getTakenBy());
		assertEquals("t-e-larkspur", stored.getEpisodeId());
		bot.screenshot("vitals");
	}

	/**
	 * The rows of the vital signs table, none while it is being rebuilt. Conditions of {@code waitUntil} run on the UI
	 * thread, so they look widgets up without waiting for them (waiting there would hold up the very update awaited).
	 */
	private static List<List<String>> rows(UiBot bot) {
		return bot.call(() -> {
			List<List<String>> rows = new ArrayList<>();
			Table table = bot.findAll(Table.class).stream().filter(t -> "vitals.table".equals(t.getData(CairnUi.WIDGET_ID))).findFirst()
					.orElse(null);
			if (table == null || table.isDisposed()) {
				return rows;
			}
			for (TableItem item : table.getItems()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < table.getColumnCount(); i++) {
					cells.add(item.getText(i));
				}
				rows.add(cells);
			}
			return rows;
		});
	}

	/** The text of the label with widget id {@code id}, or "" while there is none (see {@link #rows}). */
	static String text(UiBot bot, String id) {
		return bot.call(() -> bot.findAll(Label.class).stream().filter(label -> id.equals(label.getData(CairnUi.WIDGET_ID))).findFirst()
				.map(Label::getText).orElse(""));
	}

	private static List<String> pick(List<String> row, int... columns) {
		List<String> picked = new ArrayList<>();
		for (int column : columns) {
			picked.add(row.get(column));
		}
		return picked;
	}

	private static void set(UiBot bot, String id, String text) {
		Text field = bot.byId(Text.class, id);
		bot.run(() -> field.setText(text));
	}
}
