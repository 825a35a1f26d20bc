package org.cairn.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.cairn.model.Alert;
import org.cairn.model.AlertKind;
import org.cairn.model.CairnFactory;
import org.cairn.model.CairnPackage;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.Patient;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

/** The clinical model as the store will use it: registered, serializable without loss, and validated. */
class ModelTest {

	private static final CairnFactory MAKE = CairnFactory.eINSTANCE;

	private static Patient patient() {
		Patient patient = MAKE.createPatient();
		patient.setId("p-1");
		patient.setMrn("MRN-000123");
		patient.setGivenName("Jordan");
		patient.setFamilyName("Example");
		patient.setBirthDate(LocalDate.of(1988, 2, 29));
		patient.setAdmissionNoticeGivenAt(Instant.parse("2026-11-02T09:15:00Z"));
		Alert allergy = MAKE.createAlert();
		allergy.setKind(AlertKind.ALLERGY);
		allergy.setText("Penicillin");
		patient.getAlerts().add(allergy);
		return patient;
	}

	private static EObject roundTrip(EObject record) throws Exception {
		XMIResourceImpl out = new XMIResourceImpl(URI.createURI("cairn:record/" + record.eClass().getName()));
		out.getContents().add(EcoreUtil.copy(record));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		XMIResourceImpl read = new XMIResourceImpl(URI.createURI("cairn:read"));
		read.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		String text = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("urn:cairn:model:1"), text);
		return read.getContents().get(0);
	}

	@Test
	void thePackageIsRegisteredUnderItsNamespace() {
		assertSame(CairnPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("urn:cairn:model:1"));
	}

	@Test
	void aPatientSurvivesSerializationIncludingDatesAndInstants() throws Exception {
		Patient patient = patient();
		Patient read = (Patient) roundTrip(patient);
		assertTrue(EcoreUtil.equals(patient, read), "the record read back equals the one written");
		assertEquals(LocalDate.of(1988, 2, 29), read.getBirthDate());
		assertEquals(Instant.parse("2026-11-02T09:15:00Z"), read.getAdmissionNoticeGivenAt());
	}

	@Test
	void aSoapNoteKeepsItsSectionsInOrder() throws Exception {
		SessionNote note = MAKE.createSessionNote();
		note.setId("n-1");
		note.setPatientId("p-1");
		note.setAuthorId("u-7");
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setFormat(NoteFormat.SOAP);
		for (String key : new String[] { "S", "O", "A", "P" }) {
			NoteSection section = MAKE.createNoteSection();
			section.setKey(key);
			section.setText("Section " + key);
			note.getSections().add(section);
		}
		SessionNote read = (SessionNote) roundTrip(note);
		assertEquals("S O A P", String.join(" ", read.getSections().stream().map(NoteSection::getKey).toList()));
	}

	@Test
	void dateTextIsIso8601AndEmptyTextIsNoDate() {
		assertEquals("2026-11-23", CairnFactory.eINSTANCE.convertToString(CairnPackage.Literals.DATE, LocalDate.of(2026, 11, 23)));
		assertEquals(LocalDate.of(2026, 11, 23), CairnFactory.eINSTANCE.createFromString(CairnPackage.Literals.DATE, "2026-11-23"));
		assertEquals(null, CairnFactory.eINSTANCE.createFromString(CairnPackage.Literals.DATE, ""));
		assertEquals(new BigDecimal("16.5"), org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createFromString(org.eclipse.emf.ecore.EcorePackage.Literals.EBIG_DECIMAL, "16.5"));
	}

	@Test
	void validationNamesMissingRequiredFields() {
		Patient patient = patient();
		patient.setMrn(null);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(patient);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getMessage().contains("'mrn'")),
				diagnostic.getChildren().toString());
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(patient()).getSeverity(), "a complete patient is valid");
	}
}
