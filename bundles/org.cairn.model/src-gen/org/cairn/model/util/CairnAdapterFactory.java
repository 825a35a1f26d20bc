/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.util;

import org.cairn.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage
 * @generated
 */
public class CairnAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CairnPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CairnAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CairnPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CairnSwitch<Adapter> modelSwitch =
		new CairnSwitch<Adapter>() {
			@Override
			public Adapter caseClinicalRecord(ClinicalRecord object) {
				return createClinicalRecordAdapter();
			}
			@Override
			public Adapter casePatientRecord(PatientRecord object) {
				return createPatientRecordAdapter();
			}
			@Override
			public Adapter caseCode(Code object) {
				return createCodeAdapter();
			}
			@Override
			public Adapter caseSignature(Signature object) {
				return createSignatureAdapter();
			}
			@Override
			public Adapter caseErrorMark(ErrorMark object) {
				return createErrorMarkAdapter();
			}
			@Override
			public Adapter casePatient(Patient object) {
				return createPatientAdapter();
			}
			@Override
			public Adapter caseContactDetails(ContactDetails object) {
				return createContactDetailsAdapter();
			}
			@Override
			public Adapter caseEmergencyContact(EmergencyContact object) {
				return createEmergencyContactAdapter();
			}
			@Override
			public Adapter caseAlert(Alert object) {
				return createAlertAdapter();
			}
			@Override
			public Adapter caseEpisodeOfCare(EpisodeOfCare object) {
				return createEpisodeOfCareAdapter();
			}
			@Override
			public Adapter caseDiagnosis(Diagnosis object) {
				return createDiagnosisAdapter();
			}
			@Override
			public Adapter casePhaseTransition(PhaseTransition object) {
				return createPhaseTransitionAdapter();
			}
			@Override
			public Adapter caseCareTeamMember(CareTeamMember object) {
				return createCareTeamMemberAdapter();
			}
			@Override
			public Adapter caseAftercarePlan(AftercarePlan object) {
				return createAftercarePlanAdapter();
			}
			@Override
			public Adapter caseFollowUp(FollowUp object) {
				return createFollowUpAdapter();
			}
			@Override
			public Adapter caseCarePlan(CarePlan object) {
				return createCarePlanAdapter();
			}
			@Override
			public Adapter caseDimensionRating(DimensionRating object) {
				return createDimensionRatingAdapter();
			}
			@Override
			public Adapter caseProblem(Problem object) {
				return createProblemAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object) {
				return createGoalAdapter();
			}
			@Override
			public Adapter caseObjective(Objective object) {
				return createObjectiveAdapter();
			}
			@Override
			public Adapter caseIntervention(Intervention object) {
				return createInterventionAdapter();
			}
			@Override
			public Adapter casePlanReview(PlanReview object) {
				return createPlanReviewAdapter();
			}
			@Override
			public Adapter caseSessionNote(SessionNote object) {
				return createSessionNoteAdapter();
			}
			@Override
			public Adapter caseNoteSection(NoteSection object) {
				return createNoteSectionAdapter();
			}
			@Override
			public Adapter caseRiskScreen(RiskScreen object) {
				return createRiskScreenAdapter();
			}
			@Override
			public Adapter caseAddendum(Addendum object) {
				return createAddendumAdapter();
			}
			@Override
			public Adapter caseGroupSession(GroupSession object) {
				return createGroupSessionAdapter();
			}
			@Override
			public Adapter caseGroupAttendee(GroupAttendee object) {
				return createGroupAttendeeAdapter();
			}
			@Override
			public Adapter caseAssessmentResponse(AssessmentResponse object) {
				return createAssessmentResponseAdapter();
			}
			@Override
			public Adapter caseAnswer(Answer object) {
				return createAnswerAdapter();
			}
			@Override
			public Adapter caseItemScore(ItemScore object) {
				return createItemScoreAdapter();
			}
			@Override
			public Adapter caseSubscaleScore(SubscaleScore object) {
				return createSubscaleScoreAdapter();
			}
			@Override
			public Adapter caseFlagAcknowledgement(FlagAcknowledgement object) {
				return createFlagAcknowledgementAdapter();
			}
			@Override
			public Adapter caseMedicationOrder(MedicationOrder object) {
				return createMedicationOrderAdapter();
			}
			@Override
			public Adapter caseDoseAdministration(DoseAdministration object) {
				return createDoseAdministrationAdapter();
			}
			@Override
			public Adapter caseTaperSchedule(TaperSchedule object) {
				return createTaperScheduleAdapter();
			}
			@Override
			public Adapter caseTaperStep(TaperStep object) {
				return createTaperStepAdapter();
			}
			@Override
			public Adapter caseUrineDrugScreen(UrineDrugScreen object) {
				return createUrineDrugScreenAdapter();
			}
			@Override
			public Adapter caseAnalyteResult(AnalyteResult object) {
				return createAnalyteResultAdapter();
			}
			@Override
			public Adapter caseNaloxoneDispense(NaloxoneDispense object) {
				return createNaloxoneDispenseAdapter();
			}
			@Override
			public Adapter caseVitalSigns(VitalSigns object) {
				return createVitalSignsAdapter();
			}
			@Override
			public Adapter caseConsent(Consent object) {
				return createConsentAdapter();
			}
			@Override
			public Adapter caseDisclosure(Disclosure object) {
				return createDisclosureAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.ClinicalRecord <em>Clinical Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.ClinicalRecord
	 * @generated
	 */
	public Adapter createClinicalRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.PatientRecord <em>Patient Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.PatientRecord
	 * @generated
	 */
	public Adapter createPatientRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Code
	 * @generated
	 */
	public Adapter createCodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Signature
	 * @generated
	 */
	public Adapter createSignatureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.ErrorMark <em>Error Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.ErrorMark
	 * @generated
	 */
	public Adapter createErrorMarkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Patient
	 * @generated
	 */
	public Adapter createPatientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.ContactDetails <em>Contact Details</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.ContactDetails
	 * @generated
	 */
	public Adapter createContactDetailsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.EmergencyContact <em>Emergency Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.EmergencyContact
	 * @generated
	 */
	public Adapter createEmergencyContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Alert <em>Alert</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Alert
	 * @generated
	 */
	public Adapter createAlertAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.EpisodeOfCare <em>Episode Of Care</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.EpisodeOfCare
	 * @generated
	 */
	public Adapter createEpisodeOfCareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Diagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Diagnosis
	 * @generated
	 */
	public Adapter createDiagnosisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.PhaseTransition <em>Phase Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.PhaseTransition
	 * @generated
	 */
	public Adapter createPhaseTransitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.CareTeamMember <em>Care Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.CareTeamMember
	 * @generated
	 */
	public Adapter createCareTeamMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.AftercarePlan <em>Aftercare Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.AftercarePlan
	 * @generated
	 */
	public Adapter createAftercarePlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.FollowUp
	 * @generated
	 */
	public Adapter createFollowUpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.CarePlan <em>Care Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.CarePlan
	 * @generated
	 */
	public Adapter createCarePlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.DimensionRating <em>Dimension Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.DimensionRating
	 * @generated
	 */
	public Adapter createDimensionRatingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Problem
	 * @generated
	 */
	public Adapter createProblemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Objective
	 * @generated
	 */
	public Adapter createObjectiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Intervention
	 * @generated
	 */
	public Adapter createInterventionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.PlanReview <em>Plan Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.PlanReview
	 * @generated
	 */
	public Adapter createPlanReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.SessionNote <em>Session Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.SessionNote
	 * @generated
	 */
	public Adapter createSessionNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.NoteSection <em>Note Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.NoteSection
	 * @generated
	 */
	public Adapter createNoteSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.RiskScreen <em>Risk Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.RiskScreen
	 * @generated
	 */
	public Adapter createRiskScreenAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Addendum <em>Addendum</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Addendum
	 * @generated
	 */
	public Adapter createAddendumAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.GroupSession <em>Group Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.GroupSession
	 * @generated
	 */
	public Adapter createGroupSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.GroupAttendee <em>Group Attendee</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.GroupAttendee
	 * @generated
	 */
	public Adapter createGroupAttendeeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.AssessmentResponse <em>Assessment Response</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.AssessmentResponse
	 * @generated
	 */
	public Adapter createAssessmentResponseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Answer
	 * @generated
	 */
	public Adapter createAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.ItemScore <em>Item Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.ItemScore
	 * @generated
	 */
	public Adapter createItemScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.SubscaleScore <em>Subscale Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.SubscaleScore
	 * @generated
	 */
	public Adapter createSubscaleScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.FlagAcknowledgement <em>Flag Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.FlagAcknowledgement
	 * @generated
	 */
	public Adapter createFlagAcknowledgementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.MedicationOrder <em>Medication Order</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.MedicationOrder
	 * @generated
	 */
	public Adapter createMedicationOrderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.DoseAdministration <em>Dose Administration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.DoseAdministration
	 * @generated
	 */
	public Adapter createDoseAdministrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.TaperSchedule <em>Taper Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.TaperSchedule
	 * @generated
	 */
	public Adapter createTaperScheduleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.TaperStep <em>Taper Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.TaperStep
	 * @generated
	 */
	public Adapter createTaperStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.UrineDrugScreen <em>Urine Drug Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.UrineDrugScreen
	 * @generated
	 */
	public Adapter createUrineDrugScreenAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.AnalyteResult <em>Analyte Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.AnalyteResult
	 * @generated
	 */
	public Adapter createAnalyteResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.NaloxoneDispense <em>Naloxone Dispense</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.NaloxoneDispense
	 * @generated
	 */
	public Adapter createNaloxoneDispenseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.VitalSigns <em>Vital Signs</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.VitalSigns
	 * @generated
	 */
	public Adapter createVitalSignsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Consent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Consent
	 * @generated
	 */
	public Adapter createConsentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cairn.model.Disclosure <em>Disclosure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cairn.model.Disclosure
	 * @generated
	 */
	public Adapter createDisclosureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CairnAdapterFactory
