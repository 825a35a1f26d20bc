/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Taper Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planned dose reduction.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.TaperSchedule#getOrderId <em>Order Id</em>}</li>
 *   <li>{@link org.cairn.model.TaperSchedule#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.TaperSchedule#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cairn.model.TaperSchedule#isPatientAgreed <em>Patient Agreed</em>}</li>
 *   <li>{@link org.cairn.model.TaperSchedule#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.cairn.model.TaperSchedule#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getTaperSchedule()
 * @model
 * @generated
 */
public interface TaperSchedule extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Order Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order Id</em>' attribute.
	 * @see #setOrderId(String)
	 * @see org.cairn.model.CairnPackage#getTaperSchedule_OrderId()
	 * @model required="true"
	 * @generated
	 */
	String getOrderId();

	/**
	 * Sets the value of the '{@link org.cairn.model.TaperSchedule#getOrderId <em>Order Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Id</em>' attribute.
	 * @see #getOrderId()
	 * @generated
	 */
	void setOrderId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.TaperStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.TaperStatus
	 * @see #setStatus(TaperStatus)
	 * @see org.cairn.model.CairnPackage#getTaperSchedule_Status()
	 * @model
	 * @generated
	 */
	TaperStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.TaperSchedule#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.TaperStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TaperStatus value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.cairn.model.CairnPackage#getTaperSchedule_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.TaperSchedule#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Patient Agreed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient Agreed</em>' attribute.
	 * @see #setPatientAgreed(boolean)
	 * @see org.cairn.model.CairnPackage#getTaperSchedule_PatientAgreed()
	 * @model
	 * @generated
	 */
	boolean isPatientAgreed();

	/**
	 * Sets the value of the '{@link org.cairn.model.TaperSchedule#isPatientAgreed <em>Patient Agreed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Agreed</em>' attribute.
	 * @see #isPatientAgreed()
	 * @generated
	 */
	void setPatientAgreed(boolean value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.TaperStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getTaperSchedule_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaperStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getTaperSchedule_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.TaperSchedule#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // TaperSchedule
