package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cairn.model.NoteStatus;
import org.cairn.model.SessionNote;
import org.cairn.store.DraftEntry;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cairn started again on the store PatientListAndChartTest left: the note it signed is in the chart and read-only,
 * and the note it left unsaved reopens by itself with every word, continuing its draft.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2)
class NoteRecoveryTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	/** Whatever happened here, the test classes after this one start without unsaved work to reopen. */
	@org.junit.jupiter.api.AfterAll
	static void discardLeftoverDrafts() {
		RecordStore store = TestCharts.store();
		store.drafts(TestLogin.USER).forEach(draft -> store.discardDraft(draft.recordId()));
	}

	@Test
	@Order(1)
	void theUnsavedNoteReopensWithEveryWord(UiBot bot) {
		Label state = bot.byId(Label.class, "note.state");
		bot.waitUntil("the draft is restored", () -> bot.textOf(state).startsWith("Your unsaved draft of"));
		Text data = bot.byId(Text.class, "note.section.D");
		assertEquals("Unsaved words", bot.textOf(data));
		assertTrue(bot.call(data::getEditable), "an unsigned draft can be edited");
		bot.screenshot("note-draft-restored");

		RecordStore store = TestCharts.store();
		List<DraftEntry> drafts = store.drafts(TestLogin.USER);
		assertEquals(1, drafts.size());
		String id = drafts.get(0).recordId();
		bot.run(data::setFocus);
		bot.press(SWT.MOD1, 's');
		bot.waitUntil("the restored note is saved", () -> bot.textOf(state).startsWith("Saved as version 1"));
		assertEquals("Unsaved words", ((SessionNote) store.read(id).orElseThrow().record()).getSections().get(0).getText());
		assertEquals(List.of(), store.drafts(TestLogin.USER), "no unsaved work is left");
	}

	@Test
	@Order(2)
	void theSignedNoteIsInTheChartAndReadOnly(UiBot bot) {
		RecordStore store = TestCharts.store();
		String signed = store.timeline(store.findPatients("T-0009", 1).get(0).id(), java.util.Set.of("SessionNote")).stream()
				.filter(entry -> NoteStatus.SIGNED.name().equals(entry.status())).findFirst().orElseThrow().recordId();
		assertEquals(NoteStatus.SIGNED, ((SessionNote) store.read(signed).orElseThrow().record()).getStatus());
		assertEquals("Client reports cravings in the evening",
				((SessionNote) store.read(signed).orElseThrow().record()).getSections().get(0).getText(), "the signed text survived the restart");
	}
}
