package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cairn.model.ClinicalRecord;
import org.cairn.model.SessionNote;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The editing life cycle the note editor shares with the care plan's and the group's: a note someone else stored
 * meanwhile is a choice, not an error; the two are compared side by side, and keeping mine stores it as the newest
 * version with theirs in the history. Nothing typed is lost on the way.
 */
@Order(45)
class NoteConflictTest {

	/**
	 * Whatever happened here, the test classes after this one start without unsaved work to reopen: registered before
	 * the workbench, so that it runs after the workbench has closed (and written any last draft).
	 */
	@RegisterExtension
	@Order(1)
	static final AfterAllCallback DISCARD_LEFTOVER_DRAFTS = context -> {
		RecordStore store = TestCharts.store();
		store.drafts(TestLogin.USER).forEach(draft -> store.discardDraft(draft.recordId()));
	};

	@RegisterExtension
	@Order(2)
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	/** A new note of Avery Quill's with {@code data} in its Data section, saved as version 1; its id. */
	private static String newNoteSaved(UiBot bot, org.cairn.testing.ui.RunningWorkbench workbench, String data) {
		showTheChart(bot, workbench);
		TestCharts.openChart(bot, "quill", "Quill");
		bot.menu("Chart", "New Session Note...");
		PatientListAndChartTest.fill(bot, "note.section.D", data);
		Label state = bot.byId(Label.class, "note.state");
		bot.run(data(bot)::setFocus);
		bot.press(SWT.MOD1, 's');
		bot.waitUntil("the note is saved as version 1", () -> bot.textOf(state).startsWith("Saved as version 1"));
		return bot.call(() -> workbench.context().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).getActivePart()
				.getPersistedState().get(org.cairn.ui.notes.NoteEditorPart.NOTE));
	}

	/** Another workstation stores the note with {@code text} in section {@code section}, as the next version. */
	private static void storedElsewhere(RecordStore store, String id, int section, String text) {
		StoredRecord<ClinicalRecord> current = store.read(id).orElseThrow();
		SessionNote theirs = (SessionNote) EcoreUtil.copy(current.record());
		theirs.getSections().get(section).setText(text);
		store.save(theirs, current.version(), "t-supervisor", "saved elsewhere");
	}

	/** The chart in front of the editors in its stack (a test before this one may have left a note open on top). */
	private static void showTheChart(UiBot bot, org.cairn.testing.ui.RunningWorkbench workbench) {
		bot.run(() -> {
			org.eclipse.e4.ui.workbench.modeling.EPartService parts = workbench.context().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
			parts.activate(parts.findPart(org.cairn.ui.CairnUi.PART_CHART));
		});
	}

	/** The note's Data section: found anew each time, since the editor builds its sections again when it shows a version. */
	private static Text data(UiBot bot) {
		return bot.byId(Text.class, "note.section.D");
	}

	@Test
	void aNoteStoredElsewhereMeanwhileIsComparedAndMineKeptAsTheNewest(UiBot bot, org.cairn.testing.ui.RunningWorkbench workbench) {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		String id = newNoteSaved(bot, workbench, "Client arrived on time");
		Label state = bot.byId(Label.class, "note.state");

		// Another workstation stores the note meanwhile.
		storedElsewhere(store, id, 1, "Assessed by the covering counsellor");

		// Here, more is typed and saved: the person is asked.
		PatientListAndChartTest.fill(bot, "note.section.D", "Client arrived on time and stayed the hour");
		bot.run(data(bot)::setFocus);
		bot.press(SWT.MOD1, 's');
		bot.shell("Someone else saved this session note");
		bot.screenshot("note-conflict");
		bot.click(bot.button("Compare"));
		bot.shell("Session note: Compare Versions");
		Table rows = bot.byId(Table.class, "plan.compare.table");
		bot.waitUntil("the two are compared", () -> bot.call(rows::getItemCount) > 0);
		List<String> changed = bot.call(() -> {
			List<String> texts = new java.util.ArrayList<>();
			for (var item : rows.getItems()) {
				texts.add(item.getText(2) + " | " + item.getText(3) + " | " + item.getText(4));
			}
			return texts;
		});
		assertTrue(changed.stream().anyMatch(row -> row.contains("Client arrived on time and stayed the hour") && row.endsWith("changed")), changed.toString());
		bot.screenshot("note-conflict-compare");
		bot.click(bot.button("Close"));
		bot.waitUntil("nothing was stored yet", () -> bot.textOf(state).startsWith("Not saved: version 2 by someone else is the newest"));
		assertEquals("Client arrived on time and stayed the hour", bot.textOf(data(bot)), "what was typed is still here");

		bot.run(data(bot)::setFocus);
		bot.press(SWT.MOD1, 's');
		bot.shell("Someone else saved this session note");
		bot.click(bot.button("Save Mine as Newest"));
		bot.waitUntil("mine is saved as version 3", () -> bot.textOf(state).startsWith("Saved as version 3"));
		List<StoredRecord<ClinicalRecord>> history = store.history(id);
		assertEquals("Assessed by the covering counsellor", ((SessionNote) history.get(1).record()).getSections().get(1).getText(),
				"theirs stays in the history");
		assertEquals("Client arrived on time and stayed the hour", ((SessionNote) history.get(2).record()).getSections().get(0).getText(),
				"mine is the newest");
		assertTrue(store.draft(id).isEmpty(), "no unsaved work is left");
	}

	/**
	 * Work left in a draft while someone else stored the note (the editor closed, Cairn ended) comes back as it was, and
	 * saving it offers the same choices: nothing of either version is lost, and the draft does not linger.
	 */
	@Test
	void aDraftOvertakenByAnotherVersionComesBackAndSavingItOffersTheChoice(UiBot bot, org.cairn.testing.ui.RunningWorkbench workbench) {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		String id = newNoteSaved(bot, workbench, "Talked about the weekend");
		Label state = bot.byId(Label.class, "note.state");

		// more is typed, and the editor closes before it is saved: the work goes to the draft
		PatientListAndChartTest.fill(bot, "note.section.D", "Talked about the weekend and the new job");
		bot.waitUntil("the work is autosaved", () -> bot.textOf(state).startsWith("Draft autosaved"));
		bot.run(() -> {
			org.eclipse.e4.ui.workbench.modeling.EPartService parts = workbench.context().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
			parts.hidePart(parts.getActivePart(), true);
		});
		bot.waitUntil("the closing editor's work is in the draft", () -> store.draft(id).isPresent()
				&& ((SessionNote) store.draft(id).get().record()).getSections().get(0).getText().equals("Talked about the weekend and the new job"));

		// meanwhile another workstation stores the note
		storedElsewhere(store, id, 2, "Plan agreed with the covering counsellor");

		bot.run(() -> org.cairn.ui.notes.Notes.open(workbench.context().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class),
				workbench.context().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class),
				workbench.context().get(org.eclipse.e4.ui.model.application.MApplication.class), id, "t-p-quill", null));
		Label reopened = bot.byId(Label.class, "note.state");
		bot.waitUntil("the draft is back, and says a newer version was stored", () -> bot.textOf(reopened).contains("version 2 was stored since"));
		assertEquals("Talked about the weekend and the new job", bot.textOf(data(bot)), "the unsaved work is back");
		bot.screenshot("note-draft-behind");

		bot.run(data(bot)::setFocus);
		bot.press(SWT.MOD1, 's');
		bot.shell("Someone else saved this session note");
		bot.click(bot.button("Save Mine as Newest"));
		bot.waitUntil("mine is saved as version 3", () -> bot.textOf(reopened).startsWith("Saved as version 3"));
		assertEquals("Plan agreed with the covering counsellor", ((SessionNote) store.history(id).get(1).record()).getSections().get(2).getText(),
				"theirs stays in the history");
		assertTrue(store.draft(id).isEmpty(), "the draft does not linger");
	}
}
