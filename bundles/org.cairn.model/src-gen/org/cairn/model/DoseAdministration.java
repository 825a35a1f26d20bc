/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dose Administration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One dose: given and observed, taken home, or missed with the reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.DoseAdministration#getOrderId <em>Order Id</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getScheduledFor <em>Scheduled For</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getDoseMg <em>Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getAdministeredAt <em>Administered At</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getAdministeredBy <em>Administered By</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getTakeHomeDoses <em>Take Home Doses</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#isLockBoxVerified <em>Lock Box Verified</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getLot <em>Lot</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#isIdentityChecked <em>Identity Checked</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getMissedReason <em>Missed Reason</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getInjectionSite <em>Injection Site</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getNextDueOn <em>Next Due On</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.cairn.model.DoseAdministration#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getDoseAdministration()
 * @model
 * @generated
 */
public interface DoseAdministration extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Order Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order Id</em>' attribute.
	 * @see #setOrderId(String)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_OrderId()
	 * @model required="true"
	 * @generated
	 */
	String getOrderId();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getOrderId <em>Order Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Id</em>' attribute.
	 * @see #getOrderId()
	 * @generated
	 */
	void setOrderId(String value);

	/**
	 * Returns the value of the '<em><b>Scheduled For</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduled For</em>' attribute.
	 * @see #setScheduledFor(LocalDate)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_ScheduledFor()
	 * @model dataType="org.cairn.model.Date" required="true"
	 * @generated
	 */
	LocalDate getScheduledFor();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getScheduledFor <em>Scheduled For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled For</em>' attribute.
	 * @see #getScheduledFor()
	 * @generated
	 */
	void setScheduledFor(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.DoseOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.cairn.model.DoseOutcome
	 * @see #setOutcome(DoseOutcome)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_Outcome()
	 * @model required="true"
	 * @generated
	 */
	DoseOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.cairn.model.DoseOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(DoseOutcome value);

	/**
	 * Returns the value of the '<em><b>Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Mg</em>' attribute.
	 * @see #setDoseMg(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_DoseMg()
	 * @model
	 * @generated
	 */
	BigDecimal getDoseMg();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getDoseMg <em>Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Mg</em>' attribute.
	 * @see #getDoseMg()
	 * @generated
	 */
	void setDoseMg(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Administered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Administered At</em>' attribute.
	 * @see #setAdministeredAt(Instant)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_AdministeredAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getAdministeredAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getAdministeredAt <em>Administered At</em>}' attribute.
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
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_AdministeredBy()
	 * @model
	 * @generated
	 */
	String getAdministeredBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getAdministeredBy <em>Administered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Administered By</em>' attribute.
	 * @see #getAdministeredBy()
	 * @generated
	 */
	void setAdministeredBy(String value);

	/**
	 * Returns the value of the '<em><b>Take Home Doses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Doses dispensed to take home.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Take Home Doses</em>' attribute.
	 * @see #setTakeHomeDoses(int)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_TakeHomeDoses()
	 * @model
	 * @generated
	 */
	int getTakeHomeDoses();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getTakeHomeDoses <em>Take Home Doses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Take Home Doses</em>' attribute.
	 * @see #getTakeHomeDoses()
	 * @generated
	 */
	void setTakeHomeDoses(int value);

	/**
	 * Returns the value of the '<em><b>Lock Box Verified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lock Box Verified</em>' attribute.
	 * @see #setLockBoxVerified(boolean)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_LockBoxVerified()
	 * @model
	 * @generated
	 */
	boolean isLockBoxVerified();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#isLockBoxVerified <em>Lock Box Verified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock Box Verified</em>' attribute.
	 * @see #isLockBoxVerified()
	 * @generated
	 */
	void setLockBoxVerified(boolean value);

	/**
	 * Returns the value of the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lot</em>' attribute.
	 * @see #setLot(String)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_Lot()
	 * @model
	 * @generated
	 */
	String getLot();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getLot <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lot</em>' attribute.
	 * @see #getLot()
	 * @generated
	 */
	void setLot(String value);

	/**
	 * Returns the value of the '<em><b>Identity Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity Checked</em>' attribute.
	 * @see #setIdentityChecked(boolean)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_IdentityChecked()
	 * @model
	 * @generated
	 */
	boolean isIdentityChecked();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#isIdentityChecked <em>Identity Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity Checked</em>' attribute.
	 * @see #isIdentityChecked()
	 * @generated
	 */
	void setIdentityChecked(boolean value);

	/**
	 * Returns the value of the '<em><b>Missed Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.MissedDoseReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missed Reason</em>' attribute.
	 * @see org.cairn.model.MissedDoseReason
	 * @see #setMissedReason(MissedDoseReason)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_MissedReason()
	 * @model
	 * @generated
	 */
	MissedDoseReason getMissedReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getMissedReason <em>Missed Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missed Reason</em>' attribute.
	 * @see org.cairn.model.MissedDoseReason
	 * @see #getMissedReason()
	 * @generated
	 */
	void setMissedReason(MissedDoseReason value);

	/**
	 * Returns the value of the '<em><b>Injection Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Injection Site</em>' attribute.
	 * @see #setInjectionSite(String)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_InjectionSite()
	 * @model
	 * @generated
	 */
	String getInjectionSite();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getInjectionSite <em>Injection Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Injection Site</em>' attribute.
	 * @see #getInjectionSite()
	 * @generated
	 */
	void setInjectionSite(String value);

	/**
	 * Returns the value of the '<em><b>Next Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Due On</em>' attribute.
	 * @see #setNextDueOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_NextDueOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getNextDueOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getNextDueOn <em>Next Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Due On</em>' attribute.
	 * @see #getNextDueOn()
	 * @generated
	 */
	void setNextDueOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getDoseAdministration_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.DoseAdministration#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // DoseAdministration
