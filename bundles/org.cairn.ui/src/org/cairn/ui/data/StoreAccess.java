package org.cairn.ui.data;

import java.util.function.Consumer;

import org.cairn.store.SaveConflictException;
import org.cairn.store.StoreException;
import org.cairn.ui.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;

import jakarta.inject.Inject;

/**
 * How the workbench calls the clinical services: every call runs in a {@link Job}, never on the UI thread, and its
 * result (or a refusal, in words) is handed back on the UI thread. The services take the signed-in session and keep
 * their own rules; nothing here reaches the record store.
 *
 * <p>
 * Not a singleton: E4 keeps {@code @Singleton} objects in one injector for the whole JVM, so a second workbench
 * (a restart in the same runtime) would get the first one's UI synchronizer. Each user gets its own instance.
 */
@Creatable
public class StoreAccess {

	private final UISynchronize ui;

	@Inject
	public StoreAccess(UISynchronize ui) {
		this.ui = ui;
	}

	/** A failed call: what the user is told (no patient data, no stack trace), and the cause for the log. */
	public record Failure(String message, Throwable cause) {
	}

	/** A call of the clinical services that reports its progress and can be cancelled. */
	@FunctionalInterface
	public interface Call<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	/**
	 * Runs a call of the services (which take the signed-in session and keep their own rules) in a job named
	 * {@code name} (shown in the status bar while it runs): the result to {@code onResult}, a failure (a refusal in
	 * words) to {@code onFailure}, both on the UI thread. A job cancelled before its call returns hands nothing back;
	 * callers that start a newer call (search as you type) also ignore results of jobs they no longer wait for.
	 */
	public <T> Job call(String name, java.util.function.Supplier<T> work, Consumer<T> onResult, Consumer<Failure> onFailure) {
		return call(name, null, work, onResult, onFailure);
	}

	/**
	 * {@link #call(String, java.util.function.Supplier, Consumer, Consumer)} under {@code rule}: the calls of one rule
	 * run one after the other, in the order they were made, and hand their results back in that order (an editor's
	 * autosave and save never overtake each other).
	 */
	public <T> Job call(String name, org.eclipse.core.runtime.jobs.ISchedulingRule rule, java.util.function.Supplier<T> work, Consumer<T> onResult,
			Consumer<Failure> onFailure) {
		Job job = callJob(name, monitor -> work.get(), onResult, onFailure);
		job.setUser(false);
		job.setRule(rule);
		job.schedule();
		return job;
	}

	/**
	 * {@link #call} for long work the person follows and can cancel (a {@link org.cairn.ui.export.JobProgressDialog},
	 * say): not scheduled, so that the caller can follow it first.
	 */
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
		return saveDraft(name, null, drafts, session, draft, basedOn, onSaved, onFailure);
	}

	/** {@link #saveDraft} under {@code rule} (see {@link #call(String, org.eclipse.core.runtime.jobs.ISchedulingRule, java.util.function.Supplier, Consumer, Consumer)}). */
	public Job saveDraft(String name, org.eclipse.core.runtime.jobs.ISchedulingRule rule, org.cairn.clinical.Drafts drafts, org.cairn.security.Session session,
			org.cairn.model.ClinicalRecord draft, int basedOn, Consumer<java.time.Instant> onSaved, Consumer<Failure> onFailure) {
		return call(name, rule, () -> drafts.save(session, draft, basedOn), onSaved, onFailure);
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
