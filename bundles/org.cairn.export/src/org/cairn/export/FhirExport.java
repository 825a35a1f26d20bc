package org.cairn.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.cairn.forms.FormDefinition;
import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CarePlan;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Code;
import org.cairn.model.ConsentStatus;
import org.cairn.model.ContactDetails;
import org.cairn.model.DoseAdministration;
import org.cairn.model.EmergencyContact;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.PatientStatus;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Problem;
import org.cairn.model.ScreenResult;
import org.cairn.model.SessionNote;
import org.cairn.model.SubscaleScore;
import org.cairn.model.TaperSchedule;
import org.cairn.model.UrineDrugScreen;
import org.cairn.model.VitalSigns;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.context.FhirContext;

/**
 * A patient's records as a FHIR R4 Bundle (type collection), built with HAPI FHIR's model and written with its JSON
 * parser: Patient, EpisodeOfCare, CarePlan (problems and objectives as contained Condition and Goal),
 * QuestionnaireResponse and an Observation per score, drug screen results and vital signs as Observations, session notes
 * as DocumentReference, MedicationRequest (orders, and tapers as plans), MedicationAdministration, MedicationDispense
 * (naloxone kits) and Consent. Every resource carries its Cairn record id as an identifier, and entries refer
 * to each other by {@code urn:uuid} full URLs. The mapping is documented in docs/FHIR.md.
 */
public final class FhirExport {

	/** The identifier system of Cairn record ids. */
	public static final String RECORD_ID = "urn:cairn:record-id";
	/** The identifier system of medical record numbers. */
	public static final String MRN = "urn:cairn:mrn";
	/** Cairn's own codes: scores of forms ("phq9.total"), programmes, phases. */
	public static final String SCORE_CODES = "urn:cairn:score";
	public static final String PROGRAMME_CODES = "urn:cairn:programme";
	public static final String PHASE_EXTENSION = "urn:cairn:fhir:episode-phase";
	public static final String LOINC = "http://loinc.org";
	private static final String US_CORE_BIRTH_SEX = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex";

	/** Total scores with a LOINC code (CLINICAL.md): PHQ-9 44261-6, GAD-7 70274-6. */
	private static final Map<String, String> TOTAL_LOINC = Map.of("phq9", "44261-6", "gad7", "70274-6");

	private static FhirContext context;

	private final RecordStore store;
	private final Function<String, String> staff;
	private final FormLookup forms;
	private final Clock clock;
	private final Map<String, String> fullUrls = new HashMap<>();

	public FhirExport(RecordStore store, Function<String, String> staff, FormLookup forms, Clock clock) {
		this.store = store;
		this.staff = staff;
		this.forms = forms;
		this.clock = clock;
	}

	/**
	 * HAPI's R4 context: expensive to make (it scans the model), so made once. HAPI finds its R4 structures by class
	 * name through its dynamic imports, so this bundle's manifest imports {@code org.hl7.fhir.r4.hapi.ctx}: that keeps
	 * the structures bundle resolved wherever Cairn runs.
	 */
	public static synchronized FhirContext context() {
		if (context == null) {
			ClassLoader previous = Thread.currentThread().getContextClassLoader();
			try {
				Thread.currentThread().setContextClassLoader(FhirExport.class.getClassLoader());
				context = FhirContext.forR4();
			} finally {
				Thread.currentThread().setContextClassLoader(previous);
			}
		}
		return context;
	}

	/**
	 * Writes the Bundle of {@code patientId}'s selected records as JSON and audits it as EXPORT.
	 *
	 * @param by who exports, and why
	 */
	public void write(String patientId, Selection selection, RecordExport.Producer by, Writer out, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Bundle bundle = bundle(patientId, selection, progress.split(8));
		context().newJsonParser().setPrettyPrint(true).encodeResourceToWriter(bundle, out);
		out.flush();
		progress.worked(2);
		store.audit(AuditEvent.of(by.userId(), AuditEvent.Action.EXPORT, patientId, null).with(AuditEvent.Outcome.SUCCESS,
				"FHIR R4 bundle, " + (bundle.getEntry().size()) + " resources, " + selection.describe(new Words(clock.getZone())).toLowerCase(java.util.Locale.ROOT)
						+ by.because()));
	}

	/** The Bundle of {@code patientId}'s selected records (not audited: {@link #write} is). */
	public Bundle bundle(String patientId, Selection selection, IProgressMonitor monitor) {
		fullUrls.clear();
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		ChartRecords chart = ChartRecords.read(store, patientId, selection, clock.getZone(), progress.split(1));
		org.cairn.model.Patient patient = chart.patient();
		List<StoredRecord<ClinicalRecord>> records = chart.records();
		SubMonitor building = SubMonitor.convert(progress.split(1), records.size());
		// every record's full URL first, so that references can point forwards (a dose to its order, say)
		fullUrls.put(patientId, urn("Patient", patientId));
		for (StoredRecord<ClinicalRecord> stored : records) {
			fullUrls.put(stored.record().getId(), urn(stored.record().eClass().getName(), stored.record().getId()));
		}
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(Date.from(clock.instant()));
		bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID()));
		add(bundle, patient(patient), patientId);
		for (StoredRecord<ClinicalRecord> stored : records) {
			if (building.isCanceled()) {
				throw new OperationCanceledException();
			}
			ClinicalRecord record = stored.record();
			switch (record) {
			case EpisodeOfCare episode -> add(bundle, episode(episode, patientId), record.getId());
			case CarePlan plan -> add(bundle, carePlan(plan, patientId), record.getId());
			case AssessmentResponse response -> {
				add(bundle, questionnaireResponse(response, patientId), record.getId());
				scores(bundle, response, patientId);
			}
			case MedicationOrder order -> add(bundle, medicationRequest(order, patientId), record.getId());
			case DoseAdministration dose -> add(bundle, medicationAdministration(dose, patientId, records), record.getId());
			case UrineDrugScreen screen -> screen(bundle, screen, patientId);
			case org.cairn.model.Consent consent -> add(bundle, consent(consent, patientId), record.getId());
			case SessionNote note -> add(bundle, documentReference(note, patientId), record.getId());
			case VitalSigns vitals -> vitals(bundle, vitals, patientId);
			case NaloxoneDispense naloxone -> add(bundle, medicationDispense(naloxone, patientId), record.getId());
			case TaperSchedule taper -> add(bundle, taper(taper, patientId, records), record.getId());
			default -> {
				// not mapped (the disclosure log, a facility's own kinds): docs/FHIR.md says so
			}
			}
			building.worked(1);
		}
		return bundle;
	}

	private void add(Bundle bundle, Resource resource, String recordId) {
		String url = fullUrls.computeIfAbsent(recordId, id -> urn(resource.fhirType(), id));
		resource.setMeta(new Meta().setSource("urn:cairn"));
		bundle.addEntry().setFullUrl(url).setResource(resource);
	}

	private static String urn(String kind, String recordId) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes((kind + "/" + recordId).getBytes(StandardCharsets.UTF_8));
	}

	private Reference ref(String recordId) {
		String url = fullUrls.get(recordId);
		return url == null ? new Reference().setIdentifier(new Identifier().setSystem(RECORD_ID).setValue(recordId)) : new Reference(url);
	}

	private static Identifier recordId(String id) {
		return new Identifier().setSystem(RECORD_ID).setValue(id);
	}

	private Reference staffRef(String userId) {
		return new Reference().setDisplay(staff.apply(userId)).setIdentifier(new Identifier().setSystem("urn:cairn:user").setValue(userId));
	}

	private org.hl7.fhir.r4.model.Patient patient(org.cairn.model.Patient patient) {
		org.hl7.fhir.r4.model.Patient fhir = new org.hl7.fhir.r4.model.Patient();
		fhir.addIdentifier(recordId(patient.getId()));
		fhir.addIdentifier().setSystem(MRN).setValue(patient.getMrn())
				.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")));
		HumanName name = fhir.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(patient.getFamilyName());
		if (patient.getGivenName() != null) {
			name.addGiven(patient.getGivenName());
		}
		if (patient.getMiddleName() != null) {
			name.addGiven(patient.getMiddleName());
		}
		if (patient.getPreferredName() != null) {
			fhir.addName().setUse(HumanName.NameUse.USUAL).addGiven(patient.getPreferredName()).setFamily(patient.getFamilyName());
		}
		if (patient.getBirthDate() != null) {
			fhir.setBirthDateElement(date(patient.getBirthDate()));
		}
		if (patient.getSexAtBirth() != null) {
			String code = switch (patient.getSexAtBirth()) {
			case FEMALE -> "F";
			case MALE -> "M";
			default -> "UNK";
			};
			fhir.addExtension(new Extension(US_CORE_BIRTH_SEX, new org.hl7.fhir.r4.model.CodeType(code)));
			fhir.setGender(switch (patient.getSexAtBirth()) {
			case FEMALE -> AdministrativeGender.FEMALE;
			case MALE -> AdministrativeGender.MALE;
			case INTERSEX -> AdministrativeGender.OTHER;
			default -> AdministrativeGender.UNKNOWN;
			});
		}
		fhir.setActive(patient.getStatus() != PatientStatus.INACTIVE);
		if (patient.getStatus() == PatientStatus.DECEASED) {
			fhir.setDeceased(new org.hl7.fhir.r4.model.BooleanType(true));
		}
		if (patient.getLanguage() != null) {
			fhir.addCommunication().setLanguage(new CodeableConcept().setText(patient.getLanguage())).setPreferred(true);
		}
		ContactDetails contact = patient.getContact();
		if (contact != null) {
			telecom(fhir.getTelecom(), ContactPoint.ContactPointSystem.PHONE, ContactPoint.ContactPointUse.HOME, contact.getPhone());
			telecom(fhir.getTelecom(), ContactPoint.ContactPointSystem.PHONE, ContactPoint.ContactPointUse.MOBILE, contact.getMobile());
			telecom(fhir.getTelecom(), ContactPoint.ContactPointSystem.EMAIL, null, contact.getEmail());
			if (!contact.getAddressLines().isEmpty() || contact.getCity() != null) {
				Address address = fhir.addAddress().setCity(contact.getCity()).setState(contact.getRegion()).setPostalCode(contact.getPostalCode())
						.setCountry(contact.getCountry());
				contact.getAddressLines().forEach(address::addLine);
			}
		}
		for (EmergencyContact each : patient.getEmergencyContacts()) {
			org.hl7.fhir.r4.model.Patient.ContactComponent component = fhir.addContact();
			component.setName(new HumanName().setText(each.getName()));
			component.addRelationship(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0131", "C", "Emergency Contact"))
					.setText(each.getRelationship()));
			telecom(component.getTelecom(), ContactPoint.ContactPointSystem.PHONE, null, each.getPhone());
		}
		return fhir;
	}

	private static void telecom(List<ContactPoint> list, ContactPoint.ContactPointSystem system, ContactPoint.ContactPointUse use, String value) {
		if (value != null && !value.isBlank()) {
			list.add(new ContactPoint().setSystem(system).setUse(use).setValue(value));
		}
	}

	private org.hl7.fhir.r4.model.EpisodeOfCare episode(EpisodeOfCare episode, String patientId) {
		org.hl7.fhir.r4.model.EpisodeOfCare fhir = new org.hl7.fhir.r4.model.EpisodeOfCare();
		fhir.addIdentifier(recordId(episode.getId()));
		fhir.setPatient(ref(patientId));
		fhir.setStatus(switch (episode.getStatus() == null ? org.cairn.model.EpisodeStatus.ACTIVE : episode.getStatus()) {
		case PLANNED -> EpisodeOfCareStatus.PLANNED;
		case ACTIVE -> EpisodeOfCareStatus.ACTIVE;
		case DISCHARGED -> EpisodeOfCareStatus.FINISHED;
		case CANCELLED -> EpisodeOfCareStatus.CANCELLED;
		case ENTERED_IN_ERROR -> EpisodeOfCareStatus.ENTEREDINERROR;
		});
		if (episode.getEnteredInError() != null) {
			fhir.setStatus(EpisodeOfCareStatus.ENTEREDINERROR);
		}
		if (episode.getProgramme() != null) {
			fhir.addType(new CodeableConcept(new Coding(PROGRAMME_CODES, episode.getProgramme().name(), Words.of(episode.getProgramme()))));
		}
		fhir.setPeriod(period(episode.getAdmittedOn(), episode.getDischargedOn()));
		for (PhaseTransition phase : episode.getPhases()) {
			Extension extension = fhir.addExtension().setUrl(PHASE_EXTENSION);
			extension.addExtension("phase", new org.hl7.fhir.r4.model.CodeType(phase.getPhase().name()));
			extension.addExtension("period", period(phase.getStartedOn(), phase.getEndedOn()));
		}
		for (org.cairn.model.Diagnosis diagnosis : episode.getDiagnoses()) {
			Condition condition = new Condition();
			condition.setId("dx" + (fhir.getDiagnosis().size() + 1));
			condition.setSubject(ref(patientId));
			condition.setCode(concept(diagnosis.getCode()));
			fhir.addContained(condition);
			fhir.addDiagnosis().setCondition(new Reference("#" + condition.getId())).setRank(diagnosis.isPrimary() ? 1 : 2);
		}
		return fhir;
	}

	private org.hl7.fhir.r4.model.CarePlan carePlan(CarePlan plan, String patientId) {
		org.hl7.fhir.r4.model.CarePlan fhir = new org.hl7.fhir.r4.model.CarePlan();
		fhir.addIdentifier(recordId(plan.getId()));
		fhir.setSubject(ref(patientId));
		fhir.setIntent(CarePlanIntent.PLAN);
		fhir.setTitle("Care plan, revision " + plan.getRevision());
		fhir.setStatus(plan.getEnteredInError() != null ? CarePlanStatus.ENTEREDINERROR : switch (plan.getStatus() == null ? org.cairn.model.CarePlanStatus.DRAFT : plan.getStatus()) {
		case DRAFT -> CarePlanStatus.DRAFT;
		case ACTIVE -> CarePlanStatus.ACTIVE;
		case SUPERSEDED, CLOSED -> CarePlanStatus.COMPLETED;
		case ENTERED_IN_ERROR -> CarePlanStatus.ENTEREDINERROR;
		});
		fhir.setPeriod(period(plan.getEffectiveFrom(), null));
		if (plan.getEpisodeId() != null) {
			fhir.addSupportingInfo(ref(plan.getEpisodeId()));
		}
		int number = 1;
		for (Problem problem : plan.getProblems()) {
			Condition condition = new Condition();
			condition.setId("problem" + number);
			condition.setSubject(ref(patientId));
			condition.setCode(new CodeableConcept().setText(problem.getStatement()));
			condition.setCategory(List.of(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item"))));
			fhir.addContained(condition);
			fhir.addAddresses(new Reference("#" + condition.getId()));
			if (problem.getGoal() != null) {
				int objectiveNumber = 1;
				for (org.cairn.model.Objective objective : problem.getGoal().getObjectives()) {
					Goal goal = new Goal();
					goal.setId("problem" + number + "-objective" + objectiveNumber++);
					goal.setSubject(ref(patientId));
					goal.setDescription(new CodeableConcept().setText(objective.getStatement()));
					goal.addNote(new Annotation(new org.hl7.fhir.r4.model.MarkdownType("Long-term goal: " + problem.getGoal().getStatement())));
					goal.addAddresses(new Reference("#" + condition.getId()));
					goal.setLifecycleStatus(switch (objective.getStatus() == null ? org.cairn.model.ObjectiveStatus.NOT_STARTED : objective.getStatus()) {
					case NOT_STARTED -> Goal.GoalLifecycleStatus.PLANNED;
					case IN_PROGRESS -> Goal.GoalLifecycleStatus.ACTIVE;
					case MET, PARTIALLY_MET, NOT_MET -> Goal.GoalLifecycleStatus.COMPLETED;
					case REVISED, DISCONTINUED -> Goal.GoalLifecycleStatus.CANCELLED;
					});
					if (objective.getTargetOn() != null || objective.getTarget() != null) {
						Goal.GoalTargetComponent target = goal.addTarget();
						if (objective.getTargetOn() != null) {
							target.setDue(date(objective.getTargetOn()));
						}
						if (objective.getTarget() != null) {
							target.setDetail(new StringType(objective.getTarget()));
						}
						if (objective.getMeasure() != null) {
							target.setMeasure(new CodeableConcept().setText(objective.getMeasure()));
						}
					}
					fhir.addContained(goal);
					fhir.addGoal(new Reference("#" + goal.getId()));
					for (org.cairn.model.Intervention intervention : objective.getInterventions()) {
						org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent detail = fhir.addActivity().getDetail();
						detail.setStatus(CarePlanActivityStatus.INPROGRESS);
						detail.setDescription(intervention.getDescription() + (intervention.getFrequency() == null ? "" : ", " + intervention.getFrequency()));
						detail.addGoal(new Reference("#" + goal.getId()));
						if (intervention.getResponsibleStaffId() != null) {
							detail.addPerformer(staffRef(intervention.getResponsibleStaffId()));
						}
					}
				}
			}
			number++;
		}
		plan.getSignatures().forEach(signature -> fhir.addContributor(staffRef(signature.getSignerId()).setDisplay(signature.getSignerName())));
		return fhir;
	}

	private org.hl7.fhir.r4.model.QuestionnaireResponse questionnaireResponse(AssessmentResponse response, String patientId) {
		Optional<FormDefinition> form = forms.definition(response.getFormId(), response.getFormVersion());
		org.hl7.fhir.r4.model.QuestionnaireResponse fhir = new org.hl7.fhir.r4.model.QuestionnaireResponse();
		fhir.setIdentifier(recordId(response.getId()));
		fhir.setQuestionnaire("urn:cairn:form:" + response.getFormId() + (response.getFormVersion() == null ? "" : "|" + response.getFormVersion()));
		fhir.setSubject(ref(patientId));
		fhir.setStatus(response.getEnteredInError() != null ? QuestionnaireResponseStatus.ENTEREDINERROR
				: switch (response.getStatus() == null ? org.cairn.model.ResponseStatus.COMPLETED : response.getStatus()) {
				case IN_PROGRESS -> QuestionnaireResponseStatus.INPROGRESS;
				case COMPLETED -> QuestionnaireResponseStatus.COMPLETED;
				case ENTERED_IN_ERROR -> QuestionnaireResponseStatus.ENTEREDINERROR;
				});
		if (response.getAdministeredAt() != null) {
			fhir.setAuthored(Date.from(response.getAdministeredAt()));
		}
		if (response.getAdministeredBy() != null) {
			fhir.setAuthor(staffRef(response.getAdministeredBy()));
		}
		for (org.cairn.model.Answer answer : response.getAnswers()) {
			Optional<FormDefinition.Item> item = form.flatMap(f -> f.item(answer.getItemId()));
			org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent fhirItem = fhir.addItem().setLinkId(answer.getItemId());
			item.ifPresent(i -> fhirItem.setText(i.text()));
			String value = answer.getValue();
			if (value == null) {
				continue;
			}
			Optional<FormDefinition.Option> option = item.flatMap(i -> i.option(value));
			if (option.isPresent()) {
				Coding coding = new Coding(null, option.get().code(), option.get().label());
				fhirItem.addAnswer().setValue(coding);
			} else if (item.map(i -> i.type().numeric()).orElse(false) && value.matches("-?\\d+(\\.\\d+)?")) {
				fhirItem.addAnswer().setValue(value.contains(".") ? new org.hl7.fhir.r4.model.DecimalType(new BigDecimal(value)) : new IntegerType(Integer.parseInt(value)));
			} else {
				fhirItem.addAnswer().setValue(new StringType(value));
			}
		}
		return fhir;
	}

	private void scores(Bundle bundle, AssessmentResponse response, String patientId) {
		if (response.getTotal() != null) {
			Optional<FormDefinition> form = forms.definition(response.getFormId(), response.getFormVersion());
			String name = form.map(FormDefinition::title).orElse(response.getFormId()) + " total score";
			CodeableConcept code = new CodeableConcept().setText(name);
			if (TOTAL_LOINC.containsKey(response.getFormId())) {
				code.addCoding(new Coding(LOINC, TOTAL_LOINC.get(response.getFormId()), name));
			}
			code.addCoding(new Coding(SCORE_CODES, response.getFormId() + ".total", name));
			add(bundle, observation(response, patientId, code, response.getTotal(), response.getBand()), response.getId() + "#total");
		}
		for (SubscaleScore subscale : response.getSubscales()) {
			if (subscale.getScore() == null) {
				continue;
			}
			String name = forms.definition(response.getFormId(), response.getFormVersion()).flatMap(f -> f.score(subscale.getSubscaleId())).map(FormDefinition.Score::name).orElse(subscale.getSubscaleId());
			CodeableConcept code = new CodeableConcept(new Coding(SCORE_CODES, response.getFormId() + "." + subscale.getSubscaleId(), name)).setText(name);
			add(bundle, observation(response, patientId, code, subscale.getScore(), subscale.getBand()), response.getId() + "#" + subscale.getSubscaleId());
		}
	}

	private org.hl7.fhir.r4.model.Observation observation(AssessmentResponse response, String patientId, CodeableConcept code, BigDecimal value, String band) {
		org.hl7.fhir.r4.model.Observation fhir = new org.hl7.fhir.r4.model.Observation();
		fhir.addIdentifier(recordId(response.getId() + "#" + code.getCoding().get(code.getCoding().size() - 1).getCode()));
		fhir.setStatus(response.getEnteredInError() != null ? ObservationStatus.ENTEREDINERROR : ObservationStatus.FINAL);
		fhir.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
		fhir.setCode(code);
		fhir.setSubject(ref(patientId));
		if (response.getAdministeredAt() != null) {
			fhir.setEffective(new DateTimeType(Date.from(response.getAdministeredAt())));
		}
		fhir.setValue(value.stripTrailingZeros().scale() <= 0 ? new IntegerType(value.intValueExact())
				: new Quantity().setValue(value).setUnit("{score}").setSystem("http://unitsofmeasure.org").setCode("{score}"));
		if (band != null) {
			fhir.addInterpretation(new CodeableConcept().setText(band));
		}
		fhir.addDerivedFrom(ref(response.getId()));
		if (response.getAdministeredBy() != null) {
			fhir.addPerformer(staffRef(response.getAdministeredBy()));
		}
		return fhir;
	}

	private void screen(Bundle bundle, UrineDrugScreen screen, String patientId) {
		for (AnalyteResult result : screen.getResults()) {
			if (result.getAnalyte() == null || result.getResult() == null || result.getResult() == ScreenResult.NOT_TESTED) {
				continue;
			}
			org.hl7.fhir.r4.model.Observation fhir = new org.hl7.fhir.r4.model.Observation();
			String key = screen.getId() + "#" + result.getAnalyte().getCode();
			fhir.addIdentifier(recordId(key));
			fhir.setStatus(screen.getEnteredInError() != null ? ObservationStatus.ENTEREDINERROR : ObservationStatus.FINAL);
			fhir.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")));
			fhir.setCode(concept(result.getAnalyte()));
			fhir.setSubject(ref(patientId));
			if (screen.getCollectedAt() != null) {
				fhir.setEffective(new DateTimeType(Date.from(screen.getCollectedAt())));
			}
			fhir.setValue(new CodeableConcept().setText(Words.of(result.getResult())));
			String interpretation = switch (result.getResult()) {
			case POSITIVE -> "POS";
			case NEGATIVE -> "NEG";
			default -> "IND";
			};
			fhir.addInterpretation(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interpretation,
					Words.of(result.getResult()))));
			if (result.isExpected()) {
				fhir.addNote().setText("Expected: explained by a prescribed medication.");
			}
			if (screen.getValidity() != null && screen.getValidity() != org.cairn.model.SpecimenValidity.VALID) {
				fhir.addNote().setText("Specimen " + Words.of(screen.getValidity()).toLowerCase(java.util.Locale.ROOT) + ".");
			}
			fhir.setMethod(new CodeableConcept().setText(Words.of(screen.getMethod())));
			add(bundle, fhir, key);
		}
	}

	/** A session note as a progress note whose text (sections, risk screen, addenda) travels as a plain-text attachment. */
	private org.hl7.fhir.r4.model.DocumentReference documentReference(SessionNote note, String patientId) {
		Words words = new Words(clock.getZone());
		org.hl7.fhir.r4.model.DocumentReference fhir = new org.hl7.fhir.r4.model.DocumentReference();
		fhir.addIdentifier(recordId(note.getId()));
		boolean error = note.getEnteredInError() != null || note.getStatus() == org.cairn.model.NoteStatus.ENTERED_IN_ERROR;
		fhir.setStatus(error ? org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.ENTEREDINERROR
				: org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
		fhir.setDocStatus(note.getStatus() == org.cairn.model.NoteStatus.DRAFT ? org.hl7.fhir.r4.model.DocumentReference.ReferredDocumentStatus.PRELIMINARY
				: note.getAddenda().isEmpty() ? org.hl7.fhir.r4.model.DocumentReference.ReferredDocumentStatus.FINAL
						: org.hl7.fhir.r4.model.DocumentReference.ReferredDocumentStatus.AMENDED);
		fhir.setType(new CodeableConcept(new Coding(LOINC, "11506-3", "Progress note")));
		fhir.addCategory(new CodeableConcept(new Coding("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note",
				"Clinical Note")));
		fhir.setSubject(ref(patientId));
		if (note.getStartedAt() != null) {
			fhir.setDate(Date.from(note.getStartedAt()));
		}
		if (note.getAuthorId() != null) {
			fhir.addAuthor(staffRef(note.getAuthorId()));
		}
		if (note.getSignature() != null) {
			fhir.setAuthenticator(staffRef(note.getSignature().getSignerId()).setDisplay(note.getSignature().getSignerName()));
		}
		fhir.setDescription(Words.joined(java.util.Arrays.asList(Words.of(note.getServiceType()), Words.of(note.getModality()),
				note.getFormat() == null ? "" : note.getFormat().name() + " note")).replace("; ", ", "));
		Period period = new Period();
		if (note.getStartedAt() != null) {
			period.setStart(Date.from(note.getStartedAt()));
		}
		if (note.getEndedAt() != null) {
			period.setEnd(Date.from(note.getEndedAt()));
		}
		fhir.getContext().setPeriod(period);
		if (note.getEpisodeId() != null) {
			fhir.getContext().addRelated(ref(note.getEpisodeId()));
		}
		StringBuilder text = new StringBuilder();
		for (org.cairn.model.NoteSection section : note.getSections()) {
			text.append(section.getHeading() == null ? section.getKey() : section.getHeading()).append('\n')
					.append(section.getText() == null ? "" : section.getText().strip()).append("\n\n");
		}
		org.cairn.model.RiskScreen risk = note.getRiskScreen();
		if (risk != null) {
			text.append("Risk screen\nSuicidal ideation: ").append(Words.of(risk.getSuicidalIdeation())).append("; homicidal ideation: ")
					.append(Words.of(risk.getHomicidalIdeation())).append("; overdose risk: ").append(Words.of(risk.getOverdoseRisk()))
					.append(risk.getNotes() == null ? "" : "\n" + risk.getNotes().strip()).append("\n\n");
		}
		if (note.getSignature() != null) {
			text.append("Signed by ").append(note.getSignature().getSignerName()).append(" on ").append(words.dateTime(note.getSignature().getSignedAt()))
					.append("\n\n");
		}
		int number = 1;
		for (org.cairn.model.Addendum addendum : note.getAddenda()) {
			text.append("Addendum ").append(number++).append(", ").append(words.dateTime(addendum.getWrittenAt())).append(", ")
					.append(staff.apply(addendum.getAuthorId())).append('\n').append(addendum.getText() == null ? "" : addendum.getText().strip())
					.append("\n\n");
		}
		org.hl7.fhir.r4.model.Attachment attachment = new org.hl7.fhir.r4.model.Attachment();
		attachment.setContentType("text/plain; charset=utf-8");
		attachment.setData(text.toString().strip().getBytes(StandardCharsets.UTF_8));
		attachment.setTitle("Session note");
		if (note.getStartedAt() != null) {
			attachment.setCreation(Date.from(note.getStartedAt()));
		}
		fhir.addContent().setAttachment(attachment);
		return fhir;
	}

	/** A naloxone kit handed over: who received it, the product, how many, and the training and plan as notes. */
	private org.hl7.fhir.r4.model.MedicationDispense medicationDispense(NaloxoneDispense naloxone, String patientId) {
		org.hl7.fhir.r4.model.MedicationDispense fhir = new org.hl7.fhir.r4.model.MedicationDispense();
		fhir.addIdentifier(recordId(naloxone.getId()));
		fhir.setStatus(naloxone.getEnteredInError() != null ? org.hl7.fhir.r4.model.MedicationDispense.MedicationDispenseStatus.ENTEREDINERROR
				: org.hl7.fhir.r4.model.MedicationDispense.MedicationDispenseStatus.COMPLETED);
		fhir.setMedication(naloxone.getProduct() == null ? new CodeableConcept().setText("Naloxone") : concept(naloxone.getProduct()));
		fhir.setSubject(ref(patientId));
		if (naloxone.getDispensedAt() != null) {
			fhir.setWhenHandedOver(Date.from(naloxone.getDispensedAt()));
		}
		if (naloxone.getDispensedBy() != null) {
			fhir.addPerformer().setActor(staffRef(naloxone.getDispensedBy()));
		}
		if (naloxone.getQuantity() > 0) {
			fhir.setQuantity(new org.hl7.fhir.r4.model.Quantity().setValue(naloxone.getQuantity()).setUnit("kit"));
		}
		if (naloxone.getRecipient() == org.cairn.model.NaloxoneRecipient.PATIENT || naloxone.getRecipient() == null) {
			fhir.addReceiver(ref(patientId));
		} else {
			fhir.addReceiver(new Reference().setDisplay(Words.of(naloxone.getRecipient()) + (naloxone.getRecipientName() == null ? ""
					: ": " + naloxone.getRecipientName())));
		}
		fhir.addNote().setText(Words.joined(java.util.Arrays.asList(naloxone.isTrainingGiven() ? "Training given" : "No training recorded",
				naloxone.isOverdosePlanReviewed() ? "overdose plan reviewed" : null,
				naloxone.getReplacementReason() == null ? null : "kit: " + Words.of(naloxone.getReplacementReason()).toLowerCase(java.util.Locale.ROOT),
				naloxone.getLot() == null ? null : "lot " + naloxone.getLot(),
				naloxone.getExpiresOn() == null ? null : "expires " + naloxone.getExpiresOn())));
		return fhir;
	}

	/** A taper as a plan based on its order: one dosage instruction per step, each from its first day to the next's. */
	private org.hl7.fhir.r4.model.MedicationRequest taper(TaperSchedule taper, String patientId, List<StoredRecord<ClinicalRecord>> records) {
		org.hl7.fhir.r4.model.MedicationRequest fhir = new org.hl7.fhir.r4.model.MedicationRequest();
		fhir.addIdentifier(recordId(taper.getId()));
		fhir.setSubject(ref(patientId));
		fhir.setIntent(MedicationRequestIntent.PLAN);
		fhir.setStatus(taper.getEnteredInError() != null ? MedicationRequestStatus.ENTEREDINERROR
				: switch (taper.getStatus() == null ? org.cairn.model.TaperStatus.PLANNED : taper.getStatus()) {
				case PLANNED -> MedicationRequestStatus.DRAFT;
				case ACTIVE -> MedicationRequestStatus.ACTIVE;
				case PAUSED -> MedicationRequestStatus.ONHOLD;
				case COMPLETED -> MedicationRequestStatus.COMPLETED;
				case ABANDONED -> MedicationRequestStatus.STOPPED;
				});
		MedicationOrder order = order(taper.getOrderId(), records);
		fhir.setMedication(order != null ? medication(order) : new CodeableConcept().setText("Medication of order " + taper.getOrderId()));
		if (taper.getOrderId() != null) {
			fhir.addBasedOn(ref(taper.getOrderId()));
		}
		if (taper.getReason() != null) {
			fhir.addReasonCode(new CodeableConcept().setText(taper.getReason()));
		}
		fhir.addNote().setText(taper.isPatientAgreed() ? "The patient agreed to the taper." : "The patient's agreement is not recorded.");
		List<org.cairn.model.TaperStep> steps = taper.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			org.cairn.model.TaperStep step = steps.get(i);
			LocalDate until = i + 1 < steps.size() && steps.get(i + 1).getFromDate() != null ? steps.get(i + 1).getFromDate().minusDays(1) : null;
			Dosage dosage = fhir.addDosageInstruction().setSequence(i + 1);
			dosage.setText(Words.number(step.getDoseMg()) + " mg daily from " + step.getFromDate());
			dosage.getTiming().getRepeat().setBounds(period(step.getFromDate(), until)).setFrequency(1).setPeriod(1)
					.setPeriodUnit(org.hl7.fhir.r4.model.Timing.UnitsOfTime.D);
			if (step.getDoseMg() != null) {
				dosage.addDoseAndRate().setDose(mg(step.getDoseMg()));
			}
		}
		return fhir;
	}

	/** Vital signs as the FHIR vital-signs Observations, LOINC-coded (blood pressure as a panel of two components). */
	private void vitals(Bundle bundle, VitalSigns vitals, String patientId) {
		vital(bundle, vitals, patientId, "8867-4", "Heart rate", vitals.getPulseBpm() == null ? null : BigDecimal.valueOf(vitals.getPulseBpm()), "/min", "/min");
		vital(bundle, vitals, patientId, "9279-1", "Respiratory rate", vitals.getRespiratoryRate() == null ? null : BigDecimal.valueOf(vitals.getRespiratoryRate()),
				"/min", "/min");
		vital(bundle, vitals, patientId, "8310-5", "Body temperature", vitals.getTemperatureCelsius(), "Cel", "C");
		vital(bundle, vitals, patientId, "2708-6", "Oxygen saturation", vitals.getOxygenSaturation() == null ? null : BigDecimal.valueOf(vitals.getOxygenSaturation()),
				"%", "%");
		if (vitals.getSystolicMmHg() != null && vitals.getDiastolicMmHg() != null) {
			org.hl7.fhir.r4.model.Observation panel = vitalObservation(vitals, patientId, "85354-9", "Blood pressure panel");
			panel.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "8480-6", "Systolic blood pressure")))
					.setValue(new Quantity().setValue(vitals.getSystolicMmHg()).setUnit("mmHg").setSystem("http://unitsofmeasure.org").setCode("mm[Hg]"));
			panel.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "8462-4", "Diastolic blood pressure")))
					.setValue(new Quantity().setValue(vitals.getDiastolicMmHg()).setUnit("mmHg").setSystem("http://unitsofmeasure.org").setCode("mm[Hg]"));
			add(bundle, panel, vitals.getId() + "#85354-9");
		}
	}

	private void vital(Bundle bundle, VitalSigns vitals, String patientId, String loinc, String name, BigDecimal value, String ucum, String unit) {
		if (value == null) {
			return;
		}
		org.hl7.fhir.r4.model.Observation fhir = vitalObservation(vitals, patientId, loinc, name);
		fhir.setValue(new Quantity().setValue(value).setUnit(unit).setSystem("http://unitsofmeasure.org").setCode(ucum));
		add(bundle, fhir, vitals.getId() + "#" + loinc);
	}

	private org.hl7.fhir.r4.model.Observation vitalObservation(VitalSigns vitals, String patientId, String loinc, String name) {
		org.hl7.fhir.r4.model.Observation fhir = new org.hl7.fhir.r4.model.Observation();
		fhir.addIdentifier(recordId(vitals.getId() + "#" + loinc));
		fhir.setStatus(vitals.getEnteredInError() != null ? ObservationStatus.ENTEREDINERROR : ObservationStatus.FINAL);
		fhir.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")));
		fhir.setCode(new CodeableConcept(new Coding(LOINC, loinc, name)).setText(name));
		fhir.setSubject(ref(patientId));
		if (vitals.getTakenAt() != null) {
			fhir.setEffective(new DateTimeType(Date.from(vitals.getTakenAt())));
		}
		if (vitals.getTakenBy() != null) {
			fhir.addPerformer(staffRef(vitals.getTakenBy()));
		}
		if (vitals.getComment() != null) {
			fhir.addNote().setText(vitals.getComment());
		}
		return fhir;
	}

	private org.hl7.fhir.r4.model.MedicationRequest medicationRequest(MedicationOrder order, String patientId) {
		org.hl7.fhir.r4.model.MedicationRequest fhir = new org.hl7.fhir.r4.model.MedicationRequest();
		fhir.addIdentifier(recordId(order.getId()));
		fhir.setSubject(ref(patientId));
		fhir.setIntent(MedicationRequestIntent.ORDER);
		fhir.setStatus(order.getEnteredInError() != null ? MedicationRequestStatus.ENTEREDINERROR
				: switch (order.getStatus() == null ? org.cairn.model.OrderStatus.ACTIVE : order.getStatus()) {
				case ACTIVE -> MedicationRequestStatus.ACTIVE;
				case ON_HOLD -> MedicationRequestStatus.ONHOLD;
				case COMPLETED -> MedicationRequestStatus.COMPLETED;
				case DISCONTINUED -> MedicationRequestStatus.STOPPED;
				case ENTERED_IN_ERROR -> MedicationRequestStatus.ENTEREDINERROR;
				});
		fhir.setMedication(medication(order));
		if (order.getStartOn() != null) {
			fhir.setAuthoredOnElement(new DateTimeType(order.getStartOn().toString()));
		}
		if (order.getPrescriberId() != null) {
			fhir.setRequester(staffRef(order.getPrescriberId()));
		}
		if (order.getReason() != null) {
			fhir.addReasonCode(new CodeableConcept().setText(order.getReason()));
		}
		if (order.getKind() != null) {
			fhir.addCategory(new CodeableConcept(new Coding("urn:cairn:medication-kind", order.getKind().name(), Words.of(order.getKind()))));
		}
		Dosage dosage = fhir.addDosageInstruction();
		dosage.setText(Words.joined(java.util.Arrays.asList(order.getDoseMg() == null ? null : Words.number(order.getDoseMg()) + " mg", order.getFrequency(),
				order.getInstructions())).replace("; ", ", "));
		if (order.getRoute() != null) {
			dosage.setRoute(new CodeableConcept().setText(Words.of(order.getRoute())));
		}
		if (order.getDoseMg() != null) {
			dosage.addDoseAndRate().setDose(mg(order.getDoseMg()));
		}
		if (order.getEndOn() != null || order.getDaysSupply() > 0) {
			org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestDispenseRequestComponent dispense = fhir.getDispenseRequest();
			dispense.setValidityPeriod(period(order.getStartOn(), order.getEndOn()));
			if (order.getDaysSupply() > 0) {
				dispense.setExpectedSupplyDuration((Duration) new Duration().setValue(order.getDaysSupply()).setUnit("days").setSystem("http://unitsofmeasure.org").setCode("d"));
			}
		}
		return fhir;
	}

	private org.hl7.fhir.r4.model.MedicationAdministration medicationAdministration(DoseAdministration dose, String patientId,
			List<StoredRecord<ClinicalRecord>> records) {
		org.hl7.fhir.r4.model.MedicationAdministration fhir = new org.hl7.fhir.r4.model.MedicationAdministration();
		fhir.addIdentifier(recordId(dose.getId()));
		fhir.setSubject(ref(patientId));
		boolean given = dose.getOutcome() == org.cairn.model.DoseOutcome.OBSERVED || dose.getOutcome() == org.cairn.model.DoseOutcome.TAKE_HOME;
		fhir.setStatus(dose.getEnteredInError() != null ? MedicationAdministrationStatus.ENTEREDINERROR
				: given ? MedicationAdministrationStatus.COMPLETED : MedicationAdministrationStatus.NOTDONE);
		if (!given && dose.getOutcome() != null) {
			fhir.addStatusReason(new CodeableConcept().setText(Words.of(dose.getOutcome()) + (RecordLayouts.missed(dose) ? ": " + Words.of(dose.getMissedReason()) : "")));
		}
		MedicationOrder order = order(dose.getOrderId(), records);
		fhir.setMedication(order != null ? medication(order) : new CodeableConcept().setText("Medication of order " + dose.getOrderId()));
		if (dose.getOrderId() != null) {
			fhir.setRequest(ref(dose.getOrderId()));
		}
		if (dose.getAdministeredAt() != null) {
			fhir.setEffective(new DateTimeType(Date.from(dose.getAdministeredAt())));
		} else if (dose.getScheduledFor() != null) {
			fhir.setEffective(new DateTimeType(dose.getScheduledFor().toString()));
		}
		if (dose.getAdministeredBy() != null) {
			fhir.addPerformer().setActor(staffRef(dose.getAdministeredBy()));
		}
		if (dose.getDoseMg() != null) {
			fhir.getDosage().setDose(mg(dose.getDoseMg()));
		}
		if (dose.getOutcome() == org.cairn.model.DoseOutcome.TAKE_HOME) {
			fhir.addNote().setText("Take-home dose" + (dose.getTakeHomeDoses() > 0 ? "s: " + dose.getTakeHomeDoses() : ""));
		}
		if (dose.getNotes() != null) {
			fhir.addNote().setText(dose.getNotes());
		}
		return fhir;
	}

	private org.hl7.fhir.r4.model.Consent consent(org.cairn.model.Consent consent, String patientId) {
		org.hl7.fhir.r4.model.Consent fhir = new org.hl7.fhir.r4.model.Consent();
		fhir.addIdentifier(recordId(consent.getId()));
		fhir.setPatient(ref(patientId));
		fhir.setStatus(consent.getEnteredInError() != null ? org.hl7.fhir.r4.model.Consent.ConsentState.ENTEREDINERROR
				: consent.getStatus() == ConsentStatus.ACTIVE ? org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE
						: consent.getStatus() == ConsentStatus.ENTERED_IN_ERROR ? org.hl7.fhir.r4.model.Consent.ConsentState.ENTEREDINERROR
								: org.hl7.fhir.r4.model.Consent.ConsentState.INACTIVE);
		fhir.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")));
		fhir.addCategory(new CodeableConcept(new Coding(LOINC, "59284-0", "Patient Consent")));
		fhir.addPolicy().setUri("https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2");
		fhir.setPolicyRule(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "42CFRPart2", "42 CFR Part2")));
		if (consent.getSignedOn() != null) {
			fhir.setDateTimeElement(new DateTimeType(consent.getSignedOn().toString()));
		}
		if (consent.getDiscloser() != null) {
			fhir.addOrganization().setDisplay(consent.getDiscloser());
		}
		if (consent.getSignedBy() != null) {
			fhir.addPerformer().setDisplay(consent.getSignedBy() + (consent.getSignerRelationship() == null ? "" : " (" + consent.getSignerRelationship() + ")"));
		}
		org.hl7.fhir.r4.model.Consent.ProvisionComponent provision = fhir.getProvision();
		provision.setType(org.hl7.fhir.r4.model.Consent.ConsentProvisionType.PERMIT);
		provision.setPeriod(period(consent.getSignedOn(), consent.getRevokedOn() != null ? consent.getRevokedOn() : consent.getExpiresOn()));
		for (String recipient : consent.getRecipients()) {
			provision.addActor().setRole(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
					.setReference(new Reference().setDisplay(recipient));
		}
		if (consent.getPurpose() != null) {
			provision.addPurpose(new Coding().setDisplay(consent.getPurpose()));
		}
		if (consent.getInformation() != null) {
			provision.addData().setMeaning(org.hl7.fhir.r4.model.Consent.ConsentDataMeaning.RELATED).setReference(new Reference().setDisplay(consent.getInformation()));
		}
		return fhir;
	}

	/** The order {@code orderId}, from the records exported or else the store; null when there is none. */
	private MedicationOrder order(String orderId, List<StoredRecord<ClinicalRecord>> records) {
		if (orderId == null) {
			return null;
		}
		return records.stream().map(StoredRecord::record).filter(MedicationOrder.class::isInstance).map(MedicationOrder.class::cast)
				.filter(o -> o.getId().equals(orderId)).findFirst()
				.orElseGet(() -> store.read(orderId).map(StoredRecord::record).filter(MedicationOrder.class::isInstance).map(MedicationOrder.class::cast)
						.orElse(null));
	}

	private static CodeableConcept medication(MedicationOrder order) {
		CodeableConcept concept = concept(order.getMedication());
		if (order.getMedicationName() != null) {
			concept.setText(order.getMedicationName());
		}
		return concept;
	}

	private static CodeableConcept concept(Code code) {
		CodeableConcept concept = new CodeableConcept();
		if (code == null) {
			return concept;
		}
		if (code.getCode() != null) {
			concept.addCoding(new Coding(code.getSystem(), code.getCode(), code.getDisplay()));
		}
		concept.setText(code.getDisplay());
		return concept;
	}

	/** A period of days; either end may be open. */
	private static Period period(LocalDate from, LocalDate to) {
		Period period = new Period();
		if (from != null) {
			period.setStartElement(new DateTimeType(from.toString()));
		}
		if (to != null) {
			period.setEndElement(new DateTimeType(to.toString()));
		}
		return period;
	}

	private static Quantity mg(BigDecimal value) {
		return new Quantity().setValue(value).setUnit("mg").setSystem("http://unitsofmeasure.org").setCode("mg");
	}

	private static DateType date(LocalDate date) {
		return new DateType(date.toString());
	}
}
