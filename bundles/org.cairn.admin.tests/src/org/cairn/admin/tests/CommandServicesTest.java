package org.cairn.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.internal.CommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The command line as the OSGi runtime assembles it: Declarative Services registers it with the built-in
 * commands, and a command any bundle registers as an {@link AdminCommand} service appears in it and goes again.
 */
class CommandServicesTest {

	private ServiceTracker<CommandLine, CommandLine> tracker;

	@BeforeEach
	void track() {
		BundleContext context = FrameworkUtil.getBundle(CommandServicesTest.class).getBundleContext();
		tracker = new ServiceTracker<>(context, CommandLine.class, null);
		tracker.open();
	}

	@AfterEach
	void untrack() {
		tracker.close();
	}

	private CommandLine commandLine() throws InterruptedException {
		CommandLine commandLine = tracker.waitForService(30_000);
		assertNotNull(commandLine, "Declarative Services registers the command line");
		return commandLine;
	}

	@Test
	void theVersionCommandIsBuiltIn() throws Exception {
		assertTrue(commandLine().commandNames().contains("version"), commandLine().commandNames().toString());
	}

	@Test
	void aCommandRegisteredByAnyBundleAppearsAndDisappears() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(CommandServicesTest.class).getBundleContext();
		ServiceRegistration<AdminCommand> registration = context.registerService(AdminCommand.class,
				new CommandLineTest.EchoCommand("facility-echo"), null);
		try {
			CommandLine commandLine = commandLine();
			assertTrue(commandLine.commandNames().contains("facility-echo"), commandLine.commandNames().toString());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
			assertEquals(AdminCommand.OK, commandLine.execute(List.of("facility-echo", "hello"), print, print));
			assertEquals("hello", out.toString(StandardCharsets.UTF_8).strip());
		} finally {
			registration.unregister();
		}
		assertTrue(!commandLine().commandNames().contains("facility-echo"), "unregistered commands are removed");
	}
}
