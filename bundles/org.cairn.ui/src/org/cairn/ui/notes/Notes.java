package org.cairn.ui.notes;

import org.cairn.ui.Editors;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Opens session notes in the chart area, one editor per note. */
public final class Notes {

	private Notes() {
	}

	/** Shows the editor of note {@code noteId} (null: a new note), creating it when it is not open yet. */
	public static MPart open(EPartService parts, EModelService model, MApplication application, String noteId, String patientId,
			String episodeId) {
		return Editors.open(parts, model, application, NoteEditorPart.DESCRIPTOR, NoteEditorPart.NOTE, noteId, patientId, episodeId);
	}
}
