/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.math.BigDecimal;

import java.time.Instant;

import java.util.Collection;

import org.cairn.model.Answer;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnPackage;
import org.cairn.model.ErrorMark;
import org.cairn.model.FlagAcknowledgement;
import org.cairn.model.ItemScore;
import org.cairn.model.ResponseStatus;
import org.cairn.model.SubscaleScore;

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
 * An implementation of the model object '<em><b>Assessment Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getFormId <em>Form Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getFormVersion <em>Form Version</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getAdministeredAt <em>Administered At</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getAdministeredBy <em>Administered By</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getItemScores <em>Item Scores</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getSubscales <em>Subscales</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getBand <em>Band</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getAcknowledgements <em>Acknowledgements</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getHoursSinceLastUse <em>Hours Since Last Use</em>}</li>
 *   <li>{@link org.cairn.model.impl.AssessmentResponseImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentResponseImpl extends PatientRecordImpl implements AssessmentResponse {
	/**
	 * The default value of the '{@link #getFormId() <em>Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormId()
	 * @generated
	 * @ordered
	 */
	protected static final String FORM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormId() <em>Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormId()
	 * @generated
	 * @ordered
	 */
	protected String formId = FORM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormVersion() <em>Form Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORM_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormVersion() <em>Form Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormVersion()
	 * @generated
	 * @ordered
	 */
	protected String formVersion = FORM_VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ResponseStatus STATUS_EDEFAULT = ResponseStatus.IN_PROGRESS;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ResponseStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<Answer> answers;

	/**
	 * The cached value of the '{@link #getItemScores() <em>Item Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemScores()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemScore> itemScores;

	/**
	 * The default value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TOTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal total = TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubscales() <em>Subscales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscales()
	 * @generated
	 * @ordered
	 */
	protected EList<SubscaleScore> subscales;

	/**
	 * The default value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected static final String BAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected String band = BAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> flags;

	/**
	 * The cached value of the '{@link #getAcknowledgements() <em>Acknowledgements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgements()
	 * @generated
	 * @ordered
	 */
	protected EList<FlagAcknowledgement> acknowledgements;

	/**
	 * The default value of the '{@link #getHoursSinceLastUse() <em>Hours Since Last Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursSinceLastUse()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal HOURS_SINCE_LAST_USE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHoursSinceLastUse() <em>Hours Since Last Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursSinceLastUse()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal hoursSinceLastUse = HOURS_SINCE_LAST_USE_EDEFAULT;

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
	protected AssessmentResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.ASSESSMENT_RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormId() {
		return formId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormId(String newFormId) {
		String oldFormId = formId;
		formId = newFormId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__FORM_ID, oldFormId, formId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormVersion() {
		return formVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormVersion(String newFormVersion) {
		String oldFormVersion = formVersion;
		formVersion = newFormVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__FORM_VERSION, oldFormVersion, formVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_AT, oldAdministeredAt, administeredAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_BY, oldAdministeredBy, administeredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResponseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ResponseStatus newStatus) {
		ResponseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Answer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<Answer>(Answer.class, this, CairnPackage.ASSESSMENT_RESPONSE__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemScore> getItemScores() {
		if (itemScores == null) {
			itemScores = new EObjectContainmentEList<ItemScore>(ItemScore.class, this, CairnPackage.ASSESSMENT_RESPONSE__ITEM_SCORES);
		}
		return itemScores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(BigDecimal newTotal) {
		BigDecimal oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubscaleScore> getSubscales() {
		if (subscales == null) {
			subscales = new EObjectContainmentEList<SubscaleScore>(SubscaleScore.class, this, CairnPackage.ASSESSMENT_RESPONSE__SUBSCALES);
		}
		return subscales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBand() {
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBand(String newBand) {
		String oldBand = band;
		band = newBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__BAND, oldBand, band));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.ASSESSMENT_RESPONSE__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlagAcknowledgement> getAcknowledgements() {
		if (acknowledgements == null) {
			acknowledgements = new EObjectContainmentEList<FlagAcknowledgement>(FlagAcknowledgement.class, this, CairnPackage.ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS);
		}
		return acknowledgements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getHoursSinceLastUse() {
		return hoursSinceLastUse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursSinceLastUse(BigDecimal newHoursSinceLastUse) {
		BigDecimal oldHoursSinceLastUse = hoursSinceLastUse;
		hoursSinceLastUse = newHoursSinceLastUse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE, oldHoursSinceLastUse, hoursSinceLastUse));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.ASSESSMENT_RESPONSE__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case CairnPackage.ASSESSMENT_RESPONSE__ITEM_SCORES:
				return ((InternalEList<?>)getItemScores()).basicRemove(otherEnd, msgs);
			case CairnPackage.ASSESSMENT_RESPONSE__SUBSCALES:
				return ((InternalEList<?>)getSubscales()).basicRemove(otherEnd, msgs);
			case CairnPackage.ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS:
				return ((InternalEList<?>)getAcknowledgements()).basicRemove(otherEnd, msgs);
			case CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR:
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
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_ID:
				return getFormId();
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_VERSION:
				return getFormVersion();
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_AT:
				return getAdministeredAt();
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_BY:
				return getAdministeredBy();
			case CairnPackage.ASSESSMENT_RESPONSE__STATUS:
				return getStatus();
			case CairnPackage.ASSESSMENT_RESPONSE__ANSWERS:
				return getAnswers();
			case CairnPackage.ASSESSMENT_RESPONSE__ITEM_SCORES:
				return getItemScores();
			case CairnPackage.ASSESSMENT_RESPONSE__TOTAL:
				return getTotal();
			case CairnPackage.ASSESSMENT_RESPONSE__SUBSCALES:
				return getSubscales();
			case CairnPackage.ASSESSMENT_RESPONSE__BAND:
				return getBand();
			case CairnPackage.ASSESSMENT_RESPONSE__FLAGS:
				return getFlags();
			case CairnPackage.ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS:
				return getAcknowledgements();
			case CairnPackage.ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE:
				return getHoursSinceLastUse();
			case CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR:
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
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_ID:
				setFormId((String)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_VERSION:
				setFormVersion((String)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_AT:
				setAdministeredAt((Instant)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_BY:
				setAdministeredBy((String)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__STATUS:
				setStatus((ResponseStatus)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends Answer>)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ITEM_SCORES:
				getItemScores().clear();
				getItemScores().addAll((Collection<? extends ItemScore>)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__TOTAL:
				setTotal((BigDecimal)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__SUBSCALES:
				getSubscales().clear();
				getSubscales().addAll((Collection<? extends SubscaleScore>)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__BAND:
				setBand((String)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS:
				getAcknowledgements().clear();
				getAcknowledgements().addAll((Collection<? extends FlagAcknowledgement>)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE:
				setHoursSinceLastUse((BigDecimal)newValue);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR:
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
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_ID:
				setFormId(FORM_ID_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_VERSION:
				setFormVersion(FORM_VERSION_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_AT:
				setAdministeredAt(ADMINISTERED_AT_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_BY:
				setAdministeredBy(ADMINISTERED_BY_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ANSWERS:
				getAnswers().clear();
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ITEM_SCORES:
				getItemScores().clear();
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__SUBSCALES:
				getSubscales().clear();
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__BAND:
				setBand(BAND_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__FLAGS:
				getFlags().clear();
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS:
				getAcknowledgements().clear();
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE:
				setHoursSinceLastUse(HOURS_SINCE_LAST_USE_EDEFAULT);
				return;
			case CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR:
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
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_ID:
				return FORM_ID_EDEFAULT == null ? formId != null : !FORM_ID_EDEFAULT.equals(formId);
			case CairnPackage.ASSESSMENT_RESPONSE__FORM_VERSION:
				return FORM_VERSION_EDEFAULT == null ? formVersion != null : !FORM_VERSION_EDEFAULT.equals(formVersion);
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_AT:
				return ADMINISTERED_AT_EDEFAULT == null ? administeredAt != null : !ADMINISTERED_AT_EDEFAULT.equals(administeredAt);
			case CairnPackage.ASSESSMENT_RESPONSE__ADMINISTERED_BY:
				return ADMINISTERED_BY_EDEFAULT == null ? administeredBy != null : !ADMINISTERED_BY_EDEFAULT.equals(administeredBy);
			case CairnPackage.ASSESSMENT_RESPONSE__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.ASSESSMENT_RESPONSE__ANSWERS:
				return answers != null && !answers.isEmpty();
			case CairnPackage.ASSESSMENT_RESPONSE__ITEM_SCORES:
				return itemScores != null && !itemScores.isEmpty();
			case CairnPackage.ASSESSMENT_RESPONSE__TOTAL:
				return TOTAL_EDEFAULT == null ? total != null : !TOTAL_EDEFAULT.equals(total);
			case CairnPackage.ASSESSMENT_RESPONSE__SUBSCALES:
				return subscales != null && !subscales.isEmpty();
			case CairnPackage.ASSESSMENT_RESPONSE__BAND:
				return BAND_EDEFAULT == null ? band != null : !BAND_EDEFAULT.equals(band);
			case CairnPackage.ASSESSMENT_RESPONSE__FLAGS:
				return flags != null && !flags.isEmpty();
			case CairnPackage.ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS:
				return acknowledgements != null && !acknowledgements.isEmpty();
			case CairnPackage.ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE:
				return HOURS_SINCE_LAST_USE_EDEFAULT == null ? hoursSinceLastUse != null : !HOURS_SINCE_LAST_USE_EDEFAULT.equals(hoursSinceLastUse);
			case CairnPackage.ASSESSMENT_RESPONSE__ENTERED_IN_ERROR:
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
		result.append(" (formId: ");
		result.append(formId);
		result.append(", formVersion: ");
		result.append(formVersion);
		result.append(", administeredAt: ");
		result.append(administeredAt);
		result.append(", administeredBy: ");
		result.append(administeredBy);
		result.append(", status: ");
		result.append(status);
		result.append(", total: ");
		result.append(total);
		result.append(", band: ");
		result.append(band);
		result.append(", flags: ");
		result.append(flags);
		result.append(", hoursSinceLastUse: ");
		result.append(hoursSinceLastUse);
		result.append(')');
		return result.toString();
	}

} //AssessmentResponseImpl
