package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cairn.core.Branding;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The workstation's main window as a clinician first sees it, started from the real application model. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainWindowTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@Test
	@Order(1)
	void windowIsTitledCairnAndShowsTheThreeAreasAndTheStatusBar(UiBot bot) throws Exception {
		Shell main = bot.mainShell();
		assertEquals("Cairn", bot.textOf(main));
		assertEquals(5, (int) bot.call(() -> main.getImages().length), "the window carries the product's five icon sizes");

		List<String> tabs = bot.findAll(CTabItem.class).stream().map(bot::textOf).toList();
		assertEquals(List.of("Patients", "To Co-sign", "Chart", "At a Glance"), tabs);

		Text search = bot.byId(Text.class, "patients.search");
		assertTrue(bot.isShowing(search), "the patient search is showing");
		assertEquals("Name, MRN or date of birth (yyyy-mm-dd)", bot.call(search::getMessage));
		assertTrue(bot.isShowing(bot.byId(org.eclipse.swt.widgets.Table.class, "patients.table")), "the patient list is showing");
		for (String area : List.of("chart", "context")) {
			Composite empty = bot.byId(Composite.class, area + ".empty");
			assertTrue(bot.isShowing(empty), area + " empty state is showing");
		}
		assertEquals("No chart open", bot.textOf(bot.byId(Label.class, "chart.empty.title")));
		assertEquals("Nothing at a glance yet", bot.textOf(bot.byId(Label.class, "context.empty.title")));

		Label status = bot.byId(Label.class, "statusbar.message");
		assertTrue(bot.isShowing(status), "status bar is showing");
		assertEquals("Ready", bot.textOf(status));
		assertEquals("Cairn " + Branding.current().shortVersion(), bot.textOf(bot.byId(Label.class, "statusbar.version")));
		assertEquals("Signed in: Test t-staff", bot.textOf(bot.byId(Label.class, "statusbar.user")), "who is signed in, by name");

		Path shot = bot.screenshot("main-window");
		assertTrue(Files.size(shot) > 10_000, "screenshot has content: " + shot);
	}

	@Test
	@Order(2)
	void areasAreArrangedLeftToRightWithTheChartWidest(UiBot bot) {
		int[] xs = new int[3];
		int[] widths = new int[3];
		String[] ids = { "patients.table", "chart.empty", "context.empty" };
		for (int i = 0; i < ids.length; i++) {
			org.eclipse.swt.widgets.Control area = bot.byId(org.eclipse.swt.widgets.Control.class, ids[i]);
			int index = i;
			bot.run(() -> {
				xs[index] = area.toDisplay(0, 0).x;
				widths[index] = area.getSize().x;
			});
		}
		assertTrue(xs[0] < xs[1] && xs[1] < xs[2], "patients, chart, context from left to right");
		assertTrue(widths[1] > widths[0] && widths[1] > widths[2], "the chart is the widest area");

		Composite statusBar = bot.byId(Composite.class, "statusbar");
		Composite chart = bot.byId(Composite.class, "chart.empty");
		String layout = bot.call(() -> {
			Rectangle client = statusBar.getShell().getClientArea();
			Rectangle bar = statusBar.getDisplay().map(statusBar.getParent(), statusBar.getShell(), statusBar.getBounds());
			Rectangle area = chart.getDisplay().map(chart.getParent(), chart.getShell(), chart.getBounds());
			return "client " + client + ", status bar " + bar + ", chart " + area;
		});
		int[] bar = bot.call(() -> {
			Rectangle client = statusBar.getShell().getClientArea();
			Rectangle b = statusBar.getDisplay().map(statusBar.getParent(), statusBar.getShell(), statusBar.getBounds());
			Rectangle a = chart.getDisplay().map(chart.getParent(), chart.getShell(), chart.getBounds());
			return new int[] { b.y, b.y + b.height, client.y + client.height, a.y + a.height, b.height };
		});
		assertTrue(bar[4] >= 16, "the status bar is tall enough to read: " + layout);
		assertTrue(bar[0] >= bar[3], "the status bar lies below the areas: " + layout);
		assertTrue(bar[1] <= bar[2] && bar[2] - bar[1] <= 4, "the status bar sits at the window's bottom edge: " + layout);
	}

	@Test
	@Order(3)
	void menusOfferExitWithCtrlQAndAbout(UiBot bot) {
		MenuItem exit = bot.menuItem("File", "Exit");
		assertEquals("Ctrl+Q", bot.acceleratorOf(exit));
		bot.menuItem("Help", "About Cairn");
	}

	@Test
	@Order(4)
	void ctrl2AndCtrl1MoveTheKeyboardBetweenAreas(UiBot bot, RunningWorkbench workbench) {
		EPartService parts = bot.call(() -> workbench.application().getSelectedElement().getContext().get(EPartService.class));
		bot.press(SWT.MOD1, '2');
		bot.waitUntil("the chart is the active part", () -> isActive(parts, CairnUi.PART_CHART));
		bot.press(SWT.MOD1, '3');
		bot.waitUntil("the context area is the active part", () -> isActive(parts, CairnUi.PART_CONTEXT));
		bot.press(SWT.MOD1, '1');
		bot.waitUntil("the patient list is the active part", () -> isActive(parts, CairnUi.PART_PATIENTS));
	}

	private static boolean isActive(EPartService parts, String id) {
		MPart active = parts.getActivePart();
		return active != null && id.equals(active.getElementId());
	}

	@Test
	@Order(5)
	void aboutShowsVersionLicenceAndCredits(UiBot bot) {
		bot.menu("Help", "About Cairn");
		Shell about = bot.shell("About Cairn");
		Branding branding = Branding.current();
		assertTrue(bot.textOf(bot.byId(Label.class, "about.version")).startsWith("Version " + branding.shortVersion()));
		assertEquals("Licence: Eclipse Public License 2.0 (EPL-2.0)", bot.textOf(bot.byId(Label.class, "about.licence")));
		Text creditsText = bot.byId(Text.class, "about.credits");
		String credits = bot.textOf(creditsText);
		assertTrue(bot.call(() -> creditsText.getLineCount() * creditsText.getLineHeight() <= creditsText.getClientArea().height),
				"every credit is visible without scrolling");
		Button close = bot.button("Close");
		assertTrue(bot.focusControl() == close, "the keyboard starts on Close");
		assertTrue(credits.contains("Eclipse Modeling Framework"), credits);
		assertTrue(credits.contains("Apache Felix Service Component Runtime"), credits);
		bot.screenshot("about-dialog");
		bot.click(close);
		bot.waitUntil("the About dialog has closed", about::isDisposed);
	}

	/**
	 * The harness's guard against a frozen screen: a call of the record store on the display thread is reported with
	 * where it was made, and fails the test (here checked at once, so that this test itself passes).
	 */
	@Test
	@org.junit.jupiter.api.Order(100)
	void aDatabaseCallOnTheDisplayThreadFailsTheTestThatMadeIt(UiBot bot) {
		org.cairn.testing.ui.DisplayThreadCalls.check(); // nothing before
		org.cairn.security.Accounts accounts = TestLogin.accounts();
		org.cairn.ui.security.IdleLock.configured(accounts); // the workbench's code, on the test's thread: allowed
		bot.run(() -> accounts.list()); // the test's own read while on the display thread: its business
		org.cairn.testing.ui.DisplayThreadCalls.check();
		bot.run(() -> org.cairn.ui.security.IdleLock.configured(accounts)); // the workbench's code on the display thread
		AssertionError failed = null;
		try {
			org.cairn.testing.ui.DisplayThreadCalls.check();
		} catch (AssertionError expected) {
			failed = expected;
		}
		assertTrue(failed != null, "the call on the display thread is reported");
		assertTrue(failed.getMessage().startsWith("1 database call(s) on the display thread"), failed.getMessage());
		assertTrue(java.util.Arrays.stream(failed.getCause().getStackTrace()).anyMatch(frame -> frame.getClassName().endsWith("IdleLock")),
				"the report says where the call was made");
	}
}
