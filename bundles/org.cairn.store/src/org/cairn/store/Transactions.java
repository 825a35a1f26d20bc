package org.cairn.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Transactions on the record database for the bundles that keep tables of their own in it (org.cairn.security's
 * accounts), so that one component owns the connection, the dialect and the commit. Offered by the same component
 * as {@link RecordStore}: getting it opens and upgrades the database as getting the store does.
 */
public interface Transactions {

	/** Work on a connection; what it throws is rolled back. */
	@FunctionalInterface
	interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	/** Runs {@code work} in a transaction that only reads; it is rolled back afterwards. */
	<T> T read(Work<T> work);

	/** Runs {@code work} in a transaction and commits it durably, or rolls it back when it throws. */
	<T> T write(Work<T> work);

	/** Appends {@code event} to the audit log in the transaction of {@code connection} (inside {@link #write}). */
	void audit(Connection connection, AuditEvent event) throws SQLException;
}
