package org.cairn.admin.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.CommandRefusedException;
import org.cairn.admin.CommandSignIn;
import org.cairn.admin.Operator;
import org.cairn.admin.Requirement;
import org.cairn.admin.UsageException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Dispatches {@code cairn admin <command> [args]} to the {@link AdminCommand} service of that name and answers
 * {@code help} itself. A command that needs someone signed in ({@link AdminCommand#requires}) runs only after
 * {@link CommandSignIn} has signed them in and checked the permission; without that service it does not run. A
 * command that {@link AdminCommand#options() declares its options} has them parsed with picocli first, and its help
 * generated from the declarations. Exit status: 0 done, 1 failed or refused, 2 wrong arguments or unknown command.
 */
@Component(service = CommandLine.class)
public class CommandLine {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

	private final Map<String, AdminCommand> commands = new ConcurrentSkipListMap<>();
	private final Map<String, String> rejected = new ConcurrentSkipListMap<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addCommand(AdminCommand command) {
		String name = command.name();
		String declarations = declarationProblem(command);
		if (name == null || !NAME.matcher(name).matches() || "help".equals(name)) {
			rejected.put(String.valueOf(name), command.getClass().getName() + ": not a valid command name");
		} else if (declarations != null) {
			rejected.put(name, command.getClass().getName() + ": its options are not declared right: " + declarations);
		} else if (commands.putIfAbsent(name, command) != null) {
			rejected.put(name + " (" + command.getClass().getName() + ")",
					"the name is already taken by " + commands.get(name).getClass().getName());
		}
	}

	/** Why picocli cannot read the command's declared options, or null when it can (or it declares none). */
	private static String declarationProblem(AdminCommand command) {
		try {
			if (Declarations.declares(command)) {
				Declarations.parser(command);
			}
			return null;
		} catch (RuntimeException e) {
			return describe(e);
		}
	}

	public void removeCommand(AdminCommand command) {
		commands.remove(command.name(), command);
	}

	private volatile CommandSignIn signIn;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	public void setSignIn(CommandSignIn service) {
		this.signIn = service;
	}

	public void unsetSignIn(CommandSignIn service) {
		if (this.signIn == service) {
			this.signIn = null;
		}
	}

	/** How the command line is called: "cairn admin", or a branded build's "harbour admin". */
	static final String PREFIX = Declarations.PREFIX;

	/** Runs the command line {@code args} and returns the exit status. */
	public int execute(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || isHelpFlag(args.get(0))) {
			printHelp(out);
			return args.isEmpty() ? AdminCommand.USAGE : AdminCommand.OK;
		}
		String name = args.get(0);
		List<String> rest = args.subList(1, args.size());
		if ("help".equals(name)) {
			return help(rest, out, err);
		}
		AdminCommand command = commands.get(name);
		if (command == null) {
			err.println(PREFIX + ": unknown command '" + name + "'. Run '" + PREFIX + " help' to list the commands.");
			return AdminCommand.USAGE;
		}
		CommandInvocation invocation = new CommandInvocation(rest, out, err);
		Declarations.Parsed parsed = null;
		try {
			if (Declarations.declares(command)) {
				// Parsed before anyone signs in: a wrong argument is refused without asking for a password.
				parsed = Declarations.parse(command, rest);
				if (parsed.helpRequested()) {
					out.print(parsed.usage());
					return AdminCommand.OK;
				}
				invocation = invocation.with(parsed.options());
			} else if (rest.stream().anyMatch(CommandLine::isHelpFlag)) {
				printUsage(command, out);
				return AdminCommand.OK;
			}
			Requirement requirement = command.requires(rest);
			if (requirement.needsSignIn()) {
				CommandSignIn accounts = signIn;
				if (accounts == null) {
					err.println(PREFIX + " " + name + ": refused: it needs someone to sign in, and the accounts are not installed"
							+ " (org.cairn.security is missing or did not start).");
					return AdminCommand.FAILED;
				}
				Operator operator = accounts.signIn(name, requirement, invocation);
				invocation = invocation.as(operator);
			}
			return command.run(invocation);
		} catch (CommandRefusedException e) {
			err.println(PREFIX + " " + name + ": refused: " + e.getMessage());
			return AdminCommand.FAILED;
		} catch (Declarations.UsageError e) {
			err.println(e.name() + ": " + e.getMessage());
			err.print(e.usage());
			return AdminCommand.USAGE;
		} catch (UsageException e) {
			if (parsed != null) {
				err.println(parsed.name() + ": " + e.getMessage());
				err.print(parsed.usage());
			} else {
				err.println(PREFIX + " " + name + ": " + e.getMessage());
				err.println("Usage: " + PREFIX + " " + command.usage());
			}
			return AdminCommand.USAGE;
		} catch (Exception e) {
			err.println(PREFIX + " " + name + ": failed: " + describe(e));
			return AdminCommand.FAILED;
		}
	}

	private static boolean isHelpFlag(String arg) {
		return "--help".equals(arg) || "-h".equals(arg);
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private int help(List<String> rest, PrintStream out, PrintStream err) {
		if (rest.isEmpty()) {
			printHelp(out);
			return AdminCommand.OK;
		}
		AdminCommand command = commands.get(rest.get(0));
		if (command != null && Declarations.declares(command)) {
			String usage = Declarations.usage(command, rest.subList(1, rest.size()));
			if (usage != null) {
				out.print(usage);
				return AdminCommand.OK;
			}
		} else if (command != null && rest.size() == 1) {
			printUsage(command, out);
			return AdminCommand.OK;
		}
		err.println(PREFIX + " help: unknown command '" + String.join(" ", rest) + "'.");
		return AdminCommand.USAGE;
	}

	private static void printUsage(AdminCommand command, PrintStream out) {
		out.println("Usage: " + PREFIX + " " + command.usage());
		out.println();
		out.println(command.summary());
		if (!command.description().isBlank()) {
			out.println();
			out.println(command.description().stripTrailing());
		}
	}

	private void printHelp(PrintStream out) {
		out.println("Usage: " + PREFIX + " <command> [arguments]");
		out.println();
		out.println("Commands:");
		int width = Math.max(4, commands.keySet().stream().mapToInt(String::length).max().orElse(4));
		out.printf("  %-" + width + "s  %s%n", "help", "List the commands, or show one command's usage: help <command>");
		commands.forEach((name, command) -> out.printf("  %-" + width + "s  %s%n", name, command.summary()));
		if (!rejected.isEmpty()) {
			out.println();
			out.println("Commands not loaded:");
			rejected.forEach((name, why) -> out.println("  " + name + ": " + why));
		}
	}

	/** The names of the commands available now, sorted; for tests and diagnostics. */
	public List<String> commandNames() {
		return List.copyOf(commands.keySet());
	}
}
