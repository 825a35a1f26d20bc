package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteStatus;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.cairn.ui.notes.NoteFormats;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A signed note after signing, on a real store: a supervisor finds it in the co-signature queue and co-signs it;
 * a correction is a signed addendum beside the unchanged text; a note in the wrong chart is marked entered in
 * error with a reason, and stays readable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(4)
class NoteLifecycleTest {

	static final String NOTE = "t-n-cosign";

	static {
		TestCharts.seed();
		// the intern has an account, so that the queue can name them ("Test t-intern")
		TestLogin.session("t-intern", java.util.Set.of("clinician"));
		RecordStore store = TestCharts.store();
		if (store.read(NOTE).isEmpty()) {
			// An intern's signed note that needs a supervisor's co-signature.
			SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
			note.setId(NOTE);
			note.setPatientId("t-p-quill");
			note.setEpisodeId("t-e-quill");
			note.setAuthorId("t-intern");
			note.setServiceType(ServiceType.INDIVIDUAL);
			note.setModality(Modality.VIDEO);
			Instant start = TestCharts.TODAY.minusDays(1).atTime(15, 0).atZone(java.time.ZoneId.systemDefault()).toInstant();
			note.setStartedAt(start);
			note.setEndedAt(start.plus(45, ChronoUnit.MINUTES));
			NoteFormats.apply(note, NoteFormat.DAP);
			note.getSections().forEach(section -> section.setText("Intern's " + section.getKey()));
			Signature signature = CairnFactory.eINSTANCE.createSignature();
			signature.setSignerId("t-intern");
			signature.setRole(SignerRole.CLINICIAN);
			signature.setSignedAt(start.plus(2, ChronoUnit.HOURS));
			note.setSignature(signature);
			note.setStatus(NoteStatus.SIGNED);
			note.setCoSignatureRequired(true);
			store.save(note, 0, "t-intern", "signed");
		}
	}

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@Test
	@Order(1)
	void aSupervisorCoSignsFromTheQueue(UiBot bot) {
		CTabItem tab = bot.tab("To Co-sign");
		bot.run(() -> {
			tab.getParent().setSelection(tab);
			Event event = new Event();
			event.item = tab;
			tab.getParent().notifyListeners(SWT.Selection, event);
		});
		Table queue = bot.byId(Table.class, "cosign.table");
		bot.waitUntil("the intern's note is queued", () -> bot.call(queue::getItemCount) == 1);
		assertEquals("Quill, Avery", bot.call(() -> queue.getItem(0).getText(1)));
		assertEquals("Individual counselling", bot.call(() -> queue.getItem(0).getText(2)));
		assertEquals("Test t-intern", bot.call(() -> queue.getItem(0).getText(3)), "the author by name, not by login id");
		for (int column = 0; column < 4; column++) {
			int index = column;
			assertTrue(bot.call(() -> {
				org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(queue);
				try {
					return gc.textExtent(queue.getItem(0).getText(index)).x <= queue.getColumn(index).getWidth();
				} finally {
					gc.dispose();
				}
			}), "column " + index + " is wide enough for its text");
		}
		assertTrue(bot.textOf(bot.byId(Label.class, "cosign.summary")).startsWith("1 note waits for a supervisor's co-signature"));
		bot.screenshot("cosign-queue");

		bot.run(() -> {
			queue.setFocus();
			queue.setSelection(0);
		});
		bot.press(0, SWT.CR);
		Label state = bot.byId(Label.class, "note.state");
		bot.waitUntil("the note opens awaiting its co-signature", () -> bot.textOf(state).contains("awaiting a supervisor's co-signature"));
		assertTrue(!bot.call(bot.byId(Text.class, "note.section.D")::getEditable), "a signed note is read-only");
		PatientListAndChartTest.push(bot, "note.cosign");
		TestLogin.confirm(bot, "Co-sign the note");
		// people by name: the intern's and the supervisor's accounts are named "Test <id>"
		bot.waitUntil("the note is co-signed", () -> bot.textOf(state).startsWith("Signed by Test t-intern on ")
				&& bot.textOf(state).contains("co-signed by Test " + TestLogin.USER));
		SessionNote stored = (SessionNote) TestCharts.store().read(NOTE).orElseThrow().record();
		assertEquals(SignerRole.SUPERVISOR, stored.getCoSignature().getRole());
		assertEquals(TestLogin.USER, stored.getCoSignature().getSignerId());
		bot.waitUntil("the queue is empty", () -> bot.textOf(bot.byId(Label.class, "cosign.summary")).equals("No notes are waiting for a co-signature."));
	}

	@Test
	@Order(2)
	void aCorrectionIsASignedAddendumBesideTheUnchangedText(UiBot bot) {
		PatientListAndChartTest.push(bot, "note.addendum");
		bot.shell("Add an Addendum");
		Button ok = bot.byId(Button.class, "note.addendum.entry.ok");
		assertTrue(!bot.call(ok::isEnabled), "an empty addendum cannot be added");
		Text entry = bot.byId(Text.class, "note.addendum.entry");
		bot.run(entry::setFocus);
		bot.type("Client called after the session to report a lapse");
		bot.waitUntil("the addendum can be added", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		TestLogin.confirm(bot, "Add an Addendum");
		bot.waitUntil("the addendum is shown", () -> bot.findAll(Text.class).stream()
				.anyMatch(text -> "Client called after the session to report a lapse".equals(bot.textOf(text))));
		RecordStore store = TestCharts.store();
		bot.waitUntil("the addendum is stored as a version", () -> store.history(NOTE).size() == 3);
		SessionNote stored = (SessionNote) store.read(NOTE).orElseThrow().record();
		assertEquals(NoteStatus.SIGNED, stored.getStatus());
		assertEquals("Intern's D", stored.getSections().get(0).getText(), "the signed text is unchanged");
		assertEquals(TestLogin.USER, stored.getAddenda().get(0).getSignature().getSignerId(), "the addendum is signed");
		assertTrue(bot.findAll(Label.class).stream().anyMatch(label -> bot.textOf(label).startsWith("Addendum by Test " + TestLogin.USER + " on ")),
				"the addendum names its author by name");
		// the sections keep their height beside the addendum (they once shrank to one clipped line)
		Text data = bot.byId(Text.class, "note.section.D");
		bot.flush();
		int lineHeight = bot.call(data::getLineHeight);
		assertTrue(bot.call(() -> data.getSize().y) >= 3 * lineHeight, "the D section shows several lines, not one: " + bot.call(data::getSize));
		bot.screenshot("note-after-addendum");
	}

	@Test
	@Order(3)
	void aNoteEnteredInErrorNeedsAReasonAndStaysReadable(UiBot bot) {
		PatientListAndChartTest.push(bot, "note.errorMark");
		bot.shell("Mark the Note Entered in Error");
		Button ok = bot.byId(Button.class, "note.errorMark.reason.ok");
		Text reason = bot.byId(Text.class, "note.errorMark.reason");
		bot.run(reason::setFocus);
		bot.type("oops");
		bot.waitUntil("a reason of a few letters is not enough", () -> bot.findAll(Text.class).stream()
				.anyMatch(text -> bot.textOf(text).startsWith("Reason: say in a few words")) || bot.findAll(Label.class).stream()
						.anyMatch(label -> bot.textOf(label).startsWith("Reason: say in a few words")));
		assertTrue(!bot.call(ok::isEnabled));
		bot.type(", written in the wrong chart");
		bot.waitUntil("the reason is accepted", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		Label state = bot.byId(Label.class, "note.state");
		bot.waitUntil("the note says it is in error, by whom by name", () -> bot.textOf(state).startsWith("Entered in error by Test " + TestLogin.USER + " on "));
		assertTrue(bot.textOf(state).endsWith("oops, written in the wrong chart"), bot.textOf(state));
		RecordStore store = TestCharts.store();
		SessionNote stored = (SessionNote) store.read(NOTE).orElseThrow().record();
		assertEquals(NoteStatus.ENTERED_IN_ERROR, stored.getStatus());
		assertEquals(4, store.history(NOTE).size(), "signed, co-signed, amended, marked: every version kept");
		assertEquals("Intern's D", bot.textOf(bot.byId(Text.class, "note.section.D")), "still readable");
		assertEquals("ENTERED_IN_ERROR", store.timeline("t-p-quill", java.util.Set.of("SessionNote")).stream()
				.filter(entry -> entry.recordId().equals(NOTE)).findFirst().orElseThrow().status());
		assertEquals(List.of(), store.worklist("SessionNote", "AWAITING_COSIGNATURE", 10));
		bot.screenshot("note-entered-in-error");
	}
}
