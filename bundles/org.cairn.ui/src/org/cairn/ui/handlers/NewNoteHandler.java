package org.cairn.ui.handlers;

import org.cairn.security.Permission;
import org.cairn.ui.CairnUi;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.notes.Notes;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Chart › New Session Note (Ctrl+Shift+N): a note for the open chart's episode, in an editor beside the chart. */
public class NewNoteHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		return chart != null && chart.episode() != null;
	}

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, org.cairn.security.Session session, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, EPartService parts, EModelService model, MApplication application) {
		if (!Access.check(shell, accounts, session, Permission.NOTE_WRITE, "write a session note", chart.patient().getId())) {
			return;
		}
		Notes.open(parts, model, application, null, chart.patient().getId(), chart.episode().getId());
	}
}
