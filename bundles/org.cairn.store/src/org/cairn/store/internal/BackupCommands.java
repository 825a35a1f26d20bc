package org.cairn.store.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.core.Settings;
import org.cairn.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What {@code cairn admin backup --to FILE} and {@code cairn admin restore --from FILE}: the embedded database copied
 * into one encrypted file, and put back after the copy is checked. The passphrase comes from
 * {@code --passphrase-file}, the environment variable {@code CAIRN_BACKUP_PASSPHRASE}, or the console; never from
 * the command line, where other users could read it.
 */
abstract class BackupCommands extends DeclaredCommand<BackupCommands.Options> {

	/** What both take; the backup file is {@code --to} for a backup and {@code --from} for a restore. */
	abstract static class Options {
		@Option(names = "--passphrase-file", paramLabel = "FILE", description = "A file whose first line is the passphrase.")
		Path passphraseFile;

		abstract Path file();
	}

	@Command(name = "backup")
	static final class To extends Options {
		@Option(names = "--to", required = true, paramLabel = "FILE", description = "The encrypted backup to write.")
		Path to;

		@Override
		Path file() {
			return to;
		}
	}

	@Command(name = "restore")
	static final class From extends Options {
		@Option(names = "--from", required = true, paramLabel = "FILE", description = "The encrypted backup to restore.")
		Path from;

		@Override
		Path file() {
			return from;
		}
	}

	/** Environment variable with the backup passphrase, for scheduled backups. */
	public static final String PASSPHRASE_VARIABLE = "CAIRN_BACKUP_PASSPHRASE";

	private final boolean restore;

	BackupCommands(boolean restore) {
		this.restore = restore;
	}

	/** Where the data folder and the database are (each component's own reference). */
	abstract Settings settings();

	@Override
	public String name() {
		return restore ? "restore" : "backup";
	}

	@Override
	public String summary() {
		return restore ? "Restore the embedded database from an encrypted backup, after checking it"
				: "Back the embedded database up into one encrypted file";
	}

	@Override
	public Object options() {
		return restore ? new From() : new To();
	}

	@Override
	public String description() {
		return (restore ? """
				Decrypts the backup, opens the copy and checks every record version against its hash; only then
				moves the current database aside (database.before-restore-<time> in the data folder) and puts the
				copy in its place. Close Cairn on this data folder first.
				""" : """
				Takes a consistent copy while the database is in use, compresses it and encrypts it (AES-256-GCM,
				key from the passphrase with PBKDF2-HMAC-SHA256). A backup holds patient data: keep the file and
				the passphrase apart. A PostgreSQL server is backed up with its own tools (docs/DEPLOYMENT.md).
				""") + """
				The passphrase (12 characters or more) is read from --passphrase-file, else from the environment
				variable CAIRN_BACKUP_PASSPHRASE, else asked for on the console.
				""";
	}

	@Override
	protected Requirement requires(Options options) {
		// a backup holds every record, a restore replaces them: an administrator, or the recovery key's holder
		return Requirement.accountOrRecoveryKey("CONFIGURE");
	}

	@Override
	protected int run(Options options, CommandInvocation invocation) throws Exception {
		Path file = options.file();
		if (settings().get(RecordStoreService.URL).isPresent()) {
			invocation.err().println(invocation.prefix() + " " + name() + ": this Cairn keeps its records on a PostgreSQL server (store.url); back it up and"
					+ " restore it with the server's own tools (pg_dump / pg_restore): see docs/DEPLOYMENT.md.");
			return FAILED;
		}
		char[] passphrase = passphrase(options.passphraseFile, invocation);
		if (passphrase == null) {
			return FAILED;
		}
		Path folder = RecordStoreService.embeddedFolder(settings());
		try {
			if (restore) {
				Backups.Result result = Backups.restore(file, folder, passphrase, invocation.auditUser());
				invocation.out().println("Restored " + file + " into " + result.file() + ": " + result.records() + " records in " + result.versions()
						+ " versions, every version's hash checked.");
			} else {
				if (!Database.embeddedExists(folder)) {
					invocation.err().println(invocation.prefix() + " backup: there is no database in " + folder + " to back up.");
					return FAILED;
				}
				try (Database database = Database.embedded(folder, OpenedKeys.keyFor(folder))) {
					Backups.Result result = Backups.backUp(database, file, passphrase, settings().dataFolder().resolve("tmp"), invocation.auditUser());
					invocation.out().println("Backed up " + result.records() + " records in " + result.versions() + " versions to " + result.file() + " ("
							+ Files.size(result.file()) + " bytes, encrypted).");
				}
			}
			return OK;
		} catch (StoreException e) {
			invocation.err().println(invocation.prefix() + " " + name() + ": " + e.getMessage());
			return FAILED;
		} finally {
			Arrays.fill(passphrase, '\0');
		}
	}

	private static char[] passphrase(Path file, CommandInvocation invocation) {
		if (file != null) {
			try {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (lines.isEmpty() || lines.get(0).isEmpty()) {
					invocation.err().println(invocation.prefix() + ": the passphrase file " + file + " is empty.");
					return null;
				}
				return lines.get(0).toCharArray();
			} catch (IOException e) {
				invocation.err().println(invocation.prefix() + ": the passphrase file " + file + " cannot be read: " + e.getMessage());
				return null;
			}
		}
		String variable = System.getenv(PASSPHRASE_VARIABLE);
		if (variable != null && !variable.isEmpty()) {
			return variable.toCharArray();
		}
		Console console = System.console();
		if (console != null) {
			char[] passphrase = console.readPassword("Backup passphrase: ");
			if (passphrase != null && passphrase.length > 0) {
				return passphrase;
			}
		}
		invocation.err().println(invocation.prefix() + ": a backup is always encrypted; give --passphrase-file FILE or set " + PASSPHRASE_VARIABLE + ".");
		return null;
	}
}
