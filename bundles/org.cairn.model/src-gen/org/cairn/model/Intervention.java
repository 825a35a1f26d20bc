/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Intervention#getId <em>Id</em>}</li>
 *   <li>{@link org.cairn.model.Intervention#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cairn.model.Intervention#getModality <em>Modality</em>}</li>
 *   <li>{@link org.cairn.model.Intervention#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.cairn.model.Intervention#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.cairn.model.Intervention#getResponsibleStaffId <em>Responsible Staff Id</em>}</li>
 *   <li>{@link org.cairn.model.Intervention#getLocation <em>Location</em>}</li>
 *   <li>{@link org.cairn.model.Intervention#getEvidenceBasedPractice <em>Evidence Based Practice</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getIntervention()
 * @model
 * @generated
 */
public interface Intervention extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see #setModality(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_Modality()
	 * @model
	 * @generated
	 */
	String getModality();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see #getModality()
	 * @generated
	 */
	void setModality(String value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. '1x/week, 50 min'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_Duration()
	 * @model
	 * @generated
	 */
	String getDuration();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Staff Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Staff Id</em>' attribute.
	 * @see #setResponsibleStaffId(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_ResponsibleStaffId()
	 * @model
	 * @generated
	 */
	String getResponsibleStaffId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getResponsibleStaffId <em>Responsible Staff Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Staff Id</em>' attribute.
	 * @see #getResponsibleStaffId()
	 * @generated
	 */
	void setResponsibleStaffId(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Based Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Based Practice</em>' attribute.
	 * @see #setEvidenceBasedPractice(String)
	 * @see org.cairn.model.CairnPackage#getIntervention_EvidenceBasedPractice()
	 * @model
	 * @generated
	 */
	String getEvidenceBasedPractice();

	/**
	 * Sets the value of the '{@link org.cairn.model.Intervention#getEvidenceBasedPractice <em>Evidence Based Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Based Practice</em>' attribute.
	 * @see #getEvidenceBasedPractice()
	 * @generated
	 */
	void setEvidenceBasedPractice(String value);

} // Intervention
