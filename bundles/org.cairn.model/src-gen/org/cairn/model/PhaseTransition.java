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
 * A representation of the model object '<em><b>Phase Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.PhaseTransition#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.cairn.model.PhaseTransition#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.cairn.model.PhaseTransition#getEndedOn <em>Ended On</em>}</li>
 *   <li>{@link org.cairn.model.PhaseTransition#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getPhaseTransition()
 * @model
 * @generated
 */
public interface PhaseTransition extends EObject {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.cairn.model.Phase
	 * @see #setPhase(Phase)
	 * @see org.cairn.model.CairnPackage#getPhaseTransition_Phase()
	 * @model required="true"
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.cairn.model.PhaseTransition#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.cairn.model.Phase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started On</em>' attribute.
	 * @see #setStartedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getPhaseTransition_StartedOn()
	 * @model dataType="org.cairn.model.Date" required="true"
	 * @generated
	 */
	LocalDate getStartedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.PhaseTransition#getStartedOn <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started On</em>' attribute.
	 * @see #getStartedOn()
	 * @generated
	 */
	void setStartedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ended On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended On</em>' attribute.
	 * @see #setEndedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getPhaseTransition_EndedOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getEndedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.PhaseTransition#getEndedOn <em>Ended On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended On</em>' attribute.
	 * @see #getEndedOn()
	 * @generated
	 */
	void setEndedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.cairn.model.CairnPackage#getPhaseTransition_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.cairn.model.PhaseTransition#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // PhaseTransition
