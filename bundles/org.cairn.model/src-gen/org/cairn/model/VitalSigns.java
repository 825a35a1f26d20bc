/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.math.BigDecimal;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vital Signs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One set of vital signs, as a nurse takes them during withdrawal management; a value not measured is null. LOINC: 8867-4 heart rate, 8480-6 systolic and 8462-4 diastolic blood pressure, 9279-1 respiratory rate, 8310-5 body temperature, 59408-5 oxygen saturation by pulse oximetry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.VitalSigns#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getTakenBy <em>Taken By</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getPulseBpm <em>Pulse Bpm</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getSystolicMmHg <em>Systolic Mm Hg</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getDiastolicMmHg <em>Diastolic Mm Hg</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getRespiratoryRate <em>Respiratory Rate</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getTemperatureCelsius <em>Temperature Celsius</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getOxygenSaturation <em>Oxygen Saturation</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getComment <em>Comment</em>}</li>
 *   <li>{@link org.cairn.model.VitalSigns#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getVitalSigns()
 * @model
 * @generated
 */
public interface VitalSigns extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken At</em>' attribute.
	 * @see #setTakenAt(Instant)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_TakenAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getTakenAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getTakenAt <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken At</em>' attribute.
	 * @see #getTakenAt()
	 * @generated
	 */
	void setTakenAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Taken By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken By</em>' attribute.
	 * @see #setTakenBy(String)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_TakenBy()
	 * @model
	 * @generated
	 */
	String getTakenBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getTakenBy <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken By</em>' attribute.
	 * @see #getTakenBy()
	 * @generated
	 */
	void setTakenBy(String value);

	/**
	 * Returns the value of the '<em><b>Pulse Bpm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resting pulse, beats per minute, after sitting or lying for a minute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pulse Bpm</em>' attribute.
	 * @see #setPulseBpm(Integer)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_PulseBpm()
	 * @model
	 * @generated
	 */
	Integer getPulseBpm();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getPulseBpm <em>Pulse Bpm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pulse Bpm</em>' attribute.
	 * @see #getPulseBpm()
	 * @generated
	 */
	void setPulseBpm(Integer value);

	/**
	 * Returns the value of the '<em><b>Systolic Mm Hg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Systolic Mm Hg</em>' attribute.
	 * @see #setSystolicMmHg(Integer)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_SystolicMmHg()
	 * @model
	 * @generated
	 */
	Integer getSystolicMmHg();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getSystolicMmHg <em>Systolic Mm Hg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Systolic Mm Hg</em>' attribute.
	 * @see #getSystolicMmHg()
	 * @generated
	 */
	void setSystolicMmHg(Integer value);

	/**
	 * Returns the value of the '<em><b>Diastolic Mm Hg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diastolic Mm Hg</em>' attribute.
	 * @see #setDiastolicMmHg(Integer)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_DiastolicMmHg()
	 * @model
	 * @generated
	 */
	Integer getDiastolicMmHg();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getDiastolicMmHg <em>Diastolic Mm Hg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diastolic Mm Hg</em>' attribute.
	 * @see #getDiastolicMmHg()
	 * @generated
	 */
	void setDiastolicMmHg(Integer value);

	/**
	 * Returns the value of the '<em><b>Respiratory Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Breaths per minute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respiratory Rate</em>' attribute.
	 * @see #setRespiratoryRate(Integer)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_RespiratoryRate()
	 * @model
	 * @generated
	 */
	Integer getRespiratoryRate();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getRespiratoryRate <em>Respiratory Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respiratory Rate</em>' attribute.
	 * @see #getRespiratoryRate()
	 * @generated
	 */
	void setRespiratoryRate(Integer value);

	/**
	 * Returns the value of the '<em><b>Temperature Celsius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Temperature Celsius</em>' attribute.
	 * @see #setTemperatureCelsius(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_TemperatureCelsius()
	 * @model
	 * @generated
	 */
	BigDecimal getTemperatureCelsius();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getTemperatureCelsius <em>Temperature Celsius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Temperature Celsius</em>' attribute.
	 * @see #getTemperatureCelsius()
	 * @generated
	 */
	void setTemperatureCelsius(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Oxygen Saturation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SpO2 in percent, by pulse oximetry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Oxygen Saturation</em>' attribute.
	 * @see #setOxygenSaturation(Integer)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_OxygenSaturation()
	 * @model
	 * @generated
	 */
	Integer getOxygenSaturation();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getOxygenSaturation <em>Oxygen Saturation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Oxygen Saturation</em>' attribute.
	 * @see #getOxygenSaturation()
	 * @generated
	 */
	void setOxygenSaturation(Integer value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getVitalSigns_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.VitalSigns#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // VitalSigns
