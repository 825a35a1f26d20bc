package org.cairn.ui.handlers;

import org.cairn.security.Permission;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.consent.ConsentsDialog;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Chart › Consents and Disclosures: the open chart's 42 CFR Part 2 consents and disclosure log. */
public class ConsentsHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		return chart != null;
	}

	@Execute
	public void execute(@Named("activeShell") Shell shell, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, StoreAccess store) {
		if (!Access.check(shell, Permission.CLINICAL_READ, Messages.get("consents.action"), chart.patient().getId())) {
			return;
		}
		new ConsentsDialog(shell, store, chart).open();
	}
}
