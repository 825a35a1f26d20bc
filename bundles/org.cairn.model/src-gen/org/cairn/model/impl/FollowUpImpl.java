/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.FollowUp;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.FollowUpImpl#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.cairn.model.impl.FollowUpImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cairn.model.impl.FollowUpImpl#isDone <em>Done</em>}</li>
 *   <li>{@link org.cairn.model.impl.FollowUpImpl#getDoneOn <em>Done On</em>}</li>
 *   <li>{@link org.cairn.model.impl.FollowUpImpl#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FollowUpImpl extends MinimalEObjectImpl.Container implements FollowUp {
	/**
	 * The default value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueOn = DUE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected boolean done = DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoneOn() <em>Done On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DONE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoneOn() <em>Done On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate doneOn = DONE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FollowUpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.FOLLOW_UP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueOn() {
		return dueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueOn(LocalDate newDueOn) {
		LocalDate oldDueOn = dueOn;
		dueOn = newDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FOLLOW_UP__DUE_ON, oldDueOn, dueOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FOLLOW_UP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDone() {
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(boolean newDone) {
		boolean oldDone = done;
		done = newDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FOLLOW_UP__DONE, oldDone, done));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDoneOn() {
		return doneOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoneOn(LocalDate newDoneOn) {
		LocalDate oldDoneOn = doneOn;
		doneOn = newDoneOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FOLLOW_UP__DONE_ON, oldDoneOn, doneOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.FOLLOW_UP__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.FOLLOW_UP__DUE_ON:
				return getDueOn();
			case CairnPackage.FOLLOW_UP__KIND:
				return getKind();
			case CairnPackage.FOLLOW_UP__DONE:
				return isDone();
			case CairnPackage.FOLLOW_UP__DONE_ON:
				return getDoneOn();
			case CairnPackage.FOLLOW_UP__OUTCOME:
				return getOutcome();
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
			case CairnPackage.FOLLOW_UP__DUE_ON:
				setDueOn((LocalDate)newValue);
				return;
			case CairnPackage.FOLLOW_UP__KIND:
				setKind((String)newValue);
				return;
			case CairnPackage.FOLLOW_UP__DONE:
				setDone((Boolean)newValue);
				return;
			case CairnPackage.FOLLOW_UP__DONE_ON:
				setDoneOn((LocalDate)newValue);
				return;
			case CairnPackage.FOLLOW_UP__OUTCOME:
				setOutcome((String)newValue);
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
			case CairnPackage.FOLLOW_UP__DUE_ON:
				setDueOn(DUE_ON_EDEFAULT);
				return;
			case CairnPackage.FOLLOW_UP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CairnPackage.FOLLOW_UP__DONE:
				setDone(DONE_EDEFAULT);
				return;
			case CairnPackage.FOLLOW_UP__DONE_ON:
				setDoneOn(DONE_ON_EDEFAULT);
				return;
			case CairnPackage.FOLLOW_UP__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
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
			case CairnPackage.FOLLOW_UP__DUE_ON:
				return DUE_ON_EDEFAULT == null ? dueOn != null : !DUE_ON_EDEFAULT.equals(dueOn);
			case CairnPackage.FOLLOW_UP__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case CairnPackage.FOLLOW_UP__DONE:
				return done != DONE_EDEFAULT;
			case CairnPackage.FOLLOW_UP__DONE_ON:
				return DONE_ON_EDEFAULT == null ? doneOn != null : !DONE_ON_EDEFAULT.equals(doneOn);
			case CairnPackage.FOLLOW_UP__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
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
		result.append(" (dueOn: ");
		result.append(dueOn);
		result.append(", kind: ");
		result.append(kind);
		result.append(", done: ");
		result.append(done);
		result.append(", doneOn: ");
		result.append(doneOn);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //FollowUpImpl
