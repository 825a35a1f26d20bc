package org.cairn.ui.handlers;

import org.cairn.security.Permission;
import org.cairn.ui.groups.Groups;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File › New Group Session (Ctrl+Shift+G): a group written once, with a note for everyone who came. */
public class NewGroupHandler {

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, org.cairn.security.Session session, EPartService parts, EModelService model, MApplication application) {
		if (!Access.check(shell, accounts, session, Permission.NOTE_WRITE, "document a group session", null)) {
			return;
		}
		Groups.open(parts, model, application, null);
	}
}
