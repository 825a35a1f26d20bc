/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;

import org.cairn.model.Addendum;
import org.cairn.model.CairnPackage;
import org.cairn.model.Signature;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Addendum</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.AddendumImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.cairn.model.impl.AddendumImpl#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.AddendumImpl#getWrittenAt <em>Written At</em>}</li>
 *   <li>{@link org.cairn.model.impl.AddendumImpl#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddendumImpl extends MinimalEObjectImpl.Container implements Addendum {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected String authorId = AUTHOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getWrittenAt() <em>Written At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrittenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant WRITTEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWrittenAt() <em>Written At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrittenAt()
	 * @generated
	 * @ordered
	 */
	protected Instant writtenAt = WRITTEN_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected Signature signature;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AddendumImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.ADDENDUM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ADDENDUM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorId() {
		return authorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorId(String newAuthorId) {
		String oldAuthorId = authorId;
		authorId = newAuthorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ADDENDUM__AUTHOR_ID, oldAuthorId, authorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getWrittenAt() {
		return writtenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrittenAt(Instant newWrittenAt) {
		Instant oldWrittenAt = writtenAt;
		writtenAt = newWrittenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ADDENDUM__WRITTEN_AT, oldWrittenAt, writtenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignature(Signature newSignature, NotificationChain msgs) {
		Signature oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.ADDENDUM__SIGNATURE, oldSignature, newSignature);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(Signature newSignature) {
		if (newSignature != signature) {
			NotificationChain msgs = null;
			if (signature != null)
				msgs = ((InternalEObject)signature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.ADDENDUM__SIGNATURE, null, msgs);
			if (newSignature != null)
				msgs = ((InternalEObject)newSignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.ADDENDUM__SIGNATURE, null, msgs);
			msgs = basicSetSignature(newSignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ADDENDUM__SIGNATURE, newSignature, newSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.ADDENDUM__SIGNATURE:
				return basicSetSignature(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.ADDENDUM__TEXT:
				return getText();
			case CairnPackage.ADDENDUM__AUTHOR_ID:
				return getAuthorId();
			case CairnPackage.ADDENDUM__WRITTEN_AT:
				return getWrittenAt();
			case CairnPackage.ADDENDUM__SIGNATURE:
				return getSignature();
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
			case CairnPackage.ADDENDUM__TEXT:
				setText((String)newValue);
				return;
			case CairnPackage.ADDENDUM__AUTHOR_ID:
				setAuthorId((String)newValue);
				return;
			case CairnPackage.ADDENDUM__WRITTEN_AT:
				setWrittenAt((Instant)newValue);
				return;
			case CairnPackage.ADDENDUM__SIGNATURE:
				setSignature((Signature)newValue);
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
			case CairnPackage.ADDENDUM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CairnPackage.ADDENDUM__AUTHOR_ID:
				setAuthorId(AUTHOR_ID_EDEFAULT);
				return;
			case CairnPackage.ADDENDUM__WRITTEN_AT:
				setWrittenAt(WRITTEN_AT_EDEFAULT);
				return;
			case CairnPackage.ADDENDUM__SIGNATURE:
				setSignature((Signature)null);
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
			case CairnPackage.ADDENDUM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CairnPackage.ADDENDUM__AUTHOR_ID:
				return AUTHOR_ID_EDEFAULT == null ? authorId != null : !AUTHOR_ID_EDEFAULT.equals(authorId);
			case CairnPackage.ADDENDUM__WRITTEN_AT:
				return WRITTEN_AT_EDEFAULT == null ? writtenAt != null : !WRITTEN_AT_EDEFAULT.equals(writtenAt);
			case CairnPackage.ADDENDUM__SIGNATURE:
				return signature != null;
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
		result.append(" (text: ");
		result.append(text);
		result.append(", authorId: ");
		result.append(authorId);
		result.append(", writtenAt: ");
		result.append(writtenAt);
		result.append(')');
		return result.toString();
	}

} //AddendumImpl
