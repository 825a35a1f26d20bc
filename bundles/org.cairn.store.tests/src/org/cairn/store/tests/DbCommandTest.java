package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cairn.admin.AdminCommand;
import org.cairn.core.Settings;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.DbCommand;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn admin db status | migrate} on a real embedded database: none yet, an older schema with migrations
 * pending, the upgrade (with its backup), and up to date.
 */
class DbCommandTest {

	@TempDir
	Path data;

	private DbCommand command;

	@BeforeEach
	void command() throws Exception {
		System.setProperty("cairn.data", data.toString());
		command = new DbCommand(new Settings());
	}

	@AfterEach
	void clear() {
		System.clearProperty("cairn.data");
	}

	private Commands.Run run(String... args) throws Exception {
		return Commands.run(command, args);
	}

	@Test
	void statusSaysWhatIsPendingAndMigrateUpgradesWithABackup() throws Exception {
		int latest = new Migrations().latestVersion();
		Commands.Run none = run("status");
		assertEquals(AdminCommand.FAILED, none.status());
		assertTrue(none.out().startsWith("Database: none yet; the embedded database will be " + data.resolve("database")), none.out());

		// A database an older Cairn made: the first two migrations only.
		try (Database older = Database.embedded(data.resolve("database"))) {
			new Migrations(Migrations.ALL.subList(0, 2), Migrations.class::getResourceAsStream).migrate(older);
		}
		Commands.Run old = run("status");
		assertEquals(AdminCommand.FAILED, old.status(), "an upgrade is needed: " + old.out());
		assertTrue(old.out().contains("Schema:   version 2 of " + latest + " (" + (latest - 2) + " migrations pending; 'cairn admin db migrate' applies them)"),
				old.out());
		assertTrue(old.out().contains("  applied  1  records, versions and indexes  "), old.out());
		assertTrue(old.out().contains("  pending  3  drafts"), old.out());
		assertTrue(old.out().contains("Records:  0 records in 0 versions"), old.out());

		Commands.Run migrate = run("migrate");
		assertEquals(AdminCommand.OK, migrate.status(), migrate.out() + migrate.err());
		assertTrue(migrate.out().contains("  applied  3  drafts"), migrate.out());
		assertTrue(java.nio.file.Files.list(data.resolve("database/backups")).anyMatch(p -> p.getFileName().toString().startsWith("cairn-before-upgrade-")),
				"the embedded database was backed up before the upgrade");

		Commands.Run current = run("status");
		assertEquals(AdminCommand.OK, current.status(), current.out());
		assertTrue(current.out().contains("Schema:   version " + latest + " of " + latest + " (up to date)"), current.out());
		assertTrue(run("migrate").out().contains("up to date (version " + latest + "); nothing to do"));
	}
}
