package org.cairn.security.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Operator;
import org.cairn.admin.Requirement;
import org.cairn.security.Account;
import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cairn admin users list | add ID --name NAME --roles R,R [--password-file F] | roles ID R,R | programmes ID P,P |
 * supervise ID C,C | disable ID | enable ID | password ID [--password-file F]}: the accounts, for an administrator at the command line and for
 * scripted roll-outs. A password comes from the first line of a file or is asked for twice on the console; never from
 * the command line. The accounts service is got only when the command runs (getting it opens the database).
 */
@Component(service = AdminCommand.class)
public class UsersCommand extends DeclaredCommand<UsersCommand.Action> {

	/** What to do with the accounts: the subcommand given. */
	sealed interface Action permits ListAccounts, Add, Roles, Programmes, Supervise, Disable, Enable, SetPassword {
		/** The subcommand's name, for messages. */
		default String verb() {
			return getClass().getAnnotation(Command.class).name();
		}
	}

	@Command(name = "users", subcommands = { ListAccounts.class, Add.class, Roles.class, Programmes.class, Supervise.class, Disable.class,
			Enable.class, SetPassword.class })
	static final class Users {
	}

	@Command(name = "list", description = "Every account: name, roles, whether disabled or locked.")
	static final class ListAccounts implements Action {
	}

	@Command(name = "add", description = "A new account.")
	static final class Add implements Action {
		@Parameters(paramLabel = "ID", description = "The login name.")
		String id;

		@Option(names = "--name", required = true, paramLabel = "NAME", description = "The person's name, as the workbench shows it.")
		String name;

		@Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE",
				description = "clinician, prescriber, supervisor, intake, administrator or auditor, separated by commas.")
		List<String> roles;

		@Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password; else it is asked"
				+ " for twice on the console.")
		Path passwordFile;
	}

	@Command(name = "roles", description = "Replaces an account's roles.")
	static final class Roles implements Action {
		@Parameters(index = "0", paramLabel = "ID", description = "The login name.")
		String id;

		@Parameters(index = "1", arity = "1", split = ",", paramLabel = "ROLE", description = "Its roles, separated by commas.")
		List<String> roles;
	}

	@Command(name = "programmes", description = { "The programmes someone works in.",
			"Where charts are kept to caseloads, nurses and prescribers see the charts of the patients in their programmes." })
	static final class Programmes implements Action {
		@Parameters(index = "0", paramLabel = "ID", description = "The login name.")
		String id;

		@Parameters(index = "1", arity = "1", split = ",", paramLabel = "PROGRAMME", converter = ProgrammeName.class,
				description = "OTP, OBOT, Detox, Residential, IOP or Outpatient, separated by commas.")
		List<String> programmes;
	}

	@Command(name = "supervise", description = { "The clinicians a supervisor supervises.",
			"The supervisor sees the charts of their caseloads." })
	static final class Supervise implements Action {
		@Parameters(index = "0", paramLabel = "ID", description = "The supervisor's login name.")
		String id;

		@Parameters(index = "1", arity = "1", split = ",", paramLabel = "CLINICIAN",
				description = "The clinicians' login names, separated by commas; '-' for none.")
		List<String> clinicians;
	}

	@Command(name = "disable", description = { "Stops an account from logging in.",
			"Accounts are never deleted: their names stay on what they wrote." })
	static final class Disable implements Action {
		@Parameters(paramLabel = "ID", description = "The login name.")
		String id;
	}

	@Command(name = "enable", description = "Lets a disabled account log in again.")
	static final class Enable implements Action {
		@Parameters(paramLabel = "ID", description = "The login name.")
		String id;
	}

	@Command(name = "password", description = "Sets a new password and unlocks the account.")
	static final class SetPassword implements Action {
		@Parameters(paramLabel = "ID", description = "The login name.")
		String id;

		@Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password; else it is asked"
				+ " for twice on the console.")
		Path passwordFile;
	}

	/** A programme by its name in the model or its short name (OTP, OBOT, IOP, Detox, Residential, Outpatient). */
	static final class ProgrammeName implements ITypeConverter<String> {
		@Override
		public String convert(String word) {
			String name = word.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
			String full = switch (name) {
			case "OTP" -> "OPIOID_TREATMENT_PROGRAM";
			case "OBOT" -> "OFFICE_BASED_OPIOID_TREATMENT";
			case "IOP" -> "INTENSIVE_OUTPATIENT";
			default -> name;
			};
			for (org.cairn.model.Programme programme : org.cairn.model.Programme.values()) {
				if (programme.name().equals(full)) {
					return full;
				}
			}
			throw new TypeConversionException(word + " is not a programme; say OTP, OBOT, Detox, Residential, IOP or Outpatient");
		}
	}

	private static final String PREFIX = System.getProperty("cairn.launcher", "cairn").strip() + " admin users ";

	@Reference
	ComponentServiceObjects<Accounts> accounts;

	private final Accounts direct;

	public UsersCommand() {
		this.direct = null;
	}

	/** For tests and hosts without Declarative Services. */
	public UsersCommand(Accounts accounts) {
		this.direct = accounts;
	}

	@Override
	public String name() {
		return "users";
	}

	@Override
	public String summary() {
		return "List, add and change the user accounts";
	}

	@Override
	public Object options() {
		return new Users();
	}

	@Override
	public String description() {
		return """
				A password (12 characters or more) is read from the first line of --password-file, else asked for
				twice on the console. Every change is an audit event in the name of the account that signed in
				(CAIRN_ADMIN_USER and CAIRN_ADMIN_PASSWORD_FILE, or asked on the terminal), which needs a role
				that may manage accounts. Two exceptions: the first account of a new database, which must be an
				administrator, needs nobody signed in; the recovery key (CAIRN_RECOVERY_KEY_FILE) of an encrypted
				database may set a new password for an administrator.
				""";
	}

	/**
	 * Managing accounts needs an account that may manage them. Two exceptions: the first account of a database that
	 * has none (it must be an administrator: what the setup wizard does), and a new password for an administrator,
	 * which the holder of the encrypted database's recovery key may set (the way back in when every administrator's
	 * password is lost).
	 */
	@Override
	protected Requirement requires(Action action) {
		if (action instanceof Add && !withAccounts(accounts -> accounts.isSetUp())) {
			return Requirement.none();
		}
		return action instanceof SetPassword ? Requirement.accountOrRecoveryKey(Permission.ACCOUNT_MANAGE.name())
				: Requirement.account(Permission.ACCOUNT_MANAGE.name());
	}

	private <T> T withAccounts(java.util.function.Function<Accounts, T> work) {
		if (direct != null) {
			return work.apply(direct);
		}
		Accounts service = accounts.getService();
		try {
			return work.apply(service);
		} finally {
			accounts.ungetService(service);
		}
	}

	@Override
	protected int run(Action action, CommandInvocation invocation) throws Exception {
		Accounts service = direct;
		if (service == null) {
			service = accounts.getService();
		}
		try {
			return run(service, action, invocation);
		} catch (AccountException e) {
			invocation.err().println(PREFIX + action.verb() + ": " + e.getMessage());
			return FAILED;
		} finally {
			if (direct == null) {
				accounts.ungetService(service);
			}
		}
	}

	private int run(Accounts service, Action action, CommandInvocation invocation) {
		String verb = action.verb();
		Optional<Operator> operator = invocation.signedIn();
		// the account that signed in, as the accounts service takes it: it decides who may, and audits under them
		Session by = operator.flatMap(o -> o.signedIn(Session.class)).orElse(null);
		boolean recoveryKey = operator.map(Operator::isRecoveryKey).orElse(false);
		boolean firstAccount = action instanceof Add && !service.isSetUp();
		if (recoveryKey && !(action instanceof SetPassword) || !firstAccount && !recoveryKey && by == null) {
			invocation.err().println(PREFIX + verb + ": refused: managing accounts needs an account whose role may " + Permission.ACCOUNT_MANAGE.allows() + ".");
			return FAILED;
		}
		switch (action) {
		case ListAccounts list -> {
			List<Account> all = service.list();
			if (all.isEmpty()) {
				invocation.out().println("No accounts yet; 'cairn admin users add' creates the first.");
			}
			for (Account account : all) {
				String state = account.disabled() ? "disabled" : account.lockedAt(java.time.Instant.now()) ? "locked" : "active";
				invocation.out().printf("%-20s %-28s %-30s %s%n", account.id(), account.displayName(), String.join(",", account.roles()), state);
			}
			return OK;
		}
		case Add add -> {
			Set<String> roles = names(add.roles);
			if (firstAccount && !roles.contains("administrator")) {
				invocation.err().println(PREFIX + "add: this database has no accounts yet, so the first one must be an administrator"
						+ " (--roles administrator); that administrator then adds the others, signed in.");
				return FAILED;
			}
			char[] password = password(add.passwordFile, invocation);
			if (password == null) {
				return FAILED;
			}
			try {
				Account account = service.create(firstAccount ? null : by, add.id, add.name, roles, password);
				invocation.out().println("Added " + account.id() + " (" + account.displayName() + ") with the roles " + String.join(", ", account.roles()) + ".");
			} finally {
				Arrays.fill(password, '\0');
			}
			return OK;
		}
		case Roles roles -> {
			Set<String> names = names(roles.roles);
			service.setRoles(by, roles.id, names);
			invocation.out().println("The roles of " + roles.id + " are now " + String.join(", ", names) + ".");
			return OK;
		}
		case Programmes programmes -> {
			Set<String> names = names(programmes.programmes);
			service.setProgrammes(by, programmes.id, names);
			invocation.out().println(programmes.id + " works in " + (names.isEmpty() ? "no programme" : String.join(", ", names)) + ".");
			return OK;
		}
		case Supervise supervise -> {
			Set<String> clinicians = supervise.clinicians.size() == 1 && supervise.clinicians.get(0).strip().equals("-") ? Set.of()
					: names(supervise.clinicians);
			service.setSupervisees(by, supervise.id, clinicians);
			invocation.out().println(supervise.id + " supervises " + (clinicians.isEmpty() ? "nobody" : String.join(", ", clinicians)) + ".");
			return OK;
		}
		case Disable disable -> {
			service.setDisabled(by, disable.id, true);
			invocation.out().println(disable.id + " can no longer log in.");
			return OK;
		}
		case Enable enable -> {
			service.setDisabled(by, enable.id, false);
			invocation.out().println(enable.id + " can log in again.");
			return OK;
		}
		case SetPassword set -> {
			if (recoveryKey) {
				Optional<Account> target = service.find(set.id);
				if (target.isEmpty() || !target.get().roles().contains("administrator") || !(service instanceof RecoveryKeyPasswords)) {
					invocation.err().println(PREFIX + "password: the recovery key sets a new password only for an administrator, and "
							+ set.id + " is " + (target.isEmpty() ? "no account" : "not one") + "; that administrator then sets the others'.");
					return FAILED;
				}
			}
			char[] password = password(set.passwordFile, invocation);
			if (password == null) {
				return FAILED;
			}
			try {
				if (recoveryKey) {
					((RecoveryKeyPasswords) service).recoverAdministrator(set.id, password);
				} else {
					service.changePassword(by, set.id, password);
				}
			} finally {
				Arrays.fill(password, '\0');
			}
			invocation.out().println("The password of " + set.id + " is set; the account is unlocked.");
			return OK;
		}
		}
	}

	/** Names given separated by commas, each once, without blanks. */
	private static Set<String> names(List<String> list) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : list) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names;
	}

	private static char[] password(Path file, CommandInvocation invocation) {
		if (file != null) {
			try {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (lines.isEmpty() || lines.get(0).isEmpty()) {
					invocation.err().println(invocation.prefix() + " users: the password file " + file + " is empty.");
					return null;
				}
				return lines.get(0).toCharArray();
			} catch (IOException e) {
				invocation.err().println(invocation.prefix() + " users: the password file " + file + " cannot be read: " + e.getMessage());
				return null;
			}
		}
		Console console = System.console();
		if (console == null) {
			invocation.err().println(invocation.prefix() + " users: give the password in a file (--password-file F) or run this on a console.");
			return null;
		}
		char[] first = console.readPassword("Password: ");
		char[] second = console.readPassword("Again: ");
		if (first == null || second == null || !Arrays.equals(first, second)) {
			invocation.err().println(invocation.prefix() + " users: the two passwords differ.");
			return null;
		}
		Arrays.fill(second, '\0');
		return first;
	}
}
