/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.cairn.model.AftercarePlan;
import org.cairn.model.CairnPackage;
import org.cairn.model.CareTeamMember;
import org.cairn.model.Code;
import org.cairn.model.Diagnosis;
import org.cairn.model.DischargeReason;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.ErrorMark;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Programme;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Episode Of Care</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getProgramme <em>Programme</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getLevelOfCare <em>Level Of Care</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getAdmittedOn <em>Admitted On</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getDischargedOn <em>Discharged On</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getLastUseAt <em>Last Use At</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getSubstances <em>Substances</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getDiagnoses <em>Diagnoses</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getCareTeam <em>Care Team</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getDischargeReason <em>Discharge Reason</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getDischargeSummary <em>Discharge Summary</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getAftercare <em>Aftercare</em>}</li>
 *   <li>{@link org.cairn.model.impl.EpisodeOfCareImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpisodeOfCareImpl extends PatientRecordImpl implements EpisodeOfCare {
	/**
	 * The default value of the '{@link #getProgramme() <em>Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramme()
	 * @generated
	 * @ordered
	 */
	protected static final Programme PROGRAMME_EDEFAULT = Programme.DETOX;

	/**
	 * The cached value of the '{@link #getProgramme() <em>Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramme()
	 * @generated
	 * @ordered
	 */
	protected Programme programme = PROGRAMME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLevelOfCare() <em>Level Of Care</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelOfCare()
	 * @generated
	 * @ordered
	 */
	protected Code levelOfCare;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EpisodeStatus STATUS_EDEFAULT = EpisodeStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EpisodeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdmittedOn() <em>Admitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmittedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADMITTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdmittedOn() <em>Admitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmittedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate admittedOn = ADMITTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDischargedOn() <em>Discharged On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DISCHARGED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDischargedOn() <em>Discharged On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dischargedOn = DISCHARGED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastUseAt() <em>Last Use At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUseAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LAST_USE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastUseAt() <em>Last Use At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUseAt()
	 * @generated
	 * @ordered
	 */
	protected Instant lastUseAt = LAST_USE_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubstances() <em>Substances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstances()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> substances;

	/**
	 * The cached value of the '{@link #getDiagnoses() <em>Diagnoses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnoses()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagnosis> diagnoses;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<PhaseTransition> phases;

	/**
	 * The cached value of the '{@link #getCareTeam() <em>Care Team</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCareTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<CareTeamMember> careTeam;

	/**
	 * The default value of the '{@link #getDischargeReason() <em>Discharge Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeReason()
	 * @generated
	 * @ordered
	 */
	protected static final DischargeReason DISCHARGE_REASON_EDEFAULT = DischargeReason.COMPLETED;

	/**
	 * The cached value of the '{@link #getDischargeReason() <em>Discharge Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeReason()
	 * @generated
	 * @ordered
	 */
	protected DischargeReason dischargeReason = DISCHARGE_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDischargeSummary() <em>Discharge Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCHARGE_SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDischargeSummary() <em>Discharge Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeSummary()
	 * @generated
	 * @ordered
	 */
	protected String dischargeSummary = DISCHARGE_SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAftercare() <em>Aftercare</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAftercare()
	 * @generated
	 * @ordered
	 */
	protected AftercarePlan aftercare;

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
	protected EpisodeOfCareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.EPISODE_OF_CARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Programme getProgramme() {
		return programme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgramme(Programme newProgramme) {
		Programme oldProgramme = programme;
		programme = newProgramme == null ? PROGRAMME_EDEFAULT : newProgramme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__PROGRAMME, oldProgramme, programme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getLevelOfCare() {
		return levelOfCare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLevelOfCare(Code newLevelOfCare, NotificationChain msgs) {
		Code oldLevelOfCare = levelOfCare;
		levelOfCare = newLevelOfCare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE, oldLevelOfCare, newLevelOfCare);
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
	public void setLevelOfCare(Code newLevelOfCare) {
		if (newLevelOfCare != levelOfCare) {
			NotificationChain msgs = null;
			if (levelOfCare != null)
				msgs = ((InternalEObject)levelOfCare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE, null, msgs);
			if (newLevelOfCare != null)
				msgs = ((InternalEObject)newLevelOfCare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE, null, msgs);
			msgs = basicSetLevelOfCare(newLevelOfCare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE, newLevelOfCare, newLevelOfCare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpisodeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EpisodeStatus newStatus) {
		EpisodeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdmittedOn() {
		return admittedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdmittedOn(LocalDate newAdmittedOn) {
		LocalDate oldAdmittedOn = admittedOn;
		admittedOn = newAdmittedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__ADMITTED_ON, oldAdmittedOn, admittedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDischargedOn() {
		return dischargedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDischargedOn(LocalDate newDischargedOn) {
		LocalDate oldDischargedOn = dischargedOn;
		dischargedOn = newDischargedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__DISCHARGED_ON, oldDischargedOn, dischargedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLastUseAt() {
		return lastUseAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastUseAt(Instant newLastUseAt) {
		Instant oldLastUseAt = lastUseAt;
		lastUseAt = newLastUseAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__LAST_USE_AT, oldLastUseAt, lastUseAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getSubstances() {
		if (substances == null) {
			substances = new EObjectContainmentEList<Code>(Code.class, this, CairnPackage.EPISODE_OF_CARE__SUBSTANCES);
		}
		return substances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagnosis> getDiagnoses() {
		if (diagnoses == null) {
			diagnoses = new EObjectContainmentEList<Diagnosis>(Diagnosis.class, this, CairnPackage.EPISODE_OF_CARE__DIAGNOSES);
		}
		return diagnoses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhaseTransition> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<PhaseTransition>(PhaseTransition.class, this, CairnPackage.EPISODE_OF_CARE__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CareTeamMember> getCareTeam() {
		if (careTeam == null) {
			careTeam = new EObjectContainmentEList<CareTeamMember>(CareTeamMember.class, this, CairnPackage.EPISODE_OF_CARE__CARE_TEAM);
		}
		return careTeam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DischargeReason getDischargeReason() {
		return dischargeReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDischargeReason(DischargeReason newDischargeReason) {
		DischargeReason oldDischargeReason = dischargeReason;
		dischargeReason = newDischargeReason == null ? DISCHARGE_REASON_EDEFAULT : newDischargeReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__DISCHARGE_REASON, oldDischargeReason, dischargeReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDischargeSummary() {
		return dischargeSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDischargeSummary(String newDischargeSummary) {
		String oldDischargeSummary = dischargeSummary;
		dischargeSummary = newDischargeSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__DISCHARGE_SUMMARY, oldDischargeSummary, dischargeSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AftercarePlan getAftercare() {
		return aftercare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAftercare(AftercarePlan newAftercare, NotificationChain msgs) {
		AftercarePlan oldAftercare = aftercare;
		aftercare = newAftercare;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__AFTERCARE, oldAftercare, newAftercare);
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
	public void setAftercare(AftercarePlan newAftercare) {
		if (newAftercare != aftercare) {
			NotificationChain msgs = null;
			if (aftercare != null)
				msgs = ((InternalEObject)aftercare).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.EPISODE_OF_CARE__AFTERCARE, null, msgs);
			if (newAftercare != null)
				msgs = ((InternalEObject)newAftercare).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.EPISODE_OF_CARE__AFTERCARE, null, msgs);
			msgs = basicSetAftercare(newAftercare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__AFTERCARE, newAftercare, newAftercare));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE:
				return basicSetLevelOfCare(null, msgs);
			case CairnPackage.EPISODE_OF_CARE__SUBSTANCES:
				return ((InternalEList<?>)getSubstances()).basicRemove(otherEnd, msgs);
			case CairnPackage.EPISODE_OF_CARE__DIAGNOSES:
				return ((InternalEList<?>)getDiagnoses()).basicRemove(otherEnd, msgs);
			case CairnPackage.EPISODE_OF_CARE__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case CairnPackage.EPISODE_OF_CARE__CARE_TEAM:
				return ((InternalEList<?>)getCareTeam()).basicRemove(otherEnd, msgs);
			case CairnPackage.EPISODE_OF_CARE__AFTERCARE:
				return basicSetAftercare(null, msgs);
			case CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR:
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
			case CairnPackage.EPISODE_OF_CARE__PROGRAMME:
				return getProgramme();
			case CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE:
				return getLevelOfCare();
			case CairnPackage.EPISODE_OF_CARE__STATUS:
				return getStatus();
			case CairnPackage.EPISODE_OF_CARE__ADMITTED_ON:
				return getAdmittedOn();
			case CairnPackage.EPISODE_OF_CARE__DISCHARGED_ON:
				return getDischargedOn();
			case CairnPackage.EPISODE_OF_CARE__LAST_USE_AT:
				return getLastUseAt();
			case CairnPackage.EPISODE_OF_CARE__SUBSTANCES:
				return getSubstances();
			case CairnPackage.EPISODE_OF_CARE__DIAGNOSES:
				return getDiagnoses();
			case CairnPackage.EPISODE_OF_CARE__PHASES:
				return getPhases();
			case CairnPackage.EPISODE_OF_CARE__CARE_TEAM:
				return getCareTeam();
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_REASON:
				return getDischargeReason();
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_SUMMARY:
				return getDischargeSummary();
			case CairnPackage.EPISODE_OF_CARE__AFTERCARE:
				return getAftercare();
			case CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR:
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
			case CairnPackage.EPISODE_OF_CARE__PROGRAMME:
				setProgramme((Programme)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE:
				setLevelOfCare((Code)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__STATUS:
				setStatus((EpisodeStatus)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__ADMITTED_ON:
				setAdmittedOn((LocalDate)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__DISCHARGED_ON:
				setDischargedOn((LocalDate)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__LAST_USE_AT:
				setLastUseAt((Instant)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__SUBSTANCES:
				getSubstances().clear();
				getSubstances().addAll((Collection<? extends Code>)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__DIAGNOSES:
				getDiagnoses().clear();
				getDiagnoses().addAll((Collection<? extends Diagnosis>)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends PhaseTransition>)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__CARE_TEAM:
				getCareTeam().clear();
				getCareTeam().addAll((Collection<? extends CareTeamMember>)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_REASON:
				setDischargeReason((DischargeReason)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_SUMMARY:
				setDischargeSummary((String)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__AFTERCARE:
				setAftercare((AftercarePlan)newValue);
				return;
			case CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR:
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
			case CairnPackage.EPISODE_OF_CARE__PROGRAMME:
				setProgramme(PROGRAMME_EDEFAULT);
				return;
			case CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE:
				setLevelOfCare((Code)null);
				return;
			case CairnPackage.EPISODE_OF_CARE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.EPISODE_OF_CARE__ADMITTED_ON:
				setAdmittedOn(ADMITTED_ON_EDEFAULT);
				return;
			case CairnPackage.EPISODE_OF_CARE__DISCHARGED_ON:
				setDischargedOn(DISCHARGED_ON_EDEFAULT);
				return;
			case CairnPackage.EPISODE_OF_CARE__LAST_USE_AT:
				setLastUseAt(LAST_USE_AT_EDEFAULT);
				return;
			case CairnPackage.EPISODE_OF_CARE__SUBSTANCES:
				getSubstances().clear();
				return;
			case CairnPackage.EPISODE_OF_CARE__DIAGNOSES:
				getDiagnoses().clear();
				return;
			case CairnPackage.EPISODE_OF_CARE__PHASES:
				getPhases().clear();
				return;
			case CairnPackage.EPISODE_OF_CARE__CARE_TEAM:
				getCareTeam().clear();
				return;
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_REASON:
				setDischargeReason(DISCHARGE_REASON_EDEFAULT);
				return;
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_SUMMARY:
				setDischargeSummary(DISCHARGE_SUMMARY_EDEFAULT);
				return;
			case CairnPackage.EPISODE_OF_CARE__AFTERCARE:
				setAftercare((AftercarePlan)null);
				return;
			case CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR:
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
			case CairnPackage.EPISODE_OF_CARE__PROGRAMME:
				return programme != PROGRAMME_EDEFAULT;
			case CairnPackage.EPISODE_OF_CARE__LEVEL_OF_CARE:
				return levelOfCare != null;
			case CairnPackage.EPISODE_OF_CARE__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.EPISODE_OF_CARE__ADMITTED_ON:
				return ADMITTED_ON_EDEFAULT == null ? admittedOn != null : !ADMITTED_ON_EDEFAULT.equals(admittedOn);
			case CairnPackage.EPISODE_OF_CARE__DISCHARGED_ON:
				return DISCHARGED_ON_EDEFAULT == null ? dischargedOn != null : !DISCHARGED_ON_EDEFAULT.equals(dischargedOn);
			case CairnPackage.EPISODE_OF_CARE__LAST_USE_AT:
				return LAST_USE_AT_EDEFAULT == null ? lastUseAt != null : !LAST_USE_AT_EDEFAULT.equals(lastUseAt);
			case CairnPackage.EPISODE_OF_CARE__SUBSTANCES:
				return substances != null && !substances.isEmpty();
			case CairnPackage.EPISODE_OF_CARE__DIAGNOSES:
				return diagnoses != null && !diagnoses.isEmpty();
			case CairnPackage.EPISODE_OF_CARE__PHASES:
				return phases != null && !phases.isEmpty();
			case CairnPackage.EPISODE_OF_CARE__CARE_TEAM:
				return careTeam != null && !careTeam.isEmpty();
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_REASON:
				return dischargeReason != DISCHARGE_REASON_EDEFAULT;
			case CairnPackage.EPISODE_OF_CARE__DISCHARGE_SUMMARY:
				return DISCHARGE_SUMMARY_EDEFAULT == null ? dischargeSummary != null : !DISCHARGE_SUMMARY_EDEFAULT.equals(dischargeSummary);
			case CairnPackage.EPISODE_OF_CARE__AFTERCARE:
				return aftercare != null;
			case CairnPackage.EPISODE_OF_CARE__ENTERED_IN_ERROR:
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
		result.append(" (programme: ");
		result.append(programme);
		result.append(", status: ");
		result.append(status);
		result.append(", admittedOn: ");
		result.append(admittedOn);
		result.append(", dischargedOn: ");
		result.append(dischargedOn);
		result.append(", lastUseAt: ");
		result.append(lastUseAt);
		result.append(", dischargeReason: ");
		result.append(dischargeReason);
		result.append(", dischargeSummary: ");
		result.append(dischargeSummary);
		result.append(')');
		return result.toString();
	}

} //EpisodeOfCareImpl
