/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aftercare Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.AftercarePlan#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.cairn.model.AftercarePlan#getReferrals <em>Referrals</em>}</li>
 *   <li>{@link org.cairn.model.AftercarePlan#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getAftercarePlan()
 * @model
 * @generated
 */
public interface AftercarePlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.cairn.model.CairnPackage#getAftercarePlan_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.cairn.model.AftercarePlan#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Referrals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referrals</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getAftercarePlan_Referrals()
	 * @model
	 * @generated
	 */
	EList<String> getReferrals();

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.FollowUp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getAftercarePlan_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUp> getFollowUps();

} // AftercarePlan
