package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.cairn.security.Accounts;
import org.cairn.security.Session;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A facility that keeps charts to caseloads: a group writes a note into each client's chart, so a counsellor can add
 * only clients whose charts are open to them; the groups service decides, and the group session says why not.
 */
@Order(19)
class GroupCaseloadTest {

	@Test
	void aCounsellorAddsOnlyClientsWhoseChartsAreOpenToThem() {
		TestCharts.seed();
		Accounts accounts = TestLogin.accounts();
		accounts.setSetting(TestLogin.admin(), Accounts.CHART_ACCESS, "caseload");
		// Avery Quill's counsellor is t-counsellor-b; José María Núñez's is t-counsellor-a
		try (RunningWorkbench workbench = RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT,
				Map.of(Session.class.getName(), TestLogin.session("t-counsellor-b", Set.of("clinician"))))) {
			UiBot bot = workbench.bot();
			bot.press(SWT.MOD1 | SWT.SHIFT, 'g');
			Label state = bot.byId(Label.class, "group.state");
			bot.waitUntil("a new group is open", () -> bot.textOf(state).startsWith("New group session"));
			Table roster = bot.byId(Table.class, "group.roster");

			GroupSessionPartTest.choose(bot, "nunez");
			bot.waitUntil("the reason is said", () -> bot.textOf(state).startsWith("Núñez, José María is not in your caseload"));
			assertEquals(0, (int) bot.call(roster::getItemCount), "nobody outside the caseload is added");
			bot.screenshot("group-outside-caseload");

			GroupSessionPartTest.choose(bot, "quill");
			bot.waitUntil("the counsellor's own client is added", () -> bot.call(roster::getItemCount) == 1);
		} finally {
			accounts.setSetting(TestLogin.admin(), Accounts.CHART_ACCESS, "all");
		}
	}
}
