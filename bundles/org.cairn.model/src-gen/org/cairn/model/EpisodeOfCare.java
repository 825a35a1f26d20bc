/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Episode Of Care</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One stay in a programme, from admission to discharge, through its phases.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getProgramme <em>Programme</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getLevelOfCare <em>Level Of Care</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getAdmittedOn <em>Admitted On</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getDischargedOn <em>Discharged On</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getLastUseAt <em>Last Use At</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getSubstances <em>Substances</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getDiagnoses <em>Diagnoses</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getCareTeam <em>Care Team</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getDischargeReason <em>Discharge Reason</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getDischargeSummary <em>Discharge Summary</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getAftercare <em>Aftercare</em>}</li>
 *   <li>{@link org.cairn.model.EpisodeOfCare#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getEpisodeOfCare()
 * @model
 * @generated
 */
public interface EpisodeOfCare extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Programme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.Programme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programme</em>' attribute.
	 * @see org.cairn.model.Programme
	 * @see #setProgramme(Programme)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_Programme()
	 * @model required="true"
	 * @generated
	 */
	Programme getProgramme();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getProgramme <em>Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programme</em>' attribute.
	 * @see org.cairn.model.Programme
	 * @see #getProgramme()
	 * @generated
	 */
	void setProgramme(Programme value);

	/**
	 * Returns the value of the '<em><b>Level Of Care</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level of care as a code (e.g. an ASAM level); the text is data, not licensed content.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level Of Care</em>' containment reference.
	 * @see #setLevelOfCare(Code)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_LevelOfCare()
	 * @model containment="true"
	 * @generated
	 */
	Code getLevelOfCare();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getLevelOfCare <em>Level Of Care</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level Of Care</em>' containment reference.
	 * @see #getLevelOfCare()
	 * @generated
	 */
	void setLevelOfCare(Code value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.EpisodeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.EpisodeStatus
	 * @see #setStatus(EpisodeStatus)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_Status()
	 * @model
	 * @generated
	 */
	EpisodeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.EpisodeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EpisodeStatus value);

	/**
	 * Returns the value of the '<em><b>Admitted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Admitted On</em>' attribute.
	 * @see #setAdmittedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_AdmittedOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getAdmittedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getAdmittedOn <em>Admitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Admitted On</em>' attribute.
	 * @see #getAdmittedOn()
	 * @generated
	 */
	void setAdmittedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Discharged On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discharged On</em>' attribute.
	 * @see #setDischargedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_DischargedOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getDischargedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getDischargedOn <em>Discharged On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharged On</em>' attribute.
	 * @see #getDischargedOn()
	 * @generated
	 */
	void setDischargedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Last Use At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reported time of last opioid use at admission: the clock of the withdrawal timeline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Use At</em>' attribute.
	 * @see #setLastUseAt(Instant)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_LastUseAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getLastUseAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getLastUseAt <em>Last Use At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Use At</em>' attribute.
	 * @see #getLastUseAt()
	 * @generated
	 */
	void setLastUseAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Substances</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Substances</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_Substances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getSubstances();

	/**
	 * Returns the value of the '<em><b>Diagnoses</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Diagnosis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnoses</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_Diagnoses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagnosis> getDiagnoses();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.PhaseTransition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phase transitions in order; the last one without an end is the current phase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<PhaseTransition> getPhases();

	/**
	 * Returns the value of the '<em><b>Care Team</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.CareTeamMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Care Team</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_CareTeam()
	 * @model containment="true"
	 * @generated
	 */
	EList<CareTeamMember> getCareTeam();

	/**
	 * Returns the value of the '<em><b>Discharge Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.DischargeReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discharge Reason</em>' attribute.
	 * @see org.cairn.model.DischargeReason
	 * @see #setDischargeReason(DischargeReason)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_DischargeReason()
	 * @model
	 * @generated
	 */
	DischargeReason getDischargeReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getDischargeReason <em>Discharge Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharge Reason</em>' attribute.
	 * @see org.cairn.model.DischargeReason
	 * @see #getDischargeReason()
	 * @generated
	 */
	void setDischargeReason(DischargeReason value);

	/**
	 * Returns the value of the '<em><b>Discharge Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discharge Summary</em>' attribute.
	 * @see #setDischargeSummary(String)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_DischargeSummary()
	 * @model
	 * @generated
	 */
	String getDischargeSummary();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getDischargeSummary <em>Discharge Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharge Summary</em>' attribute.
	 * @see #getDischargeSummary()
	 * @generated
	 */
	void setDischargeSummary(String value);

	/**
	 * Returns the value of the '<em><b>Aftercare</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aftercare</em>' containment reference.
	 * @see #setAftercare(AftercarePlan)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_Aftercare()
	 * @model containment="true"
	 * @generated
	 */
	AftercarePlan getAftercare();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getAftercare <em>Aftercare</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aftercare</em>' containment reference.
	 * @see #getAftercare()
	 * @generated
	 */
	void setAftercare(AftercarePlan value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getEpisodeOfCare_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.EpisodeOfCare#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // EpisodeOfCare
