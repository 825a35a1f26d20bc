package org.cairn.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.core.Settings;
import org.cairn.store.StoreException;
import org.cairn.store.internal.Migrations.Applied;
import org.cairn.store.internal.Migrations.Migration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;

/**
 * {@code cairn admin db status | migrate}: which database the settings name, its schema version against this
 * Cairn's, and the upgrade run on purpose (for a PostgreSQL server shared by several workstations, before the
 * first of them starts the new release). Reads no patient data: counts only.
 */
@Component(service = AdminCommand.class)
public class DbCommand extends DeclaredCommand<DbCommand.Action> {

	sealed interface Action permits Status, Migrate {
	}

	@Command(name = "db", subcommands = { Status.class, Migrate.class })
	static final class Db {
	}

	@Command(name = "status", description = { "The database the settings name (the embedded one in the data folder, or store.url), its"
			+ " schema version and the migrations applied, those this Cairn would apply, and how many records it holds.",
			"Exit status 0 when it is up to date, 1 when it needs an upgrade, is newer than this Cairn, or does not exist yet." })
	static final class Status implements Action {
	}

	@Command(name = "migrate", description = { "Applies the pending migrations now.",
			"The embedded database is backed up first (into database/backups/) and restored if the upgrade fails; PostgreSQL"
					+ " rolls a failed upgrade back. Cairn also does this when it starts; on a shared server, run it once, from one"
					+ " workstation, before the others start the new release." })
	static final class Migrate implements Action {
	}

	@Reference
	Settings settings;

	public DbCommand() {
	}

	/** For tests and hosts without Declarative Services. */
	public DbCommand(Settings settings) {
		this.settings = settings;
	}

	@Override
	public String name() {
		return "db";
	}

	@Override
	public String summary() {
		return "Show the record database's schema version, or upgrade it";
	}

	@Override
	public Object options() {
		return new Db();
	}

	@Override
	protected Requirement requires(Action action) {
		// what the database is and bringing its schema up to date: no records are read
		return Requirement.none();
	}

	@Override
	protected int run(Action action, CommandInvocation invocation) {
		return switch (action) {
		case Status status -> status(invocation);
		case Migrate migrate -> migrate(invocation);
		};
	}

	private int status(CommandInvocation invocation) {
		Migrations migrations = new Migrations();
		if (settings.get(RecordStoreService.URL).isEmpty()) {
			Path folder = RecordStoreService.embeddedFolder(settings);
			if (!Database.embeddedExists(folder)) {
				invocation.out().println("Database: none yet; the embedded database will be " + folder);
				invocation.out().println("Schema:   this Cairn creates version " + migrations.latestVersion()
						+ " when it first starts, or now with 'cairn admin db migrate'");
				return FAILED;
			}
		}
		try (Database database = RecordStoreService.database(settings)) {
			List<Applied> applied = Migrations.applied(database);
			List<Migration> pending = migrations.pending(applied);
			int version = applied.isEmpty() ? 0 : applied.get(applied.size() - 1).version();
			invocation.out().println("Database: " + database);
			String state;
			if (version > migrations.latestVersion()) {
				state = "newer than this Cairn, which knows versions up to " + migrations.latestVersion() + ": use the newer Cairn";
			} else if (pending.isEmpty()) {
				state = "up to date";
			} else {
				state = pending.size() + " migration" + (pending.size() == 1 ? "" : "s") + " pending; 'cairn admin db migrate' applies "
						+ (pending.size() == 1 ? "it" : "them");
			}
			invocation.out().println("Schema:   version " + version + " of " + migrations.latestVersion() + " (" + state + ")");
			for (Applied step : applied) {
				invocation.out().println("  applied  " + step.version() + "  " + step.description() + "  "
						+ (step.appliedAt() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(step.appliedAt())));
			}
			for (Migration step : pending) {
				invocation.out().println("  pending  " + step.version() + "  " + step.description());
			}
			if (version > 0) {
				invocation.out().println("Records:  " + counts(database));
			}
			return pending.isEmpty() && version <= migrations.latestVersion() ? OK : FAILED;
		}
	}

	private static String counts(Database database) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			Backups.Counts counts = Backups.Counts.of(statement);
			connection.rollback();
			return counts.records() + " records in " + counts.versions() + " versions";
		} catch (SQLException e) {
			return "cannot be counted (" + e.getMessage() + ")";
		}
	}

	private int migrate(CommandInvocation invocation) {
		try (Database database = RecordStoreService.database(settings)) {
			List<Migration> ran = new Migrations().migrate(database);
			invocation.out().println("Database: " + database);
			if (ran.isEmpty()) {
				invocation.out().println("Schema:   up to date (version " + new Migrations().latestVersion() + "); nothing to do");
			}
			for (Migration step : ran) {
				invocation.out().println("  applied  " + step.version() + "  " + step.description());
			}
			return OK;
		} catch (StoreException e) {
			invocation.err().println(invocation.prefix() + " db migrate: " + e.getMessage());
			return FAILED;
		}
	}
}
