/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Naloxone Dispense</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getDispensedAt <em>Dispensed At</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getDispensedBy <em>Dispensed By</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getRecipientName <em>Recipient Name</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getProduct <em>Product</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getLot <em>Lot</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#isTrainingGiven <em>Training Given</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#isOverdosePlanReviewed <em>Overdose Plan Reviewed</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getReplacementReason <em>Replacement Reason</em>}</li>
 *   <li>{@link org.cairn.model.NaloxoneDispense#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getNaloxoneDispense()
 * @model
 * @generated
 */
public interface NaloxoneDispense extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Dispensed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dispensed At</em>' attribute.
	 * @see #setDispensedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_DispensedAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getDispensedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getDispensedAt <em>Dispensed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dispensed At</em>' attribute.
	 * @see #getDispensedAt()
	 * @generated
	 */
	void setDispensedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Dispensed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dispensed By</em>' attribute.
	 * @see #setDispensedBy(String)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_DispensedBy()
	 * @model
	 * @generated
	 */
	String getDispensedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getDispensedBy <em>Dispensed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dispensed By</em>' attribute.
	 * @see #getDispensedBy()
	 * @generated
	 */
	void setDispensedBy(String value);

	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.NaloxoneRecipient}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient</em>' attribute.
	 * @see org.cairn.model.NaloxoneRecipient
	 * @see #setRecipient(NaloxoneRecipient)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_Recipient()
	 * @model
	 * @generated
	 */
	NaloxoneRecipient getRecipient();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getRecipient <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' attribute.
	 * @see org.cairn.model.NaloxoneRecipient
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(NaloxoneRecipient value);

	/**
	 * Returns the value of the '<em><b>Recipient Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient Name</em>' attribute.
	 * @see #setRecipientName(String)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_RecipientName()
	 * @model
	 * @generated
	 */
	String getRecipientName();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getRecipientName <em>Recipient Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient Name</em>' attribute.
	 * @see #getRecipientName()
	 * @generated
	 */
	void setRecipientName(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RxNorm, e.g. 1725064 naloxone 4 mg nasal spray.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' containment reference.
	 * @see #setProduct(Code)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_Product()
	 * @model containment="true"
	 * @generated
	 */
	Code getProduct();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getProduct <em>Product</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' containment reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(Code value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_Quantity()
	 * @model
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lot</em>' attribute.
	 * @see #setLot(String)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_Lot()
	 * @model
	 * @generated
	 */
	String getLot();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getLot <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lot</em>' attribute.
	 * @see #getLot()
	 * @generated
	 */
	void setLot(String value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_ExpiresOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getExpiresOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Training Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Given</em>' attribute.
	 * @see #setTrainingGiven(boolean)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_TrainingGiven()
	 * @model
	 * @generated
	 */
	boolean isTrainingGiven();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#isTrainingGiven <em>Training Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Given</em>' attribute.
	 * @see #isTrainingGiven()
	 * @generated
	 */
	void setTrainingGiven(boolean value);

	/**
	 * Returns the value of the '<em><b>Overdose Plan Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overdose Plan Reviewed</em>' attribute.
	 * @see #setOverdosePlanReviewed(boolean)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_OverdosePlanReviewed()
	 * @model
	 * @generated
	 */
	boolean isOverdosePlanReviewed();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#isOverdosePlanReviewed <em>Overdose Plan Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overdose Plan Reviewed</em>' attribute.
	 * @see #isOverdosePlanReviewed()
	 * @generated
	 */
	void setOverdosePlanReviewed(boolean value);

	/**
	 * Returns the value of the '<em><b>Replacement Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.KitReplacementReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replacement Reason</em>' attribute.
	 * @see org.cairn.model.KitReplacementReason
	 * @see #setReplacementReason(KitReplacementReason)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_ReplacementReason()
	 * @model
	 * @generated
	 */
	KitReplacementReason getReplacementReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getReplacementReason <em>Replacement Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replacement Reason</em>' attribute.
	 * @see org.cairn.model.KitReplacementReason
	 * @see #getReplacementReason()
	 * @generated
	 */
	void setReplacementReason(KitReplacementReason value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getNaloxoneDispense_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.NaloxoneDispense#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // NaloxoneDispense
