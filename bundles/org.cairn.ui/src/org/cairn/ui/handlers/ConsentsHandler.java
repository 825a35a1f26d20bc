package org.cairn.ui.handlers;

import org.cairn.clinical.Consents;
import org.cairn.export.Releases;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.consent.ConsentsDialog;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Chart › Consents and Disclosures: the open chart's 42 CFR Part 2 consents and disclosure log. Who may read, record
 * and disclose is the services' to decide ({@link Consents}, {@link Releases}); the menu item is offered to those who
 * read clinical records.
 */
public class ConsentsHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, @Optional Session session) {
		return chart != null && session != null && session.has(Permission.CLINICAL_READ);
	}

	@Execute
	public void execute(@Named("activeShell") Shell shell, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, StoreAccess store, @Service Consents consents,
			@Service Releases releases, Session session) {
		new ConsentsDialog(shell, store, consents, releases, session, chart).open();
	}
}
