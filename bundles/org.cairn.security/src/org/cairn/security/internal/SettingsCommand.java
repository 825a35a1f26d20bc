package org.cairn.security.internal;

import java.util.Map;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.cairn.security.Permission;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cairn admin settings list | set NAME VALUE}: the facility's settings, shared by every workstation on the
 * database, for scripted roll-outs. Only the settings Cairn knows can be set, each checked; every change is an audit
 * event in the name of the account that signed in (changing one needs a role that may change the facility's
 * settings).
 */
@Component(service = AdminCommand.class)
public class SettingsCommand extends DeclaredCommand<SettingsCommand.Action> {

	sealed interface Action permits ListSettings, Set {
	}

	@Command(name = "settings", subcommands = { ListSettings.class, Set.class })
	static final class Settings {
	}

	@Command(name = "list", description = "Every setting Cairn knows, with its value.")
	static final class ListSettings implements Action {
	}

	@Command(name = "set", description = { "Changes one, for every workstation on this database:",
			"  security.idle-lock-minutes   minutes without input before a workstation locks (1-240, default 10)",
			"  security.chart-access        all (the default) or caseload: charts open to their care team,",
			"                               anyone else needs emergency access with a stated reason" })
	static final class Set implements Action {
		@Parameters(index = "0", paramLabel = "NAME", description = "security.idle-lock-minutes or security.chart-access.")
		String name;

		@Parameters(index = "1", paramLabel = "VALUE", description = "Its new value.")
		String value;
	}

	/** The settings that can be set here, with what they take. */
	static final Map<String, String> KNOWN = Map.of(Accounts.IDLE_LOCK_MINUTES, "minutes without input before a workstation locks, 1 to 240",
			Accounts.CHART_ACCESS, "'all' (everyone whose role reads clinical records) or 'caseload' (the care team; others by emergency access)");

	@Reference
	ComponentServiceObjects<Accounts> accounts;

	private final Accounts direct;

	public SettingsCommand() {
		this.direct = null;
	}

	/** For tests and hosts without Declarative Services. */
	public SettingsCommand(Accounts accounts) {
		this.direct = accounts;
	}

	@Override
	public String name() {
		return "settings";
	}

	@Override
	public String summary() {
		return "List or change the facility's settings (idle lock, chart access)";
	}

	@Override
	public Object options() {
		return new Settings();
	}

	@Override
	protected Requirement requires(Action action) {
		return action instanceof Set ? Requirement.account(Permission.CONFIGURE.name()) : Requirement.account(null);
	}

	@Override
	protected int run(Action action, CommandInvocation invocation) throws Exception {
		Accounts service = direct != null ? direct : accounts.getService();
		try {
			switch (action) {
			case ListSettings list -> {
				for (String name : new java.util.TreeSet<>(KNOWN.keySet())) {
					invocation.out().printf("%-28s %s%n", name, service.setting(name).orElse(defaultOf(name) + " (default)"));
				}
				return OK;
			}
			case Set set -> {
				String value = set.value.strip();
				String problem = check(set.name, value);
				if (problem != null) {
					invocation.err().println(invocation.prefix() + " settings set: " + problem);
					return FAILED;
				}
				// the account that signed in: the accounts service checks that it may, and audits the change under it
				service.setSetting(invocation.signedIn().flatMap(o -> o.signedIn(org.cairn.security.Session.class)).orElse(null), set.name, value);
				invocation.out().println(set.name + " is now " + value + " for every workstation on this database.");
				return OK;
			}
			}
		} catch (AccountException e) {
			invocation.err().println(invocation.prefix() + " settings: " + e.getMessage());
			return FAILED;
		} finally {
			if (direct == null) {
				accounts.ungetService(service);
			}
		}
	}

	private static String defaultOf(String name) {
		return Accounts.IDLE_LOCK_MINUTES.equals(name) ? String.valueOf(Accounts.DEFAULT_IDLE_LOCK_MINUTES) : "all";
	}

	/** Why {@code value} cannot be {@code name}'s, or null when it can. */
	static String check(String name, String value) {
		if (!KNOWN.containsKey(name)) {
			return "unknown setting '" + name + "'; known: " + String.join(", ", new java.util.TreeSet<>(KNOWN.keySet()));
		}
		if (Accounts.IDLE_LOCK_MINUTES.equals(name)) {
			try {
				int minutes = Integer.parseInt(value);
				return minutes >= 1 && minutes <= 240 ? null : name + " takes 1 to 240 minutes, not " + value;
			} catch (NumberFormatException e) {
				return name + " takes a whole number of minutes, not '" + value + "'";
			}
		}
		return value.equals("all") || value.equals("caseload") ? null : name + " takes 'all' or 'caseload', not '" + value + "'";
	}
}
