package org.cairn.ui.handlers;

import org.cairn.ui.groups.Groups;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File › New Group Session (Ctrl+Shift+G): a group written once, with a note for everyone who came. */
public class NewGroupHandler {

	@Execute
	public void execute(EPartService parts, EModelService model, MApplication application) {
		Groups.open(parts, model, application, null);
	}
}
