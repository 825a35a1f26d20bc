package org.cairn.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.CommandRefusedException;
import org.cairn.admin.CommandSignIn;
import org.cairn.admin.Operator;
import org.cairn.admin.Requirement;
import org.cairn.admin.UsageException;
import org.cairn.admin.internal.CommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How {@code cairn admin} dispatches: help, usage errors, failures and exit codes. */
class CommandLineTest {

	private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
	private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
	private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
	private CommandLine commandLine;

	/** A command that echoes its arguments, refuses "--bad" and fails on "--boom". */
	static final class EchoCommand implements AdminCommand {
		private final String name;

		EchoCommand(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public String summary() {
			return "Print the arguments";
		}

		@Override
		public String usage() {
			return name + " [WORD]...";
		}

		@Override
		public String description() {
			return "Prints each WORD on one line.\n";
		}

		@Override
		public Requirement requires(List<String> args) {
			return Requirement.none();
		}

		@Override
		public int run(CommandInvocation invocation) throws Exception {
			if (invocation.args().contains("--bad")) {
				throw new UsageException("unknown option --bad");
			}
			if (invocation.args().contains("--boom")) {
				throw new IllegalStateException("the archive folder is read-only");
			}
			invocation.args().forEach(invocation.out()::println);
			return OK;
		}
	}

	@BeforeEach
	void commandLine() {
		commandLine = new CommandLine();
		commandLine.addCommand(new EchoCommand("echo"));
	}

	private int run(String... args) {
		return commandLine.execute(List.of(args), out, err);
	}

	private String out() {
		return outBytes.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return errBytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void runsTheNamedCommandWithTheRestOfTheArguments() {
		assertEquals(AdminCommand.OK, run("echo", "a", "b c"));
		assertEquals("a\nb c\n", out().replace("\r\n", "\n"));
		assertEquals("", err());
	}

	@Test
	void noArgumentsListsTheCommandsAndIsAUsageError() {
		assertEquals(AdminCommand.USAGE, run());
		assertTrue(out().startsWith("Usage: cairn admin <command> [arguments]"), out());
		assertTrue(out().contains("  echo  Print the arguments"), out());
		assertTrue(out().contains("  help  List the commands"), out());
	}

	@Test
	void helpListsTheCommandsAndSucceeds() {
		assertEquals(AdminCommand.OK, run("help"));
		assertTrue(out().contains("  echo  Print the arguments"), out());
		assertEquals(AdminCommand.OK, run("--help"));
	}

	@Test
	void helpForOneCommandShowsItsUsageAndDescription() {
		assertEquals(AdminCommand.OK, run("help", "echo"));
		assertEquals("Usage: cairn admin echo [WORD]...\n\nPrint the arguments\n\nPrints each WORD on one line.\n",
				out().replace("\r\n", "\n"));
	}

	@Test
	void helpFlagAfterACommandShowsItsUsageInsteadOfRunningIt() {
		assertEquals(AdminCommand.OK, run("echo", "x", "--help"));
		assertTrue(out().startsWith("Usage: cairn admin echo [WORD]..."), out());
		assertFalse(out().startsWith("x"), out());
	}

	@Test
	void unknownCommandSaysSoAndIsAUsageError() {
		assertEquals(AdminCommand.USAGE, run("ecoh"));
		assertEquals("cairn admin: unknown command 'ecoh'. Run 'cairn admin help' to list the commands.", err().strip());
		assertEquals(AdminCommand.USAGE, run("help", "ecoh"));
		assertTrue(err().contains("cairn admin help: unknown command 'ecoh'."), err());
	}

	@Test
	void wrongArgumentsNameTheProblemAndTheUsage() {
		assertEquals(AdminCommand.USAGE, run("echo", "--bad"));
		assertEquals("cairn admin echo: unknown option --bad\nUsage: cairn admin echo [WORD]...", err().strip().replace("\r\n", "\n"));
	}

	@Test
	void aFailingCommandReportsItsMessageAndExitsWithOne() {
		assertEquals(AdminCommand.FAILED, run("echo", "--boom"));
		assertEquals("cairn admin echo: failed: the archive folder is read-only", err().strip());
	}

	@Test
	void commandsWithInvalidOrTakenNamesAreRefusedAndListed() {
		commandLine.addCommand(new EchoCommand("Bad Name"));
		commandLine.addCommand(new EchoCommand("help"));
		commandLine.addCommand(new EchoCommand("echo"));
		assertEquals(List.of("echo"), commandLine.commandNames());
		run("help");
		assertTrue(out().contains("Commands not loaded:"), out());
		assertTrue(out().contains("  Bad Name: " + EchoCommand.class.getName() + ": not a valid command name"), out());
		assertTrue(out().contains("the name is already taken by " + EchoCommand.class.getName()), out());
	}

	@Test
	void aRemovedCommandIsGone() {
		EchoCommand other = new EchoCommand("other");
		commandLine.addCommand(other);
		assertEquals(List.of("echo", "other"), commandLine.commandNames());
		commandLine.removeCommand(other);
		assertEquals(List.of("echo"), commandLine.commandNames());
	}

	/** A command that needs an account that may read the audit log, and prints who runs it. */
	static final class WhoCommand implements AdminCommand {
		@Override
		public String name() {
			return "who";
		}

		@Override
		public String summary() {
			return "Print who signed in";
		}

		@Override
		public Requirement requires(List<String> args) {
			return Requirement.account("AUDIT_READ");
		}

		@Override
		public int run(CommandInvocation invocation) {
			invocation.out().println(invocation.operator().userId());
			return OK;
		}
	}

	@Test
	void aCommandThatNeedsAnAccountDoesNotRunWithoutTheSignInService() {
		commandLine.addCommand(new WhoCommand());
		assertEquals(AdminCommand.FAILED, run("who"));
		assertEquals("cairn admin who: refused: it needs someone to sign in, and the accounts are not installed (org.cairn.security is missing or"
				+ " did not start).", err().strip());
		assertEquals("", out());
	}

	@Test
	void aCommandRunsAsTheOneWhoSignedInAndARefusalIsReportedInWords() {
		commandLine.addCommand(new WhoCommand());
		List<Requirement> asked = new ArrayList<>();
		CommandSignIn signIn = (command, requirement, invocation) -> {
			asked.add(requirement);
			if (invocation.args().contains("--as-intake")) {
				throw new CommandRefusedException("the account front.desk (intake) may not read the audit log");
			}
			return new Operator("auditor.ann", "Ann Auditor", Set.of("AUDIT_READ"));
		};
		commandLine.setSignIn(signIn);
		assertEquals(AdminCommand.OK, run("who"));
		assertEquals("auditor.ann\n", out().replace("\r\n", "\n"));
		assertEquals(List.of(Requirement.account("AUDIT_READ")), asked, "the command's requirement reaches the sign-in");
		assertEquals(AdminCommand.FAILED, run("who", "--as-intake"));
		assertEquals("cairn admin who: refused: the account front.desk (intake) may not read the audit log", err().strip());
		assertEquals(AdminCommand.OK, run("echo", "x"));
		assertEquals(2, asked.size(), "a command anyone may run signs nobody in");
		commandLine.unsetSignIn(signIn);
		assertEquals(AdminCommand.FAILED, run("who"));
	}

	@Test
	void aFacilitysCommandNeedsAnAccountUnlessItSaysOtherwise() {
		AdminCommand facility = new AdminCommand() {
			@Override
			public String name() {
				return "facility";
			}

			@Override
			public String summary() {
				return "A facility's own command";
			}

			@Override
			public int run(CommandInvocation invocation) {
				return OK;
			}
		};
		assertEquals(Requirement.account(null), facility.requires(List.of()), "the default is safe: someone signs in");
	}
}
