package org.cairn.ui.notes;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens session notes in the chart area, one editor per note. */
public final class Notes {

	/** The part stack of the chart area, where notes open beside the chart. */
	public static final String CHART_STACK = "org.cairn.app.partstack.chart";

	private Notes() {
	}

	/** Shows the editor of note {@code noteId} (null: a new note), creating it when it is not open yet. */
	public static MPart open(EPartService parts, EModelService model, MApplication application, String noteId, String patientId,
			String episodeId) {
		if (noteId != null) {
			for (MPart open : parts.getParts()) {
				if (NoteEditorPart.DESCRIPTOR.equals(open.getElementId()) && noteId.equals(open.getPersistedState().get(NoteEditorPart.NOTE))) {
					parts.showPart(open, PartState.ACTIVATE);
					return open;
				}
			}
		}
		MPart part = parts.createPart(NoteEditorPart.DESCRIPTOR);
		if (noteId != null) {
			part.getPersistedState().put(NoteEditorPart.NOTE, noteId);
		}
		part.getPersistedState().put(NoteEditorPart.PATIENT, patientId);
		if (episodeId != null) {
			part.getPersistedState().put(NoteEditorPart.EPISODE, episodeId);
		}
		MPartStack stack = (MPartStack) model.find(CHART_STACK, application);
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
