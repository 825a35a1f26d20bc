/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.Code;
import org.cairn.model.ErrorMark;
import org.cairn.model.KitReplacementReason;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.NaloxoneRecipient;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Naloxone Dispense</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getDispensedAt <em>Dispensed At</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getDispensedBy <em>Dispensed By</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getRecipientName <em>Recipient Name</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getLot <em>Lot</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#isTrainingGiven <em>Training Given</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#isOverdosePlanReviewed <em>Overdose Plan Reviewed</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getReplacementReason <em>Replacement Reason</em>}</li>
 *   <li>{@link org.cairn.model.impl.NaloxoneDispenseImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NaloxoneDispenseImpl extends PatientRecordImpl implements NaloxoneDispense {
	/**
	 * The default value of the '{@link #getDispensedAt() <em>Dispensed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispensedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DISPENSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDispensedAt() <em>Dispensed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispensedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant dispensedAt = DISPENSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDispensedBy() <em>Dispensed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispensedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPENSED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDispensedBy() <em>Dispensed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispensedBy()
	 * @generated
	 * @ordered
	 */
	protected String dispensedBy = DISPENSED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected static final NaloxoneRecipient RECIPIENT_EDEFAULT = NaloxoneRecipient.PATIENT;

	/**
	 * The cached value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected NaloxoneRecipient recipient = RECIPIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipientName() <em>Recipient Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientName()
	 * @generated
	 * @ordered
	 */
	protected static final String RECIPIENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecipientName() <em>Recipient Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientName()
	 * @generated
	 * @ordered
	 */
	protected String recipientName = RECIPIENT_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected Code product;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUANTITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected int quantity = QUANTITY_EDEFAULT;

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
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRES_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiresOn = EXPIRES_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isTrainingGiven() <em>Training Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainingGiven()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINING_GIVEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrainingGiven() <em>Training Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainingGiven()
	 * @generated
	 * @ordered
	 */
	protected boolean trainingGiven = TRAINING_GIVEN_EDEFAULT;

	/**
	 * The default value of the '{@link #isOverdosePlanReviewed() <em>Overdose Plan Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverdosePlanReviewed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OVERDOSE_PLAN_REVIEWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOverdosePlanReviewed() <em>Overdose Plan Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverdosePlanReviewed()
	 * @generated
	 * @ordered
	 */
	protected boolean overdosePlanReviewed = OVERDOSE_PLAN_REVIEWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplacementReason() <em>Replacement Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacementReason()
	 * @generated
	 * @ordered
	 */
	protected static final KitReplacementReason REPLACEMENT_REASON_EDEFAULT = KitReplacementReason.FIRST_KIT;

	/**
	 * The cached value of the '{@link #getReplacementReason() <em>Replacement Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacementReason()
	 * @generated
	 * @ordered
	 */
	protected KitReplacementReason replacementReason = REPLACEMENT_REASON_EDEFAULT;

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
	protected NaloxoneDispenseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.NALOXONE_DISPENSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDispensedAt() {
		return dispensedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDispensedAt(Instant newDispensedAt) {
		Instant oldDispensedAt = dispensedAt;
		dispensedAt = newDispensedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__DISPENSED_AT, oldDispensedAt, dispensedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDispensedBy() {
		return dispensedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDispensedBy(String newDispensedBy) {
		String oldDispensedBy = dispensedBy;
		dispensedBy = newDispensedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__DISPENSED_BY, oldDispensedBy, dispensedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NaloxoneRecipient getRecipient() {
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipient(NaloxoneRecipient newRecipient) {
		NaloxoneRecipient oldRecipient = recipient;
		recipient = newRecipient == null ? RECIPIENT_EDEFAULT : newRecipient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__RECIPIENT, oldRecipient, recipient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecipientName() {
		return recipientName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipientName(String newRecipientName) {
		String oldRecipientName = recipientName;
		recipientName = newRecipientName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__RECIPIENT_NAME, oldRecipientName, recipientName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProduct(Code newProduct, NotificationChain msgs) {
		Code oldProduct = product;
		product = newProduct;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__PRODUCT, oldProduct, newProduct);
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
	public void setProduct(Code newProduct) {
		if (newProduct != product) {
			NotificationChain msgs = null;
			if (product != null)
				msgs = ((InternalEObject)product).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.NALOXONE_DISPENSE__PRODUCT, null, msgs);
			if (newProduct != null)
				msgs = ((InternalEObject)newProduct).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.NALOXONE_DISPENSE__PRODUCT, null, msgs);
			msgs = basicSetProduct(newProduct, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__PRODUCT, newProduct, newProduct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		int oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__QUANTITY, oldQuantity, quantity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__LOT, oldLot, lot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(LocalDate newExpiresOn) {
		LocalDate oldExpiresOn = expiresOn;
		expiresOn = newExpiresOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrainingGiven() {
		return trainingGiven;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingGiven(boolean newTrainingGiven) {
		boolean oldTrainingGiven = trainingGiven;
		trainingGiven = newTrainingGiven;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__TRAINING_GIVEN, oldTrainingGiven, trainingGiven));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverdosePlanReviewed() {
		return overdosePlanReviewed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverdosePlanReviewed(boolean newOverdosePlanReviewed) {
		boolean oldOverdosePlanReviewed = overdosePlanReviewed;
		overdosePlanReviewed = newOverdosePlanReviewed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED, oldOverdosePlanReviewed, overdosePlanReviewed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KitReplacementReason getReplacementReason() {
		return replacementReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacementReason(KitReplacementReason newReplacementReason) {
		KitReplacementReason oldReplacementReason = replacementReason;
		replacementReason = newReplacementReason == null ? REPLACEMENT_REASON_EDEFAULT : newReplacementReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__REPLACEMENT_REASON, oldReplacementReason, replacementReason));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.NALOXONE_DISPENSE__PRODUCT:
				return basicSetProduct(null, msgs);
			case CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR:
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
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_AT:
				return getDispensedAt();
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_BY:
				return getDispensedBy();
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT:
				return getRecipient();
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT_NAME:
				return getRecipientName();
			case CairnPackage.NALOXONE_DISPENSE__PRODUCT:
				return getProduct();
			case CairnPackage.NALOXONE_DISPENSE__QUANTITY:
				return getQuantity();
			case CairnPackage.NALOXONE_DISPENSE__LOT:
				return getLot();
			case CairnPackage.NALOXONE_DISPENSE__EXPIRES_ON:
				return getExpiresOn();
			case CairnPackage.NALOXONE_DISPENSE__TRAINING_GIVEN:
				return isTrainingGiven();
			case CairnPackage.NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED:
				return isOverdosePlanReviewed();
			case CairnPackage.NALOXONE_DISPENSE__REPLACEMENT_REASON:
				return getReplacementReason();
			case CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR:
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
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_AT:
				setDispensedAt((Instant)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_BY:
				setDispensedBy((String)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT:
				setRecipient((NaloxoneRecipient)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT_NAME:
				setRecipientName((String)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__PRODUCT:
				setProduct((Code)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__LOT:
				setLot((String)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__EXPIRES_ON:
				setExpiresOn((LocalDate)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__TRAINING_GIVEN:
				setTrainingGiven((Boolean)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED:
				setOverdosePlanReviewed((Boolean)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__REPLACEMENT_REASON:
				setReplacementReason((KitReplacementReason)newValue);
				return;
			case CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR:
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
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_AT:
				setDispensedAt(DISPENSED_AT_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_BY:
				setDispensedBy(DISPENSED_BY_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT:
				setRecipient(RECIPIENT_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT_NAME:
				setRecipientName(RECIPIENT_NAME_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__PRODUCT:
				setProduct((Code)null);
				return;
			case CairnPackage.NALOXONE_DISPENSE__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__LOT:
				setLot(LOT_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__TRAINING_GIVEN:
				setTrainingGiven(TRAINING_GIVEN_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED:
				setOverdosePlanReviewed(OVERDOSE_PLAN_REVIEWED_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__REPLACEMENT_REASON:
				setReplacementReason(REPLACEMENT_REASON_EDEFAULT);
				return;
			case CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR:
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
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_AT:
				return DISPENSED_AT_EDEFAULT == null ? dispensedAt != null : !DISPENSED_AT_EDEFAULT.equals(dispensedAt);
			case CairnPackage.NALOXONE_DISPENSE__DISPENSED_BY:
				return DISPENSED_BY_EDEFAULT == null ? dispensedBy != null : !DISPENSED_BY_EDEFAULT.equals(dispensedBy);
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT:
				return recipient != RECIPIENT_EDEFAULT;
			case CairnPackage.NALOXONE_DISPENSE__RECIPIENT_NAME:
				return RECIPIENT_NAME_EDEFAULT == null ? recipientName != null : !RECIPIENT_NAME_EDEFAULT.equals(recipientName);
			case CairnPackage.NALOXONE_DISPENSE__PRODUCT:
				return product != null;
			case CairnPackage.NALOXONE_DISPENSE__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case CairnPackage.NALOXONE_DISPENSE__LOT:
				return LOT_EDEFAULT == null ? lot != null : !LOT_EDEFAULT.equals(lot);
			case CairnPackage.NALOXONE_DISPENSE__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
			case CairnPackage.NALOXONE_DISPENSE__TRAINING_GIVEN:
				return trainingGiven != TRAINING_GIVEN_EDEFAULT;
			case CairnPackage.NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED:
				return overdosePlanReviewed != OVERDOSE_PLAN_REVIEWED_EDEFAULT;
			case CairnPackage.NALOXONE_DISPENSE__REPLACEMENT_REASON:
				return replacementReason != REPLACEMENT_REASON_EDEFAULT;
			case CairnPackage.NALOXONE_DISPENSE__ENTERED_IN_ERROR:
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
		result.append(" (dispensedAt: ");
		result.append(dispensedAt);
		result.append(", dispensedBy: ");
		result.append(dispensedBy);
		result.append(", recipient: ");
		result.append(recipient);
		result.append(", recipientName: ");
		result.append(recipientName);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(", lot: ");
		result.append(lot);
		result.append(", expiresOn: ");
		result.append(expiresOn);
		result.append(", trainingGiven: ");
		result.append(trainingGiven);
		result.append(", overdosePlanReviewed: ");
		result.append(overdosePlanReviewed);
		result.append(", replacementReason: ");
		result.append(replacementReason);
		result.append(')');
		return result.toString();
	}

} //NaloxoneDispenseImpl
