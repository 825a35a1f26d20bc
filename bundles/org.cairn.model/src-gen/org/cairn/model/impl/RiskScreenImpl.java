/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import org.cairn.model.CairnPackage;
import org.cairn.model.RiskLevel;
import org.cairn.model.RiskScreen;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Risk Screen</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.RiskScreenImpl#getSuicidalIdeation <em>Suicidal Ideation</em>}</li>
 *   <li>{@link org.cairn.model.impl.RiskScreenImpl#getHomicidalIdeation <em>Homicidal Ideation</em>}</li>
 *   <li>{@link org.cairn.model.impl.RiskScreenImpl#getOverdoseRisk <em>Overdose Risk</em>}</li>
 *   <li>{@link org.cairn.model.impl.RiskScreenImpl#isSafetyPlanReviewed <em>Safety Plan Reviewed</em>}</li>
 *   <li>{@link org.cairn.model.impl.RiskScreenImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskScreenImpl extends MinimalEObjectImpl.Container implements RiskScreen {
	/**
	 * The default value of the '{@link #getSuicidalIdeation() <em>Suicidal Ideation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuicidalIdeation()
	 * @generated
	 * @ordered
	 */
	protected static final RiskLevel SUICIDAL_IDEATION_EDEFAULT = RiskLevel.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getSuicidalIdeation() <em>Suicidal Ideation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuicidalIdeation()
	 * @generated
	 * @ordered
	 */
	protected RiskLevel suicidalIdeation = SUICIDAL_IDEATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHomicidalIdeation() <em>Homicidal Ideation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomicidalIdeation()
	 * @generated
	 * @ordered
	 */
	protected static final RiskLevel HOMICIDAL_IDEATION_EDEFAULT = RiskLevel.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getHomicidalIdeation() <em>Homicidal Ideation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomicidalIdeation()
	 * @generated
	 * @ordered
	 */
	protected RiskLevel homicidalIdeation = HOMICIDAL_IDEATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverdoseRisk() <em>Overdose Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverdoseRisk()
	 * @generated
	 * @ordered
	 */
	protected static final RiskLevel OVERDOSE_RISK_EDEFAULT = RiskLevel.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getOverdoseRisk() <em>Overdose Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverdoseRisk()
	 * @generated
	 * @ordered
	 */
	protected RiskLevel overdoseRisk = OVERDOSE_RISK_EDEFAULT;

	/**
	 * The default value of the '{@link #isSafetyPlanReviewed() <em>Safety Plan Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetyPlanReviewed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAFETY_PLAN_REVIEWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSafetyPlanReviewed() <em>Safety Plan Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetyPlanReviewed()
	 * @generated
	 * @ordered
	 */
	protected boolean safetyPlanReviewed = SAFETY_PLAN_REVIEWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RiskScreenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.RISK_SCREEN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskLevel getSuicidalIdeation() {
		return suicidalIdeation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuicidalIdeation(RiskLevel newSuicidalIdeation) {
		RiskLevel oldSuicidalIdeation = suicidalIdeation;
		suicidalIdeation = newSuicidalIdeation == null ? SUICIDAL_IDEATION_EDEFAULT : newSuicidalIdeation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.RISK_SCREEN__SUICIDAL_IDEATION, oldSuicidalIdeation, suicidalIdeation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskLevel getHomicidalIdeation() {
		return homicidalIdeation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomicidalIdeation(RiskLevel newHomicidalIdeation) {
		RiskLevel oldHomicidalIdeation = homicidalIdeation;
		homicidalIdeation = newHomicidalIdeation == null ? HOMICIDAL_IDEATION_EDEFAULT : newHomicidalIdeation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.RISK_SCREEN__HOMICIDAL_IDEATION, oldHomicidalIdeation, homicidalIdeation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskLevel getOverdoseRisk() {
		return overdoseRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverdoseRisk(RiskLevel newOverdoseRisk) {
		RiskLevel oldOverdoseRisk = overdoseRisk;
		overdoseRisk = newOverdoseRisk == null ? OVERDOSE_RISK_EDEFAULT : newOverdoseRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.RISK_SCREEN__OVERDOSE_RISK, oldOverdoseRisk, overdoseRisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSafetyPlanReviewed() {
		return safetyPlanReviewed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafetyPlanReviewed(boolean newSafetyPlanReviewed) {
		boolean oldSafetyPlanReviewed = safetyPlanReviewed;
		safetyPlanReviewed = newSafetyPlanReviewed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.RISK_SCREEN__SAFETY_PLAN_REVIEWED, oldSafetyPlanReviewed, safetyPlanReviewed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.RISK_SCREEN__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.RISK_SCREEN__SUICIDAL_IDEATION:
				return getSuicidalIdeation();
			case CairnPackage.RISK_SCREEN__HOMICIDAL_IDEATION:
				return getHomicidalIdeation();
			case CairnPackage.RISK_SCREEN__OVERDOSE_RISK:
				return getOverdoseRisk();
			case CairnPackage.RISK_SCREEN__SAFETY_PLAN_REVIEWED:
				return isSafetyPlanReviewed();
			case CairnPackage.RISK_SCREEN__NOTES:
				return getNotes();
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
			case CairnPackage.RISK_SCREEN__SUICIDAL_IDEATION:
				setSuicidalIdeation((RiskLevel)newValue);
				return;
			case CairnPackage.RISK_SCREEN__HOMICIDAL_IDEATION:
				setHomicidalIdeation((RiskLevel)newValue);
				return;
			case CairnPackage.RISK_SCREEN__OVERDOSE_RISK:
				setOverdoseRisk((RiskLevel)newValue);
				return;
			case CairnPackage.RISK_SCREEN__SAFETY_PLAN_REVIEWED:
				setSafetyPlanReviewed((Boolean)newValue);
				return;
			case CairnPackage.RISK_SCREEN__NOTES:
				setNotes((String)newValue);
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
			case CairnPackage.RISK_SCREEN__SUICIDAL_IDEATION:
				setSuicidalIdeation(SUICIDAL_IDEATION_EDEFAULT);
				return;
			case CairnPackage.RISK_SCREEN__HOMICIDAL_IDEATION:
				setHomicidalIdeation(HOMICIDAL_IDEATION_EDEFAULT);
				return;
			case CairnPackage.RISK_SCREEN__OVERDOSE_RISK:
				setOverdoseRisk(OVERDOSE_RISK_EDEFAULT);
				return;
			case CairnPackage.RISK_SCREEN__SAFETY_PLAN_REVIEWED:
				setSafetyPlanReviewed(SAFETY_PLAN_REVIEWED_EDEFAULT);
				return;
			case CairnPackage.RISK_SCREEN__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case CairnPackage.RISK_SCREEN__SUICIDAL_IDEATION:
				return suicidalIdeation != SUICIDAL_IDEATION_EDEFAULT;
			case CairnPackage.RISK_SCREEN__HOMICIDAL_IDEATION:
				return homicidalIdeation != HOMICIDAL_IDEATION_EDEFAULT;
			case CairnPackage.RISK_SCREEN__OVERDOSE_RISK:
				return overdoseRisk != OVERDOSE_RISK_EDEFAULT;
			case CairnPackage.RISK_SCREEN__SAFETY_PLAN_REVIEWED:
				return safetyPlanReviewed != SAFETY_PLAN_REVIEWED_EDEFAULT;
			case CairnPackage.RISK_SCREEN__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (suicidalIdeation: ");
		result.append(suicidalIdeation);
		result.append(", homicidalIdeation: ");
		result.append(homicidalIdeation);
		result.append(", overdoseRisk: ");
		result.append(overdoseRisk);
		result.append(", safetyPlanReviewed: ");
		result.append(safetyPlanReviewed);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //RiskScreenImpl
