package org.cairn.ui.handlers;

import org.cairn.security.Permission;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Editors;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.security.Access;
import org.cairn.ui.trends.TrendsPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Chart › Trends (Ctrl+Shift+T): the open chart's flowsheet, scores over time and doses, beside the chart. */
public class TrendsHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		return chart != null;
	}

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, org.cairn.security.Session session, EPartService parts, EModelService model, MApplication application) {
		if (!Access.check(shell, accounts, session, Permission.CLINICAL_READ, "open trends", null)) {
			return;
		}
		Editors.showView(parts, model, application, TrendsPart.ID);
	}
}
