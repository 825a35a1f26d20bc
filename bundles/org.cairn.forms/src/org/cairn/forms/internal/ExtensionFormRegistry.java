package org.cairn.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormReader;
import org.cairn.forms.FormRegistry;
import org.cairn.forms.FormScorer;
import org.cairn.forms.Scoring;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.cairn.plugins.ContributionCheck;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The {@link FormRegistry} on the Eclipse extension registry: reads every {@code form} contributed to
 * {@link FormRegistry#EXTENSION_POINT}, checks its definition and scorer, resolves duplicate ids by version, and
 * reads everything again when a contributing bundle comes or goes. Faults are logged (bundle, file, place, fault)
 * and kept with the entry for the administrator's form list.
 */
@Component(service = { FormRegistry.class, ContributionCheck.class }, immediate = true)
public class ExtensionFormRegistry implements FormRegistry, IRegistryEventListener, ContributionCheck {

	@Reference
	IExtensionRegistry registry;

	/** The framework's log (the platform log file in the product); absent when made by {@link #on}. */
	@Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL)
	Logger logger;

	private final Log log = new Log();

	/** Writes to the framework's log, or to the JVM's logger when there is none. */
	private final class Log {
		void error(String message) {
			error(message, null);
		}

		void error(String message, Throwable cause) {
			if (logger != null) {
				logger.error(message, cause);
			} else {
				System.getLogger(ExtensionFormRegistry.class.getName()).log(System.Logger.Level.ERROR, message, cause);
			}
		}

		void warn(String message) {
			if (logger != null) {
				logger.warn(message);
			} else {
				System.getLogger(ExtensionFormRegistry.class.getName()).log(System.Logger.Level.WARNING, message);
			}
		}
	}
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile List<Loaded> loaded = List.of();

	/** An entry with what scoring and rendering need of its contribution. */
	private record Loaded(Entry entry, FormScorer scorer, IConfigurationElement element) {
	}

	@Activate
	void activate() {
		registry.addListener(this, EXTENSION_POINT);
		reload();
	}

	@Deactivate
	void deactivate() {
		registry.removeListener(this);
	}

	/** For tests and for hosts without Declarative Services. */
	public static ExtensionFormRegistry on(IExtensionRegistry registry) {
		ExtensionFormRegistry forms = new ExtensionFormRegistry();
		forms.registry = registry;
		forms.activate();
		return forms;
	}

	@Override
	public void added(IExtension[] extensions) {
		reload();
	}

	@Override
	public void removed(IExtension[] extensions) {
		reload();
	}

	@Override
	public void added(IExtensionPoint[] points) {
		reload();
	}

	@Override
	public void removed(IExtensionPoint[] points) {
		reload();
	}

	/** Reads every contribution again and tells the listeners. */
	public synchronized void reload() {
		IExtensionPoint point = registry.getExtensionPoint(EXTENSION_POINT);
		List<Loaded> read = new ArrayList<>();
		if (point != null) {
			for (IExtension extension : point.getExtensions()) {
				for (IConfigurationElement element : extension.getConfigurationElements()) {
					if ("form".equals(element.getName())) {
						read.add(load(element));
					}
				}
			}
		}
		loaded = resolveDuplicates(read);
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				log.error("A listener of the form registry failed", e);
			}
		}
	}

	/**
	 * The faults of the forms {@code bundle} contributes, read as the registry reads them (a plugin being installed):
	 * "form ID VERSION: fault" for each.
	 */
	@Override
	public List<String> faults(Bundle bundle) {
		IExtensionPoint point = registry.getExtensionPoint(EXTENSION_POINT);
		List<String> faults = new ArrayList<>();
		if (point == null) {
			return faults;
		}
		for (IExtension extension : point.getExtensions()) {
			if (!bundle.getSymbolicName().equals(extension.getContributor().getName())) {
				continue;
			}
			for (IConfigurationElement element : extension.getConfigurationElements()) {
				if ("form".equals(element.getName())) {
					Entry entry = load(element).entry();
					// the plugin is named once, by the installer: each fault names the form and what is wrong
					entry.problems().forEach(problem -> faults.add("form " + entry.id() + " " + entry.version() + ": "
							+ (problem.startsWith(entry.bundle() + ": ") ? problem.substring(entry.bundle().length() + 2) : problem)));
				}
			}
		}
		return faults;
	}

	private Loaded load(IConfigurationElement element) {
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		String bundleName = bundle == null ? element.getContributor().getName() : bundle.getSymbolicName() + " " + bundle.getVersion();
		String id = element.getAttribute("id");
		String version = element.getAttribute("version");
		String name = element.getAttribute("name");
		String path = element.getAttribute("definition");
		List<String> problems = new ArrayList<>();
		for (String required : List.of("id", "version", "name", "category", "licence", "definition")) {
			if (element.getAttribute(required) == null || element.getAttribute(required).isBlank()) {
				problems.add(bundleName + ", plugin.xml: a form" + (id == null ? "" : " (" + id + ")") + " needs the attribute \"" + required + "\"");
			}
		}
		FormDefinition definition = null;
		if (path != null && bundle != null) {
			URL entry = bundle.getEntry(path);
			if (entry == null) {
				problems.add(bundleName + ": the definition file " + path + " is not in the bundle");
			} else {
				FormReader.Result result = readDefinition(entry, bundleName + "!/" + path, id, version, problems);
				if (result != null) {
					result.problems().forEach(problem -> problems.add(bundleName + ": " + problem));
					definition = result.definition();
				}
			}
		}
		if (definition != null && id != null && !definition.id().equals(id)) {
			problems.add(bundleName + "!/" + path + ": the definition's id is \"" + definition.id() + "\", but plugin.xml says \"" + id + "\"");
		}
		if (definition != null && version != null && !definition.version().equals(version)) {
			problems.add(bundleName + "!/" + path + ": the definition's version is " + definition.version() + ", but plugin.xml says " + version);
		}
		FormScorer scorer = null;
		if (element.getAttribute("scorer") != null && problems.isEmpty()) {
			try {
				Object created = element.createExecutableExtension("scorer");
				if (created instanceof FormScorer formScorer) {
					scorer = formScorer;
				} else {
					problems.add(bundleName + ": the scorer " + element.getAttribute("scorer") + " does not implement " + FormScorer.class.getName());
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				problems.add(bundleName + ": the scorer " + element.getAttribute("scorer") + " cannot be created: " + e.getMessage());
			}
		}
		State state = !problems.isEmpty() ? State.BROKEN : "false".equals(element.getAttribute("enabled")) ? State.DISABLED : State.ACTIVE;
		for (String problem : problems) {
			log.error("Assessment form " + (id == null ? "" : id + " ") + "not available: " + problem);
		}
		Entry entry = new Entry(id == null ? "?" : id, version == null ? "?" : version, name == null ? (id == null ? "?" : id) : name,
				element.getAttribute("category"), element.getAttribute("licence"), bundleName, path, state, problems.isEmpty() ? definition : null,
				List.copyOf(problems), element.getAttribute("scorer") != null, element.getAttribute("renderer") != null);
		return new Loaded(entry, scorer, element);
	}

	private static FormReader.Result readDefinition(URL entry, String source, String id, String version, List<String> problems) {
		try (InputStream in = entry.openStream()) {
			byte[] bytes = in.readNBytes(FormReader.MAX_BYTES + 1);
			return FormReader.read(bytes, source, id, version);
		} catch (IOException e) {
			problems.add(source + ": cannot be read: " + e.getMessage());
			return null;
		}
	}

	/** Of several contributions of one id, the highest version of those that work is used; the others are replaced. */
	private List<Loaded> resolveDuplicates(List<Loaded> read) {
		Map<String, Loaded> best = new HashMap<>();
		for (Loaded candidate : read) {
			if (candidate.entry().state() == State.BROKEN) {
				continue;
			}
			Loaded current = best.get(candidate.entry().id());
			if (current == null || compareVersions(candidate.entry().version(), current.entry().version()) > 0) {
				best.put(candidate.entry().id(), candidate);
			}
		}
		List<Loaded> resolved = new ArrayList<>();
		for (Loaded candidate : read) {
			Loaded winner = best.get(candidate.entry().id());
			if (candidate.entry().state() != State.BROKEN && winner != candidate) {
				Entry e = candidate.entry();
				String why = "replaced by version " + winner.entry().version() + " from " + winner.entry().bundle();
				log.warn("Assessment form " + e.id() + " " + e.version() + " from " + e.bundle() + " is " + why);
				resolved.add(new Loaded(new Entry(e.id(), e.version(), e.name(), e.category(), e.licence(), e.bundle(), e.definitionPath(), State.REPLACED,
						e.definition(), List.of(why), e.hasScorer(), e.hasRenderer()), candidate.scorer(), candidate.element()));
			} else {
				resolved.add(candidate);
			}
		}
		resolved.sort(Comparator.comparing((Loaded l) -> l.entry().name().toLowerCase(java.util.Locale.ROOT)).thenComparing(l -> l.entry().version()));
		return List.copyOf(resolved);
	}

	static int compareVersions(String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			int x = i < left.length ? parse(left[i]) : 0;
			int y = i < right.length ? parse(right[i]) : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

	private static int parse(String part) {
		try {
			return Integer.parseInt(part);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	public List<Entry> forms() {
		return loaded.stream().map(Loaded::entry).toList();
	}

	@Override
	public Optional<Entry> form(String id) {
		return active(id).map(Loaded::entry);
	}

	private Optional<Loaded> active(String id) {
		return loaded.stream().filter(l -> l.entry().id().equals(id) && l.entry().state() == State.ACTIVE).findFirst();
	}

	@Override
	public Optional<FormDefinition> definition(String id, String version) {
		return loaded.stream().filter(l -> l.entry().id().equals(id) && l.entry().version().equals(version) && l.entry().definition() != null)
				.map(l -> l.entry().definition()).findFirst();
	}

	@Override
	public Scoring.Result score(String id, Map<String, ?> answers, Scoring.Patient patient, Consumer<String> warnings) {
		Loaded form = active(id).orElseThrow(() -> new IllegalArgumentException("No active assessment form \"" + id + "\""));
		Scoring.Result computed = Scoring.score(form.entry().definition(), answers, patient);
		if (form.scorer() == null) {
			return computed;
		}
		String scorer = form.scorer().getClass().getName();
		try {
			Scoring.Result result = form.scorer().score(form.entry().definition(), computed, patient);
			if (result == null) {
				warnings.accept("the scorer " + scorer + " of form " + id + " (" + form.entry().bundle() + ") returned nothing; the scores are the engine's");
			}
			return result == null ? computed : result;
		} catch (RuntimeException | LinkageError e) {
			log.error("The scorer of assessment form " + id + " (" + form.entry().bundle() + ") failed; its scores are the engine's", e);
			warnings.accept("the scorer " + scorer + " of form " + id + " (" + form.entry().bundle() + ") failed (" + e + "); the scores are the engine's");
			return computed;
		}
	}

	@Override
	public Optional<Object> createRenderer(String id) {
		Optional<Loaded> form = active(id);
		if (form.isEmpty() || form.get().element().getAttribute("renderer") == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(form.get().element().createExecutableExtension("renderer"));
		} catch (CoreException | RuntimeException | LinkageError e) {
			log.error("The renderer of assessment form " + id + " (" + form.get().entry().bundle() + ") cannot be created; Cairn's own is used", e);
			return Optional.empty();
		}
	}

	@Override
	public void reportFault(String id, String what, Throwable cause) {
		String bundle = active(id).map(form -> form.entry().bundle()).orElse("no longer installed");
		log.error("Assessment form " + id + " (" + bundle + "): " + what, cause);
	}

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
