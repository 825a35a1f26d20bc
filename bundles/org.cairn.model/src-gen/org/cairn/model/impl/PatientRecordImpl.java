/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import org.cairn.model.CairnPackage;
import org.cairn.model.PatientRecord;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.PatientRecordImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientRecordImpl#getEpisodeId <em>Episode Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PatientRecordImpl extends ClinicalRecordImpl implements PatientRecord {
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
	 * The default value of the '{@link #getEpisodeId() <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String EPISODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEpisodeId() <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodeId()
	 * @generated
	 * @ordered
	 */
	protected String episodeId = EPISODE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatientRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.PATIENT_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT_RECORD__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEpisodeId() {
		return episodeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpisodeId(String newEpisodeId) {
		String oldEpisodeId = episodeId;
		episodeId = newEpisodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT_RECORD__EPISODE_ID, oldEpisodeId, episodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.PATIENT_RECORD__PATIENT_ID:
				return getPatientId();
			case CairnPackage.PATIENT_RECORD__EPISODE_ID:
				return getEpisodeId();
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
			case CairnPackage.PATIENT_RECORD__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case CairnPackage.PATIENT_RECORD__EPISODE_ID:
				setEpisodeId((String)newValue);
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
			case CairnPackage.PATIENT_RECORD__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case CairnPackage.PATIENT_RECORD__EPISODE_ID:
				setEpisodeId(EPISODE_ID_EDEFAULT);
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
			case CairnPackage.PATIENT_RECORD__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case CairnPackage.PATIENT_RECORD__EPISODE_ID:
				return EPISODE_ID_EDEFAULT == null ? episodeId != null : !EPISODE_ID_EDEFAULT.equals(episodeId);
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
		result.append(", episodeId: ");
		result.append(episodeId);
		result.append(')');
		return result.toString();
	}

} //PatientRecordImpl
