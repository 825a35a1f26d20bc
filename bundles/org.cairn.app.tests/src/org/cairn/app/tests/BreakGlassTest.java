package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.security.Accounts;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.audit.AuditLogDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A facility that keeps charts to caseloads: the care team opens its patient's chart; anyone else sees why not and may
 * open it by emergency access with a stated reason, which is audited as BREAK_GLASS and flagged for review.
 */
@Order(18)
class BreakGlassTest {

	private static RunningWorkbench start(String user) {
		TestCharts.seed();
		return RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT, Map.of(Session.class.getName(), TestLogin.session(user, Set.of("clinician"))));
	}

	private static void search(UiBot bot, String query) {
		Text search = bot.byId(Text.class, "patients.search");
		bot.click(search);
		bot.type(query);
		org.eclipse.swt.widgets.Table patients = bot.byId(org.eclipse.swt.widgets.Table.class, "patients.table");
		bot.waitUntil("one patient is found", () -> bot.call(patients::getItemCount) == 1);
		bot.press(0, SWT.CR);
	}

	@Test
	void theCareTeamOpensItsChartAndAnyoneElseNeedsAStatedReason() {
		Accounts accounts = TestLogin.accounts();
		RecordStore store = TestCharts.store();
		accounts.setSetting(TestLogin.admin(), Accounts.CHART_ACCESS, "caseload");
		try {
			// Avery Quill's counsellor is t-counsellor-b: on the care team, the chart opens as usual.
			try (RunningWorkbench workbench = start("t-counsellor-b")) {
				TestCharts.openChart(workbench.bot(), "quill", "Quill");
			}

			try (RunningWorkbench workbench = start("t-outsider")) {
				UiBot bot = workbench.bot();
				search(bot, "quill");
				bot.waitUntil("the chart says it is outside the caseload",
						() -> bot.textOf(bot.byId(Label.class, "chart.outside.title")).equals("Outside your caseload"));
				assertTrue(store.auditTrail("t-p-quill", 20).stream().noneMatch(e -> "t-outsider".equals(e.user())), "nothing was opened");
				bot.screenshot("break-glass-outside");

				Button emergency = bot.byId(Button.class, "chart.emergency");
				bot.display().asyncExec(() -> emergency.notifyListeners(SWT.Selection, new Event()));
				bot.shell("Emergency access to a chart");
				Text reason = bot.byId(Text.class, "chart.emergency.reason");
				Button ok = bot.byId(Button.class, "chart.emergency.reason.ok");
				bot.run(() -> reason.setText("urgent"));
				assertTrue(!bot.call(ok::isEnabled), "a reason of a word is not enough");
				String why = "Covering the overnight dosing window; client reports a missed dose";
				bot.run(() -> reason.setText(why));
				bot.waitUntil("the reason can be given", () -> bot.call(ok::isEnabled));
				bot.display().asyncExec(() -> ok.notifyListeners(SWT.Selection, new Event()));
				bot.waitUntil("the chart opens", () -> bot.textOf(bot.byId(Label.class, "chart.name")).startsWith("Quill"));

				List<AuditEvent> events = store.auditTrail("t-p-quill", 20).stream().filter(e -> "t-outsider".equals(e.user())).toList();
				assertEquals(List.of(Action.CHART_OPEN, Action.BREAK_GLASS), events.stream().map(AuditEvent::action).limit(2).toList());
				assertEquals(why, events.get(1).detail(), "the stated reason is in the audit log");
				assertEquals("emergency access", events.get(0).detail());
				assertTrue(AuditLogDialog.flagged(events.get(1)), "emergency access is flagged for review");
			}
		} finally {
			accounts.setSetting(TestLogin.admin(), Accounts.CHART_ACCESS, "all");
		}
	}
}
