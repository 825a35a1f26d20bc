package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cairn.store.CensusFilter;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.reports.ReportsDialog;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * View › Reports in the running workbench: the reports are counted in a job, the census agrees with the store's own
 * census, a report shows its table and chart, a backwards period is refused in words, and the table goes to CSV.
 */
@Order(41)
class ReportsDialogTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@TempDir
	Path folder;

	/** The dialog with the CSV file chosen by the test. */
	static final class Chosen extends ReportsDialog {
		private final Path file;

		Chosen(Shell parent, StoreAccess store, RunningWorkbench workbench, Path file) {
			super(parent, store, TestLogin.service(org.cairn.export.Releases.class), workbench.context().get(org.cairn.security.Session.class));
			this.file = file;
		}

		@Override
		protected Path chooseCsvFile(String suggested) {
			return file.resolveSibling(suggested);
		}
	}

	@Test
	void reportsAreCountedShownChartedAndWrittenAsCsv(UiBot bot, RunningWorkbench workbench) throws IOException {
		TestCharts.seed();
		StoreAccess access = bot.call(() -> ContextInjectionFactory.make(StoreAccess.class, workbench.context()));
		Path file = folder.resolve("report.csv");
		bot.display().asyncExec(() -> new Chosen(bot.mainShell(), access, workbench, file).open());
		bot.shell("Reports");
		org.eclipse.swt.widgets.List names = bot.byId(org.eclipse.swt.widgets.List.class, "reports.list");
		bot.waitUntil("the reports are counted", () -> bot.call(names::getItemCount) == 5);
		assertEquals(List.of("Census by programme and phase", "Caseload per clinician", "Retention in treatment", "Change in scores from intake",
				"Drug screens negative for non-prescribed opioids"), bot.call(() -> List.of(names.getItems())));

		Table table = bot.byId(Table.class, "reports.table");
		int open = TestCharts.store().census(CensusFilter.open()).size();
		bot.waitUntil("the census is shown", () -> bot.call(() -> table.getItemCount() > 0));
		String total = bot.call(() -> {
			TableItem last = table.getItem(table.getItemCount() - 1);
			return last.getText(0) + " " + last.getText(table.getColumnCount() - 1);
		});
		assertEquals("All programmes " + open, total, "the census counts every open episode");
		bot.screenshot("reports-census");

		bot.run(() -> {
			names.select(4);
			names.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		bot.waitUntil("the screens report is shown", () -> bot.call(() -> table.getColumn(0).getText().equals("Month")));
		Chart chart = bot.byId(Chart.class, "reports.chart");
		assertEquals(1, bot.call(() -> chart.getSeriesSet().getSeries().length), "one line: the share negative");
		assertEquals(100.0, bot.call(() -> chart.getAxisSet().getYAxis(0).getRange().upper), "a share runs to 100 %");
		bot.screenshot("reports-screens");

		bot.run(() -> {
			names.select(0);
			names.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		bot.screenshot("reports-census-again");
		bot.click(bot.byId(Button.class, "reports.csv"));
		Path written = folder.resolve("census-by-programme-and-phase.csv");
		bot.waitUntil("the CSV is written", () -> Files.exists(written));
		List<String> lines = Files.readAllLines(written);
		assertEquals("Programme,Intake,Withdrawal management,Stabilisation,Therapy,Relapse prevention,Aftercare,Total", lines.get(0));
		assertTrue(lines.get(lines.size() - 1).startsWith("All programmes,") && lines.get(lines.size() - 1).endsWith("," + open), lines.toString());

		org.eclipse.swt.widgets.Combo programme = bot.byId(org.eclipse.swt.widgets.Combo.class, "reports.programme");
		bot.run(() -> programme.select(1));
		bot.click(bot.byId(Button.class, "reports.show"));
		org.eclipse.swt.widgets.Label scope = bot.byId(org.eclipse.swt.widgets.Label.class, "reports.scope");
		bot.waitUntil("the reports count detox only", () -> bot.textOf(scope).endsWith(", Detox only"));
		int detox = TestCharts.store().census(CensusFilter.open().programme(org.cairn.model.Programme.DETOX)).size();
		assertEquals("All programmes " + detox, bot.call(() -> {
			TableItem last = table.getItem(table.getItemCount() - 1);
			return last.getText(0) + " " + last.getText(table.getColumnCount() - 1);
		}));
		bot.run(() -> programme.select(0));

		Text from = bot.byId(Text.class, "reports.from");
		Text to = bot.byId(Text.class, "reports.to");
		bot.run(() -> {
			from.setText("2026-06-01");
			to.setText("2026-01-01");
		});
		bot.click(bot.byId(Button.class, "reports.show"));
		bot.waitUntil("the backwards period is refused", () -> bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf)
				.anyMatch(t -> t.startsWith("The period ends (")));
		bot.click(bot.button("OK"));
		bot.click(bot.button("Close"));
	}
}
