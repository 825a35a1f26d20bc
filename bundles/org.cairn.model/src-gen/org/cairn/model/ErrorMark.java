/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Error Mark</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marks a record entered in error: it stays readable, with the reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.ErrorMark#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cairn.model.ErrorMark#getMarkedBy <em>Marked By</em>}</li>
 *   <li>{@link org.cairn.model.ErrorMark#getMarkedAt <em>Marked At</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getErrorMark()
 * @model
 * @generated
 */
public interface ErrorMark extends EObject {
	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.cairn.model.CairnPackage#getErrorMark_Reason()
	 * @model required="true"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.ErrorMark#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Marked By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Marked By</em>' attribute.
	 * @see #setMarkedBy(String)
	 * @see org.cairn.model.CairnPackage#getErrorMark_MarkedBy()
	 * @model required="true"
	 * @generated
	 */
	String getMarkedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.ErrorMark#getMarkedBy <em>Marked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marked By</em>' attribute.
	 * @see #getMarkedBy()
	 * @generated
	 */
	void setMarkedBy(String value);

	/**
	 * Returns the value of the '<em><b>Marked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Marked At</em>' attribute.
	 * @see #setMarkedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getErrorMark_MarkedAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getMarkedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.ErrorMark#getMarkedAt <em>Marked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marked At</em>' attribute.
	 * @see #getMarkedAt()
	 * @generated
	 */
	void setMarkedAt(Instant value);

} // ErrorMark
