/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.util;

import org.cairn.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage
 * @generated
 */
public class CairnSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CairnPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CairnSwitch() {
		if (modelPackage == null) {
			modelPackage = CairnPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CairnPackage.CLINICAL_RECORD: {
				ClinicalRecord clinicalRecord = (ClinicalRecord)theEObject;
				T result = caseClinicalRecord(clinicalRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.PATIENT_RECORD: {
				PatientRecord patientRecord = (PatientRecord)theEObject;
				T result = casePatientRecord(patientRecord);
				if (result == null) result = caseClinicalRecord(patientRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.CODE: {
				Code code = (Code)theEObject;
				T result = caseCode(code);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.SIGNATURE: {
				Signature signature = (Signature)theEObject;
				T result = caseSignature(signature);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.ERROR_MARK: {
				ErrorMark errorMark = (ErrorMark)theEObject;
				T result = caseErrorMark(errorMark);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.PATIENT: {
				Patient patient = (Patient)theEObject;
				T result = casePatient(patient);
				if (result == null) result = caseClinicalRecord(patient);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.CONTACT_DETAILS: {
				ContactDetails contactDetails = (ContactDetails)theEObject;
				T result = caseContactDetails(contactDetails);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.EMERGENCY_CONTACT: {
				EmergencyContact emergencyContact = (EmergencyContact)theEObject;
				T result = caseEmergencyContact(emergencyContact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.ALERT: {
				Alert alert = (Alert)theEObject;
				T result = caseAlert(alert);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.EPISODE_OF_CARE: {
				EpisodeOfCare episodeOfCare = (EpisodeOfCare)theEObject;
				T result = caseEpisodeOfCare(episodeOfCare);
				if (result == null) result = casePatientRecord(episodeOfCare);
				if (result == null) result = caseClinicalRecord(episodeOfCare);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.DIAGNOSIS: {
				Diagnosis diagnosis = (Diagnosis)theEObject;
				T result = caseDiagnosis(diagnosis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.PHASE_TRANSITION: {
				PhaseTransition phaseTransition = (PhaseTransition)theEObject;
				T result = casePhaseTransition(phaseTransition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.CARE_TEAM_MEMBER: {
				CareTeamMember careTeamMember = (CareTeamMember)theEObject;
				T result = caseCareTeamMember(careTeamMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.AFTERCARE_PLAN: {
				AftercarePlan aftercarePlan = (AftercarePlan)theEObject;
				T result = caseAftercarePlan(aftercarePlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.FOLLOW_UP: {
				FollowUp followUp = (FollowUp)theEObject;
				T result = caseFollowUp(followUp);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.CARE_PLAN: {
				CarePlan carePlan = (CarePlan)theEObject;
				T result = caseCarePlan(carePlan);
				if (result == null) result = casePatientRecord(carePlan);
				if (result == null) result = caseClinicalRecord(carePlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.DIMENSION_RATING: {
				DimensionRating dimensionRating = (DimensionRating)theEObject;
				T result = caseDimensionRating(dimensionRating);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.PROBLEM: {
				Problem problem = (Problem)theEObject;
				T result = caseProblem(problem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.GOAL: {
				Goal goal = (Goal)theEObject;
				T result = caseGoal(goal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.OBJECTIVE: {
				Objective objective = (Objective)theEObject;
				T result = caseObjective(objective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.INTERVENTION: {
				Intervention intervention = (Intervention)theEObject;
				T result = caseIntervention(intervention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.PLAN_REVIEW: {
				PlanReview planReview = (PlanReview)theEObject;
				T result = casePlanReview(planReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.SESSION_NOTE: {
				SessionNote sessionNote = (SessionNote)theEObject;
				T result = caseSessionNote(sessionNote);
				if (result == null) result = casePatientRecord(sessionNote);
				if (result == null) result = caseClinicalRecord(sessionNote);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.NOTE_SECTION: {
				NoteSection noteSection = (NoteSection)theEObject;
				T result = caseNoteSection(noteSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.RISK_SCREEN: {
				RiskScreen riskScreen = (RiskScreen)theEObject;
				T result = caseRiskScreen(riskScreen);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.ADDENDUM: {
				Addendum addendum = (Addendum)theEObject;
				T result = caseAddendum(addendum);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.GROUP_SESSION: {
				GroupSession groupSession = (GroupSession)theEObject;
				T result = caseGroupSession(groupSession);
				if (result == null) result = caseClinicalRecord(groupSession);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.GROUP_ATTENDEE: {
				GroupAttendee groupAttendee = (GroupAttendee)theEObject;
				T result = caseGroupAttendee(groupAttendee);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.ASSESSMENT_RESPONSE: {
				AssessmentResponse assessmentResponse = (AssessmentResponse)theEObject;
				T result = caseAssessmentResponse(assessmentResponse);
				if (result == null) result = casePatientRecord(assessmentResponse);
				if (result == null) result = caseClinicalRecord(assessmentResponse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.ANSWER: {
				Answer answer = (Answer)theEObject;
				T result = caseAnswer(answer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.ITEM_SCORE: {
				ItemScore itemScore = (ItemScore)theEObject;
				T result = caseItemScore(itemScore);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.SUBSCALE_SCORE: {
				SubscaleScore subscaleScore = (SubscaleScore)theEObject;
				T result = caseSubscaleScore(subscaleScore);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.FLAG_ACKNOWLEDGEMENT: {
				FlagAcknowledgement flagAcknowledgement = (FlagAcknowledgement)theEObject;
				T result = caseFlagAcknowledgement(flagAcknowledgement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.MEDICATION_ORDER: {
				MedicationOrder medicationOrder = (MedicationOrder)theEObject;
				T result = caseMedicationOrder(medicationOrder);
				if (result == null) result = casePatientRecord(medicationOrder);
				if (result == null) result = caseClinicalRecord(medicationOrder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.DOSE_ADMINISTRATION: {
				DoseAdministration doseAdministration = (DoseAdministration)theEObject;
				T result = caseDoseAdministration(doseAdministration);
				if (result == null) result = casePatientRecord(doseAdministration);
				if (result == null) result = caseClinicalRecord(doseAdministration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.TAPER_SCHEDULE: {
				TaperSchedule taperSchedule = (TaperSchedule)theEObject;
				T result = caseTaperSchedule(taperSchedule);
				if (result == null) result = casePatientRecord(taperSchedule);
				if (result == null) result = caseClinicalRecord(taperSchedule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.TAPER_STEP: {
				TaperStep taperStep = (TaperStep)theEObject;
				T result = caseTaperStep(taperStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.URINE_DRUG_SCREEN: {
				UrineDrugScreen urineDrugScreen = (UrineDrugScreen)theEObject;
				T result = caseUrineDrugScreen(urineDrugScreen);
				if (result == null) result = casePatientRecord(urineDrugScreen);
				if (result == null) result = caseClinicalRecord(urineDrugScreen);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.ANALYTE_RESULT: {
				AnalyteResult analyteResult = (AnalyteResult)theEObject;
				T result = caseAnalyteResult(analyteResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.NALOXONE_DISPENSE: {
				NaloxoneDispense naloxoneDispense = (NaloxoneDispense)theEObject;
				T result = caseNaloxoneDispense(naloxoneDispense);
				if (result == null) result = casePatientRecord(naloxoneDispense);
				if (result == null) result = caseClinicalRecord(naloxoneDispense);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.VITAL_SIGNS: {
				VitalSigns vitalSigns = (VitalSigns)theEObject;
				T result = caseVitalSigns(vitalSigns);
				if (result == null) result = casePatientRecord(vitalSigns);
				if (result == null) result = caseClinicalRecord(vitalSigns);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.CONSENT: {
				Consent consent = (Consent)theEObject;
				T result = caseConsent(consent);
				if (result == null) result = casePatientRecord(consent);
				if (result == null) result = caseClinicalRecord(consent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CairnPackage.DISCLOSURE: {
				Disclosure disclosure = (Disclosure)theEObject;
				T result = caseDisclosure(disclosure);
				if (result == null) result = casePatientRecord(disclosure);
				if (result == null) result = caseClinicalRecord(disclosure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Clinical Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Clinical Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClinicalRecord(ClinicalRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Patient Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Patient Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatientRecord(PatientRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Code</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Code</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCode(Code object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Signature</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Signature</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSignature(Signature object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Error Mark</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Error Mark</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseErrorMark(ErrorMark object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Patient</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Patient</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatient(Patient object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Details</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Details</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactDetails(ContactDetails object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Emergency Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Emergency Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEmergencyContact(EmergencyContact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Alert</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Alert</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlert(Alert object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Episode Of Care</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Episode Of Care</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEpisodeOfCare(EpisodeOfCare object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagnosis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagnosis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagnosis(Diagnosis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Phase Transition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Phase Transition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePhaseTransition(PhaseTransition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Care Team Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Care Team Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCareTeamMember(CareTeamMember object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Aftercare Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Aftercare Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAftercarePlan(AftercarePlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Follow Up</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Follow Up</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFollowUp(FollowUp object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Care Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Care Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCarePlan(CarePlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dimension Rating</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dimension Rating</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDimensionRating(DimensionRating object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Problem</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Problem</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProblem(Problem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGoal(Goal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObjective(Objective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntervention(Intervention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanReview(PlanReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Session Note</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Session Note</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSessionNote(SessionNote object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Note Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Note Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNoteSection(NoteSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk Screen</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk Screen</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRiskScreen(RiskScreen object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Addendum</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Addendum</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAddendum(Addendum object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Session</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Session</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupSession(GroupSession object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Attendee</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Attendee</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupAttendee(GroupAttendee object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment Response</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment Response</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessmentResponse(AssessmentResponse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnswer(Answer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Item Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Item Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseItemScore(ItemScore object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subscale Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subscale Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubscaleScore(SubscaleScore object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flag Acknowledgement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flag Acknowledgement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlagAcknowledgement(FlagAcknowledgement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Medication Order</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Medication Order</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMedicationOrder(MedicationOrder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dose Administration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dose Administration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDoseAdministration(DoseAdministration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Taper Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Taper Schedule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaperSchedule(TaperSchedule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Taper Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Taper Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaperStep(TaperStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Urine Drug Screen</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Urine Drug Screen</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUrineDrugScreen(UrineDrugScreen object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analyte Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analyte Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalyteResult(AnalyteResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Naloxone Dispense</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Naloxone Dispense</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNaloxoneDispense(NaloxoneDispense object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vital Signs</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vital Signs</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVitalSigns(VitalSigns object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsent(Consent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Disclosure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Disclosure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDisclosure(Disclosure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CairnSwitch
