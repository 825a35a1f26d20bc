/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Urine Drug Screen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A urine drug screen: the collection and a result per analyte.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.UrineDrugScreen#getCollectedAt <em>Collected At</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#getCollectedBy <em>Collected By</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#isObserved <em>Observed</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#isTemperatureInRange <em>Temperature In Range</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#getMethod <em>Method</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#getValidity <em>Validity</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#isRandom <em>Random</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#getResults <em>Results</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.cairn.model.UrineDrugScreen#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getUrineDrugScreen()
 * @model
 * @generated
 */
public interface UrineDrugScreen extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Collected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collected At</em>' attribute.
	 * @see #setCollectedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_CollectedAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getCollectedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#getCollectedAt <em>Collected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected At</em>' attribute.
	 * @see #getCollectedAt()
	 * @generated
	 */
	void setCollectedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Collected By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collected By</em>' attribute.
	 * @see #setCollectedBy(String)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_CollectedBy()
	 * @model
	 * @generated
	 */
	String getCollectedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#getCollectedBy <em>Collected By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected By</em>' attribute.
	 * @see #getCollectedBy()
	 * @generated
	 */
	void setCollectedBy(String value);

	/**
	 * Returns the value of the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed</em>' attribute.
	 * @see #setObserved(boolean)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_Observed()
	 * @model
	 * @generated
	 */
	boolean isObserved();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#isObserved <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed</em>' attribute.
	 * @see #isObserved()
	 * @generated
	 */
	void setObserved(boolean value);

	/**
	 * Returns the value of the '<em><b>Temperature In Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Temperature In Range</em>' attribute.
	 * @see #setTemperatureInRange(boolean)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_TemperatureInRange()
	 * @model
	 * @generated
	 */
	boolean isTemperatureInRange();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#isTemperatureInRange <em>Temperature In Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Temperature In Range</em>' attribute.
	 * @see #isTemperatureInRange()
	 * @generated
	 */
	void setTemperatureInRange(boolean value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ScreenMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.cairn.model.ScreenMethod
	 * @see #setMethod(ScreenMethod)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_Method()
	 * @model
	 * @generated
	 */
	ScreenMethod getMethod();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.cairn.model.ScreenMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ScreenMethod value);

	/**
	 * Returns the value of the '<em><b>Validity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.SpecimenValidity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validity</em>' attribute.
	 * @see org.cairn.model.SpecimenValidity
	 * @see #setValidity(SpecimenValidity)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_Validity()
	 * @model
	 * @generated
	 */
	SpecimenValidity getValidity();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#getValidity <em>Validity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validity</em>' attribute.
	 * @see org.cairn.model.SpecimenValidity
	 * @see #getValidity()
	 * @generated
	 */
	void setValidity(SpecimenValidity value);

	/**
	 * Returns the value of the '<em><b>Random</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Random</em>' attribute.
	 * @see #setRandom(boolean)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_Random()
	 * @model
	 * @generated
	 */
	boolean isRandom();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#isRandom <em>Random</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random</em>' attribute.
	 * @see #isRandom()
	 * @generated
	 */
	void setRandom(boolean value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.AnalyteResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalyteResult> getResults();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getUrineDrugScreen_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.UrineDrugScreen#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // UrineDrugScreen
