package org.cairn.ui.parts;

import org.cairn.ui.widgets.EmptyState;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * The centre area: the open patient's chart (timeline, care plan, notes, assessments, medications). With no
 * chart open it says how to open one.
 */
public class ChartPart {

	private EmptyState emptyState;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		emptyState = new EmptyState(parent, "chart.empty", "No chart open",
				"Choose a patient in the patient list to open their chart: timeline, care plan, session notes, "
						+ "assessments and medications.",
				"Ctrl+2 brings you here");
	}

	@Focus
	public void setFocus() {
		emptyState.setFocus();
	}
}
