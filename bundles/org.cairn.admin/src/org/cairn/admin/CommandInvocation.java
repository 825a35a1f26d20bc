package org.cairn.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arguments after the command name, the streams a command writes to, and who runs it.
 *
 * @param args     the words after the command name, as given
 * @param out      results
 * @param err      problems
 * @param operator who signed in to run it; null for a command whose {@link AdminCommand#requires requirement} is none
 * @param options  the command's {@link AdminCommand#options() declared options} as the command line parsed them from
 *                 {@code args} (the object of the subcommand given); null for a command that reads {@code args}
 *                 itself, or when the caller did not parse them
 */
public record CommandInvocation(List<String> args, PrintStream out, PrintStream err, Operator operator, Object options) {

	public CommandInvocation {
		args = List.copyOf(args);
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(err, "err");
	}

	/** An invocation whose arguments the command parses itself. */
	public CommandInvocation(List<String> args, PrintStream out, PrintStream err, Operator operator) {
		this(args, out, err, operator, null);
	}

	/** An invocation nobody signed in for. */
	public CommandInvocation(List<String> args, PrintStream out, PrintStream err) {
		this(args, out, err, null, null);
	}

	/** This invocation, run by {@code signedIn}. */
	public CommandInvocation as(Operator signedIn) {
		return new CommandInvocation(args, out, err, signedIn, options);
	}

	/** This invocation, with its arguments parsed into {@code parsed}. */
	public CommandInvocation with(Object parsed) {
		return new CommandInvocation(args, out, err, operator, parsed);
	}

	/**
	 * How the command line is called, for what a command says: "cairn admin", or a branded build's "harbour admin" (the
	 * launcher passes its own name as the system property {@code cairn.launcher}).
	 */
	public String prefix() {
		return System.getProperty("cairn.launcher", "cairn").strip() + " admin";
	}

	/** Who signed in, if anyone did. */
	public Optional<Operator> signedIn() {
		return Optional.ofNullable(operator);
	}

	/**
	 * The user id to put on the audit events this invocation writes: the signed-in account's, else the operating
	 * system user's as {@code system:NAME} (only commands nobody signs in for get that).
	 */
	public String auditUser() {
		return operator != null ? operator.userId() : "system:" + System.getProperty("user.name", "unknown");
	}

	/** Refuses any argument, for commands that take none. */
	public void expectNoArguments(String command) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException("'" + command + "' takes no arguments, but was given: " + String.join(" ", args));
		}
	}
}
