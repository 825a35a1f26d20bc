package org.cairn.ui.forms;

import java.util.List;

import org.cairn.forms.FormRegistry;
import org.cairn.forms.FormRegistry.Entry;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * View › Assessment Forms: every installed form with its version, state, category, origin and licence; the selected
 * form's faults (for a broken contribution: bundle, file, place) or licence in full below. It follows plugins
 * installed or removed while it is open. Widget ids: {@code forms.table}, {@code forms.details}.
 */
public class FormListDialog extends Dialog {

	private final FormRegistry forms;
	private final Runnable refresh = this::refreshLater;
	private Table table;
	private Text details;
	private List<Entry> shown = List.of();

	public FormListDialog(Shell parent, FormRegistry forms) {
		super(parent);
		this.forms = forms;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("formList.title"));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(980, 560);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.get("formList.intro"));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 900;
		intro.setLayoutData(introData);
		table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(CairnUi.WIDGET_ID, "forms.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] keys = { "id", "version", "state", "category", "name", "from" };
		int[] widths = { 150, 70, 80, 110, 320, 220 };
		for (int i = 0; i < keys.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.get("formList.column." + keys[i]));
			column.setWidth(widths[i]);
		}
		details = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		details.setData(CairnUi.WIDGET_ID, "forms.details");
		GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false);
		detailsData.heightHint = 90;
		details.setLayoutData(detailsData);
		table.addListener(SWT.Selection, event -> showDetails());
		fill();
		forms.addListener(refresh);
		area.addListener(SWT.Dispose, event -> forms.removeListener(refresh));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void refreshLater() {
		if (table != null && !table.isDisposed()) {
			table.getDisplay().asyncExec(() -> {
				if (!table.isDisposed()) {
					fill();
				}
			});
		}
	}

	private void fill() {
		shown = forms.forms();
		table.removeAll();
		for (Entry entry : shown) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.id(), entry.version(), Messages.get("formList.state." + entry.state().name()),
					entry.category() == null ? "" : entry.category(), entry.name(), entry.bundle() });
			if (entry.state() == FormRegistry.State.BROKEN) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		long active = shown.stream().filter(entry -> entry.state() == FormRegistry.State.ACTIVE).count();
		details.setText(Messages.format("formList.summary", shown.size(), active));
	}

	private void showDetails() {
		int index = table.getSelectionIndex();
		if (index < 0 || index >= shown.size()) {
			return;
		}
		Entry entry = shown.get(index);
		StringBuilder text = new StringBuilder(Messages.format("formList.licence", entry.licence() == null ? "" : entry.licence()));
		if (entry.definitionPath() != null) {
			text.append('\n').append(Messages.format("formList.definition", entry.definitionPath(), entry.hasScorer() ? Messages.get("formList.ownScorer") : ""));
		}
		for (String problem : entry.problems()) {
			text.append('\n').append(problem);
		}
		details.setText(text.toString());
	}
}
