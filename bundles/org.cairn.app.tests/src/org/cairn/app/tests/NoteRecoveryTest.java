package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteStatus;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.store.DraftEntry;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.notes.NoteFormats;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cairn started on a store that holds a note someone left unsaved when Cairn last ended (its draft, autosaved): the
 * note reopens by itself with every word, continuing its draft, and Ctrl+S stores it in the chart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2)
class NoteRecoveryTest {

	private static final String NOTE = "t-n-recovered";

	static {
		// What an earlier run left: this person's one unsaved note, a draft not yet in the chart.
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		store.drafts(TestLogin.USER).forEach(draft -> store.discardDraft(draft.recordId()));
		if (store.read(NOTE).isEmpty()) {
			SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
			note.setId(NOTE);
			note.setPatientId("t-p-quill");
			note.setEpisodeId("t-e-quill");
			note.setAuthorId(TestLogin.USER);
			note.setStatus(NoteStatus.DRAFT);
			note.setServiceType(ServiceType.INDIVIDUAL);
			note.setModality(Modality.IN_PERSON);
			note.setStartedAt(java.time.Instant.now().minus(2, java.time.temporal.ChronoUnit.HOURS).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
			NoteFormats.apply(note, NoteFormat.DAP);
			note.getSections().get(0).setText("Unsaved words");
			store.saveDraft(note, 0, TestLogin.USER);
		}
	}

	/** Whatever happened here, the test classes after this one start without unsaved work to reopen. */
	@RegisterExtension
	@Order(1)
	static final org.junit.jupiter.api.extension.AfterAllCallback DISCARD_LEFTOVER_DRAFTS = context -> {
		RecordStore store = TestCharts.store();
		store.drafts(TestLogin.USER).forEach(draft -> store.discardDraft(draft.recordId()));
	};

	@RegisterExtension
	@Order(2)
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

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
		assertEquals(List.of(NOTE), drafts.stream().map(DraftEntry::recordId).toList());
		bot.run(data::setFocus);
		bot.press(SWT.MOD1, 's');
		bot.waitUntil("the restored note is saved", () -> bot.textOf(state).startsWith("Saved as version 1"));
		assertEquals("Unsaved words", ((SessionNote) store.read(NOTE).orElseThrow().record()).getSections().get(0).getText());
		assertEquals(List.of(), store.drafts(TestLogin.USER), "no unsaved work is left");
	}
}
