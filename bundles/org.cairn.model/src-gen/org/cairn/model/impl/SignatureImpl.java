/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;

import org.cairn.model.CairnPackage;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.SignatureImpl#getSignerId <em>Signer Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.SignatureImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.cairn.model.impl.SignatureImpl#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.cairn.model.impl.SignatureImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.cairn.model.impl.SignatureImpl#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.cairn.model.impl.SignatureImpl#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.cairn.model.impl.SignatureImpl#getContentHash <em>Content Hash</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignatureImpl extends MinimalEObjectImpl.Container implements Signature {
	/**
	 * The default value of the '{@link #getSignerId() <em>Signer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerId()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerId() <em>Signer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerId()
	 * @generated
	 * @ordered
	 */
	protected String signerId = SIGNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected String signerName = SIGNER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredentials() <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentials()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDENTIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredentials() <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentials()
	 * @generated
	 * @ordered
	 */
	protected String credentials = CREDENTIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final SignerRole ROLE_EDEFAULT = SignerRole.CLIENT;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected SignerRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SIGNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant signedAt = SIGNED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected static final String MEANING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected String meaning = MEANING_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignatureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.SIGNATURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerId() {
		return signerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerId(String newSignerId) {
		String oldSignerId = signerId;
		signerId = newSignerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SIGNATURE__SIGNER_ID, oldSignerId, signerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerName() {
		return signerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerName(String newSignerName) {
		String oldSignerName = signerName;
		signerName = newSignerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SIGNATURE__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredentials() {
		return credentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentials(String newCredentials) {
		String oldCredentials = credentials;
		credentials = newCredentials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SIGNATURE__CREDENTIALS, oldCredentials, credentials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignerRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(SignerRole newRole) {
		SignerRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SIGNATURE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSignedAt() {
		return signedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedAt(Instant newSignedAt) {
		Instant oldSignedAt = signedAt;
		signedAt = newSignedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SIGNATURE__SIGNED_AT, oldSignedAt, signedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeaning() {
		return meaning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeaning(String newMeaning) {
		String oldMeaning = meaning;
		meaning = newMeaning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SIGNATURE__MEANING, oldMeaning, meaning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SIGNATURE__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.SIGNATURE__SIGNER_ID:
				return getSignerId();
			case CairnPackage.SIGNATURE__SIGNER_NAME:
				return getSignerName();
			case CairnPackage.SIGNATURE__CREDENTIALS:
				return getCredentials();
			case CairnPackage.SIGNATURE__ROLE:
				return getRole();
			case CairnPackage.SIGNATURE__SIGNED_AT:
				return getSignedAt();
			case CairnPackage.SIGNATURE__MEANING:
				return getMeaning();
			case CairnPackage.SIGNATURE__CONTENT_HASH:
				return getContentHash();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CairnPackage.SIGNATURE__SIGNER_ID:
				setSignerId((String)newValue);
				return;
			case CairnPackage.SIGNATURE__SIGNER_NAME:
				setSignerName((String)newValue);
				return;
			case CairnPackage.SIGNATURE__CREDENTIALS:
				setCredentials((String)newValue);
				return;
			case CairnPackage.SIGNATURE__ROLE:
				setRole((SignerRole)newValue);
				return;
			case CairnPackage.SIGNATURE__SIGNED_AT:
				setSignedAt((Instant)newValue);
				return;
			case CairnPackage.SIGNATURE__MEANING:
				setMeaning((String)newValue);
				return;
			case CairnPackage.SIGNATURE__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CairnPackage.SIGNATURE__SIGNER_ID:
				setSignerId(SIGNER_ID_EDEFAULT);
				return;
			case CairnPackage.SIGNATURE__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case CairnPackage.SIGNATURE__CREDENTIALS:
				setCredentials(CREDENTIALS_EDEFAULT);
				return;
			case CairnPackage.SIGNATURE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CairnPackage.SIGNATURE__SIGNED_AT:
				setSignedAt(SIGNED_AT_EDEFAULT);
				return;
			case CairnPackage.SIGNATURE__MEANING:
				setMeaning(MEANING_EDEFAULT);
				return;
			case CairnPackage.SIGNATURE__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CairnPackage.SIGNATURE__SIGNER_ID:
				return SIGNER_ID_EDEFAULT == null ? signerId != null : !SIGNER_ID_EDEFAULT.equals(signerId);
			case CairnPackage.SIGNATURE__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case CairnPackage.SIGNATURE__CREDENTIALS:
				return CREDENTIALS_EDEFAULT == null ? credentials != null : !CREDENTIALS_EDEFAULT.equals(credentials);
			case CairnPackage.SIGNATURE__ROLE:
				return role != ROLE_EDEFAULT;
			case CairnPackage.SIGNATURE__SIGNED_AT:
				return SIGNED_AT_EDEFAULT == null ? signedAt != null : !SIGNED_AT_EDEFAULT.equals(signedAt);
			case CairnPackage.SIGNATURE__MEANING:
				return MEANING_EDEFAULT == null ? meaning != null : !MEANING_EDEFAULT.equals(meaning);
			case CairnPackage.SIGNATURE__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (signerId: ");
		result.append(signerId);
		result.append(", signerName: ");
		result.append(signerName);
		result.append(", credentials: ");
		result.append(credentials);
		result.append(", role: ");
		result.append(role);
		result.append(", signedAt: ");
		result.append(signedAt);
		result.append(", meaning: ");
		result.append(meaning);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(')');
		return result.toString();
	}

} //SignatureImpl
