package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.audit.AuditLogDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** View › Audit Log: the events filtered by patient, user, action and dates; the chain verified; the list exported. */
@Order(13)
class AuditLogDialogTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	/** The dialog with the export file chosen by the test. */
	static final class Chosen extends AuditLogDialog {
		private final Path file;

		Chosen(Shell parent, Path file) {
			super(parent, TestLogin.service(org.cairn.clinical.AuditLog.class), WORKBENCH.workbench().context().get(org.cairn.security.Session.class));
			this.file = file;
		}

		@Override
		protected Path chooseExportFile() {
			return file;
		}
	}

	@Test
	void eventsAreFilteredVerifiedAndExported(UiBot bot) throws Exception {
		TestLogin.service(org.cairn.clinical.AuditLog.class); // started before the dialog asks for it
		RecordStore store = TestCharts.store();
		Instant at = Instant.parse("2026-11-02T10:15:00Z");
		store.audit(new AuditEvent(at, "t-auditor", "desk-3", "t-p-audit", null, Action.CHART_OPEN, Outcome.SUCCESS, null));
		store.audit(new AuditEvent(at.plusSeconds(60), "t-auditor", "desk-3", "t-p-audit", "t-n-audit", Action.PRINT, Outcome.SUCCESS, null));
		store.audit(new AuditEvent(at.plusSeconds(120), "t-other", "desk-4", "t-p-audit", null, Action.BREAK_GLASS, Outcome.SUCCESS,
				"covering for the on-call clinician, the patient asked for her dose record"));
		Path export = Files.createTempDirectory("audit-export").resolve("audit-log.csv");

		Shell main = bot.mainShell();
		bot.display().asyncExec(() -> new Chosen(main, export).open());
		bot.shell("Audit Log");
		Table table = bot.byId(Table.class, "audit.table");
		Label summary = bot.byId(Label.class, "audit.summary");
		bot.waitUntil("the newest events are listed", () -> bot.call(table::getItemCount) >= 3);

		set(bot, "audit.patient", "t-p-audit");
		search(bot);
		bot.waitUntil("the patient's three events", () -> bot.call(table::getItemCount) == 3);
		assertEquals("3 events, newest first.", bot.textOf(summary));
		assertEquals(List.of("t-other", "desk-4", "BREAK_GLASS", "SUCCESS", "t-p-audit"), bot.call(() -> List.of(table.getItem(0).getText(2),
				table.getItem(0).getText(3), table.getItem(0).getText(4), table.getItem(0).getText(5), table.getItem(0).getText(6))));

		set(bot, "audit.user", "t-auditor");
		Combo action = bot.byId(Combo.class, "audit.action");
		bot.run(() -> action.select(action.indexOf("PRINT")));
		search(bot);
		bot.waitUntil("one print by the auditor", () -> bot.call(table::getItemCount) == 1);
		assertEquals("t-n-audit", bot.call(() -> table.getItem(0).getText(7)));

		bot.run(() -> action.select(0));
		set(bot, "audit.user", "");
		set(bot, "audit.from", "2026-11-02");
		set(bot, "audit.to", "2026-11-01");
		search(bot);
		bot.waitUntil("an empty range finds nothing", () -> bot.textOf(summary).equals("No events match."));
		set(bot, "audit.to", "2 Nov");
		search(bot);
		bot.waitUntil("a badly written date is named", () -> bot.textOf(summary).startsWith("Dates are written yyyy-mm-dd"));
		set(bot, "audit.to", "2026-11-02");
		search(bot);
		bot.waitUntil("the day's three events", () -> bot.call(table::getItemCount) == 3);
		bot.screenshot("audit-log");

		Button verify = bot.byId(Button.class, "audit.verify");
		bot.display().asyncExec(() -> verify.notifyListeners(SWT.Selection, new Event()));
		Shell check = bot.shell("Audit log check");
		assertTrue(bot.findAll(Label.class).stream().map(bot::textOf).anyMatch(text -> text.startsWith("The audit log is intact: ")), "the chain holds");
		bot.press(0, SWT.CR);
		bot.waitUntil("the check closes", () -> bot.call(check::isDisposed));

		Button exportButton = bot.byId(Button.class, "audit.export");
		bot.display().asyncExec(() -> exportButton.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the export is reported", () -> bot.textOf(summary).startsWith("Exported 3 events to "));
		List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
		assertEquals("number,time,user,workstation,action,outcome,patient,record,detail", lines.get(0));
		assertEquals(4, lines.size());
		assertTrue(lines.get(1).endsWith(",2026-11-02T10:17:00Z,t-other,desk-4,BREAK_GLASS,SUCCESS,t-p-audit,,"
				+ "\"covering for the on-call clinician, the patient asked for her dose record\""), lines.get(1));
		AuditEvent exported = store.auditTrail(null, 1).get(0);
		assertEquals(Action.EXPORT, exported.action());
		assertEquals("audit log, 3 events", exported.detail());
		bot.press(0, SWT.ESC);
	}

	private static void set(UiBot bot, String id, String text) {
		Text field = bot.byId(Text.class, id);
		bot.run(() -> field.setText(text));
	}

	private static void search(UiBot bot) {
		Button search = bot.byId(Button.class, "audit.search");
		bot.run(() -> search.notifyListeners(SWT.Selection, new Event()));
	}
}
