package org.cairn.app.internal;

import org.cairn.core.Branding;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Start-up of the workstation. Puts the product's branding in the application context and makes the main
 * window's title the product name. The title never carries patient data: it shows in task bars, window
 * switchers and screen-sharing pickers.
 */
public class LifeCycle {

	/** Element id of the main window in Application.e4xmi. */
	public static final String MAIN_WINDOW_ID = "org.cairn.app.window.main";

	private Branding branding;

	@PostContextCreate
	void postContextCreate(IEclipseContext context) {
		branding = Branding.current();
		context.set(Branding.class, branding);
	}

	@ProcessAdditions
	void processAdditions(MApplication application, EModelService modelService) {
		MWindow main = (MWindow) modelService.find(MAIN_WINDOW_ID, application);
		if (main != null) {
			main.setLabel(branding.name());
		}
	}
}
