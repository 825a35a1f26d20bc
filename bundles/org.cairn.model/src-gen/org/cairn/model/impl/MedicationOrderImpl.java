/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.Code;
import org.cairn.model.ErrorMark;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.OrderStatus;
import org.cairn.model.Route;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Medication Order</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getMedication <em>Medication</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getMedicationName <em>Medication Name</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getDoseMg <em>Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#isSplitDose <em>Split Dose</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getAmDoseMg <em>Am Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getPmDoseMg <em>Pm Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getRoute <em>Route</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getStartOn <em>Start On</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getEndOn <em>End On</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getPrescriberId <em>Prescriber Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getMaxTakeHomeDays <em>Max Take Home Days</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getPdmpCheckedOn <em>Pdmp Checked On</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getDaysSupply <em>Days Supply</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.cairn.model.impl.MedicationOrderImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MedicationOrderImpl extends PatientRecordImpl implements MedicationOrder {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MedicationKind KIND_EDEFAULT = MedicationKind.MOUD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MedicationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMedication() <em>Medication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedication()
	 * @generated
	 * @ordered
	 */
	protected Code medication;

	/**
	 * The default value of the '{@link #getMedicationName() <em>Medication Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedicationName()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDICATION_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMedicationName() <em>Medication Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedicationName()
	 * @generated
	 * @ordered
	 */
	protected String medicationName = MEDICATION_NAME_EDEFAULT;

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
	 * The default value of the '{@link #isSplitDose() <em>Split Dose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSplitDose()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPLIT_DOSE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSplitDose() <em>Split Dose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSplitDose()
	 * @generated
	 * @ordered
	 */
	protected boolean splitDose = SPLIT_DOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmDoseMg() <em>Am Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmDoseMg()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AM_DOSE_MG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmDoseMg() <em>Am Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmDoseMg()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amDoseMg = AM_DOSE_MG_EDEFAULT;

	/**
	 * The default value of the '{@link #getPmDoseMg() <em>Pm Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmDoseMg()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PM_DOSE_MG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPmDoseMg() <em>Pm Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmDoseMg()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal pmDoseMg = PM_DOSE_MG_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoute() <em>Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoute()
	 * @generated
	 * @ordered
	 */
	protected static final Route ROUTE_EDEFAULT = Route.ORAL;

	/**
	 * The cached value of the '{@link #getRoute() <em>Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoute()
	 * @generated
	 * @ordered
	 */
	protected Route route = ROUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected String frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartOn() <em>Start On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartOn() <em>Start On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startOn = START_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndOn() <em>End On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndOn() <em>End On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endOn = END_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrescriberId() <em>Prescriber Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrescriberId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRESCRIBER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrescriberId() <em>Prescriber Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrescriberId()
	 * @generated
	 * @ordered
	 */
	protected String prescriberId = PRESCRIBER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final OrderStatus STATUS_EDEFAULT = OrderStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected OrderStatus status = STATUS_EDEFAULT;

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
	 * The default value of the '{@link #getMaxTakeHomeDays() <em>Max Take Home Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTakeHomeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_TAKE_HOME_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxTakeHomeDays() <em>Max Take Home Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTakeHomeDays()
	 * @generated
	 * @ordered
	 */
	protected int maxTakeHomeDays = MAX_TAKE_HOME_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPdmpCheckedOn() <em>Pdmp Checked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPdmpCheckedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PDMP_CHECKED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPdmpCheckedOn() <em>Pdmp Checked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPdmpCheckedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate pdmpCheckedOn = PDMP_CHECKED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDaysSupply() <em>Days Supply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysSupply()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_SUPPLY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDaysSupply() <em>Days Supply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysSupply()
	 * @generated
	 * @ordered
	 */
	protected int daysSupply = DAYS_SUPPLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal QUANTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal quantity = QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected String instructions = INSTRUCTIONS_EDEFAULT;

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
	protected MedicationOrderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.MEDICATION_ORDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MedicationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MedicationKind newKind) {
		MedicationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getMedication() {
		return medication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMedication(Code newMedication, NotificationChain msgs) {
		Code oldMedication = medication;
		medication = newMedication;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__MEDICATION, oldMedication, newMedication);
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
	public void setMedication(Code newMedication) {
		if (newMedication != medication) {
			NotificationChain msgs = null;
			if (medication != null)
				msgs = ((InternalEObject)medication).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.MEDICATION_ORDER__MEDICATION, null, msgs);
			if (newMedication != null)
				msgs = ((InternalEObject)newMedication).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.MEDICATION_ORDER__MEDICATION, null, msgs);
			msgs = basicSetMedication(newMedication, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__MEDICATION, newMedication, newMedication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMedicationName() {
		return medicationName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedicationName(String newMedicationName) {
		String oldMedicationName = medicationName;
		medicationName = newMedicationName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__MEDICATION_NAME, oldMedicationName, medicationName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__DOSE_MG, oldDoseMg, doseMg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSplitDose() {
		return splitDose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSplitDose(boolean newSplitDose) {
		boolean oldSplitDose = splitDose;
		splitDose = newSplitDose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__SPLIT_DOSE, oldSplitDose, splitDose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmDoseMg() {
		return amDoseMg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmDoseMg(BigDecimal newAmDoseMg) {
		BigDecimal oldAmDoseMg = amDoseMg;
		amDoseMg = newAmDoseMg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__AM_DOSE_MG, oldAmDoseMg, amDoseMg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPmDoseMg() {
		return pmDoseMg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPmDoseMg(BigDecimal newPmDoseMg) {
		BigDecimal oldPmDoseMg = pmDoseMg;
		pmDoseMg = newPmDoseMg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__PM_DOSE_MG, oldPmDoseMg, pmDoseMg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Route getRoute() {
		return route;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoute(Route newRoute) {
		Route oldRoute = route;
		route = newRoute == null ? ROUTE_EDEFAULT : newRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__ROUTE, oldRoute, route));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(String newFrequency) {
		String oldFrequency = frequency;
		frequency = newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartOn() {
		return startOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartOn(LocalDate newStartOn) {
		LocalDate oldStartOn = startOn;
		startOn = newStartOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__START_ON, oldStartOn, startOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndOn() {
		return endOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndOn(LocalDate newEndOn) {
		LocalDate oldEndOn = endOn;
		endOn = newEndOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__END_ON, oldEndOn, endOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrescriberId() {
		return prescriberId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrescriberId(String newPrescriberId) {
		String oldPrescriberId = prescriberId;
		prescriberId = newPrescriberId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__PRESCRIBER_ID, oldPrescriberId, prescriberId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrderStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(OrderStatus newStatus) {
		OrderStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxTakeHomeDays() {
		return maxTakeHomeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTakeHomeDays(int newMaxTakeHomeDays) {
		int oldMaxTakeHomeDays = maxTakeHomeDays;
		maxTakeHomeDays = newMaxTakeHomeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__MAX_TAKE_HOME_DAYS, oldMaxTakeHomeDays, maxTakeHomeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPdmpCheckedOn() {
		return pdmpCheckedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPdmpCheckedOn(LocalDate newPdmpCheckedOn) {
		LocalDate oldPdmpCheckedOn = pdmpCheckedOn;
		pdmpCheckedOn = newPdmpCheckedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__PDMP_CHECKED_ON, oldPdmpCheckedOn, pdmpCheckedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDaysSupply() {
		return daysSupply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaysSupply(int newDaysSupply) {
		int oldDaysSupply = daysSupply;
		daysSupply = newDaysSupply;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__DAYS_SUPPLY, oldDaysSupply, daysSupply));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(BigDecimal newQuantity) {
		BigDecimal oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(String newInstructions) {
		String oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__INSTRUCTIONS, oldInstructions, instructions));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.MEDICATION_ORDER__MEDICATION:
				return basicSetMedication(null, msgs);
			case CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR:
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
			case CairnPackage.MEDICATION_ORDER__KIND:
				return getKind();
			case CairnPackage.MEDICATION_ORDER__MEDICATION:
				return getMedication();
			case CairnPackage.MEDICATION_ORDER__MEDICATION_NAME:
				return getMedicationName();
			case CairnPackage.MEDICATION_ORDER__DOSE_MG:
				return getDoseMg();
			case CairnPackage.MEDICATION_ORDER__SPLIT_DOSE:
				return isSplitDose();
			case CairnPackage.MEDICATION_ORDER__AM_DOSE_MG:
				return getAmDoseMg();
			case CairnPackage.MEDICATION_ORDER__PM_DOSE_MG:
				return getPmDoseMg();
			case CairnPackage.MEDICATION_ORDER__ROUTE:
				return getRoute();
			case CairnPackage.MEDICATION_ORDER__FREQUENCY:
				return getFrequency();
			case CairnPackage.MEDICATION_ORDER__START_ON:
				return getStartOn();
			case CairnPackage.MEDICATION_ORDER__END_ON:
				return getEndOn();
			case CairnPackage.MEDICATION_ORDER__PRESCRIBER_ID:
				return getPrescriberId();
			case CairnPackage.MEDICATION_ORDER__STATUS:
				return getStatus();
			case CairnPackage.MEDICATION_ORDER__REASON:
				return getReason();
			case CairnPackage.MEDICATION_ORDER__MAX_TAKE_HOME_DAYS:
				return getMaxTakeHomeDays();
			case CairnPackage.MEDICATION_ORDER__PDMP_CHECKED_ON:
				return getPdmpCheckedOn();
			case CairnPackage.MEDICATION_ORDER__DAYS_SUPPLY:
				return getDaysSupply();
			case CairnPackage.MEDICATION_ORDER__QUANTITY:
				return getQuantity();
			case CairnPackage.MEDICATION_ORDER__INSTRUCTIONS:
				return getInstructions();
			case CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR:
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
			case CairnPackage.MEDICATION_ORDER__KIND:
				setKind((MedicationKind)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__MEDICATION:
				setMedication((Code)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__MEDICATION_NAME:
				setMedicationName((String)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__DOSE_MG:
				setDoseMg((BigDecimal)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__SPLIT_DOSE:
				setSplitDose((Boolean)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__AM_DOSE_MG:
				setAmDoseMg((BigDecimal)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__PM_DOSE_MG:
				setPmDoseMg((BigDecimal)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__ROUTE:
				setRoute((Route)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__FREQUENCY:
				setFrequency((String)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__START_ON:
				setStartOn((LocalDate)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__END_ON:
				setEndOn((LocalDate)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__PRESCRIBER_ID:
				setPrescriberId((String)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__STATUS:
				setStatus((OrderStatus)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__REASON:
				setReason((String)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__MAX_TAKE_HOME_DAYS:
				setMaxTakeHomeDays((Integer)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__PDMP_CHECKED_ON:
				setPdmpCheckedOn((LocalDate)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__DAYS_SUPPLY:
				setDaysSupply((Integer)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__QUANTITY:
				setQuantity((BigDecimal)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__INSTRUCTIONS:
				setInstructions((String)newValue);
				return;
			case CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR:
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
			case CairnPackage.MEDICATION_ORDER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__MEDICATION:
				setMedication((Code)null);
				return;
			case CairnPackage.MEDICATION_ORDER__MEDICATION_NAME:
				setMedicationName(MEDICATION_NAME_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__DOSE_MG:
				setDoseMg(DOSE_MG_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__SPLIT_DOSE:
				setSplitDose(SPLIT_DOSE_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__AM_DOSE_MG:
				setAmDoseMg(AM_DOSE_MG_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__PM_DOSE_MG:
				setPmDoseMg(PM_DOSE_MG_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__ROUTE:
				setRoute(ROUTE_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__START_ON:
				setStartOn(START_ON_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__END_ON:
				setEndOn(END_ON_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__PRESCRIBER_ID:
				setPrescriberId(PRESCRIBER_ID_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__MAX_TAKE_HOME_DAYS:
				setMaxTakeHomeDays(MAX_TAKE_HOME_DAYS_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__PDMP_CHECKED_ON:
				setPdmpCheckedOn(PDMP_CHECKED_ON_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__DAYS_SUPPLY:
				setDaysSupply(DAYS_SUPPLY_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR:
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
			case CairnPackage.MEDICATION_ORDER__KIND:
				return kind != KIND_EDEFAULT;
			case CairnPackage.MEDICATION_ORDER__MEDICATION:
				return medication != null;
			case CairnPackage.MEDICATION_ORDER__MEDICATION_NAME:
				return MEDICATION_NAME_EDEFAULT == null ? medicationName != null : !MEDICATION_NAME_EDEFAULT.equals(medicationName);
			case CairnPackage.MEDICATION_ORDER__DOSE_MG:
				return DOSE_MG_EDEFAULT == null ? doseMg != null : !DOSE_MG_EDEFAULT.equals(doseMg);
			case CairnPackage.MEDICATION_ORDER__SPLIT_DOSE:
				return splitDose != SPLIT_DOSE_EDEFAULT;
			case CairnPackage.MEDICATION_ORDER__AM_DOSE_MG:
				return AM_DOSE_MG_EDEFAULT == null ? amDoseMg != null : !AM_DOSE_MG_EDEFAULT.equals(amDoseMg);
			case CairnPackage.MEDICATION_ORDER__PM_DOSE_MG:
				return PM_DOSE_MG_EDEFAULT == null ? pmDoseMg != null : !PM_DOSE_MG_EDEFAULT.equals(pmDoseMg);
			case CairnPackage.MEDICATION_ORDER__ROUTE:
				return route != ROUTE_EDEFAULT;
			case CairnPackage.MEDICATION_ORDER__FREQUENCY:
				return FREQUENCY_EDEFAULT == null ? frequency != null : !FREQUENCY_EDEFAULT.equals(frequency);
			case CairnPackage.MEDICATION_ORDER__START_ON:
				return START_ON_EDEFAULT == null ? startOn != null : !START_ON_EDEFAULT.equals(startOn);
			case CairnPackage.MEDICATION_ORDER__END_ON:
				return END_ON_EDEFAULT == null ? endOn != null : !END_ON_EDEFAULT.equals(endOn);
			case CairnPackage.MEDICATION_ORDER__PRESCRIBER_ID:
				return PRESCRIBER_ID_EDEFAULT == null ? prescriberId != null : !PRESCRIBER_ID_EDEFAULT.equals(prescriberId);
			case CairnPackage.MEDICATION_ORDER__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.MEDICATION_ORDER__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CairnPackage.MEDICATION_ORDER__MAX_TAKE_HOME_DAYS:
				return maxTakeHomeDays != MAX_TAKE_HOME_DAYS_EDEFAULT;
			case CairnPackage.MEDICATION_ORDER__PDMP_CHECKED_ON:
				return PDMP_CHECKED_ON_EDEFAULT == null ? pdmpCheckedOn != null : !PDMP_CHECKED_ON_EDEFAULT.equals(pdmpCheckedOn);
			case CairnPackage.MEDICATION_ORDER__DAYS_SUPPLY:
				return daysSupply != DAYS_SUPPLY_EDEFAULT;
			case CairnPackage.MEDICATION_ORDER__QUANTITY:
				return QUANTITY_EDEFAULT == null ? quantity != null : !QUANTITY_EDEFAULT.equals(quantity);
			case CairnPackage.MEDICATION_ORDER__INSTRUCTIONS:
				return INSTRUCTIONS_EDEFAULT == null ? instructions != null : !INSTRUCTIONS_EDEFAULT.equals(instructions);
			case CairnPackage.MEDICATION_ORDER__ENTERED_IN_ERROR:
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", medicationName: ");
		result.append(medicationName);
		result.append(", doseMg: ");
		result.append(doseMg);
		result.append(", splitDose: ");
		result.append(splitDose);
		result.append(", amDoseMg: ");
		result.append(amDoseMg);
		result.append(", pmDoseMg: ");
		result.append(pmDoseMg);
		result.append(", route: ");
		result.append(route);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", startOn: ");
		result.append(startOn);
		result.append(", endOn: ");
		result.append(endOn);
		result.append(", prescriberId: ");
		result.append(prescriberId);
		result.append(", status: ");
		result.append(status);
		result.append(", reason: ");
		result.append(reason);
		result.append(", maxTakeHomeDays: ");
		result.append(maxTakeHomeDays);
		result.append(", pdmpCheckedOn: ");
		result.append(pdmpCheckedOn);
		result.append(", daysSupply: ");
		result.append(daysSupply);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(')');
		return result.toString();
	}

} //MedicationOrderImpl
