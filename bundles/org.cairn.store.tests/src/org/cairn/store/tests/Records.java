package org.cairn.store.tests;

import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.CairnFactory;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.Patient;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;

/** Small, obviously fictional records for the store tests. */
final class Records {

	private Records() {
	}

	static Patient patient(String id, String given, String family, String mrn, LocalDate born) {
		Patient patient = CairnFactory.eINSTANCE.createPatient();
		patient.setId(id);
		patient.setGivenName(given);
		patient.setFamilyName(family);
		patient.setMrn(mrn);
		patient.setBirthDate(born);
		return patient;
	}

	static SessionNote note(String id, String patientId, Instant at, String text) {
		SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId(id);
		note.setPatientId(patientId);
		note.setAuthorId("u-counsellor");
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setFormat(NoteFormat.DAP);
		note.setStatus(NoteStatus.DRAFT);
		note.setStartedAt(at);
		for (String key : new String[] { "D", "A", "P" }) {
			NoteSection section = CairnFactory.eINSTANCE.createNoteSection();
			section.setKey(key);
			section.setText(text + " (" + key + ")");
			note.getSections().add(section);
		}
		return note;
	}
}
