package org.cairn.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.cairn.export.FhirExport;
import org.cairn.export.Selection;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditQuery;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The FHIR R4 export, on a real H2 database: the JSON HAPI writes parses back with HAPI into a Bundle whose
 * resources say what the records say, refer to each other inside the Bundle, and carry the LOINC codes CLINICAL.md
 * gives.
 */
class FhirExportTest extends OnAChart {

	FhirExport export;

	@BeforeEach
	void export() {
		export = new FhirExport(store, Chart::staff, Chart::form, CLOCK);
	}

	@Test
	void theBundleRoundTripsThroughHapisParser() throws IOException {
		StringWriter json = new StringWriter();
		export.write(Chart.PATIENT, Selection.all(), new org.cairn.export.RecordExport.Producer("", "counsellor-1", "Sam Rivera"), json, new NullProgressMonitor());
		assertFalse(json.toString().contains("\"text\": {\n"), "no generated narrative");
		Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, json.toString());
		assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());

		Patient patient = one(bundle, Patient.class);
		assertEquals("Łukasiewicz-Ortega", patient.getNameFirstRep().getFamily());
		assertEquals("Zoë", patient.getNameFirstRep().getGivenAsSingleString());
		assertEquals("1991-03-14", patient.getBirthDateElement().getValueAsString());
		assertEquals("TEST-0042", patient.getIdentifier().stream().filter(i -> FhirExport.MRN.equals(i.getSystem())).findFirst().orElseThrow().getValue());
		String patientUrl = fullUrl(bundle, patient);

		EpisodeOfCare episode = one(bundle, EpisodeOfCare.class);
		assertEquals(patientUrl, episode.getPatient().getReference(), "the episode refers to the patient inside the bundle");
		assertEquals(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE, episode.getStatus());
		assertEquals("OPIOID_TREATMENT_PROGRAM", episode.getTypeFirstRep().getCodingFirstRep().getCode());
		assertEquals("2026-09-01", episode.getPeriod().getStartElement().getValueAsString());
		assertEquals(2, episode.getExtensionsByUrl(FhirExport.PHASE_EXTENSION).size(), "intake and stabilisation");

		CarePlan plan = one(bundle, CarePlan.class);
		assertEquals(CarePlan.CarePlanStatus.ACTIVE, plan.getStatus());
		assertEquals(patientUrl, plan.getSubject().getReference());
		Goal goal = (Goal) plan.getContained().stream().filter(Goal.class::isInstance).findFirst().orElseThrow();
		assertEquals("Four consecutive weekly screens negative for non-prescribed opioids", goal.getDescription().getText());
		assertEquals("Relapse prevention counselling, weekly", plan.getActivityFirstRep().getDetail().getDescription());

		QuestionnaireResponse phq9 = one(bundle, QuestionnaireResponse.class);
		assertEquals(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED, phq9.getStatus());
		assertEquals(9, phq9.getItem().size());
		assertEquals("phq9.1", phq9.getItemFirstRep().getLinkId());
		assertEquals("Little interest or pleasure in doing things", phq9.getItemFirstRep().getText());
		assertEquals("2", phq9.getItemFirstRep().getAnswerFirstRep().getValueCoding().getCode());
		assertEquals("More than half the days", phq9.getItemFirstRep().getAnswerFirstRep().getValueCoding().getDisplay());

		Observation total = all(bundle, Observation.class).stream().filter(o -> o.getCode().getCoding().stream().anyMatch(c -> "44261-6".equals(c.getCode())))
				.findFirst().orElseThrow(() -> new AssertionError("a PHQ-9 total with LOINC 44261-6"));
		assertEquals("http://loinc.org", total.getCode().getCodingFirstRep().getSystem());
		assertEquals(11, total.getValueIntegerType().getValue());
		assertEquals("Moderate", total.getInterpretationFirstRep().getText());
		assertEquals(fullUrl(bundle, phq9), total.getDerivedFromFirstRep().getReference(), "the score is derived from the response");

		Observation fentanyl = all(bundle, Observation.class).stream().filter(o -> "59673-4".equals(o.getCode().getCodingFirstRep().getCode())).findFirst()
				.orElseThrow();
		assertEquals("NEG", fentanyl.getInterpretationFirstRep().getCodingFirstRep().getCode());

		List<MedicationRequest> requests = all(bundle, MedicationRequest.class);
		assertEquals(2, requests.size(), "the order and the taper");
		MedicationRequest order = requests.stream().filter(r -> r.getIntent() == MedicationRequest.MedicationRequestIntent.ORDER).findFirst().orElseThrow();
		MedicationRequest taper = requests.stream().filter(r -> r.getIntent() == MedicationRequest.MedicationRequestIntent.PLAN).findFirst().orElseThrow();
		assertEquals(fullUrl(bundle, order), taper.getBasedOnFirstRep().getReference(), "the taper is based on its order");
		assertEquals(List.of("1 14 2026-12-01..2026-12-14", "2 12 2026-12-15..2027-01-04", "3 10 2027-01-05.."), taper.getDosageInstruction().stream()
				.map(d -> d.getSequence() + " " + d.getDoseAndRateFirstRep().getDoseQuantity().getValue().toPlainString() + " "
						+ d.getTiming().getRepeat().getBoundsPeriod().getStartElement().getValueAsString() + ".."
						+ (d.getTiming().getRepeat().getBoundsPeriod().hasEnd() ? d.getTiming().getRepeat().getBoundsPeriod().getEndElement().getValueAsString() : ""))
				.toList());
		org.hl7.fhir.r4.model.MedicationDispense kit = one(bundle, org.hl7.fhir.r4.model.MedicationDispense.class);
		assertEquals("1725059", kit.getMedicationCodeableConcept().getCodingFirstRep().getCode());
		assertEquals("Family: Marta (sister)", kit.getReceiverFirstRep().getDisplay());
		assertEquals(0, new BigDecimal("2").compareTo(kit.getQuantity().getValue()));
		assertEquals(MedicationRequest.MedicationRequestStatus.ACTIVE, order.getStatus());
		assertEquals("1010600", order.getMedicationCodeableConcept().getCodingFirstRep().getCode());
		assertEquals(0, new BigDecimal("16").compareTo(order.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getValue()));
		List<MedicationAdministration> doses = all(bundle, MedicationAdministration.class);
		assertEquals(2, doses.size());
		MedicationAdministration dose = doses.get(0);
		assertEquals(MedicationAdministration.MedicationAdministrationStatus.COMPLETED, dose.getStatus());
		assertEquals(fullUrl(bundle, order), dose.getRequest().getReference(), "the dose refers to its order");
		MedicationAdministration missed = doses.get(1);
		assertEquals(MedicationAdministration.MedicationAdministrationStatus.NOTDONE, missed.getStatus());
		assertEquals("Missed: Intoxicated", missed.getStatusReasonFirstRep().getText());

		DocumentReference note = one(bundle, DocumentReference.class);
		assertEquals("11506-3", note.getType().getCodingFirstRep().getCode(), "a progress note");
		assertEquals(DocumentReference.ReferredDocumentStatus.AMENDED, note.getDocStatus(), "signed, with an addendum");
		String noteText = new String(note.getContentFirstRep().getAttachment().getData(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(noteText.startsWith("Data\nClient reports sleeping six hours; no use since admission."), noteText);
		assertTrue(noteText.contains("Client called to say the evening group time suits her."), "the addendum travels with the note");
		assertEquals(patientUrl, note.getSubject().getReference());

		Observation pulse = all(bundle, Observation.class).stream().filter(o -> "8867-4".equals(o.getCode().getCodingFirstRep().getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("the pulse as a vital sign"));
		assertEquals("vital-signs", pulse.getCategoryFirstRep().getCodingFirstRep().getCode());
		assertEquals(0, new BigDecimal("92").compareTo(pulse.getValueQuantity().getValue()));
		Observation pressure = all(bundle, Observation.class).stream().filter(o -> "85354-9".equals(o.getCode().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow();
		assertEquals(List.of("8480-6 136", "8462-4 84"), pressure.getComponent().stream()
				.map(c -> c.getCode().getCodingFirstRep().getCode() + " " + c.getValueQuantity().getValue().toPlainString()).toList());

		Consent consent = one(bundle, Consent.class);
		assertEquals(Consent.ConsentState.ACTIVE, consent.getStatus());
		assertEquals("42CFRPart2", consent.getPolicyRule().getCodingFirstRep().getCode());
		assertEquals(Chart.RECIPIENT, consent.getProvision().getActorFirstRep().getReference().getDisplay());
		assertEquals("2027-06-01", consent.getProvision().getPeriod().getEndElement().getValueAsString());

		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			assertTrue(entry.getFullUrl().startsWith("urn:uuid:"), entry.getFullUrl());
		}
		assertEquals(1, store.auditEntries(new AuditQuery(Chart.PATIENT, null, Action.EXPORT, null, null, 10)).size(), "the export is audited");
	}

	@Test
	void aSelectionLeavesTheRestOut() {
		Bundle bundle = export.bundle(Chart.PATIENT, Selection.only(Set.of(Chart.SCREEN)), new NullProgressMonitor());
		assertEquals(1, all(bundle, Patient.class).size(), "the patient always");
		assertEquals(2, all(bundle, Observation.class).size(), "the screen's two analytes");
		assertTrue(all(bundle, QuestionnaireResponse.class).isEmpty());
		assertTrue(all(bundle, MedicationRequest.class).isEmpty());
	}

	private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
	}

	private static <T extends Resource> T one(Bundle bundle, Class<T> type) {
		List<T> found = all(bundle, type);
		assertEquals(1, found.size(), type.getSimpleName());
		return found.get(0);
	}

	private static String fullUrl(Bundle bundle, Resource resource) {
		return bundle.getEntry().stream().filter(e -> e.getResource() == resource).findFirst().orElseThrow().getFullUrl();
	}
}
