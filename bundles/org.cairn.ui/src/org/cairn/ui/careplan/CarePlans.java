package org.cairn.ui.careplan;

import org.cairn.ui.Editors;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Opens care plans in the chart area, one editor per plan. */
public final class CarePlans {

	private CarePlans() {
	}

	/** Shows the editor of plan {@code planId} (null: a new plan for the episode), creating it when it is not open yet. */
	public static MPart open(EPartService parts, EModelService model, MApplication application, String planId, String patientId,
			String episodeId) {
		return Editors.open(parts, model, application, CarePlanEditorPart.DESCRIPTOR, CarePlanEditorPart.PLAN, planId, patientId, episodeId);
	}
}
