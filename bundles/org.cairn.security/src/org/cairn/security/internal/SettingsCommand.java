package org.cairn.security.internal;

import java.util.List;
import java.util.Map;

import org.cairn.admin.AdminCommand;
import org.cairn.security.Permission;
import org.cairn.admin.Requirement;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.UsageException;
import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cairn admin settings list | set NAME VALUE}: the facility's settings, shared by every workstation on the
 * database, for scripted roll-outs. Only the settings Cairn knows can be set, each checked; every change is an audit
 * event in the name of the account that signed in (changing one needs a role that may change the facility's
 * settings).
 */
@Component(service = AdminCommand.class)
public class SettingsCommand implements AdminCommand {

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
	public String usage() {
		return "settings list | set NAME VALUE";
	}

	@Override
	public String description() {
		return """
				list   every setting Cairn knows, with its value
				set    changes one, for every workstation on this database:
				       security.idle-lock-minutes   minutes without input before a workstation locks (1-240, default 10)
				       security.chart-access        all (the default) or caseload: charts open to their care team,
				                                    anyone else needs emergency access with a stated reason
				""";
	}

	@Override
	public Requirement requires(List<String> args) {
		return !args.isEmpty() && args.get(0).equals("set") ? Requirement.account(Permission.CONFIGURE.name()) : Requirement.account(null);
	}

	@Override
	public int run(CommandInvocation invocation) throws Exception {
		List<String> args = invocation.args();
		if (args.isEmpty()) {
			throw new UsageException("settings: say list or set");
		}
		Accounts service = direct != null ? direct : accounts.getService();
		try {
			switch (args.get(0)) {
			case "list" -> {
				if (args.size() != 1) {
					throw new UsageException("settings list takes no arguments");
				}
				for (String name : new java.util.TreeSet<>(KNOWN.keySet())) {
					invocation.out().printf("%-28s %s%n", name, service.setting(name).orElse(defaultOf(name) + " (default)"));
				}
				return OK;
			}
			case "set" -> {
				if (args.size() != 3) {
					throw new UsageException("settings set needs a NAME and a VALUE");
				}
				String name = args.get(1);
				String value = args.get(2).strip();
				String problem = check(name, value);
				if (problem != null) {
					invocation.err().println("cairn admin settings set: " + problem);
					return FAILED;
				}
				service.setSetting(name, value, invocation.auditUser());
				invocation.out().println(name + " is now " + value + " for every workstation on this database.");
				return OK;
			}
			default -> throw new UsageException("settings: unknown action '" + args.get(0) + "'; say list or set");
			}
		} catch (AccountException e) {
			invocation.err().println("cairn admin settings: " + e.getMessage());
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
