package org.cairn.ui.security;

import java.time.Duration;
import java.util.Optional;

import org.cairn.security.Accounts;
import org.cairn.security.Session;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Who may use the workbench, decided before it opens: on a new database the setup wizard makes the first
 * administrator; otherwise the login dialog. Called by the product's life cycle on the UI thread.
 */
public final class Login {

	/** How long the login waits for the accounts service (the first lookup opens and upgrades the database). */
	static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(90);

	private Login() {
	}

	/**
	 * Signs someone in: the setup wizard on first run, else the login dialog, until a login succeeds or the person
	 * quits. Empty when they quit, or when the record database could not be opened (said in a dialog).
	 *
	 * @param accounts the accounts service from {@link #accounts()}, or null when it did not start
	 */
	public static Optional<Session> signIn(Accounts accounts, String product) {
		if (accounts == null) {
			MessageDialog.openError(null, Messages.format("login.unavailable.title", product), Messages.format("login.unavailable", product));
			return Optional.empty();
		}
		Session session;
		try {
			if (!accounts.isSetUp()) {
				SetupWizard wizard = new SetupWizard(accounts, product);
				WizardDialog dialog = new WizardDialog(null, wizard);
				dialog.setPageSize(480, 260);
				if (dialog.open() != Window.OK) {
					return Optional.empty();
				}
				session = wizard.session();
			} else {
				String facility = accounts.setting(Accounts.FACILITY_NAME).orElse(null);
				LoginDialog dialog = new LoginDialog(null, accounts, product, facility, null);
				if (dialog.open() != Window.OK) {
					return Optional.empty();
				}
				session = dialog.session();
			}
		} catch (RuntimeException e) {
			MessageDialog.openError(null, Messages.format("login.unavailable.title", product),
					Messages.format("login.failed", product, e.getClass().getSimpleName()));
			throw e;
		}
		SignedIn.set(session);
		return Optional.ofNullable(session);
	}

	/** Ends the session of whoever is signed in (a LOGOUT audit event); nothing happens when no one is. */
	public static void signOut() {
		SignedIn.find().ifPresent(session -> IdleLock.audit(session, org.cairn.store.AuditEvent.Action.LOGOUT, null));
		SignedIn.set(null);
		Caseload.clear();
	}

	/** The accounts service, waiting for it to start (getting it opens and upgrades the record database); null if it does not. */
	public static Accounts accounts() {
		try {
			return tracker().waitForService(SERVICE_TIMEOUT.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static ServiceTracker<Accounts, Accounts> tracker;

	private static synchronized ServiceTracker<Accounts, Accounts> tracker() {
		if (tracker == null) {
			BundleContext context = FrameworkUtil.getBundle(Login.class).getBundleContext();
			tracker = new ServiceTracker<>(context, Accounts.class, null);
			tracker.open();
		}
		return tracker;
	}
}
