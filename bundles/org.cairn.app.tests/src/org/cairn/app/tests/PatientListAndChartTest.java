package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The patient list and the chart on a real store: the census, its filters, search as you type, and opening a chart
 * with Enter, whose header and timeline show what the records say.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatientListAndChartTest {

	static {
		// Before the workbench starts, so that the list's first census already holds these charts.
		TestCharts.seed();
	}

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = WorkbenchExtension.cairn();

	@Test
	@Order(1)
	void theCensusListsOpenEpisodesInNameOrder(UiBot bot) {
		Table table = bot.byId(Table.class, "patients.table");
		bot.waitUntil("the census is listed", () -> names(bot, table).contains("Quill, Avery"));
		List<String> names = names(bot, table);
		assertTrue(names.indexOf("Núñez, José María") < names.indexOf("Quill, Avery"), "ordered by family name: " + names);
		assertTrue(!names.contains("Brook, Rowan"), "a discharged episode is not in the census by default: " + names);
		assertEquals("Detox", cell(bot, table, "Núñez, José María", 3));
		assertEquals("Withdrawal management", cell(bot, table, "Núñez, José María", 4));
		assertEquals("5", cell(bot, table, "Núñez, José María", 5), "day 5 of treatment");
	}

	@Test
	@Order(2)
	void filtersNarrowTheCensus(UiBot bot) {
		Table table = bot.byId(Table.class, "patients.table");
		Combo programme = bot.byId(Combo.class, "patients.programme");
		select(bot, programme, "Opioid treatment programme");
		bot.waitUntil("only the opioid treatment programme is listed", () -> names(bot, table).equals(List.of("Quill, Avery")));
		select(bot, programme, "Any");
		Combo clinician = bot.byId(Combo.class, "patients.clinician");
		bot.waitUntil("the care teams are offered", () -> bot.call(() -> List.of(clinician.getItems())).contains("t-counsellor-a"));
		select(bot, clinician, "t-counsellor-a");
		bot.waitUntil("only t-counsellor-a's open episode is listed", () -> names(bot, table).equals(List.of("Núñez, José María")));
		Button discharged = bot.byId(Button.class, "patients.discharged");
		bot.run(() -> {
			discharged.setSelection(true);
			discharged.notifyListeners(SWT.Selection, new Event());
		});
		bot.waitUntil("the discharged episode joins", () -> names(bot, table).equals(List.of("Brook, Rowan", "Núñez, José María")));
		bot.run(() -> {
			discharged.setSelection(false);
			discharged.notifyListeners(SWT.Selection, new Event());
		});
		select(bot, clinician, "Anyone");
		bot.waitUntil("the whole census is back", () -> names(bot, table).contains("Quill, Avery"));
	}

	@Test
	@Order(3)
	void typingSearchesByNamePrefixIgnoringAccents(UiBot bot) {
		Table table = bot.byId(Table.class, "patients.table");
		Text search = bot.byId(Text.class, "patients.search");
		bot.click(search);
		bot.type("nunez jo");
		bot.waitUntil("the search finds José María Núñez", () -> names(bot, table).equals(List.of("Núñez, José María")));
		assertEquals("1 patient matches", bot.textOf(bot.byId(Label.class, "patients.summary")));
	}

	@Test
	@Order(4)
	void enterOpensTheChartWithHeaderAlertsAndTimeline(UiBot bot) {
		bot.press(0, SWT.CR);
		Label name = bot.byId(Label.class, "chart.name");
		bot.waitUntil("the chart shows José María Núñez", () -> bot.textOf(name).startsWith("Núñez, José María"));
		assertTrue(bot.isShowing(name), "the chart header is showing");
		String details = bot.textOf(bot.byId(Label.class, "chart.details"));
		assertTrue(details.contains("MRN T-0001"), details);
		String episode = bot.textOf(bot.byId(Label.class, "chart.episode"));
		assertTrue(episode.contains("Detox") && episode.contains("Withdrawal management since") && episode.contains("Day 5 in treatment"),
				episode);
		assertEquals("Care team: t-counsellor-a (primary counsellor)", bot.textOf(bot.byId(Label.class, "chart.careTeam")));
		List<String> alerts = bot.call(() -> {
			List<String> texts = new ArrayList<>();
			for (Control child : bot.byId(org.eclipse.swt.widgets.Composite.class, "chart.alerts").getChildren()) {
				texts.add(((Label) child).getText());
			}
			return texts;
		});
		assertEquals(2, alerts.size(), "two safety flags: " + alerts);
		assertTrue(alerts.get(0).startsWith("PHQ-9 item 9 above 0") || alerts.get(1).startsWith("PHQ-9 item 9 above 0"), alerts.toString());
		assertTrue(alerts.stream().anyMatch(text -> text.startsWith("Unexpected fentanyl")), alerts.toString());

		Table timeline = bot.byId(Table.class, "chart.timeline");
		assertEquals(5, (int) bot.call(timeline::getItemCount), "episode, two notes, PHQ-9 and the drug screen");
		assertEquals("Session note", bot.call(() -> timeline.getItem(0).getText(1)), "newest first");
		select(bot, bot.byId(Combo.class, "chart.kind"), "Session notes");
		bot.waitUntil("only the notes are listed", () -> bot.call(timeline::getItemCount) == 2);
		assertEquals("2 records", bot.textOf(bot.byId(Label.class, "chart.timeline.summary")));
		select(bot, bot.byId(Combo.class, "chart.kind"), "All records");
		assertEquals("Cairn", bot.textOf(bot.mainShell()), "no patient data in the window title");
		bot.screenshot("chart");
	}

	@Test
	@Order(5)
	void atAGlanceShowsTheSameChartsDaysAlertsAndLatestScores(UiBot bot) {
		Label days = bot.byId(Label.class, "context.days");
		assertEquals("Day 5 in treatment", bot.textOf(days));
		assertEquals("Detox, Withdrawal management", bot.textOf(bot.byId(Label.class, "context.phase")));
		String score = bot.textOf(bot.byId(Label.class, "context.score"));
		assertTrue(score.startsWith("PHQ-9\u200214\u2002(moderate)"), score);
		assertEquals(2, bot.findAll(Label.class).stream().filter(label -> "context.alert".equals(bot.call(() -> label.getData(UiBot.WIDGET_ID))))
				.count(), "both safety flags");
		assertEquals("No active care plan", bot.textOf(bot.byId(Label.class, "context.objectives.none")));
	}

	private static List<String> names(UiBot bot, Table table) {
		return bot.call(() -> {
			List<String> names = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				names.add(item.getText(0));
			}
			return names;
		});
	}

	private static String cell(UiBot bot, Table table, String name, int column) {
		return bot.call(() -> {
			for (TableItem item : table.getItems()) {
				if (item.getText(0).equals(name)) {
					return item.getText(column);
				}
			}
			throw new AssertionError(name + " is not listed");
		});
	}

	private static void select(UiBot bot, Combo combo, String item) {
		bot.run(() -> {
			combo.select(combo.indexOf(item));
			if (combo.getSelectionIndex() < 0) {
				throw new AssertionError("No item '" + item + "' in " + List.of(combo.getItems()));
			}
			combo.notifyListeners(SWT.Selection, new Event());
		});
	}
}
