package org.cairn.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** File › Save (Ctrl+S): saves the active editor when it has unsaved changes. */
public class SaveHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.isDirty();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
		parts.savePart(part, false);
	}
}
