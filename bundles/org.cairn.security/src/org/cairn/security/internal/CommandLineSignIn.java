package org.cairn.security.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cairn.admin.CommandInvocation;
import org.cairn.admin.CommandRefusedException;
import org.cairn.admin.CommandSignIn;
import org.cairn.admin.Operator;
import org.cairn.admin.Requirement;
import org.cairn.security.Account;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.DatabaseKeys;
import org.cairn.store.StoreException;
import org.cairn.store.Transactions;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * Signs in the person running a {@code cairn admin} command: the account named by {@code CAIRN_ADMIN_USER} with the
 * password in the first line of {@code CAIRN_ADMIN_PASSWORD_FILE}, or a user name and password asked on the terminal.
 * The password is checked by {@link Accounts#authenticate} (the login's own check: five wrong passwords in a row
 * lock the account, every attempt is audited), then the command's permission; a refusal is audited as
 * {@code PERMISSION_DENIED} under that account. {@code CAIRN_RECOVERY_KEY_FILE} alone admits only the commands that
 * allow the recovery key, and only on an encrypted database whose recovery key it is.
 * <p>
 * The services are got only when someone signs in: getting the accounts opens the database.
 */
@Component(service = CommandSignIn.class)
public class CommandLineSignIn implements CommandSignIn {

	/** Environment: the account to sign in as. */
	public static final String USER = "CAIRN_ADMIN_USER";
	/** Environment: a file whose first line is that account's password. */
	public static final String PASSWORD_FILE = "CAIRN_ADMIN_PASSWORD_FILE";
	/** Environment: a file whose first line is the encrypted database's recovery key. */
	public static final String RECOVERY_KEY_FILE = "CAIRN_RECOVERY_KEY_FILE";

	@Reference
	ComponentServiceObjects<Accounts> accountsService;

	@Reference
	ComponentServiceObjects<Transactions> transactionsService;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	volatile DatabaseKeys keys;

	private final Accounts directAccounts;
	private final Transactions directTransactions;
	private final Map<String, String> environment;
	private final String prefix;

	public CommandLineSignIn() {
		this(null, null, null, System.getenv());
	}

	/** For tests and hosts without Declarative Services. */
	public CommandLineSignIn(Accounts accounts, Transactions transactions, DatabaseKeys keys, Map<String, String> environment) {
		this.directAccounts = accounts;
		this.directTransactions = transactions;
		this.keys = keys;
		this.environment = Map.copyOf(environment);
		this.prefix = System.getProperty("cairn.launcher", "cairn").strip() + " admin";
	}

	@Override
	public Operator signIn(String command, Requirement requirement, CommandInvocation invocation) throws CommandRefusedException {
		String user = variable(USER);
		if (user == null) {
			String recoveryFile = variable(RECOVERY_KEY_FILE);
			if (recoveryFile != null) {
				return withRecoveryKey(command, requirement, Path.of(recoveryFile));
			}
			return onTerminal(command, requirement);
		}
		String passwordFile = variable(PASSWORD_FILE);
		if (passwordFile == null) {
			throw new CommandRefusedException(USER + " names " + user + " but " + PASSWORD_FILE + " is not set: give a file whose first line is"
					+ " that account's password.");
		}
		char[] password = firstLine(Path.of(passwordFile), "password").toCharArray();
		try {
			return check(command, requirement, user, password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private Operator onTerminal(String command, Requirement requirement) throws CommandRefusedException {
		Console console = System.console();
		if (console == null) {
			throw new CommandRefusedException("'" + prefix + " " + command + "' needs you to sign in" + needs(requirement) + ": set " + USER
					+ " and " + PASSWORD_FILE + " (a file whose first line is your password), or run it on a terminal to be asked.");
		}
		String user = console.readLine("Sign in to run '%s %s'. User name: ", prefix, command);
		char[] password = user == null || user.isBlank() ? null : console.readPassword("Password: ");
		if (password == null) {
			throw new CommandRefusedException("nobody signed in.");
		}
		try {
			return check(command, requirement, user.strip(), password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private Operator withRecoveryKey(String command, Requirement requirement, Path file) throws CommandRefusedException {
		if (requirement.kind() != Requirement.Kind.ACCOUNT_OR_RECOVERY_KEY) {
			throw new CommandRefusedException("the recovery key opens only 'db', 'backup', 'restore' and a new password for an administrator;"
					+ " '" + command + "' needs an account" + needs(requirement) + ": set " + USER + " and " + PASSWORD_FILE + ".");
		}
		DatabaseKeys databaseKeys = keys;
		if (databaseKeys == null || databaseKeys.state() == DatabaseKeys.State.PLAIN || databaseKeys.state() == DatabaseKeys.State.NEW) {
			throw new CommandRefusedException("this database is not encrypted, so it has no recovery key; sign in with an account" + needs(requirement)
					+ " (" + USER + " and " + PASSWORD_FILE + ").");
		}
		if (!databaseKeys.unlockWithRecoveryKey(firstLine(file, "recovery key"))) {
			throw new CommandRefusedException("the recovery key in " + file + " does not open this database.");
		}
		return Operator.recoveryKey();
	}

	private Operator check(String command, Requirement requirement, String user, char[] password) throws CommandRefusedException {
		Accounts accounts = directAccounts != null ? directAccounts : accountsService.getService();
		try {
			Authentication result = accounts.authenticate(user, password);
			if (result instanceof Authentication.Refused refused) {
				throw new CommandRefusedException(refused.reason());
			}
			Authentication.Success success = (Authentication.Success) result;
			Operator operator = operator(success);
			String needed = requirement.permission();
			if (needed != null && !operator.may(needed)) {
				Optional<Permission> permission = Arrays.stream(Permission.values()).filter(p -> p.name().equals(needed)).findFirst();
				audit(operator.userId(), AuditEvent.Action.PERMISSION_DENIED, AuditEvent.Outcome.DENIED, needed + ": " + prefix + " " + command);
				Set<String> roles = new TreeSet<>(success.account().roles());
				throw new CommandRefusedException("the account " + operator.userId() + " (" + String.join(", ", roles) + ") may not "
						+ permission.map(Permission::allows).orElse("do what needs " + needed) + "; an administrator can give it a role that does.");
			}
			return operator;
		} catch (StoreException e) {
			throw new CommandRefusedException(e.getMessage());
		} finally {
			if (directAccounts == null) {
				accountsService.ungetService(accounts);
			}
		}
	}

	private void audit(String user, AuditEvent.Action action, AuditEvent.Outcome outcome, String detail) {
		Transactions transactions = directTransactions != null ? directTransactions : transactionsService.getService();
		try {
			transactions.write(connection -> {
				transactions.audit(connection, new AuditEvent(null, user, AuditEvent.thisWorkstation(), null, null, action, outcome, detail));
				return null;
			});
		} finally {
			if (directTransactions == null) {
				transactionsService.ungetService(transactions);
			}
		}
	}

	/**
	 * The operator an account signed in as: its id, name and its roles' permissions by name, and the {@link Session}
	 * the services take.
	 */
	public static Operator operator(Authentication.Success success) {
		Account account = success.account();
		return new Operator(account.id(), account.displayName(), success.permissions().stream().map(Permission::name).collect(Collectors.toSet()),
				new Session(success, java.time.Instant.now()));
	}

	/** The operator {@code id} would sign in as, for tests that run a command directly. */
	public static Operator operator(Accounts accounts, String id) {
		Account account = accounts.find(id).orElseThrow(() -> new IllegalArgumentException("no account " + id));
		return operator(new Authentication.Success(account, accounts.permissions(account)));
	}

	private static String needs(Requirement requirement) {
		String name = requirement.permission();
		if (name == null) {
			return "";
		}
		return Arrays.stream(Permission.values()).filter(p -> p.name().equals(name)).findFirst()
				.map(p -> " whose role may " + p.allows()).orElse(" with the permission " + name);
	}

	private String variable(String name) {
		String value = environment.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String firstLine(Path file, String what) throws CommandRefusedException {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			if (lines.isEmpty() || lines.get(0).isEmpty()) {
				throw new CommandRefusedException("the " + what + " file " + file + " is empty; its first line must hold the " + what + ".");
			}
			return lines.get(0);
		} catch (IOException e) {
			throw new CommandRefusedException("the " + what + " file " + file + " cannot be read: " + e.getMessage());
		}
	}
}
