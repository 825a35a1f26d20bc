package org.cairn.ui.data;

import java.util.ArrayList;
import java.util.List;

import org.cairn.model.CarePlan;
import org.cairn.ui.careplan.CarePlanDiff;
import org.cairn.model.ClinicalRecord;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.careplan.CarePlanDiff.Change;
import org.cairn.ui.careplan.CarePlanDiff.Row;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Two versions of a record (a care plan, a session note, a group session) side by side, field by field
 * ({@link CarePlanDiff}), as the editors offer it and as a conflicting save offers it: by default the previous
 * version on the left and the newest on the right, only what changed. Added rows are green, removed ones red,
 * changed ones amber, and the last column says so in words for those who do not see the colours.
 */
public class RecordCompareDialog extends Dialog {

	private final org.cairn.clinical.Charts charts;
	private final org.cairn.security.Session session;
	private final String planId;
	private final ClinicalRecord unsaved;
	private final List<ClinicalRecord> versions = new ArrayList<>();
	private final List<String> names = new ArrayList<>();
	private Combo left;
	private Combo right;
	private Button onlyChanges;
	private Label summary;
	private TableViewer table;
	private TableViewerColumn leftColumn;
	private TableViewerColumn rightColumn;
	private final org.cairn.security.Accounts accounts;
	/** Everyone's names by user id, read with the versions. */
	private java.util.Map<String, String> people = java.util.Map.of();
	private Color added;
	private Color removed;
	private Color changed;

	/**
	 * With {@code unsaved} non-null, the plan as it is on screen is offered as the newest "version"; {@code accounts}
	 * name who saved each version (null: by user id).
	 */
	public RecordCompareDialog(Shell parent, org.cairn.clinical.Charts charts, org.cairn.security.Accounts accounts, org.cairn.security.Session session,
			String planId, ClinicalRecord unsaved) {
		super(parent);
		this.charts = charts;
		this.accounts = accounts;
		this.session = session;
		this.planId = planId;
		this.unsaved = unsaved;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(unsaved == null || unsaved instanceof CarePlan ? Messages.get("plan.compare.title")
				: Messages.format("record.compare.title", Messages.get("kind." + unsaved.eClass().getName())));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1100, 620);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		added = new Color(new RGB(0xdd, 0xf4, 0xdd));
		removed = new Color(new RGB(0xfa, 0xdd, 0xdd));
		changed = new Color(new RGB(0xfc, 0xf0, 0xcc));
		Composite bar = new Composite(area, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.setLayout(new GridLayout(5, false));
		new Label(bar, SWT.NONE).setText(Messages.get("plan.compare.left"));
		left = combo(bar, "plan.compare.left");
		new Label(bar, SWT.NONE).setText(Messages.get("plan.compare.right"));
		right = combo(bar, "plan.compare.right");
		onlyChanges = new Button(bar, SWT.CHECK);
		onlyChanges.setText(Messages.get("plan.compare.onlyChanges"));
		onlyChanges.setData(CairnUi.WIDGET_ID, "plan.compare.onlyChanges");
		onlyChanges.setSelection(true);
		onlyChanges.addListener(SWT.Selection, event -> show());
		summary = new Label(area, SWT.NONE);
		summary.setData(CairnUi.WIDGET_ID, "plan.compare.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText(Messages.get("plan.compare.loading"));

		table = new TableViewer(area, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		table.getTable().setData(CairnUi.WIDGET_ID, "plan.compare.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.get("plan.compare.item"), 150, Row::place);
		column(Messages.get("plan.compare.field"), 150, Row::field);
		leftColumn = column("", 330, row -> row.before() == null ? "" : row.before());
		rightColumn = column("", 330, row -> row.after() == null ? "" : row.after());
		column(Messages.get("plan.compare.change"), 110, row -> Messages.get("plan.compare.change." + row.change().name()));
		area.addListener(SWT.Dispose, event -> {
			added.dispose();
			removed.dispose();
			changed.dispose();
		});
		load();
		return area;
	}

	private Combo combo(Composite bar, String id) {
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, id);
		combo.addListener(SWT.Selection, event -> show());
		return combo;
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				// One line per cell: several lines of a list read as "; ".
				return text.apply((Row) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public Color getBackground(Object element) {
				return switch (((Row) element).change()) {
				case ADDED -> added;
				case REMOVED -> removed;
				case CHANGED -> changed;
				case SAME -> null;
				};
			}
		});
		return column;
	}

	private void load() {
		// every version, read through the chart service (audited as a read of the record's versions), in a job
		record Read(List<StoredRecord<ClinicalRecord>> history, java.util.Map<String, String> people) {
		}
		org.cairn.ui.data.InBackground.run(getShell(), Messages.get("plan.compare.job"),
				() -> new Read(charts.history(session, planId), accounts == null ? java.util.Map.of() : accounts.names()), read -> {
			if (table.getTable().isDisposed()) {
				return;
			}
			people = read.people();
			for (StoredRecord<ClinicalRecord> stored : read.history()) {
				String savedBy = read.people().getOrDefault(stored.savedBy(), stored.savedBy());
				ClinicalRecord record = stored.record();
				versions.add(record);
				if (record instanceof CarePlan plan) {
					names.add(Messages.format("plan.compare.version", stored.version(), plan.getRevision(), savedBy,
							Messages.dateTime(stored.savedAt())));
				} else {
					names.add(Messages.format("record.compare.version", stored.version(), savedBy, Messages.dateTime(stored.savedAt())));
				}
			}
			if (unsaved != null) {
				versions.add(unsaved);
				names.add(Messages.get("plan.compare.unsaved"));
			}
			for (String name : names) {
				left.add(name);
				right.add(name);
			}
			right.select(versions.size() - 1);
			left.select(Math.max(0, versions.size() - 2));
			show();
		}, failure -> {
			if (!summary.isDisposed()) {
				summary.setText(failure instanceof org.cairn.clinical.RefusedException refused
						? String.join(" ", org.cairn.ui.Problems.words(refused.problems())) : failure.getMessage());
			}
		});
	}

	private void show() {
		if (versions.isEmpty()) {
			summary.setText(Messages.get("plan.compare.none"));
			return;
		}
		ClinicalRecord before = versions.get(left.getSelectionIndex());
		ClinicalRecord after = versions.get(right.getSelectionIndex());
		List<Row> rows = CarePlanDiff.compare(before, after, id -> people.getOrDefault(id, id));
		long differences = rows.stream().filter(row -> row.change() != Change.SAME).count();
		table.setInput(onlyChanges.getSelection() ? rows.stream().filter(row -> row.change() != Change.SAME).toList() : rows);
		leftColumn.getColumn().setText(left.getText());
		rightColumn.getColumn().setText(right.getText());
		for (TableColumn column : table.getTable().getColumns()) {
			column.setToolTipText(column.getText());
		}
		summary.setText(Messages.format("plan.compare.summary", differences));
		summary.getParent().layout(true, true);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}
}
