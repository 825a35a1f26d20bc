package org.cairn.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.cairn.store.StoreException;

/**
 * Brings a database to the schema this Cairn was built for, with versioned SQL scripts. A small runner of its own
 * (why not Flyway or Liquibase: docs/ARCHITECTURE.md): each script's SHA-256 is recorded when it runs and checked
 * at every start; a database newer than the code is refused; before the embedded database is upgraded it is
 * backed up, and a failed upgrade restores that backup (PostgreSQL rolls the whole upgrade back itself), so a
 * database is never left half-upgraded.
 */
public final class Migrations {

	/** Work a migration does after its script, in the same transaction (e.g. filling new index tables). */
	@FunctionalInterface
	public interface Step {
		void run(Connection connection) throws SQLException;
	}

	/**
	 * One schema change: version, description, the script's resource path in this bundle, and what runs after
	 * the script (may be null). The checksum covers the script.
	 */
	public record Migration(int version, String description, String resource, Step after) {

		public Migration(int version, String description, String resource) {
			this(version, description, resource, null);
		}
	}

	/** The migrations this Cairn knows, in order. */
	public static final List<Migration> ALL = List.of(
			new Migration(1, "records, versions and indexes", "/db/migration/V1__records_versions_and_indexes.sql"),
			new Migration(2, "census, responses, doses; the timeline on the head row",
					"/db/migration/V2__census_responses_doses_and_timeline_on_head.sql", IndexWriter::rebuild),
			new Migration(3, "drafts", "/db/migration/V3__drafts.sql"),
			new Migration(4, "worklists: records by kind and status; notes awaiting co-signature",
					"/db/migration/V4__worklists.sql", connection -> IndexWriter.refreshHeads(connection, "SessionNote")),
			new Migration(5, "the audit log, hash-chained", "/db/migration/V5__audit_log.sql"),
			new Migration(6, "user accounts and the permissions of each role", "/db/migration/V6__accounts.sql"),
			new Migration(7, "the facility's settings", "/db/migration/V7__settings.sql"),
			new Migration(8, "permissions to release records and read reports", "/db/migration/V8__release_and_reports.sql"),
			new Migration(9, "one chart per MRN", "/db/migration/V9__one_chart_per_mrn.sql"),
			new Migration(10, "who works in which programme, and who supervises whom", "/db/migration/V10__programmes_and_supervision.sql"),
			new Migration(11, "duplicate charts merged into the chart of the same person", "/db/migration/V11__merged_charts.sql"));

	private static final String HISTORY = "cairn_schema_history";

	private final List<Migration> migrations;
	private final Function<String, InputStream> scripts;

	public Migrations() {
		this(ALL, Migrations.class::getResourceAsStream);
	}

	/** For tests: other migrations, whose scripts {@code scripts} opens by resource path. */
	public Migrations(List<Migration> migrations, Function<String, InputStream> scripts) {
		this.migrations = List.copyOf(migrations);
		this.scripts = scripts;
	}

	/** The schema version the known migrations lead to. */
	public int latestVersion() {
		return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
	}

	/**
	 * Upgrades {@code database} to {@link #latestVersion()}.
	 *
	 * @return the migrations that ran (empty when the database was current)
	 * @throws StoreException when the database is newer than this Cairn, a recorded script has changed, or an
	 *                        upgrade failed (the database is then as it was before)
	 */
	public List<Migration> migrate(Database database) {
		Map<Integer, String> applied = appliedChecksums(database);
		for (Map.Entry<Integer, String> entry : applied.entrySet()) {
			if (entry.getKey() > latestVersion()) {
				throw new StoreException(database + " has schema version " + entry.getKey()
						+ ", written by a newer Cairn; this Cairn knows versions up to " + latestVersion()
						+ ". Use that newer Cairn (or restore a backup made for this one); nothing was changed.");
			}
		}
		List<Migration> pending = new ArrayList<>();
		for (Migration migration : migrations) {
			String recorded = applied.get(migration.version());
			String checksum = checksum(script(migration));
			if (recorded == null) {
				pending.add(migration);
			} else if (!recorded.equals(checksum)) {
				throw new StoreException("Schema migration " + migration.version() + " (" + migration.description()
						+ ") differs from the one that was applied to " + database + " (checksum " + recorded
						+ ", now " + checksum + "). A released migration must never change.");
			}
		}
		if (pending.isEmpty()) {
			return List.of();
		}
		Path backup = database.dialect() == Dialect.H2 && !applied.isEmpty() ? backUp(database) : null;
		Connection connection = database.connect();
		try {
			for (Migration migration : pending) {
				run(database, connection, migration);
			}
			connection.commit();
			return pending;
		} catch (SQLException | RuntimeException e) {
			rollBack(connection);
			close(connection);
			String undone = undo(database, backup, applied.isEmpty());
			throw new StoreException("Upgrading " + database + " failed: " + e.getMessage() + ". " + undone, e);
		} finally {
			close(connection);
		}
	}

	/** One applied migration as the schema history records it. */
	public record Applied(int version, String description, OffsetDateTime appliedAt) {
	}

	/**
	 * The migrations applied to {@code database}, read without changing anything (an empty list when it has no
	 * schema history yet).
	 */
	public static List<Applied> applied(Database database) {
		try (Connection connection = database.connect()) {
			// Only the connection's own schema: a server may hold other Cairn schemas (another site, a test), whose
			// history says nothing about this one. A schema that does not exist has no history either.
			boolean exists = false;
			String schema = connection.getSchema();
			if (schema != null) {
				try (ResultSet tables = connection.getMetaData().getTables(null, schema, null, new String[] { "TABLE" })) {
					while (tables.next()) {
						exists |= HISTORY.equalsIgnoreCase(tables.getString("TABLE_NAME"));
					}
				}
			}
			List<Applied> applied = new ArrayList<>();
			if (exists) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT version, description, applied_at FROM " + HISTORY + " ORDER BY version")) {
					while (rows.next()) {
						applied.add(new Applied(rows.getInt(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class)));
					}
				}
			}
			connection.rollback();
			return applied;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the schema version of " + database + ": " + e.getMessage(), e);
		}
	}

	/** The known migrations not yet in {@code applied}. */
	public List<Migration> pending(List<Applied> applied) {
		return migrations.stream().filter(m -> applied.stream().noneMatch(a -> a.version() == m.version())).toList();
	}

	private Map<Integer, String> appliedChecksums(Database database) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (version INTEGER NOT NULL PRIMARY KEY,"
					+ " description VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL,"
					+ " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
			connection.commit();
			Map<Integer, String> applied = new TreeMap<>();
			try (ResultSet rows = statement.executeQuery("SELECT version, checksum FROM " + HISTORY)) {
				while (rows.next()) {
					applied.put(rows.getInt(1), rows.getString(2).trim());
				}
			}
			return applied;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the schema version of " + database + ": " + e.getMessage(), e);
		}
	}

	private void run(Database database, Connection connection, Migration migration) throws SQLException {
		String script = script(migration);
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(database.dialect().prepare(script))) {
				statement.execute(sql);
			}
			if (migration.after() != null) {
				migration.after().run(connection);
			}
		} catch (SQLException e) {
			throw new SQLException("migration " + migration.version() + " (" + migration.description() + "): " + e.getMessage(), e);
		}
		try (PreparedStatement record = connection.prepareStatement(
				"INSERT INTO " + HISTORY + " (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
			record.setInt(1, migration.version());
			record.setString(2, migration.description());
			record.setString(3, checksum(script));
			record.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
			record.executeUpdate();
		}
	}

	/** The script's statements: split at semicolons that end a line, comments removed. */
	static List<String> statements(String script) {
		StringBuilder clean = new StringBuilder();
		for (String line : script.split("\\R")) {
			String text = line.strip();
			if (!text.startsWith("--")) {
				clean.append(line).append('\n');
			}
		}
		List<String> statements = new ArrayList<>();
		for (String part : clean.toString().split(";\\s*\\n")) {
			if (!part.isBlank()) {
				statements.add(part.strip().replaceAll(";$", ""));
			}
		}
		return statements;
	}

	private String script(Migration migration) {
		try (InputStream in = scripts.apply(migration.resource())) {
			if (in == null) {
				throw new StoreException("Schema migration " + migration.version() + " is missing: " + migration.resource());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Cannot read schema migration " + migration.resource() + ": " + e.getMessage(), e);
		}
	}

	static String checksum(String script) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Copies the embedded database to {@code backups/cairn-<time>.zip} in its folder before an upgrade. */
	private static Path backUp(Database database) {
		Path backups = database.folder().resolve("backups");
		Path zip = backups.resolve("cairn-before-upgrade-"
				+ DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()) + ".zip");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			Files.createDirectories(backups);
			statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
			return zip;
		} catch (SQLException | IOException e) {
			throw new StoreException("Cannot back up " + database + " before upgrading it, so it was not upgraded: " + e.getMessage(), e);
		}
	}

	private static String undo(Database database, Path backup, boolean wasEmpty) {
		if (database.dialect().transactionalDdl()) {
			return "The upgrade was rolled back; the database is as it was.";
		}
		try {
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			} catch (SQLException | StoreException closed) {
				// already closed
			}
			database.close();
			if (wasEmpty) {
				Files.deleteIfExists(database.folder().resolve(Database.EMBEDDED_NAME + ".mv.db"));
				return "The new, empty database was removed.";
			}
			org.h2.tools.Restore.execute(backup.toString(), database.folder().toString(), Database.EMBEDDED_NAME);
			return "The database was restored from the backup taken before the upgrade (" + backup + ").";
		} catch (IOException | RuntimeException e) {
			return "Restoring the backup " + backup + " failed too (" + e.getMessage()
					+ "); restore it by hand before starting Cairn again.";
		}
	}

	private static void rollBack(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is gone; the caller reports the original failure
		}
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// closing is best effort
		}
	}
}
