package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cairn.store.BackupEvents;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The status bar: messages posted on its topic, and the background work in progress. */
class StatusBarTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@Test
	void showsPostedMessagesAndReturnsToReady(UiBot bot, RunningWorkbench workbench) {
		Label message = bot.byId(Label.class, "statusbar.message");
		IEventBroker events = bot.call(() -> workbench.context().get(IEventBroker.class));

		events.post(CairnUi.TOPIC_STATUS_MESSAGE, "Saved");
		bot.waitUntil("the status bar says Saved", () -> "Saved".equals(message.getText()));

		events.post(CairnUi.TOPIC_STATUS_MESSAGE, "");
		bot.waitUntil("the status bar says Ready again", () -> "Ready".equals(message.getText()));
	}

	/** What the record store's scheduled backup announces, as its service posts it (Event Admin). */
	@Test
	void saysWhenTheRecordsWereBackedUpAndWhenABackupFailed(UiBot bot, RunningWorkbench workbench) {
		Label message = bot.byId(Label.class, "statusbar.message");
		IEventBroker events = bot.call(() -> workbench.context().get(IEventBroker.class));
		Instant at = LocalDate.now().atTime(14, 5).atZone(ZoneId.systemDefault()).toInstant();
		String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).format(at.atZone(ZoneId.systemDefault()));

		events.post(BackupEvents.TOPIC, Map.of(BackupEvents.OUTCOME, BackupEvents.STARTED, BackupEvents.TIME, at));
		bot.waitUntil("the status bar says a backup runs", () -> "Backing up the records\u2026".equals(message.getText()));
		events.post(BackupEvents.TOPIC, Map.of(BackupEvents.OUTCOME, BackupEvents.DONE, BackupEvents.TIME, at));
		bot.waitUntil("the status bar says when", () -> ("Records backed up at " + time).equals(message.getText()));
		events.post(BackupEvents.TOPIC, Map.of(BackupEvents.OUTCOME, BackupEvents.FAILED, BackupEvents.TIME, at, BackupEvents.PROBLEM,
				"The backup passphrase file /etc/cairn/passphrase (backup.passphraseFile) cannot be read"));
		bot.waitUntil("the status bar says a backup failed, and whom to tell",
				() -> "The scheduled backup failed: please tell your administrator (the log has the reason)".equals(message.getText()));
	}

	@Test
	void showsRunningWorkByNameWithProgressUntilItEnds(UiBot bot) throws Exception {
		Label work = bot.byId(Label.class, "statusbar.work");
		CountDownLatch release = new CountDownLatch(1);
		Job job = new Job("Checking the record store") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					release.await(30, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		try {
			bot.waitUntil("the status bar names the running job", () -> "Checking the record store".equals(work.getText()));
			ProgressBar progress = bot.findAll(ProgressBar.class).get(0);
			assertEquals(true, bot.isShowing(progress), "the progress indicator shows while work runs");
		} finally {
			release.countDown();
		}
		job.join(30_000, null);
		bot.waitUntil("the status bar no longer names the job", () -> work.getText().isEmpty());
		assertEquals(0, bot.findAll(ProgressBar.class).size(), "no progress indicator once the work is done");
	}
}
