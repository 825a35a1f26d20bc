package org.cairn.plugins.internal;

import java.nio.file.Path;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.plugins.Plugin;
import org.cairn.plugins.PluginException;
import org.cairn.plugins.Plugins;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cairn admin plugins list [--all] | install FILE | remove NAME}: a facility's plugins, for scripted
 * roll-outs. Installing copies the plugin into the installation's dropins folder, so it needs the rights of the
 * user that installed Cairn; every workstation of the installation has it from its next start.
 */
@Component(service = AdminCommand.class)
public class PluginsCommand extends DeclaredCommand<PluginsCommand.Action> {

	sealed interface Action permits ListPlugins, Install, Remove {
	}

	@Command(name = "plugins", subcommands = { ListPlugins.class, Install.class, Remove.class })
	static final class PluginsOptions {
	}

	@Command(name = "list", description = { "The plugins in the dropins folder: name, version, state, file, and what each contributes;",
			"a refused plugin is followed by the reason." })
	static final class ListPlugins implements Action {
		@Option(names = "--all", description = "Lists Cairn's own bundles too.")
		boolean all;
	}

	@Command(name = "install", description = { "Checks a plugin jar, or every plugin in a p2 repository archive, copies it into the"
			+ " dropins folder and installs it; a newer version replaces the older.",
			"A plugin that does not resolve (a missing dependency, a newer Java, not a plugin) is refused and nothing is installed." })
	static final class Install implements Action {
		@Parameters(paramLabel = "FILE", description = "A plugin (.jar) or a p2 repository archive (.zip).")
		Path file;

		@Option(names = "--force", description = "Installs a plugin even when some of its forms do not load; those forms stay unavailable.")
		boolean force;
	}

	@Command(name = "remove", description = "Removes a plugin from the dropins folder.")
	static final class Remove implements Action {
		@Parameters(paramLabel = "NAME", description = "The plugin's symbolic name or its file name.")
		String name;
	}

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
	public Object options() {
		return new PluginsOptions();
	}

	@Override
	public String description() {
		return """
				The dropins folder is dropins/ in the installation; jars copied there by hand are installed when
				Cairn next starts.
				""";
	}

	@Override
	protected Requirement requires(Action action) {
		return action instanceof ListPlugins ? Requirement.account(null) : Requirement.account("PLUGIN_INSTALL");
	}

	@Override
	protected int run(Action action, CommandInvocation invocation) throws Exception {
		try {
			return switch (action) {
			case ListPlugins list -> list(list.all, invocation);
			case Install install -> install(install.file, install.force, invocation);
			case Remove remove -> remove(remove.name, invocation);
			};
		} catch (PluginException e) {
			invocation.err().println(invocation.prefix() + " plugins " + (action instanceof Install ? "install" : "remove") + ": " + e.getMessage().replace("\n", "\n  "));
			return FAILED;
		}
	}

	private int list(boolean all, CommandInvocation invocation) {
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

	private int install(Path file, boolean force, CommandInvocation invocation) throws PluginException {
		List<Plugin> installed = plugins.install(session(invocation), file, force, step -> invocation.err().println("  " + step));
		invocation.out().println("Installed:");
		for (Plugin plugin : installed) {
			print(plugin, invocation);
		}
		return OK;
	}

	private int remove(String name, CommandInvocation invocation) throws PluginException {
		Plugin removed = plugins.remove(session(invocation), name);
		invocation.out().println("Removed " + removed.label() + " (" + removed.file().getFileName() + ")");
		return OK;
	}

	/** The session the command line's sign-in made for the person running the command (null when nobody signed in). */
	private static org.cairn.security.Session session(CommandInvocation invocation) {
		return invocation.signedIn().flatMap(operator -> operator.signedIn(org.cairn.security.Session.class)).orElse(null);
	}
}
