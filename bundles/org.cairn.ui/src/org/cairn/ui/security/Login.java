package org.cairn.ui.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cairn.security.Accounts;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.ui.data.OffTheDisplay;
import org.cairn.store.DatabaseKeys;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
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
	 * Opens the record database before the login when that needs no password (a plain database, or one opened
	 * already), so that the splash says what start-up is waiting for; an encrypted one opens with the login.
	 */
	public static void prepare() {
		DatabaseKeys keys = keys();
		DatabaseKeys.State state = keys == null ? DatabaseKeys.State.PLAIN : keys.state();
		if (state == DatabaseKeys.State.PLAIN || state == DatabaseKeys.State.OPEN) {
			accounts();
		}
	}

	/**
	 * Signs someone in: the setup wizard on first run (which makes a new embedded database encrypted), else the login
	 * dialog (which opens an encrypted database with the person's password), until a login succeeds or the person
	 * quits. Empty when they quit, or when the record database could not be opened (said in a dialog).
	 */
	public static Optional<Session> signIn(String product) {
		DatabaseKeys keys = keys();
		DatabaseKeys.State state = keys == null ? DatabaseKeys.State.PLAIN : keys.state();
		Session session;
		try {
			boolean firstRun;
			if (state == DatabaseKeys.State.NEW) {
				firstRun = true;
			} else if (state == DatabaseKeys.State.LOCKED) {
				firstRun = false;
			} else {
				// getting the accounts opens (and upgrades) the record database: not on the display thread
				Accounts accounts = OffTheDisplay.callBeforeAnyWindow(Login::accounts);
				if (accounts == null) {
					unavailable(product);
					return Optional.empty();
				}
				firstRun = !OffTheDisplay.callBeforeAnyWindow(accounts::isSetUp);
			}
			if (!firstRun) {
				String facility = state == DatabaseKeys.State.LOCKED ? null
						: OffTheDisplay.callBeforeAnyWindow(() -> accounts().setting(Accounts.FACILITY_NAME).orElse(null));
				LoginDialog dialog = new LoginDialog(null, Login::accounts, keys, product, facility);
				if (dialog.open() != Window.OK) {
					return Optional.empty();
				}
				session = dialog.session();
				firstRun = dialog.needsSetUp();
			} else {
				session = null;
			}
			if (firstRun) {
				SetupWizard wizard = new SetupWizard(Login::accounts, keys, product);
				WizardDialog dialog = new WizardDialog(null, wizard);
				dialog.setPageSize(480, 260);
				if (dialog.open() != Window.OK) {
					return Optional.empty();
				}
				session = wizard.session();
				if (wizard.recoveryKey() != null) {
					new RecoveryKeyDialog(null, wizard.recoveryKey(), product).open();
				}
			}
		} catch (RuntimeException e) {
			MessageDialog.openError(null, Messages.format("login.unavailable.title", product),
					Messages.format("login.failed", product, e.getClass().getSimpleName()));
			throw e;
		}
		if (session == null) {
			unavailable(product);
			return Optional.empty();
		}
		return Optional.of(session);
	}

	static void unavailable(String product) {
		MessageDialog.openError(null, Messages.format("login.unavailable.title", product), Messages.format("login.unavailable", product));
	}

	/** The embedded database's keys service (light: it opens nothing), or null when it is not there. */
	public static DatabaseKeys keys() {
		return service(DatabaseKeys.class);
	}

	/**
	 * Ends {@code session} (a LOGOUT audit event); nothing happens for none. Emergency access ends with it: the
	 * clinical services keep it per session.
	 */
	public static void signOut(Session session) {
		if (session != null) {
			// the windows are closed: nothing to keep painting while the event is written off the display thread
			OffTheDisplay.callBeforeAnyWindow(() -> {
				sessionEvent(session, AuditEvent.Action.LOGOUT, null);
				return null;
			});
		}
	}

	/**
	 * Audits a sign-out, a lock or an unlock of {@code session} through the accounts service, unless it cannot (then
	 * the store has logged why): the lock locks and the sign-out signs out all the same. Not on the display thread.
	 */
	static void sessionEvent(Session session, AuditEvent.Action action, String detail) {
		Accounts accounts = accounts();
		if (accounts == null) {
			return; // no record store: nothing of the records was shown either
		}
		try {
			accounts.sessionEvent(session, action, detail);
		} catch (RuntimeException e) {
			// said by the store's log; the workstation goes on
		}
	}

	/** The accounts service, waiting for it to start (getting it opens and upgrades the record database); null if it does not. */
	public static Accounts accounts() {
		return service(Accounts.class);
	}

	private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

	/** A service, waiting up to {@link #SERVICE_TIMEOUT} for it; the trackers stay open for the workstation's life. */
	private static <T> T service(Class<T> type) {
		ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, key -> {
			ServiceTracker<?, ?> opened = new ServiceTracker<>(FrameworkUtil.getBundle(Login.class).getBundleContext(), key.getName(), null);
			opened.open();
			return opened;
		});
		try {
			return type.cast(tracker.waitForService(SERVICE_TIMEOUT.toMillis()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
