package org.cairn.ui.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

import org.cairn.export.Report;
import org.cairn.export.Reports;
import org.cairn.model.Programme;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.export.Releases;
import org.cairn.security.Session;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/**
 * View › Reports: the programme's census, caseloads and outcomes, each as a table with its chart, for a period the
 * person sets, exportable to CSV. Counted in a job; the figures hold no patient's name.
 */
public class ReportsDialog extends Dialog {

	private static final int CSV_ID = IDialogConstants.CLIENT_ID + 1;
	private static final RGB[] PALETTE = { new RGB(31, 119, 180), new RGB(255, 127, 14), new RGB(44, 160, 44), new RGB(214, 39, 40),
			new RGB(148, 103, 189), new RGB(140, 86, 75), new RGB(227, 119, 194) };

	private final StoreAccess store;
	private final Releases releases;
	private final Session session;
	private final java.util.List<Color> colours = new ArrayList<>();
	private final java.util.List<Report> reports = new ArrayList<>();
	private Text from;
	private Text to;
	private Combo programme;
	private List names;
	private Label title;
	private Label scope;
	private Table table;
	private Chart chart;
	private Label notes;
	private Job running;

	/** @param store runs the reports' counting in a job; {@code releases} counts them for {@code session}'s person */
	public ReportsDialog(Shell parent, StoreAccess store, Releases releases, Session session) {
		super(parent);
		this.store = store;
		this.releases = releases;
		this.session = session;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("reports.title"));
		shell.setData(CairnUi.WIDGET_ID, "reports.shell");
		shell.addDisposeListener(event -> {
			colours.forEach(Color::dispose);
			if (running != null) {
				running.cancel();
			}
		});
	}

	@Override
	protected Point getInitialSize() {
		org.eclipse.swt.graphics.Rectangle screen = getShell().getDisplay().getClientArea();
		return new Point(Math.min(1400, screen.width - 40), Math.min(860, screen.height - 40));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Composite period = new Composite(area, SWT.NONE);
		period.setLayout(new GridLayout(7, false));
		new Label(period, SWT.NONE).setText(Messages.get("reports.from"));
		LocalDate today = LocalDate.now();
		from = date(period, "reports.from", today.minusMonths(6).withDayOfMonth(1));
		new Label(period, SWT.NONE).setText(Messages.get("reports.to"));
		to = date(period, "reports.to", today);
		new Label(period, SWT.NONE).setText(Messages.get("reports.programme"));
		programme = new Combo(period, SWT.READ_ONLY);
		programme.setData(CairnUi.WIDGET_ID, "reports.programme");
		programme.add(Messages.get("reports.allProgrammes"));
		for (Programme each : Programme.values()) {
			programme.add(Messages.label(each));
		}
		programme.select(0);
		Button show = new Button(period, SWT.PUSH);
		show.setText(Messages.get("reports.show"));
		show.setData(CairnUi.WIDGET_ID, "reports.show");
		show.addListener(SWT.Selection, event -> count());

		SashForm sash = new SashForm(area, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		names = new List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		names.setData(CairnUi.WIDGET_ID, "reports.list");
		names.addListener(SWT.Selection, event -> showReport());
		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new GridLayout(1, false));
		title = new Label(right, SWT.NONE);
		title.setData(CairnUi.CSS_CLASS, "SectionTitle");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		title.setFont(JFaceResources.getBannerFont());
		scope = new Label(right, SWT.NONE);
		scope.setData(CairnUi.WIDGET_ID, "reports.scope");
		scope.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(CairnUi.WIDGET_ID, "reports.table");
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
		tableData.heightHint = 190;
		table.setLayoutData(tableData);
		chart = newChart(right);
		notes = new Label(right, SWT.WRAP);
		notes.setData(CairnUi.WIDGET_ID, "reports.notes");
		GridData notesData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		notesData.widthHint = 600;
		notes.setLayoutData(notesData);
		sash.setWeights(24, 76);
		area.getDisplay().asyncExec(this::count);
		return area;
	}

	private Text date(Composite parent, String key, LocalDate initial) {
		Text text = new Text(parent, SWT.BORDER);
		text.setText(initial.toString());
		text.setMessage("yyyy-mm-dd");
		text.setData(CairnUi.WIDGET_ID, key);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.widthHint = 110;
		text.setLayoutData(data);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, CSV_ID, Messages.get("reports.csv"), false).setData(CairnUi.WIDGET_ID, "reports.csv");
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		getButton(CSV_ID).setEnabled(false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == CSV_ID) {
			exportCsv();
		} else {
			close();
		}
	}

	/** Counts every report for the period in a job; the list fills when it is done. */
	private void count() {
		LocalDate start;
		LocalDate end;
		try {
			start = LocalDate.parse(from.getText().strip());
			end = LocalDate.parse(to.getText().strip());
		} catch (DateTimeParseException e) {
			MessageDialog.openError(getShell(), Messages.get("reports.title"), Messages.get("reports.badDate"));
			return;
		}
		if (end.isBefore(start)) {
			MessageDialog.openError(getShell(), Messages.get("reports.title"), Messages.format("reports.backwards", Messages.date(end), Messages.date(start)));
			return;
		}
		if (running != null) {
			running.cancel();
		}
		scope.setText(Messages.get("reports.counting"));
		Programme only = programme.getSelectionIndex() <= 0 ? null : Programme.values()[programme.getSelectionIndex() - 1];
		running = store.callJob(Messages.get("reports.job"), monitor -> releases.reports(session, only).all(start, end, monitor), this::show, failure -> {
			if (!getShell().isDisposed()) {
				scope.setText("");
				MessageDialog.openError(getShell(), Messages.get("reports.title"), failure.message());
			}
		});
		running.schedule();
	}

	private void show(java.util.List<Report> counted) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		int selected = Math.max(0, names.getSelectionIndex());
		reports.clear();
		reports.addAll(counted);
		names.removeAll();
		counted.forEach(report -> names.add(report.title()));
		names.select(selected);
		showReport();
	}

	private void showReport() {
		int index = names.getSelectionIndex();
		if (index < 0 || index >= reports.size()) {
			return;
		}
		Report report = reports.get(index);
		title.setText(report.title());
		scope.setText(report.scope());
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		for (int c = 0; c < report.header().size(); c++) {
			TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(report.header().get(c));
		}
		for (java.util.List<String> row : report.rows()) {
			new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.setRedraw(true);
		chart(report.chart());
		notes.setText(String.join("\n", report.notes()));
		getButton(CSV_ID).setEnabled(true);
		notes.getParent().layout(true, true);
	}

	/**
	 * An empty chart, with no title of its own (the report's is above it), in the workbench's fonts. SWTChart's own
	 * default fonts are kept in a static cache made on the first display that drew a chart, so a chart on a later
	 * display (a workbench started again in the same process) would paint with disposed fonts.
	 */
	private static Chart newChart(Composite parent) {
		Chart made = new Chart(parent, SWT.NONE);
		made.setData(CairnUi.WIDGET_ID, "reports.chart");
		Font text = JFaceResources.getDefaultFont();
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		made.getTitle().setFont(bold);
		made.getTitle().setVisible(false);
		made.getLegend().setFont(text);
		for (IAxis axis : made.getAxisSet().getAxes()) {
			axis.getTick().setFont(text);
			axis.getTitle().setFont(bold);
		}
		made.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return made;
	}

	/** Draws {@code figures} on a new chart in the old one's place (a chart's tick label angle is set once); the caller lays it out. */
	private void chart(Report.Chart figures) {
		Composite parent = chart.getParent();
		Chart old = chart;
		chart = newChart(parent);
		chart.moveAbove(old);
		old.dispose();
		if (figures == null) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.enableCategory(true);
		x.setCategorySeries(figures.categories().toArray(String[]::new));
		int longest = figures.categories().stream().mapToInt(String::length).max().orElse(0);
		if (longest * figures.categories().size() > 70) {
			// slanted labels when they would run into each other side by side
			x.getTick().setTickLabelAngle(45);
		}
		chart.getAxisSet().getYAxis(0).getTitle().setText(figures.valueAxis());
		int index = 0;
		for (Report.Series series : figures.series()) {
			double[] values = series.values().clone();
			for (int i = 0; i < values.length; i++) {
				if (Double.isNaN(values[i])) {
					values[i] = 0;
				}
			}
			Color colour = colour(index++);
			if (figures.kind() == Report.ChartKind.LINE) {
				ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, series.name());
				line.setYSeries(values);
				line.setLineColor(colour);
				line.setSymbolColor(colour);
				line.setLineWidth(2);
				line.getLabel().setFont(JFaceResources.getDefaultFont());
			} else {
				IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, series.name());
				bar.setYSeries(values);
				bar.setBarColor(colour);
				bar.enableStack(figures.kind() == Report.ChartKind.STACKED_BAR);
				bar.getLabel().setFont(JFaceResources.getDefaultFont());
			}
		}
		chart.getAxisSet().adjustRange();
		IAxis y = chart.getAxisSet().getYAxis(0);
		Range range = y.getRange();
		y.setRange(new Range(0, figures.valueAxis().startsWith("%") ? 100 : Math.max(1, Math.ceil(range.upper * 1.1))));
	}

	private Color colour(int index) {
		while (colours.size() <= index) {
			colours.add(new Color(getShell().getDisplay(), PALETTE[colours.size() % PALETTE.length]));
		}
		return colours.get(index);
	}

	private void exportCsv() {
		int index = names.getSelectionIndex();
		if (index < 0) {
			return;
		}
		Report report = reports.get(index);
		Path file = chooseCsvFile(report.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv");
		if (file != null) {
			writeCsv(report, file);
		}
	}

	/** Where the CSV goes; null when the person cancels. */
	protected Path chooseCsvFile(String suggested) {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.get("reports.csv"));
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		dialog.setFileName(suggested);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** Writes the report's table to {@code file} as CSV (UTF-8), telling the person what happened. */
	private void writeCsv(Report report, Path file) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			report.writeCsv(out);
			scope.setText(Messages.format("reports.csvDone", file.getFileName().toString()));
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.get("reports.title"), Messages.format("reports.csvFailed", file.toString(), e.getMessage()));
		}
	}
}
