/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage
 * @generated
 */
public interface CairnFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CairnFactory eINSTANCE = org.cairn.model.impl.CairnFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Code</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Code</em>'.
	 * @generated
	 */
	Code createCode();

	/**
	 * Returns a new object of class '<em>Signature</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signature</em>'.
	 * @generated
	 */
	Signature createSignature();

	/**
	 * Returns a new object of class '<em>Error Mark</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Error Mark</em>'.
	 * @generated
	 */
	ErrorMark createErrorMark();

	/**
	 * Returns a new object of class '<em>Patient</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patient</em>'.
	 * @generated
	 */
	Patient createPatient();

	/**
	 * Returns a new object of class '<em>Contact Details</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Details</em>'.
	 * @generated
	 */
	ContactDetails createContactDetails();

	/**
	 * Returns a new object of class '<em>Emergency Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Emergency Contact</em>'.
	 * @generated
	 */
	EmergencyContact createEmergencyContact();

	/**
	 * Returns a new object of class '<em>Alert</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Alert</em>'.
	 * @generated
	 */
	Alert createAlert();

	/**
	 * Returns a new object of class '<em>Episode Of Care</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Episode Of Care</em>'.
	 * @generated
	 */
	EpisodeOfCare createEpisodeOfCare();

	/**
	 * Returns a new object of class '<em>Diagnosis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagnosis</em>'.
	 * @generated
	 */
	Diagnosis createDiagnosis();

	/**
	 * Returns a new object of class '<em>Phase Transition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Phase Transition</em>'.
	 * @generated
	 */
	PhaseTransition createPhaseTransition();

	/**
	 * Returns a new object of class '<em>Care Team Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Care Team Member</em>'.
	 * @generated
	 */
	CareTeamMember createCareTeamMember();

	/**
	 * Returns a new object of class '<em>Aftercare Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Aftercare Plan</em>'.
	 * @generated
	 */
	AftercarePlan createAftercarePlan();

	/**
	 * Returns a new object of class '<em>Follow Up</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Follow Up</em>'.
	 * @generated
	 */
	FollowUp createFollowUp();

	/**
	 * Returns a new object of class '<em>Care Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Care Plan</em>'.
	 * @generated
	 */
	CarePlan createCarePlan();

	/**
	 * Returns a new object of class '<em>Dimension Rating</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dimension Rating</em>'.
	 * @generated
	 */
	DimensionRating createDimensionRating();

	/**
	 * Returns a new object of class '<em>Problem</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Problem</em>'.
	 * @generated
	 */
	Problem createProblem();

	/**
	 * Returns a new object of class '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Goal</em>'.
	 * @generated
	 */
	Goal createGoal();

	/**
	 * Returns a new object of class '<em>Objective</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Objective</em>'.
	 * @generated
	 */
	Objective createObjective();

	/**
	 * Returns a new object of class '<em>Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Intervention</em>'.
	 * @generated
	 */
	Intervention createIntervention();

	/**
	 * Returns a new object of class '<em>Plan Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Review</em>'.
	 * @generated
	 */
	PlanReview createPlanReview();

	/**
	 * Returns a new object of class '<em>Session Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Session Note</em>'.
	 * @generated
	 */
	SessionNote createSessionNote();

	/**
	 * Returns a new object of class '<em>Note Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Note Section</em>'.
	 * @generated
	 */
	NoteSection createNoteSection();

	/**
	 * Returns a new object of class '<em>Risk Screen</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk Screen</em>'.
	 * @generated
	 */
	RiskScreen createRiskScreen();

	/**
	 * Returns a new object of class '<em>Addendum</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Addendum</em>'.
	 * @generated
	 */
	Addendum createAddendum();

	/**
	 * Returns a new object of class '<em>Group Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Session</em>'.
	 * @generated
	 */
	GroupSession createGroupSession();

	/**
	 * Returns a new object of class '<em>Group Attendee</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Attendee</em>'.
	 * @generated
	 */
	GroupAttendee createGroupAttendee();

	/**
	 * Returns a new object of class '<em>Assessment Response</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Response</em>'.
	 * @generated
	 */
	AssessmentResponse createAssessmentResponse();

	/**
	 * Returns a new object of class '<em>Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Answer</em>'.
	 * @generated
	 */
	Answer createAnswer();

	/**
	 * Returns a new object of class '<em>Item Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Item Score</em>'.
	 * @generated
	 */
	ItemScore createItemScore();

	/**
	 * Returns a new object of class '<em>Subscale Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subscale Score</em>'.
	 * @generated
	 */
	SubscaleScore createSubscaleScore();

	/**
	 * Returns a new object of class '<em>Flag Acknowledgement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flag Acknowledgement</em>'.
	 * @generated
	 */
	FlagAcknowledgement createFlagAcknowledgement();

	/**
	 * Returns a new object of class '<em>Medication Order</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Medication Order</em>'.
	 * @generated
	 */
	MedicationOrder createMedicationOrder();

	/**
	 * Returns a new object of class '<em>Dose Administration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dose Administration</em>'.
	 * @generated
	 */
	DoseAdministration createDoseAdministration();

	/**
	 * Returns a new object of class '<em>Taper Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Taper Schedule</em>'.
	 * @generated
	 */
	TaperSchedule createTaperSchedule();

	/**
	 * Returns a new object of class '<em>Taper Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Taper Step</em>'.
	 * @generated
	 */
	TaperStep createTaperStep();

	/**
	 * Returns a new object of class '<em>Urine Drug Screen</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Urine Drug Screen</em>'.
	 * @generated
	 */
	UrineDrugScreen createUrineDrugScreen();

	/**
	 * Returns a new object of class '<em>Analyte Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Analyte Result</em>'.
	 * @generated
	 */
	AnalyteResult createAnalyteResult();

	/**
	 * Returns a new object of class '<em>Naloxone Dispense</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Naloxone Dispense</em>'.
	 * @generated
	 */
	NaloxoneDispense createNaloxoneDispense();

	/**
	 * Returns a new object of class '<em>Vital Signs</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vital Signs</em>'.
	 * @generated
	 */
	VitalSigns createVitalSigns();

	/**
	 * Returns a new object of class '<em>Consent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consent</em>'.
	 * @generated
	 */
	Consent createConsent();

	/**
	 * Returns a new object of class '<em>Disclosure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Disclosure</em>'.
	 * @generated
	 */
	Disclosure createDisclosure();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CairnPackage getCairnPackage();

} //CairnFactory
