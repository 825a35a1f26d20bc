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
 * A representation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.FollowUp#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.cairn.model.FollowUp#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cairn.model.FollowUp#isDone <em>Done</em>}</li>
 *   <li>{@link org.cairn.model.FollowUp#getDoneOn <em>Done On</em>}</li>
 *   <li>{@link org.cairn.model.FollowUp#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getFollowUp()
 * @model
 * @generated
 */
public interface FollowUp extends EObject {
	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getFollowUp_DueOn()
	 * @model dataType="org.cairn.model.Date" required="true"
	 * @generated
	 */
	LocalDate getDueOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.FollowUp#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.cairn.model.CairnPackage#getFollowUp_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.cairn.model.FollowUp#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see org.cairn.model.CairnPackage#getFollowUp_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link org.cairn.model.FollowUp#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Done On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done On</em>' attribute.
	 * @see #setDoneOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getFollowUp_DoneOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getDoneOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.FollowUp#getDoneOn <em>Done On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done On</em>' attribute.
	 * @see #getDoneOn()
	 * @generated
	 */
	void setDoneOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.cairn.model.CairnPackage#getFollowUp_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.cairn.model.FollowUp#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // FollowUp
