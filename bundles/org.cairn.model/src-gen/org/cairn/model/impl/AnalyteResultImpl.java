/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import org.cairn.model.AnalyteResult;
import org.cairn.model.CairnPackage;
import org.cairn.model.Code;
import org.cairn.model.ScreenResult;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analyte Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.AnalyteResultImpl#getAnalyte <em>Analyte</em>}</li>
 *   <li>{@link org.cairn.model.impl.AnalyteResultImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.cairn.model.impl.AnalyteResultImpl#getCutoffNgPerMl <em>Cutoff Ng Per Ml</em>}</li>
 *   <li>{@link org.cairn.model.impl.AnalyteResultImpl#isExpected <em>Expected</em>}</li>
 *   <li>{@link org.cairn.model.impl.AnalyteResultImpl#getConfirmation <em>Confirmation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalyteResultImpl extends MinimalEObjectImpl.Container implements AnalyteResult {
	/**
	 * The cached value of the '{@link #getAnalyte() <em>Analyte</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyte()
	 * @generated
	 * @ordered
	 */
	protected Code analyte;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenResult RESULT_EDEFAULT = ScreenResult.NEGATIVE;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected ScreenResult result = RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCutoffNgPerMl() <em>Cutoff Ng Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCutoffNgPerMl()
	 * @generated
	 * @ordered
	 */
	protected static final int CUTOFF_NG_PER_ML_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCutoffNgPerMl() <em>Cutoff Ng Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCutoffNgPerMl()
	 * @generated
	 * @ordered
	 */
	protected int cutoffNgPerMl = CUTOFF_NG_PER_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #isExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExpected()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXPECTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExpected()
	 * @generated
	 * @ordered
	 */
	protected boolean expected = EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmation() <em>Confirmation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmation()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenResult CONFIRMATION_EDEFAULT = ScreenResult.NEGATIVE;

	/**
	 * The cached value of the '{@link #getConfirmation() <em>Confirmation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmation()
	 * @generated
	 * @ordered
	 */
	protected ScreenResult confirmation = CONFIRMATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalyteResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.ANALYTE_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getAnalyte() {
		return analyte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAnalyte(Code newAnalyte, NotificationChain msgs) {
		Code oldAnalyte = analyte;
		analyte = newAnalyte;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.ANALYTE_RESULT__ANALYTE, oldAnalyte, newAnalyte);
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
	public void setAnalyte(Code newAnalyte) {
		if (newAnalyte != analyte) {
			NotificationChain msgs = null;
			if (analyte != null)
				msgs = ((InternalEObject)analyte).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.ANALYTE_RESULT__ANALYTE, null, msgs);
			if (newAnalyte != null)
				msgs = ((InternalEObject)newAnalyte).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.ANALYTE_RESULT__ANALYTE, null, msgs);
			msgs = basicSetAnalyte(newAnalyte, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ANALYTE_RESULT__ANALYTE, newAnalyte, newAnalyte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenResult getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(ScreenResult newResult) {
		ScreenResult oldResult = result;
		result = newResult == null ? RESULT_EDEFAULT : newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ANALYTE_RESULT__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCutoffNgPerMl() {
		return cutoffNgPerMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCutoffNgPerMl(int newCutoffNgPerMl) {
		int oldCutoffNgPerMl = cutoffNgPerMl;
		cutoffNgPerMl = newCutoffNgPerMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ANALYTE_RESULT__CUTOFF_NG_PER_ML, oldCutoffNgPerMl, cutoffNgPerMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(boolean newExpected) {
		boolean oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ANALYTE_RESULT__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenResult getConfirmation() {
		return confirmation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmation(ScreenResult newConfirmation) {
		ScreenResult oldConfirmation = confirmation;
		confirmation = newConfirmation == null ? CONFIRMATION_EDEFAULT : newConfirmation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ANALYTE_RESULT__CONFIRMATION, oldConfirmation, confirmation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.ANALYTE_RESULT__ANALYTE:
				return basicSetAnalyte(null, msgs);
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
			case CairnPackage.ANALYTE_RESULT__ANALYTE:
				return getAnalyte();
			case CairnPackage.ANALYTE_RESULT__RESULT:
				return getResult();
			case CairnPackage.ANALYTE_RESULT__CUTOFF_NG_PER_ML:
				return getCutoffNgPerMl();
			case CairnPackage.ANALYTE_RESULT__EXPECTED:
				return isExpected();
			case CairnPackage.ANALYTE_RESULT__CONFIRMATION:
				return getConfirmation();
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
			case CairnPackage.ANALYTE_RESULT__ANALYTE:
				setAnalyte((Code)newValue);
				return;
			case CairnPackage.ANALYTE_RESULT__RESULT:
				setResult((ScreenResult)newValue);
				return;
			case CairnPackage.ANALYTE_RESULT__CUTOFF_NG_PER_ML:
				setCutoffNgPerMl((Integer)newValue);
				return;
			case CairnPackage.ANALYTE_RESULT__EXPECTED:
				setExpected((Boolean)newValue);
				return;
			case CairnPackage.ANALYTE_RESULT__CONFIRMATION:
				setConfirmation((ScreenResult)newValue);
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
			case CairnPackage.ANALYTE_RESULT__ANALYTE:
				setAnalyte((Code)null);
				return;
			case CairnPackage.ANALYTE_RESULT__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case CairnPackage.ANALYTE_RESULT__CUTOFF_NG_PER_ML:
				setCutoffNgPerMl(CUTOFF_NG_PER_ML_EDEFAULT);
				return;
			case CairnPackage.ANALYTE_RESULT__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
				return;
			case CairnPackage.ANALYTE_RESULT__CONFIRMATION:
				setConfirmation(CONFIRMATION_EDEFAULT);
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
			case CairnPackage.ANALYTE_RESULT__ANALYTE:
				return analyte != null;
			case CairnPackage.ANALYTE_RESULT__RESULT:
				return result != RESULT_EDEFAULT;
			case CairnPackage.ANALYTE_RESULT__CUTOFF_NG_PER_ML:
				return cutoffNgPerMl != CUTOFF_NG_PER_ML_EDEFAULT;
			case CairnPackage.ANALYTE_RESULT__EXPECTED:
				return expected != EXPECTED_EDEFAULT;
			case CairnPackage.ANALYTE_RESULT__CONFIRMATION:
				return confirmation != CONFIRMATION_EDEFAULT;
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
		result.append(" (result: ");
		result.append(result);
		result.append(", cutoffNgPerMl: ");
		result.append(cutoffNgPerMl);
		result.append(", expected: ");
		result.append(expected);
		result.append(", confirmation: ");
		result.append(confirmation);
		result.append(')');
		return result.toString();
	}

} //AnalyteResultImpl
