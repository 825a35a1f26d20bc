package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.cairn.core.Settings;
import org.cairn.store.BackupEvents;
import org.cairn.store.RecordStore;
import org.cairn.store.StoreException;
import org.cairn.store.internal.BackupSchedule;
import org.cairn.store.internal.Backups;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.cairn.store.internal.ScheduledBackups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/** The workstation's scheduled backups ({@code backup.folder}, {@code backup.every}, {@code backup.keep}). */
class ScheduledBackupTest {

	private static final String PASSPHRASE = "correct horse battery staple";
	private static final Instant MONDAY = Instant.parse("2026-11-30T02:00:00Z");

	@TempDir
	Path data;

	@TempDir
	Path backups;

	/** A clock the test moves on. */
	static final class TestClock extends Clock {
		Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	/** What a schedule reported. */
	static final class Reports implements ScheduledBackups.Reporter {
		final List<String> infos = new ArrayList<>();
		final List<String> errors = new ArrayList<>();
		final List<Map<String, Object>> events = new ArrayList<>();

		@Override
		public void info(String message) {
			infos.add(message);
		}

		@Override
		public void error(String message, Throwable cause) {
			errors.add(message);
		}

		@Override
		public void event(Map<String, Object> properties) {
			events.add(properties);
		}

		List<Object> outcomes() {
			return events.stream().map(e -> e.get(BackupEvents.OUTCOME)).toList();
		}
	}

	@AfterEach
	void clear() {
		for (String key : List.of("data", "backup.folder", "backup.every", "backup.keep", "backup.passphraseFile")) {
			System.clearProperty("cairn." + key);
		}
	}

	@Test
	void readsTheScheduleFromTheSettings() throws Exception {
		assertEquals(Duration.ofDays(1), BackupSchedule.parseInterval(""));
		assertEquals(Duration.ofMinutes(30), BackupSchedule.parseInterval("30m"));
		assertEquals(Duration.ofHours(12), BackupSchedule.parseInterval("12h"));
		assertEquals(Duration.ofDays(7), BackupSchedule.parseInterval(" 7d "));
		assertEquals("The setting backup.every must be at least 15m (was '5m')",
				assertThrows(StoreException.class, () -> BackupSchedule.parseInterval("5m")).getMessage());
		assertEquals("The setting backup.every is a number and m, h or d, such as 12h or 1d (was 'nightly')",
				assertThrows(StoreException.class, () -> BackupSchedule.parseInterval("nightly")).getMessage());

		Settings settings = new Settings();
		assertTrue(BackupSchedule.read(settings).isEmpty(), "no backup.folder: no schedule");
		System.setProperty("cairn.backup.folder", "backups");
		assertEquals("The setting backup.folder must be an absolute folder (was 'backups')",
				assertThrows(StoreException.class, () -> BackupSchedule.read(settings)).getMessage());
		System.setProperty("cairn.backup.folder", backups.toString());
		System.setProperty("cairn.backup.keep", "0");
		assertEquals("The setting backup.keep must be 1 or more (was 0)", assertThrows(StoreException.class, () -> BackupSchedule.read(settings)).getMessage());
		System.setProperty("cairn.backup.keep", "3");
		System.setProperty("cairn.backup.every", "6h");
		System.setProperty("cairn.backup.passphraseFile", "/etc/cairn/backup-passphrase");
		assertEquals(new BackupSchedule.Config(backups, Duration.ofHours(6), 3, Path.of("/etc/cairn/backup-passphrase")),
				BackupSchedule.read(settings).orElseThrow());
	}

	@Test
	void takesABackupWhenDueAndKeepsTheNewest() throws Exception {
		Path passphrase = data.resolve("passphrase.txt");
		Files.writeString(passphrase, PASSPHRASE + "\n");
		TestClock clock = new TestClock(MONDAY);
		try (Database database = Database.embedded(data.resolve("database"))) {
			new Migrations().migrate(database);
			JdbcRecordStore store = new JdbcRecordStore(database);
			store.save(Records.patient("p-1", "Avery", "Quillfeather", "MRN-1", null), 0, "u1", "intake");
			BackupSchedule schedule = new BackupSchedule(database, new BackupSchedule.Config(backups, Duration.ofDays(1), 2, passphrase),
					data.resolve("tmp"), clock, Map.of());
			assertEquals(Duration.ofMinutes(2), schedule.untilDue(Duration.ofMinutes(2)), "none yet: due as soon as start-up allows");

			Reports reports = new Reports();
			ScheduledBackups scheduled = new ScheduledBackups(schedule, reports, clock);
			for (int day = 0; day < 3; day++) {
				clock.now = MONDAY.plus(Duration.ofDays(day));
				store.save(Records.patient("p-" + (day + 2), "Blake", "Day" + day, "MRN-" + (day + 2), null), 0, "u1", "intake");
				assertTrue(scheduled.runOnce(result -> { }), String.join("\n", reports.errors));
			}
			scheduled.close();
			assertEquals(List.of("cairn-backup-20261202-020000.cairnbackup", "cairn-backup-20261201-020000.cairnbackup"),
					schedule.backups().stream().map(p -> p.getFileName().toString()).toList(), "the newest two are kept");
			assertEquals(List.of(BackupEvents.STARTED, BackupEvents.DONE, BackupEvents.STARTED, BackupEvents.DONE, BackupEvents.STARTED,
					BackupEvents.DONE), reports.outcomes());
			assertTrue(reports.infos.get(2).matches("Scheduled backup of 4 records in 4 versions written to .*cairn-backup-20261202-020000\\.cairnbackup"),
					reports.infos.get(2));

			clock.now = MONDAY.plus(Duration.ofDays(2)).plus(Duration.ofHours(1));
			assertEquals(Duration.ofHours(23), schedule.untilDue(Duration.ofMinutes(2)), "the next one is a day after the newest");
			clock.now = MONDAY.plus(Duration.ofDays(5));
			assertEquals(Duration.ofMinutes(2), schedule.untilDue(Duration.ofMinutes(2)), "overdue: soon after start-up");
		}

		// The newest backup restores with every record.
		Backups.Result restored = Backups.restore(backups.resolve("cairn-backup-20261202-020000.cairnbackup"), data.resolve("restored"),
				PASSPHRASE.toCharArray());
		assertEquals(4, restored.records());
		assertFalse(Files.list(data.resolve("tmp")).findAny().isPresent(), "no unencrypted copy is left behind");
	}

	@Test
	void aFailureIsReportedAndTheScheduleGoesOn() throws Exception {
		TestClock clock = new TestClock(MONDAY);
		Path passphrase = data.resolve("missing-passphrase.txt");
		try (Database database = Database.embedded(data.resolve("database"))) {
			new Migrations().migrate(database);
			BackupSchedule schedule = new BackupSchedule(database, new BackupSchedule.Config(backups, Duration.ofDays(1), 5, passphrase),
					data.resolve("tmp"), clock, Map.of());
			Reports reports = new Reports();
			ScheduledBackups scheduled = new ScheduledBackups(schedule, reports, clock);
			scheduled.checkPassphrase();
			assertTrue(reports.errors.get(0).startsWith("The scheduled backups will fail: The backup passphrase file " + passphrase
					+ " (backup.passphraseFile) cannot be read"), reports.errors.get(0));
			assertFalse(scheduled.runOnce(result -> { }));
			assertEquals(List.of(BackupEvents.FAILED, BackupEvents.STARTED, BackupEvents.FAILED), reports.outcomes());
			assertTrue(reports.events.get(2).get(BackupEvents.PROBLEM).toString().contains("missing-passphrase.txt"));
			assertTrue(schedule.backups().isEmpty(), "nothing partial is left");

			Files.writeString(passphrase, PASSPHRASE);
			assertTrue(scheduled.runOnce(result -> { }), "once the passphrase is there, the next one is taken");
			assertEquals(1, schedule.backups().size());
			scheduled.close();
		}
		BackupSchedule noPassphrase = new BackupSchedule(null, new BackupSchedule.Config(backups, Duration.ofDays(1), 5, null), data, Clock.systemUTC(),
				Map.of());
		assertEquals("No backup passphrase: set backup.passphraseFile to a file holding it, or the environment variable CAIRN_BACKUP_PASSPHRASE",
				assertThrows(StoreException.class, noPassphrase::run).getMessage());
	}

	/** The workstation's record store service starts the schedule and says at once when it cannot work. */
	@Test
	void theStoreServiceAnnouncesAScheduleThatCannotWork() throws Exception {
		System.setProperty("cairn.data", data.toString());
		System.setProperty("cairn.backup.folder", backups.toString());
		System.setProperty("cairn.backup.passphraseFile", data.resolve("no-such-file").toString());
		BundleContext context = FrameworkUtil.getBundle(ScheduledBackupTest.class).getBundleContext();
		BlockingQueue<Event> received = new LinkedBlockingQueue<>();
		Dictionary<String, Object> topics = new Hashtable<>();
		topics.put(EventConstants.EVENT_TOPIC, BackupEvents.TOPIC);
		ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, received::add, topics);
		restartStoreComponent(context);
		ServiceTracker<RecordStore, RecordStore> tracker = new ServiceTracker<>(context, RecordStore.class, null);
		tracker.open();
		try {
			assertNotNull(tracker.waitForService(30_000));
			Event event = received.poll(30, TimeUnit.SECONDS);
			assertNotNull(event, "a backup event is posted while the store opens");
			assertEquals(BackupEvents.FAILED, event.getProperty(BackupEvents.OUTCOME));
			assertTrue(event.getProperty(BackupEvents.PROBLEM).toString().contains("no-such-file"), event.getProperty(BackupEvents.PROBLEM).toString());
		} finally {
			tracker.close();
			handler.unregister();
			// The next test that uses the service gets a fresh one, on its own data folder and settings.
			restartStoreComponent(context);
		}
	}

	/** Disables and enables the record store's component, so that its next user gets a new instance. */
	private static void restartStoreComponent(BundleContext context) throws Exception {
		ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
		scr.open();
		try {
			ServiceComponentRuntime runtime = scr.waitForService(30_000);
			Bundle store = FrameworkUtil.getBundle(RecordStore.class);
			ComponentDescriptionDTO description = runtime.getComponentDescriptionDTO(store, "org.cairn.store.internal.RecordStoreService");
			assertNotNull(description, "the record store's component");
			runtime.disableComponent(description).getValue();
			runtime.enableComponent(description).getValue();
		} finally {
			scr.close();
		}
	}
}
