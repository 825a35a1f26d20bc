package org.cairn.store.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.cairn.store.BackupEvents;
import org.cairn.store.StoreException;

/**
 * Runs a {@link BackupSchedule} on a thread of its own: the first backup when one is due (not sooner than two
 * minutes after start-up), then every {@code backup.every}. Each run is announced ({@link BackupEvents}) and logged;
 * a failure is logged with its reason and announced, and the schedule goes on.
 */
public final class ScheduledBackups implements AutoCloseable {

	/** What the schedule reports: to the log and to whoever listens for {@link BackupEvents}. */
	public interface Reporter {
		void info(String message);

		void error(String message, Throwable cause);

		void event(Map<String, Object> properties);
	}

	private final BackupSchedule schedule;
	private final Reporter reporter;
	private final Clock clock;
	private final ScheduledThreadPoolExecutor executor;

	public ScheduledBackups(BackupSchedule schedule, Reporter reporter, Clock clock) {
		this.schedule = schedule;
		this.reporter = reporter;
		this.clock = clock;
		this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
			Thread thread = new Thread(runnable, "Cairn scheduled backup");
			thread.setDaemon(true);
			return thread;
		});
		// Closing drops the backups still waiting; only one that is running is let finish.
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
	}

	/** Schedules the first backup, at least {@code firstDelay} from now. */
	public void start(Duration firstDelay) {
		Duration wait;
		try {
			wait = schedule.untilDue(firstDelay);
		} catch (IOException e) {
			wait = firstDelay;
		}
		reporter.info("Scheduled backups every " + describe(schedule.config().every()) + " to " + schedule.config().folder() + ", keeping "
				+ schedule.config().keep() + "; the next in " + describe(wait));
		executor.schedule(this::runAndReschedule, wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void runAndReschedule() {
		runOnce(event -> { });
		if (!executor.isShutdown()) {
			executor.schedule(this::runAndReschedule, schedule.config().every().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Checks that the passphrase can be read, so that a schedule that would fail says so at start-up rather than at
	 * its first backup; reports the failure and lets the schedule start anyway (the file may be put in place later).
	 */
	public void checkPassphrase() {
		try {
			java.util.Arrays.fill(schedule.passphrase(), '\0');
		} catch (StoreException e) {
			reporter.error("The scheduled backups will fail: " + e.getMessage(), e);
			reporter.event(event(BackupEvents.FAILED, e.getMessage()));
		}
	}

	/** Takes one backup now and reports it; returns whether it succeeded. */
	public boolean runOnce(Consumer<Backups.Result> done) {
		reporter.event(event(BackupEvents.STARTED, null));
		try {
			Backups.Result result = schedule.run();
			reporter.info("Scheduled backup of " + result.records() + " records in " + result.versions() + " versions written to " + result.file());
			reporter.event(event(BackupEvents.DONE, null));
			done.accept(result);
			return true;
		} catch (StoreException | IllegalStateException e) {
			reporter.error("The scheduled backup failed: " + e.getMessage(), e);
			reporter.event(event(BackupEvents.FAILED, e.getMessage()));
			return false;
		}
	}

	private Map<String, Object> event(String outcome, String problem) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(BackupEvents.OUTCOME, outcome);
		properties.put(BackupEvents.TIME, Instant.now(clock));
		if (problem != null) {
			properties.put(BackupEvents.PROBLEM, problem);
		}
		return properties;
	}

	/** Stops the schedule; a backup that is running finishes first (up to a minute). */
	@Override
	public void close() {
		executor.shutdown();
		try {
			executor.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public static String describe(Duration duration) {
		if (duration.toDays() > 0 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
			return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
		}
		if (duration.toHours() > 0 && duration.toMinutesPart() == 0) {
			return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
		}
		long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
		return minutes + (minutes == 1 ? " minute" : " minutes");
	}
}
