/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.ItemScore#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.cairn.model.ItemScore#getScore <em>Score</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getItemScore()
 * @model
 * @generated
 */
public interface ItemScore extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see org.cairn.model.CairnPackage#getItemScore_ItemId()
	 * @model required="true"
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link org.cairn.model.ItemScore#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getItemScore_Score()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getScore();

	/**
	 * Sets the value of the '{@link org.cairn.model.ItemScore#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(BigDecimal value);

} // ItemScore
