/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Screen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.RiskScreen#getSuicidalIdeation <em>Suicidal Ideation</em>}</li>
 *   <li>{@link org.cairn.model.RiskScreen#getHomicidalIdeation <em>Homicidal Ideation</em>}</li>
 *   <li>{@link org.cairn.model.RiskScreen#getOverdoseRisk <em>Overdose Risk</em>}</li>
 *   <li>{@link org.cairn.model.RiskScreen#isSafetyPlanReviewed <em>Safety Plan Reviewed</em>}</li>
 *   <li>{@link org.cairn.model.RiskScreen#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getRiskScreen()
 * @model
 * @generated
 */
public interface RiskScreen extends EObject {
	/**
	 * Returns the value of the '<em><b>Suicidal Ideation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suicidal Ideation</em>' attribute.
	 * @see org.cairn.model.RiskLevel
	 * @see #setSuicidalIdeation(RiskLevel)
	 * @see org.cairn.model.CairnPackage#getRiskScreen_SuicidalIdeation()
	 * @model
	 * @generated
	 */
	RiskLevel getSuicidalIdeation();

	/**
	 * Sets the value of the '{@link org.cairn.model.RiskScreen#getSuicidalIdeation <em>Suicidal Ideation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suicidal Ideation</em>' attribute.
	 * @see org.cairn.model.RiskLevel
	 * @see #getSuicidalIdeation()
	 * @generated
	 */
	void setSuicidalIdeation(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Homicidal Ideation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Homicidal Ideation</em>' attribute.
	 * @see org.cairn.model.RiskLevel
	 * @see #setHomicidalIdeation(RiskLevel)
	 * @see org.cairn.model.CairnPackage#getRiskScreen_HomicidalIdeation()
	 * @model
	 * @generated
	 */
	RiskLevel getHomicidalIdeation();

	/**
	 * Sets the value of the '{@link org.cairn.model.RiskScreen#getHomicidalIdeation <em>Homicidal Ideation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Homicidal Ideation</em>' attribute.
	 * @see org.cairn.model.RiskLevel
	 * @see #getHomicidalIdeation()
	 * @generated
	 */
	void setHomicidalIdeation(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Overdose Risk</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overdose Risk</em>' attribute.
	 * @see org.cairn.model.RiskLevel
	 * @see #setOverdoseRisk(RiskLevel)
	 * @see org.cairn.model.CairnPackage#getRiskScreen_OverdoseRisk()
	 * @model
	 * @generated
	 */
	RiskLevel getOverdoseRisk();

	/**
	 * Sets the value of the '{@link org.cairn.model.RiskScreen#getOverdoseRisk <em>Overdose Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overdose Risk</em>' attribute.
	 * @see org.cairn.model.RiskLevel
	 * @see #getOverdoseRisk()
	 * @generated
	 */
	void setOverdoseRisk(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Safety Plan Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Safety Plan Reviewed</em>' attribute.
	 * @see #setSafetyPlanReviewed(boolean)
	 * @see org.cairn.model.CairnPackage#getRiskScreen_SafetyPlanReviewed()
	 * @model
	 * @generated
	 */
	boolean isSafetyPlanReviewed();

	/**
	 * Sets the value of the '{@link org.cairn.model.RiskScreen#isSafetyPlanReviewed <em>Safety Plan Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safety Plan Reviewed</em>' attribute.
	 * @see #isSafetyPlanReviewed()
	 * @generated
	 */
	void setSafetyPlanReviewed(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.cairn.model.CairnPackage#getRiskScreen_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.cairn.model.RiskScreen#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // RiskScreen
