package org.cairn.ui.parts;

import org.cairn.ui.widgets.EmptyState;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * The right area: what a clinician needs at a glance for the open chart (alerts, active objectives, latest
 * scores, days in treatment).
 */
public class ContextPart {

	private EmptyState emptyState;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		emptyState = new EmptyState(parent, "context.empty", "Nothing at a glance yet",
				"Alerts, active objectives, latest scores and days in treatment for the open chart appear here.",
				"Ctrl+3 brings you here");
	}

	@Focus
	public void setFocus() {
		emptyState.setFocus();
	}
}
