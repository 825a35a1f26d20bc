package org.cairn.ui.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cairn.security.Accounts;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.StoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Locks the workstation after a time without keyboard or mouse input, or when asked (File › Lock): every window is
 * hidden, so no patient data stays on screen, and the {@link UnlockDialog} asks the signed-in person for their
 * password. Nothing is closed while locked: editors keep their unsaved text and go on autosaving their drafts.
 * Unlocking shows the windows as they were; signing out instead closes the workbench. Locking and unlocking are
 * audit events (LOCK, UNLOCK; signing out is LOGOUT).
 */
public final class IdleLock {

	/** How often the idle time is looked at, at most. */
	private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

	private final Display display;
	private final Session session;
	private final Runnable signOut;
	private volatile Duration timeout;
	private long lastInput = System.nanoTime();
	private boolean locked;
	private boolean installed;
	private final Listener input = event -> lastInput = System.nanoTime();
	private final Runnable check = this::check;

	/** The sign-in of this workbench: the accounts service for unlocking, and the lock's audit events. */
	private final Login login;

	private IdleLock(Display display, Session session, Login login, Duration timeout, Runnable signOut) {
		this.display = display;
		this.login = login;
		this.session = session;
		this.timeout = timeout;
		this.signOut = signOut;
	}

	/**
	 * Watches {@code display}'s input and locks after {@code timeout} without any. Call on the UI thread.
	 *
	 * @param session who is signed in: who unlocks, and whose the lock's audit events are
	 * @param signOut ends the session and shows the sign-in again, when the person signs out at the lock instead of unlocking
	 */
	public static IdleLock install(Display display, Session session, Login login, Duration timeout, Runnable signOut) {
		IdleLock lock = new IdleLock(display, session, login, timeout, signOut);
		for (int type : new int[] { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel }) {
			display.addFilter(type, lock.input);
		}
		lock.installed = true;
		lock.schedule();
		return lock;
	}

	/** The idle time the facility set ({@link Accounts#IDLE_LOCK_MINUTES}), or the default for an unusable value. */
	public static Duration configured(Accounts accounts) {
		int minutes = Accounts.DEFAULT_IDLE_LOCK_MINUTES;
		try {
			String value = accounts == null ? null : accounts.setting(Accounts.IDLE_LOCK_MINUTES).orElse(null);
			if (value != null) {
				minutes = Math.max(1, Math.min(240, Integer.parseInt(value.strip())));
			}
		} catch (NumberFormatException | StoreException e) {
			// an unusable setting, or a database that cannot be read now, keeps the default: the lock is never left off
		}
		return Duration.ofMinutes(minutes);
	}

	public Duration timeout() {
		return timeout;
	}

	/** Changes the idle time (on any thread); it counts from the last input. */
	public void setTimeout(Duration newTimeout) {
		this.timeout = newTimeout;
		if (!display.isDisposed()) {
			display.asyncExec(this::schedule);
		}
	}

	public boolean isLocked() {
		return locked;
	}

	/** Stops watching (the workbench is closing). */
	public void uninstall() {
		if (!installed || display.isDisposed()) {
			return;
		}
		installed = false;
		for (int type : new int[] { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel }) {
			display.removeFilter(type, input);
		}
		display.timerExec(-1, check);
	}

	private void schedule() {
		if (!installed || display.isDisposed()) {
			return;
		}
		long left = timeout.toMillis() - Duration.ofNanos(System.nanoTime() - lastInput).toMillis();
		display.timerExec((int) Math.max(100, Math.min(CHECK_EVERY.toMillis(), left)), check);
	}

	private void check() {
		if (!installed || locked) {
			return;
		}
		if (System.nanoTime() - lastInput >= timeout.toNanos()) {
			lock(true);
		} else {
			schedule();
		}
	}

	/** Locks now (File › Lock). Call on the UI thread. */
	public void lockNow() {
		if (!locked) {
			lock(false);
		}
	}

	private void lock(boolean idle) {
		if (session == null) {
			return;
		}
		locked = true;
		// Hidden first: nothing of the patient stays on screen while the lock is being written to the audit log.
		List<Shell> hidden = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible()) {
				hidden.add(shell);
				shell.setVisible(false);
			}
		}
		String why = idle ? "idle for " + timeout.toMinutes() + " min" : "locked by the user";
		org.cairn.ui.data.OffTheDisplay.run(display, () -> login.sessionEvent(session, AuditEvent.Action.LOCK, why));
		boolean unlocked;
		try {
			UnlockDialog dialog = new UnlockDialog(org.cairn.ui.data.OffTheDisplay.call(display, login::accounts), session, idle ? timeout : null);
			unlocked = dialog.open() == UnlockDialog.OK;
		} finally {
			locked = false;
		}
		if (unlocked) {
			org.cairn.ui.data.OffTheDisplay.run(display, () -> login.sessionEvent(session, AuditEvent.Action.UNLOCK, null));
			for (Shell shell : hidden) {
				if (!shell.isDisposed()) {
					shell.setVisible(true);
				}
			}
			if (!hidden.isEmpty() && !hidden.get(0).isDisposed()) {
				hidden.get(0).forceActive();
			}
			lastInput = System.nanoTime();
			schedule();
		} else {
			// Signing out: the windows stay hidden while the workbench closes; editors keep their drafts.
			uninstall();
			signOut.run();
		}
	}
}
