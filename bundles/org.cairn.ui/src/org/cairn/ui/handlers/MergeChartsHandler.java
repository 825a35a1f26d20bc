package org.cairn.ui.handlers;

import org.cairn.clinical.Intake;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.intake.MergeChartsDialog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File › Merge Duplicate Chart…: for those who register patients (intake), who are the ones to find a person
 * registered twice. The chart in front, if any, is offered as the duplicate; the kept chart opens once merged.
 */
public class MergeChartsHandler {

	@CanExecute
	public boolean canExecute(@Optional Session session) {
		return session != null && session.has(Permission.PATIENT_REGISTER);
	}

	@Execute
	public void execute(@Named("activeShell") Shell shell, StoreAccess store, @Service Intake intake, Session session, MApplication application,
			IEventBroker events, @Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		// the chart in front, when one is open, is offered as the duplicate (intake, who see no charts, type both MRNs)
		open(shell, store, intake, session, application, events, chart == null ? null : chart.patient().getMrn());
	}

	private static void open(Shell shell, StoreAccess store, Intake intake, Session session, MApplication application, IEventBroker events,
			String mrn) {
		if (shell.isDisposed()) {
			return;
		}
		new MergeChartsDialog(shell, store, intake, session, mrn, kept -> {
			application.getContext().set(CairnUi.ACTIVE_EPISODE, null);
			application.getContext().set(CairnUi.ACTIVE_PATIENT, kept);
			events.post(CairnUi.TOPIC_RECORDS_CHANGED, kept);
			events.post(CairnUi.TOPIC_STATUS_MESSAGE, Messages.get("merge.done"));
		}).open();
	}
}
