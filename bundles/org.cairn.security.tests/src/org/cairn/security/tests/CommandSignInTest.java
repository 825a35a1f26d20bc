package org.cairn.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.internal.CommandLine;
import org.cairn.security.Accounts;
import org.cairn.security.internal.CommandLineSignIn;
import org.cairn.security.internal.JdbcAccounts;
import org.cairn.security.internal.SettingsCommand;
import org.cairn.security.internal.UsersCommand;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.AuditQuery;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn admin} signs in whoever runs a command that touches accounts or settings, through the accounts'
 * own check (lockout and audit as at the login), and runs it only when their role allows it: an intake account's
 * password does not make it an administrator.
 */
class CommandSignInTest {

	@TempDir
	Path folder;

	Database database;
	JdbcRecordStore store;
	JdbcAccounts accounts;
	final Map<String, String> environment = new HashMap<>();
	String out;
	String err;

	@BeforeEach
	void open() throws Exception {
		database = Database.embedded(folder.resolve("db"));
		new Migrations().migrate(database);
		store = new JdbcRecordStore(database, java.time.Clock.systemUTC());
		accounts = new JdbcAccounts(store, java.time.Clock.systemUTC());
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	private void setUp() {
		accounts.setUp("Harbour Light Recovery Centre", "site.admin", "Sam Admin", "an administrator's passphrase".toCharArray());
		accounts.create("front.desk", "Frankie Desk", Set.of("intake"), "front desk passphrase".toCharArray(), "site.admin");
	}

	/** Signs in as {@code user} with {@code password} in a file, as CAIRN_ADMIN_USER and CAIRN_ADMIN_PASSWORD_FILE. */
	private void as(String user, String password) throws Exception {
		Path file = folder.resolve(user + ".password");
		Files.writeString(file, password + "\n");
		environment.clear();
		environment.put(CommandLineSignIn.USER, user);
		environment.put(CommandLineSignIn.PASSWORD_FILE, file.toString());
	}

	private int admin(String... args) {
		CommandLine commandLine = new CommandLine();
		commandLine.addCommand(new UsersCommand(accounts));
		commandLine.addCommand(new SettingsCommand(accounts));
		commandLine.setSignIn(new CommandLineSignIn(accounts, store, null, environment));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int status = commandLine.execute(List.of(args), new PrintStream(output, true, StandardCharsets.UTF_8),
				new PrintStream(errors, true, StandardCharsets.UTF_8));
		out = output.toString(StandardCharsets.UTF_8);
		err = errors.toString(StandardCharsets.UTF_8);
		return status;
	}

	private List<AuditEntry> events(String user, Action action) {
		return store.auditEntries(new AuditQuery(null, user, action, null, null, 100));
	}

	@Test
	void anIntakeAccountCannotGiveItselfTheAdministratorRole() throws Exception {
		setUp();
		as("front.desk", "front desk passphrase");
		assertEquals(AdminCommand.FAILED, admin("users", "roles", "front.desk", "administrator"));
		assertEquals("cairn admin users: refused: the account front.desk (intake) may not manage user accounts; an administrator can give it a role"
				+ " that does.\n", err);
		assertEquals(Set.of("intake"), accounts.find("front.desk").orElseThrow().roles(), "the roles are unchanged");
		List<AuditEntry> denied = events("front.desk", Action.PERMISSION_DENIED);
		assertEquals(1, denied.size(), "the refusal is audited under the account that was refused");
		assertEquals(Outcome.DENIED, denied.get(0).event().outcome());
		assertEquals("ACCOUNT_MANAGE: cairn admin users", denied.get(0).event().detail());

		assertEquals(AdminCommand.FAILED, admin("users", "list"));
		assertEquals(AdminCommand.FAILED, admin("settings", "set", Accounts.CHART_ACCESS, "all"));
		assertTrue(err.contains("may not change the facility's settings"), err);
		assertTrue(accounts.setting(Accounts.CHART_ACCESS).isEmpty(), "the setting is unchanged");
	}

	@Test
	void anAdministratorChangesRolesAndTheChangeCarriesTheirName() throws Exception {
		setUp();
		as("site.admin", "an administrator's passphrase");
		assertEquals(AdminCommand.OK, admin("users", "roles", "front.desk", "intake,clinician"), err);
		assertEquals(Set.of("intake", "clinician"), accounts.find("front.desk").orElseThrow().roles());
		assertTrue(events("site.admin", Action.CONFIGURATION).stream().anyMatch(e -> e.event().detail().contains("front.desk")),
				"the change is audited under the administrator who signed in, not the system user");
		assertTrue(events("site.admin", Action.LOGIN).size() >= 1, "signing in at the command line is a login");
		assertEquals(AdminCommand.OK, admin("settings", "set", Accounts.CHART_ACCESS, "caseload"), err);
		assertEquals(AdminCommand.OK, admin("users", "programmes", "front.desk", "OTP,detox"), err);
		assertEquals(Set.of("OPIOID_TREATMENT_PROGRAM", "DETOX"), accounts.programmes("front.desk"));
		assertEquals(AdminCommand.USAGE, admin("users", "programmes", "front.desk", "rehab"));
		assertTrue(err.contains("rehab is not a programme"), err);
		assertEquals(AdminCommand.OK, admin("users", "supervise", "site.admin", "front.desk"), err);
		assertEquals(Set.of("front.desk"), accounts.supervisees("site.admin"));
		assertEquals("caseload", accounts.setting(Accounts.CHART_ACCESS).orElseThrow());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForTheCommandLineAsForTheLogin() throws Exception {
		setUp();
		as("site.admin", "not the passphrase");
		for (int i = 0; i < Accounts.LOCK_AFTER; i++) {
			assertEquals(AdminCommand.FAILED, admin("users", "list"));
		}
		assertEquals(5, events("site.admin", Action.LOGIN_FAILED).size(), "each wrong password is audited");
		as("site.admin", "an administrator's passphrase");
		assertEquals(AdminCommand.FAILED, admin("users", "list"));
		assertTrue(err.contains("locked"), "the right password no longer opens a locked account: " + err);
		assertTrue(accounts.find("site.admin").orElseThrow().lockedAt(java.time.Instant.now()));
	}

	@Test
	void withoutCredentialsNothingRunsAndTheMessageSaysWhatToGive() throws Exception {
		setUp();
		environment.clear();
		assertEquals(AdminCommand.FAILED, admin("users", "disable", "front.desk"));
		assertTrue(err.startsWith("cairn admin users: refused: 'cairn admin users' needs you to sign in whose role may manage user accounts: set"
				+ " CAIRN_ADMIN_USER and CAIRN_ADMIN_PASSWORD_FILE"), err);
		assertTrue(!accounts.find("front.desk").orElseThrow().disabled());

		as("nobody", "whatever it is");
		assertEquals(AdminCommand.FAILED, admin("users", "list"));
		assertEquals("cairn admin users: refused: " + org.cairn.security.Accounts.SIGN_IN_REFUSED + "\n", err, "an unknown name is answered as a wrong password");
	}

	@Test
	void theRecoveryKeyOfAnUnencryptedDatabaseIsRefused() throws Exception {
		setUp();
		Path key = folder.resolve("recovery.txt");
		Files.writeString(key, "AAAA-BBBB\n");
		environment.clear();
		environment.put(CommandLineSignIn.RECOVERY_KEY_FILE, key.toString());
		assertEquals(AdminCommand.FAILED, admin("users", "password", "site.admin", "--password-file", key.toString()));
		assertTrue(err.contains("this database is not encrypted, so it has no recovery key"), err);
		assertEquals(AdminCommand.FAILED, admin("users", "roles", "front.desk", "administrator"));
		assertTrue(err.contains("the recovery key opens only 'db', 'backup', 'restore' and a new password for an administrator"), err);
		assertEquals(Set.of("intake"), accounts.find("front.desk").orElseThrow().roles());
	}

	@Test
	void theFirstAccountOfANewDatabaseNeedsNobodySignedInAndMustBeAnAdministrator() throws Exception {
		Path password = folder.resolve("first.password");
		Files.writeString(password, "the first passphrase\n");
		environment.clear();
		assertEquals(AdminCommand.FAILED, admin("users", "add", "ana", "--name", "Ana", "--roles", "clinician", "--password-file", password.toString()));
		assertTrue(err.contains("the first one must be an administrator"), err);
		assertTrue(accounts.list().isEmpty());
		assertEquals(AdminCommand.OK, admin("users", "add", "root.admin", "--name", "Root Admin", "--roles", "administrator", "--password-file",
				password.toString()), err);
		assertEquals(AdminCommand.FAILED, admin("users", "add", "eve", "--name", "Eve", "--roles", "administrator", "--password-file", password.toString()));
		assertTrue(err.contains("needs you to sign in"), "the second account needs an administrator signed in: " + err);
		assertEquals(1, accounts.list().size());
	}
}
