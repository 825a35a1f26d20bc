package org.cairn.admin;

import java.util.List;

/**
 * One command of {@code cairn admin}. Adding a command is one class in any bundle:
 *
 * <pre>
 * &#64;Component(service = AdminCommand.class)
 * public class BackupCommand implements AdminCommand {
 * 	public String name() { return "backup"; }
 * 	public String summary() { return "Copy the embedded database to an encrypted archive"; }
 * 	public String usage() { return "backup --to FILE"; }
 * 	public int run(CommandInvocation invocation) throws Exception { ... return OK; }
 * }
 * </pre>
 *
 * A command reads its arguments from {@link CommandInvocation#args()} itself, or declares them with picocli's
 * annotations ({@link #options()}; {@link DeclaredCommand} does the rest) and has the command line parse them, refuse
 * wrong ones and print its usage help from the declarations.
 * <p>
 * The bundle needs {@code Bundle-ActivationPolicy: lazy} so that Declarative Services finds its components.
 * Commands print results to {@link CommandInvocation#out()} and problems to {@link CommandInvocation#err()}, and
 * never print patient data unless that is what the administrator asked for (an export).
 * <p>
 * Before a command runs, the command line signs in the person running it as {@link #requires} declares (by default
 * any account), so a facility's command that touches records runs only for someone who proved who they are; the
 * account is {@link CommandInvocation#operator()} and goes on the audit events the command writes.
 */
public interface AdminCommand {

	/** Exit status of a command that did what was asked. */
	int OK = 0;
	/** Exit status of a command that could not do what was asked; it has said why on {@code err}. */
	int FAILED = 1;
	/** Exit status of a call with wrong arguments. */
	int USAGE = 2;

	/** The word after {@code cairn admin}: lower case, letters, digits and dashes. */
	String name();

	/** One line for {@code cairn admin help}. */
	String summary();

	/**
	 * The command's options, parameters and subcommands declared with picocli's annotations: a new object of a class
	 * annotated {@code @Command} for each call, which the command line fills from the arguments and hands to the
	 * command as {@link CommandInvocation#options()}. Null (the default) for a command that reads
	 * {@link CommandInvocation#args()} itself and says its {@link #usage()}. See {@link DeclaredCommand}.
	 */
	default Object options() {
		return null;
	}

	/** The synopsis after {@code cairn admin}, e.g. {@code "backup --to FILE"}. */
	default String usage() {
		return name();
	}

	/** More lines for {@code cairn admin help <command>}: options, examples; empty when the summary says it all. */
	default String description() {
		return "";
	}

	/**
	 * Who may run the command with {@code args} (the words after its name): nobody needs to sign in, or an account
	 * with a permission, or an account or the recovery key. The default is any account that signs in; a command that
	 * touches no records, accounts, settings, plugins or audit events says {@link Requirement#none()}.
	 */
	default Requirement requires(List<String> args) {
		return Requirement.account(null);
	}

	/**
	 * Runs the command.
	 *
	 * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
	 * @throws UsageException when the arguments are wrong; the message says what was wrong
	 * @throws Exception      when the command fails; the message is shown to the administrator
	 */
	int run(CommandInvocation invocation) throws Exception;
}
