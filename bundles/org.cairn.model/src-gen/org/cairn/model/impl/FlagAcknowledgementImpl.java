/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;

import org.cairn.model.CairnPackage;
import org.cairn.model.FlagAcknowledgement;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flag Acknowledgement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.FlagAcknowledgementImpl#getFlag <em>Flag</em>}</li>
 *   <li>{@link org.cairn.model.impl.FlagAcknowledgementImpl#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 *   <li>{@link org.cairn.model.impl.FlagAcknowledgementImpl#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 *   <li>{@link org.cairn.model.impl.FlagAcknowledgementImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlagAcknowledgementImpl extends MinimalEObjectImpl.Container implements FlagAcknowledgement {
	/**
	 * The default value of the '{@link #getFlag() <em>Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlag()
	 * @generated
	 * @ordered
	 */
	protected static final String FLAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlag() <em>Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlag()
	 * @generated
	 * @ordered
	 */
	protected String flag = FLAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcknowledgedBy() <em>Acknowledged By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ACKNOWLEDGED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcknowledgedBy() <em>Acknowledged By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedBy()
	 * @generated
	 * @ordered
	 */
	protected String acknowledgedBy = ACKNOWLEDGED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcknowledgedAt() <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ACKNOWLEDGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcknowledgedAt() <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant acknowledgedAt = ACKNOWLEDGED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlagAcknowledgementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.FLAG_ACKNOWLEDGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlag() {
		return flag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlag(String newFlag) {
		String oldFlag = flag;
		flag = newFlag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FLAG_ACKNOWLEDGEMENT__FLAG, oldFlag, flag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedBy(String newAcknowledgedBy) {
		String oldAcknowledgedBy = acknowledgedBy;
		acknowledgedBy = newAcknowledgedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY, oldAcknowledgedBy, acknowledgedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedAt(Instant newAcknowledgedAt) {
		Instant oldAcknowledgedAt = acknowledgedAt;
		acknowledgedAt = newAcknowledgedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT, oldAcknowledgedAt, acknowledgedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FLAG_ACKNOWLEDGEMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__FLAG:
				return getFlag();
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				return getAcknowledgedBy();
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				return getAcknowledgedAt();
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__NOTE:
				return getNote();
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
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__FLAG:
				setFlag((String)newValue);
				return;
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				setAcknowledgedBy((String)newValue);
				return;
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				setAcknowledgedAt((Instant)newValue);
				return;
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__NOTE:
				setNote((String)newValue);
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
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__FLAG:
				setFlag(FLAG_EDEFAULT);
				return;
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				setAcknowledgedBy(ACKNOWLEDGED_BY_EDEFAULT);
				return;
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				setAcknowledgedAt(ACKNOWLEDGED_AT_EDEFAULT);
				return;
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__FLAG:
				return FLAG_EDEFAULT == null ? flag != null : !FLAG_EDEFAULT.equals(flag);
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				return ACKNOWLEDGED_BY_EDEFAULT == null ? acknowledgedBy != null : !ACKNOWLEDGED_BY_EDEFAULT.equals(acknowledgedBy);
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				return ACKNOWLEDGED_AT_EDEFAULT == null ? acknowledgedAt != null : !ACKNOWLEDGED_AT_EDEFAULT.equals(acknowledgedAt);
			case CairnPackage.FLAG_ACKNOWLEDGEMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (flag: ");
		result.append(flag);
		result.append(", acknowledgedBy: ");
		result.append(acknowledgedBy);
		result.append(", acknowledgedAt: ");
		result.append(acknowledgedAt);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //FlagAcknowledgementImpl
