/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.DimensionRating;
import org.cairn.model.ErrorMark;
import org.cairn.model.PlanReview;
import org.cairn.model.Problem;
import org.cairn.model.Signature;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Care Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getReviewDue <em>Review Due</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getDischargeCriteria <em>Discharge Criteria</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getCrisisPlan <em>Crisis Plan</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getDimensionRatings <em>Dimension Ratings</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getSignatures <em>Signatures</em>}</li>
 *   <li>{@link org.cairn.model.impl.CarePlanImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CarePlanImpl extends PatientRecordImpl implements CarePlan {
	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected int revision = REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CarePlanStatus STATUS_EDEFAULT = CarePlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CarePlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveFrom = EFFECTIVE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDue() <em>Review Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEW_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewDue() <em>Review Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewDue = REVIEW_DUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<Problem> problems;

	/**
	 * The cached value of the '{@link #getStrengths() <em>Strengths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengths()
	 * @generated
	 * @ordered
	 */
	protected EList<String> strengths;

	/**
	 * The cached value of the '{@link #getBarriers() <em>Barriers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarriers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> barriers;

	/**
	 * The cached value of the '{@link #getPreferences() <em>Preferences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> preferences;

	/**
	 * The default value of the '{@link #getDischargeCriteria() <em>Discharge Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCHARGE_CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDischargeCriteria() <em>Discharge Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeCriteria()
	 * @generated
	 * @ordered
	 */
	protected String dischargeCriteria = DISCHARGE_CRITERIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrisisPlan() <em>Crisis Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrisisPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String CRISIS_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrisisPlan() <em>Crisis Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrisisPlan()
	 * @generated
	 * @ordered
	 */
	protected String crisisPlan = CRISIS_PLAN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDimensionRatings() <em>Dimension Ratings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensionRatings()
	 * @generated
	 * @ordered
	 */
	protected EList<DimensionRating> dimensionRatings;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanReview> reviews;

	/**
	 * The cached value of the '{@link #getSignatures() <em>Signatures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatures()
	 * @generated
	 * @ordered
	 */
	protected EList<Signature> signatures;

	/**
	 * The cached value of the '{@link #getEnteredInError() <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnteredInError()
	 * @generated
	 * @ordered
	 */
	protected ErrorMark enteredInError;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CarePlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.CARE_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(int newRevision) {
		int oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarePlanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CarePlanStatus newStatus) {
		CarePlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveFrom(LocalDate newEffectiveFrom) {
		LocalDate oldEffectiveFrom = effectiveFrom;
		effectiveFrom = newEffectiveFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__EFFECTIVE_FROM, oldEffectiveFrom, effectiveFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewDue() {
		return reviewDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDue(LocalDate newReviewDue) {
		LocalDate oldReviewDue = reviewDue;
		reviewDue = newReviewDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__REVIEW_DUE, oldReviewDue, reviewDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Problem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<Problem>(Problem.class, this, CairnPackage.CARE_PLAN__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStrengths() {
		if (strengths == null) {
			strengths = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.CARE_PLAN__STRENGTHS);
		}
		return strengths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBarriers() {
		if (barriers == null) {
			barriers = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.CARE_PLAN__BARRIERS);
		}
		return barriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPreferences() {
		if (preferences == null) {
			preferences = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.CARE_PLAN__PREFERENCES);
		}
		return preferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDischargeCriteria() {
		return dischargeCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDischargeCriteria(String newDischargeCriteria) {
		String oldDischargeCriteria = dischargeCriteria;
		dischargeCriteria = newDischargeCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__DISCHARGE_CRITERIA, oldDischargeCriteria, dischargeCriteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCrisisPlan() {
		return crisisPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrisisPlan(String newCrisisPlan) {
		String oldCrisisPlan = crisisPlan;
		crisisPlan = newCrisisPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__CRISIS_PLAN, oldCrisisPlan, crisisPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DimensionRating> getDimensionRatings() {
		if (dimensionRatings == null) {
			dimensionRatings = new EObjectContainmentEList<DimensionRating>(DimensionRating.class, this, CairnPackage.CARE_PLAN__DIMENSION_RATINGS);
		}
		return dimensionRatings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanReview> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<PlanReview>(PlanReview.class, this, CairnPackage.CARE_PLAN__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Signature> getSignatures() {
		if (signatures == null) {
			signatures = new EObjectContainmentEList<Signature>(Signature.class, this, CairnPackage.CARE_PLAN__SIGNATURES);
		}
		return signatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorMark getEnteredInError() {
		return enteredInError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnteredInError(ErrorMark newEnteredInError, NotificationChain msgs) {
		ErrorMark oldEnteredInError = enteredInError;
		enteredInError = newEnteredInError;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
	public void setEnteredInError(ErrorMark newEnteredInError) {
		if (newEnteredInError != enteredInError) {
			NotificationChain msgs = null;
			if (enteredInError != null)
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.CARE_PLAN__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.CARE_PLAN__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_PLAN__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.CARE_PLAN__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
			case CairnPackage.CARE_PLAN__DIMENSION_RATINGS:
				return ((InternalEList<?>)getDimensionRatings()).basicRemove(otherEnd, msgs);
			case CairnPackage.CARE_PLAN__REVIEWS:
				return ((InternalEList<?>)getReviews()).basicRemove(otherEnd, msgs);
			case CairnPackage.CARE_PLAN__SIGNATURES:
				return ((InternalEList<?>)getSignatures()).basicRemove(otherEnd, msgs);
			case CairnPackage.CARE_PLAN__ENTERED_IN_ERROR:
				return basicSetEnteredInError(null, msgs);
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
			case CairnPackage.CARE_PLAN__REVISION:
				return getRevision();
			case CairnPackage.CARE_PLAN__STATUS:
				return getStatus();
			case CairnPackage.CARE_PLAN__EFFECTIVE_FROM:
				return getEffectiveFrom();
			case CairnPackage.CARE_PLAN__REVIEW_DUE:
				return getReviewDue();
			case CairnPackage.CARE_PLAN__PROBLEMS:
				return getProblems();
			case CairnPackage.CARE_PLAN__STRENGTHS:
				return getStrengths();
			case CairnPackage.CARE_PLAN__BARRIERS:
				return getBarriers();
			case CairnPackage.CARE_PLAN__PREFERENCES:
				return getPreferences();
			case CairnPackage.CARE_PLAN__DISCHARGE_CRITERIA:
				return getDischargeCriteria();
			case CairnPackage.CARE_PLAN__CRISIS_PLAN:
				return getCrisisPlan();
			case CairnPackage.CARE_PLAN__DIMENSION_RATINGS:
				return getDimensionRatings();
			case CairnPackage.CARE_PLAN__REVIEWS:
				return getReviews();
			case CairnPackage.CARE_PLAN__SIGNATURES:
				return getSignatures();
			case CairnPackage.CARE_PLAN__ENTERED_IN_ERROR:
				return getEnteredInError();
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
			case CairnPackage.CARE_PLAN__REVISION:
				setRevision((Integer)newValue);
				return;
			case CairnPackage.CARE_PLAN__STATUS:
				setStatus((CarePlanStatus)newValue);
				return;
			case CairnPackage.CARE_PLAN__EFFECTIVE_FROM:
				setEffectiveFrom((LocalDate)newValue);
				return;
			case CairnPackage.CARE_PLAN__REVIEW_DUE:
				setReviewDue((LocalDate)newValue);
				return;
			case CairnPackage.CARE_PLAN__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends Problem>)newValue);
				return;
			case CairnPackage.CARE_PLAN__STRENGTHS:
				getStrengths().clear();
				getStrengths().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.CARE_PLAN__BARRIERS:
				getBarriers().clear();
				getBarriers().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.CARE_PLAN__PREFERENCES:
				getPreferences().clear();
				getPreferences().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.CARE_PLAN__DISCHARGE_CRITERIA:
				setDischargeCriteria((String)newValue);
				return;
			case CairnPackage.CARE_PLAN__CRISIS_PLAN:
				setCrisisPlan((String)newValue);
				return;
			case CairnPackage.CARE_PLAN__DIMENSION_RATINGS:
				getDimensionRatings().clear();
				getDimensionRatings().addAll((Collection<? extends DimensionRating>)newValue);
				return;
			case CairnPackage.CARE_PLAN__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends PlanReview>)newValue);
				return;
			case CairnPackage.CARE_PLAN__SIGNATURES:
				getSignatures().clear();
				getSignatures().addAll((Collection<? extends Signature>)newValue);
				return;
			case CairnPackage.CARE_PLAN__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)newValue);
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
			case CairnPackage.CARE_PLAN__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case CairnPackage.CARE_PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.CARE_PLAN__EFFECTIVE_FROM:
				setEffectiveFrom(EFFECTIVE_FROM_EDEFAULT);
				return;
			case CairnPackage.CARE_PLAN__REVIEW_DUE:
				setReviewDue(REVIEW_DUE_EDEFAULT);
				return;
			case CairnPackage.CARE_PLAN__PROBLEMS:
				getProblems().clear();
				return;
			case CairnPackage.CARE_PLAN__STRENGTHS:
				getStrengths().clear();
				return;
			case CairnPackage.CARE_PLAN__BARRIERS:
				getBarriers().clear();
				return;
			case CairnPackage.CARE_PLAN__PREFERENCES:
				getPreferences().clear();
				return;
			case CairnPackage.CARE_PLAN__DISCHARGE_CRITERIA:
				setDischargeCriteria(DISCHARGE_CRITERIA_EDEFAULT);
				return;
			case CairnPackage.CARE_PLAN__CRISIS_PLAN:
				setCrisisPlan(CRISIS_PLAN_EDEFAULT);
				return;
			case CairnPackage.CARE_PLAN__DIMENSION_RATINGS:
				getDimensionRatings().clear();
				return;
			case CairnPackage.CARE_PLAN__REVIEWS:
				getReviews().clear();
				return;
			case CairnPackage.CARE_PLAN__SIGNATURES:
				getSignatures().clear();
				return;
			case CairnPackage.CARE_PLAN__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)null);
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
			case CairnPackage.CARE_PLAN__REVISION:
				return revision != REVISION_EDEFAULT;
			case CairnPackage.CARE_PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.CARE_PLAN__EFFECTIVE_FROM:
				return EFFECTIVE_FROM_EDEFAULT == null ? effectiveFrom != null : !EFFECTIVE_FROM_EDEFAULT.equals(effectiveFrom);
			case CairnPackage.CARE_PLAN__REVIEW_DUE:
				return REVIEW_DUE_EDEFAULT == null ? reviewDue != null : !REVIEW_DUE_EDEFAULT.equals(reviewDue);
			case CairnPackage.CARE_PLAN__PROBLEMS:
				return problems != null && !problems.isEmpty();
			case CairnPackage.CARE_PLAN__STRENGTHS:
				return strengths != null && !strengths.isEmpty();
			case CairnPackage.CARE_PLAN__BARRIERS:
				return barriers != null && !barriers.isEmpty();
			case CairnPackage.CARE_PLAN__PREFERENCES:
				return preferences != null && !preferences.isEmpty();
			case CairnPackage.CARE_PLAN__DISCHARGE_CRITERIA:
				return DISCHARGE_CRITERIA_EDEFAULT == null ? dischargeCriteria != null : !DISCHARGE_CRITERIA_EDEFAULT.equals(dischargeCriteria);
			case CairnPackage.CARE_PLAN__CRISIS_PLAN:
				return CRISIS_PLAN_EDEFAULT == null ? crisisPlan != null : !CRISIS_PLAN_EDEFAULT.equals(crisisPlan);
			case CairnPackage.CARE_PLAN__DIMENSION_RATINGS:
				return dimensionRatings != null && !dimensionRatings.isEmpty();
			case CairnPackage.CARE_PLAN__REVIEWS:
				return reviews != null && !reviews.isEmpty();
			case CairnPackage.CARE_PLAN__SIGNATURES:
				return signatures != null && !signatures.isEmpty();
			case CairnPackage.CARE_PLAN__ENTERED_IN_ERROR:
				return enteredInError != null;
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
		result.append(" (revision: ");
		result.append(revision);
		result.append(", status: ");
		result.append(status);
		result.append(", effectiveFrom: ");
		result.append(effectiveFrom);
		result.append(", reviewDue: ");
		result.append(reviewDue);
		result.append(", strengths: ");
		result.append(strengths);
		result.append(", barriers: ");
		result.append(barriers);
		result.append(", preferences: ");
		result.append(preferences);
		result.append(", dischargeCriteria: ");
		result.append(dischargeCriteria);
		result.append(", crisisPlan: ");
		result.append(crisisPlan);
		result.append(')');
		return result.toString();
	}

} //CarePlanImpl
