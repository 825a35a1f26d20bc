package org.cairn.admin.internal;

import java.util.Arrays;
import java.util.List;

import org.cairn.admin.AdminCommand;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Equinox application behind {@code cairn admin}: runs without a display, hands the arguments to
 * {@link CommandLine} and returns its exit status as the process's.
 */
public class AdminApplication implements IApplication {

	/** How long to wait for Declarative Services to publish the command line. */
	private static final long SERVICE_TIMEOUT_MS = 30_000;

	private static final String PLUGINS_BUNDLE = "org.cairn.plugins";
	private static final String PLUGINS_SERVICE = "org.cairn.plugins.Plugins";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		// Tells the bundles that this process is the command line: the record store, for one, takes no scheduled
		// backups here.
		System.setProperty("cairn.admin", "true");
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		awaitPlugins(bundleContext);
		ServiceTracker<CommandLine, CommandLine> tracker = new ServiceTracker<>(bundleContext, CommandLine.class, null);
		tracker.open();
		try {
			CommandLine commandLine = tracker.waitForService(SERVICE_TIMEOUT_MS);
			if (commandLine == null) {
				System.err.println(CommandLine.PREFIX + ": the command line did not start within " + SERVICE_TIMEOUT_MS / 1000
						+ " s; is org.apache.felix.scr installed and started?");
				return AdminCommand.FAILED;
			}
			List<String> arguments = Arrays.stream(args).filter(arg -> !arg.isBlank()).toList();
			int status = commandLine.execute(arguments, System.out, System.err);
			System.out.flush();
			return status;
		} finally {
			tracker.close();
		}
	}

	/**
	 * Waits for the facility plugins in the dropins folder to be installed, so that a command sees what they
	 * contribute ('forms list' their forms). Named by string: the plugins bundle contributes a command itself.
	 */
	private static void awaitPlugins(BundleContext context) throws InvalidSyntaxException {
		boolean present = Arrays.stream(context.getBundles()).anyMatch(bundle -> PLUGINS_BUNDLE.equals(bundle.getSymbolicName()));
		if (!present) {
			return;
		}
		ServiceTracker<Object, Object> plugins = new ServiceTracker<>(context, context.createFilter("(objectClass=" + PLUGINS_SERVICE + ")"), null);
		plugins.open();
		try {
			if (plugins.waitForService(SERVICE_TIMEOUT_MS) == null) {
				System.err.println(CommandLine.PREFIX + ": the facility plugins were not read within " + SERVICE_TIMEOUT_MS / 1000
						+ " s; going on without them");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			plugins.close();
		}
	}

	@Override
	public void stop() {
		// Commands are short; the framework stops them by ending the process.
	}
}
