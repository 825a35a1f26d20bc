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
 * A representation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated signature; never backdated. The hash is of the content signed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Signature#getSignerId <em>Signer Id</em>}</li>
 *   <li>{@link org.cairn.model.Signature#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.cairn.model.Signature#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.cairn.model.Signature#getRole <em>Role</em>}</li>
 *   <li>{@link org.cairn.model.Signature#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.cairn.model.Signature#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.cairn.model.Signature#getContentHash <em>Content Hash</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getSignature()
 * @model
 * @generated
 */
public interface Signature extends EObject {
	/**
	 * Returns the value of the '<em><b>Signer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Id</em>' attribute.
	 * @see #setSignerId(String)
	 * @see org.cairn.model.CairnPackage#getSignature_SignerId()
	 * @model required="true"
	 * @generated
	 */
	String getSignerId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Signature#getSignerId <em>Signer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Id</em>' attribute.
	 * @see #getSignerId()
	 * @generated
	 */
	void setSignerId(String value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see org.cairn.model.CairnPackage#getSignature_SignerName()
	 * @model
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link org.cairn.model.Signature#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

	/**
	 * Returns the value of the '<em><b>Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. 'LCSW', 'RN', 'MD'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credentials</em>' attribute.
	 * @see #setCredentials(String)
	 * @see org.cairn.model.CairnPackage#getSignature_Credentials()
	 * @model
	 * @generated
	 */
	String getCredentials();

	/**
	 * Sets the value of the '{@link org.cairn.model.Signature#getCredentials <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials</em>' attribute.
	 * @see #getCredentials()
	 * @generated
	 */
	void setCredentials(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.SignerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.cairn.model.SignerRole
	 * @see #setRole(SignerRole)
	 * @see org.cairn.model.CairnPackage#getSignature_Role()
	 * @model
	 * @generated
	 */
	SignerRole getRole();

	/**
	 * Sets the value of the '{@link org.cairn.model.Signature#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.cairn.model.SignerRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(SignerRole value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getSignature_SignedAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getSignedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.Signature#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the signature attests, e.g. 'author', 'co-signature', 'reviewed with client'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see #setMeaning(String)
	 * @see org.cairn.model.CairnPackage#getSignature_Meaning()
	 * @model
	 * @generated
	 */
	String getMeaning();

	/**
	 * Sets the value of the '{@link org.cairn.model.Signature#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the signed content, hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.cairn.model.CairnPackage#getSignature_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.cairn.model.Signature#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

} // Signature
