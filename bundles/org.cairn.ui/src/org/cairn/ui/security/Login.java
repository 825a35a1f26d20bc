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
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Who may use the workbench, decided before it opens: on a new database the setup wizard makes the first
 * administrator; otherwise the login dialog. Made by the product's life cycle for one workbench (and put into its
 * context), called on the UI thread; it waits for the database's keys and the accounts service, which the sign-in needs
 * before the workbench's context can give them, and lets them go when the workbench closes ({@link #close}).
 */
public final class Login {

	/** How long the login waits for the accounts service (the first lookup opens and upgrades the database). */
	static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(90);

	private final BundleContext bundleContext;
	private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

	/** A sign-in that finds the services through {@code bundleContext}. */
	public Login(BundleContext bundleContext) {
		this.bundleContext = bundleContext;
	}

	/** A sign-in that finds the services through the workbench bundle's own context (active once this class loads). */
	public static Login open() {
		return new Login(org.osgi.framework.FrameworkUtil.getBundle(Login.class).getBundleContext());
	}

	/** Lets the services go: the workbench this sign-in was for has closed. */
	public void close() {
		trackers.values().forEach(ServiceTracker::close);
		trackers.clear();
	}

	/**
	 * Opens the record database before the login when that needs no password (a plain database, or one opened
	 * already), so that the splash says what start-up is waiting for; an encrypted one opens with the login.
	 */
	public void prepare() {
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
	public Optional<Session> signIn(String product) {
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
				Accounts accounts = OffTheDisplay.callBeforeAnyWindow(this::accounts);
				if (accounts == null) {
					unavailable(product);
					return Optional.empty();
				}
				firstRun = !OffTheDisplay.callBeforeAnyWindow(accounts::isSetUp);
			}
			if (!firstRun) {
				String facility = state == DatabaseKeys.State.LOCKED ? null
						: OffTheDisplay.callBeforeAnyWindow(() -> accounts().setting(Accounts.FACILITY_NAME).orElse(null));
				LoginDialog dialog = new LoginDialog(null, this::accounts, keys, product, facility);
				if (dialog.open() != Window.OK) {
					return Optional.empty();
				}
				session = dialog.session();
				firstRun = dialog.needsSetUp();
			} else {
				session = null;
			}
			if (firstRun) {
				SetupWizard wizard = new SetupWizard(this::accounts, keys, product);
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
	public DatabaseKeys keys() {
		return service(DatabaseKeys.class);
	}

	/**
	 * Ends {@code session} (a LOGOUT audit event); nothing happens for none. Emergency access ends with it: the
	 * clinical services keep it per session.
	 */
	public void signOut(Session session) {
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
	void sessionEvent(Session session, AuditEvent.Action action, String detail) {
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
	public Accounts accounts() {
		return service(Accounts.class);
	}

	/** A service, waiting up to {@link #SERVICE_TIMEOUT} for it; the trackers stay open until {@link #close}. */
	private <T> T service(Class<T> type) {
		ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, key -> {
			ServiceTracker<?, ?> opened = new ServiceTracker<>(bundleContext, key.getName(), null);
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
