package org.cairn.ui.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cairn.export.Selection;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.Values;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Chart › Export or Print Record: which records (all, a date range, or those ticked in the chart's list) and where
 * they go (a PDF file, a FHIR R4 file, or a printer). Says what is missing before it lets the person go on.
 */
public class ExportRecordDialog extends TitleAreaDialog {

	/** Where the records go. */
	public enum Output {
		PDF, FHIR, PRINTER
	}

	/** What the person chose. */
	public record Choice(Output output, Selection selection) {
	}

	private final List<TimelineEntry> timeline;
	private final Output initial;
	private Button pdf;
	private Button fhir;
	private Button printer;
	private Button all;
	private Button range;
	private Button chosen;
	private Text from;
	private Text to;
	private Table records;
	private Choice choice;

	/** @param timeline the chart's records, newest first, to choose from */
	public ExportRecordDialog(Shell parent, List<TimelineEntry> timeline, Output initial) {
		super(parent);
		this.timeline = List.copyOf(timeline);
		this.initial = initial;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	public Choice choice() {
		return choice;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("export.title"));
		shell.setData(CairnUi.WIDGET_ID, "export.shell");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.get("export.title"));
		setMessage(Messages.get("export.message"));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		Group where = new Group(body, SWT.NONE);
		where.setText(Messages.get("export.output"));
		where.setLayout(new GridLayout(3, false));
		where.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		pdf = radio(where, "export.output.pdf", initial == Output.PDF);
		fhir = radio(where, "export.output.fhir", initial == Output.FHIR);
		printer = radio(where, "export.output.printer", initial == Output.PRINTER);

		Group which = new Group(body, SWT.NONE);
		which.setText(Messages.get("export.records"));
		which.setLayout(new GridLayout(4, false));
		which.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		all = radio(which, "export.records.all", true);
		((GridData) all.getLayoutData()).horizontalSpan = 4;
		range = radio(which, "export.records.range", false);
		from = dateField(which, "export.from");
		Label and = new Label(which, SWT.NONE);
		and.setText(Messages.get("export.to"));
		to = dateField(which, "export.to");
		chosen = radio(which, "export.records.chosen", false);
		((GridData) chosen.getLayoutData()).horizontalSpan = 4;
		records = new Table(which, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		records.setHeaderVisible(true);
		records.setData(CairnUi.WIDGET_ID, "export.recordList");
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		tableData.heightHint = convertHeightInCharsToPixels(12);
		tableData.widthHint = convertWidthInCharsToPixels(80);
		records.setLayoutData(tableData);
		for (String column : List.of("export.column.when", "export.column.kind", "export.column.status")) {
			TableColumn tableColumn = new TableColumn(records, SWT.LEFT);
			tableColumn.setText(Messages.get(column));
			tableColumn.setWidth(convertWidthInCharsToPixels(column.endsWith("when") ? 28 : column.endsWith("kind") ? 30 : 16));
		}
		for (TimelineEntry entry : timeline) {
			TableItem item = new TableItem(records, SWT.NONE);
			item.setText(new String[] { entry.occurredAt() == null ? "" : Messages.dateTime(entry.occurredAt()), Values.label(entry.kind()),
					entry.status() == null ? "" : Values.label(entry.status().toLowerCase()) });
			item.setData(entry);
		}
		records.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK) {
				all.setSelection(false);
				range.setSelection(false);
				chosen.setSelection(true);
			}
		});
		return area;
	}

	private Button radio(Composite parent, String key, boolean selected) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(Messages.get(key));
		button.setSelection(selected);
		button.setData(CairnUi.WIDGET_ID, key);
		button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		return button;
	}

	private Text dateField(Composite parent, String key) {
		Text text = new Text(parent, SWT.BORDER);
		text.setMessage("yyyy-mm-dd");
		text.setData(CairnUi.WIDGET_ID, key);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.widthHint = convertWidthInCharsToPixels(14);
		text.setLayoutData(data);
		text.addModifyListener(event -> {
			all.setSelection(false);
			chosen.setSelection(false);
			range.setSelection(true);
		});
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.get("export.ok"), true).setData(CairnUi.WIDGET_ID, "export.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		Output output = pdf.getSelection() ? Output.PDF : fhir.getSelection() ? Output.FHIR : printer.getSelection() ? Output.PRINTER : null;
		if (output == null) {
			setErrorMessage(Messages.get("export.chooseOutput"));
			return;
		}
		Selection selection;
		try {
			selection = selection();
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		choice = new Choice(output, selection);
		super.okPressed();
	}

	private Selection selection() {
		if (chosen.getSelection()) {
			Set<String> ids = new LinkedHashSet<>();
			for (TableItem item : records.getItems()) {
				if (item.getChecked()) {
					ids.add(((TimelineEntry) item.getData()).recordId());
				}
			}
			if (ids.isEmpty()) {
				throw new IllegalArgumentException(Messages.get("export.noneChosen"));
			}
			return Selection.only(ids);
		}
		if (range.getSelection()) {
			LocalDate start = date(from, "export.from");
			LocalDate end = date(to, "export.to");
			if (start == null && end == null) {
				throw new IllegalArgumentException(Messages.get("export.noRange"));
			}
			if (start != null && end != null && end.isBefore(start)) {
				throw new IllegalArgumentException(Messages.format("export.rangeBackwards", Messages.date(end), Messages.date(start)));
			}
			return Selection.between(start, end);
		}
		return Selection.all();
	}

	private static LocalDate date(Text field, String key) {
		String text = field.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(Messages.format("export.badDate", Messages.get(key), text));
		}
	}
}
