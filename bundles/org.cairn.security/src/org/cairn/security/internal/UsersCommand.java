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
import org.cairn.admin.Operator;
import org.cairn.admin.Requirement;
import org.cairn.admin.UsageException;
import org.cairn.security.Account;
import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.cairn.security.Permission;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cairn admin users list | add ID --name NAME --roles R,R [--password-file F] | roles ID R,R | disable ID |
 * enable ID | password ID [--password-file F]}: the accounts, for an administrator at the command line and for
 * scripted roll-outs. A password comes from the first line of a file or is asked for twice on the console; never from
 * the command line. The accounts service is got only when the command runs (getting it opens the database).
 */
@Component(service = AdminCommand.class)
public class UsersCommand implements AdminCommand {

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
	public String usage() {
		return "users list | add ID --name NAME --roles ROLE[,ROLE] [--password-file F] | roles ID ROLE[,ROLE] | programmes ID P[,P]"
				+ " | supervise ID CLINICIAN[,CLINICIAN] | disable ID | enable ID | password ID [--password-file F]";
	}

	@Override
	public String description() {
		return """
				list       every account: name, roles, whether disabled or locked
				add        a new account; roles: clinician, prescriber, supervisor, intake, administrator, auditor
				roles      replaces an account's roles
				programmes the programmes someone works in (OTP, OBOT, Detox, Residential, IOP, Outpatient):
				           where charts are kept to caseloads, nurses and prescribers see the charts of the
				           patients in their programmes
				supervise  the clinicians a supervisor supervises ('-' for none): the supervisor sees the charts
				           of their caseloads
				disable    stops an account from logging in (accounts are never deleted: their names stay on
				           what they wrote); enable lets it log in again
				password   sets a new password and unlocks the account
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
	public Requirement requires(List<String> args) {
		if (args.isEmpty()) {
			return Requirement.none(); // the usage error, without signing in first
		}
		if (args.get(0).equals("add") && !withAccounts(accounts -> accounts.isSetUp())) {
			return Requirement.none();
		}
		return args.get(0).equals("password") ? Requirement.accountOrRecoveryKey(Permission.ACCOUNT_MANAGE.name())
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
	public int run(CommandInvocation invocation) throws Exception {
		List<String> args = invocation.args();
		if (args.isEmpty()) {
			throw new UsageException("users: say list, add, roles, disable, enable or password");
		}
		Accounts service = direct;
		if (service == null) {
			service = accounts.getService();
		}
		try {
			return run(service, args, invocation);
		} catch (AccountException e) {
			invocation.err().println(PREFIX + args.get(0) + ": " + e.getMessage());
			return FAILED;
		} finally {
			if (direct == null) {
				accounts.ungetService(service);
			}
		}
	}

	private int run(Accounts service, List<String> args, CommandInvocation invocation) throws UsageException {
		String by = invocation.auditUser();
		String verb = args.get(0);
		List<String> rest = args.subList(1, args.size());
		Optional<Operator> operator = invocation.signedIn();
		boolean firstAccount = verb.equals("add") && !service.isSetUp();
		if (!firstAccount && !operator.map(o -> o.isRecoveryKey() ? verb.equals("password") : o.may(Permission.ACCOUNT_MANAGE.name())).orElse(false)) {
			// the command line signed someone in who may; this keeps the promise for any other caller
			invocation.err().println(PREFIX + verb + ": refused: managing accounts needs an account whose role may " + Permission.ACCOUNT_MANAGE.allows() + ".");
			return FAILED;
		}
		switch (verb) {
		case "list" -> {
			if (!rest.isEmpty()) {
				throw new UsageException("users list takes no arguments");
			}
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
		case "add" -> {
			if (rest.isEmpty()) {
				throw new UsageException("users add needs the account's name");
			}
			String id = rest.get(0);
			String name = null;
			Set<String> roles = null;
			Path passwordFile = null;
			for (int i = 1; i < rest.size(); i++) {
				String option = rest.get(i);
				if (i + 1 >= rest.size()) {
					throw new UsageException("users add: " + option + " needs a value");
				}
				switch (option) {
				case "--name" -> name = rest.get(++i);
				case "--roles" -> roles = roles(rest.get(++i));
				case "--password-file" -> passwordFile = Path.of(rest.get(++i));
				default -> throw new UsageException("users add: unknown option " + option);
				}
			}
			if (name == null || roles == null) {
				throw new UsageException("users add needs --name and --roles");
			}
			if (firstAccount && !roles.contains("administrator")) {
				invocation.err().println(PREFIX + "add: this database has no accounts yet, so the first one must be an administrator"
						+ " (--roles administrator); that administrator then adds the others, signed in.");
				return FAILED;
			}
			char[] password = password(passwordFile, invocation);
			if (password == null) {
				return FAILED;
			}
			try {
				Account account = service.create(id, name, roles, password, firstAccount ? id : by);
				invocation.out().println("Added " + account.id() + " (" + account.displayName() + ") with the roles " + String.join(", ", account.roles()) + ".");
			} finally {
				Arrays.fill(password, '\0');
			}
			return OK;
		}
		case "roles" -> {
			if (rest.size() != 2) {
				throw new UsageException("users roles needs the account's name and its roles");
			}
			service.setRoles(rest.get(0), roles(rest.get(1)), by);
			invocation.out().println("The roles of " + rest.get(0) + " are now " + String.join(", ", roles(rest.get(1))) + ".");
			return OK;
		}
		case "programmes" -> {
			if (rest.size() != 2) {
				throw new UsageException("users programmes needs the account's name and its programmes (OTP, OBOT, Detox, Residential, IOP, Outpatient)");
			}
			Set<String> programmes = new LinkedHashSet<>();
			for (String word : roles(rest.get(1))) {
				programmes.add(programme(word));
			}
			service.setProgrammes(rest.get(0), programmes, by);
			invocation.out().println(rest.get(0) + " works in " + (programmes.isEmpty() ? "no programme" : String.join(", ", programmes)) + ".");
			return OK;
		}
		case "supervise" -> {
			if (rest.size() != 2) {
				throw new UsageException("users supervise needs the supervisor's account name and the clinicians they supervise (ID,ID or -)");
			}
			Set<String> clinicians = rest.get(1).strip().equals("-") ? Set.of() : roles(rest.get(1));
			service.setSupervisees(rest.get(0), clinicians, by);
			invocation.out().println(rest.get(0) + " supervises " + (clinicians.isEmpty() ? "nobody" : String.join(", ", clinicians)) + ".");
			return OK;
		}
		case "disable", "enable" -> {
			if (rest.size() != 1) {
				throw new UsageException("users " + verb + " needs the account's name");
			}
			service.setDisabled(rest.get(0), verb.equals("disable"), by);
			invocation.out().println(rest.get(0) + (verb.equals("disable") ? " can no longer log in." : " can log in again."));
			return OK;
		}
		case "password" -> {
			if (rest.isEmpty() || rest.size() == 2 || rest.size() > 3 || rest.size() == 3 && !rest.get(1).equals("--password-file")) {
				throw new UsageException("users password needs the account's name and, optionally, --password-file F");
			}
			if (operator.get().isRecoveryKey()) {
				Optional<Account> target = service.find(rest.get(0));
				if (target.isEmpty() || !target.get().roles().contains("administrator")) {
					invocation.err().println(PREFIX + "password: the recovery key sets a new password only for an administrator, and "
							+ rest.get(0) + " is " + (target.isEmpty() ? "no account" : "not one") + "; that administrator then sets the others'.");
					return FAILED;
				}
			}
			char[] password = password(rest.size() == 3 ? Path.of(rest.get(2)) : null, invocation);
			if (password == null) {
				return FAILED;
			}
			try {
				service.changePassword(rest.get(0), password, by);
			} finally {
				Arrays.fill(password, '\0');
			}
			invocation.out().println("The password of " + rest.get(0) + " is set; the account is unlocked.");
			return OK;
		}
		default -> throw new UsageException("users: unknown action '" + verb + "'");
		}
	}

	/** A programme by its name in the model or its short name (OTP, OBOT, IOP, Detox, Residential, Outpatient). */
	private static String programme(String word) throws UsageException {
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
		throw new UsageException("users programmes: " + word + " is not a programme; say OTP, OBOT, Detox, Residential, IOP or Outpatient");
	}

	private static Set<String> roles(String list) {
		Set<String> roles = new LinkedHashSet<>();
		for (String role : list.split(",")) {
			if (!role.isBlank()) {
				roles.add(role.strip());
			}
		}
		return roles;
	}

	private static char[] password(Path file, CommandInvocation invocation) {
		if (file != null) {
			try {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (lines.isEmpty() || lines.get(0).isEmpty()) {
					invocation.err().println("cairn admin users: the password file " + file + " is empty.");
					return null;
				}
				return lines.get(0).toCharArray();
			} catch (IOException e) {
				invocation.err().println("cairn admin users: the password file " + file + " cannot be read: " + e.getMessage());
				return null;
			}
		}
		Console console = System.console();
		if (console == null) {
			invocation.err().println("cairn admin users: give the password in a file (--password-file F) or run this on a console.");
			return null;
		}
		char[] first = console.readPassword("Password: ");
		char[] second = console.readPassword("Again: ");
		if (first == null || second == null || !Arrays.equals(first, second)) {
			invocation.err().println("cairn admin users: the two passwords differ.");
			return null;
		}
		Arrays.fill(second, '\0');
		return first;
	}
}
