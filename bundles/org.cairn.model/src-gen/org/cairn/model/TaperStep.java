/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Taper Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.TaperStep#getFromDate <em>From Date</em>}</li>
 *   <li>{@link org.cairn.model.TaperStep#getDoseMg <em>Dose Mg</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getTaperStep()
 * @model
 * @generated
 */
public interface TaperStep extends EObject {
	/**
	 * Returns the value of the '<em><b>From Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Date</em>' attribute.
	 * @see #setFromDate(LocalDate)
	 * @see org.cairn.model.CairnPackage#getTaperStep_FromDate()
	 * @model dataType="org.cairn.model.Date" required="true"
	 * @generated
	 */
	LocalDate getFromDate();

	/**
	 * Sets the value of the '{@link org.cairn.model.TaperStep#getFromDate <em>From Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Date</em>' attribute.
	 * @see #getFromDate()
	 * @generated
	 */
	void setFromDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Mg</em>' attribute.
	 * @see #setDoseMg(BigDecimal)
	 * @see org.cairn.model.CairnPackage#getTaperStep_DoseMg()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getDoseMg();

	/**
	 * Sets the value of the '{@link org.cairn.model.TaperStep#getDoseMg <em>Dose Mg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Mg</em>' attribute.
	 * @see #getDoseMg()
	 * @generated
	 */
	void setDoseMg(BigDecimal value);

} // TaperStep
