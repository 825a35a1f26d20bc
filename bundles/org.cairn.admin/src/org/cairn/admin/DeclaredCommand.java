package org.cairn.admin;

import java.util.List;

import org.cairn.admin.internal.Declarations;

/**
 * A command whose options, parameters and subcommands are declared with picocli's annotations, so that the command
 * line parses them (typed values, {@code --x=y} and {@code --x y}), refuses wrong ones as usage errors naming what
 * was wrong, and prints {@code help <command>} and {@code <command> --help} from the declarations:
 *
 * <pre>
 * &#64;Component(service = AdminCommand.class)
 * public class BackupCommand extends DeclaredCommand&lt;BackupCommand.Options&gt; {
 * 	&#64;Command(name = "backup", description = "Back the embedded database up into one encrypted file")
 * 	static final class Options {
 * 		&#64;Option(names = "--to", required = true, paramLabel = "FILE", description = "the backup to write")
 * 		Path to;
 * 	}
 * 	public String name() { return "backup"; }
 * 	public String summary() { return "Back the embedded database up"; }
 * 	public Object options() { return new Options(); }
 * 	protected int run(Options options, CommandInvocation invocation) throws Exception { ... return OK; }
 * }
 * </pre>
 *
 * A command with actions of its own ({@code users add}, {@code users list}) names them as the {@code subcommands} of
 * its {@code @Command}, each a class with its own {@code @Command(name = ...)}; the command line then hands
 * {@link #run(Object, CommandInvocation)} the object of the subcommand that was given (so {@code O} is a type they
 * share, typically a sealed interface) and refuses a call that gives none. {@code -h}/{@code --help} is added to
 * every command and subcommand; where the top {@code @Command} has no description, the usage help shows
 * {@link #summary()}, and {@link #description()} below the options.
 * <p>
 * Who must sign in is decided from the parsed options before the command runs ({@link #requires(Object)}). A wrong
 * argument is refused before anyone is asked to sign in. Passwords and passphrases are never options: declare a file
 * option, or ask on the console.
 *
 * @param <O> the type of the options object {@code run} gets: the {@code @Command} class, or what its subcommands'
 *            classes share
 */
public abstract class DeclaredCommand<O> implements AdminCommand {

	/**
	 * A new, empty options object for one call: an instance of a class annotated with picocli's {@code @Command},
	 * whose {@code @Option} and {@code @Parameters} fields picocli fills.
	 */
	@Override
	public abstract Object options();

	/**
	 * Who may run the command with these options (those of the subcommand given); by default any account that signs
	 * in, as {@link AdminCommand#requires(List)}.
	 */
	protected Requirement requires(O options) {
		return Requirement.account(null);
	}

	/**
	 * Runs the command with the options given (those of the subcommand given).
	 *
	 * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
	 * @throws UsageException when the options are wrong in a way their types do not say (a number out of range)
	 */
	protected abstract int run(O options, CommandInvocation invocation) throws Exception;

	/** The requirement of the parsed {@code args}; none for arguments that are wrong, which are refused unsigned. */
	@Override
	public final Requirement requires(List<String> args) {
		try {
			Declarations.Parsed parsed = Declarations.parse(this, args);
			return parsed.helpRequested() ? Requirement.none() : requires(cast(parsed.options()));
		} catch (UsageException e) {
			return Requirement.none();
		}
	}

	/**
	 * Runs with the options the command line parsed; a caller that did not parse (a test, another bundle) has
	 * {@code invocation.args()} parsed here, and a wrong argument thrown as a {@link UsageException}.
	 */
	@Override
	public final int run(CommandInvocation invocation) throws Exception {
		Object options = invocation.options();
		if (options == null) {
			Declarations.Parsed parsed = Declarations.parse(this, invocation.args());
			if (parsed.helpRequested()) {
				invocation.out().print(parsed.usage());
				return OK;
			}
			options = parsed.options();
		}
		return run(cast(options), invocation);
	}

	/** The synopsis generated from the declarations. */
	@Override
	public final String usage() {
		return Declarations.synopsis(this);
	}

	@SuppressWarnings("unchecked")
	private O cast(Object options) {
		return (O) options;
	}
}
