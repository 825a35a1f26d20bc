/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.Code;
import org.cairn.model.Diagnosis;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.DiagnosisImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.cairn.model.impl.DiagnosisImpl#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.cairn.model.impl.DiagnosisImpl#getOnsetOn <em>Onset On</em>}</li>
 *   <li>{@link org.cairn.model.impl.DiagnosisImpl#getResolvedOn <em>Resolved On</em>}</li>
 *   <li>{@link org.cairn.model.impl.DiagnosisImpl#getDiagnosedBy <em>Diagnosed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosisImpl extends MinimalEObjectImpl.Container implements Diagnosis {
	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected Code code;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected boolean primary = PRIMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnsetOn() <em>Onset On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ONSET_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnsetOn() <em>Onset On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate onsetOn = ONSET_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolvedOn() <em>Resolved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RESOLVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolvedOn() <em>Resolved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate resolvedOn = RESOLVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagnosedBy() <em>Diagnosed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DIAGNOSED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiagnosedBy() <em>Diagnosed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosedBy()
	 * @generated
	 * @ordered
	 */
	protected String diagnosedBy = DIAGNOSED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagnosisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.DIAGNOSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCode(Code newCode, NotificationChain msgs) {
		Code oldCode = code;
		code = newCode;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.DIAGNOSIS__CODE, oldCode, newCode);
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
	public void setCode(Code newCode) {
		if (newCode != code) {
			NotificationChain msgs = null;
			if (code != null)
				msgs = ((InternalEObject)code).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.DIAGNOSIS__CODE, null, msgs);
			if (newCode != null)
				msgs = ((InternalEObject)newCode).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.DIAGNOSIS__CODE, null, msgs);
			msgs = basicSetCode(newCode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DIAGNOSIS__CODE, newCode, newCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DIAGNOSIS__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOnsetOn() {
		return onsetOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnsetOn(LocalDate newOnsetOn) {
		LocalDate oldOnsetOn = onsetOn;
		onsetOn = newOnsetOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DIAGNOSIS__ONSET_ON, oldOnsetOn, onsetOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getResolvedOn() {
		return resolvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedOn(LocalDate newResolvedOn) {
		LocalDate oldResolvedOn = resolvedOn;
		resolvedOn = newResolvedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DIAGNOSIS__RESOLVED_ON, oldResolvedOn, resolvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiagnosedBy() {
		return diagnosedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagnosedBy(String newDiagnosedBy) {
		String oldDiagnosedBy = diagnosedBy;
		diagnosedBy = newDiagnosedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DIAGNOSIS__DIAGNOSED_BY, oldDiagnosedBy, diagnosedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.DIAGNOSIS__CODE:
				return basicSetCode(null, msgs);
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
			case CairnPackage.DIAGNOSIS__CODE:
				return getCode();
			case CairnPackage.DIAGNOSIS__PRIMARY:
				return isPrimary();
			case CairnPackage.DIAGNOSIS__ONSET_ON:
				return getOnsetOn();
			case CairnPackage.DIAGNOSIS__RESOLVED_ON:
				return getResolvedOn();
			case CairnPackage.DIAGNOSIS__DIAGNOSED_BY:
				return getDiagnosedBy();
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
			case CairnPackage.DIAGNOSIS__CODE:
				setCode((Code)newValue);
				return;
			case CairnPackage.DIAGNOSIS__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case CairnPackage.DIAGNOSIS__ONSET_ON:
				setOnsetOn((LocalDate)newValue);
				return;
			case CairnPackage.DIAGNOSIS__RESOLVED_ON:
				setResolvedOn((LocalDate)newValue);
				return;
			case CairnPackage.DIAGNOSIS__DIAGNOSED_BY:
				setDiagnosedBy((String)newValue);
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
			case CairnPackage.DIAGNOSIS__CODE:
				setCode((Code)null);
				return;
			case CairnPackage.DIAGNOSIS__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case CairnPackage.DIAGNOSIS__ONSET_ON:
				setOnsetOn(ONSET_ON_EDEFAULT);
				return;
			case CairnPackage.DIAGNOSIS__RESOLVED_ON:
				setResolvedOn(RESOLVED_ON_EDEFAULT);
				return;
			case CairnPackage.DIAGNOSIS__DIAGNOSED_BY:
				setDiagnosedBy(DIAGNOSED_BY_EDEFAULT);
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
			case CairnPackage.DIAGNOSIS__CODE:
				return code != null;
			case CairnPackage.DIAGNOSIS__PRIMARY:
				return primary != PRIMARY_EDEFAULT;
			case CairnPackage.DIAGNOSIS__ONSET_ON:
				return ONSET_ON_EDEFAULT == null ? onsetOn != null : !ONSET_ON_EDEFAULT.equals(onsetOn);
			case CairnPackage.DIAGNOSIS__RESOLVED_ON:
				return RESOLVED_ON_EDEFAULT == null ? resolvedOn != null : !RESOLVED_ON_EDEFAULT.equals(resolvedOn);
			case CairnPackage.DIAGNOSIS__DIAGNOSED_BY:
				return DIAGNOSED_BY_EDEFAULT == null ? diagnosedBy != null : !DIAGNOSED_BY_EDEFAULT.equals(diagnosedBy);
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
		result.append(" (primary: ");
		result.append(primary);
		result.append(", onsetOn: ");
		result.append(onsetOn);
		result.append(", resolvedOn: ");
		result.append(resolvedOn);
		result.append(", diagnosedBy: ");
		result.append(diagnosedBy);
		result.append(')');
		return result.toString();
	}

} //DiagnosisImpl
