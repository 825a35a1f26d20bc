package org.cairn.ui.data;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;

/**
 * Work a dialog hands to a job, never done on the display thread: its result, or the failure, comes back on the
 * display thread, and not at all once the dialog has closed. For dialogs that hold a service themselves (the accounts,
 * the record store); parts call the services through {@link StoreAccess}.
 */
public final class InBackground {

	private InBackground() {
	}

	/**
	 * Runs {@code work} in a job named {@code name}; {@code onResult} gets its result and {@code onFailure} what it threw
	 * (a {@link RuntimeException}), both on {@code shell}'s display thread while {@code shell} is open.
	 */
	public static <T> void run(Shell shell, String name, Supplier<T> work, Consumer<T> onResult, Consumer<RuntimeException> onFailure) {
		org.eclipse.swt.widgets.Display display = shell.getDisplay();
		Job job = Job.create(name, monitor -> {
			Runnable deliver;
			try {
				T result = work.get();
				deliver = () -> onResult.accept(result);
			} catch (RuntimeException e) {
				deliver = () -> onFailure.accept(e);
			}
			Runnable then = deliver;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!shell.isDisposed()) {
						then.run();
					}
				});
			}
		});
		job.schedule();
	}
}
