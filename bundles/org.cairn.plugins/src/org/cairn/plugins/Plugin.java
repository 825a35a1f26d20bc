package org.cairn.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * One plugin as the administrator sees it.
 *
 * @param symbolicName  the bundle's symbolic name, or the file name when the file is not a plugin
 * @param version       the bundle's version, empty when unknown
 * @param name          the bundle's human-readable name (Bundle-Name), empty when it has none
 * @param vendor        Bundle-Vendor, empty when it has none
 * @param file          where it came from: the file in the dropins folder, or {@code null} for Cairn's own bundles
 * @param state         what became of it
 * @param problem       why it was refused or failed, empty otherwise
 * @param contributions what it adds to Cairn, e.g. "form harbour.overdose-risk", "service org.example.Foo"
 */
public record Plugin(String symbolicName, String version, String name, String vendor, Path file, State state, String problem,
		List<String> contributions) {

	public Plugin {
		contributions = List.copyOf(contributions);
	}

	/** What became of a plugin. */
	public enum State {
		/** Resolved and started: its contributions are in use. */
		ACTIVE,
		/** Resolved, waiting to be started on first use (lazy activation), or a fragment attached to its host. */
		RESOLVED,
		/** Left out: not a plugin, or it does not resolve, or it failed to start; {@link Plugin#problem()} says why. */
		REFUSED;

		/** The word shown in lists: "active", "resolved", "refused". */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** "org.example.forms 1.0.0", or the name alone when there is no version. */
	public String label() {
		return version.isEmpty() ? symbolicName : symbolicName + " " + version;
	}
}
