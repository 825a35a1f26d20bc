/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.math.BigDecimal;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One administration of an assessment form: raw answers kept, so scores can be recomputed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.AssessmentResponse#getFormId <em>Form Id</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getFormVersion <em>Form Version</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getAdministeredAt <em>Administered At</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getAdministeredBy <em>Administered By</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getItemScores <em>Item Scores</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getTotal <em>Total</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getSubscales <em>Subscales</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getBand <em>Band</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getAcknowledgements <em>Acknowledgements</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getHoursSinceLastUse <em>Hours Since Last Use</em>}</li>
 *   <li>{@link org.cairn.model.AssessmentResponse#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getAssessmentResponse()
 * @model
 * @generated
 */
public interface AssessmentResponse extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Form Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form Id</em>' attribute.
	 * @see #setFormId(String)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_FormId()
	 * @model required="true"
	 * @generated
	 */
	String getFormId();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getFormId <em>Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form Id</em>' attribute.
	 * @see #getFormId()
	 * @generated
	 */
	void setFormId(String value);

	/**
	 * Returns the value of the '<em><b>Form Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form Version</em>' attribute.
	 * @see #setFormVersion(String)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_FormVersion()
	 * @model required="true"
	 * @generated
	 */
	String getFormVersion();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getFormVersion <em>Form Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form Version</em>' attribute.
	 * @see #getFormVersion()
	 * @generated
	 */
	void setFormVersion(String value);

	/**
	 * Returns the value of the '<em><b>Administered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Administered At</em>' attribute.
	 * @see #setAdministeredAt(Instant)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_AdministeredAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getAdministeredAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getAdministeredAt <em>Administered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Administered At</em>' attribute.
	 * @see #getAdministeredAt()
	 * @generated
	 */
	void setAdministeredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Administered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Administered By</em>' attribute.
	 * @see #setAdministeredBy(String)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_AdministeredBy()
	 * @model
	 * @generated
	 */
	String getAdministeredBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getAdministeredBy <em>Administered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Administered By</em>' attribute.
	 * @see #getAdministeredBy()
	 * @generated
	 */
	void setAdministeredBy(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ResponseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ResponseStatus
	 * @see #setStatus(ResponseStatus)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_Status()
	 * @model
	 * @generated
	 */
	ResponseStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ResponseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ResponseStatus value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Item Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.ItemScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Scores</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_ItemScores()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemScore> getItemScores();

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_Total()
	 * @model
	 * @generated
	 */
	BigDecimal getTotal();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Subscales</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.SubscaleScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subscales</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_Subscales()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubscaleScore> getSubscales();

	/**
	 * Returns the value of the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The severity band's id, e.g. 'moderate'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Band</em>' attribute.
	 * @see #setBand(String)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_Band()
	 * @model
	 * @generated
	 */
	String getBand();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getBand <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' attribute.
	 * @see #getBand()
	 * @generated
	 */
	void setBand(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Safety flags raised, e.g. 'phq9.item9'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_Flags()
	 * @model
	 * @generated
	 */
	EList<String> getFlags();

	/**
	 * Returns the value of the '<em><b>Acknowledgements</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.FlagAcknowledgement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flags a clinician has acknowledged, with what was done; an acknowledged flag no longer shows in the chart header.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledgements</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_Acknowledgements()
	 * @model containment="true"
	 * @generated
	 */
	EList<FlagAcknowledgement> getAcknowledgements();

	/**
	 * Returns the value of the '<em><b>Hours Since Last Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For withdrawal scales: hours between last use and this administration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours Since Last Use</em>' attribute.
	 * @see #setHoursSinceLastUse(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_HoursSinceLastUse()
	 * @model
	 * @generated
	 */
	BigDecimal getHoursSinceLastUse();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getHoursSinceLastUse <em>Hours Since Last Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Since Last Use</em>' attribute.
	 * @see #getHoursSinceLastUse()
	 * @generated
	 */
	void setHoursSinceLastUse(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getAssessmentResponse_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.AssessmentResponse#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // AssessmentResponse
