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
 * A representation of the model object '<em><b>Flag Acknowledgement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.FlagAcknowledgement#getFlag <em>Flag</em>}</li>
 *   <li>{@link org.cairn.model.FlagAcknowledgement#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 *   <li>{@link org.cairn.model.FlagAcknowledgement#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 *   <li>{@link org.cairn.model.FlagAcknowledgement#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getFlagAcknowledgement()
 * @model
 * @generated
 */
public interface FlagAcknowledgement extends EObject {
	/**
	 * Returns the value of the '<em><b>Flag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flag</em>' attribute.
	 * @see #setFlag(String)
	 * @see org.cairn.model.CairnPackage#getFlagAcknowledgement_Flag()
	 * @model required="true"
	 * @generated
	 */
	String getFlag();

	/**
	 * Sets the value of the '{@link org.cairn.model.FlagAcknowledgement#getFlag <em>Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag</em>' attribute.
	 * @see #getFlag()
	 * @generated
	 */
	void setFlag(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledged By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged By</em>' attribute.
	 * @see #setAcknowledgedBy(String)
	 * @see org.cairn.model.CairnPackage#getFlagAcknowledgement_AcknowledgedBy()
	 * @model required="true"
	 * @generated
	 */
	String getAcknowledgedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.FlagAcknowledgement#getAcknowledgedBy <em>Acknowledged By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged By</em>' attribute.
	 * @see #getAcknowledgedBy()
	 * @generated
	 */
	void setAcknowledgedBy(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged At</em>' attribute.
	 * @see #setAcknowledgedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getFlagAcknowledgement_AcknowledgedAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getAcknowledgedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.FlagAcknowledgement#getAcknowledgedAt <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged At</em>' attribute.
	 * @see #getAcknowledgedAt()
	 * @generated
	 */
	void setAcknowledgedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.cairn.model.CairnPackage#getFlagAcknowledgement_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.cairn.model.FlagAcknowledgement#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // FlagAcknowledgement
