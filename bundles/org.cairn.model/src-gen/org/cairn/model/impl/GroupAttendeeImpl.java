/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import org.cairn.model.Attendance;
import org.cairn.model.CairnPackage;
import org.cairn.model.GroupAttendee;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Group Attendee</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.GroupAttendeeImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupAttendeeImpl#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupAttendeeImpl#getParticipation <em>Participation</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupAttendeeImpl#getNoteId <em>Note Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GroupAttendeeImpl extends MinimalEObjectImpl.Container implements GroupAttendee {
	/**
	 * The default value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected static final String PATIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected String patientId = PATIENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttendance() <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected static final Attendance ATTENDANCE_EDEFAULT = Attendance.PRESENT;

	/**
	 * The cached value of the '{@link #getAttendance() <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected Attendance attendance = ATTENDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticipation() <em>Participation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipation()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTICIPATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParticipation() <em>Participation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipation()
	 * @generated
	 * @ordered
	 */
	protected String participation = PARTICIPATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoteId() <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoteId() <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteId()
	 * @generated
	 * @ordered
	 */
	protected String noteId = NOTE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroupAttendeeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.GROUP_ATTENDEE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatientId() {
		return patientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientId(String newPatientId) {
		String oldPatientId = patientId;
		patientId = newPatientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_ATTENDEE__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendance getAttendance() {
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttendance(Attendance newAttendance) {
		Attendance oldAttendance = attendance;
		attendance = newAttendance == null ? ATTENDANCE_EDEFAULT : newAttendance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_ATTENDEE__ATTENDANCE, oldAttendance, attendance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParticipation() {
		return participation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipation(String newParticipation) {
		String oldParticipation = participation;
		participation = newParticipation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_ATTENDEE__PARTICIPATION, oldParticipation, participation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoteId() {
		return noteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoteId(String newNoteId) {
		String oldNoteId = noteId;
		noteId = newNoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_ATTENDEE__NOTE_ID, oldNoteId, noteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.GROUP_ATTENDEE__PATIENT_ID:
				return getPatientId();
			case CairnPackage.GROUP_ATTENDEE__ATTENDANCE:
				return getAttendance();
			case CairnPackage.GROUP_ATTENDEE__PARTICIPATION:
				return getParticipation();
			case CairnPackage.GROUP_ATTENDEE__NOTE_ID:
				return getNoteId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CairnPackage.GROUP_ATTENDEE__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case CairnPackage.GROUP_ATTENDEE__ATTENDANCE:
				setAttendance((Attendance)newValue);
				return;
			case CairnPackage.GROUP_ATTENDEE__PARTICIPATION:
				setParticipation((String)newValue);
				return;
			case CairnPackage.GROUP_ATTENDEE__NOTE_ID:
				setNoteId((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CairnPackage.GROUP_ATTENDEE__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case CairnPackage.GROUP_ATTENDEE__ATTENDANCE:
				setAttendance(ATTENDANCE_EDEFAULT);
				return;
			case CairnPackage.GROUP_ATTENDEE__PARTICIPATION:
				setParticipation(PARTICIPATION_EDEFAULT);
				return;
			case CairnPackage.GROUP_ATTENDEE__NOTE_ID:
				setNoteId(NOTE_ID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CairnPackage.GROUP_ATTENDEE__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case CairnPackage.GROUP_ATTENDEE__ATTENDANCE:
				return attendance != ATTENDANCE_EDEFAULT;
			case CairnPackage.GROUP_ATTENDEE__PARTICIPATION:
				return PARTICIPATION_EDEFAULT == null ? participation != null : !PARTICIPATION_EDEFAULT.equals(participation);
			case CairnPackage.GROUP_ATTENDEE__NOTE_ID:
				return NOTE_ID_EDEFAULT == null ? noteId != null : !NOTE_ID_EDEFAULT.equals(noteId);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (patientId: ");
		result.append(patientId);
		result.append(", attendance: ");
		result.append(attendance);
		result.append(", participation: ");
		result.append(participation);
		result.append(", noteId: ");
		result.append(noteId);
		result.append(')');
		return result.toString();
	}

} //GroupAttendeeImpl
