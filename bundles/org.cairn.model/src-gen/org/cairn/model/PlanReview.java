/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.PlanReview#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.cairn.model.PlanReview#getReviewerId <em>Reviewer Id</em>}</li>
 *   <li>{@link org.cairn.model.PlanReview#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cairn.model.PlanReview#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getPlanReview()
 * @model
 * @generated
 */
public interface PlanReview extends EObject {
	/**
	 * Returns the value of the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed On</em>' attribute.
	 * @see #setReviewedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getPlanReview_ReviewedOn()
	 * @model dataType="org.cairn.model.Date" required="true"
	 * @generated
	 */
	LocalDate getReviewedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.PlanReview#getReviewedOn <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed On</em>' attribute.
	 * @see #getReviewedOn()
	 * @generated
	 */
	void setReviewedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reviewer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Id</em>' attribute.
	 * @see #setReviewerId(String)
	 * @see org.cairn.model.CairnPackage#getPlanReview_ReviewerId()
	 * @model required="true"
	 * @generated
	 */
	String getReviewerId();

	/**
	 * Sets the value of the '{@link org.cairn.model.PlanReview#getReviewerId <em>Reviewer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Id</em>' attribute.
	 * @see #getReviewerId()
	 * @generated
	 */
	void setReviewerId(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scheduled, level-of-care change, sentinel event...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.cairn.model.CairnPackage#getPlanReview_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.PlanReview#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.cairn.model.CairnPackage#getPlanReview_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.cairn.model.PlanReview#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // PlanReview
