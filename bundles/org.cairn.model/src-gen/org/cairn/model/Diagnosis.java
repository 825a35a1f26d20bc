/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Diagnosis#getCode <em>Code</em>}</li>
 *   <li>{@link org.cairn.model.Diagnosis#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.cairn.model.Diagnosis#getOnsetOn <em>Onset On</em>}</li>
 *   <li>{@link org.cairn.model.Diagnosis#getResolvedOn <em>Resolved On</em>}</li>
 *   <li>{@link org.cairn.model.Diagnosis#getDiagnosedBy <em>Diagnosed By</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getDiagnosis()
 * @model
 * @generated
 */
public interface Diagnosis extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' containment reference.
	 * @see #setCode(Code)
	 * @see org.cairn.model.CairnPackage#getDiagnosis_Code()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.cairn.model.Diagnosis#getCode <em>Code</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' containment reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.cairn.model.CairnPackage#getDiagnosis_Primary()
	 * @model
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.cairn.model.Diagnosis#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

	/**
	 * Returns the value of the '<em><b>Onset On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Onset On</em>' attribute.
	 * @see #setOnsetOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getDiagnosis_OnsetOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getOnsetOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Diagnosis#getOnsetOn <em>Onset On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onset On</em>' attribute.
	 * @see #getOnsetOn()
	 * @generated
	 */
	void setOnsetOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Resolved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved On</em>' attribute.
	 * @see #setResolvedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getDiagnosis_ResolvedOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getResolvedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Diagnosis#getResolvedOn <em>Resolved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved On</em>' attribute.
	 * @see #getResolvedOn()
	 * @generated
	 */
	void setResolvedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Diagnosed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnosed By</em>' attribute.
	 * @see #setDiagnosedBy(String)
	 * @see org.cairn.model.CairnPackage#getDiagnosis_DiagnosedBy()
	 * @model
	 * @generated
	 */
	String getDiagnosedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.Diagnosis#getDiagnosedBy <em>Diagnosed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosed By</em>' attribute.
	 * @see #getDiagnosedBy()
	 * @generated
	 */
	void setDiagnosedBy(String value);

} // Diagnosis
