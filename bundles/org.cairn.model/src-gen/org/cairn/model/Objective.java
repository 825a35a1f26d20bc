/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A SMART short-term objective.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Objective#getId <em>Id</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getTarget <em>Target</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getStartOn <em>Start On</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getTargetOn <em>Target On</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getProgressRating <em>Progress Rating</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getLinkedFormId <em>Linked Form Id</em>}</li>
 *   <li>{@link org.cairn.model.Objective#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.cairn.model.CairnPackage#getObjective_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.cairn.model.CairnPackage#getObjective_Statement()
	 * @model required="true"
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see org.cairn.model.CairnPackage#getObjective_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.cairn.model.CairnPackage#getObjective_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.cairn.model.CairnPackage#getObjective_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Start On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start On</em>' attribute.
	 * @see #setStartOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getObjective_StartOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getStartOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getStartOn <em>Start On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start On</em>' attribute.
	 * @see #getStartOn()
	 * @generated
	 */
	void setStartOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Target On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target On</em>' attribute.
	 * @see #setTargetOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getObjective_TargetOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getTargetOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getTargetOn <em>Target On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target On</em>' attribute.
	 * @see #getTargetOn()
	 * @generated
	 */
	void setTargetOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ObjectiveStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ObjectiveStatus
	 * @see #setStatus(ObjectiveStatus)
	 * @see org.cairn.model.CairnPackage#getObjective_Status()
	 * @model
	 * @generated
	 */
	ObjectiveStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ObjectiveStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ObjectiveStatus value);

	/**
	 * Returns the value of the '<em><b>Progress Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 to 10, as rated at the last review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress Rating</em>' attribute.
	 * @see #setProgressRating(int)
	 * @see org.cairn.model.CairnPackage#getObjective_ProgressRating()
	 * @model
	 * @generated
	 */
	int getProgressRating();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getProgressRating <em>Progress Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress Rating</em>' attribute.
	 * @see #getProgressRating()
	 * @generated
	 */
	void setProgressRating(int value);

	/**
	 * Returns the value of the '<em><b>Linked Form Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An instrument whose score trend shows progress, e.g. 'phq9'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Linked Form Id</em>' attribute.
	 * @see #setLinkedFormId(String)
	 * @see org.cairn.model.CairnPackage#getObjective_LinkedFormId()
	 * @model
	 * @generated
	 */
	String getLinkedFormId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Objective#getLinkedFormId <em>Linked Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linked Form Id</em>' attribute.
	 * @see #getLinkedFormId()
	 * @generated
	 */
	void setLinkedFormId(String value);

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getObjective_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

} // Objective
