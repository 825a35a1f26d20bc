package org.cairn.plugins.internal;

import java.nio.file.Path;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.Requirement;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.UsageException;
import org.cairn.plugins.Plugin;
import org.cairn.plugins.PluginException;
import org.cairn.plugins.Plugins;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cairn admin plugins list [--all] | install FILE | remove NAME}: a facility's plugins, for scripted
 * roll-outs. Installing copies the plugin into the installation's dropins folder, so it needs the rights of the
 * user that installed Cairn; every workstation of the installation has it from its next start.
 */
@Component(service = AdminCommand.class)
public class PluginsCommand implements AdminCommand {

	@Reference
	Plugins plugins;

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public String summary() {
		return "List, install and remove facility plugins";
	}

	@Override
	public String usage() {
		return "plugins list [--all] | plugins install FILE.jar|REPOSITORY.zip | plugins remove NAME";
	}

	@Override
	public String description() {
		return """
				list      the plugins in the dropins folder: name, version, state, file, and what each contributes;
				          a refused plugin is followed by the reason. --all lists Cairn's own bundles too.
				install   checks a plugin jar, or every plugin in a p2 repository archive, copies it into the dropins
				          folder and installs it; a newer version replaces the older. A plugin that does not resolve
				          (a missing dependency, a newer Java, not a plugin) is refused and nothing is installed.
				remove    removes the plugin NAME (its symbolic name or its file name) from the dropins folder.
				The dropins folder is dropins/ in the installation; jars copied there by hand are installed when
				Cairn next starts.
				""";
	}

	@Override
	public Requirement requires(List<String> args) {
		return !args.isEmpty() && (args.get(0).equals("install") || args.get(0).equals("remove")) ? Requirement.account("PLUGIN_INSTALL")
				: Requirement.account(null);
	}

	@Override
	public int run(CommandInvocation invocation) throws Exception {
		List<String> args = invocation.args();
		if (args.isEmpty()) {
			throw new UsageException("plugins: say list, install FILE or remove NAME");
		}
		String verb = args.get(0);
		List<String> rest = args.subList(1, args.size());
		try {
			return switch (verb) {
			case "list" -> list(rest, invocation);
			case "install" -> install(one(rest, "install", "FILE"), invocation);
			case "remove" -> remove(one(rest, "remove", "NAME"), invocation);
			default -> throw new UsageException("plugins: unknown action '" + verb + "'; say list, install or remove");
			};
		} catch (PluginException e) {
			invocation.err().println("cairn admin plugins " + verb + ": " + e.getMessage().replace("\n", "\n  "));
			return FAILED;
		}
	}

	private static String one(List<String> rest, String verb, String what) throws UsageException {
		if (rest.size() != 1) {
			throw new UsageException("plugins " + verb + ": give one " + what);
		}
		return rest.get(0);
	}

	private int list(List<String> rest, CommandInvocation invocation) throws UsageException {
		boolean all = false;
		for (String arg : rest) {
			if (arg.equals("--all")) {
				all = true;
			} else {
				throw new UsageException("plugins list: unknown option " + arg);
			}
		}
		List<Plugin> found = plugins.plugins();
		invocation.out().println("Plugins in " + plugins.dropins() + ":");
		if (found.isEmpty()) {
			invocation.out().println("  none");
		}
		boolean refused = false;
		for (Plugin plugin : found) {
			print(plugin, invocation);
			refused |= plugin.state() == Plugin.State.REFUSED;
		}
		if (all) {
			invocation.out().println("Part of Cairn:");
			for (Plugin plugin : plugins.platform()) {
				invocation.out().println("  " + plugin.label() + "  " + plugin.state().label() + (plugin.name().isEmpty() ? "" : "  " + plugin.name()));
			}
		}
		return refused ? FAILED : OK;
	}

	private static void print(Plugin plugin, CommandInvocation invocation) {
		invocation.out().println("  " + plugin.label() + "  " + plugin.state().label() + "  " + plugin.file().getFileName());
		if (!plugin.name().isEmpty() || !plugin.vendor().isEmpty()) {
			invocation.out().println("      " + String.join(", ", List.of(plugin.name(), plugin.vendor()).stream().filter(s -> !s.isEmpty()).toList()));
		}
		if (!plugin.problem().isEmpty()) {
			invocation.out().println("      refused: " + plugin.problem());
		}
		for (String contribution : plugin.contributions()) {
			invocation.out().println("      contributes " + contribution);
		}
	}

	private int install(String file, CommandInvocation invocation) throws PluginException {
		List<Plugin> installed = plugins.install(Path.of(file), step -> invocation.err().println("  " + step));
		invocation.out().println("Installed:");
		for (Plugin plugin : installed) {
			print(plugin, invocation);
		}
		return OK;
	}

	private int remove(String name, CommandInvocation invocation) throws PluginException {
		Plugin removed = plugins.remove(name);
		invocation.out().println("Removed " + removed.label() + " (" + removed.file().getFileName() + ")");
		return OK;
	}
}
