package org.cairn.ui.handlers;

import org.cairn.forms.FormRegistry;
import org.cairn.ui.Messages;
import org.cairn.ui.forms.FormListDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** View › Assessment Forms: the installed forms with their origin, version, licence and state. */
public class FormListHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell, @Optional FormRegistry forms) {
		if (forms == null) {
			MessageDialog.openError(shell, Messages.get("formList.title"), Messages.get("assessment.noRegistry"));
			return;
		}
		new FormListDialog(shell, forms).open();
	}
}
