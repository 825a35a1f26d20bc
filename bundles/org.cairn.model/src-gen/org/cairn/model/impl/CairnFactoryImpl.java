/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CairnFactoryImpl extends EFactoryImpl implements CairnFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CairnFactory init() {
		try {
			CairnFactory theCairnFactory = (CairnFactory)EPackage.Registry.INSTANCE.getEFactory(CairnPackage.eNS_URI);
			if (theCairnFactory != null) {
				return theCairnFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CairnFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CairnFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CairnPackage.CODE: return createCode();
			case CairnPackage.SIGNATURE: return createSignature();
			case CairnPackage.ERROR_MARK: return createErrorMark();
			case CairnPackage.PATIENT: return createPatient();
			case CairnPackage.CONTACT_DETAILS: return createContactDetails();
			case CairnPackage.EMERGENCY_CONTACT: return createEmergencyContact();
			case CairnPackage.ALERT: return createAlert();
			case CairnPackage.EPISODE_OF_CARE: return createEpisodeOfCare();
			case CairnPackage.DIAGNOSIS: return createDiagnosis();
			case CairnPackage.PHASE_TRANSITION: return createPhaseTransition();
			case CairnPackage.CARE_TEAM_MEMBER: return createCareTeamMember();
			case CairnPackage.AFTERCARE_PLAN: return createAftercarePlan();
			case CairnPackage.FOLLOW_UP: return createFollowUp();
			case CairnPackage.CARE_PLAN: return createCarePlan();
			case CairnPackage.DIMENSION_RATING: return createDimensionRating();
			case CairnPackage.PROBLEM: return createProblem();
			case CairnPackage.GOAL: return createGoal();
			case CairnPackage.OBJECTIVE: return createObjective();
			case CairnPackage.INTERVENTION: return createIntervention();
			case CairnPackage.PLAN_REVIEW: return createPlanReview();
			case CairnPackage.SESSION_NOTE: return createSessionNote();
			case CairnPackage.NOTE_SECTION: return createNoteSection();
			case CairnPackage.RISK_SCREEN: return createRiskScreen();
			case CairnPackage.ADDENDUM: return createAddendum();
			case CairnPackage.GROUP_SESSION: return createGroupSession();
			case CairnPackage.GROUP_ATTENDEE: return createGroupAttendee();
			case CairnPackage.ASSESSMENT_RESPONSE: return createAssessmentResponse();
			case CairnPackage.ANSWER: return createAnswer();
			case CairnPackage.ITEM_SCORE: return createItemScore();
			case CairnPackage.SUBSCALE_SCORE: return createSubscaleScore();
			case CairnPackage.FLAG_ACKNOWLEDGEMENT: return createFlagAcknowledgement();
			case CairnPackage.MEDICATION_ORDER: return createMedicationOrder();
			case CairnPackage.DOSE_ADMINISTRATION: return createDoseAdministration();
			case CairnPackage.TAPER_SCHEDULE: return createTaperSchedule();
			case CairnPackage.TAPER_STEP: return createTaperStep();
			case CairnPackage.URINE_DRUG_SCREEN: return createUrineDrugScreen();
			case CairnPackage.ANALYTE_RESULT: return createAnalyteResult();
			case CairnPackage.NALOXONE_DISPENSE: return createNaloxoneDispense();
			case CairnPackage.VITAL_SIGNS: return createVitalSigns();
			case CairnPackage.CONSENT: return createConsent();
			case CairnPackage.DISCLOSURE: return createDisclosure();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CairnPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case CairnPackage.PATIENT_STATUS:
				return createPatientStatusFromString(eDataType, initialValue);
			case CairnPackage.ALERT_KIND:
				return createAlertKindFromString(eDataType, initialValue);
			case CairnPackage.PROGRAMME:
				return createProgrammeFromString(eDataType, initialValue);
			case CairnPackage.PHASE:
				return createPhaseFromString(eDataType, initialValue);
			case CairnPackage.EPISODE_STATUS:
				return createEpisodeStatusFromString(eDataType, initialValue);
			case CairnPackage.DISCHARGE_REASON:
				return createDischargeReasonFromString(eDataType, initialValue);
			case CairnPackage.CARE_TEAM_ROLE:
				return createCareTeamRoleFromString(eDataType, initialValue);
			case CairnPackage.CARE_PLAN_STATUS:
				return createCarePlanStatusFromString(eDataType, initialValue);
			case CairnPackage.PROBLEM_STATUS:
				return createProblemStatusFromString(eDataType, initialValue);
			case CairnPackage.OBJECTIVE_STATUS:
				return createObjectiveStatusFromString(eDataType, initialValue);
			case CairnPackage.SIGNER_ROLE:
				return createSignerRoleFromString(eDataType, initialValue);
			case CairnPackage.SERVICE_TYPE:
				return createServiceTypeFromString(eDataType, initialValue);
			case CairnPackage.MODALITY:
				return createModalityFromString(eDataType, initialValue);
			case CairnPackage.NOTE_FORMAT:
				return createNoteFormatFromString(eDataType, initialValue);
			case CairnPackage.NOTE_STATUS:
				return createNoteStatusFromString(eDataType, initialValue);
			case CairnPackage.RISK_LEVEL:
				return createRiskLevelFromString(eDataType, initialValue);
			case CairnPackage.ATTENDANCE:
				return createAttendanceFromString(eDataType, initialValue);
			case CairnPackage.RESPONSE_STATUS:
				return createResponseStatusFromString(eDataType, initialValue);
			case CairnPackage.MEDICATION_KIND:
				return createMedicationKindFromString(eDataType, initialValue);
			case CairnPackage.ORDER_STATUS:
				return createOrderStatusFromString(eDataType, initialValue);
			case CairnPackage.ROUTE:
				return createRouteFromString(eDataType, initialValue);
			case CairnPackage.DOSE_OUTCOME:
				return createDoseOutcomeFromString(eDataType, initialValue);
			case CairnPackage.MISSED_DOSE_REASON:
				return createMissedDoseReasonFromString(eDataType, initialValue);
			case CairnPackage.TAPER_STATUS:
				return createTaperStatusFromString(eDataType, initialValue);
			case CairnPackage.SCREEN_METHOD:
				return createScreenMethodFromString(eDataType, initialValue);
			case CairnPackage.SPECIMEN_VALIDITY:
				return createSpecimenValidityFromString(eDataType, initialValue);
			case CairnPackage.SCREEN_RESULT:
				return createScreenResultFromString(eDataType, initialValue);
			case CairnPackage.NALOXONE_RECIPIENT:
				return createNaloxoneRecipientFromString(eDataType, initialValue);
			case CairnPackage.KIT_REPLACEMENT_REASON:
				return createKitReplacementReasonFromString(eDataType, initialValue);
			case CairnPackage.CONSENT_STATUS:
				return createConsentStatusFromString(eDataType, initialValue);
			case CairnPackage.DISCLOSURE_METHOD:
				return createDisclosureMethodFromString(eDataType, initialValue);
			case CairnPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			case CairnPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CairnPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case CairnPackage.PATIENT_STATUS:
				return convertPatientStatusToString(eDataType, instanceValue);
			case CairnPackage.ALERT_KIND:
				return convertAlertKindToString(eDataType, instanceValue);
			case CairnPackage.PROGRAMME:
				return convertProgrammeToString(eDataType, instanceValue);
			case CairnPackage.PHASE:
				return convertPhaseToString(eDataType, instanceValue);
			case CairnPackage.EPISODE_STATUS:
				return convertEpisodeStatusToString(eDataType, instanceValue);
			case CairnPackage.DISCHARGE_REASON:
				return convertDischargeReasonToString(eDataType, instanceValue);
			case CairnPackage.CARE_TEAM_ROLE:
				return convertCareTeamRoleToString(eDataType, instanceValue);
			case CairnPackage.CARE_PLAN_STATUS:
				return convertCarePlanStatusToString(eDataType, instanceValue);
			case CairnPackage.PROBLEM_STATUS:
				return convertProblemStatusToString(eDataType, instanceValue);
			case CairnPackage.OBJECTIVE_STATUS:
				return convertObjectiveStatusToString(eDataType, instanceValue);
			case CairnPackage.SIGNER_ROLE:
				return convertSignerRoleToString(eDataType, instanceValue);
			case CairnPackage.SERVICE_TYPE:
				return convertServiceTypeToString(eDataType, instanceValue);
			case CairnPackage.MODALITY:
				return convertModalityToString(eDataType, instanceValue);
			case CairnPackage.NOTE_FORMAT:
				return convertNoteFormatToString(eDataType, instanceValue);
			case CairnPackage.NOTE_STATUS:
				return convertNoteStatusToString(eDataType, instanceValue);
			case CairnPackage.RISK_LEVEL:
				return convertRiskLevelToString(eDataType, instanceValue);
			case CairnPackage.ATTENDANCE:
				return convertAttendanceToString(eDataType, instanceValue);
			case CairnPackage.RESPONSE_STATUS:
				return convertResponseStatusToString(eDataType, instanceValue);
			case CairnPackage.MEDICATION_KIND:
				return convertMedicationKindToString(eDataType, instanceValue);
			case CairnPackage.ORDER_STATUS:
				return convertOrderStatusToString(eDataType, instanceValue);
			case CairnPackage.ROUTE:
				return convertRouteToString(eDataType, instanceValue);
			case CairnPackage.DOSE_OUTCOME:
				return convertDoseOutcomeToString(eDataType, instanceValue);
			case CairnPackage.MISSED_DOSE_REASON:
				return convertMissedDoseReasonToString(eDataType, instanceValue);
			case CairnPackage.TAPER_STATUS:
				return convertTaperStatusToString(eDataType, instanceValue);
			case CairnPackage.SCREEN_METHOD:
				return convertScreenMethodToString(eDataType, instanceValue);
			case CairnPackage.SPECIMEN_VALIDITY:
				return convertSpecimenValidityToString(eDataType, instanceValue);
			case CairnPackage.SCREEN_RESULT:
				return convertScreenResultToString(eDataType, instanceValue);
			case CairnPackage.NALOXONE_RECIPIENT:
				return convertNaloxoneRecipientToString(eDataType, instanceValue);
			case CairnPackage.KIT_REPLACEMENT_REASON:
				return convertKitReplacementReasonToString(eDataType, instanceValue);
			case CairnPackage.CONSENT_STATUS:
				return convertConsentStatusToString(eDataType, instanceValue);
			case CairnPackage.DISCLOSURE_METHOD:
				return convertDisclosureMethodToString(eDataType, instanceValue);
			case CairnPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			case CairnPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code createCode() {
		CodeImpl code = new CodeImpl();
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature createSignature() {
		SignatureImpl signature = new SignatureImpl();
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorMark createErrorMark() {
		ErrorMarkImpl errorMark = new ErrorMarkImpl();
		return errorMark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patient createPatient() {
		PatientImpl patient = new PatientImpl();
		return patient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetails createContactDetails() {
		ContactDetailsImpl contactDetails = new ContactDetailsImpl();
		return contactDetails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmergencyContact createEmergencyContact() {
		EmergencyContactImpl emergencyContact = new EmergencyContactImpl();
		return emergencyContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Alert createAlert() {
		AlertImpl alert = new AlertImpl();
		return alert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpisodeOfCare createEpisodeOfCare() {
		EpisodeOfCareImpl episodeOfCare = new EpisodeOfCareImpl();
		return episodeOfCare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnosis createDiagnosis() {
		DiagnosisImpl diagnosis = new DiagnosisImpl();
		return diagnosis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhaseTransition createPhaseTransition() {
		PhaseTransitionImpl phaseTransition = new PhaseTransitionImpl();
		return phaseTransition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareTeamMember createCareTeamMember() {
		CareTeamMemberImpl careTeamMember = new CareTeamMemberImpl();
		return careTeamMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AftercarePlan createAftercarePlan() {
		AftercarePlanImpl aftercarePlan = new AftercarePlanImpl();
		return aftercarePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUp createFollowUp() {
		FollowUpImpl followUp = new FollowUpImpl();
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarePlan createCarePlan() {
		CarePlanImpl carePlan = new CarePlanImpl();
		return carePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DimensionRating createDimensionRating() {
		DimensionRatingImpl dimensionRating = new DimensionRatingImpl();
		return dimensionRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem createProblem() {
		ProblemImpl problem = new ProblemImpl();
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention createIntervention() {
		InterventionImpl intervention = new InterventionImpl();
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanReview createPlanReview() {
		PlanReviewImpl planReview = new PlanReviewImpl();
		return planReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionNote createSessionNote() {
		SessionNoteImpl sessionNote = new SessionNoteImpl();
		return sessionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteSection createNoteSection() {
		NoteSectionImpl noteSection = new NoteSectionImpl();
		return noteSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskScreen createRiskScreen() {
		RiskScreenImpl riskScreen = new RiskScreenImpl();
		return riskScreen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Addendum createAddendum() {
		AddendumImpl addendum = new AddendumImpl();
		return addendum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupSession createGroupSession() {
		GroupSessionImpl groupSession = new GroupSessionImpl();
		return groupSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupAttendee createGroupAttendee() {
		GroupAttendeeImpl groupAttendee = new GroupAttendeeImpl();
		return groupAttendee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentResponse createAssessmentResponse() {
		AssessmentResponseImpl assessmentResponse = new AssessmentResponseImpl();
		return assessmentResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemScore createItemScore() {
		ItemScoreImpl itemScore = new ItemScoreImpl();
		return itemScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubscaleScore createSubscaleScore() {
		SubscaleScoreImpl subscaleScore = new SubscaleScoreImpl();
		return subscaleScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlagAcknowledgement createFlagAcknowledgement() {
		FlagAcknowledgementImpl flagAcknowledgement = new FlagAcknowledgementImpl();
		return flagAcknowledgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MedicationOrder createMedicationOrder() {
		MedicationOrderImpl medicationOrder = new MedicationOrderImpl();
		return medicationOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseAdministration createDoseAdministration() {
		DoseAdministrationImpl doseAdministration = new DoseAdministrationImpl();
		return doseAdministration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaperSchedule createTaperSchedule() {
		TaperScheduleImpl taperSchedule = new TaperScheduleImpl();
		return taperSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaperStep createTaperStep() {
		TaperStepImpl taperStep = new TaperStepImpl();
		return taperStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UrineDrugScreen createUrineDrugScreen() {
		UrineDrugScreenImpl urineDrugScreen = new UrineDrugScreenImpl();
		return urineDrugScreen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalyteResult createAnalyteResult() {
		AnalyteResultImpl analyteResult = new AnalyteResultImpl();
		return analyteResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NaloxoneDispense createNaloxoneDispense() {
		NaloxoneDispenseImpl naloxoneDispense = new NaloxoneDispenseImpl();
		return naloxoneDispense;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VitalSigns createVitalSigns() {
		VitalSignsImpl vitalSigns = new VitalSignsImpl();
		return vitalSigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consent createConsent() {
		ConsentImpl consent = new ConsentImpl();
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disclosure createDisclosure() {
		DisclosureImpl disclosure = new DisclosureImpl();
		return disclosure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatientStatus createPatientStatusFromString(EDataType eDataType, String initialValue) {
		PatientStatus result = PatientStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPatientStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AlertKind createAlertKindFromString(EDataType eDataType, String initialValue) {
		AlertKind result = AlertKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAlertKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Programme createProgrammeFromString(EDataType eDataType, String initialValue) {
		Programme result = Programme.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProgrammeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phase createPhaseFromString(EDataType eDataType, String initialValue) {
		Phase result = Phase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EpisodeStatus createEpisodeStatusFromString(EDataType eDataType, String initialValue) {
		EpisodeStatus result = EpisodeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEpisodeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DischargeReason createDischargeReasonFromString(EDataType eDataType, String initialValue) {
		DischargeReason result = DischargeReason.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDischargeReasonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CareTeamRole createCareTeamRoleFromString(EDataType eDataType, String initialValue) {
		CareTeamRole result = CareTeamRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCareTeamRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CarePlanStatus createCarePlanStatusFromString(EDataType eDataType, String initialValue) {
		CarePlanStatus result = CarePlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCarePlanStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProblemStatus createProblemStatusFromString(EDataType eDataType, String initialValue) {
		ProblemStatus result = ProblemStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProblemStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveStatus createObjectiveStatusFromString(EDataType eDataType, String initialValue) {
		ObjectiveStatus result = ObjectiveStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignerRole createSignerRoleFromString(EDataType eDataType, String initialValue) {
		SignerRole result = SignerRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignerRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceType createServiceTypeFromString(EDataType eDataType, String initialValue) {
		ServiceType result = ServiceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Modality createModalityFromString(EDataType eDataType, String initialValue) {
		Modality result = Modality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertModalityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoteFormat createNoteFormatFromString(EDataType eDataType, String initialValue) {
		NoteFormat result = NoteFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNoteFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoteStatus createNoteStatusFromString(EDataType eDataType, String initialValue) {
		NoteStatus result = NoteStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNoteStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskLevel createRiskLevelFromString(EDataType eDataType, String initialValue) {
		RiskLevel result = RiskLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Attendance createAttendanceFromString(EDataType eDataType, String initialValue) {
		Attendance result = Attendance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttendanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResponseStatus createResponseStatusFromString(EDataType eDataType, String initialValue) {
		ResponseStatus result = ResponseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResponseStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MedicationKind createMedicationKindFromString(EDataType eDataType, String initialValue) {
		MedicationKind result = MedicationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMedicationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrderStatus createOrderStatusFromString(EDataType eDataType, String initialValue) {
		OrderStatus result = OrderStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrderStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Route createRouteFromString(EDataType eDataType, String initialValue) {
		Route result = Route.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRouteToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DoseOutcome createDoseOutcomeFromString(EDataType eDataType, String initialValue) {
		DoseOutcome result = DoseOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDoseOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissedDoseReason createMissedDoseReasonFromString(EDataType eDataType, String initialValue) {
		MissedDoseReason result = MissedDoseReason.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMissedDoseReasonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaperStatus createTaperStatusFromString(EDataType eDataType, String initialValue) {
		TaperStatus result = TaperStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaperStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreenMethod createScreenMethodFromString(EDataType eDataType, String initialValue) {
		ScreenMethod result = ScreenMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreenMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpecimenValidity createSpecimenValidityFromString(EDataType eDataType, String initialValue) {
		SpecimenValidity result = SpecimenValidity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpecimenValidityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreenResult createScreenResultFromString(EDataType eDataType, String initialValue) {
		ScreenResult result = ScreenResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreenResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NaloxoneRecipient createNaloxoneRecipientFromString(EDataType eDataType, String initialValue) {
		NaloxoneRecipient result = NaloxoneRecipient.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNaloxoneRecipientToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KitReplacementReason createKitReplacementReasonFromString(EDataType eDataType, String initialValue) {
		KitReplacementReason result = KitReplacementReason.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKitReplacementReasonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsentStatus createConsentStatusFromString(EDataType eDataType, String initialValue) {
		ConsentStatus result = ConsentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DisclosureMethod createDisclosureMethodFromString(EDataType eDataType, String initialValue) {
		DisclosureMethod result = DisclosureMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDisclosureMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it) {
		return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null || it.isEmpty() ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CairnPackage getCairnPackage() {
		return (CairnPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CairnPackage getPackage() {
		return CairnPackage.eINSTANCE;
	}

} //CairnFactoryImpl
