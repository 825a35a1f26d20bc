package org.cairn.ui.groups;

import org.cairn.ui.Editors;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Opens group sessions in the chart area, one editor per group. */
public final class Groups {

	private Groups() {
	}

	/** Shows the editor of group {@code groupId} (null: a new group), creating it when it is not open yet. */
	public static MPart open(EPartService parts, EModelService model, MApplication application, String groupId) {
		return Editors.open(parts, model, application, GroupSessionPart.DESCRIPTOR, GroupSessionPart.GROUP, groupId, null, null);
	}
}
