/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Problem#getId <em>Id</em>}</li>
 *   <li>{@link org.cairn.model.Problem#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.cairn.model.Problem#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.cairn.model.Problem#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.cairn.model.Problem#getEvidenceRecordIds <em>Evidence Record Ids</em>}</li>
 *   <li>{@link org.cairn.model.Problem#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.cairn.model.Problem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.Problem#getGoal <em>Goal</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getProblem()
 * @model
 * @generated
 */
public interface Problem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.cairn.model.CairnPackage#getProblem_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Problem#getId <em>Id</em>}' attribute.
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
	 * @see org.cairn.model.CairnPackage#getProblem_Statement()
	 * @model required="true"
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.cairn.model.Problem#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getProblem_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getDimensions();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 'As evidenced by': data, scores, observations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.cairn.model.CairnPackage#getProblem_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.cairn.model.Problem#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Record Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records that support the evidence, e.g. an assessment response.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Record Ids</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getProblem_EvidenceRecordIds()
	 * @model
	 * @generated
	 */
	EList<String> getEvidenceRecordIds();

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.cairn.model.CairnPackage#getProblem_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.cairn.model.Problem#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ProblemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ProblemStatus
	 * @see #setStatus(ProblemStatus)
	 * @see org.cairn.model.CairnPackage#getProblem_Status()
	 * @model
	 * @generated
	 */
	ProblemStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.Problem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ProblemStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProblemStatus value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' containment reference.
	 * @see #setGoal(Goal)
	 * @see org.cairn.model.CairnPackage#getProblem_Goal()
	 * @model containment="true"
	 * @generated
	 */
	Goal getGoal();

	/**
	 * Sets the value of the '{@link org.cairn.model.Problem#getGoal <em>Goal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' containment reference.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(Goal value);

} // Problem
