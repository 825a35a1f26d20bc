package org.cairn.ui.data;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.ModalContext;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;

/**
 * Work a dialog must have done before it goes on (a password checked, the sign-in's accounts opened, an audit event
 * that must be written first), run on another thread while the display keeps painting and answering: the calling code
 * waits as if the work were done in place, with a busy cursor, but no database call is made on the display thread.
 * For work that can be handed over and picked up later, use a job ({@link StoreAccess}, {@link InBackground}).
 */
public final class OffTheDisplay {

	private OffTheDisplay() {
	}

	/**
	 * Runs {@code work} off the display thread and returns its result once it has ended; what it threw is thrown here.
	 * Called off the display thread (or with no display), it simply runs {@code work}.
	 */
	public static <T> T call(Display display, Supplier<T> work) {
		if (display == null || display.isDisposed() || display.getThread() != Thread.currentThread()) {
			return work.get();
		}
		Object[] result = new Object[1];
		Throwable[] failure = new Throwable[1];
		BusyIndicator.showWhile(display, () -> {
			try {
				ModalContext.run(monitor -> {
					try {
						result[0] = work.get();
					} catch (RuntimeException | Error e) {
						failure[0] = e;
					}
				}, true, new NullProgressMonitor(), display);
			} catch (InvocationTargetException e) {
				failure[0] = e.getCause();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failure[0] = new IllegalStateException("interrupted while waiting", e);
			}
		});
		return outcome(result[0], failure[0]);
	}

	/**
	 * Runs {@code work} on another thread and waits for it without running the event loop meanwhile: for work while no
	 * window of the workstation is shown (the sign-in's accounts, opened before the login dialog; the sign-out's audit
	 * event, written once the windows are closed), where there is nothing to keep painting and where running the event
	 * loop would hand the window system's events on before the windows that should get them are there.
	 */
	public static <T> T callBeforeAnyWindow(Supplier<T> work) {
		Object[] result = new Object[1];
		Throwable[] failure = new Throwable[1];
		Thread worker = new Thread(() -> {
			try {
				result[0] = work.get();
			} catch (RuntimeException | Error e) {
				failure[0] = e;
			}
		}, "cairn-sign-in");
		worker.setDaemon(true);
		worker.start();
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", e);
		}
		return outcome(result[0], failure[0]);
	}

	/** {@link #call} for work without a result. */
	public static void run(Display display, Runnable work) {
		call(display, () -> {
			work.run();
			return null;
		});
	}

	/** What the work returned, or what it threw, thrown again here. */
	@SuppressWarnings("unchecked")
	private static <T> T outcome(Object result, Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return (T) result;
	}
}
