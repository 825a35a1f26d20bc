package org.cairn.ui.data;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cairn.store.RecordStore;
import org.cairn.store.SaveConflictException;
import org.cairn.store.StoreException;
import org.cairn.ui.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.inject.Inject;

/**
 * How the workbench reaches the record store: every call runs in a {@link Job}, never on the UI thread, and its
 * result is handed back on the UI thread. The store service itself is looked up in the job too, because the first
 * lookup opens and migrates the database.
 *
 * <p>
 * Not a singleton: E4 keeps {@code @Singleton} objects in one injector for the whole JVM, so a second workbench
 * (a restart in the same runtime) would get the first one's UI synchronizer. Each user gets its own instance;
 * the service tracker is shared.
 */
@Creatable
public class StoreAccess {

	/** How long a job waits for the store service to appear (it migrates the database first). */
	static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(60);

	private final UISynchronize ui;
	private static ServiceTracker<RecordStore, RecordStore> tracker;

	@Inject
	public StoreAccess(UISynchronize ui) {
		this.ui = ui;
	}

	/** A failed call: what the user is told (no patient data, no stack trace), and the cause for the log. */
	public record Failure(String message, Throwable cause) {
	}

	/**
	 * Runs {@code query} against the store in a job named {@code name} (shown in the status bar while it runs) and
	 * passes its result to {@code onResult} on the UI thread, or the failure to {@code onFailure}. A job cancelled
	 * before its query returns hands nothing back; callers that start a newer query (search as you type) also
	 * ignore results of jobs they no longer wait for.
	 */
	public <T> Job run(String name, Function<RecordStore, T> query, Consumer<T> onResult, Consumer<Failure> onFailure) {
		Job job = job(name, (records, monitor) -> query.apply(records), onResult, onFailure);
		job.setUser(false);
		job.schedule();
		return job;
	}

	/** Long work on the store that reports its progress and can be cancelled: an export, a report. */
	@FunctionalInterface
	public interface Work<T> {
		T run(RecordStore store, IProgressMonitor monitor) throws Exception;
	}

	/**
	 * Runs {@code work} in a job named {@code name} that the caller can follow and cancel (a
	 * {@link org.cairn.ui.export.JobProgressDialog}, say): its result goes to {@code onResult} on the UI thread, a
	 * failure to {@code onFailure}; a cancelled job hands nothing back. Unlike {@link #run}, the job is not scheduled:
	 * the caller schedules it once it listens.
	 */
	public <T> Job job(String name, Work<T> work, Consumer<T> onResult, Consumer<Failure> onFailure) {
		return callJob(name, monitor -> work.run(store(), monitor), onResult, onFailure);
	}

	/** A call of the clinical services that reports its progress and can be cancelled. */
	@FunctionalInterface
	public interface Call<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	/**
	 * Runs a call of the services (which take the signed-in session and keep their own rules) in a job named
	 * {@code name}, as {@link #run} runs a query of the store: the result to {@code onResult}, a failure (a refusal in
	 * words) to {@code onFailure}, both on the UI thread.
	 */
	public <T> Job call(String name, java.util.function.Supplier<T> work, Consumer<T> onResult, Consumer<Failure> onFailure) {
		Job job = callJob(name, monitor -> work.get(), onResult, onFailure);
		job.setUser(false);
		job.schedule();
		return job;
	}

	/** {@link #job} for a call of the services: not scheduled, so that the caller can follow it first. */
	public <T> Job callJob(String name, Call<T> work, Consumer<T> onResult, Consumer<Failure> onFailure) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				T result;
				try {
					result = work.run(monitor);
				} catch (org.eclipse.core.runtime.OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					Failure failure = new Failure(e instanceof RuntimeException runtime ? explain(runtime)
							: e.getMessage() == null ? Messages.format("store.failed", e.getClass().getSimpleName()) : e.getMessage(), e);
					if (!monitor.isCanceled()) {
						deliver(() -> onFailure.accept(failure));
					}
					return Status.OK_STATUS;
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				deliver(() -> onResult.accept(result));
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		return job;
	}

	/**
	 * Autosaves {@code draft} (a copy taken on the UI thread, so that typing on is safe) through {@code drafts} as
	 * {@code session}'s person's draft of a record based on version {@code basedOn}, in a job; {@code onSaved} is told
	 * when it was written.
	 */
	public Job saveDraft(String name, org.cairn.clinical.Drafts drafts, org.cairn.security.Session session, org.cairn.model.ClinicalRecord draft,
			int basedOn, Consumer<java.time.Instant> onSaved, Consumer<Failure> onFailure) {
		return call(name, () -> drafts.save(session, draft, basedOn), onSaved, onFailure);
	}

	/** Hands {@code work} to the UI thread, unless the workbench closed while the job ran (then there is no one to tell). */
	private void deliver(Runnable work) {
		try {
			ui.asyncExec(work);
		} catch (org.eclipse.swt.SWTException e) {
			if (e.code != org.eclipse.swt.SWT.ERROR_DEVICE_DISPOSED) {
				throw e;
			}
		}
	}

	private static synchronized ServiceTracker<RecordStore, RecordStore> tracker() {
		if (tracker == null) {
			BundleContext context = FrameworkUtil.getBundle(StoreAccess.class).getBundleContext();
			tracker = new ServiceTracker<>(context, RecordStore.class, null);
			tracker.open();
		}
		return tracker;
	}

	private RecordStore store() {
		try {
			RecordStore store = tracker().waitForService(SERVICE_TIMEOUT.toMillis());
			if (store == null) {
				throw new StoreException(Messages.get("store.unavailable"));
			}
			return store;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException(Messages.get("store.unavailable"), e);
		}
	}

	/** What to tell the user: the store's own messages say what went wrong and where, without patient data. */
	static String explain(RuntimeException e) {
		if (e instanceof org.cairn.clinical.RefusedException refused) {
			return String.join(" ", org.cairn.ui.Problems.words(refused.problems()));
		}
		if (e instanceof SaveConflictException || e instanceof StoreException) {
			return e.getMessage();
		}
		return Messages.format("store.failed", e.getClass().getSimpleName());
	}
}
