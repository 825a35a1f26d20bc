package org.cairn.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cairn.forms.FormRegistry;
import org.cairn.forms.FormRegistry.Entry;
import org.cairn.forms.FormRegistry.State;
import org.cairn.forms.Scoring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The form registry in a running OSGi framework, offered by Declarative Services as in the product: the standard
 * instruments, a facility's form installed and uninstalled while it runs, broken contributions isolated, duplicate
 * ids resolved by version, and a form's own scorer.
 */
class FormRegistryTest {

	static ServiceTracker<FormRegistry, FormRegistry> tracker;
	static FormRegistry forms;
	static final List<Bundle> installed = new ArrayList<>();

	@BeforeAll
	static void registry() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(FormRegistryTest.class).getBundleContext();
		tracker = new ServiceTracker<>(context, FormRegistry.class, null);
		tracker.open();
		forms = tracker.waitForService(30_000);
		assertNotNull(forms, "Declarative Services offers the form registry");
	}

	@AfterAll
	static void cleanUp() throws Exception {
		for (Bundle bundle : installed) {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		}
		tracker.close();
	}

	@Test
	void theStandardInstrumentsAreActiveWithTheirLicences() {
		for (String id : WorkedExamplesTest.FORMS) {
			Entry entry = forms.forms().stream().filter(e -> e.id().equals(id)).findFirst()
					.orElseThrow(() -> new AssertionError(id + " is not installed: " + forms.forms()));
			assertEquals(id.equals("sows") ? State.DISABLED : State.ACTIVE, entry.state(),
					id + ": SOWS ships disabled until its licence is confirmed, the others are active");
			assertTrue(entry.bundle().startsWith("org.cairn.forms.standard "), entry.bundle());
			assertTrue(entry.licence() != null && !entry.licence().isBlank() && !entry.licence().startsWith("%"), id + ": " + entry.licence());
		}
		assertEquals("Patient Health Questionnaire-9 (PHQ-9)", forms.form("phq9").orElseThrow().name(), "the name is translated from plugin.properties");
		assertTrue(forms.forms().stream().noneMatch(entry -> List.of("dast10", "audit", "cssrs").contains(entry.id())),
				"instruments whose licence forbids it are not shipped");
	}

	@Test
	void aFacilityFormInstalledWhileCairnRunsAppearsAndGoesWhenUninstalled() throws Exception {
		Bundle bundle = install("test.facility.sleep", "1.0.0", form("test.sleep", "1.0.0", "forms/sleep.json", null),
				Map.of("forms/sleep.json", MalformedDefinitionsTest.VALID));
		waitUntil("the form appears", () -> forms.form("test.sleep").isPresent());
		Entry entry = forms.form("test.sleep").orElseThrow();
		assertEquals("test.facility.sleep 1.0.0", entry.bundle());
		Scoring.Result result = forms.score("test.sleep", Map.of("a", "2", "b", "1", "hours", new BigDecimal("2.5")), null);
		assertEquals(new BigDecimal("3"), result.total());
		assertEquals("high", result.band().code());
		assertEquals(List.of("short"), result.flags().stream().map(flag -> flag.id()).toList());

		assertTrue(forms.definition("test.sleep", "1.0.0").isPresent(), "a response given now opens with this definition");

		bundle.uninstall();
		refresh();
		waitUntil("the form goes with its bundle", () -> forms.forms().stream().noneMatch(e -> e.id().equals("test.sleep")));
		assertTrue(forms.form("phq9").isPresent(), "the others stay");
		assertTrue(forms.definition("test.sleep", "1.0.0").isEmpty(),
				"with the plugin gone there is no definition: a stored response then opens as stored (ResponseDialog)");
	}

	@Test
	void brokenContributionsAreListedWithTheirFaultsAndTheOthersKeepWorking() throws Exception {
		String badJson = MalformedDefinitionsTest.VALID.replace("\"format\": 1,", "\"format\": 1");
		install("test.facility.broken", "1.0.0",
				form("test.badjson", "1.0.0", "forms/bad.json", null) + form("test.nofile", "1.0.0", "forms/missing.json", null)
						+ form("test.sleep2", "1.0.0", "forms/sleep.json", "org.example.NoSuchScorer")
						+ form("test.wrongid", "1.0.0", "forms/sleep.json", null),
				Map.of("forms/bad.json", badJson, "forms/sleep.json", MalformedDefinitionsTest.VALID.replace("test.sleep", "test.sleep2")));
		waitUntil("the contributions are read", () -> entry("test.badjson").isPresent());
		assertEquals(State.BROKEN, entry("test.badjson").orElseThrow().state());
		assertEquals(List.of("test.facility.broken 1.0.0: test.facility.broken 1.0.0!/forms/bad.json:3:3: is not valid JSON: expected ',' or '}' in the object, found '\"'"),
				entry("test.badjson").orElseThrow().problems());
		assertEquals(List.of("test.facility.broken 1.0.0: the definition file forms/missing.json is not in the bundle"),
				entry("test.nofile").orElseThrow().problems());
		assertTrue(entry("test.sleep2").orElseThrow().problems().get(0).contains("the scorer org.example.NoSuchScorer cannot be created"),
				entry("test.sleep2").orElseThrow().problems().toString());
		assertTrue(entry("test.wrongid").orElseThrow().problems().get(0).contains("the definition's id is \"test.sleep2\", but plugin.xml says \"test.wrongid\""),
				entry("test.wrongid").orElseThrow().problems().toString());
		assertTrue(forms.form("phq9").isPresent() && forms.form("cows").isPresent(), "every other form keeps working");
	}

	@Test
	void ofTwoVersionsOfOneFormTheHigherIsUsed() throws Exception {
		install("test.facility.v1", "1.0.0", form("test.versioned", "1.0.0", "forms/f.json", null),
				Map.of("forms/f.json", MalformedDefinitionsTest.VALID.replace("test.sleep", "test.versioned")));
		install("test.facility.v2", "1.0.0", form("test.versioned", "1.1.0", "forms/f.json", null),
				Map.of("forms/f.json", MalformedDefinitionsTest.VALID.replace("test.sleep", "test.versioned").replace("1.0.0", "1.1.0")));
		waitUntil("both are read", () -> forms.forms().stream().filter(e -> e.id().equals("test.versioned")).count() == 2);
		assertEquals("1.1.0", forms.form("test.versioned").orElseThrow().version());
		Entry older = forms.forms().stream().filter(e -> e.id().equals("test.versioned") && e.version().equals("1.0.0")).findFirst().orElseThrow();
		assertEquals(State.REPLACED, older.state());
		assertEquals(List.of("replaced by version 1.1.0 from test.facility.v2 1.0.0"), older.problems());
		assertTrue(forms.definition("test.versioned", "1.0.0").isPresent(), "responses given with 1.0.0 still find their definition");
	}

	@Test
	void aFormsOwnScorerHasTheLastWordAndAFailingOneLeavesTheEnginesScores() {
		assertEquals(new BigDecimal("6"), forms.score("test.scored", Map.of("q", new BigDecimal("3")), null).total(), "the scorer doubled 3");
		assertEquals(new BigDecimal("7"), forms.score("test.scored", Map.of("q", new BigDecimal("7")), null).total(),
				"the scorer failed on 7: the engine's total stands");
	}

	@Test
	void aPluginsQuestionnaireIsKnownByPluginXmlsIdAndVersionAndScoresAsFhirMeans() throws Exception {
		String questionnaire = new String(Files.resource("fhir/checkin-questionnaire.json"), StandardCharsets.UTF_8);
		install("test.facility.checkin", "1.0.0", form("test.checkin", "2.0.0", "forms/checkin.json", null), Map.of("forms/checkin.json", questionnaire));
		waitUntil("the contribution is read", () -> entry("test.checkin").isPresent());
		Entry entry = entry("test.checkin").orElseThrow();
		assertEquals(State.ACTIVE, entry.state(), "its url says \"checkin\" and its version 7, but plugin.xml names it: " + entry.problems());
		assertEquals("2.0.0", entry.version());
		assertEquals("test.checkin", entry.definition().id());
		assertEquals("2.0.0", entry.definition().version(), "responses store the version plugin.xml gives");

		Scoring.Result byCode = forms.score("test.checkin", FhirQuestionnaireTest.answers("mood", "very-low", "sleep", "poor", "drinks", 4), null);
		assertEquals(List.of(), byCode.problems());
		assertEquals(0, new BigDecimal("5").compareTo(byCode.total()), "two choices scoring 3 and 2; the count of 4 is not a score: " + byCode.total());
		Scoring.Result byScore = forms.score("test.checkin", FhirQuestionnaireTest.answers("mood", 3, "sleep", 2, "drinks", 4), null);
		assertEquals(List.of(), byScore.problems());
		assertEquals(0, new BigDecimal("5").compareTo(byScore.total()), "choices answered by their score: " + byScore.total());
	}

	private static Optional<Entry> entry(String id) {
		return forms.forms().stream().filter(e -> e.id().equals(id)).findFirst();
	}

	static String form(String id, String version, String definition, String scorer) {
		return "<form id=\"" + id + "\" version=\"" + version + "\" name=\"" + id + "\" category=\"test\" licence=\"test\" definition=\"" + definition
				+ "\"" + (scorer == null ? "" : " scorer=\"" + scorer + "\"") + "/>";
	}

	/** Installs and resolves a bundle made here: a manifest, a plugin.xml with {@code forms}, and {@code files}. */
	static Bundle install(String name, String version, String forms, Map<String, String> files) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", name + ";singleton:=true");
		main.putValue("Bundle-Version", version);
		main.putValue("Require-Bundle", "org.cairn.forms");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			add(jar, "plugin.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin><extension point=\"org.cairn.forms.assessments\">"
					+ forms + "</extension></plugin>");
			for (Map.Entry<String, String> file : files.entrySet()) {
				add(jar, file.getKey(), file.getValue());
			}
		}
		BundleContext context = FrameworkUtil.getBundle(FormRegistryTest.class).getBundleContext();
		Bundle bundle = context.installBundle("test:" + name + "-" + version, new ByteArrayInputStream(bytes.toByteArray()));
		installed.add(bundle);
		assertTrue(context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle)), name + " resolves");
		return bundle;
	}

	private static void add(JarOutputStream jar, String path, String text) throws IOException {
		jar.putNextEntry(new JarEntry(path));
		jar.write(text.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}

	private static void refresh() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(FormRegistryTest.class).getBundleContext();
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
		context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null, event -> done.countDown());
		done.await(30, java.util.concurrent.TimeUnit.SECONDS);
	}

	private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what + ": " + forms.forms());
			}
			Thread.sleep(50);
		}
	}
}
