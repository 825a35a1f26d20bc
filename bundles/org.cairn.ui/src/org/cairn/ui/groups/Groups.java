package org.cairn.ui.groups;

import org.cairn.ui.Editors;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens group sessions in the chart area, one editor per group. */
public final class Groups {

	private Groups() {
	}

	/** Shows the editor of group {@code groupId} (null: a new group), creating it when it is not open yet. */
	public static MPart open(EPartService parts, EModelService model, MApplication application, String groupId) {
		if (groupId != null) {
			for (MPart open : parts.getParts()) {
				if (GroupSessionPart.DESCRIPTOR.equals(open.getElementId()) && groupId.equals(open.getPersistedState().get(GroupSessionPart.GROUP))) {
					parts.showPart(open, PartState.ACTIVATE);
					return open;
				}
			}
		}
		MPart part = parts.createPart(GroupSessionPart.DESCRIPTOR);
		if (groupId != null) {
			part.getPersistedState().put(GroupSessionPart.GROUP, groupId);
		}
		((MPartStack) model.find(Editors.CHART_STACK, application)).getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
