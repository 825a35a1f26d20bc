/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Medication Order</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An order for MOUD or withdrawal comfort medication.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.MedicationOrder#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getMedication <em>Medication</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getMedicationName <em>Medication Name</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getDoseMg <em>Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#isSplitDose <em>Split Dose</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getAmDoseMg <em>Am Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getPmDoseMg <em>Pm Dose Mg</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getRoute <em>Route</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getStartOn <em>Start On</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getEndOn <em>End On</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getPrescriberId <em>Prescriber Id</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getMaxTakeHomeDays <em>Max Take Home Days</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getPdmpCheckedOn <em>Pdmp Checked On</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getDaysSupply <em>Days Supply</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.cairn.model.MedicationOrder#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getMedicationOrder()
 * @model
 * @generated
 */
public interface MedicationOrder extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.MedicationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cairn.model.MedicationKind
	 * @see #setKind(MedicationKind)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Kind()
	 * @model required="true"
	 * @generated
	 */
	MedicationKind getKind();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cairn.model.MedicationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MedicationKind value);

	/**
	 * Returns the value of the '<em><b>Medication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RxNorm, e.g. methadone 10 mg/mL oral concentrate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Medication</em>' containment reference.
	 * @see #setMedication(Code)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Medication()
	 * @model containment="true"
	 * @generated
	 */
	Code getMedication();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getMedication <em>Medication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medication</em>' containment reference.
	 * @see #getMedication()
	 * @generated
	 */
	void setMedication(Code value);

	/**
	 * Returns the value of the '<em><b>Medication Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medication Name</em>' attribute.
	 * @see #setMedicationName(String)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_MedicationName()
	 * @model required="true"
	 * @generated
	 */
	String getMedicationName();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getMedicationName <em>Medication Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medication Name</em>' attribute.
	 * @see #getMedicationName()
	 * @generated
	 */
	void setMedicationName(String value);

	/**
	 * Returns the value of the '<em><b>Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Mg</em>' attribute.
	 * @see #setDoseMg(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_DoseMg()
	 * @model
	 * @generated
	 */
	BigDecimal getDoseMg();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getDoseMg <em>Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Mg</em>' attribute.
	 * @see #getDoseMg()
	 * @generated
	 */
	void setDoseMg(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Split Dose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Split Dose</em>' attribute.
	 * @see #setSplitDose(boolean)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_SplitDose()
	 * @model
	 * @generated
	 */
	boolean isSplitDose();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#isSplitDose <em>Split Dose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Split Dose</em>' attribute.
	 * @see #isSplitDose()
	 * @generated
	 */
	void setSplitDose(boolean value);

	/**
	 * Returns the value of the '<em><b>Am Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Am Dose Mg</em>' attribute.
	 * @see #setAmDoseMg(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_AmDoseMg()
	 * @model
	 * @generated
	 */
	BigDecimal getAmDoseMg();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getAmDoseMg <em>Am Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Am Dose Mg</em>' attribute.
	 * @see #getAmDoseMg()
	 * @generated
	 */
	void setAmDoseMg(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Pm Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pm Dose Mg</em>' attribute.
	 * @see #setPmDoseMg(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_PmDoseMg()
	 * @model
	 * @generated
	 */
	BigDecimal getPmDoseMg();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getPmDoseMg <em>Pm Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pm Dose Mg</em>' attribute.
	 * @see #getPmDoseMg()
	 * @generated
	 */
	void setPmDoseMg(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Route</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.Route}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Route</em>' attribute.
	 * @see org.cairn.model.Route
	 * @see #setRoute(Route)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Route()
	 * @model
	 * @generated
	 */
	Route getRoute();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getRoute <em>Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Route</em>' attribute.
	 * @see org.cairn.model.Route
	 * @see #getRoute()
	 * @generated
	 */
	void setRoute(Route value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Start On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start On</em>' attribute.
	 * @see #setStartOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_StartOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getStartOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getStartOn <em>Start On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start On</em>' attribute.
	 * @see #getStartOn()
	 * @generated
	 */
	void setStartOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End On</em>' attribute.
	 * @see #setEndOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_EndOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getEndOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getEndOn <em>End On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End On</em>' attribute.
	 * @see #getEndOn()
	 * @generated
	 */
	void setEndOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Prescriber Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prescriber Id</em>' attribute.
	 * @see #setPrescriberId(String)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_PrescriberId()
	 * @model
	 * @generated
	 */
	String getPrescriberId();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getPrescriberId <em>Prescriber Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prescriber Id</em>' attribute.
	 * @see #getPrescriberId()
	 * @generated
	 */
	void setPrescriberId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.OrderStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.OrderStatus
	 * @see #setStatus(OrderStatus)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Status()
	 * @model
	 * @generated
	 */
	OrderStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.OrderStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OrderStatus value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the order or dose change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Max Take Home Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Take-home days the prescriber allows (methadone; under 42 CFR 8.12(i)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Take Home Days</em>' attribute.
	 * @see #setMaxTakeHomeDays(int)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_MaxTakeHomeDays()
	 * @model
	 * @generated
	 */
	int getMaxTakeHomeDays();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getMaxTakeHomeDays <em>Max Take Home Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Take Home Days</em>' attribute.
	 * @see #getMaxTakeHomeDays()
	 * @generated
	 */
	void setMaxTakeHomeDays(int value);

	/**
	 * Returns the value of the '<em><b>Pdmp Checked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pdmp Checked On</em>' attribute.
	 * @see #setPdmpCheckedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_PdmpCheckedOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getPdmpCheckedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getPdmpCheckedOn <em>Pdmp Checked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pdmp Checked On</em>' attribute.
	 * @see #getPdmpCheckedOn()
	 * @generated
	 */
	void setPdmpCheckedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Days Supply</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days Supply</em>' attribute.
	 * @see #setDaysSupply(int)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_DaysSupply()
	 * @model
	 * @generated
	 */
	int getDaysSupply();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getDaysSupply <em>Days Supply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days Supply</em>' attribute.
	 * @see #getDaysSupply()
	 * @generated
	 */
	void setDaysSupply(int value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Quantity()
	 * @model
	 * @generated
	 */
	BigDecimal getQuantity();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(String)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_Instructions()
	 * @model
	 * @generated
	 */
	String getInstructions();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(String value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getMedicationOrder_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.MedicationOrder#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // MedicationOrder
