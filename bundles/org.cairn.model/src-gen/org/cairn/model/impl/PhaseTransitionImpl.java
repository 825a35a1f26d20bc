/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phase Transition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.PhaseTransitionImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.cairn.model.impl.PhaseTransitionImpl#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.cairn.model.impl.PhaseTransitionImpl#getEndedOn <em>Ended On</em>}</li>
 *   <li>{@link org.cairn.model.impl.PhaseTransitionImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhaseTransitionImpl extends MinimalEObjectImpl.Container implements PhaseTransition {
	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final Phase PHASE_EDEFAULT = Phase.INTAKE;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Phase phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STARTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startedOn = STARTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndedOn() <em>Ended On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndedOn() <em>Ended On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endedOn = ENDED_ON_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhaseTransitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.PHASE_TRANSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Phase newPhase) {
		Phase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PHASE_TRANSITION__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartedOn() {
		return startedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedOn(LocalDate newStartedOn) {
		LocalDate oldStartedOn = startedOn;
		startedOn = newStartedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PHASE_TRANSITION__STARTED_ON, oldStartedOn, startedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndedOn() {
		return endedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedOn(LocalDate newEndedOn) {
		LocalDate oldEndedOn = endedOn;
		endedOn = newEndedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PHASE_TRANSITION__ENDED_ON, oldEndedOn, endedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PHASE_TRANSITION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.PHASE_TRANSITION__PHASE:
				return getPhase();
			case CairnPackage.PHASE_TRANSITION__STARTED_ON:
				return getStartedOn();
			case CairnPackage.PHASE_TRANSITION__ENDED_ON:
				return getEndedOn();
			case CairnPackage.PHASE_TRANSITION__REASON:
				return getReason();
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
			case CairnPackage.PHASE_TRANSITION__PHASE:
				setPhase((Phase)newValue);
				return;
			case CairnPackage.PHASE_TRANSITION__STARTED_ON:
				setStartedOn((LocalDate)newValue);
				return;
			case CairnPackage.PHASE_TRANSITION__ENDED_ON:
				setEndedOn((LocalDate)newValue);
				return;
			case CairnPackage.PHASE_TRANSITION__REASON:
				setReason((String)newValue);
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
			case CairnPackage.PHASE_TRANSITION__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case CairnPackage.PHASE_TRANSITION__STARTED_ON:
				setStartedOn(STARTED_ON_EDEFAULT);
				return;
			case CairnPackage.PHASE_TRANSITION__ENDED_ON:
				setEndedOn(ENDED_ON_EDEFAULT);
				return;
			case CairnPackage.PHASE_TRANSITION__REASON:
				setReason(REASON_EDEFAULT);
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
			case CairnPackage.PHASE_TRANSITION__PHASE:
				return phase != PHASE_EDEFAULT;
			case CairnPackage.PHASE_TRANSITION__STARTED_ON:
				return STARTED_ON_EDEFAULT == null ? startedOn != null : !STARTED_ON_EDEFAULT.equals(startedOn);
			case CairnPackage.PHASE_TRANSITION__ENDED_ON:
				return ENDED_ON_EDEFAULT == null ? endedOn != null : !ENDED_ON_EDEFAULT.equals(endedOn);
			case CairnPackage.PHASE_TRANSITION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (phase: ");
		result.append(phase);
		result.append(", startedOn: ");
		result.append(startedOn);
		result.append(", endedOn: ");
		result.append(endedOn);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //PhaseTransitionImpl
