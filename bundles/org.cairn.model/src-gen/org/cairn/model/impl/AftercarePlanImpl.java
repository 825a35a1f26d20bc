/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.util.Collection;

import org.cairn.model.AftercarePlan;
import org.cairn.model.CairnPackage;
import org.cairn.model.FollowUp;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Aftercare Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.AftercarePlanImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.cairn.model.impl.AftercarePlanImpl#getReferrals <em>Referrals</em>}</li>
 *   <li>{@link org.cairn.model.impl.AftercarePlanImpl#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AftercarePlanImpl extends MinimalEObjectImpl.Container implements AftercarePlan {
	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferrals() <em>Referrals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferrals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> referrals;

	/**
	 * The cached value of the '{@link #getFollowUps() <em>Follow Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUps()
	 * @generated
	 * @ordered
	 */
	protected EList<FollowUp> followUps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AftercarePlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.AFTERCARE_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.AFTERCARE_PLAN__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReferrals() {
		if (referrals == null) {
			referrals = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.AFTERCARE_PLAN__REFERRALS);
		}
		return referrals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FollowUp> getFollowUps() {
		if (followUps == null) {
			followUps = new EObjectContainmentEList<FollowUp>(FollowUp.class, this, CairnPackage.AFTERCARE_PLAN__FOLLOW_UPS);
		}
		return followUps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.AFTERCARE_PLAN__FOLLOW_UPS:
				return ((InternalEList<?>)getFollowUps()).basicRemove(otherEnd, msgs);
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
			case CairnPackage.AFTERCARE_PLAN__SUMMARY:
				return getSummary();
			case CairnPackage.AFTERCARE_PLAN__REFERRALS:
				return getReferrals();
			case CairnPackage.AFTERCARE_PLAN__FOLLOW_UPS:
				return getFollowUps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CairnPackage.AFTERCARE_PLAN__SUMMARY:
				setSummary((String)newValue);
				return;
			case CairnPackage.AFTERCARE_PLAN__REFERRALS:
				getReferrals().clear();
				getReferrals().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.AFTERCARE_PLAN__FOLLOW_UPS:
				getFollowUps().clear();
				getFollowUps().addAll((Collection<? extends FollowUp>)newValue);
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
			case CairnPackage.AFTERCARE_PLAN__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case CairnPackage.AFTERCARE_PLAN__REFERRALS:
				getReferrals().clear();
				return;
			case CairnPackage.AFTERCARE_PLAN__FOLLOW_UPS:
				getFollowUps().clear();
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
			case CairnPackage.AFTERCARE_PLAN__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case CairnPackage.AFTERCARE_PLAN__REFERRALS:
				return referrals != null && !referrals.isEmpty();
			case CairnPackage.AFTERCARE_PLAN__FOLLOW_UPS:
				return followUps != null && !followUps.isEmpty();
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
		result.append(" (summary: ");
		result.append(summary);
		result.append(", referrals: ");
		result.append(referrals);
		result.append(')');
		return result.toString();
	}

} //AftercarePlanImpl
