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
 * A representation of the model object '<em><b>Subscale Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.SubscaleScore#getSubscaleId <em>Subscale Id</em>}</li>
 *   <li>{@link org.cairn.model.SubscaleScore#getScore <em>Score</em>}</li>
 *   <li>{@link org.cairn.model.SubscaleScore#getBand <em>Band</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getSubscaleScore()
 * @model
 * @generated
 */
public interface SubscaleScore extends EObject {
	/**
	 * Returns the value of the '<em><b>Subscale Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subscale Id</em>' attribute.
	 * @see #setSubscaleId(String)
	 * @see org.cairn.model.CairnPackage#getSubscaleScore_SubscaleId()
	 * @model required="true"
	 * @generated
	 */
	String getSubscaleId();

	/**
	 * Sets the value of the '{@link org.cairn.model.SubscaleScore#getSubscaleId <em>Subscale Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subscale Id</em>' attribute.
	 * @see #getSubscaleId()
	 * @generated
	 */
	void setSubscaleId(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getSubscaleScore_Score()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getScore();

	/**
	 * Sets the value of the '{@link org.cairn.model.SubscaleScore#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Band</em>' attribute.
	 * @see #setBand(String)
	 * @see org.cairn.model.CairnPackage#getSubscaleScore_Band()
	 * @model
	 * @generated
	 */
	String getBand();

	/**
	 * Sets the value of the '{@link org.cairn.model.SubscaleScore#getBand <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' attribute.
	 * @see #getBand()
	 * @generated
	 */
	void setBand(String value);

} // SubscaleScore
