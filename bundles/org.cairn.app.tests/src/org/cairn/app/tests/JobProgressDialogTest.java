package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.export.JobProgressDialog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The window that follows a long export: it shows the job's progress as it goes, Cancel stops the job (which then
 * ends cancelled) and the window closes itself when the job is done; Run in Background leaves the job running.
 */
@Order(42)
class JobProgressDialogTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	/** A job that works in steps until it is cancelled or has done 10,000 of them. */
	private static Job steps(AtomicReference<JobProgressDialog> dialog, int[] done) {
		return new Job("Exporting a long record") {
			@Override
			protected IStatus run(IProgressMonitor jobMonitor) {
				IProgressMonitor monitor = dialog.get().monitor(jobMonitor);
				monitor.beginTask("Laying out the record", 10_000);
				for (int step = 0; step < 10_000; step++) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					try {
						Thread.sleep(5);
					} catch (InterruptedException e) {
						return Status.CANCEL_STATUS;
					}
					monitor.worked(1);
					done[0]++;
				}
				return Status.OK_STATUS;
			}
		};
	}

	/** Opens the window on a new {@link #steps} job and starts the job. */
	private static Job started(UiBot bot, AtomicReference<JobProgressDialog> dialog, int[] done) {
		Job job = steps(dialog, done);
		bot.run(() -> {
			dialog.set(new JobProgressDialog(bot.mainShell(), "Exporting the record"));
			dialog.get().follow(job);
			job.schedule();
		});
		bot.shell("Exporting the record");
		return job;
	}

	@Test
	void cancelStopsTheJobAndTheWindowCloses(UiBot bot) throws InterruptedException {
		int[] done = new int[1];
		AtomicReference<JobProgressDialog> dialog = new AtomicReference<>();
		Job job = started(bot, dialog, done);
		ProgressBar bar = bot.byId(ProgressBar.class, "progress.bar");
		bot.waitUntil("the progress shows", () -> bot.call(bar::getSelection) > 0);
		assertEquals("Laying out the record", bot.textOf(bot.byId(Label.class, "progress.task")));
		bot.screenshot("export-progress");
		bot.click(bot.byId(Button.class, "progress.cancel"));
		job.join(10_000, null);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), "the job ended cancelled");
		assertTrue(done[0] < 10_000, "it stopped part way: " + done[0]);
		bot.waitUntil("the window closed itself", () -> bot.call(() -> dialog.get().getShell() == null || dialog.get().getShell().isDisposed()));
	}

	@Test
	void runInBackgroundLeavesTheJobRunning(UiBot bot) throws InterruptedException {
		int[] done = new int[1];
		AtomicReference<JobProgressDialog> dialog = new AtomicReference<>();
		Job job = started(bot, dialog, done);
		bot.click(bot.byId(Button.class, "progress.background"));
		bot.waitUntil("the window closed", () -> bot.call(() -> dialog.get().getShell() == null || dialog.get().getShell().isDisposed()));
		assertEquals(Job.RUNNING, job.getState(), "the job goes on");
		job.cancel();
		job.join(10_000, null);
	}
}
