package org.cairn.plugins;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A facility's plugins: the bundles in the installation's {@code dropins/} folder, installed into the running
 * workstation when it starts and whenever {@link #reconcile()} is called. A plugin is checked to resolve before it
 * is started; one that does not (a missing dependency, a newer Java, a file that is not a plugin) is refused with
 * the reason, logged, and left out, and Cairn starts without it.
 * <p>
 * The service is published once the dropins folder has been read at start-up, so that a caller that waits for it
 * ({@link #await}) sees every plugin installed.
 */
public interface Plugins {

	/** The folder Cairn reads plugins from: {@code -Dcairn.dropins}, else {@code dropins/} in the installation. */
	Path dropins();

	/** Every plugin in the dropins folder, with its state; refused files included, with their reason. */
	List<Plugin> plugins();

	/** Every bundle that is part of Cairn itself (not from the dropins folder), for the full listing. */
	List<Plugin> platform();

	/**
	 * Reads the dropins folder again: installs new plugins, updates changed ones, uninstalls those whose file is
	 * gone, and refuses those that do not resolve.
	 *
	 * @return the plugins as they now are
	 */
	List<Plugin> reconcile();

	/**
	 * Installs a plugin jar, or every plugin in a p2 repository archive (a zip with {@code content.jar} or
	 * {@code content.xml} and a {@code plugins/} folder), into the dropins folder and the running workstation.
	 * A plugin replaces an older version of itself. When any of them does not resolve, nothing is installed and any
	 * version it replaced is put back. Done as {@code session}'s person, who needs the permission to install plugins
	 * (a refusal is audited as {@code PERMISSION_DENIED}); the change, or the file refused, is audited as
	 * {@code CONFIGURATION} under them.
	 *
	 * @param progress told each step, for a progress bar or the console; may be {@code null}
	 * @return the plugins installed
	 * @throws PluginException saying what was wrong with the file, or why a plugin does not resolve, or why the person
	 *                         may not
	 */
	default List<Plugin> install(org.cairn.security.Session session, Path file, Progress progress) throws PluginException {
		return install(session, file, false, progress);
	}

	/**
	 * {@link #install(org.cairn.security.Session, Path, Progress)}, and what each plugin contributes is checked once it
	 * has started ({@link ContributionCheck}: its forms load): a plugin with a contribution that does not load is refused,
	 * naming each fault, unless {@code force}, when it is installed and the faults are told as steps (those
	 * contributions stay unavailable).
	 */
	List<Plugin> install(org.cairn.security.Session session, Path file, boolean force, Progress progress) throws PluginException;

	/**
	 * Removes the plugin with this symbolic name (or file name) from the dropins folder and the running workstation,
	 * as {@code session}'s person, under the same permission and audit as {@link #install}.
	 *
	 * @throws PluginException when there is no such plugin, or it is part of Cairn, or the person may not
	 */
	Plugin remove(org.cairn.security.Session session, String name) throws PluginException;

	/** Told the steps of a long operation. */
	@FunctionalInterface
	interface Progress {
		/** @param step what is being done, e.g. "Checking org.example.forms 1.0.0" */
		void step(String step);
	}

	/**
	 * Waits for the service, i.e. for the dropins folder to have been read, for at most {@code timeout}.
	 *
	 * @return the service, or empty when it did not start in time (Cairn then runs without facility plugins)
	 */
	static Optional<Plugins> await(Duration timeout) {
		Bundle bundle = FrameworkUtil.getBundle(Plugins.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceTracker<Plugins, Plugins> tracker = new ServiceTracker<>(context, Plugins.class, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(timeout.toMillis()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} finally {
			tracker.close();
		}
	}
}
