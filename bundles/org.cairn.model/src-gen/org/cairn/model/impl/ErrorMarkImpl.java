/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;

import org.cairn.model.CairnPackage;
import org.cairn.model.ErrorMark;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Error Mark</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.ErrorMarkImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cairn.model.impl.ErrorMarkImpl#getMarkedBy <em>Marked By</em>}</li>
 *   <li>{@link org.cairn.model.impl.ErrorMarkImpl#getMarkedAt <em>Marked At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ErrorMarkImpl extends MinimalEObjectImpl.Container implements ErrorMark {
	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarkedBy() <em>Marked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String MARKED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMarkedBy() <em>Marked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkedBy()
	 * @generated
	 * @ordered
	 */
	protected String markedBy = MARKED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarkedAt() <em>Marked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant MARKED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMarkedAt() <em>Marked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant markedAt = MARKED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ErrorMarkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.ERROR_MARK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ERROR_MARK__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMarkedBy() {
		return markedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarkedBy(String newMarkedBy) {
		String oldMarkedBy = markedBy;
		markedBy = newMarkedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ERROR_MARK__MARKED_BY, oldMarkedBy, markedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getMarkedAt() {
		return markedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarkedAt(Instant newMarkedAt) {
		Instant oldMarkedAt = markedAt;
		markedAt = newMarkedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ERROR_MARK__MARKED_AT, oldMarkedAt, markedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.ERROR_MARK__REASON:
				return getReason();
			case CairnPackage.ERROR_MARK__MARKED_BY:
				return getMarkedBy();
			case CairnPackage.ERROR_MARK__MARKED_AT:
				return getMarkedAt();
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
			case CairnPackage.ERROR_MARK__REASON:
				setReason((String)newValue);
				return;
			case CairnPackage.ERROR_MARK__MARKED_BY:
				setMarkedBy((String)newValue);
				return;
			case CairnPackage.ERROR_MARK__MARKED_AT:
				setMarkedAt((Instant)newValue);
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
			case CairnPackage.ERROR_MARK__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CairnPackage.ERROR_MARK__MARKED_BY:
				setMarkedBy(MARKED_BY_EDEFAULT);
				return;
			case CairnPackage.ERROR_MARK__MARKED_AT:
				setMarkedAt(MARKED_AT_EDEFAULT);
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
			case CairnPackage.ERROR_MARK__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CairnPackage.ERROR_MARK__MARKED_BY:
				return MARKED_BY_EDEFAULT == null ? markedBy != null : !MARKED_BY_EDEFAULT.equals(markedBy);
			case CairnPackage.ERROR_MARK__MARKED_AT:
				return MARKED_AT_EDEFAULT == null ? markedAt != null : !MARKED_AT_EDEFAULT.equals(markedAt);
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
		result.append(" (reason: ");
		result.append(reason);
		result.append(", markedBy: ");
		result.append(markedBy);
		result.append(", markedAt: ");
		result.append(markedAt);
		result.append(')');
		return result.toString();
	}

} //ErrorMarkImpl
