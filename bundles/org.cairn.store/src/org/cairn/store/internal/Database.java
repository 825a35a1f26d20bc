package org.cairn.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.ConnectionPoolDataSource;

import org.cairn.store.StoreException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Where the records live: the embedded H2 database in the data folder, or a PostgreSQL server. Hands out pooled
 * connections (opening one costs milliseconds, and the embedded database would otherwise be opened and closed
 * with every connection) and turns the database's errors about reaching it into messages that say what to do.
 * {@link #close()} releases the connections and, for the embedded database, the file.
 */
public final class Database implements AutoCloseable {

	/** Connections kept at most; a workstation has a handful of jobs at a time. */
	private static final int MAX_CONNECTIONS = 8;

	/** File name of the embedded database, without H2's ".mv.db". */
	public static final String EMBEDDED_NAME = "cairn";

	private final ConnectionPoolDataSource dataSource;
	private final Dialect dialect;
	private final String description;
	private final Path folder;
	private JdbcConnectionPool pool;

	private Database(ConnectionPoolDataSource dataSource, Dialect dialect, String description, Path folder) {
		this.dataSource = dataSource;
		this.dialect = dialect;
		this.description = description;
		this.folder = folder;
	}

	/**
	 * The name of a thread on which no database call may be made (the display thread, whose calls freeze the screen),
	 * set by the UI test harness: each call made on it is reported to {@link #DISPLAY_THREAD_CALLS} with where it was
	 * made, and the harness fails the test that made it.
	 */
	public static final String WATCHED_THREAD = "cairn.store.watch-thread";

	/** Where a call on the {@linkplain #WATCHED_THREAD watched thread} is reported (a severe record with its stack). */
	public static final Logger DISPLAY_THREAD_CALLS = Logger.getLogger("org.cairn.store.display-thread-calls");

	private synchronized JdbcConnectionPool pool() {
		String watched = System.getProperty(WATCHED_THREAD);
		if (watched != null && watched.equals(Thread.currentThread().getName())) {
			DISPLAY_THREAD_CALLS.log(Level.SEVERE, "A database call on the thread " + watched + ": make it in a job",
					new IllegalStateException("database call on " + watched));
		}
		if (pool == null) {
			pool = JdbcConnectionPool.create(dataSource);
			pool.setMaxConnections(MAX_CONNECTIONS);
		}
		return pool;
	}

	/**
	 * Below this share of live data the embedded file is worth compacting. H2 writes every checkpoint
	 * as a new chunk and reuses old chunks only after 45 s, so a burst of saves (an import, the demo facility)
	 * leaves a file mostly made of dead chunks: 4.2 GB holding 87 MB after loading 100,000 patients.
	 */
	static final int COMPACT_BELOW_FILL_RATE = 50;

	/** Closes every pooled connection; the next {@link #connect()} starts afresh (after a restore, say). */
	@Override
	public synchronized void close() {
		if (pool != null) {
			pool.dispose();
			pool = null;
		}
	}

	/**
	 * For the embedded database, when less than half of its file is live data: compacts the file and closes the
	 * database (the next {@link #connect()} opens it again). It takes a few seconds on a large, sparse file. Does
	 * nothing for PostgreSQL, which reclaims space itself. Cairn does not run it by itself (see RecordStoreService);
	 * it is for an administrator's explicit, verified compaction.
	 *
	 * @return whether the file was compacted
	 */
	public boolean compactIfSparse() {
		return compactIfSparse(COMPACT_BELOW_FILL_RATE);
	}

	/** {@link #compactIfSparse()} with another threshold, in percent of the file that is live data. */
	public synchronized boolean compactIfSparse(int belowFillRate) {
		if (dialect != Dialect.H2) {
			return false;
		}
		try (Connection connection = pool().getConnection(); Statement statement = connection.createStatement()) {
			// The lower of H2's two measures: how much of the file is in chunks, and how much of the chunks is live.
			int fillRate = 100;
			try (ResultSet rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
					+ " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
				while (rows.next()) {
					fillRate = Math.min(fillRate, Integer.parseInt(rows.getString(1).trim()));
				}
			}
			if (fillRate >= belowFillRate) {
				return false;
			}
			statement.execute("SHUTDOWN COMPACT");
		} catch (SQLException | NumberFormatException e) {
			// Compacting is housekeeping: the database stays as it is and is compacted another time.
			return false;
		}
		close();
		return true;
	}

	/**
	 * The embedded database in {@code folder} (created on first use). The store writes each save into the file
	 * before acknowledging it (see {@code JdbcRecordStore}), so a save that returned survives the process being
	 * killed; H2's background writer keeps running and compacts the file.
	 */
	public static Database embedded(Path folder) {
		return embedded(folder, null);
	}

	/**
	 * The embedded database in {@code folder}, its file AES-encrypted with {@code fileKey} (from {@link KeySlots}) when
	 * that is not null. An encrypted file opens only with its key; the key is never written anywhere in the clear.
	 */
	public static Database embedded(Path folder, char[] fileKey) {
		try {
			Files.createDirectories(folder);
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot create the database folder " + folder + ": " + e.getMessage(), e);
		}
		JdbcDataSource h2 = new JdbcDataSource();
		// DB_CLOSE_ON_EXIT=FALSE: the store closes the database itself when Cairn stops (RecordStoreService). Left
		// on, H2's own JVM shutdown hook closed it concurrently with that orderly stop, and the stop then opened the
		// file a second time while the process was exiting.
		// MAX_COMPACT_TIME=0: no compaction when the database closes. Closing is then only writing the last chunk;
		// a close cut short by a process that is being stopped must not leave half-moved chunks behind.
		h2.setURL("jdbc:h2:file:" + folder.resolve(EMBEDDED_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0"
				+ (fileKey == null ? "" : ";CIPHER=AES"));
		h2.setUser("cairn");
		// With CIPHER=AES, H2 takes "<file password> <user password>"; the user password is empty.
		h2.setPassword(fileKey == null ? "" : new String(fileKey) + " ");
		return new Database(h2, Dialect.H2, "the embedded database in " + folder, folder);
	}

	/** Whether {@code folder} holds an embedded database (without opening, and so without creating, one). */
	public static boolean embeddedExists(Path folder) {
		return Files.exists(folder.resolve(EMBEDDED_NAME + ".mv.db"));
	}

	/** A PostgreSQL database, e.g. {@code jdbc:postgresql://dbhost:5432/cairn}. */
	public static Database postgres(String url, String user, String password) {
		PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
		postgres.setURL(url);
		postgres.setUser(user);
		postgres.setPassword(password);
		return new Database(postgres, Dialect.POSTGRESQL, "the PostgreSQL database " + url, null);
	}

	public Dialect dialect() {
		return dialect;
	}

	/** The embedded database's folder, or null for a server. */
	public Path folder() {
		return folder;
	}

	@Override
	public String toString() {
		return description;
	}

	/** A new connection, not auto-committing. */
	public Connection connect() {
		try {
			Connection connection = pool().getConnection();
			connection.setAutoCommit(false);
			return connection;
		} catch (SQLException e) {
			throw new StoreException(explain(e), e);
		}
	}

	private String explain(SQLException e) {
		if (dialect == Dialect.H2 && (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
				|| String.valueOf(e.getMessage()).contains("already in use"))) {
			return "The Cairn database in " + folder + " is already open in another Cairn (on this computer, or"
					+ " another one sharing the folder). Close that Cairn first. Several workstations that share"
					+ " records need a PostgreSQL server instead of the embedded database.";
		}
		return "Cannot open " + description + ": " + e.getMessage();
	}
}
