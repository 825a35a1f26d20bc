package org.cairn.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Operator;
import org.cairn.admin.Requirement;
import org.cairn.admin.UsageException;
import org.cairn.admin.internal.CommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command that declares its options with picocli: the command line parses them ({@code --x=y} and {@code --x y},
 * typed values), refuses wrong ones as usage errors naming them, prints the help from the declarations and decides
 * who signs in from the parsed options; a command that reads its own arguments runs as before.
 */
class DeclaredOptionsTest {

	private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
	private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
	private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
	private final List<Requirement> signIns = new ArrayList<>();
	private CommandLine commandLine;

	/** {@code greet say --to NAME [--times N] [--card FILE]} and {@code greet guests LOG}, which needs AUDIT_READ. */
	static final class GreetCommand extends DeclaredCommand<GreetCommand.Action> {

		sealed interface Action permits Say, Guests {
		}

		@Command(name = "greet", subcommands = { Say.class, Guests.class })
		static final class Greet {
		}

		@Command(name = "say", description = "Greets someone by name.")
		static final class Say implements Action {
			@Option(names = "--to", required = true, paramLabel = "NAME", description = "Who is greeted.")
			String to;

			@Option(names = "--times", paramLabel = "N", defaultValue = "1", description = "How many times (default ${DEFAULT-VALUE}).")
			int times;

			@Option(names = "--card", paramLabel = "FILE", description = "A card to mention.")
			Path card;
		}

		@Command(name = "guests", description = "Lists who was greeted.")
		static final class Guests implements Action {
			@Parameters(paramLabel = "LOG", description = "The guest book.")
			Path log;
		}

		@Override
		public String name() {
			return "greet";
		}

		@Override
		public String summary() {
			return "Greet people";
		}

		@Override
		public String description() {
			return "Greetings are 100% fictional.\n";
		}

		@Override
		public Object options() {
			return new Greet();
		}

		@Override
		protected Requirement requires(Action action) {
			return action instanceof Guests ? Requirement.account("AUDIT_READ") : Requirement.none();
		}

		@Override
		protected int run(Action action, CommandInvocation invocation) {
			switch (action) {
			case Say say -> {
				for (int i = 0; i < say.times; i++) {
					invocation.out().println("Hello, " + say.to + (say.card == null ? "" : " (card " + say.card.getFileName() + ")"));
				}
			}
			case Guests guests -> invocation.out().println(invocation.operator().userId() + " reads " + guests.log.getFileName());
			}
			return OK;
		}
	}

	/** Declares the same option twice: the command line cannot read it. */
	static final class BrokenCommand extends DeclaredCommand<BrokenCommand.Options> {
		@Command(name = "broken")
		static final class Options {
			@Option(names = "--to")
			String to;

			@Option(names = "--to")
			String again;
		}

		@Override
		public String name() {
			return "broken";
		}

		@Override
		public String summary() {
			return "Never loads";
		}

		@Override
		public Object options() {
			return new Options();
		}

		@Override
		protected int run(Options options, CommandInvocation invocation) {
			return OK;
		}
	}

	@BeforeEach
	void commandLine() {
		commandLine = new CommandLine();
		commandLine.addCommand(new GreetCommand());
		commandLine.addCommand(new CommandLineTest.EchoCommand("echo"));
		commandLine.setSignIn((command, requirement, invocation) -> {
			signIns.add(requirement);
			return new Operator("auditor.ann", "Ann Auditor", Set.of("AUDIT_READ"));
		});
	}

	private int run(String... args) {
		outBytes.reset();
		errBytes.reset();
		return commandLine.execute(List.of(args), out, err);
	}

	private String out() {
		return outBytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	private String err() {
		return errBytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	@Test
	void optionsAreParsedWithOrWithoutAnEqualsSign() {
		assertEquals(AdminCommand.OK, run("greet", "say", "--to=Ann", "--times=2"), err());
		assertEquals("Hello, Ann\nHello, Ann\n", out());
		assertEquals(AdminCommand.OK, run("greet", "say", "--card", "/tmp/cards/birthday.txt", "--to", "Bo"), err());
		assertEquals("Hello, Bo (card birthday.txt)\n", out(), "a FILE option is a path, and options come in any order");
		assertEquals(List.of(), signIns, "say needs nobody signed in");
	}

	@Test
	void anUnknownOptionIsAUsageErrorThatNamesIt() {
		assertEquals(AdminCommand.USAGE, run("greet", "say", "--to", "Ann", "--loud"));
		assertEquals("", out(), "the command did not run");
		assertTrue(err().startsWith("cairn admin greet say: Unknown option: '--loud'\nUsage: cairn admin greet say "), err());
		assertTrue(err().contains("--to=NAME"), "the usage follows: " + err());
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedNamingTheOption() {
		assertEquals(AdminCommand.USAGE, run("greet", "say", "--to", "Ann", "--times", "twice"));
		assertTrue(err().startsWith("cairn admin greet say: Invalid value for option '--times': 'twice' is not a whole number\n"), err());
		assertEquals(AdminCommand.USAGE, run("greet", "say", "--times=3"));
		assertTrue(err().startsWith("cairn admin greet say: Missing required option: '--to=NAME'\n"), err());
		assertEquals("", out());
	}

	@Test
	void aCommandWithSubcommandsNeedsOneAndNamesThem() {
		assertEquals(AdminCommand.USAGE, run("greet"));
		assertTrue(err().startsWith("cairn admin greet: Missing required subcommand (one of: say, guests)\n"), err());
		assertEquals(AdminCommand.USAGE, run("greet", "wave"));
		assertTrue(err().startsWith("cairn admin greet: Unmatched argument at index 0: 'wave'\n"), err());
	}

	@Test
	void theHelpIsGeneratedFromTheDeclarations() {
		assertEquals(AdminCommand.OK, run("help", "greet"));
		String help = out();
		assertTrue(help.startsWith("Usage: cairn admin greet [-h] [COMMAND]\nGreet people\n"), "the summary describes it: " + help);
		assertTrue(help.contains("  say     Greets someone by name.\n") && help.contains("  guests  Lists who was greeted.\n"), help);
		assertTrue(help.endsWith("\nGreetings are 100% fictional.\n"), "the description follows, as it is written: " + help);

		assertEquals(AdminCommand.OK, run("greet", "say", "--help"));
		String say = out();
		assertEquals(say, run("help", "greet", "say") == AdminCommand.OK ? out() : null, "help greet say and greet say --help agree");
		assertTrue(say.startsWith("Usage: cairn admin greet say [-h] --to=NAME [--times=N] [--card=FILE]\nGreets someone by name.\n"), say);
		assertTrue(say.matches("(?s).*\n +--to=NAME +Who is greeted\\.\n.*"), say);
		assertTrue(say.matches("(?s).*\n +--times=N +How many times \\(default 1\\)\\.\n.*"), say);
		assertTrue(say.matches("(?s).*\n +-h, --help +Show this help\\.\n.*"), say);
		assertEquals(List.of(), signIns, "help signs nobody in");

		assertEquals(AdminCommand.USAGE, run("help", "greet", "wave"));
		assertTrue(err().contains("unknown command 'greet wave'"), err());
	}

	@Test
	void whoSignsInIsDecidedFromTheParsedOptionsAndAWrongCallAsksNobody() {
		assertEquals(AdminCommand.OK, run("greet", "guests", "/var/book.txt"), err());
		assertEquals("auditor.ann reads book.txt\n", out());
		assertEquals(List.of(Requirement.account("AUDIT_READ")), signIns);
		assertEquals(AdminCommand.USAGE, run("greet", "guests"));
		assertTrue(err().startsWith("cairn admin greet guests: Missing required parameter: 'LOG'\n"), err());
		assertEquals(1, signIns.size(), "a wrong call is refused before anyone is asked to sign in");
	}

	@Test
	void aCommandThatReadsItsOwnArgumentsStillGetsThemAsGiven() {
		assertEquals(AdminCommand.OK, run("echo", "--to=Ann", "--times", "twice"));
		assertEquals("--to=Ann\n--times\ntwice\n", out());
		assertEquals("", err());
	}

	@Test
	void aCallerThatDoesNotParseHasTheArgumentsParsedByTheCommand() throws Exception {
		GreetCommand greet = new GreetCommand();
		assertEquals(AdminCommand.OK, greet.run(new CommandInvocation(List.of("say", "--to=Cy"), out, err)));
		assertEquals("Hello, Cy\n", out());
		assertEquals("Unknown option: '--loud'",
				assertThrows(UsageException.class, () -> greet.run(new CommandInvocation(List.of("say", "--to=Cy", "--loud"), out, err))).getMessage());
		assertEquals(Requirement.account("AUDIT_READ"), greet.requires(List.of("guests", "book.txt")));
		assertEquals(Requirement.none(), greet.requires(List.of("say", "--to", "Cy")));
		assertEquals("greet [-h] [COMMAND]", greet.usage());
	}

	@Test
	void aCommandWhoseOptionsCannotBeReadIsNotLoaded() {
		commandLine.addCommand(new BrokenCommand());
		assertEquals(List.of("echo", "greet"), commandLine.commandNames());
		run("help");
		assertTrue(out().contains("Commands not loaded:\n  broken: " + BrokenCommand.class.getName() + ": its options are not declared right: "), out());
	}
}
