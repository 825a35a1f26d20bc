/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.PlanReview;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.PlanReviewImpl#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.cairn.model.impl.PlanReviewImpl#getReviewerId <em>Reviewer Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.PlanReviewImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cairn.model.impl.PlanReviewImpl#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanReviewImpl extends MinimalEObjectImpl.Container implements PlanReview {
	/**
	 * The default value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEWED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewedOn = REVIEWED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewerId() <em>Reviewer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerId()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerId() <em>Reviewer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerId()
	 * @generated
	 * @ordered
	 */
	protected String reviewerId = REVIEWER_ID_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.PLAN_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedOn(LocalDate newReviewedOn) {
		LocalDate oldReviewedOn = reviewedOn;
		reviewedOn = newReviewedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PLAN_REVIEW__REVIEWED_ON, oldReviewedOn, reviewedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerId() {
		return reviewerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerId(String newReviewerId) {
		String oldReviewerId = reviewerId;
		reviewerId = newReviewerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PLAN_REVIEW__REVIEWER_ID, oldReviewerId, reviewerId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PLAN_REVIEW__REASON, oldReason, reason));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PLAN_REVIEW__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.PLAN_REVIEW__REVIEWED_ON:
				return getReviewedOn();
			case CairnPackage.PLAN_REVIEW__REVIEWER_ID:
				return getReviewerId();
			case CairnPackage.PLAN_REVIEW__REASON:
				return getReason();
			case CairnPackage.PLAN_REVIEW__SUMMARY:
				return getSummary();
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
			case CairnPackage.PLAN_REVIEW__REVIEWED_ON:
				setReviewedOn((LocalDate)newValue);
				return;
			case CairnPackage.PLAN_REVIEW__REVIEWER_ID:
				setReviewerId((String)newValue);
				return;
			case CairnPackage.PLAN_REVIEW__REASON:
				setReason((String)newValue);
				return;
			case CairnPackage.PLAN_REVIEW__SUMMARY:
				setSummary((String)newValue);
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
			case CairnPackage.PLAN_REVIEW__REVIEWED_ON:
				setReviewedOn(REVIEWED_ON_EDEFAULT);
				return;
			case CairnPackage.PLAN_REVIEW__REVIEWER_ID:
				setReviewerId(REVIEWER_ID_EDEFAULT);
				return;
			case CairnPackage.PLAN_REVIEW__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CairnPackage.PLAN_REVIEW__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
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
			case CairnPackage.PLAN_REVIEW__REVIEWED_ON:
				return REVIEWED_ON_EDEFAULT == null ? reviewedOn != null : !REVIEWED_ON_EDEFAULT.equals(reviewedOn);
			case CairnPackage.PLAN_REVIEW__REVIEWER_ID:
				return REVIEWER_ID_EDEFAULT == null ? reviewerId != null : !REVIEWER_ID_EDEFAULT.equals(reviewerId);
			case CairnPackage.PLAN_REVIEW__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CairnPackage.PLAN_REVIEW__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
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
		result.append(" (reviewedOn: ");
		result.append(reviewedOn);
		result.append(", reviewerId: ");
		result.append(reviewerId);
		result.append(", reason: ");
		result.append(reason);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //PlanReviewImpl
