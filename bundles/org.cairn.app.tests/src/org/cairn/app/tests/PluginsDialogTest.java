package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cairn.plugins.Plugins;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.plugins.PluginsDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * View › Plugins: an administrator installs a facility's form plugin from a jar, sees it active with the form it
 * contributes, is told why a broken jar is refused, and removes the plugin again. Only the native file chooser is
 * stood in for (it cannot be driven under test): the dialog is given the file an administrator would pick.
 */
@Order(11)
class PluginsDialogTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	/** The dialog with the file chooser answered by the test. */
	static final class Chosen extends PluginsDialog {
		private final Path[] next;

		Chosen(Shell parent, Plugins plugins, Path[] next) {
			super(parent, plugins, WORKBENCH.workbench().context().get(org.cairn.security.Session.class));
			this.next = next;
		}

		@Override
		protected Path chooseFile() {
			return next[0];
		}
	}

	@Test
	void aPluginIsInstalledFromAJarListedWithItsFormAndRemovedAndABrokenOneIsRefusedWithTheReason(UiBot bot) throws Exception {
		Plugins plugins = Plugins.await(Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("the plugin service runs"));
		Path work = Files.createDirectories(plugins.dropins().getParent().resolve("plugins-dialog-test"));
		Path good = jar(work.resolve("sleep-forms.jar"), "test.facility.sleepforms", "Require-Bundle", "org.cairn.forms", true);
		Path broken = jar(work.resolve("broken.jar"), "test.facility.broken", "Import-Package", "org.example.nowhere", false);
		Path[] next = { good };

		Shell main = bot.mainShell();
		bot.display().asyncExec(() -> new Chosen(main, plugins, next).open());
		bot.shell("Plugins");
		Table table = bot.byId(Table.class, "plugins.table");
		Text details = bot.byId(Text.class, "plugins.details");
		assertEquals(0, (int) bot.call(table::getItemCount), "no plugins yet");
		assertTrue(bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf)
				.anyMatch(text -> text.startsWith("Your facility\u2019s plugins: the jars in " + plugins.dropins() + ".")), "the intro names the dropins folder");

		Button install = bot.byId(Button.class, "plugins.install");
		bot.display().asyncExec(() -> install.notifyListeners(SWT.Selection, new Event()));
		bot.withTimeout(Duration.ofSeconds(30)).waitUntil("the plugin is listed", () -> bot.call(table::getItemCount) == 1);
		List<String> row = bot.call(() -> List.of(table.getItem(0).getText(0), table.getItem(0).getText(1), table.getItem(0).getText(2),
				table.getItem(0).getText(3), table.getItem(0).getText(4)));
		assertEquals(List.of("test.facility.sleepforms", "1.0.0", "active", "test.facility.sleepforms_1.0.0.jar", "form test.sleep 1.0.0"), row);
		assertTrue(bot.textOf(details).contains("Installed test.facility.sleepforms 1.0.0 (active)"), "the steps are shown: " + bot.textOf(details));
		assertTrue(Files.exists(plugins.dropins().resolve("test.facility.sleepforms_1.0.0.jar")), "the plugin is in the dropins folder");
		bot.screenshot("plugins-dialog");
		bot.waitUntil("the installation is audited", () -> TestCharts.store().auditTrail(null, 10).stream()
				.anyMatch(e -> e.action() == org.cairn.store.AuditEvent.Action.CONFIGURATION && e.detail() != null
						&& e.detail().equals("plugin " + good.getFileName() + " installed")));

		next[0] = broken;
		bot.display().asyncExec(() -> install.notifyListeners(SWT.Selection, new Event()));
		Shell error = bot.shell("The Plugin Was Not Installed");
		assertTrue(bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf)
				.anyMatch(text -> text.contains("test.facility.broken 1.0.0 is refused: it needs the package org.example.nowhere, which this Cairn does not have")),
				"the reason is shown");
		bot.press(0, SWT.CR);
		bot.waitUntil("the message closes", () -> bot.call(error::isDisposed));
		assertEquals(1, (int) bot.call(table::getItemCount), "nothing more was installed");

		bot.run(() -> {
			table.select(0);
			table.notifyListeners(SWT.Selection, new Event());
		});
		Button remove = bot.byId(Button.class, "plugins.remove");
		assertTrue(bot.call(remove::isEnabled));
		bot.display().asyncExec(() -> remove.notifyListeners(SWT.Selection, new Event()));
		Shell confirm = bot.shell("Remove a Plugin");
		bot.press(0, SWT.CR);
		bot.waitUntil("the confirmation closes", () -> bot.call(confirm::isDisposed));
		bot.withTimeout(Duration.ofSeconds(30)).waitUntil("the plugin is gone", () -> bot.call(table::getItemCount) == 0);
		assertTrue(bot.textOf(details).startsWith("Removed test.facility.sleepforms 1.0.0"), bot.textOf(details));
		assertTrue(Files.notExists(plugins.dropins().resolve("test.facility.sleepforms_1.0.0.jar")));
		bot.press(0, SWT.ESC);
	}

	/** The plugins service itself refuses whoever may not install plugins, whatever screen or command asks, and audits it. */
	@Test
	void onlySomeoneWhoMayInstallPluginsCanAndTheRefusalIsAudited() throws Exception {
		Plugins plugins = Plugins.await(Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("the plugin service runs"));
		Path work = Files.createDirectories(plugins.dropins().getParent().resolve("plugins-refused-test"));
		Path good = jar(work.resolve("quiet-forms.jar"), "test.facility.quietforms", "Require-Bundle", "org.cairn.forms", true);
		org.cairn.security.Session intake = TestLogin.session("t-plugin-intake", java.util.Set.of("intake"));
		org.cairn.plugins.PluginException refused = org.junit.jupiter.api.Assertions.assertThrows(org.cairn.plugins.PluginException.class,
				() -> plugins.install(intake, good, null));
		assertEquals(intake.refusal(org.cairn.security.Permission.PLUGIN_INSTALL), refused.getMessage());
		assertTrue(Files.notExists(plugins.dropins().resolve("test.facility.quietforms_1.0.0.jar")), "nothing was installed");
		assertTrue(TestCharts.store().auditTrail(null, 10).stream().anyMatch(e -> e.action() == org.cairn.store.AuditEvent.Action.PERMISSION_DENIED
				&& "t-plugin-intake".equals(e.user()) && "PLUGIN_INSTALL: install the plugin quiet-forms.jar".equals(e.detail())), "the refusal is audited");
		org.junit.jupiter.api.Assertions.assertThrows(org.cairn.plugins.PluginException.class, () -> plugins.remove(intake, "org.cairn.forms"));
	}

	/**
	 * A plugin whose form does not load is refused, naming the form and its fault, with nothing installed; installed
	 * anyway (after the question in View › Plugins, or --force), it is there without that form.
	 */
	@Test
	void aPluginWhoseFormsDoNotLoadIsRefusedNamingEachFaultOrInstalledAnywayWithoutThem(UiBot bot) throws Exception {
		Plugins plugins = Plugins.await(Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("the plugin service runs"));
		Path work = Files.createDirectories(plugins.dropins().getParent().resolve("plugins-unusable-test"));
		Path file = work.resolve("faulty-forms.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
		manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.facility.faultyforms;singleton:=true");
		manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
		manifest.getMainAttributes().putValue("Require-Bundle", "org.cairn.forms");
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			add(jar, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.cairn.forms.assessments">
					      <form id="test.faulty" version="1.0.0" name="Faulty" category="recovery" licence="Test form" definition="forms/faulty.json"/>
					   </extension>
					</plugin>
					""");
			add(jar, "forms/faulty.json", "{ \"format\": 1, \"id\": \"test.faulty\", \"version\": \"1.0.0\", \"title\": \"Faulty\", \"items\": [ ] }");
		}
		org.cairn.plugins.UnusableContributionsException refused = org.junit.jupiter.api.Assertions.assertThrows(
				org.cairn.plugins.UnusableContributionsException.class, () -> plugins.install(TestLogin.session(TestLogin.USER, TestLogin.ALL_ROLES), file, false, null));
		assertEquals(1, refused.faults().size(), refused.faults().toString());
		assertTrue(refused.faults().get(0).startsWith("form test.faulty 1.0.0: test.facility.faultyforms 1.0.0!/forms/faulty.json:1:"),
				refused.faults().toString());
		assertTrue(refused.faults().get(0).endsWith("items: must hold at least one item"), refused.faults().toString());
		assertTrue(refused.getMessage().contains("Nothing was installed"), refused.getMessage());
		assertTrue(Files.notExists(plugins.dropins().resolve("test.facility.faultyforms_1.0.0.jar")), "nothing was installed");
		assertTrue(plugins.plugins().stream().noneMatch(p -> p.symbolicName().equals("test.facility.faultyforms")));

		Path[] next = { file };
		Shell main = bot.mainShell();
		bot.display().asyncExec(() -> new Chosen(main, plugins, next).open());
		bot.shell("Plugins");
		Table table = bot.byId(Table.class, "plugins.table");
		Button install = bot.byId(Button.class, "plugins.install");
		bot.display().asyncExec(() -> install.notifyListeners(SWT.Selection, new Event()));
		Shell question = bot.withTimeout(Duration.ofSeconds(30)).shell("The Plugin Was Not Installed");
		assertTrue(bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf).anyMatch(text -> text.contains("form test.faulty 1.0.0: ")),
				"the fault is named");
		bot.screenshot("plugins-unusable");
		bot.click(bot.button("Install Anyway"));
		bot.waitUntil("the question closes", () -> bot.call(question::isDisposed));
		bot.withTimeout(Duration.ofSeconds(30)).waitUntil("the plugin is installed without its form",
				() -> bot.call(() -> java.util.Arrays.stream(table.getItems()).anyMatch(item -> item.getText(0).equals("test.facility.faultyforms"))));
		assertTrue(bot.textOf(bot.byId(Text.class, "plugins.details")).contains("Unavailable: form test.faulty 1.0.0: "),
				bot.textOf(bot.byId(Text.class, "plugins.details")));
		plugins.remove(TestLogin.session(TestLogin.USER, TestLogin.ALL_ROLES), "test.facility.faultyforms");
		bot.press(0, SWT.ESC);
	}

	private static Path jar(Path file, String name, String header, String value, boolean withForm) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", name + ";singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue(header, value);
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			if (withForm) {
				add(jar, "plugin.xml", """
						<?xml version="1.0" encoding="UTF-8"?>
						<?eclipse version="3.4"?>
						<plugin>
						   <extension point="org.cairn.forms.assessments">
						      <form id="test.sleep" version="1.0.0" name="Sleep" category="recovery" licence="Test form" definition="forms/sleep.json"/>
						   </extension>
						</plugin>
						""");
				add(jar, "forms/sleep.json", """
						{ "format": 1, "id": "test.sleep", "version": "1.0.0", "title": "Sleep",
						  "items": [ { "id": "hours", "type": "decimal", "text": "Hours slept", "min": 0, "max": 24, "required": true } ] }
						""");
			}
		}
		return file;
	}

	private static void add(JarOutputStream jar, String path, String text) throws IOException {
		jar.putNextEntry(new JarEntry(path));
		jar.write(text.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}
}
