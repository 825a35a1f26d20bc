package org.cairn.store.tests;

import org.cairn.store.internal.Database;

/** The record store on a real embedded H2 file database. */
class H2RecordStoreTest extends RecordStoreTest {

	@Override
	Database database() {
		return TestDatabases.h2(folder);
	}
}
