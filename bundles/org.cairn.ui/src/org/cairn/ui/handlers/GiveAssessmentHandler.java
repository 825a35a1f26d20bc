package org.cairn.ui.handlers;

import org.cairn.forms.FormRegistry;
import org.cairn.security.Permission;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.forms.GiveAssessmentDialog;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Chart › Give Assessment (Ctrl+Shift+A): any active form, answered and saved to the open chart's episode. */
public class GiveAssessmentHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		return chart != null && chart.episode() != null;
	}

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, StoreAccess store, IEventBroker events,
			@Optional FormRegistry forms, @org.eclipse.e4.core.di.extensions.Service org.cairn.clinical.Assessments assessments,
			org.cairn.security.Session session) {
		if (!Access.check(shell, accounts, session, Permission.ASSESSMENT_GIVE, "give an assessment", chart.patient().getId())) {
			return;
		}
		if (forms == null) {
			MessageDialog.openError(shell, Messages.get("assessment.title"), Messages.get("assessment.noRegistry"));
			return;
		}
		new GiveAssessmentDialog(shell, forms, chart, store, assessments, session, events, null).open();
	}
}
