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
 * A representation of the model object '<em><b>Addendum</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Text added to a signed note; the note itself never changes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Addendum#getText <em>Text</em>}</li>
 *   <li>{@link org.cairn.model.Addendum#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.cairn.model.Addendum#getWrittenAt <em>Written At</em>}</li>
 *   <li>{@link org.cairn.model.Addendum#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getAddendum()
 * @model
 * @generated
 */
public interface Addendum extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.cairn.model.CairnPackage#getAddendum_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.cairn.model.Addendum#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author Id</em>' attribute.
	 * @see #setAuthorId(String)
	 * @see org.cairn.model.CairnPackage#getAddendum_AuthorId()
	 * @model required="true"
	 * @generated
	 */
	String getAuthorId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Addendum#getAuthorId <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Id</em>' attribute.
	 * @see #getAuthorId()
	 * @generated
	 */
	void setAuthorId(String value);

	/**
	 * Returns the value of the '<em><b>Written At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Written At</em>' attribute.
	 * @see #setWrittenAt(Instant)
	 * @see org.cairn.model.CairnPackage#getAddendum_WrittenAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getWrittenAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.Addendum#getWrittenAt <em>Written At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Written At</em>' attribute.
	 * @see #getWrittenAt()
	 * @generated
	 */
	void setWrittenAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature</em>' containment reference.
	 * @see #setSignature(Signature)
	 * @see org.cairn.model.CairnPackage#getAddendum_Signature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getSignature();

	/**
	 * Sets the value of the '{@link org.cairn.model.Addendum#getSignature <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' containment reference.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(Signature value);

} // Addendum
