/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.math.BigDecimal;

import java.time.Instant;

import org.cairn.model.CairnPackage;
import org.cairn.model.ErrorMark;
import org.cairn.model.VitalSigns;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vital Signs</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getTakenBy <em>Taken By</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getPulseBpm <em>Pulse Bpm</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getSystolicMmHg <em>Systolic Mm Hg</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getDiastolicMmHg <em>Diastolic Mm Hg</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getRespiratoryRate <em>Respiratory Rate</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getTemperatureCelsius <em>Temperature Celsius</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getOxygenSaturation <em>Oxygen Saturation</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.cairn.model.impl.VitalSignsImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VitalSignsImpl extends PatientRecordImpl implements VitalSigns {
	/**
	 * The default value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TAKEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected Instant takenAt = TAKEN_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTakenBy() <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenBy()
	 * @generated
	 * @ordered
	 */
	protected static final String TAKEN_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenBy() <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenBy()
	 * @generated
	 * @ordered
	 */
	protected String takenBy = TAKEN_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPulseBpm() <em>Pulse Bpm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPulseBpm()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PULSE_BPM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPulseBpm() <em>Pulse Bpm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPulseBpm()
	 * @generated
	 * @ordered
	 */
	protected Integer pulseBpm = PULSE_BPM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystolicMmHg() <em>Systolic Mm Hg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystolicMmHg()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SYSTOLIC_MM_HG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystolicMmHg() <em>Systolic Mm Hg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystolicMmHg()
	 * @generated
	 * @ordered
	 */
	protected Integer systolicMmHg = SYSTOLIC_MM_HG_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiastolicMmHg() <em>Diastolic Mm Hg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiastolicMmHg()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DIASTOLIC_MM_HG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiastolicMmHg() <em>Diastolic Mm Hg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiastolicMmHg()
	 * @generated
	 * @ordered
	 */
	protected Integer diastolicMmHg = DIASTOLIC_MM_HG_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespiratoryRate() <em>Respiratory Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespiratoryRate()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RESPIRATORY_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespiratoryRate() <em>Respiratory Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespiratoryRate()
	 * @generated
	 * @ordered
	 */
	protected Integer respiratoryRate = RESPIRATORY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemperatureCelsius() <em>Temperature Celsius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperatureCelsius()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TEMPERATURE_CELSIUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemperatureCelsius() <em>Temperature Celsius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperatureCelsius()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal temperatureCelsius = TEMPERATURE_CELSIUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOxygenSaturation() <em>Oxygen Saturation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOxygenSaturation()
	 * @generated
	 * @ordered
	 */
	protected static final Integer OXYGEN_SATURATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOxygenSaturation() <em>Oxygen Saturation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOxygenSaturation()
	 * @generated
	 * @ordered
	 */
	protected Integer oxygenSaturation = OXYGEN_SATURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

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
	protected VitalSignsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.VITAL_SIGNS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTakenAt() {
		return takenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenAt(Instant newTakenAt) {
		Instant oldTakenAt = takenAt;
		takenAt = newTakenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__TAKEN_AT, oldTakenAt, takenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTakenBy() {
		return takenBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenBy(String newTakenBy) {
		String oldTakenBy = takenBy;
		takenBy = newTakenBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__TAKEN_BY, oldTakenBy, takenBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPulseBpm() {
		return pulseBpm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPulseBpm(Integer newPulseBpm) {
		Integer oldPulseBpm = pulseBpm;
		pulseBpm = newPulseBpm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__PULSE_BPM, oldPulseBpm, pulseBpm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSystolicMmHg() {
		return systolicMmHg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystolicMmHg(Integer newSystolicMmHg) {
		Integer oldSystolicMmHg = systolicMmHg;
		systolicMmHg = newSystolicMmHg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__SYSTOLIC_MM_HG, oldSystolicMmHg, systolicMmHg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDiastolicMmHg() {
		return diastolicMmHg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiastolicMmHg(Integer newDiastolicMmHg) {
		Integer oldDiastolicMmHg = diastolicMmHg;
		diastolicMmHg = newDiastolicMmHg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__DIASTOLIC_MM_HG, oldDiastolicMmHg, diastolicMmHg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRespiratoryRate() {
		return respiratoryRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespiratoryRate(Integer newRespiratoryRate) {
		Integer oldRespiratoryRate = respiratoryRate;
		respiratoryRate = newRespiratoryRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__RESPIRATORY_RATE, oldRespiratoryRate, respiratoryRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTemperatureCelsius() {
		return temperatureCelsius;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemperatureCelsius(BigDecimal newTemperatureCelsius) {
		BigDecimal oldTemperatureCelsius = temperatureCelsius;
		temperatureCelsius = newTemperatureCelsius;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__TEMPERATURE_CELSIUS, oldTemperatureCelsius, temperatureCelsius));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getOxygenSaturation() {
		return oxygenSaturation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOxygenSaturation(Integer newOxygenSaturation) {
		Integer oldOxygenSaturation = oxygenSaturation;
		oxygenSaturation = newOxygenSaturation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__OXYGEN_SATURATION, oldOxygenSaturation, oxygenSaturation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__COMMENT, oldComment, comment));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR:
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
			case CairnPackage.VITAL_SIGNS__TAKEN_AT:
				return getTakenAt();
			case CairnPackage.VITAL_SIGNS__TAKEN_BY:
				return getTakenBy();
			case CairnPackage.VITAL_SIGNS__PULSE_BPM:
				return getPulseBpm();
			case CairnPackage.VITAL_SIGNS__SYSTOLIC_MM_HG:
				return getSystolicMmHg();
			case CairnPackage.VITAL_SIGNS__DIASTOLIC_MM_HG:
				return getDiastolicMmHg();
			case CairnPackage.VITAL_SIGNS__RESPIRATORY_RATE:
				return getRespiratoryRate();
			case CairnPackage.VITAL_SIGNS__TEMPERATURE_CELSIUS:
				return getTemperatureCelsius();
			case CairnPackage.VITAL_SIGNS__OXYGEN_SATURATION:
				return getOxygenSaturation();
			case CairnPackage.VITAL_SIGNS__COMMENT:
				return getComment();
			case CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR:
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
			case CairnPackage.VITAL_SIGNS__TAKEN_AT:
				setTakenAt((Instant)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__TAKEN_BY:
				setTakenBy((String)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__PULSE_BPM:
				setPulseBpm((Integer)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__SYSTOLIC_MM_HG:
				setSystolicMmHg((Integer)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__DIASTOLIC_MM_HG:
				setDiastolicMmHg((Integer)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__RESPIRATORY_RATE:
				setRespiratoryRate((Integer)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__TEMPERATURE_CELSIUS:
				setTemperatureCelsius((BigDecimal)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__OXYGEN_SATURATION:
				setOxygenSaturation((Integer)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__COMMENT:
				setComment((String)newValue);
				return;
			case CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR:
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
			case CairnPackage.VITAL_SIGNS__TAKEN_AT:
				setTakenAt(TAKEN_AT_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__TAKEN_BY:
				setTakenBy(TAKEN_BY_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__PULSE_BPM:
				setPulseBpm(PULSE_BPM_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__SYSTOLIC_MM_HG:
				setSystolicMmHg(SYSTOLIC_MM_HG_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__DIASTOLIC_MM_HG:
				setDiastolicMmHg(DIASTOLIC_MM_HG_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__RESPIRATORY_RATE:
				setRespiratoryRate(RESPIRATORY_RATE_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__TEMPERATURE_CELSIUS:
				setTemperatureCelsius(TEMPERATURE_CELSIUS_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__OXYGEN_SATURATION:
				setOxygenSaturation(OXYGEN_SATURATION_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR:
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
			case CairnPackage.VITAL_SIGNS__TAKEN_AT:
				return TAKEN_AT_EDEFAULT == null ? takenAt != null : !TAKEN_AT_EDEFAULT.equals(takenAt);
			case CairnPackage.VITAL_SIGNS__TAKEN_BY:
				return TAKEN_BY_EDEFAULT == null ? takenBy != null : !TAKEN_BY_EDEFAULT.equals(takenBy);
			case CairnPackage.VITAL_SIGNS__PULSE_BPM:
				return PULSE_BPM_EDEFAULT == null ? pulseBpm != null : !PULSE_BPM_EDEFAULT.equals(pulseBpm);
			case CairnPackage.VITAL_SIGNS__SYSTOLIC_MM_HG:
				return SYSTOLIC_MM_HG_EDEFAULT == null ? systolicMmHg != null : !SYSTOLIC_MM_HG_EDEFAULT.equals(systolicMmHg);
			case CairnPackage.VITAL_SIGNS__DIASTOLIC_MM_HG:
				return DIASTOLIC_MM_HG_EDEFAULT == null ? diastolicMmHg != null : !DIASTOLIC_MM_HG_EDEFAULT.equals(diastolicMmHg);
			case CairnPackage.VITAL_SIGNS__RESPIRATORY_RATE:
				return RESPIRATORY_RATE_EDEFAULT == null ? respiratoryRate != null : !RESPIRATORY_RATE_EDEFAULT.equals(respiratoryRate);
			case CairnPackage.VITAL_SIGNS__TEMPERATURE_CELSIUS:
				return TEMPERATURE_CELSIUS_EDEFAULT == null ? temperatureCelsius != null : !TEMPERATURE_CELSIUS_EDEFAULT.equals(temperatureCelsius);
			case CairnPackage.VITAL_SIGNS__OXYGEN_SATURATION:
				return OXYGEN_SATURATION_EDEFAULT == null ? oxygenSaturation != null : !OXYGEN_SATURATION_EDEFAULT.equals(oxygenSaturation);
			case CairnPackage.VITAL_SIGNS__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case CairnPackage.VITAL_SIGNS__ENTERED_IN_ERROR:
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
		result.append(" (takenAt: ");
		result.append(takenAt);
		result.append(", takenBy: ");
		result.append(takenBy);
		result.append(", pulseBpm: ");
		result.append(pulseBpm);
		result.append(", systolicMmHg: ");
		result.append(systolicMmHg);
		result.append(", diastolicMmHg: ");
		result.append(diastolicMmHg);
		result.append(", respiratoryRate: ");
		result.append(respiratoryRate);
		result.append(", temperatureCelsius: ");
		result.append(temperatureCelsius);
		result.append(", oxygenSaturation: ");
		result.append(oxygenSaturation);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //VitalSignsImpl
