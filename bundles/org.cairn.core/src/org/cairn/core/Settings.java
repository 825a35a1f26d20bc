package org.cairn.core;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Component;

/**
 * The one home of start-up arguments and preferences.
 *
 * <p>
 * A setting has a key such as {@code data} and is looked up, first hit wins, in:
 * <ol>
 * <li>the system property {@code cairn.<key>}, which the {@code cairn} launcher sets from its options
 * ({@code --data DIR} gives {@code -Dcairn.data=DIR}) and which a site may pass in {@code CAIRN_JAVA_OPTS};</li>
 * <li>the user's preference {@code <key>} of node {@code org.cairn.core} (instance scope, in the data folder);</li>
 * <li>the product's default, {@code org.cairn.core/<key>=...} in {@code plugin_customization.ini}, which a branded
 * build replaces;</li>
 * <li>the default the caller gives.</li>
 * </ol>
 * docs/CONFIGURATION.md lists every key.
 */
@Component(service = Settings.class)
public class Settings {

	/** Preference node of Cairn's settings. */
	public static final String NODE = "org.cairn.core";
	/** Prefix of the system properties that override settings. */
	public static final String PROPERTY_PREFIX = "cairn.";
	/** Key of the data folder: patient database, workbench layout, logs. */
	public static final String DATA = "data";

	/** The setting {@code key}, or empty when no source defines it. */
	public Optional<String> get(String key) {
		String value = System.getProperty(PROPERTY_PREFIX + key);
		if (value == null) {
			value = InstanceScope.INSTANCE.getNode(NODE).get(key, null);
		}
		if (value == null) {
			value = DefaultScope.INSTANCE.getNode(NODE).get(key, null);
		}
		return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
	}

	/** The setting {@code key}, or {@code fallback}. */
	public String get(String key, String fallback) {
		return get(key).orElse(fallback);
	}

	/** An integer setting; a value that is not a number is reported with its key, not ignored. */
	public int getInt(String key, int fallback) {
		Optional<String> value = get(key);
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.get());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("Setting '" + key + "' must be a whole number, not '" + value.get() + "'", e);
		}
	}

	/** The user's own preferences, for settings changed from the workstation; call {@code flush()} after changes. */
	public IEclipsePreferences userPreferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/**
	 * The data folder: {@code cairn.data} if set, else the platform's instance location (the launcher passes the
	 * same folder to both).
	 *
	 * @throws IllegalStateException when neither is set, which only happens outside the launcher and tests
	 */
	public Path dataFolder() {
		Optional<String> configured = get(DATA);
		if (configured.isPresent()) {
			return Path.of(configured.get()).toAbsolutePath().normalize();
		}
		Location instance = Platform.getInstanceLocation();
		URL url = instance == null ? null : instance.getURL();
		if (url == null) {
			throw new IllegalStateException("No data folder: start Cairn with --data DIR or through the cairn launcher");
		}
		try {
			return Path.of(URIUtil.toURI(url)).toAbsolutePath().normalize();
		} catch (URISyntaxException e) {
			throw new IllegalStateException("The data folder location is not a valid path: " + url, e);
		}
	}
}
