package org.cairn.ui.handlers;

import org.cairn.core.Branding;
import org.cairn.ui.dialogs.AboutDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

import org.eclipse.e4.ui.services.IServiceConstants;

/** Help › About Cairn: version, licence and credits. */
public class AboutHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new AboutDialog(shell, Branding.current()).open();
	}
}
