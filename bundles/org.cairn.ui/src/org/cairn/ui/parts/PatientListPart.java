package org.cairn.ui.parts;

import org.cairn.ui.widgets.EmptyState;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * The left area: patient search and census. Until the record store is installed it shows why it is empty.
 */
public class PatientListPart {

	private EmptyState emptyState;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		emptyState = new EmptyState(parent, "patients.empty", "No patients to show",
				"Patients and the census of open episodes appear here once a record store is connected.",
				"Ctrl+1 brings you here from anywhere");
	}

	@Focus
	public void setFocus() {
		emptyState.setFocus();
	}
}
