package org.cairn.ui.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.model.CairnFactory;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.SessionNote;
import org.cairn.ui.Messages;

/**
 * The sections each note format has (CLINICAL.md): SOAP, DAP, BIRP, GIRP, and a narrative. Changing a note's
 * format keeps the text of sections the formats share (the Plan, say) and never drops text: a section the new
 * format lacks is kept, under its old heading, after the new ones.
 */
public final class NoteFormats {

	private static final Map<NoteFormat, List<String>> SECTIONS = Map.of(
			NoteFormat.SOAP, List.of("S", "O", "A", "P"),
			NoteFormat.DAP, List.of("D", "A", "P"),
			NoteFormat.BIRP, List.of("B", "I", "R", "P"),
			NoteFormat.GIRP, List.of("G", "I", "R", "P"),
			NoteFormat.NARRATIVE, List.of("N"));

	private NoteFormats() {
	}

	/** The section keys of {@code format}, in order. */
	public static List<String> keys(NoteFormat format) {
		return SECTIONS.getOrDefault(format, List.of("N"));
	}

	/** The heading of section {@code key} ("Subjective"...). */
	public static String heading(String key) {
		return Messages.get("note.section." + key);
	}

	/** Gives {@code note} the sections of {@code format}, keeping every word already written. */
	public static void apply(SessionNote note, NoteFormat format) {
		Map<String, NoteSection> old = new LinkedHashMap<>();
		for (NoteSection section : note.getSections()) {
			old.put(section.getKey(), section);
		}
		List<NoteSection> sections = new ArrayList<>();
		for (String key : keys(format)) {
			NoteSection section = old.remove(key);
			if (section == null) {
				section = CairnFactory.eINSTANCE.createNoteSection();
				section.setKey(key);
				section.setText("");
			}
			section.setHeading(heading(key));
			sections.add(section);
		}
		for (NoteSection kept : old.values()) {
			if (kept.getText() != null && !kept.getText().isBlank()) {
				sections.add(kept);
			}
		}
		note.setFormat(format);
		note.getSections().clear();
		note.getSections().addAll(sections);
	}
}
