package org.cairn.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * The arguments after the command name and the streams a command writes to.
 *
 * @param args the words after the command name, as given
 * @param out  results
 * @param err  problems
 */
public record CommandInvocation(List<String> args, PrintStream out, PrintStream err) {

	public CommandInvocation {
		args = List.copyOf(args);
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(err, "err");
	}

	/** Refuses any argument, for commands that take none. */
	public void expectNoArguments(String command) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException("'" + command + "' takes no arguments, but was given: " + String.join(" ", args));
		}
	}
}
