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
 * A representation of the model object '<em><b>Group Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group session: shared content, and a section per attendee that goes into each attendee's own note.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.GroupSession#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getFacilitatorIds <em>Facilitator Ids</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getModality <em>Modality</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getLocation <em>Location</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getContent <em>Content</em>}</li>
 *   <li>{@link org.cairn.model.GroupSession#getRoster <em>Roster</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getGroupSession()
 * @model
 * @generated
 */
public interface GroupSession extends ClinicalRecord {
	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.cairn.model.CairnPackage#getGroupSession_Topic()
	 * @model required="true"
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupSession#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Service Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ServiceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Type</em>' attribute.
	 * @see org.cairn.model.ServiceType
	 * @see #setServiceType(ServiceType)
	 * @see org.cairn.model.CairnPackage#getGroupSession_ServiceType()
	 * @model
	 * @generated
	 */
	ServiceType getServiceType();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupSession#getServiceType <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Type</em>' attribute.
	 * @see org.cairn.model.ServiceType
	 * @see #getServiceType()
	 * @generated
	 */
	void setServiceType(ServiceType value);

	/**
	 * Returns the value of the '<em><b>Facilitator Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facilitator Ids</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getGroupSession_FacilitatorIds()
	 * @model
	 * @generated
	 */
	EList<String> getFacilitatorIds();

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see org.cairn.model.Modality
	 * @see #setModality(Modality)
	 * @see org.cairn.model.CairnPackage#getGroupSession_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupSession#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see org.cairn.model.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.cairn.model.CairnPackage#getGroupSession_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupSession#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getGroupSession_StartedAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupSession#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended At</em>' attribute.
	 * @see #setEndedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getGroupSession_EndedAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getEndedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupSession#getEndedAt <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended At</em>' attribute.
	 * @see #getEndedAt()
	 * @generated
	 */
	void setEndedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the group covered, shared by every attendee's note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.cairn.model.CairnPackage#getGroupSession_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupSession#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Roster</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.GroupAttendee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roster</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getGroupSession_Roster()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupAttendee> getRoster();

} // GroupSession
