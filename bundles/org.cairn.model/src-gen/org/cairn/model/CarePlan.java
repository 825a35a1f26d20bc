/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Care Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The treatment plan: problems, goals, SMART objectives and interventions. Each review saves a new version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.CarePlan#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getReviewDue <em>Review Due</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getDischargeCriteria <em>Discharge Criteria</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getCrisisPlan <em>Crisis Plan</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getDimensionRatings <em>Dimension Ratings</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getSignatures <em>Signatures</em>}</li>
 *   <li>{@link org.cairn.model.CarePlan#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getCarePlan()
 * @model
 * @generated
 */
public interface CarePlan extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 for the first plan, +1 for each review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(int)
	 * @see org.cairn.model.CairnPackage#getCarePlan_Revision()
	 * @model
	 * @generated
	 */
	int getRevision();

	/**
	 * Sets the value of the '{@link org.cairn.model.CarePlan#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.CarePlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.CarePlanStatus
	 * @see #setStatus(CarePlanStatus)
	 * @see org.cairn.model.CairnPackage#getCarePlan_Status()
	 * @model
	 * @generated
	 */
	CarePlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.CarePlan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.CarePlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CarePlanStatus value);

	/**
	 * Returns the value of the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective From</em>' attribute.
	 * @see #setEffectiveFrom(LocalDate)
	 * @see org.cairn.model.CairnPackage#getCarePlan_EffectiveFrom()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getEffectiveFrom();

	/**
	 * Sets the value of the '{@link org.cairn.model.CarePlan#getEffectiveFrom <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective From</em>' attribute.
	 * @see #getEffectiveFrom()
	 * @generated
	 */
	void setEffectiveFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Review Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Due</em>' attribute.
	 * @see #setReviewDue(LocalDate)
	 * @see org.cairn.model.CairnPackage#getCarePlan_ReviewDue()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getReviewDue();

	/**
	 * Sets the value of the '{@link org.cairn.model.CarePlan#getReviewDue <em>Review Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Due</em>' attribute.
	 * @see #getReviewDue()
	 * @generated
	 */
	void setReviewDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Problem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getCarePlan_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Problem> getProblems();

	/**
	 * Returns the value of the '<em><b>Strengths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strengths</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getCarePlan_Strengths()
	 * @model
	 * @generated
	 */
	EList<String> getStrengths();

	/**
	 * Returns the value of the '<em><b>Barriers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Barriers</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getCarePlan_Barriers()
	 * @model
	 * @generated
	 */
	EList<String> getBarriers();

	/**
	 * Returns the value of the '<em><b>Preferences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferences</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getCarePlan_Preferences()
	 * @model
	 * @generated
	 */
	EList<String> getPreferences();

	/**
	 * Returns the value of the '<em><b>Discharge Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discharge Criteria</em>' attribute.
	 * @see #setDischargeCriteria(String)
	 * @see org.cairn.model.CairnPackage#getCarePlan_DischargeCriteria()
	 * @model
	 * @generated
	 */
	String getDischargeCriteria();

	/**
	 * Sets the value of the '{@link org.cairn.model.CarePlan#getDischargeCriteria <em>Discharge Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharge Criteria</em>' attribute.
	 * @see #getDischargeCriteria()
	 * @generated
	 */
	void setDischargeCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Crisis Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Crisis Plan</em>' attribute.
	 * @see #setCrisisPlan(String)
	 * @see org.cairn.model.CairnPackage#getCarePlan_CrisisPlan()
	 * @model
	 * @generated
	 */
	String getCrisisPlan();

	/**
	 * Sets the value of the '{@link org.cairn.model.CarePlan#getCrisisPlan <em>Crisis Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crisis Plan</em>' attribute.
	 * @see #getCrisisPlan()
	 * @generated
	 */
	void setCrisisPlan(String value);

	/**
	 * Returns the value of the '<em><b>Dimension Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.DimensionRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension Ratings</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getCarePlan_DimensionRatings()
	 * @model containment="true"
	 * @generated
	 */
	EList<DimensionRating> getDimensionRatings();

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.PlanReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getCarePlan_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanReview> getReviews();

	/**
	 * Returns the value of the '<em><b>Signatures</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Signature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatures</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getCarePlan_Signatures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signature> getSignatures();

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getCarePlan_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.CarePlan#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // CarePlan
