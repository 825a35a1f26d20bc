package org.cairn.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * Go to Area (Ctrl+1, Ctrl+2, Ctrl+3): activates the patient list, the chart or the context area so that the
 * keyboard works there at once.
 */
public class FocusAreaHandler {

	/** The command parameter naming the part to activate. */
	public static final String AREA_PARAMETER = "org.cairn.app.command.focusArea.area";

	@CanExecute
	public boolean canExecute(@Named(AREA_PARAMETER) String areaId, EPartService partService) {
		return partService.findPart(areaId) != null;
	}

	@Execute
	public void execute(@Named(AREA_PARAMETER) String areaId, EPartService partService) {
		MPart part = partService.findPart(areaId);
		if (part != null) {
			partService.activate(part, true);
		}
	}
}
