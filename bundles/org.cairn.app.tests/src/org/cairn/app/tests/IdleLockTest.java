package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.cairn.ui.security.IdleLock;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A workstation left alone locks itself: every window with patient data is hidden, the signed-in person's password
 * unlocks it (a wrong one is refused), and unsaved work is still there afterwards. Locking and unlocking are audited.
 */
@Order(16)
class IdleLockTest {

	/** A user of its own, so that the draft this test leaves does not reopen in other tests' workbenches. */
	private static final String USER = "t-idle";

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = WorkbenchExtension.cairn()
			.withArguments(() -> java.util.Map.of(org.cairn.security.Session.class.getName(), TestLogin.session(USER, TestLogin.ALL_ROLES)));

	private static final String UNSAVED = "Client describes the week without using";

	/** Whether the note editor's part is dirty (its unsaved text not stored as a version). */
	private static boolean noteIsDirty(UiBot bot, RunningWorkbench workbench) {
		return bot.call(() -> workbench.context().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
				.findElements(workbench.application(), null, org.eclipse.e4.ui.model.application.ui.basic.MPart.class, null).stream()
				.anyMatch(part -> String.valueOf(part.getContributionURI()).endsWith("NoteEditorPart") && part.isDirty()));
	}

	@Test
	void anIdleWorkstationHidesThePatientAndUnlocksWithThePasswordKeepingUnsavedWork(UiBot bot, RunningWorkbench workbench) {
		TestCharts.seed();
		TestCharts.openChart(bot, "quill", "Quill");
		bot.menu("Chart", "New Session Note...");
		Text data = bot.byId(Text.class, "note.section.D");
		bot.run(data::setFocus);
		bot.type(UNSAVED);
		bot.waitUntil("the note is unsaved", () -> noteIsDirty(bot, workbench));

		IdleLock lock = bot.call(() -> workbench.context().get(IdleLock.class));
		assertEquals(Duration.ofMinutes(10), lock.timeout(), "the facility's default idle time");
		lock.setTimeout(Duration.ofSeconds(2));
		bot.withTimeout(Duration.ofSeconds(30)).shell("Cairn is locked");
		assertNull(bot.mainShell(), "the main window is hidden while locked");
		List<String> shown = bot.findAll(Control.class).stream().map(bot::textOf).toList();
		assertTrue(shown.stream().noneMatch(text -> text.contains("Quill") || text.contains(UNSAVED)),
				"nothing of the patient is on screen: " + shown);
		bot.screenshot("idle-locked");
		lock.setTimeout(Duration.ofMinutes(10));

		Text password = bot.byId(Text.class, "unlock.password");
		bot.run(() -> password.setText("not my password"));
		bot.click(bot.byId(Button.class, "unlock.ok"));
		bot.waitUntil("a wrong password is refused", () -> bot.findAll(Text.class).stream()
				.anyMatch(t -> bot.textOf(t).strip().equals("The password is wrong.")));
		assertNull(bot.mainShell(), "still locked");

		bot.run(() -> password.setText(new String(TestLogin.PASSWORD)));
		bot.click(bot.byId(Button.class, "unlock.ok"));
		bot.waitUntil("the workbench is back", () -> bot.mainShell() != null);
		assertEquals(UNSAVED, bot.textOf(bot.byId(Text.class, "note.section.D")), "the unsaved text is kept");
		assertTrue(noteIsDirty(bot, workbench), "the note is still unsaved, not saved behind the person's back");

		RecordStore store = TestCharts.store();
		List<Action> actions = store.auditTrail(null, 20).stream().filter(e -> USER.equals(e.user())).map(AuditEvent::action)
				.limit(3).toList();
		assertEquals(List.of(Action.UNLOCK, Action.LOGIN_FAILED, Action.LOCK), actions);
		assertEquals("wrong password (1 in a row) (unlocking)", store.auditTrail(null, 20).stream()
				.filter(e -> e.action() == Action.LOGIN_FAILED).findFirst().orElseThrow().detail());
		bot.press(org.eclipse.swt.SWT.MOD1, 'l');
		bot.shell("Cairn is locked");
		assertEquals("Locked. Test t-idle (t-idle): enter your password to go on.",
				bot.findAll(Text.class).stream().map(bot::textOf).map(String::strip).filter(t -> t.startsWith("Locked")).findFirst().orElseThrow(),
				"File > Lock locks at once and says so");
		Text again = bot.byId(Text.class, "unlock.password");
		bot.run(() -> again.setText(new String(TestLogin.PASSWORD)));
		bot.click(bot.byId(Button.class, "unlock.ok"));
		bot.waitUntil("the workbench is back", () -> bot.mainShell() != null);
	}
}
