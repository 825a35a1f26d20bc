package org.cairn.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairn.security.Account;
import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.security.internal.JdbcAccounts;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts on a real embedded database ({@link PostgresAccountsTest}: on PostgreSQL): the roles' permissions, lockout,
 * disabled accounts, and the audit events each leaves.
 */
class AccountsTest {

	static final char[] PASSWORD = "three blind mice".toCharArray();

	/** A clock the test moves on. */
	static final class TestClock extends Clock {
		Instant now = Instant.parse("2026-12-03T09:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@TempDir
	Path folder;

	Database database;
	JdbcRecordStore store;
	TestClock clock = new TestClock();
	JdbcAccounts accounts;

	Database database() throws Exception {
		return Database.embedded(folder.resolve("db"));
	}

	void drop(Database db) throws Exception {
		db.close();
	}

	@BeforeEach
	void open() throws Exception {
		database = database();
		new Migrations().migrate(database);
		store = new JdbcRecordStore(database, clock);
		accounts = new JdbcAccounts(store, clock);
	}

	@AfterEach
	void close() throws Exception {
		drop(database);
	}

	@Test
	void eachRoleHasItsPermissions() {
		assertEquals(Set.of("administrator", "auditor", "clinician", "intake", "prescriber", "supervisor"), accounts.roles());
		assertEquals(EnumSet.of(Permission.DEMOGRAPHICS_READ, Permission.PATIENT_REGISTER), permissionsOf("intake"),
				"intake staff see demographics, not notes");
		assertEquals(EnumSet.of(Permission.DEMOGRAPHICS_READ, Permission.CLINICAL_READ, Permission.NOTE_WRITE, Permission.NOTE_SIGN,
				Permission.PLAN_WRITE, Permission.ASSESSMENT_GIVE, Permission.BREAK_GLASS, Permission.RECORDS_RELEASE), permissionsOf("clinician"));
		assertTrue(permissionsOf("prescriber").containsAll(EnumSet.of(Permission.MEDICATION_ORDER, Permission.MEDICATION_ADMINISTER)));
		assertTrue(permissionsOf("supervisor").contains(Permission.NOTE_COSIGN));
		assertFalse(permissionsOf("clinician").contains(Permission.NOTE_COSIGN));
		assertEquals(EnumSet.of(Permission.ACCOUNT_MANAGE, Permission.PLUGIN_INSTALL, Permission.CONFIGURE, Permission.AUDIT_READ,
				Permission.REPORTS_READ), permissionsOf("administrator"), "only administrators install plugins; they read no clinical records");
		assertTrue(permissionsOf("supervisor").containsAll(EnumSet.of(Permission.REPORTS_READ, Permission.RECORDS_RELEASE)));
		assertFalse(permissionsOf("intake").contains(Permission.RECORDS_RELEASE), "intake staff release no records");
		assertEquals(EnumSet.of(Permission.AUDIT_READ), permissionsOf("auditor"));
		for (String role : accounts.roles()) {
			boolean readsAudit = permissionsOf(role).contains(Permission.AUDIT_READ);
			assertEquals(role.equals("administrator") || role.equals("auditor"), readsAudit, "only auditors and administrators read the audit log: " + role);
		}
	}

	private Set<Permission> permissionsOf(String role) {
		return accounts.permissions(new Account("x", "X", Set.of(role), false, 0, null, Instant.EPOCH));
	}

	@Test
	void anAccountIsCreatedOnceWithKnownRolesAndAStrongPassword() {
		Account created = accounts.create("ana.lopez", "Ana López", Set.of("clinician", "supervisor"), PASSWORD, "admin");
		assertEquals(Set.of("clinician", "supervisor"), created.roles());
		assertEquals(List.of("ana.lopez"), accounts.list().stream().map(Account::id).toList());
		assertEquals("There is already an account named ana.lopez",
				assertThrows(AccountException.class, () -> accounts.create("ana.lopez", "Ana", Set.of("clinician"), PASSWORD, "admin")).getMessage());
		assertEquals("Unknown role nurse; known roles: administrator, auditor, clinician, intake, prescriber, supervisor",
				assertThrows(AccountException.class, () -> accounts.create("ben", "Ben", Set.of("nurse"), PASSWORD, "admin")).getMessage());
		assertTrue(assertThrows(AccountException.class, () -> accounts.create("Ben Smith", "Ben", Set.of("clinician"), PASSWORD, "admin")).getMessage()
				.startsWith("An account's name is 2 to 64 lower-case letters"));
		assertEquals("A password needs at least 12 characters (this one has 5)",
				assertThrows(AccountException.class, () -> accounts.create("ben", "Ben", Set.of("clinician"), "short".toCharArray(), "admin")).getMessage());
		assertEquals(1, accounts.list().size(), "nothing refused was stored");
	}

	@Test
	void aLoginSucceedsWithThePasswordAndIsAudited() {
		accounts.create("ana.lopez", "Ana López", Set.of("intake"), PASSWORD, "admin");
		Authentication.Success in = assertInstanceOf(Authentication.Success.class, accounts.authenticate("Ana.Lopez ", PASSWORD));
		assertEquals("ana.lopez", in.account().id());
		assertEquals(EnumSet.of(Permission.DEMOGRAPHICS_READ, Permission.PATIENT_REGISTER), in.permissions());
		AuditEvent login = store.auditTrail(null, 1).get(0);
		assertEquals(Action.LOGIN, login.action());
		assertEquals("ana.lopez", login.user());
		AuditEvent created = store.auditTrail(null, 2).get(1);
		assertEquals(Action.CONFIGURATION, created.action());
		assertEquals("admin", created.user());
		assertEquals("account ana.lopez created with the roles intake", created.detail());
	}

	@Test
	void aWrongNameOrPasswordGetsTheSameWordsAndTheTypedNameIsNotRecorded() {
		accounts.create("ana.lopez", "Ana López", Set.of("clinician"), PASSWORD, "admin");
		Authentication wrongPassword = accounts.authenticate("ana.lopez", "three blind men".toCharArray());
		Authentication wrongName = accounts.authenticate("three blind mice", PASSWORD);
		assertEquals(new Authentication.Refused(Accounts.SIGN_IN_REFUSED), wrongPassword);
		assertEquals(wrongPassword, wrongName);
		AuditEvent unknown = store.auditTrail(null, 1).get(0);
		assertEquals(Action.LOGIN_FAILED, unknown.action());
		assertEquals("unknown", unknown.user(), "a password typed into the name field must not land in the log");
		assertEquals("no such account", unknown.detail());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForAQuarterOfAnHour() {
		accounts.create("ana.lopez", "Ana López", Set.of("clinician"), PASSWORD, "admin");
		for (int i = 1; i < Accounts.LOCK_AFTER; i++) {
			assertEquals(new Authentication.Refused(Accounts.SIGN_IN_REFUSED), accounts.authenticate("ana.lopez", "wrong password!".toCharArray()));
		}
		Authentication fifth = accounts.authenticate("ana.lopez", "wrong password!".toCharArray());
		assertEquals(new Authentication.Refused(Accounts.SIGN_IN_REFUSED), fifth, "the same words: a lock tells nobody the name exists");
		assertEquals(new Authentication.Refused(Accounts.SIGN_IN_REFUSED), accounts.authenticate("ana.lopez", PASSWORD),
				"locked: even the right password waits, and is not confirmed");
		assertTrue(accounts.find("ana.lopez").orElseThrow().lockedAt(clock.now));

		clock.now = clock.now.plus(Duration.ofMinutes(16));
		assertInstanceOf(Authentication.Success.class, accounts.authenticate("ana.lopez", PASSWORD), "after the lock, the right password works");
		assertEquals(0, accounts.find("ana.lopez").orElseThrow().failedAttempts());

		List<String> details = store.auditTrail(null, 10).stream().filter(e -> e.action() == Action.LOGIN_FAILED).map(AuditEvent::detail).toList();
		assertEquals(List.of("account locked", "wrong password; locked for 15 minutes", "wrong password (4 in a row)", "wrong password (3 in a row)",
				"wrong password (2 in a row)", "wrong password (1 in a row)"), details);
		assertTrue(store.verifyAudit().intact());
	}

	@Test
	void aDisabledAccountCannotLogInAndANewPasswordUnlocks() {
		accounts.create("ana.lopez", "Ana López", Set.of("clinician"), PASSWORD, "admin");
		accounts.setDisabled("ana.lopez", true, "admin");
		assertEquals(new Authentication.Refused(Accounts.SIGN_IN_REFUSED), accounts.authenticate("ana.lopez", PASSWORD), "a disabled account: the same words");
		accounts.setDisabled("ana.lopez", false, "admin");
		for (int i = 0; i < Accounts.LOCK_AFTER; i++) {
			accounts.authenticate("ana.lopez", "wrong password!".toCharArray());
		}
		accounts.changePassword("ana.lopez", "a new long passphrase".toCharArray(), "admin");
		assertInstanceOf(Authentication.Success.class, accounts.authenticate("ana.lopez", "a new long passphrase".toCharArray()));
		assertInstanceOf(Authentication.Refused.class, accounts.authenticate("ana.lopez", PASSWORD), "the old password no longer works");
		accounts.setRoles("ana.lopez", Set.of("supervisor"), "admin");
		assertEquals(Set.of("supervisor"), accounts.find("ana.lopez").orElseThrow().roles());
		assertEquals("There is no account named nobody",
				assertThrows(AccountException.class, () -> accounts.setDisabled("nobody", true, "admin")).getMessage());
		List<String> changes = store.auditTrail(null, 50).stream().filter(e -> e.action() == Action.CONFIGURATION).map(AuditEvent::detail).toList();
		assertEquals(List.of("roles of account ana.lopez set to supervisor", "password of account ana.lopez set", "account ana.lopez enabled",
				"account ana.lopez disabled", "account ana.lopez created with the roles clinician"), changes);
	}

	@Test
	void theFirstRunNamesTheFacilityAndMakesTheFirstAdministratorOnce() {
		assertFalse(accounts.isSetUp());
		assertEquals("A password needs at least 12 characters (this one has 5)",
				assertThrows(AccountException.class, () -> accounts.setUp("Harbour Recovery", "admin", "Sam Admin", "short".toCharArray())).getMessage());
		assertEquals("The facility needs a name",
				assertThrows(AccountException.class, () -> accounts.setUp(" ", "admin", "Sam Admin", PASSWORD)).getMessage());
		assertFalse(accounts.isSetUp(), "nothing refused was stored");
		assertTrue(accounts.setting(Accounts.FACILITY_NAME).isEmpty());

		Account admin = accounts.setUp(" Harbour Recovery ", "admin", "Sam Admin", PASSWORD);
		assertEquals(Set.of("administrator"), admin.roles());
		assertTrue(accounts.isSetUp());
		assertEquals("Harbour Recovery", accounts.setting(Accounts.FACILITY_NAME).orElseThrow());
		assertInstanceOf(Authentication.Success.class, accounts.authenticate("admin", PASSWORD));
		assertEquals("This database has been set up already; sign in with an account an administrator made for you",
				assertThrows(AccountException.class, () -> accounts.setUp("Other", "other", "Other", PASSWORD)).getMessage(),
				"a second workstation's wizard does not make a second first administrator");
		assertEquals("Harbour Recovery", accounts.setting(Accounts.FACILITY_NAME).orElseThrow());
		AuditEvent setUp = store.auditTrail(null, 2).get(1);
		assertEquals(Action.CONFIGURATION, setUp.action());
		assertEquals("set up: facility named and first administrator admin created", setUp.detail());
	}

	@Test
	void settingsAreSharedAndTheirChangesAudited() {
		accounts.setSetting(Accounts.IDLE_LOCK_MINUTES, "5", "admin");
		accounts.setSetting(Accounts.IDLE_LOCK_MINUTES, "15", "admin");
		assertEquals("15", accounts.setting(Accounts.IDLE_LOCK_MINUTES).orElseThrow());
		assertEquals(List.of("setting security.idle-lock-minutes changed", "setting security.idle-lock-minutes changed"),
				store.auditTrail(null, 5).stream().map(AuditEvent::detail).toList());
		assertTrue(assertThrows(AccountException.class, () -> accounts.setSetting("Idle Lock", "5", "admin")).getMessage()
				.startsWith("A setting's name is dotted lower-case words"));
	}

	@Test
	void aConfirmationCountsTowardsTheLockoutAndLeavesTheSuccessToTheCaller() {
		accounts.create("ana.lopez", "Ana López", Set.of("clinician"), PASSWORD, "admin");
		int before = store.auditTrail(null, 100).size();
		assertEquals(new Authentication.Refused("The password is wrong."), accounts.confirm("ana.lopez", "wrong password!".toCharArray(), "signing"));
		AuditEvent failed = store.auditTrail(null, 1).get(0);
		assertEquals(Action.LOGIN_FAILED, failed.action());
		assertEquals("wrong password (1 in a row) (signing)", failed.detail());
		assertInstanceOf(Authentication.Success.class, accounts.confirm("ana.lopez", PASSWORD, "signing"));
		assertEquals(before + 1, store.auditTrail(null, 100).size(), "the caller audits the action a confirmation allows");
		for (int i = 0; i < Accounts.LOCK_AFTER; i++) {
			accounts.confirm("ana.lopez", "wrong password!".toCharArray(), "unlocking");
		}
		assertTrue(accounts.find("ana.lopez").orElseThrow().lockedAt(clock.now), "guessing at the lock screen locks the account too");
	}

	@Test
	void aSessionSaysWhyAPermissionIsRefused() {
		accounts.create("ana.lopez", "Ana López", Set.of("intake"), PASSWORD, "admin");
		Session session = new Session((Authentication.Success) accounts.authenticate("ana.lopez", PASSWORD), clock.now);
		assertEquals("ana.lopez", session.userId());
		assertTrue(session.has(Permission.DEMOGRAPHICS_READ));
		assertEquals(null, session.refusal(Permission.DEMOGRAPHICS_READ));
		assertEquals("Your role (intake) does not allow you to read clinical records. An administrator can give you a role that does.",
				session.refusal(Permission.CLINICAL_READ));
		accounts.setRoles("ana.lopez", Set.of("intake", "auditor"), "admin");
		Session two = new Session((Authentication.Success) accounts.authenticate("ana.lopez", PASSWORD), clock.now);
		assertEquals("Your roles (auditor, intake) do not allow you to install or remove plugins. An administrator can give you a role that does.",
				two.refusal(Permission.PLUGIN_INSTALL));
		assertFalse(two.toString().contains("López"), "no names in what may reach a log");
	}

	@Test
	void askingWhetherSomeoneMayAuditsTheRefusalAndNothingElse() {
		accounts.create("ana.lopez", "Ana López", Set.of("intake"), PASSWORD, "admin");
		Session session = new Session((Authentication.Success) accounts.authenticate("ana.lopez", PASSWORD), clock.now);
		int before = store.auditTrail(null, 1000).size();
		assertTrue(accounts.may(session, Permission.PATIENT_REGISTER, "register a new patient", null));
		assertEquals(before, store.auditTrail(null, 1000).size(), "what is allowed is not an event");
		assertFalse(accounts.may(session, Permission.AUDIT_READ, "open the audit log", "p-1"));
		AuditEvent refused = store.auditTrail(null, 1).get(0);
		assertEquals(Action.PERMISSION_DENIED, refused.action());
		assertEquals(AuditEvent.Outcome.DENIED, refused.outcome());
		assertEquals("ana.lopez", refused.user());
		assertEquals("p-1", refused.patientId());
		assertEquals("AUDIT_READ: open the audit log", refused.detail());
		assertFalse(accounts.may(null, Permission.CLINICAL_READ, "open a chart", null), "nobody signed in may do nothing");

		accounts.sessionEvent(session, Action.LOCK, "idle for 10 min");
		AuditEvent lock = store.auditTrail(null, 1).get(0);
		assertEquals(Action.LOCK, lock.action());
		assertEquals("ana.lopez", lock.user());
		assertEquals("idle for 10 min", lock.detail());
		assertThrows(IllegalArgumentException.class, () -> accounts.sessionEvent(session, Action.EXPORT, null),
				"only what happens to a session is written this way");
	}

	@Test
	void onlySomeoneSignedInWhoMayManageAccountsChangesThemAndEachRefusalIsAudited() {
		accounts.create("ana.lopez", "Ana López", Set.of("intake"), PASSWORD, "admin");
		accounts.create("site.admin", "Sam Admin", Set.of("administrator"), PASSWORD, "admin");
		Session intake = new Session((Authentication.Success) accounts.authenticate("ana.lopez", PASSWORD), clock.now);
		Session admin = new Session((Authentication.Success) accounts.authenticate("site.admin", PASSWORD), clock.now);

		AccountException refused = assertThrows(AccountException.class, () -> accounts.setRoles(intake, "ana.lopez", Set.of("administrator")));
		assertEquals(intake.refusal(Permission.ACCOUNT_MANAGE), refused.getMessage());
		assertEquals(Set.of("intake"), accounts.find("ana.lopez").orElseThrow().roles(), "nobody makes themselves an administrator");
		AuditEvent denied = store.auditTrail(null, 1).get(0);
		assertEquals(Action.PERMISSION_DENIED, denied.action());
		assertEquals("ana.lopez", denied.user());
		assertEquals("ACCOUNT_MANAGE: change the roles of ana.lopez", denied.detail());
		assertThrows(AccountException.class, () -> accounts.create(intake, "eve", "Eve", Set.of("clinician"), PASSWORD));
		assertThrows(AccountException.class, () -> accounts.changePassword(intake, "site.admin", "a passphrase of my own".toCharArray()));
		assertThrows(AccountException.class, () -> accounts.setSetting(intake, Accounts.IDLE_LOCK_MINUTES, "60"));
		assertTrue(accounts.find("eve").isEmpty());
		assertThrows(AccountException.class, () -> accounts.create(null, "mallory", "Mallory", Set.of("administrator"), PASSWORD),
				"nobody signed in adds no account to a database that has some");

		accounts.setRoles(admin, "ana.lopez", Set.of("intake", "clinician"));
		assertEquals(Set.of("intake", "clinician"), accounts.find("ana.lopez").orElseThrow().roles());
		AuditEvent changed = store.auditTrail(null, 1).get(0);
		assertEquals(Action.CONFIGURATION, changed.action());
		assertEquals("site.admin", changed.user(), "the change is the administrator's");
		accounts.setSetting(admin, Accounts.IDLE_LOCK_MINUTES, "5");
		assertEquals(Optional.of("5"), accounts.setting(Accounts.IDLE_LOCK_MINUTES));
	}

	@Test
	void wrongPasswordsTypedBeforeTheDatabaseOpenedAreAuditedOnceItIs() {
		int before = store.auditTrail(null, 1000).size();
		accounts.failedBeforeOpen(0);
		assertEquals(before, store.auditTrail(null, 1000).size(), "none typed, none written");
		accounts.failedBeforeOpen(3);
		AuditEvent failed = store.auditTrail(null, 1).get(0);
		assertEquals(Action.LOGIN_FAILED, failed.action());
		assertEquals("unknown", failed.user(), "no name typed is kept: it may be a password typed into the wrong field");
		assertEquals("3 wrong user name or password before the encrypted database was opened", failed.detail());
	}
}
