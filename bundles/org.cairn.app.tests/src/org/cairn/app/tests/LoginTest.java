package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The login before the workbench, driven in the real dialog: a wrong password is refused in words and audited, the
 * right one opens the workbench signed in as that person, and Quit ends Cairn without opening a window.
 */
@Order(14)
class LoginTest {

	private static final String NURSE = "t-login-nurse";
	private static final String WINDOW = "Sign in \u2013 Cairn";

	private static void fill(UiBot bot, String user, String password) {
		Text name = bot.byId(Text.class, "login.user");
		Text secret = bot.byId(Text.class, "login.password");
		bot.run(() -> {
			name.setText(user);
			secret.setText(password);
		});
	}

	private static boolean showing(UiBot bot, String message) {
		// the dialog's message area may pad the text it shows
		return bot.findAll(Control.class).stream().anyMatch(c -> bot.textOf(c) != null && bot.textOf(c).strip().equals(message));
	}

	@Test
	void aWrongPasswordIsRefusedInWordsAndTheRightOneOpensTheWorkbenchSignedIn() {
		TestLogin.session(NURSE, Set.of("prescriber"));
		RecordStore store = TestCharts.store();
		long before = store.auditTrail(null, 10_000).size();
		try (RunningWorkbench workbench = RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT, Map.of(), bot -> {
			assertNotNull(bot.shell(WINDOW));
			fill(bot, NURSE, "not the password at all");
			bot.click(bot.byId(Button.class, "login.signIn"));
			try {
				bot.waitUntil("the refusal is shown", () -> showing(bot, org.cairn.security.Accounts.SIGN_IN_REFUSED));
			} finally {
				bot.screenshot("login-refused");
			}
			assertEquals("", bot.textOf(bot.byId(Text.class, "login.password")), "a refused password is cleared");
			fill(bot, NURSE, new String(TestLogin.PASSWORD));
			bot.click(bot.byId(Button.class, "login.signIn"));
		})) {
			UiBot bot = workbench.bot();
			Session signedIn = bot.call(() -> workbench.context().get(Session.class));
			assertEquals(NURSE, signedIn.userId(), "the workbench's context has the session of the person who signed in");
			assertEquals("Cairn", bot.call(() -> bot.mainShell().getText()), "the title names the product, not the person");
			List<AuditEvent> events = store.auditTrail(null, 10_000);
			List<AuditEvent> latest = events.subList(0, (int) (events.size() - before));
			assertEquals(List.of(Action.LOGIN, Action.LOGIN_FAILED),
					latest.stream().filter(e -> NURSE.equals(e.user())).map(AuditEvent::action).limit(2).toList());
		}
		assertEquals(Action.LOGOUT, store.auditTrail(null, 10).stream().filter(e -> NURSE.equals(e.user())).findFirst().orElseThrow().action(),
				"closing the workbench signs out");
	}

	@Test
	void quittingAtTheLoginEndsCairnWithoutOpeningTheWorkbench() {
		TestLogin.session(NURSE, Set.of("prescriber"));
		RecordStore store = TestCharts.store();
		int before = store.auditTrail(null, 10_000).size();
		Object exit = RunningWorkbench.runToEndDuringStartUp(WorkbenchExtension.CAIRN_PRODUCT, Map.of(), bot -> {
			assertNotNull(bot.shell(WINDOW));
			bot.click(bot.byId(Button.class, "login.quit"));
		});
		assertEquals(IApplication.EXIT_OK, exit);
		assertEquals(before, store.auditTrail(null, 10_000).size(), "no one signed in, nothing was read");
	}
}
