package org.cairn.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.core.Settings;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditVerification;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;

/**
 * {@code cairn admin audit verify}: checks the audit log's hash chain and names every event that was changed,
 * deleted, inserted or moved. The check is itself audited. It opens the database the settings name without
 * upgrading it.
 */
@Component(service = AdminCommand.class)
public class AuditCommand extends DeclaredCommand<AuditCommand.Action> {

	sealed interface Action permits Verify, Checkpoint {
	}

	@Command(name = "audit", subcommands = { Verify.class, Checkpoint.class })
	static final class Audit {
	}

	@Command(name = "verify", description = { "Walks the audit log's hash chain: every event carries the hash of the one before, and the"
			+ " log's head the hash of the newest. Names each event that was changed, deleted, inserted or moved, and events cut off"
			+ " the end; exit status 0 when the log is intact, 1 when it is not or cannot be read.",
			"Prints the newest event's hash: keep it elsewhere, and a later check can show that the whole log was not rewritten"
					+ " since. The check is added to the log as an event.",
			"With --checkpoints DIR (a folder 'audit checkpoint' writes) or --expect SEQ:HASH, it also finds a log cut short or"
					+ " rolled back, which the chain alone cannot show, and says from which event." })
	static final class Verify implements Action {
		@picocli.CommandLine.Option(names = "--checkpoints", paramLabel = "DIR", description = "A folder of signed checkpoints to compare the log with.")
		java.nio.file.Path checkpoints;

		@picocli.CommandLine.Option(names = "--expect", paramLabel = "SEQ:HASH", description = "An event's number and hash kept elsewhere (repeatable).")
		java.util.List<String> expect = new java.util.ArrayList<>();
	}

	@Command(name = "checkpoint", description = { "Writes the newest event's number and hash, signed, into a folder the auditor keeps away"
			+ " from the database (on another machine or medium): the folder's Ed25519 key is made with its first checkpoint and"
			+ " never goes into the database. 'audit verify --checkpoints DIR' then finds the log cut short or rolled back." })
	static final class Checkpoint implements Action {
		@picocli.CommandLine.Option(names = "--to", required = true, paramLabel = "DIR", description = "The checkpoints' folder.")
		java.nio.file.Path to;
	}

	@Reference
	Settings settings;

	public AuditCommand() {
	}

	/** For tests and hosts without Declarative Services. */
	public AuditCommand(Settings settings) {
		this.settings = settings;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return "Check that the audit log has not been changed";
	}

	@Override
	public Object options() {
		return new Audit();
	}

	@Override
	protected Requirement requires(Action action) {
		return Requirement.account("AUDIT_READ");
	}

	@Override
	protected int run(Action action, CommandInvocation invocation) throws Exception {
		if (settings.get(RecordStoreService.URL).isEmpty() && !Database.embeddedExists(RecordStoreService.embeddedFolder(settings))) {
			invocation.err().println(invocation.prefix() + " audit: there is no database in " + RecordStoreService.embeddedFolder(settings) + " yet.");
			return FAILED;
		}
		try (Database database = RecordStoreService.database(settings)) {
			if (Migrations.applied(database).stream().noneMatch(step -> step.version() == 5)) {
				invocation.err().println(invocation.prefix() + " audit: " + database
						+ " has no audit log yet (it comes with schema version 5); 'db migrate' adds it.");
				return FAILED;
			}
			if (action instanceof Checkpoint checkpoint) {
				AuditCheckpoints.Checkpoint now;
				try (Connection connection = database.connect()) {
					now = AuditCheckpoints.now(connection);
					connection.rollback();
				}
				if (now == null) {
					invocation.err().println(invocation.prefix() + " audit checkpoint: the audit log is empty; there is nothing to keep yet.");
					return FAILED;
				}
				java.nio.file.Path file = AuditCheckpoints.write(checkpoint.to, now);
				invocation.out().println("Checkpoint of event " + now.seq() + " (" + now.hash() + ") written to " + file + ".");
				return OK;
			}
			Verify verify = (Verify) action;
			List<AuditCheckpoints.Checkpoint> expected = new java.util.ArrayList<>();
			List<String> unreadable = new java.util.ArrayList<>();
			for (String text : verify.expect) {
				try {
					expected.add(AuditCheckpoints.Checkpoint.expected(text));
				} catch (IllegalArgumentException e) {
					throw new org.cairn.admin.UsageException("--expect " + e.getMessage());
				}
			}
			if (verify.checkpoints != null) {
				AuditCheckpoints.Read read = AuditCheckpoints.read(verify.checkpoints);
				expected.addAll(read.checkpoints());
				unreadable.addAll(read.problems());
			}
			AuditVerification result;
			try (Connection connection = database.connect()) {
				AuditVerification chain = AuditLog.verify(connection);
				List<String> problems = new java.util.ArrayList<>(chain.problems());
				problems.addAll(AuditCheckpoints.check(connection, expected));
				problems.addAll(unreadable);
				result = new AuditVerification(chain.events(), chain.lastAt(), chain.headHash(), problems);
				connection.rollback();
			}
			if (result.intact()) {
				invocation.out().println("The audit log is intact: " + result.events() + " event" + (result.events() == 1 ? "" : "s")
						+ (result.lastAt() == null ? "" : ", the newest at " + result.lastAt())
						+ (expected.isEmpty() ? "" : "; it holds every event of " + expected.size() + " checkpoint" + (expected.size() == 1 ? "" : "s")) + ".");
			} else {
				invocation.out().println("The audit log has been tampered with (" + result.events() + " events read):");
				for (String problem : result.problems()) {
					invocation.out().println("  " + problem);
				}
			}
			invocation.out().println("Newest hash: " + result.headHash());
			record(database, result, invocation.auditUser());
			return result.intact() ? OK : FAILED;
		} catch (org.cairn.store.StoreException e) {
			invocation.err().println(invocation.prefix() + " audit: " + e.getMessage());
			return FAILED;
		}
	}

	/** The check is an access to the audit log, so it is an event of its own (when the log can still take one). */
	private static void record(Database database, AuditVerification result, String user) {
		AuditEvent event = AuditEvent.of(user, AuditEvent.Action.AUDIT_VERIFY, null, null);
		if (!result.intact()) {
			event = event.with(AuditEvent.Outcome.FAILURE, result.problems().size() + " problems found");
		}
		try (Connection connection = database.connect()) {
			try {
				AuditLog.append(connection, event, Clock.systemUTC());
				connection.commit();
			} catch (SQLException e) {
				connection.rollback();
			}
		} catch (SQLException e) {
			// the result stands; the log could not take the event (its head is gone, for one)
		}
	}
}
