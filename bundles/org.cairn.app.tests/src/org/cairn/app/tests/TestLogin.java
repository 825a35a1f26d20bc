package org.cairn.app.tests;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Session;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Signs the workbench tests in: a real account in the test database, authenticated through the accounts service,
 * its session handed to the workbench as the product's life cycle accepts it from a harness. The login dialog itself
 * is tested in {@link LoginTest}.
 */
final class TestLogin {

	/** The test account: every role, so that the workbench tests reach every action. */
	static final String USER = "t-staff";
	static final char[] PASSWORD = "a long test passphrase".toCharArray();
	static final Set<String> ALL_ROLES = Set.of("clinician", "prescriber", "supervisor", "intake", "administrator", "auditor");

	private TestLogin() {
	}

	/** The workbench, started signed in as {@link #USER}. */
	static WorkbenchExtension workbench(String... args) {
		return WorkbenchExtension.cairn(args).withArguments(TestLogin::arguments);
	}

	/** The application arguments that start the workbench signed in as {@link #USER}. */
	static Map<String, Object> arguments() {
		return Map.of(Session.class.getName(), session(USER, ALL_ROLES));
	}

	/** Signs {@code user} in with {@code roles}, creating the account (and first setting up the database) when needed. */
	static Session session(String user, Set<String> roles) {
		Accounts accounts = accounts();
		if (accounts.find(user).isEmpty()) {
			accounts.create(admin(), user, "Test " + user, roles, PASSWORD);
		} else if (!accounts.find(user).orElseThrow().roles().equals(roles)) {
			accounts.setRoles(admin(), user, roles);
		}
		return signIn(user);
	}

	/**
	 * The test facility's administrator (t-admin), signed in, first setting up the database when needed: whoever adds
	 * the test accounts and changes the facility's settings, as the accounts service requires.
	 */
	static Session admin() {
		Accounts accounts = accounts();
		if (!accounts.isSetUp()) {
			accounts.setUp("Test Recovery Centre", "t-admin", "Test Administrator", PASSWORD);
		}
		return signIn("t-admin");
	}

	private static Session signIn(String user) {
		Authentication login = accounts().authenticate(user, PASSWORD);
		if (login instanceof Authentication.Success success) {
			return new Session(success, Instant.now());
		}
		throw new AssertionError("The test account could not sign in: " + login);
	}

	/** Answers the password confirmation titled {@code title} (signing) with the test account's password. */
	static void confirm(UiBot bot, String title) {
		bot.shell(title);
		Text password = bot.byId(Text.class, "confirm.password");
		bot.run(() -> password.setText(new String(PASSWORD)));
		bot.click(bot.byId(Button.class, "confirm.ok"));
	}

	static Accounts accounts() {
		return service(Accounts.class);
	}

	/** A service of the running Cairn (the accounts, the clinical services), waited for as the workbench waits. */
	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(TestLogin.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(60_000);
			if (service == null) {
				throw new AssertionError("The service " + type.getSimpleName() + " did not start");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
