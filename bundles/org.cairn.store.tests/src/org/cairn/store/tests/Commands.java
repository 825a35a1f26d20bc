package org.cairn.store.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;

/** Runs an admin command in the test, as {@code cairn admin} would, and keeps what it printed. */
final class Commands {

	private Commands() {
	}

	/** A finished command: its status and its two streams. */
	record Run(int status, String out, String err) {
	}

	static Run run(AdminCommand command, String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = command.run(new CommandInvocation(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
