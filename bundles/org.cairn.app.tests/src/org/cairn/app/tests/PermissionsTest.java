package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Each action checks the signed-in person's permissions, in the real workbench: intake staff see demographics, not
 * clinical records; administrators see no patients; only auditors and administrators read the audit log. A refused
 * action says why and is audited.
 */
@Order(15)
class PermissionsTest {

	private static RunningWorkbench start(String user, Set<String> roles) {
		TestCharts.seed();
		return RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT, Map.of(Session.class.getName(), TestLogin.session(user, roles)));
	}

	private static AuditEvent latestDenial(RecordStore store, String user) {
		return store.auditTrail(null, 200).stream().filter(e -> e.action() == Action.PERMISSION_DENIED && user.equals(e.user())).findFirst()
				.orElseThrow(() -> new AssertionError("no PERMISSION_DENIED event of " + user));
	}

	@Test
	void intakeStaffFindPatientsButNotTheirClinicalRecords() {
		RecordStore store = TestCharts.store();
		try (RunningWorkbench workbench = start("t-intake", Set.of("intake"))) {
			UiBot bot = workbench.bot();
			Text search = bot.byId(Text.class, "patients.search");
			bot.click(search);
			bot.type("quill");
			Table patients = bot.byId(Table.class, "patients.table");
			bot.waitUntil("the patient is found: intake staff see demographics", () -> bot.call(patients::getItemCount) == 1);
			bot.press(0, org.eclipse.swt.SWT.CR);
			Label message = bot.byId(Label.class, "chart.restricted.message");
			bot.waitUntil("the chart says why it shows no records", () -> bot.textOf(message)
					.equals("Your role (intake) does not allow you to read clinical records. An administrator can give you a role that does."));
			assertEquals("Clinical records are not shown", bot.textOf(bot.byId(Label.class, "chart.restricted.title")));
			bot.screenshot("permissions-intake-chart");
			bot.waitUntil("the refusal is audited", () -> store.auditTrail("t-p-quill", 50).stream()
					.anyMatch(e -> e.action() == Action.PERMISSION_DENIED && "t-intake".equals(e.user())));
			AuditEvent denied = latestDenial(store, "t-intake");
			assertEquals(Outcome.DENIED, denied.outcome());
			assertEquals("CLINICAL_READ: chart.open", denied.detail());
			assertTrue(store.auditTrail("t-p-quill", 50).stream().noneMatch(e -> e.action() == Action.CHART_OPEN && "t-intake".equals(e.user())),
					"nothing of the chart was read");

			bot.menu("View", "Audit Log...");
			bot.shell("Cannot open the audit log");
			assertTrue(bot.findAll(Label.class).stream().anyMatch(l -> bot.textOf(l)
					.equals("Your role (intake) does not allow you to read the audit log. An administrator can give you a role that does.")));
			bot.screenshot("permissions-intake-audit");
			bot.click(bot.button("OK"));
			assertEquals("AUDIT_READ: open the audit log", latestDenial(store, "t-intake").detail());

			bot.menu("View", "Reports...");
			bot.shell("Cannot see the programme's reports");
			assertTrue(bot.findAll(Label.class).stream().anyMatch(l -> bot.textOf(l)
					.equals("Your role (intake) does not allow you to see the programme's reports. An administrator can give you a role that does.")));
			bot.click(bot.button("OK"));
			assertEquals("REPORTS_READ: see the programme's reports", latestDenial(store, "t-intake").detail());
			assertTrue(!bot.call(() -> bot.menuItem("Chart", "Export Record...").isEnabled()), "no record of the chart to export");
		}
	}

	@Test
	void administratorsSeeNoPatientsAndReadTheAuditLog() {
		try (RunningWorkbench workbench = start("t-administrator", Set.of("administrator"))) {
			UiBot bot = workbench.bot();
			Label summary = bot.byId(Label.class, "patients.summary");
			bot.waitUntil("the list says why it is empty", () -> bot.textOf(summary)
					.equals("Your role (administrator) does not allow you to see patients' names and details. An administrator can give you a role that does."));
			assertEquals(0, (int) bot.call(() -> bot.byId(Table.class, "patients.table").getItemCount()));
			assertTrue(!bot.call(() -> bot.byId(Text.class, "patients.search").getEnabled()), "there is nothing to search");
			bot.menu("View", "Audit Log...");
			bot.shell("Audit Log");
			bot.screenshot("permissions-admin-audit");
			bot.press(0, org.eclipse.swt.SWT.ESC);
			bot.menu("View", "Reports...");
			bot.shell("Reports");
			org.eclipse.swt.widgets.List reports = bot.byId(org.eclipse.swt.widgets.List.class, "reports.list");
			bot.waitUntil("an administrator sees the programme's reports (counts, no names)", () -> bot.call(reports::getItemCount) == 5);
			bot.click(bot.button("Close"));
		}
	}
}
