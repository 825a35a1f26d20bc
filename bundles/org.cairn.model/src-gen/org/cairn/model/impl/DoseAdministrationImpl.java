/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.ErrorMark;
import org.cairn.model.MissedDoseReason;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dose Administration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getOrderId <em>Order Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getScheduledFor <em>Scheduled For</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getDoseMg <em>Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getAdministeredAt <em>Administered At</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getAdministeredBy <em>Administered By</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getTakeHomeDoses <em>Take Home Doses</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#isLockBoxVerified <em>Lock Box Verified</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getLot <em>Lot</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#isIdentityChecked <em>Identity Checked</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getMissedReason <em>Missed Reason</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getInjectionSite <em>Injection Site</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getNextDueOn <em>Next Due On</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.cairn.model.impl.DoseAdministrationImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DoseAdministrationImpl extends PatientRecordImpl implements DoseAdministration {
	/**
	 * The default value of the '{@link #getOrderId() <em>Order Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderId()
	 * @generated
	 * @ordered
	 */
	protected static final String ORDER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrderId() <em>Order Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderId()
	 * @generated
	 * @ordered
	 */
	protected String orderId = ORDER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheduledFor() <em>Scheduled For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledFor()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SCHEDULED_FOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheduledFor() <em>Scheduled For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledFor()
	 * @generated
	 * @ordered
	 */
	protected LocalDate scheduledFor = SCHEDULED_FOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final DoseOutcome OUTCOME_EDEFAULT = DoseOutcome.OBSERVED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected DoseOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoseMg() <em>Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseMg()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DOSE_MG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoseMg() <em>Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseMg()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal doseMg = DOSE_MG_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdministeredAt() <em>Administered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministeredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ADMINISTERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdministeredAt() <em>Administered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministeredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant administeredAt = ADMINISTERED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdministeredBy() <em>Administered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministeredBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ADMINISTERED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdministeredBy() <em>Administered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministeredBy()
	 * @generated
	 * @ordered
	 */
	protected String administeredBy = ADMINISTERED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTakeHomeDoses() <em>Take Home Doses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeHomeDoses()
	 * @generated
	 * @ordered
	 */
	protected static final int TAKE_HOME_DOSES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTakeHomeDoses() <em>Take Home Doses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeHomeDoses()
	 * @generated
	 * @ordered
	 */
	protected int takeHomeDoses = TAKE_HOME_DOSES_EDEFAULT;

	/**
	 * The default value of the '{@link #isLockBoxVerified() <em>Lock Box Verified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLockBoxVerified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCK_BOX_VERIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLockBoxVerified() <em>Lock Box Verified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLockBoxVerified()
	 * @generated
	 * @ordered
	 */
	protected boolean lockBoxVerified = LOCK_BOX_VERIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected static final String LOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected String lot = LOT_EDEFAULT;

	/**
	 * The default value of the '{@link #isIdentityChecked() <em>Identity Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIdentityChecked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IDENTITY_CHECKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIdentityChecked() <em>Identity Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIdentityChecked()
	 * @generated
	 * @ordered
	 */
	protected boolean identityChecked = IDENTITY_CHECKED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissedReason() <em>Missed Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedReason()
	 * @generated
	 * @ordered
	 */
	protected static final MissedDoseReason MISSED_REASON_EDEFAULT = MissedDoseReason.NO_SHOW;

	/**
	 * The cached value of the '{@link #getMissedReason() <em>Missed Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedReason()
	 * @generated
	 * @ordered
	 */
	protected MissedDoseReason missedReason = MISSED_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getInjectionSite() <em>Injection Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInjectionSite()
	 * @generated
	 * @ordered
	 */
	protected static final String INJECTION_SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInjectionSite() <em>Injection Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInjectionSite()
	 * @generated
	 * @ordered
	 */
	protected String injectionSite = INJECTION_SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextDueOn() <em>Next Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEXT_DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextDueOn() <em>Next Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextDueOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nextDueOn = NEXT_DUE_ON_EDEFAULT;

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
	protected DoseAdministrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.DOSE_ADMINISTRATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrderId() {
		return orderId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderId(String newOrderId) {
		String oldOrderId = orderId;
		orderId = newOrderId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__ORDER_ID, oldOrderId, orderId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getScheduledFor() {
		return scheduledFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledFor(LocalDate newScheduledFor) {
		LocalDate oldScheduledFor = scheduledFor;
		scheduledFor = newScheduledFor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__SCHEDULED_FOR, oldScheduledFor, scheduledFor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(DoseOutcome newOutcome) {
		DoseOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDoseMg() {
		return doseMg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseMg(BigDecimal newDoseMg) {
		BigDecimal oldDoseMg = doseMg;
		doseMg = newDoseMg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__DOSE_MG, oldDoseMg, doseMg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAdministeredAt() {
		return administeredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdministeredAt(Instant newAdministeredAt) {
		Instant oldAdministeredAt = administeredAt;
		administeredAt = newAdministeredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_AT, oldAdministeredAt, administeredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdministeredBy() {
		return administeredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdministeredBy(String newAdministeredBy) {
		String oldAdministeredBy = administeredBy;
		administeredBy = newAdministeredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_BY, oldAdministeredBy, administeredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTakeHomeDoses() {
		return takeHomeDoses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakeHomeDoses(int newTakeHomeDoses) {
		int oldTakeHomeDoses = takeHomeDoses;
		takeHomeDoses = newTakeHomeDoses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__TAKE_HOME_DOSES, oldTakeHomeDoses, takeHomeDoses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLockBoxVerified() {
		return lockBoxVerified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockBoxVerified(boolean newLockBoxVerified) {
		boolean oldLockBoxVerified = lockBoxVerified;
		lockBoxVerified = newLockBoxVerified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED, oldLockBoxVerified, lockBoxVerified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLot() {
		return lot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLot(String newLot) {
		String oldLot = lot;
		lot = newLot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__LOT, oldLot, lot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIdentityChecked() {
		return identityChecked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentityChecked(boolean newIdentityChecked) {
		boolean oldIdentityChecked = identityChecked;
		identityChecked = newIdentityChecked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__IDENTITY_CHECKED, oldIdentityChecked, identityChecked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissedDoseReason getMissedReason() {
		return missedReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissedReason(MissedDoseReason newMissedReason) {
		MissedDoseReason oldMissedReason = missedReason;
		missedReason = newMissedReason == null ? MISSED_REASON_EDEFAULT : newMissedReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__MISSED_REASON, oldMissedReason, missedReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInjectionSite() {
		return injectionSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInjectionSite(String newInjectionSite) {
		String oldInjectionSite = injectionSite;
		injectionSite = newInjectionSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__INJECTION_SITE, oldInjectionSite, injectionSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNextDueOn() {
		return nextDueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextDueOn(LocalDate newNextDueOn) {
		LocalDate oldNextDueOn = nextDueOn;
		nextDueOn = newNextDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__NEXT_DUE_ON, oldNextDueOn, nextDueOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__NOTES, oldNotes, notes));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR:
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
			case CairnPackage.DOSE_ADMINISTRATION__ORDER_ID:
				return getOrderId();
			case CairnPackage.DOSE_ADMINISTRATION__SCHEDULED_FOR:
				return getScheduledFor();
			case CairnPackage.DOSE_ADMINISTRATION__OUTCOME:
				return getOutcome();
			case CairnPackage.DOSE_ADMINISTRATION__DOSE_MG:
				return getDoseMg();
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_AT:
				return getAdministeredAt();
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_BY:
				return getAdministeredBy();
			case CairnPackage.DOSE_ADMINISTRATION__TAKE_HOME_DOSES:
				return getTakeHomeDoses();
			case CairnPackage.DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED:
				return isLockBoxVerified();
			case CairnPackage.DOSE_ADMINISTRATION__LOT:
				return getLot();
			case CairnPackage.DOSE_ADMINISTRATION__IDENTITY_CHECKED:
				return isIdentityChecked();
			case CairnPackage.DOSE_ADMINISTRATION__MISSED_REASON:
				return getMissedReason();
			case CairnPackage.DOSE_ADMINISTRATION__INJECTION_SITE:
				return getInjectionSite();
			case CairnPackage.DOSE_ADMINISTRATION__NEXT_DUE_ON:
				return getNextDueOn();
			case CairnPackage.DOSE_ADMINISTRATION__NOTES:
				return getNotes();
			case CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR:
				return getEnteredInError();
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
			case CairnPackage.DOSE_ADMINISTRATION__ORDER_ID:
				setOrderId((String)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__SCHEDULED_FOR:
				setScheduledFor((LocalDate)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__OUTCOME:
				setOutcome((DoseOutcome)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__DOSE_MG:
				setDoseMg((BigDecimal)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_AT:
				setAdministeredAt((Instant)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_BY:
				setAdministeredBy((String)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__TAKE_HOME_DOSES:
				setTakeHomeDoses((Integer)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED:
				setLockBoxVerified((Boolean)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__LOT:
				setLot((String)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__IDENTITY_CHECKED:
				setIdentityChecked((Boolean)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__MISSED_REASON:
				setMissedReason((MissedDoseReason)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__INJECTION_SITE:
				setInjectionSite((String)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__NEXT_DUE_ON:
				setNextDueOn((LocalDate)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__NOTES:
				setNotes((String)newValue);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR:
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
			case CairnPackage.DOSE_ADMINISTRATION__ORDER_ID:
				setOrderId(ORDER_ID_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__SCHEDULED_FOR:
				setScheduledFor(SCHEDULED_FOR_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__DOSE_MG:
				setDoseMg(DOSE_MG_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_AT:
				setAdministeredAt(ADMINISTERED_AT_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_BY:
				setAdministeredBy(ADMINISTERED_BY_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__TAKE_HOME_DOSES:
				setTakeHomeDoses(TAKE_HOME_DOSES_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED:
				setLockBoxVerified(LOCK_BOX_VERIFIED_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__LOT:
				setLot(LOT_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__IDENTITY_CHECKED:
				setIdentityChecked(IDENTITY_CHECKED_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__MISSED_REASON:
				setMissedReason(MISSED_REASON_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__INJECTION_SITE:
				setInjectionSite(INJECTION_SITE_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__NEXT_DUE_ON:
				setNextDueOn(NEXT_DUE_ON_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR:
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
			case CairnPackage.DOSE_ADMINISTRATION__ORDER_ID:
				return ORDER_ID_EDEFAULT == null ? orderId != null : !ORDER_ID_EDEFAULT.equals(orderId);
			case CairnPackage.DOSE_ADMINISTRATION__SCHEDULED_FOR:
				return SCHEDULED_FOR_EDEFAULT == null ? scheduledFor != null : !SCHEDULED_FOR_EDEFAULT.equals(scheduledFor);
			case CairnPackage.DOSE_ADMINISTRATION__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case CairnPackage.DOSE_ADMINISTRATION__DOSE_MG:
				return DOSE_MG_EDEFAULT == null ? doseMg != null : !DOSE_MG_EDEFAULT.equals(doseMg);
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_AT:
				return ADMINISTERED_AT_EDEFAULT == null ? administeredAt != null : !ADMINISTERED_AT_EDEFAULT.equals(administeredAt);
			case CairnPackage.DOSE_ADMINISTRATION__ADMINISTERED_BY:
				return ADMINISTERED_BY_EDEFAULT == null ? administeredBy != null : !ADMINISTERED_BY_EDEFAULT.equals(administeredBy);
			case CairnPackage.DOSE_ADMINISTRATION__TAKE_HOME_DOSES:
				return takeHomeDoses != TAKE_HOME_DOSES_EDEFAULT;
			case CairnPackage.DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED:
				return lockBoxVerified != LOCK_BOX_VERIFIED_EDEFAULT;
			case CairnPackage.DOSE_ADMINISTRATION__LOT:
				return LOT_EDEFAULT == null ? lot != null : !LOT_EDEFAULT.equals(lot);
			case CairnPackage.DOSE_ADMINISTRATION__IDENTITY_CHECKED:
				return identityChecked != IDENTITY_CHECKED_EDEFAULT;
			case CairnPackage.DOSE_ADMINISTRATION__MISSED_REASON:
				return missedReason != MISSED_REASON_EDEFAULT;
			case CairnPackage.DOSE_ADMINISTRATION__INJECTION_SITE:
				return INJECTION_SITE_EDEFAULT == null ? injectionSite != null : !INJECTION_SITE_EDEFAULT.equals(injectionSite);
			case CairnPackage.DOSE_ADMINISTRATION__NEXT_DUE_ON:
				return NEXT_DUE_ON_EDEFAULT == null ? nextDueOn != null : !NEXT_DUE_ON_EDEFAULT.equals(nextDueOn);
			case CairnPackage.DOSE_ADMINISTRATION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case CairnPackage.DOSE_ADMINISTRATION__ENTERED_IN_ERROR:
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
		result.append(" (orderId: ");
		result.append(orderId);
		result.append(", scheduledFor: ");
		result.append(scheduledFor);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", doseMg: ");
		result.append(doseMg);
		result.append(", administeredAt: ");
		result.append(administeredAt);
		result.append(", administeredBy: ");
		result.append(administeredBy);
		result.append(", takeHomeDoses: ");
		result.append(takeHomeDoses);
		result.append(", lockBoxVerified: ");
		result.append(lockBoxVerified);
		result.append(", lot: ");
		result.append(lot);
		result.append(", identityChecked: ");
		result.append(identityChecked);
		result.append(", missedReason: ");
		result.append(missedReason);
		result.append(", injectionSite: ");
		result.append(injectionSite);
		result.append(", nextDueOn: ");
		result.append(nextDueOn);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //DoseAdministrationImpl
