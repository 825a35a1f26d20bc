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
 * A representation of the model object '<em><b>Group Attendee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.GroupAttendee#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.cairn.model.GroupAttendee#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link org.cairn.model.GroupAttendee#getParticipation <em>Participation</em>}</li>
 *   <li>{@link org.cairn.model.GroupAttendee#getNoteId <em>Note Id</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getGroupAttendee()
 * @model
 * @generated
 */
public interface GroupAttendee extends EObject {
	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.cairn.model.CairnPackage#getGroupAttendee_PatientId()
	 * @model required="true"
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupAttendee#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Attendance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.Attendance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance</em>' attribute.
	 * @see org.cairn.model.Attendance
	 * @see #setAttendance(Attendance)
	 * @see org.cairn.model.CairnPackage#getGroupAttendee_Attendance()
	 * @model
	 * @generated
	 */
	Attendance getAttendance();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupAttendee#getAttendance <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendance</em>' attribute.
	 * @see org.cairn.model.Attendance
	 * @see #getAttendance()
	 * @generated
	 */
	void setAttendance(Attendance value);

	/**
	 * Returns the value of the '<em><b>Participation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The individualised participation and response section.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participation</em>' attribute.
	 * @see #setParticipation(String)
	 * @see org.cairn.model.CairnPackage#getGroupAttendee_Participation()
	 * @model
	 * @generated
	 */
	String getParticipation();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupAttendee#getParticipation <em>Participation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participation</em>' attribute.
	 * @see #getParticipation()
	 * @generated
	 */
	void setParticipation(String value);

	/**
	 * Returns the value of the '<em><b>Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attendee's own note made from this session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note Id</em>' attribute.
	 * @see #setNoteId(String)
	 * @see org.cairn.model.CairnPackage#getGroupAttendee_NoteId()
	 * @model
	 * @generated
	 */
	String getNoteId();

	/**
	 * Sets the value of the '{@link org.cairn.model.GroupAttendee#getNoteId <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note Id</em>' attribute.
	 * @see #getNoteId()
	 * @generated
	 */
	void setNoteId(String value);

} // GroupAttendee
