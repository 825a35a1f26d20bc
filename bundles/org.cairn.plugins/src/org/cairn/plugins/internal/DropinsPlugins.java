package org.cairn.plugins.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.cairn.plugins.Plugin;
import org.cairn.plugins.Plugin.State;
import org.cairn.plugins.PluginException;
import org.cairn.plugins.Plugins;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Requirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.ComponentServiceObjects;
import org.cairn.plugins.ContributionCheck;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The dropins folder, read when the framework starts and on request. Plugins are installed by reference (the file
 * stays where the administrator put it), resolved together, and started; a plugin that does not resolve or start is
 * uninstalled again and listed as refused with the reason, so that it can never take the workstation down.
 * <p>
 * The {@link Plugins} service is registered by hand, after the first reading, on a thread of its own: the framework's
 * start-up thread is never held by a plugin's file, and whoever waits for the service sees the plugins installed.
 */
@Component(service = {}, immediate = true)
public class DropinsPlugins implements Plugins {

	/** System property: the dropins folder, instead of {@code dropins/} in the installation. */
	public static final String DROPINS_PROPERTY = "cairn.dropins";

	private static final String REFERENCE = "reference:";
	private static final String FORMS_POINT = "org.cairn.forms.assessments";
	private static final long REFRESH_TIMEOUT_S = 60;
	private static final Pattern PLUGIN_IN_ARCHIVE = Pattern.compile("plugins/([^/]+\\.jar)");

	@Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL)
	Logger logger;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	IExtensionRegistry registry;

	/** Checks of what a plugin contributes (its forms), asked when it is installed. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	final List<ContributionCheck> checks = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** The record store, for the audit events of changes; got only when a change is made (getting it opens the database). */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	volatile ComponentServiceObjects<RecordStore> store;

	private BundleContext context;
	private Path dropins;
	private volatile ServiceRegistration<Plugins> registration;
	private volatile boolean active;

	/** Files of the dropins folder that were refused at the last reading, with the reason. */
	private final Map<Path, Plugin> refused = new ConcurrentHashMap<>();

	@Activate
	void activate(BundleContext bundleContext) {
		context = bundleContext;
		dropins = locateDropins(bundleContext);
		active = true;
		Thread first = new Thread(() -> {
			try {
				reconcile();
			} catch (RuntimeException e) {
				error("Reading the plugins in " + dropins + " failed; Cairn runs without them", e);
			}
			synchronized (this) {
				if (active) {
					registration = context.registerService(Plugins.class, this, null);
				}
			}
		}, "Cairn plugins");
		first.setDaemon(true);
		first.start();
	}

	@Deactivate
	synchronized void deactivate() {
		active = false;
		if (registration != null) {
			try {
				registration.unregister();
			} catch (IllegalStateException alreadyGone) {
				// the framework is stopping
			}
			registration = null;
		}
	}

	static Path locateDropins(BundleContext context) {
		String configured = context.getProperty(DROPINS_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		String installArea = context.getProperty("osgi.install.area");
		if (installArea != null) {
			try {
				// Equinox gives the install area as a file: URL that is not encoded (spaces stay spaces).
				return new File(new URL(installArea).getPath()).toPath().resolve("dropins").toAbsolutePath().normalize();
			} catch (IOException e) {
				// fall through to the working folder
			}
		}
		return Path.of("dropins").toAbsolutePath().normalize();
	}

	@Override
	public Path dropins() {
		return dropins;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Reading the folder

	@Override
	public synchronized List<Plugin> reconcile() {
		Map<Path, Bundle> installed = installedFromDropins();
		refused.clear();
		List<Bundle> toRefresh = new ArrayList<>();
		List<Bundle> toResolve = new ArrayList<>();

		List<Path> files = scan();
		for (Map.Entry<Path, Bundle> entry : installed.entrySet()) {
			if (!files.contains(entry.getKey())) {
				info("Plugin " + entry.getValue().getSymbolicName() + " uninstalled: its file " + entry.getKey().getFileName() + " left " + dropins);
				uninstallQuietly(entry.getValue());
				toRefresh.add(entry.getValue());
			}
		}

		Map<String, Candidate> chosen = new LinkedHashMap<>();
		for (Path file : files) {
			Candidate candidate;
			try {
				candidate = inspect(file);
			} catch (PluginException notAPlugin) {
				Bundle stale = installed.get(file);
				if (stale != null) {
					uninstallQuietly(stale);
					toRefresh.add(stale);
				}
				refuse(new Candidate(file, file.getFileName().toString(), "", "", ""), notAPlugin.getMessage());
				continue;
			}
			Bundle own = platformBundle(candidate.symbolicName());
			if (own != null) {
				refuse(candidate, "it has the name of " + own.getSymbolicName() + ", which is part of Cairn; a plugin cannot replace Cairn's own bundles");
				continue;
			}
			Candidate other = chosen.get(candidate.symbolicName());
			if (other != null) {
				Candidate older = other.parsedVersion().compareTo(candidate.parsedVersion()) >= 0 ? candidate : other;
				Candidate newer = older == candidate ? other : candidate;
				refuse(older, "version " + newer.version() + " of the same plugin is in the folder too (" + newer.file().getFileName()
						+ "); only the newest is installed: remove the other file");
				chosen.put(candidate.symbolicName(), newer);
			} else {
				chosen.put(candidate.symbolicName(), candidate);
			}
		}
		// An older file that lost to a newer one may have been installed at an earlier reading.
		for (Map.Entry<Path, Bundle> entry : installed.entrySet()) {
			if (files.contains(entry.getKey()) && refused.containsKey(entry.getKey())) {
				uninstallQuietly(entry.getValue());
				toRefresh.add(entry.getValue());
			}
		}

		for (Candidate candidate : chosen.values()) {
			Bundle existing = installed.get(candidate.file());
			try {
				if (existing == null) {
					toResolve.add(context.installBundle(REFERENCE + candidate.file().toUri()));
					info("Plugin " + candidate.label() + " installed from " + candidate.file().getFileName());
				} else if (lastModified(candidate.file()) > existing.getLastModified()
						|| !candidate.version().toString().equals(existing.getVersion().toString())) {
					existing.update();
					toRefresh.add(existing);
					toResolve.add(existing);
					info("Plugin " + candidate.label() + " updated from " + candidate.file().getFileName());
				} else {
					toResolve.add(existing);
				}
			} catch (BundleException | RuntimeException e) {
				if (existing != null) {
					uninstallQuietly(existing);
				}
				refuse(candidate, "it cannot be installed: " + e.getMessage());
			}
		}

		if (!toRefresh.isEmpty()) {
			refresh(toRefresh);
		}
		wiring().resolveBundles(toResolve);
		for (Bundle bundle : toResolve) {
			Candidate candidate = chosen.values().stream().filter(c -> c.file().equals(fileOf(bundle))).findFirst()
					.orElseGet(() -> Candidate.of(bundle, fileOf(bundle)));
			if (bundle.getState() == Bundle.INSTALLED) {
				String why = explain(bundle);
				uninstallQuietly(bundle);
				refuse(candidate, why);
			} else if (!isFragment(bundle) && (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
				try {
					bundle.start(Bundle.START_ACTIVATION_POLICY);
				} catch (BundleException | RuntimeException e) {
					uninstallQuietly(bundle);
					refuse(candidate, "it failed to start: " + rootMessage(e));
				}
			}
		}
		return plugins();
	}

	/** The jars and bundle folders in the dropins folder, sorted; other files are left alone. */
	private List<Path> scan() {
		if (!Files.isDirectory(dropins)) {
			return List.of();
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dropins)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (name.startsWith(".")) {
					continue;
				}
				if (Files.isDirectory(entry)) {
					if (Files.isRegularFile(entry.resolve(JarFile.MANIFEST_NAME))) {
						found.add(entry.toAbsolutePath().normalize());
					}
				} else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
					found.add(entry.toAbsolutePath().normalize());
				}
			}
		} catch (IOException e) {
			error("The plugins folder " + dropins + " cannot be read: " + e.getMessage(), null);
		}
		found.sort(Comparator.naturalOrder());
		return found;
	}

	/** What a plugin's manifest says of it. */
	private record Candidate(Path file, String symbolicName, String version, String name, String vendor) {

		static Candidate of(Bundle bundle, Path file) {
			return new Candidate(file, bundle.getSymbolicName(), bundle.getVersion().toString(), header(bundle, Constants.BUNDLE_NAME),
					header(bundle, Constants.BUNDLE_VENDOR));
		}

		Version parsedVersion() {
			return Version.parseVersion(version);
		}

		String label() {
			return version.isEmpty() ? symbolicName : symbolicName + " " + version;
		}
	}

	/** Reads the manifest of a jar or bundle folder, or says why the file is not a plugin. */
	static Candidate inspect(Path file) throws PluginException {
		Manifest manifest;
		if (Files.isDirectory(file)) {
			try (InputStream in = Files.newInputStream(file.resolve(JarFile.MANIFEST_NAME))) {
				manifest = new Manifest(in);
			} catch (IOException e) {
				throw new PluginException(file.getFileName() + ": its META-INF/MANIFEST.MF cannot be read: " + e.getMessage());
			}
		} else {
			try (JarFile jar = new JarFile(file.toFile())) {
				manifest = jar.getManifest();
			} catch (ZipException e) {
				throw new PluginException(file.getFileName() + " is not a plugin: it is not a jar (zip) file");
			} catch (IOException | SecurityException e) {
				throw new PluginException(file.getFileName() + " cannot be read: " + e.getMessage());
			}
		}
		if (manifest == null) {
			throw new PluginException(file.getFileName() + " is not a plugin: it has no META-INF/MANIFEST.MF");
		}
		Attributes main = manifest.getMainAttributes();
		String symbolicName = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
		if (symbolicName == null || symbolicName.isBlank()) {
			throw new PluginException(file.getFileName()
					+ " is not a plugin: its manifest has no Bundle-SymbolicName (a plain Java library, not an OSGi bundle)");
		}
		symbolicName = symbolicName.split(";", 2)[0].strip();
		String version = Objects.requireNonNullElse(main.getValue(Constants.BUNDLE_VERSION), "0.0.0").strip();
		try {
			version = Version.parseVersion(version).toString();
		} catch (IllegalArgumentException e) {
			throw new PluginException(file.getFileName() + ": its Bundle-Version \"" + version + "\" is not a version (major.minor.micro.qualifier)");
		}
		return new Candidate(file, symbolicName, version, Objects.requireNonNullElse(main.getValue(Constants.BUNDLE_NAME), ""),
				Objects.requireNonNullElse(main.getValue(Constants.BUNDLE_VENDOR), ""));
	}

	/** Says which requirements of an unresolved bundle nothing installed provides. */
	private String explain(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		if (revision == null) {
			return "it does not resolve";
		}
		List<String> missing = new ArrayList<>();
		for (Requirement requirement : revision.getRequirements(null)) {
			if (Constants.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE))) {
				continue;
			}
			Collection<BundleCapability> providers = wiring().findProviders(requirement);
			providers.removeIf(provider -> provider.getRevision().getBundle().getState() == Bundle.UNINSTALLED);
			if (providers.isEmpty()) {
				missing.add(Requirements.describe(requirement));
			}
		}
		if (missing.isEmpty()) {
			return "it does not resolve with the bundles installed (two of them need different versions of one package); see the log";
		}
		List<String> java = missing.stream().filter(m -> m.startsWith("Java ")).toList();
		if (!java.isEmpty()) {
			return "it needs " + java.get(0) + "; Cairn is running on Java " + Runtime.version().feature();
		}
		return "it needs " + String.join("; ", missing) + ", which this Cairn does not have";
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Installing and removing

	@Override
	public List<Plugin> install(Session session, Path file, boolean force, Progress progress) throws PluginException {
		String name = String.valueOf(file.getFileName());
		require(session, "install the plugin " + name);
		try {
			List<Plugin> installed = installFile(file, force, progress);
			configured(session, AuditEvent.Outcome.SUCCESS, "plugin " + name + " installed");
			return installed;
		} catch (PluginException e) {
			configured(session, AuditEvent.Outcome.FAILURE, "plugin " + name + " refused");
			throw e;
		}
	}

	@Override
	public Plugin remove(Session session, String name) throws PluginException {
		require(session, "remove the plugin " + name);
		Plugin removed = removePlugin(name);
		configured(session, AuditEvent.Outcome.SUCCESS, "plugin " + name + " removed");
		return removed;
	}

	/** The person may install and remove plugins; a refusal is audited under them and said in their words. */
	private void require(Session session, String action) throws PluginException {
		if (session != null && session.has(Permission.PLUGIN_INSTALL)) {
			return;
		}
		audit(new AuditEvent(null, session == null ? "unknown" : session.userId(), AuditEvent.thisWorkstation(), null, null,
				AuditEvent.Action.PERMISSION_DENIED, AuditEvent.Outcome.DENIED, Permission.PLUGIN_INSTALL.name() + ": " + action));
		throw new PluginException(session == null ? "No one is signed in." : session.refusal(Permission.PLUGIN_INSTALL));
	}

	private void configured(Session session, AuditEvent.Outcome outcome, String detail) throws PluginException {
		audit(new AuditEvent(null, session.userId(), AuditEvent.thisWorkstation(), null, null, AuditEvent.Action.CONFIGURATION, outcome, detail));
	}

	/**
	 * Writes {@code event} to the audit log; without the record store nobody could have signed in, and a change that
	 * cannot be audited is not made.
	 */
	private void audit(AuditEvent event) throws PluginException {
		ComponentServiceObjects<RecordStore> objects = store;
		RecordStore records = objects == null ? null : objects.getService();
		if (records == null) {
			throw new PluginException("The audit log is not available, so the plugins cannot be changed now.");
		}
		try {
			records.audit(event);
		} finally {
			objects.ungetService(records);
		}
	}

	private List<Plugin> installFile(Path file, boolean force, Progress progress) throws PluginException {
		Progress step = progress == null ? s -> {
		} : progress;
		Path source = file.toAbsolutePath().normalize();
		if (!Files.exists(source)) {
			throw new PluginException(file + ": no such file");
		}
		if (Files.isDirectory(source)) {
			throw new PluginException(file + " is a folder: install a plugin jar or a p2 repository archive (.zip)");
		}
		Path staging;
		try {
			staging = Files.createTempDirectory("cairn-plugin-");
		} catch (IOException e) {
			throw new PluginException("No room for the plugin in the temporary folder: " + e.getMessage(), e);
		}
		try {
			synchronized (this) {
				return install(source, staging, force, step);
			}
		} finally {
			try {
				deleteTreeOrFail(staging);
			} catch (IOException e) {
				error("The temporary folder " + staging + " cannot be deleted: " + e.getMessage(), null);
			}
		}
	}

	private List<Plugin> install(Path source, Path staging, boolean force, Progress step) throws PluginException {
		step.step("Reading " + source.getFileName());
		List<Candidate> candidates = new ArrayList<>();
		if (isRepositoryArchive(source)) {
			int ownBundles = 0;
			for (Path jar : extractPlugins(source, staging)) {
				Candidate candidate = inspect(jar);
				if (platformBundle(candidate.symbolicName()) != null) {
					ownBundles++;
				} else if (installedVersion(candidate.symbolicName()).equals(candidate.version())) {
					step.step("Skipping " + candidate.label() + ": installed already");
				} else {
					candidates.add(candidate);
				}
			}
			if (ownBundles > 0) {
				step.step("Skipping " + ownBundles + " bundle" + (ownBundles == 1 ? "" : "s") + " that Cairn has itself");
			}
			if (candidates.isEmpty()) {
				throw new PluginException(source.getFileName() + ": nothing to install; every plugin in it is part of Cairn or installed already");
			}
		} else {
			Candidate candidate = inspect(source);
			Bundle own = platformBundle(candidate.symbolicName());
			if (own != null) {
				throw new PluginException(source.getFileName() + ": it has the name of " + own.getSymbolicName()
						+ ", which is part of Cairn; a plugin cannot replace Cairn's own bundles");
			}
			if (installedVersion(candidate.symbolicName()).equals(candidate.version())) {
				throw new PluginException(candidate.label() + " is installed already");
			}
			candidates.add(candidate);
		}

		try {
			Files.createDirectories(dropins);
		} catch (IOException e) {
			throw new PluginException("The plugins folder " + dropins + " cannot be created: " + e.getMessage()
					+ "; run this as the user that installed Cairn", e);
		}
		if (!Files.isWritable(dropins)) {
			throw new PluginException("The plugins folder " + dropins + " is not writable; run this as the user that installed Cairn");
		}

		// Older versions step aside (into the staging folder) and come back if the new ones are refused.
		Map<Path, Path> replaced = new HashMap<>();
		List<Path> added = new ArrayList<>();
		try {
			for (Candidate candidate : candidates) {
				for (Plugin old : plugins()) {
					if (old.symbolicName().equals(candidate.symbolicName()) && old.file() != null && Files.exists(old.file())) {
						Path aside = staging.resolve("replaced-" + replaced.size() + "-" + old.file().getFileName());
						Files.move(old.file(), aside);
						replaced.put(old.file(), aside);
						step.step("Replacing " + old.label());
					}
				}
				Path target = dropins.resolve(candidate.symbolicName() + "_" + candidate.version() + ".jar");
				step.step("Copying " + candidate.label() + " to " + dropins);
				Files.copy(candidate.file(), target, StandardCopyOption.REPLACE_EXISTING);
				added.add(target.toAbsolutePath().normalize());
			}
		} catch (IOException e) {
			restore(added, replaced);
			reconcile();
			throw new PluginException("Copying into " + dropins + " failed: " + e.getMessage() + "; nothing was installed", e);
		}

		step.step("Checking that " + (candidates.size() == 1 ? candidates.get(0).label() + " resolves" : candidates.size() + " plugins resolve"));
		reconcile();
		List<Plugin> faults = added.stream().map(refused::get).filter(Objects::nonNull).toList();
		if (!faults.isEmpty()) {
			restore(added, replaced);
			reconcile();
			StringBuilder message = new StringBuilder();
			for (Plugin fault : faults) {
				message.append(message.isEmpty() ? "" : "\n").append(fault.label()).append(" is refused: ").append(fault.problem());
			}
			message.append(replaced.isEmpty() ? "\nNothing was installed." : "\nNothing was installed; the version it replaced is back.");
			throw new PluginException(message.toString());
		}
		List<Plugin> result = plugins().stream().filter(p -> added.contains(p.file())).toList();
		List<String> unusable = contributionFaults(result);
		if (!unusable.isEmpty() && !force) {
			restore(added, replaced);
			reconcile();
			throw new org.cairn.plugins.UnusableContributionsException((result.size() == 1 ? result.get(0).label() + " contributes" : "The plugins contribute")
					+ " what does not load:\n  " + String.join("\n  ", unusable) + "\nNothing was installed"
					+ (replaced.isEmpty() ? "" : "; the version it replaced is back") + ". Fix the plugin, or install it anyway (--force) to have it"
					+ " without what does not load.", unusable);
		}
		for (String fault : unusable) {
			step.step("Unavailable: " + fault);
		}
		for (Plugin plugin : result) {
			step.step("Installed " + plugin.label() + " (" + plugin.state().label() + ")");
		}
		return result;
	}

	/** What the checks find wrong with what {@code plugins} contribute (their forms), each naming the contribution. */
	private List<String> contributionFaults(List<Plugin> plugins) {
		List<String> faults = new ArrayList<>();
		for (Plugin plugin : plugins) {
			Bundle bundle = installedBundle(plugin.symbolicName());
			if (bundle == null) {
				continue;
			}
			for (ContributionCheck check : checks) {
				try {
					faults.addAll(check.faults(bundle));
				} catch (RuntimeException e) {
					faults.add(plugin.label() + ": its contributions could not be checked: " + e.getMessage());
				}
			}
		}
		return faults;
	}

	private static void restore(List<Path> added, Map<Path, Path> replaced) {
		for (Path path : added) {
			try {
				Files.deleteIfExists(path);
			} catch (IOException e) {
				// left for the administrator; the next reading lists it
			}
		}
		replaced.forEach((original, aside) -> {
			try {
				Files.move(aside, original, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				// cannot happen short of a full disk; the next reading shows what is there
			}
		});
	}

	private Plugin removePlugin(String name) throws PluginException {
		synchronized (this) {
			Plugin plugin = plugins().stream()
					.filter(p -> p.symbolicName().equals(name) || p.file() != null && p.file().getFileName().toString().equals(name)).findFirst()
					.orElse(null);
			if (plugin == null) {
				if (platformBundle(name) != null) {
					throw new PluginException(name + " is part of Cairn, not a plugin; it cannot be removed");
				}
				throw new PluginException("No plugin named " + name + " is installed; 'cairn admin plugins list' lists them");
			}
			try {
				deleteTreeOrFail(plugin.file());
			} catch (IOException e) {
				throw new PluginException("The plugin's file " + plugin.file() + " cannot be deleted: " + e.getMessage()
						+ "; run this as the user that installed Cairn", e);
			}
			reconcile();
			return plugin;
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Listing

	@Override
	public List<Plugin> plugins() {
		List<Plugin> all = new ArrayList<>(refused.values());
		for (Map.Entry<Path, Bundle> entry : installedFromDropins().entrySet()) {
			if (!refused.containsKey(entry.getKey())) {
				all.add(describe(entry.getValue(), entry.getKey(), true));
			}
		}
		all.sort(Comparator.comparing(Plugin::symbolicName).thenComparing(Plugin::version));
		return all;
	}

	@Override
	public List<Plugin> platform() {
		List<Plugin> all = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			if (fileOf(bundle) == null) {
				all.add(describe(bundle, null, false));
			}
		}
		all.sort(Comparator.comparing(Plugin::symbolicName));
		return all;
	}

	private Plugin describe(Bundle bundle, Path file, boolean withContributions) {
		State state = switch (bundle.getState()) {
		case Bundle.ACTIVE -> State.ACTIVE;
		case Bundle.RESOLVED, Bundle.STARTING, Bundle.STOPPING -> State.RESOLVED;
		default -> State.REFUSED;
		};
		return new Plugin(Objects.requireNonNullElse(bundle.getSymbolicName(), bundle.getLocation()), bundle.getVersion().toString(),
				header(bundle, Constants.BUNDLE_NAME), header(bundle, Constants.BUNDLE_VENDOR), file, state,
				state == State.REFUSED ? "it is not resolved" : "", withContributions ? contributions(bundle) : List.of());
	}

	/** What a bundle adds: its forms, its other extensions, its services. */
	private List<String> contributions(Bundle bundle) {
		List<String> found = new ArrayList<>();
		IExtensionRegistry extensions = registry;
		if (extensions != null) {
			try {
				for (IExtension extension : extensions.getExtensions(ContributorFactoryOSGi.createContributor(bundle))) {
					String point = extension.getExtensionPointUniqueIdentifier();
					if (FORMS_POINT.equals(point)) {
						for (IConfigurationElement element : extension.getConfigurationElements()) {
							if ("form".equals(element.getName())) {
								found.add("form " + element.getAttribute("id") + " " + Objects.requireNonNullElse(element.getAttribute("version"), ""));
							}
						}
					} else {
						found.add("extension " + point);
					}
				}
			} catch (RuntimeException e) {
				// an extension removed while it is read: listed without it
			}
		}
		ServiceReference<?>[] services = bundle.getRegisteredServices();
		if (services != null) {
			for (ServiceReference<?> service : services) {
				if (service.getProperty(Constants.OBJECTCLASS) instanceof String[] classes) {
					found.add("service " + String.join(", ", classes));
				}
			}
		}
		return found.stream().map(String::strip).distinct().toList();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Helpers

	private void refuse(Candidate candidate, String problem) {
		refused.put(candidate.file(), new Plugin(candidate.symbolicName(), candidate.version(), candidate.name(), candidate.vendor(),
				candidate.file(), State.REFUSED, problem, List.of()));
		error("Plugin " + candidate.file().getFileName() + " in " + dropins + " is refused: " + problem, null);
	}

	private Map<Path, Bundle> installedFromDropins() {
		Map<Path, Bundle> found = new LinkedHashMap<>();
		for (Bundle bundle : context.getBundles()) {
			Path file = fileOf(bundle);
			if (file != null && bundle.getState() != Bundle.UNINSTALLED) {
				found.put(file, bundle);
			}
		}
		return found;
	}

	/** The dropins file a bundle was installed from, or {@code null} when it is not from the dropins folder. */
	private Path fileOf(Bundle bundle) {
		String location = bundle.getLocation();
		if (location == null || !location.startsWith(REFERENCE + "file:")) {
			return null;
		}
		try {
			Path file = Path.of(new URI(location.substring(REFERENCE.length()))).toAbsolutePath().normalize();
			return dropins.equals(file.getParent()) ? file : null;
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}

	/** A bundle of Cairn itself (not from the dropins folder) with this symbolic name, or {@code null}. */
	private Bundle platformBundle(String symbolicName) {
		for (Bundle bundle : context.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName()) && fileOf(bundle) == null && bundle.getState() != Bundle.UNINSTALLED) {
				return bundle;
			}
		}
		return null;
	}

	/** The bundle of the plugin with this name from the dropins folder, or {@code null}. */
	private Bundle installedBundle(String symbolicName) {
		return installedFromDropins().values().stream().filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElse(null);
	}

	/** The version of the plugin with this name in the dropins folder, or "" when there is none. */
	private String installedVersion(String symbolicName) {
		return installedFromDropins().values().stream().filter(b -> symbolicName.equals(b.getSymbolicName())).map(b -> b.getVersion().toString())
				.findFirst().orElse("");
	}

	private static boolean isRepositoryArchive(Path file) throws PluginException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			boolean metadata = Stream.of("content.jar", "content.xml", "content.xml.xz").anyMatch(name -> zip.getEntry(name) != null);
			return metadata && zip.getEntry(JarFile.MANIFEST_NAME) == null;
		} catch (ZipException e) {
			throw new PluginException(file.getFileName() + " is not a plugin: it is neither a jar nor a p2 repository archive (zip)");
		} catch (IOException e) {
			throw new PluginException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** Unpacks the plugin jars of a p2 repository archive (only {@code plugins/*.jar}; nothing outside the folder). */
	private static List<Path> extractPlugins(Path archive, Path into) throws PluginException {
		List<Path> jars = new ArrayList<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Matcher plugin = PLUGIN_IN_ARCHIVE.matcher(entry.getName());
				if (!entry.isDirectory() && plugin.matches()) {
					Path target = into.resolve(plugin.group(1)).normalize();
					if (!target.getParent().equals(into)) {
						continue;
					}
					try (InputStream in = zip.getInputStream(entry)) {
						Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
					}
					jars.add(target);
				}
			}
		} catch (IOException e) {
			throw new PluginException(archive.getFileName() + " cannot be read: " + e.getMessage(), e);
		}
		if (jars.isEmpty()) {
			throw new PluginException(archive.getFileName() + " is a p2 repository archive without plugin jars (no plugins/*.jar)");
		}
		jars.sort(Comparator.naturalOrder());
		return jars;
	}

	private FrameworkWiring wiring() {
		return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
	}

	private void refresh(Collection<Bundle> bundles) {
		CountDownLatch done = new CountDownLatch(1);
		wiring().refreshBundles(bundles, event -> done.countDown());
		try {
			if (!done.await(REFRESH_TIMEOUT_S, TimeUnit.SECONDS)) {
				error("Refreshing the plugins took longer than " + REFRESH_TIMEOUT_S + " s; going on", null);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean isFragment(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
	}

	private void uninstallQuietly(Bundle bundle) {
		try {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		} catch (BundleException | IllegalStateException e) {
			error("Plugin " + bundle.getSymbolicName() + " cannot be uninstalled: " + e.getMessage(), null);
		}
	}

	private static long lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		} catch (IOException e) {
			return 0;
		}
	}

	static String header(Bundle bundle, String name) {
		Dictionary<String, String> headers = bundle.getHeaders();
		return headers == null ? "" : Objects.requireNonNullElse(headers.get(name), "");
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause == e ? e.getMessage() : e.getMessage() + " (" + cause + ")";
		return Objects.requireNonNullElse(message, e.toString());
	}

	private static void deleteTreeOrFail(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private void info(String message) {
		if (logger != null) {
			logger.info(message);
		}
	}

	private void error(String message, Throwable cause) {
		if (logger != null) {
			logger.error(message, cause);
		} else {
			System.getLogger(DropinsPlugins.class.getName()).log(System.Logger.Level.ERROR, message, cause);
		}
	}
}
