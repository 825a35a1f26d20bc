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
 * A representation of the model object '<em><b>Emergency Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.EmergencyContact#getName <em>Name</em>}</li>
 *   <li>{@link org.cairn.model.EmergencyContact#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.cairn.model.EmergencyContact#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.cairn.model.EmergencyContact#getConsentId <em>Consent Id</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getEmergencyContact()
 * @model
 * @generated
 */
public interface EmergencyContact extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cairn.model.CairnPackage#getEmergencyContact_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cairn.model.EmergencyContact#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' attribute.
	 * @see #setRelationship(String)
	 * @see org.cairn.model.CairnPackage#getEmergencyContact_Relationship()
	 * @model
	 * @generated
	 */
	String getRelationship();

	/**
	 * Sets the value of the '{@link org.cairn.model.EmergencyContact#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' attribute.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.cairn.model.CairnPackage#getEmergencyContact_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.cairn.model.EmergencyContact#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Consent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The consent that allows contacting them, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consent Id</em>' attribute.
	 * @see #setConsentId(String)
	 * @see org.cairn.model.CairnPackage#getEmergencyContact_ConsentId()
	 * @model
	 * @generated
	 */
	String getConsentId();

	/**
	 * Sets the value of the '{@link org.cairn.model.EmergencyContact#getConsentId <em>Consent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Id</em>' attribute.
	 * @see #getConsentId()
	 * @generated
	 */
	void setConsentId(String value);

} // EmergencyContact
