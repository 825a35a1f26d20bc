package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cairn.forms.FormRegistry;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.store.RecordStore;
import org.cairn.store.ScoreEntry;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A facility plugin that brings its own page for a form, installed while Cairn runs: Give Assessment draws the form
 * with the facility's renderer and stores what it answers; a renderer that fails midway is replaced by Cairn's page,
 * with a word to the clinician, and the form can still be given.
 */
@Order(10)
class FacilityRendererTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private static final String DEFINITION = """
			{
			  "format": 1,
			  "id": "%s",
			  "version": "1.0.0",
			  "title": "%s",
			  "items": [ { "id": "minutes", "type": "integer", "text": "Minutes of exercise today", "min": 0, "max": 600, "required": true } ],
			  "scores": [ { "id": "total", "name": "Minutes", "method": "sum", "items": ["minutes"] } ]
			}
			""";

	private static Bundle plugin;

	@BeforeAll
	static void installThePlugin() throws Exception {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		if (store.read("t-p-plover").isEmpty()) {
			store.saveAll(List.of(TestCharts.patient("t-p-plover", "Ada", "Plover", "T-0010", java.time.LocalDate.of(1990, 6, 2)),
					TestCharts.episode("t-e-plover", "t-p-plover", Programme.OUTPATIENT, Phase.THERAPY, TestCharts.TODAY.minusDays(9), "t-counsellor-a")),
					"t-intake", "test facility");
		}
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "test.facility.pages;singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		// The renderer classes live in the test bundle; the plugin loads them through this import.
		main.putValue("Import-Package", "org.cairn.app.tests.forms");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			add(jar, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.cairn.forms.assessments">
					      <form id="test.own-page" version="1.0.0" name="Exercise (own page)" category="recovery" licence="Test form"
					            definition="forms/own.json" renderer="org.cairn.app.tests.forms.OwnPageRenderer"/>
					      <form id="test.broken-page" version="1.0.0" name="Exercise (broken page)" category="recovery" licence="Test form"
					            definition="forms/broken.json" renderer="org.cairn.app.tests.forms.BrokenPageRenderer"/>
					   </extension>
					</plugin>
					""");
			add(jar, "forms/own.json", DEFINITION.formatted("test.own-page", "Exercise (own page)"));
			add(jar, "forms/broken.json", DEFINITION.formatted("test.broken-page", "Exercise (broken page)"));
		}
		BundleContext context = FrameworkUtil.getBundle(FacilityRendererTest.class).getBundleContext();
		plugin = context.installBundle("test:facility-pages", new ByteArrayInputStream(bytes.toByteArray()));
		assertTrue(context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(plugin)), "the test plugin resolves");
		FormRegistry forms = forms();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (forms.form("test.own-page").isEmpty() || forms.form("test.broken-page").isEmpty()) {
			assertTrue(System.nanoTime() < deadline, "the plugin's forms are listed: " + forms.forms());
			Thread.sleep(50);
		}
	}

	@AfterAll
	static void uninstallThePlugin() throws Exception {
		if (plugin != null) {
			plugin.uninstall();
			CountDownLatch done = new CountDownLatch(1);
			FrameworkUtil.getBundle(FacilityRendererTest.class).getBundleContext().getBundle(0).adapt(FrameworkWiring.class)
					.refreshBundles(null, event -> done.countDown());
			done.await(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aFormIsGivenOnItsFacilitysOwnPageAndABrokenPageFallsBackToCairns(UiBot bot) {
		TestCharts.openChart(bot, "plover", "Plover");

		bot.press(SWT.MOD1 | SWT.SHIFT, 'a');
		Shell dialog = bot.shell("Give an Assessment");
		choose(bot, "Exercise (own page)");
		assertEquals("Our own page: Exercise (own page)", bot.textOf(bot.byId(Label.class, "test.ownpage.heading")));
		Button save = bot.byId(Button.class, "assessment.save");
		assertFalse(bot.call(save::isEnabled), "the one required item is not answered yet");
		Text minutes = bot.byId(Text.class, "test.ownpage.minutes");
		bot.run(() -> minutes.setText("45"));
		bot.waitUntil("the answer completes the form", () -> bot.call(save::isEnabled));
		bot.screenshot("facility-renderer");
		bot.run(() -> save.notifyListeners(SWT.Selection, new Event()));
		bot.withTimeout(Duration.ofSeconds(30)).waitUntil("the dialog closes once saved", () -> bot.call(dialog::isDisposed));
		List<ScoreEntry> responses = TestCharts.store().responses("t-p-plover", "test.own-page");
		assertEquals(1, responses.size(), "the response is stored");
		assertEquals(0, new BigDecimal("45").compareTo(responses.get(0).total()), "scored by the registry from the page's answers");
		try {
			bot.withTimeout(Duration.ofSeconds(30)).waitUntil("At a Glance names the facility's form as its plugin does", () -> bot.findAll(Label.class)
					.stream().anyMatch(label -> bot.textOf(label).startsWith("Exercise (own page)") && bot.textOf(label).contains("45")));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; labels: " + bot.findAll(Label.class).stream().map(bot::textOf).toList(), e);
		}

		bot.press(SWT.MOD1 | SWT.SHIFT, 'a');
		Shell again = bot.shell("Give an Assessment");
		choose(bot, "Exercise (broken page)");
		assertTrue(bot.findAll(Label.class).stream().noneMatch(label -> "half a page".equals(bot.textOf(label))),
				"what the broken renderer drew before it failed is gone");
		Label total = bot.byId(Label.class, "form.total");
		assertTrue(bot.textOf(total).startsWith("Total"), "Cairn's page stands in: " + bot.textOf(total));
		try {
			bot.waitUntil("the clinician is told why the page looks different", () -> bot.findAll(org.eclipse.swt.widgets.Control.class).stream()
					.map(bot::textOf).anyMatch(text -> text != null && text.strip().startsWith("This form's own page could not be shown")));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; texts: " + bot.findAll(org.eclipse.swt.widgets.Control.class).stream().map(bot::textOf).toList(), e);
		}
		bot.screenshot("facility-renderer-fallback");
		bot.press(0, SWT.ESC);
		bot.withTimeout(Duration.ofSeconds(10)).waitUntil("the dialog closes", () -> bot.call(again::isDisposed));
	}

	private static void choose(UiBot bot, String name) {
		Combo form = bot.byId(Combo.class, "assessment.form");
		List<String> offered = List.of(bot.call(form::getItems));
		int index = offered.indexOf(offered.stream().filter(item -> item.startsWith(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is offered: " + offered)));
		bot.run(() -> {
			form.select(index);
			form.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static FormRegistry forms() {
		BundleContext context = FrameworkUtil.getBundle(FacilityRendererTest.class).getBundleContext();
		ServiceTracker<FormRegistry, FormRegistry> tracker = new ServiceTracker<>(context, FormRegistry.class, null);
		tracker.open();
		try {
			FormRegistry forms = tracker.waitForService(20_000);
			assertTrue(forms != null, "the form registry is running");
			return forms;
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		} finally {
			tracker.close();
		}
	}

	private static void add(JarOutputStream jar, String path, String text) throws IOException {
		jar.putNextEntry(new JarEntry(path));
		jar.write(text.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}
}
