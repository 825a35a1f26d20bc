package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.cairn.ui.security.IdleLock;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** View › Users: an administrator adds an account with its roles, disables it, and sets the idle-lock time. */
@Order(17)
class UsersDialogTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private static final String NEW = "t-new-nurse";

	private static void set(UiBot bot, String id, String text) {
		Text field = bot.byId(Text.class, id);
		bot.run(() -> field.setText(text));
	}

	private static void push(UiBot bot, String id) {
		Button button = bot.byId(Button.class, id);
		bot.waitUntil(id + " is enabled", () -> bot.call(button::isEnabled));
		// asynchronously: the button may open a dialog, whose event loop would hold a synchronous call
		bot.display().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	@Test
	void anAdministratorAddsDisablesAndSetsTheIdleTime(UiBot bot, RunningWorkbench workbench) {
		Accounts accounts = TestLogin.accounts();
		bot.menu("View", "Users...");
		bot.shell("Users");
		Table table = bot.byId(Table.class, "users.table");
		// the accounts are read in a job, not on the display thread
		bot.waitUntil("the accounts are listed", () -> bot.call(table::getItemCount) == accounts.list().size());
		int before = bot.call(table::getItemCount);

		push(bot, "users.add");
		bot.shell("Add a user");
		set(bot, "users.new.id", NEW);
		set(bot, "users.new.name", "Noor Haddad");
		Button prescriber = bot.byId(Button.class, "role.prescriber");
		bot.run(() -> {
			prescriber.setSelection(true);
			prescriber.notifyListeners(SWT.Selection, new Event());
		});
		set(bot, "users.new.password", "short");
		Button ok = bot.byId(Button.class, "users.new.ok");
		assertTrue(!bot.call(ok::isEnabled), "a weak password cannot be used");
		set(bot, "users.new.password", "a nurse's long passphrase");
		set(bot, "users.new.repeat", "a nurse's long passphrase");
		push(bot, "users.new.ok");
		bot.waitUntil("the new account is listed", () -> bot.call(table::getItemCount) == before + 1);
		bot.screenshot("users-dialog");
		assertEquals(Set.of("prescriber"), accounts.find(NEW).orElseThrow().roles());
		AuditEvent created = TestCharts.store().auditTrail(null, 5).stream().filter(e -> e.action() == Action.CONFIGURATION).findFirst().orElseThrow();
		assertEquals(TestLogin.USER, created.user(), "the change is in the administrator's name");
		assertEquals("account t-new-nurse created with the roles prescriber", created.detail());

		int row = bot.call(() -> {
			for (int i = 0; i < table.getItemCount(); i++) {
				if (table.getItem(i).getText(0).equals(NEW)) {
					return i;
				}
			}
			return -1;
		});
		bot.run(() -> {
			table.setSelection(row);
			table.notifyListeners(SWT.Selection, new Event());
		});
		push(bot, "users.disable");
		bot.shell("Disable the account");
		bot.click(bot.button("OK"));
		bot.waitUntil("the account shows disabled", () -> bot.call(() -> table.getItem(row).getText(3)).equals("Disabled"));
		assertEquals(new Authentication.Refused(Accounts.SIGN_IN_REFUSED),
				accounts.authenticate(NEW, "a nurse's long passphrase".toCharArray()));

		Spinner idle = bot.byId(Spinner.class, "users.idle");
		bot.run(() -> idle.setSelection(15));
		push(bot, "users.idle.apply");
		bot.waitUntil("the idle time is stored", () -> accounts.setting(Accounts.IDLE_LOCK_MINUTES).orElse("").equals("15"));
		IdleLock lock = bot.call(() -> workbench.context().get(IdleLock.class));
		bot.waitUntil("the running workstation takes it at once", () -> lock.timeout().equals(Duration.ofMinutes(15)));
		bot.click(bot.button("Close"));
		accounts.setSetting(TestLogin.admin(), Accounts.IDLE_LOCK_MINUTES, "10");
		assertInstanceOf(Authentication.Success.class, accounts.authenticate(TestLogin.USER, TestLogin.PASSWORD));
	}
}
