package org.cairn.store.internal;

/** What differs between the databases Cairn runs on. */
public enum Dialect {
	/** Embedded H2, one file in the user's data folder. DDL commits at once, so upgrades are undone from a backup. */
	H2("BLOB", false),
	/** A PostgreSQL server shared by a site's workstations. DDL is transactional. */
	POSTGRESQL("BYTEA", true);

	private final String binaryType;
	private final boolean transactionalDdl;

	Dialect(String binaryType, boolean transactionalDdl) {
		this.binaryType = binaryType;
		this.transactionalDdl = transactionalDdl;
	}

	/** Fills a migration's placeholders for this database. */
	public String prepare(String script) {
		return script.replace("${binary}", binaryType);
	}

	public boolean transactionalDdl() {
		return transactionalDdl;
	}
}
