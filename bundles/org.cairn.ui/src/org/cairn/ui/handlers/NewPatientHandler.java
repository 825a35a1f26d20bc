package org.cairn.ui.handlers;

import java.util.List;

import org.cairn.clinical.Intake;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.intake.IntakeDialog;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File › New Patient (Ctrl+N): intake of a new patient and their first episode; their chart opens afterwards. */
public class NewPatientHandler {

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, StoreAccess store, @Service Intake intake, @Service org.cairn.clinical.Charts charts, Session session,
			MApplication application, IEventBroker events) {
		if (!Access.check(shell, accounts, session, Permission.PATIENT_REGISTER, "register a new patient", null)) {
			return;
		}
		// The care teams offered as counsellors are read first, in a job like every store call.
		store.call(org.cairn.ui.Messages.get("intake.job.staff"), () -> charts.careTeamStaff(session),
				staff -> open(shell, store, intake, session, application, events, staff),
				failure -> MessageDialog.openError(shell, org.cairn.ui.Messages.get("intake.title"), failure.message()));
	}

	private static void open(Shell shell, StoreAccess store, Intake intake, Session session, MApplication application, IEventBroker events,
			List<String> staff) {
		if (shell.isDisposed()) {
			return;
		}
		new IntakeDialog(shell, store, intake, session, staff, (patientId, isNew) -> {
			application.getContext().set(CairnUi.ACTIVE_EPISODE, null);
			application.getContext().set(CairnUi.ACTIVE_PATIENT, patientId);
			events.post(CairnUi.TOPIC_RECORDS_CHANGED, patientId);
			// said once it is done: the new chart is stored and opens
			events.post(CairnUi.TOPIC_STATUS_MESSAGE, org.cairn.ui.Messages.get(isNew ? "intake.stored" : "intake.openedExisting"));
		}).open();
	}
}
