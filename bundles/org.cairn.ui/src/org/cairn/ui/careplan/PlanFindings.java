package org.cairn.ui.careplan;

import java.util.List;
import java.util.function.Consumer;

import org.cairn.clinical.CarePlanRules.Finding;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Below the care plan, what a supervisor would ask to fix ({@link org.cairn.clinical.CarePlanRules}), in words; Enter
 * or a double click on a finding leads to the element it is about.
 */
final class PlanFindings {

	private final Label summary;
	private final TableViewer table;

	/** The findings in {@code parent}; {@code open} gets the finding the person chose. */
	PlanFindings(Composite parent, Consumer<Finding> open) {
		summary = new Label(parent, SWT.WRAP);
		summary.setData(CairnUi.WIDGET_ID, "plan.findings.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setData(CairnUi.WIDGET_ID, "plan.findings");
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = 90;
		table.getTable().setLayoutData(data);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return PlanWords.text((Finding) element);
			}
		});
		table.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Finding finding) {
				open.accept(finding);
			}
		});
	}

	/** Shows {@code findings}; the table is hidden when there are none. */
	void show(List<Finding> findings) {
		table.setInput(findings);
		((GridData) table.getTable().getLayoutData()).exclude = findings.isEmpty();
		table.getTable().setVisible(!findings.isEmpty());
		summary.setText(findings.isEmpty() ? Messages.get("plan.findings.none") : Messages.format("plan.findings.some", findings.size()));
	}
}
