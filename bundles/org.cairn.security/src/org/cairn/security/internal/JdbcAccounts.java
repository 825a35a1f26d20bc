package org.cairn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.cairn.security.Account;
import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Passwords;
import org.cairn.security.Permission;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.Transactions;
import org.cairn.security.Session;

/**
 * The accounts in the record database (tables {@code cairn_account} and {@code cairn_role_permission}, schema
 * version 6) and the facility's settings ({@code cairn_setting}, version 7), through the store's {@link Transactions}.
 * Each change is written together with its audit event.
 */
public final class JdbcAccounts implements Accounts, RecoveryKeyPasswords {

	/** How long an account stays locked after {@link #LOCK_AFTER} wrong passwords. */
	public static final Duration LOCK_FOR = Duration.ofMinutes(15);
	private static final Pattern SETTING = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
	static final String WRONG = SIGN_IN_REFUSED;

	/** A hash no password matches, checked for a name without an account so that the answer takes as long. */
	private static final class NoAccount {
		static final String HASH = Passwords.hash(java.util.UUID.randomUUID().toString().toCharArray());
	}
	private static final String SET_UP_ALREADY = "This database has been set up already; sign in with an account an administrator made for you";
	/** Setting: the id of the first administrator, written once by the setup. */
	static final String FIRST_ADMINISTRATOR = "security.first-administrator";
	/** The role of the first account, made by the setup wizard. */
	static final String ADMINISTRATOR = "administrator";

	private final Transactions transactions;
	private final Clock clock;

	public JdbcAccounts(Transactions transactions, Clock clock) {
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public Set<String> roles() {
		return transactions.read(connection -> {
			Set<String> roles = new TreeSet<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT role_id FROM cairn_role_permission");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					roles.add(rows.getString(1));
				}
			}
			return roles;
		});
	}

	@Override
	public List<Account> list() {
		return transactions.read(connection -> {
			List<Account> accounts = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY id"); ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					accounts.add(account(rows));
				}
			}
			return accounts;
		});
	}

	@Override
	public Optional<Account> find(String id) {
		return transactions.read(connection -> find(connection, id, false));
	}

	/** As {@code by} (a user id) without a check of who may: for this bundle's services and its tests. */
	public Account create(String id, String displayName, Set<String> roles, char[] password, String by) {
		checkNewAccount(id, displayName, roles, password);
		String hash = Passwords.hash(password);
		Instant now = clock.instant();
		return transactions.write(connection -> {
			if (find(connection, id, true).isPresent()) {
				throw new AccountException("There is already an account named " + id);
			}
			insert(connection, id, displayName, roles, hash, now, by);
			configuration(connection, by, "account " + id + " created with the roles " + String.join(", ", new TreeSet<>(roles)));
			return find(connection, id, false).orElseThrow();
		});
	}

	private void checkNewAccount(String id, String displayName, Set<String> roles, char[] password) {
		String badName = Passwords.nameProblem(id);
		if (badName != null) {
			throw new AccountException(badName);
		}
		if (displayName == null || displayName.isBlank()) {
			throw new AccountException("An account needs the person's name");
		}
		checkRoles(roles);
		String weak = Passwords.problem(id, password);
		if (weak != null) {
			throw new AccountException(weak);
		}
	}

	private static void insert(Connection connection, String id, String displayName, Set<String> roles, String hash, Instant now, String by)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_account (id, display_name, roles, password_hash,"
				+ " disabled, failed_attempts, locked_until, password_changed_at, created_at, updated_at, updated_by)"
				+ " VALUES (?, ?, ?, ?, FALSE, 0, NULL, ?, ?, ?, ?)")) {
			insert.setString(1, id);
			insert.setString(2, displayName.strip());
			insert.setString(3, String.join(",", new TreeSet<>(roles)));
			insert.setString(4, hash);
			insert.setObject(5, utc(now));
			insert.setObject(6, utc(now));
			insert.setObject(7, utc(now));
			insert.setString(8, by);
			insert.executeUpdate();
		}
	}

	/** As {@code by} (a user id) without a check of who may: for this bundle's services and its tests. */
	public void setRoles(String id, Set<String> roles, String by) {
		checkRoles(roles);
		update(id, by, "SET roles = ?", statement -> statement.setString(1, String.join(",", new TreeSet<>(roles))),
				"roles of account " + id + " set to " + String.join(", ", new TreeSet<>(roles)));
	}

	/** As {@code by} (a user id) without a check of who may: for this bundle's services and its tests. */
	public void setDisabled(String id, boolean disabled, String by) {
		update(id, by, "SET disabled = ?", statement -> statement.setBoolean(1, disabled), "account " + id + (disabled ? " disabled" : " enabled"));
	}

	/** As {@code by} (a user id) without a check of who may: for this bundle's services and its tests. */
	public void changePassword(String id, char[] password, String by) {
		String weak = Passwords.problem(id, password);
		if (weak != null) {
			throw new AccountException(weak);
		}
		String hash = Passwords.hash(password);
		Instant now = clock.instant();
		update(id, by, "SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, locked_until = NULL", statement -> {
			statement.setString(1, hash);
			statement.setObject(2, utc(now));
		}, "password of account " + id + " set");
	}

	@Override
	public Authentication authenticate(String id, char[] password) {
		return check(id, password, null);
	}

	@Override
	public Authentication confirm(String id, char[] password, String purpose) {
		return check(id, password, purpose == null ? "confirmation" : purpose);
	}

	/** A login ({@code purpose} null, audited as one) or a confirmation of someone signed in (audited by the caller). */
	private Authentication check(String id, char[] password, String purpose) {
		Instant now = clock.instant();
		String why = purpose == null ? "" : " (" + purpose + ")";
		return transactions.write(connection -> {
			Optional<StoredAccount> found = id == null ? Optional.empty() : stored(connection, id.strip().toLowerCase());
			if (found.isEmpty()) {
				// The typed name is not recorded: people type their password into the name field. The same hash work
				// as for an account, so that the time of the answer does not tell names that exist.
				Passwords.verify(password, NoAccount.HASH);
				audit(connection, "unknown", null, Action.LOGIN_FAILED, Outcome.FAILURE, "no such account" + why);
				return new Authentication.Refused(WRONG);
			}
			StoredAccount stored = found.get();
			Account account = stored.account();
			if (account.disabled() || account.lockedAt(now)) {
				// the password is not checked (nothing confirms it), but costs the same time
				Passwords.verify(password, NoAccount.HASH);
				audit(connection, account.id(), null, Action.LOGIN_FAILED, Outcome.DENIED, (account.disabled() ? "account disabled" : "account locked") + why);
				return new Authentication.Refused(purpose == null ? WRONG : account.disabled() ? "This account is disabled." : locked(account.lockedUntil()));
			}
			if (!Passwords.verify(password, stored.hash())) {
				int failures = account.failedAttempts() + 1;
				Instant until = failures >= LOCK_AFTER ? now.plus(LOCK_FOR) : null;
				try (PreparedStatement update = connection.prepareStatement("UPDATE cairn_account SET failed_attempts = ?, locked_until = ? WHERE id = ?")) {
					update.setInt(1, until == null ? failures : 0);
					update.setObject(2, until == null ? null : utc(until));
					update.setString(3, account.id());
					update.executeUpdate();
				}
				audit(connection, account.id(), null, Action.LOGIN_FAILED, Outcome.FAILURE,
						(until == null ? "wrong password (" + failures + " in a row)" : "wrong password; locked for " + LOCK_FOR.toMinutes() + " minutes")
								+ why);
				return new Authentication.Refused(purpose == null ? WRONG : until == null ? "The password is wrong." : locked(until));
			}
			try (PreparedStatement update = connection.prepareStatement("UPDATE cairn_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?")) {
				update.setString(1, account.id());
				update.executeUpdate();
			}
			if (purpose == null) {
				audit(connection, account.id(), null, Action.LOGIN, Outcome.SUCCESS, null);
			}
			Account fresh = find(connection, account.id(), false).orElseThrow();
			return new Authentication.Success(fresh, permissions(connection, fresh.roles()));
		});
	}

	@Override
	public boolean isSetUp() {
		return transactions.read(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM cairn_account"); ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1) > 0;
			}
		});
	}

	@Override
	public Account setUp(String facility, String id, String displayName, char[] password) {
		if (facility == null || facility.isBlank()) {
			throw new AccountException("The facility needs a name");
		}
		if (facility.strip().length() > 200) {
			throw new AccountException("A facility's name is at most 200 characters");
		}
		checkNewAccount(id, displayName, Set.of(ADMINISTRATOR), password);
		String hash = Passwords.hash(password);
		Instant now = clock.instant();
		return transactions.write(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM cairn_account"); ResultSet rows = query.executeQuery()) {
				rows.next();
				if (rows.getLong(1) > 0) {
					throw new AccountException(SET_UP_ALREADY);
				}
			}
			// Two workstations running the wizard at once: the key of this row lets only the first one through.
			try {
				insertSetting(connection, FIRST_ADMINISTRATOR, id, id, now);
			} catch (SQLException taken) {
				throw new AccountException(SET_UP_ALREADY);
			}
			putSetting(connection, FACILITY_NAME, facility.strip(), id, now);
			insert(connection, id, displayName, Set.of(ADMINISTRATOR), hash, now, id);
			configuration(connection, id, "set up: facility named and first administrator " + id + " created");
			return find(connection, id, false).orElseThrow();
		});
	}

	@Override
	public Optional<String> setting(String name) {
		return transactions.read(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT setting FROM cairn_setting WHERE name = ?")) {
				query.setString(1, name);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
				}
			}
		});
	}

	/** As {@code by} (a user id) without a check of who may: for this bundle's services and its tests. */
	public void setSetting(String name, String value, String by) {
		if (name == null || !SETTING.matcher(name).matches()) {
			throw new AccountException("A setting's name is dotted lower-case words (was '" + name + "')");
		}
		if (value == null || value.length() > 2000) {
			throw new AccountException("A setting's value is 0 to 2000 characters");
		}
		Instant now = clock.instant();
		transactions.write(connection -> {
			putSetting(connection, name, value, by, now);
			configuration(connection, by, "setting " + name + " changed");
			return null;
		});
	}

	private static void putSetting(Connection connection, String name, String value, String by, Instant now) throws SQLException {
		int updated;
		try (PreparedStatement update = connection.prepareStatement("UPDATE cairn_setting SET setting = ?, updated_at = ?, updated_by = ? WHERE name = ?")) {
			update.setString(1, value);
			update.setObject(2, utc(now));
			update.setString(3, by);
			update.setString(4, name);
			updated = update.executeUpdate();
		}
		if (updated == 0) {
			insertSetting(connection, name, value, by, now);
		}
	}

	/** A new setting row; refused by the database (its key) when the setting exists. */
	private static void insertSetting(Connection connection, String name, String value, String by, Instant now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_setting (name, setting, updated_at, updated_by) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, name);
			insert.setString(2, value);
			insert.setObject(3, utc(now));
			insert.setString(4, by);
			insert.executeUpdate();
		}
	}

	@Override
	public Account create(Session by, String id, String displayName, Set<String> roles, char[] password) {
		if (by == null) {
			// nobody signed in: only the first account of a database that has none, an administrator
			if (!roles.contains(ADMINISTRATOR)) {
				throw new AccountException("This database has no accounts yet, so the first one must be an administrator");
			}
			if (isSetUp()) {
				throw new AccountException("Only someone signed in whose role may " + Permission.ACCOUNT_MANAGE.allows() + " can add an account");
			}
			return create(id, displayName, roles, password, id);
		}
		require(by, Permission.ACCOUNT_MANAGE, "add the account " + id);
		return create(id, displayName, roles, password, by.userId());
	}

	@Override
	public void setRoles(Session by, String id, Set<String> roles) {
		require(by, Permission.ACCOUNT_MANAGE, "change the roles of " + id);
		setRoles(id, roles, by.userId());
	}

	@Override
	public void setDisabled(Session by, String id, boolean disabled) {
		require(by, Permission.ACCOUNT_MANAGE, (disabled ? "disable " : "enable ") + id);
		setDisabled(id, disabled, by.userId());
	}

	@Override
	public void changePassword(Session by, String id, char[] password) {
		require(by, Permission.ACCOUNT_MANAGE, "set a new password for " + id);
		changePassword(id, password, by.userId());
	}

	@Override
	public void setProgrammes(Session by, String id, Set<String> programmes) {
		require(by, Permission.ACCOUNT_MANAGE, "change the programmes of " + id);
		setProgrammes(id, programmes, by.userId());
	}

	@Override
	public void setSupervisees(Session by, String supervisorId, Set<String> clinicians) {
		require(by, Permission.ACCOUNT_MANAGE, "change whom " + supervisorId + " supervises");
		setSupervisees(supervisorId, clinicians, by.userId());
	}

	@Override
	public void setSetting(Session by, String name, String value) {
		require(by, Permission.CONFIGURE, "change the setting " + name);
		setSetting(name, value, by.userId());
	}

	@Override
	public void recoverAdministrator(String id, char[] password) {
		Optional<Account> target = find(id);
		if (target.isEmpty() || !target.get().roles().contains(ADMINISTRATOR)) {
			throw new AccountException("The recovery key sets a new password only for an administrator, and " + id + " is "
					+ (target.isEmpty() ? "no account" : "not one"));
		}
		changePassword(id, password, org.cairn.admin.Operator.RECOVERY_KEY);
	}

	/** The person may; otherwise the refusal is audited ({@link #may}) and thrown in their words. */
	private void require(Session by, Permission permission, String action) {
		if (!may(by, permission, action, null)) {
			throw new AccountException(by == null ? "No one is signed in." : by.refusal(permission));
		}
	}

	@Override
	public boolean may(Session session, Permission permission, String action, String patientId) {
		if (session != null && session.has(permission)) {
			return true;
		}
		String user = session == null ? "unknown" : session.userId();
		String detail = permission.name() + ": " + (action == null || action.length() <= 900 ? action : action.substring(0, 900));
		transactions.write(connection -> {
			audit(connection, user, patientId, Action.PERMISSION_DENIED, Outcome.DENIED, detail);
			return null;
		});
		return false;
	}

	@Override
	public void failedBeforeOpen(int count) {
		if (count <= 0) {
			return;
		}
		transactions.write(connection -> {
			audit(connection, "unknown", null, Action.LOGIN_FAILED, Outcome.FAILURE,
					count + " wrong user name or password before the encrypted database was opened");
			return null;
		});
	}

	@Override
	public void sessionEvent(Session session, Action action, String detail) {
		if (action != Action.LOGOUT && action != Action.LOCK && action != Action.UNLOCK) {
			throw new IllegalArgumentException("not an event of a session: " + action);
		}
		transactions.write(connection -> {
			audit(connection, session.userId(), null, action, Outcome.SUCCESS, detail);
			return null;
		});
	}

	@Override
	public Set<Permission> permissions(Account account) {
		return transactions.read(connection -> permissions(connection, account.roles()));
	}

	private static String locked(Instant until) {
		return "This account is locked after " + LOCK_AFTER + " wrong passwords until "
				+ DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).format(until.atZone(ZoneId.systemDefault()))
				+ ". Try again then, or ask an administrator to set a new password.";
	}

	private Set<Permission> permissions(Connection connection, Set<String> roles) throws SQLException {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		try (PreparedStatement query = connection.prepareStatement("SELECT role_id, permission FROM cairn_role_permission");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				if (roles.contains(rows.getString(1))) {
					try {
						permissions.add(Permission.valueOf(rows.getString(2)));
					} catch (IllegalArgumentException unknown) {
						// a permission a newer Cairn knows: this one grants nothing for it
					}
				}
			}
		}
		return permissions;
	}

	private void checkRoles(Set<String> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new AccountException("An account needs at least one role (known roles: " + String.join(", ", roles()) + ")");
		}
		Set<String> known = roles();
		Set<String> unknown = new TreeSet<>(roles);
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			throw new AccountException("Unknown role" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown) + "; known roles: "
					+ String.join(", ", known));
		}
	}

	private interface Binder {
		void bind(PreparedStatement statement) throws SQLException;
	}

	@Override
	public Set<String> programmes(String id) {
		return transactions.read(connection -> strings(connection, "SELECT programme FROM cairn_staff_programme WHERE user_id = ?", id));
	}

	/** As {@code by} (a user id) without a check of who may: for this bundle's services and its tests. */
	public void setProgrammes(String id, Set<String> programmes, String by) {
		Set<String> known = java.util.Arrays.stream(org.cairn.model.Programme.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
		for (String programme : programmes) {
			if (!known.contains(programme)) {
				throw new AccountException(programme + " is not a programme; say one of " + new TreeSet<>(known));
			}
		}
		replace(id, by, "cairn_staff_programme", "user_id", "programme", programmes,
				"programmes of account " + id + " set to " + String.join(", ", new TreeSet<>(programmes)));
	}

	@Override
	public Set<String> supervisees(String supervisorId) {
		return transactions.read(connection -> strings(connection, "SELECT clinician_id FROM cairn_supervision WHERE supervisor_id = ?", supervisorId));
	}

	/** As {@code by} (a user id) without a check of who may: for this bundle's services and its tests. */
	public void setSupervisees(String supervisorId, Set<String> clinicians, String by) {
		if (clinicians.contains(supervisorId)) {
			throw new AccountException(supervisorId + " cannot supervise themselves");
		}
		replace(supervisorId, by, "cairn_supervision", "supervisor_id", "clinician_id", clinicians,
				"clinicians supervised by " + supervisorId + " set to " + String.join(", ", new TreeSet<>(clinicians)));
	}

	/** Replaces the rows of {@code table} whose {@code key} is {@code id} by one row per value, with its audit event. */
	private void replace(String id, String by, String table, String key, String column, Set<String> values, String what) {
		transactions.write(connection -> {
			if (find(connection, id, true).isEmpty()) {
				throw new AccountException("There is no account named " + id);
			}
			if (table.equals("cairn_supervision")) {
				for (String clinician : values) {
					if (find(connection, clinician, false).isEmpty()) {
						throw new AccountException("There is no account named " + clinician);
					}
				}
			}
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
				delete.setString(1, id);
				delete.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + key + ", " + column + ") VALUES (?, ?)")) {
				for (String value : new TreeSet<>(values)) {
					insert.setString(1, id);
					insert.setString(2, value);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			configuration(connection, by, what);
			return null;
		});
	}

	private static Set<String> strings(Connection connection, String sql, String id) throws SQLException {
		Set<String> values = new TreeSet<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, id);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
		}
		return values;
	}

	/** Updates one account (the SET clause's parameters come first, then the id), with its audit event. */
	private void update(String id, String by, String set, Binder binder, String what) {
		Instant now = clock.instant();
		transactions.write(connection -> {
			if (find(connection, id, true).isEmpty()) {
				throw new AccountException("There is no account named " + id);
			}
			int parameters = (int) set.chars().filter(c -> c == '?').count();
			try (PreparedStatement update = connection.prepareStatement("UPDATE cairn_account " + set + ", updated_at = ?, updated_by = ? WHERE id = ?")) {
				binder.bind(update);
				update.setObject(parameters + 1, utc(now));
				update.setString(parameters + 2, by);
				update.setString(parameters + 3, id);
				update.executeUpdate();
			}
			configuration(connection, by, what);
			return null;
		});
	}

	private void configuration(Connection connection, String by, String what) throws SQLException {
		audit(connection, by, null, Action.CONFIGURATION, Outcome.SUCCESS, what);
	}

	private void audit(Connection connection, String user, String patient, Action action, Outcome outcome, String detail) throws SQLException {
		transactions.audit(connection, new AuditEvent(null, user, AuditEvent.thisWorkstation(), patient, null, action, outcome, detail));
	}

	private static final String SELECT = "SELECT id, display_name, roles, disabled, failed_attempts, locked_until, password_changed_at, password_hash"
			+ " FROM cairn_account";

	private record StoredAccount(Account account, String hash) {
	}

	private static Optional<Account> find(Connection connection, String id, boolean forUpdate) throws SQLException {
		return stored(connection, id, forUpdate).map(StoredAccount::account);
	}

	private static Optional<StoredAccount> stored(Connection connection, String id) throws SQLException {
		return stored(connection, id, true);
	}

	private static Optional<StoredAccount> stored(Connection connection, String id, boolean forUpdate) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
			query.setString(1, id);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? Optional.of(new StoredAccount(account(rows), rows.getString(8))) : Optional.empty();
			}
		}
	}

	private static Account account(ResultSet rows) throws SQLException {
		OffsetDateTime locked = rows.getObject(6, OffsetDateTime.class);
		Set<String> roles = new LinkedHashSet<>(Arrays.asList(rows.getString(3).split(",")));
		roles.removeIf(String::isBlank);
		return new Account(rows.getString(1), rows.getString(2), roles, rows.getBoolean(4), rows.getInt(5), locked == null ? null : locked.toInstant(),
				rows.getObject(7, OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
