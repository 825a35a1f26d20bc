package org.cairn.ui.handlers;

import org.cairn.ui.Undoable;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Edit › Undo (Ctrl+Z) and Edit › Redo (Ctrl+Y): the active editor's last change, when it keeps them. */
public class UndoHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.getObject() instanceof Undoable editor && editor.canUndo();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (part.getObject() instanceof Undoable editor) {
			editor.undo();
		}
	}

	/** Edit › Redo. */
	public static class Redo {

		@CanExecute
		public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			return part != null && part.getObject() instanceof Undoable editor && editor.canRedo();
		}

		@Execute
		public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
			if (part.getObject() instanceof Undoable editor) {
				editor.redo();
			}
		}
	}
}
