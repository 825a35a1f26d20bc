package org.cairn.clinical.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cairn.security.Authentication;
import org.cairn.security.Session;
import org.cairn.security.internal.JdbcAccounts;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a service test of one chart starts from: a new embedded database with a facility, a nurse ({@code nurse.ana},
 * prescriber) signed in, and one patient ({@code p-ashby}) with an open OTP episode ({@code e-ashby}).
 */
abstract class OneChart {

	@TempDir
	Path folder;

	Database database;
	JdbcRecordStore store;
	JdbcAccounts accounts;
	Session nurse;

	@BeforeEach
	void openTheChart() throws Exception {
		database = Database.embedded(folder.resolve("db"));
		new Migrations().migrate(database);
		store = new JdbcRecordStore(database);
		accounts = new JdbcAccounts(store, java.time.Clock.systemUTC());
		accounts.setUp("Harbour Light Recovery Centre", "site.admin", "Sam Admin", "a long test passphrase".toCharArray());
		accounts.create("nurse.ana", "Ana", Set.of("prescriber"), "a long test passphrase".toCharArray(), "site.admin");
		nurse = new Session((Authentication.Success) accounts.authenticate("nurse.ana", "a long test passphrase".toCharArray()), Instant.now());
		store.saveAll(List.of(ClinicalServicesTest.patient("p-ashby", "Omar", "Ashby", "OTP-0001"),
				ClinicalServicesTest.episode("e-ashby", "p-ashby", "counsellor.kim")), "site.admin", "test");
	}

	@AfterEach
	void closeTheDatabase() {
		database.close();
	}
}
