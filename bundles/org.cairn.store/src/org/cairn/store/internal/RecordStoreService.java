package org.cairn.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.cairn.core.Settings;
import org.cairn.model.ClinicalRecord;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditQuery;
import org.cairn.store.AuditVerification;
import org.cairn.store.BackupEvents;
import org.cairn.store.CensusEntry;
import org.cairn.store.CensusFilter;
import org.cairn.store.DoseEntry;
import org.cairn.store.Draft;
import org.cairn.store.DraftEntry;
import org.cairn.store.PatientMatch;
import org.cairn.store.ScoreEntry;
import org.cairn.store.RecordStore;
import org.cairn.store.StoreException;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.cairn.store.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The {@link RecordStore} service. Where the records live is configuration ({@link Settings}): by default the
 * embedded database in {@code <data folder>/database}; with {@code store.url} set, that PostgreSQL database
 * ({@code store.user}, {@code store.password}). The schema is brought up to date before the service is offered,
 * so nothing reads a half-upgraded database; when that fails the service is not registered and the reason is
 * logged.
 */
@Component(service = { RecordStore.class, Transactions.class })
public class RecordStoreService implements RecordStore, Transactions {

	/** Setting: JDBC URL of a PostgreSQL database; empty for the embedded database. */
	public static final String URL = "store.url";
	public static final String USER = "store.user";
	public static final String PASSWORD = "store.password";

	private JdbcRecordStore store;

	@Reference
	Settings settings;

	@Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL)
	Logger logger;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	EventAdmin events;

	/** The workstation's scheduled backups ({@code backup.folder}), or null when there are none. */
	private ScheduledBackups backups;

	/**
	 * Opens and migrates the database. It does not compact the embedded file: compaction rewrites the whole file,
	 * which is an administrator's step with verification (see {@link Database#compactIfSparse()}), not something to
	 * run while Cairn starts or stops.
	 */
	@Activate
	void activate() {
		store = open(settings);
		startBackups();
	}

	/**
	 * Starts the scheduled backups the settings ask for. Not in the command line ({@code cairn.admin} is set there),
	 * which takes backups when told to; not for PostgreSQL, which the server backs up.
	 */
	private void startBackups() {
		if (Boolean.getBoolean("cairn.admin")) {
			return;
		}
		ScheduledBackups.Reporter reporter = new ScheduledBackups.Reporter() {
			@Override
			public void info(String message) {
				if (logger != null) {
					logger.info(message);
				}
			}

			@Override
			public void error(String message, Throwable cause) {
				if (logger != null) {
					logger.error(message, cause);
				} else {
					System.getLogger(RecordStoreService.class.getName()).log(System.Logger.Level.ERROR, message, cause);
				}
			}

			@Override
			public void event(java.util.Map<String, Object> properties) {
				EventAdmin admin = events;
				if (admin != null) {
					admin.postEvent(new Event(BackupEvents.TOPIC, properties));
				}
			}
		};
		try {
			Optional<BackupSchedule.Config> config = BackupSchedule.read(settings);
			if (config.isEmpty()) {
				return;
			}
			if (store.database().dialect() != Dialect.H2) {
				reporter.info("The setting " + BackupSchedule.FOLDER + " is ignored: the records are on a PostgreSQL server, which is backed up"
						+ " with its own tools (docs/DEPLOYMENT.md)");
				return;
			}
			BackupSchedule schedule = new BackupSchedule(store.database(), config.get(), settings.dataFolder().resolve("tmp"), Clock.systemUTC(),
					System.getenv());
			backups = new ScheduledBackups(schedule, reporter, Clock.systemUTC());
			backups.checkPassphrase();
			backups.start(BackupSchedule.AFTER_START);
		} catch (StoreException e) {
			reporter.error("Scheduled backups are off: " + e.getMessage(), e);
			reporter.event(java.util.Map.of(BackupEvents.OUTCOME, BackupEvents.FAILED, BackupEvents.TIME, java.time.Instant.now(),
					BackupEvents.PROBLEM, e.getMessage()));
		}
	}

	@Deactivate
	void deactivate() {
		if (backups != null) {
			backups.close();
		}
		if (store != null) {
			store.database().close();
		}
	}

	/** The database the settings name, migrated to this Cairn's schema. */
	static JdbcRecordStore open(Settings settings) {
		Database database = database(settings);
		new Migrations().migrate(database);
		return new JdbcRecordStore(database);
	}

	/** The database the settings name, not opened yet and not migrated. */
	static Database database(Settings settings) {
		Optional<String> url = settings.get(URL);
		if (url.isPresent()) {
			return Database.postgres(url.get(), settings.get(USER, ""), settings.get(PASSWORD, ""));
		}
		Path folder = embeddedFolder(settings);
		return Database.embedded(folder, OpenedKeys.keyFor(folder));
	}

	/** Where the embedded database lives: {@code <data folder>/database}. */
	static Path embeddedFolder(Settings settings) {
		return settings.dataFolder().resolve("database");
	}

	@Override
	public void audit(AuditEvent event) {
		store.audit(event);
	}

	@Override
	public AuditVerification verifyAudit() {
		return store.verifyAudit();
	}

	@Override
	public List<AuditEvent> auditTrail(String patientId, int limit) {
		return store.auditTrail(patientId, limit);
	}

	@Override
	public List<AuditEntry> auditEntries(AuditQuery query) {
		return store.auditEntries(query);
	}

	@Override
	public <T> T read(Work<T> work) {
		return store.read(work);
	}

	@Override
	public <T> T write(Work<T> work) {
		return store.write(work);
	}

	@Override
	public void audit(java.sql.Connection connection, AuditEvent event) throws java.sql.SQLException {
		store.audit(connection, event);
	}

	@Override
	public <T extends ClinicalRecord> StoredRecord<T> save(T record, int basedOnVersion, String user, String reason) {
		return store.save(record, basedOnVersion, user, reason);
	}

	@Override
	public <T extends ClinicalRecord> StoredRecord<T> save(T record, int basedOnVersion, String user, String reason, AuditEvent act) {
		return store.save(record, basedOnVersion, user, reason, act);
	}

	@Override
	public void saveAll(List<? extends ClinicalRecord> records, String user, String reason) {
		store.saveAll(records, user, reason);
	}

	@Override
	public List<StoredRecord<ClinicalRecord>> saveTogether(List<Change> changes, String user) {
		return store.saveTogether(changes, user);
	}

	@Override
	public Optional<StoredRecord<ClinicalRecord>> read(String id) {
		return store.read(id);
	}

	@Override
	public Optional<StoredRecord<ClinicalRecord>> read(String id, int version) {
		return store.read(id, version);
	}

	@Override
	public List<StoredRecord<ClinicalRecord>> history(String id) {
		return store.history(id);
	}

	@Override
	public List<PatientMatch> findPatients(String query, int limit) {
		return store.findPatients(query, limit);
	}

	@Override
	public List<PatientMatch> allPatients() {
		return store.allPatients();
	}

	@Override
	public List<TimelineEntry> timeline(String patientId) {
		return store.timeline(patientId);
	}

	@Override
	public String chartOf(String patientId) {
		return store.chartOf(patientId);
	}

	@Override
	public List<String> mergedInto(String patientId) {
		return store.mergedInto(patientId);
	}

	@Override
	public List<TimelineEntry> timeline(String patientId, Set<String> kinds) {
		return store.timeline(patientId, kinds);
	}

	@Override
	public List<CensusEntry> census(CensusFilter filter) {
		return store.census(filter);
	}

	@Override
	public List<String> careTeamStaff() {
		return store.careTeamStaff();
	}

	@Override
	public List<ScoreEntry> responses(String patientId, String formId) {
		return store.responses(patientId, formId);
	}

	@Override
	public List<DoseEntry> doses(String patientId, LocalDate from, LocalDate to) {
		return store.doses(patientId, from, to);
	}

	@Override
	public List<org.cairn.store.WorkItem> worklist(String kind, String status, int limit) {
		return store.worklist(kind, status, limit);
	}

	@Override
	public void saveDraft(ClinicalRecord record, int basedOnVersion, String user) {
		store.saveDraft(record, basedOnVersion, user);
	}

	@Override
	public Optional<Draft<ClinicalRecord>> draft(String id) {
		return store.draft(id);
	}

	@Override
	public List<DraftEntry> drafts(String user) {
		return store.drafts(user);
	}

	@Override
	public void discardDraft(String id) {
		store.discardDraft(id);
	}

	@Override
	public List<String> verifyHashes() {
		return store.verifyHashes();
	}
}
