/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import org.cairn.model.CairnPackage;
import org.cairn.model.Intervention;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getResponsibleStaffId <em>Responsible Staff Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.cairn.model.impl.InterventionImpl#getEvidenceBasedPractice <em>Evidence Based Practice</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterventionImpl extends MinimalEObjectImpl.Container implements Intervention {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected String modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected String frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final String DURATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected String duration = DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsibleStaffId() <em>Responsible Staff Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleStaffId()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_STAFF_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleStaffId() <em>Responsible Staff Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleStaffId()
	 * @generated
	 * @ordered
	 */
	protected String responsibleStaffId = RESPONSIBLE_STAFF_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceBasedPractice() <em>Evidence Based Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceBasedPractice()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_BASED_PRACTICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceBasedPractice() <em>Evidence Based Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceBasedPractice()
	 * @generated
	 * @ordered
	 */
	protected String evidenceBasedPractice = EVIDENCE_BASED_PRACTICE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterventionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.INTERVENTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(String newModality) {
		String oldModality = modality;
		modality = newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(String newFrequency) {
		String oldFrequency = frequency;
		frequency = newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(String newDuration) {
		String oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleStaffId() {
		return responsibleStaffId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleStaffId(String newResponsibleStaffId) {
		String oldResponsibleStaffId = responsibleStaffId;
		responsibleStaffId = newResponsibleStaffId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__RESPONSIBLE_STAFF_ID, oldResponsibleStaffId, responsibleStaffId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceBasedPractice() {
		return evidenceBasedPractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceBasedPractice(String newEvidenceBasedPractice) {
		String oldEvidenceBasedPractice = evidenceBasedPractice;
		evidenceBasedPractice = newEvidenceBasedPractice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.INTERVENTION__EVIDENCE_BASED_PRACTICE, oldEvidenceBasedPractice, evidenceBasedPractice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.INTERVENTION__ID:
				return getId();
			case CairnPackage.INTERVENTION__DESCRIPTION:
				return getDescription();
			case CairnPackage.INTERVENTION__MODALITY:
				return getModality();
			case CairnPackage.INTERVENTION__FREQUENCY:
				return getFrequency();
			case CairnPackage.INTERVENTION__DURATION:
				return getDuration();
			case CairnPackage.INTERVENTION__RESPONSIBLE_STAFF_ID:
				return getResponsibleStaffId();
			case CairnPackage.INTERVENTION__LOCATION:
				return getLocation();
			case CairnPackage.INTERVENTION__EVIDENCE_BASED_PRACTICE:
				return getEvidenceBasedPractice();
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
			case CairnPackage.INTERVENTION__ID:
				setId((String)newValue);
				return;
			case CairnPackage.INTERVENTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CairnPackage.INTERVENTION__MODALITY:
				setModality((String)newValue);
				return;
			case CairnPackage.INTERVENTION__FREQUENCY:
				setFrequency((String)newValue);
				return;
			case CairnPackage.INTERVENTION__DURATION:
				setDuration((String)newValue);
				return;
			case CairnPackage.INTERVENTION__RESPONSIBLE_STAFF_ID:
				setResponsibleStaffId((String)newValue);
				return;
			case CairnPackage.INTERVENTION__LOCATION:
				setLocation((String)newValue);
				return;
			case CairnPackage.INTERVENTION__EVIDENCE_BASED_PRACTICE:
				setEvidenceBasedPractice((String)newValue);
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
			case CairnPackage.INTERVENTION__ID:
				setId(ID_EDEFAULT);
				return;
			case CairnPackage.INTERVENTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CairnPackage.INTERVENTION__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case CairnPackage.INTERVENTION__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case CairnPackage.INTERVENTION__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case CairnPackage.INTERVENTION__RESPONSIBLE_STAFF_ID:
				setResponsibleStaffId(RESPONSIBLE_STAFF_ID_EDEFAULT);
				return;
			case CairnPackage.INTERVENTION__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case CairnPackage.INTERVENTION__EVIDENCE_BASED_PRACTICE:
				setEvidenceBasedPractice(EVIDENCE_BASED_PRACTICE_EDEFAULT);
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
			case CairnPackage.INTERVENTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CairnPackage.INTERVENTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CairnPackage.INTERVENTION__MODALITY:
				return MODALITY_EDEFAULT == null ? modality != null : !MODALITY_EDEFAULT.equals(modality);
			case CairnPackage.INTERVENTION__FREQUENCY:
				return FREQUENCY_EDEFAULT == null ? frequency != null : !FREQUENCY_EDEFAULT.equals(frequency);
			case CairnPackage.INTERVENTION__DURATION:
				return DURATION_EDEFAULT == null ? duration != null : !DURATION_EDEFAULT.equals(duration);
			case CairnPackage.INTERVENTION__RESPONSIBLE_STAFF_ID:
				return RESPONSIBLE_STAFF_ID_EDEFAULT == null ? responsibleStaffId != null : !RESPONSIBLE_STAFF_ID_EDEFAULT.equals(responsibleStaffId);
			case CairnPackage.INTERVENTION__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case CairnPackage.INTERVENTION__EVIDENCE_BASED_PRACTICE:
				return EVIDENCE_BASED_PRACTICE_EDEFAULT == null ? evidenceBasedPractice != null : !EVIDENCE_BASED_PRACTICE_EDEFAULT.equals(evidenceBasedPractice);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", description: ");
		result.append(description);
		result.append(", modality: ");
		result.append(modality);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", duration: ");
		result.append(duration);
		result.append(", responsibleStaffId: ");
		result.append(responsibleStaffId);
		result.append(", location: ");
		result.append(location);
		result.append(", evidenceBasedPractice: ");
		result.append(evidenceBasedPractice);
		result.append(')');
		return result.toString();
	}

} //InterventionImpl
