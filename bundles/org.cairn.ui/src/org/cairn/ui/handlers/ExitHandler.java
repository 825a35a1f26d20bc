package org.cairn.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File › Exit (Ctrl+Q): saves what editors hold, asking where needed, then closes the workbench. */
public class ExitHandler {

	@Execute
	public void execute(IWorkbench workbench, EPartService partService) {
		if (partService.saveAll(true)) {
			workbench.close();
		}
	}
}
