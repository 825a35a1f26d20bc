package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.cairn.model.GroupSession;
import org.cairn.model.NoteStatus;
import org.cairn.model.SessionNote;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * File › New Group Session: two patients on the roster, one absent; the shared content written once; Write Notes
 * puts a draft note in the chart of the one who came, with the group's content and their own participation.
 */
@Order(7)
class GroupSessionPartTest {

	static {
		TestCharts.seed();
	}

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@Test
	void aGroupIsWrittenOnceAndEachAttendeeGetsANote(UiBot bot) {
		bot.press(SWT.MOD1 | SWT.SHIFT, 'g');
		Label state = bot.byId(Label.class, "group.state");
		bot.waitUntil("a new group is open", () -> bot.textOf(state).startsWith("New group session"));
		fill(bot, "group.topic", "Coping with cravings");
		fill(bot, "group.content", "Urge surfing practice and a relapse-prevention worksheet.");
		add(bot, "nunez");
		add(bot, "quill");
		Table roster = bot.byId(Table.class, "group.roster");
		assertEquals(2, (int) bot.call(roster::getItemCount));

		// Avery Quill did not come; José María Núñez took part.
		select(bot, roster, 1);
		Combo attendance = bot.byId(Combo.class, "group.attendance");
		bot.run(() -> {
			attendance.select(attendance.indexOf("Absent (excused)"));
			attendance.notifyListeners(SWT.Selection, new Event());
		});
		// Edit › Undo takes a change back, Edit › Redo makes it again
		bot.run(roster::setFocus);
		bot.press(SWT.MOD1, 'z');
		bot.waitUntil("the attendance is undone", () -> "Present".equals(bot.call(() -> roster.getItem(1).getText(1))));
		bot.press(SWT.MOD1, 'y');
		bot.waitUntil("the attendance is redone", () -> "Absent (excused)".equals(bot.call(() -> roster.getItem(1).getText(1))));
		select(bot, roster, 0);
		PatientListAndChartTest.push(bot, "group.write");
		bot.waitUntil("the missing participation is named", () -> bot.textOf(state).contains("Núñez, José María: write how this client took part."));
		fill(bot, "group.participation", "Shared an evening trigger; practised urge surfing.");
		PatientListAndChartTest.push(bot, "group.write");
		bot.waitUntil("the note is written", () -> bot.textOf(state).startsWith("1 note is in the attendees' charts"));
		assertEquals("draft in the chart", bot.call(() -> roster.getItem(0).getText(2)));
		assertEquals("", bot.call(() -> roster.getItem(1).getText(2)), "no note for the absent patient");

		RecordStore store = TestCharts.store();
		List<String> notes = store.timeline("t-p-nunez", Set.of("SessionNote")).stream().map(entry -> entry.recordId())
				.filter(id -> ((SessionNote) store.read(id).orElseThrow().record()).getGroupSessionId() != null).toList();
		assertEquals(1, notes.size());
		SessionNote note = (SessionNote) store.read(notes.get(0)).orElseThrow().record();
		assertEquals(NoteStatus.DRAFT, note.getStatus());
		assertEquals("t-e-nunez", note.getEpisodeId());
		assertTrue(note.getSections().get(0).getText().contains("Urge surfing practice"), note.getSections().get(0).getText());
		assertEquals("Shared an evening trigger; practised urge surfing.", note.getSections().get(1).getText());
		assertTrue(store.timeline("t-p-quill", Set.of("SessionNote")).stream()
				.noneMatch(entry -> ((SessionNote) store.read(entry.recordId()).orElseThrow().record()).getGroupSessionId() != null));
		GroupSession group = (GroupSession) store.read(note.getGroupSessionId()).orElseThrow().record();
		assertEquals(note.getId(), group.getRoster().get(0).getNoteId());
		assertEquals("Test " + TestLogin.USER + " (" + TestLogin.USER + ")", bot.textOf(bot.byId(Text.class, "group.facilitators")),
				"the facilitator by name, not by login id");
		assertEquals(List.of(TestLogin.USER), group.getFacilitatorIds(), "stored by user id");
		bot.screenshot("group-session");

		// Enter on the attendee opens their note, to complete and sign on its own.
		bot.run(() -> {
			roster.setFocus();
			roster.setSelection(0);
		});
		bot.press(0, SWT.CR);
		bot.waitUntil("the attendee's note opens", () -> bot.findAll(Text.class).stream()
				.anyMatch(text -> "Shared an evening trigger; practised urge surfing.".equals(bot.textOf(text))
						&& "note.section.A".equals(bot.call(() -> text.getData(UiBot.WIDGET_ID)))));
	}

	private static void fill(UiBot bot, String id, String text) {
		Text field = bot.byId(Text.class, id);
		bot.run(() -> {
			field.setFocus();
			field.selectAll();
		});
		bot.type(text);
		bot.waitUntil(id + " holds what was typed", () -> bot.textOf(field).equals(text));
	}

	private static void add(UiBot bot, String query) {
		choose(bot, query);
		bot.waitUntil(query + " is on the roster", () -> bot.textOf(bot.byId(Text.class, "group.search")).isEmpty());
	}

	/** Searches the group's patient search for {@code query} and presses Enter on the first match. */
	static void choose(UiBot bot, String query) {
		Text search = bot.byId(Text.class, "group.search");
		bot.run(() -> {
			search.setFocus();
			search.setText(query);
		});
		bot.press(0, SWT.CR);
		Table results = bot.byId(Table.class, "group.results");
		bot.waitUntil("a match for " + query, () -> bot.call(results::getItemCount) >= 1);
		bot.run(results::setFocus);
		bot.press(0, SWT.CR);
	}

	private static void select(UiBot bot, Table table, int index) {
		bot.run(() -> {
			table.setSelection(index);
			table.notifyListeners(SWT.Selection, new Event());
		});
	}
}
