/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record in one patient's chart.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.PatientRecord#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.cairn.model.PatientRecord#getEpisodeId <em>Episode Id</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getPatientRecord()
 * @model abstract="true"
 * @generated
 */
public interface PatientRecord extends ClinicalRecord {
	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient's record id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.cairn.model.CairnPackage#getPatientRecord_PatientId()
	 * @model required="true"
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.cairn.model.PatientRecord#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The episode of care this belongs to, when it belongs to one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Episode Id</em>' attribute.
	 * @see #setEpisodeId(String)
	 * @see org.cairn.model.CairnPackage#getPatientRecord_EpisodeId()
	 * @model
	 * @generated
	 */
	String getEpisodeId();

	/**
	 * Sets the value of the '{@link org.cairn.model.PatientRecord#getEpisodeId <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Episode Id</em>' attribute.
	 * @see #getEpisodeId()
	 * @generated
	 */
	void setEpisodeId(String value);

} // PatientRecord
