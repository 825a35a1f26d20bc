package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cairn.model.AssessmentResponse;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.store.RecordStore;
import org.cairn.store.ScoreEntry;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chart › Give Assessment (Ctrl+Shift+A): PHQ-9 chosen among the installed forms with its licence shown, answered
 * by keyboard, saved only once complete; the response is stored with its raw answers and the form's version, the
 * chart header raises the item 9 alert, and the alert stays until a clinician acknowledges it with a note.
 */
@Order(9)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GiveAssessmentTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@BeforeAll
	static void seed() {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		if (store.read("t-p-heron").isEmpty()) {
			List<ClinicalRecord> records = List.of(TestCharts.patient("t-p-heron", "Sam", "Heron", "T-0011", java.time.LocalDate.of(1979, 3, 14)),
					TestCharts.episode("t-e-heron", "t-p-heron", Programme.OUTPATIENT, Phase.THERAPY, TestCharts.TODAY.minusDays(20), "t-counsellor-a"));
			store.saveAll(records, "t-intake", "test facility");
		}
	}

	@Test
	@Order(1)
	void aPhq9IsGivenByKeyboardSavedAndTheChartRaisesTheItem9Alert(UiBot bot) {
		TestCharts.openChart(bot, "heron", "Heron");

		bot.press(SWT.MOD1 | SWT.SHIFT, 'a');
		bot.shell("Give an Assessment");
		Combo form = bot.byId(Combo.class, "assessment.form");
		List<String> offered = List.of(bot.call(form::getItems));
		assertTrue(offered.stream().anyMatch(item -> item.startsWith("Clinical Opiate Withdrawal Scale (COWS)")), offered.toString());
		assertFalse(offered.stream().anyMatch(item -> item.contains("SOWS")), "a disabled form is not offered: " + offered);
		bot.run(() -> {
			form.select(offered.indexOf(offered.stream().filter(item -> item.startsWith("Clinical Opiate Withdrawal Scale (COWS)")).findFirst().orElseThrow()));
			form.notifyListeners(SWT.Selection, new Event());
		});
		String cows = bot.textOf(bot.byId(Label.class, "assessment.licence"));
		// a label's text shows "&&" as "&"; a single '&' would underline the next letter ("Wesson _Ling")
		assertTrue(cows.contains("(Wesson && Ling 2003)") && cows.endsWith(" \u00b7 form version 1.0.0"), cows);
		assertFalse(cows.contains("org.cairn"), "no bundle names for Cairn's own forms: " + cows);
		bot.run(() -> {
			form.select(offered.indexOf(offered.stream().filter(item -> item.startsWith("Patient Health Questionnaire-9")).findFirst().orElseThrow()));
			form.notifyListeners(SWT.Selection, new Event());
		});
		assertTrue(bot.textOf(bot.byId(Label.class, "assessment.licence")).startsWith("Licence: Public domain"),
				bot.textOf(bot.byId(Label.class, "assessment.licence")));
		Button save = bot.byId(Button.class, "assessment.save");
		assertFalse(bot.call(save::isEnabled), "nothing answered, nothing to save");

		for (char digit : "221110001".toCharArray()) {
			bot.press(0, digit);
		}
		bot.waitUntil("every required item is answered", () -> bot.call(save::isEnabled));
		assertEquals("Total 8 · Mild", bot.textOf(bot.byId(Label.class, "form.total")));
		bot.screenshot("give-assessment");
		bot.run(() -> save.notifyListeners(SWT.Selection, new Event()));

		bot.withTimeout(java.time.Duration.ofSeconds(30)).waitUntil("the chart raises the item 9 alert", () -> bot.findAll(Label.class).stream()
				.anyMatch(label -> bot.textOf(label).startsWith("PHQ-9 item 9 above 0")));
		RecordStore store = TestCharts.store();
		List<ScoreEntry> responses = store.responses("t-p-heron", "phq9");
		assertEquals(1, responses.size());
		assertEquals(0, new BigDecimal("8").compareTo(responses.get(0).total()));
		assertEquals(List.of("phq9.item9"), responses.get(0).flags());
		AssessmentResponse stored = (AssessmentResponse) store.read(responses.get(0).recordId()).orElseThrow().record();
		assertEquals("1.0.0", stored.getFormVersion(), "the response keeps the form's version");
		assertEquals("t-e-heron", stored.getEpisodeId());
		assertEquals("mild", stored.getBand());
		Map<String, String> answers = stored.getAnswers().stream().collect(Collectors.toMap(a -> a.getItemId(), a -> a.getValue()));
		assertEquals("2", answers.get("phq9.1"), "raw answers are kept, so the scores can be recomputed");
		assertEquals("1", answers.get("phq9.9"));
		assertEquals(9, answers.size(), "the optional functional item was left unanswered");

		// The flag stays in the header until a clinician acknowledges it, saying what was done.
		org.eclipse.swt.widgets.Link acknowledge = bot.byId(org.eclipse.swt.widgets.Link.class, "chart.alert.acknowledge");
		bot.display().asyncExec(() -> acknowledge.notifyListeners(SWT.Selection, new Event()));
		bot.shell("Acknowledge a Flag");
		Button ok = bot.byId(Button.class, "chart.acknowledge.note.ok");
		Text note = bot.byId(Text.class, "chart.acknowledge.note");
		bot.run(() -> note.setText("ok"));
		bot.waitUntil("a note of two letters is not enough", () -> !bot.call(ok::isEnabled));
		bot.run(() -> note.setText("C-SSRS screen done: low risk; safety plan reviewed"));
		bot.waitUntil("the acknowledgement can be saved", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.withTimeout(java.time.Duration.ofSeconds(30)).waitUntil("the alert leaves the header", () -> bot.findAll(Label.class).stream()
				.noneMatch(label -> bot.textOf(label).startsWith("PHQ-9 item 9 above 0")));
		AssessmentResponse acknowledged = (AssessmentResponse) store.read(stored.getId()).orElseThrow().record();
		assertEquals(2, store.read(stored.getId()).orElseThrow().version(), "the acknowledgement is a new version of the response");
		assertEquals(List.of("phq9.item9"), acknowledged.getFlags(), "the response keeps its flag");
		assertEquals("C-SSRS screen done: low risk; safety plan reviewed", acknowledged.getAcknowledgements().get(0).getNote());
		assertEquals(TestLogin.USER, acknowledged.getAcknowledgements().get(0).getAcknowledgedBy());
		assertEquals(List.of(), store.responses("t-p-heron", "phq9").get(0).flags(), "the index lists only open flags");
		bot.screenshot("flag-acknowledged");
	}

	/** View › Assessment Forms lists every installed form with its state; a selected form shows its licence. */
	@Test
	@Order(2)
	void theFormListShowsEveryFormWithItsStateAndLicence(UiBot bot) {
		bot.menu("View", "Assessment Forms...");
		bot.shell("Assessment Forms");
		Table table = bot.byId(Table.class, "forms.table");
		List<List<String>> rows = bot.call(() -> java.util.Arrays.stream(table.getItems())
				.map(item -> List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(5))).toList());
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("cows") && r.get(1).equals("1.0.0") && r.get(2).equals("active")), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("sows") && r.get(2).equals("disabled")), "SOWS is listed, disabled: " + rows);
		assertTrue(rows.stream().allMatch(r -> r.get(3).startsWith("org.cairn.forms")), "each form names the bundle it comes from: " + rows);
		int sows = rows.indexOf(rows.stream().filter(r -> r.get(0).equals("sows")).findFirst().orElseThrow());
		bot.run(() -> {
			table.select(sows);
			table.notifyListeners(SWT.Selection, new Event());
		});
		String details = bot.textOf(bot.byId(Text.class, "forms.details"));
		assertTrue(details.startsWith("Licence: Status unclear"), details);
		bot.screenshot("form-list");
		Button close = bot.button("Close");
		bot.run(() -> close.notifyListeners(SWT.Selection, new Event()));
	}

	/**
	 * The saved response opens from the timeline, read-only, with its form version's definition; and as stored when
	 * that version is not installed (here: a response to a form version Cairn never had).
	 */
	@Test
	@Order(3)
	void aStoredResponseOpensReadOnlyWithItsFormVersionOrAsStored(UiBot bot) {
		Table timeline = bot.byId(Table.class, "chart.timeline");
		int row = bot.call(() -> {
			for (int i = 0; i < timeline.getItemCount(); i++) {
				if (timeline.getItem(i).getText(1).startsWith("PHQ-9")) {
					return i;
				}
			}
			return -1;
		});
		assertTrue(row >= 0, "the response is in the timeline");
		bot.display().asyncExec(() -> {
			timeline.setSelection(row);
			timeline.notifyListeners(SWT.DefaultSelection, new Event());
		});
		bot.shell("Assessment Response");
		bot.waitUntil("the response is shown with its definition", () -> bot.findAll(Label.class).stream()
				.anyMatch(label -> "form.total".equals(label.getData(UiBot.WIDGET_ID)) && bot.textOf(label).equals("Total 8 · Mild")));
		Button item1 = bot.byId(Button.class, "form.item.phq9.1.2");
		assertTrue(bot.call(item1::getSelection), "the stored answer is shown");
		assertFalse(bot.call(item1::isEnabled), "and cannot be changed");
		assertTrue(bot.textOf(bot.byId(Text.class, "response.stored")).contains("Flag phq9.item9 acknowledged by Test " + TestLogin.USER + " on "),
				bot.textOf(bot.byId(Text.class, "response.stored")));
		bot.screenshot("response-opened");
		bot.run(() -> bot.button("Close").notifyListeners(SWT.Selection, new Event()));

		AssessmentResponse old = (AssessmentResponse) TestCharts.store().read(TestCharts.store().responses("t-p-heron", "phq9").get(0).recordId())
				.orElseThrow().record();
		old.setFormVersion("0.9.0");
		String text = org.cairn.ui.forms.ResponseDialog.storedText(old, id -> "Name of " + id);
		assertTrue(text.startsWith("Total 8 mild"), text);
		assertTrue(text.contains("phq9.1: 2 [2]"), text);
		assertTrue(text.contains("Flags raised: phq9.item9"), text);
	}

	/**
	 * A COWS with the time of last use told at the bedside: the episode keeps it (so a new patient's flowsheet places
	 * the score by the hours since), and the resting pulse typed into the COWS is stored as a vital sign, not typed
	 * again.
	 */
	@Test
	@Order(4)
	void aCowsToldTheTimeOfLastUsePlacesItsScoreAndKeepsThePulse(UiBot bot) {
		TestCharts.openChart(bot, "heron", "Heron");
		bot.press(SWT.MOD1 | SWT.SHIFT, 'a');
		bot.shell("Give an Assessment");
		Combo form = bot.byId(Combo.class, "assessment.form");
		List<String> offered = List.of(bot.call(form::getItems));
		Runnable chooseCows = () -> bot.run(() -> {
			form.select(offered.indexOf(offered.stream().filter(item -> item.startsWith("Clinical Opiate Withdrawal Scale (COWS)")).findFirst().orElseThrow()));
			form.notifyListeners(SWT.Selection, new Event());
		});
		chooseCows.run();
		Text lastUse = bot.byId(Text.class, "assessment.lastUse");
		assertTrue(bot.call(lastUse::isVisible), "a withdrawal scale asks when the patient last used");
		bot.run(() -> {
			form.select(offered.indexOf(offered.stream().filter(item -> item.startsWith("Patient Health Questionnaire-9")).findFirst().orElseThrow()));
			form.notifyListeners(SWT.Selection, new Event());
		});
		assertFalse(bot.call(lastUse::isVisible), "no last use for a form that is not a withdrawal scale");
		chooseCows.run();
		java.time.LocalDateTime used = java.time.LocalDateTime.now().minusHours(10).withSecond(0).withNano(0);
		bot.run(() -> lastUse.setText(used.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
		Text pulse = bot.byId(Text.class, "form.item.cows.1");
		bot.click(pulse);
		bot.type("104");
		bot.press(0, SWT.CR);
		for (char digit : "1322121110".toCharArray()) {
			bot.press(0, digit);
		}
		Button save = bot.byId(Button.class, "assessment.save");
		bot.waitUntil("every item is answered", () -> bot.call(save::isEnabled));
		bot.screenshot("give-cows-last-use");
		bot.run(() -> save.notifyListeners(SWT.Selection, new Event()));
		RecordStore store = TestCharts.store();
		bot.withTimeout(java.time.Duration.ofSeconds(30)).waitUntil("the COWS is stored", () -> store.responses("t-p-heron", "cows").size() == 1);
		AssessmentResponse cows = (AssessmentResponse) store.read(store.responses("t-p-heron", "cows").get(0).recordId()).orElseThrow().record();
		assertTrue(cows.getHoursSinceLastUse() != null && cows.getHoursSinceLastUse().doubleValue() >= 10.0
				&& cows.getHoursSinceLastUse().doubleValue() < 10.2, "placed about ten hours after last use: " + cows.getHoursSinceLastUse());
		org.cairn.model.EpisodeOfCare episode = (org.cairn.model.EpisodeOfCare) store.read("t-e-heron").orElseThrow().record();
		assertEquals(used.atZone(java.time.ZoneId.systemDefault()).toInstant(), episode.getLastUseAt());
		List<org.cairn.model.VitalSigns> vitals = store.timeline("t-p-heron", java.util.Set.of("VitalSigns")).stream()
				.map(entry -> (org.cairn.model.VitalSigns) store.read(entry.recordId()).orElseThrow().record()).toList();
		assertEquals(List.of(104), vitals.stream().map(org.cairn.model.VitalSigns::getPulseBpm).toList(), "the COWS pulse is a vital sign");
	}
}
