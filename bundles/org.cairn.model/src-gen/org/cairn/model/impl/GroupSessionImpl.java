/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.cairn.model.CairnPackage;
import org.cairn.model.GroupAttendee;
import org.cairn.model.GroupSession;
import org.cairn.model.Modality;
import org.cairn.model.ServiceType;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Group Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getFacilitatorIds <em>Facilitator Ids</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.cairn.model.impl.GroupSessionImpl#getRoster <em>Roster</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GroupSessionImpl extends ClinicalRecordImpl implements GroupSession {
	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceType SERVICE_TYPE_EDEFAULT = ServiceType.INTAKE_ASSESSMENT;

	/**
	 * The cached value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected ServiceType serviceType = SERVICE_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFacilitatorIds() <em>Facilitator Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilitatorIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> facilitatorIds;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final Modality MODALITY_EDEFAULT = Modality.IN_PERSON;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected Modality modality = MODALITY_EDEFAULT;

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
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ENDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant endedAt = ENDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoster() <em>Roster</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoster()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupAttendee> roster;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroupSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.GROUP_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_SESSION__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceType getServiceType() {
		return serviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceType(ServiceType newServiceType) {
		ServiceType oldServiceType = serviceType;
		serviceType = newServiceType == null ? SERVICE_TYPE_EDEFAULT : newServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_SESSION__SERVICE_TYPE, oldServiceType, serviceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFacilitatorIds() {
		if (facilitatorIds == null) {
			facilitatorIds = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.GROUP_SESSION__FACILITATOR_IDS);
		}
		return facilitatorIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modality getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(Modality newModality) {
		Modality oldModality = modality;
		modality = newModality == null ? MODALITY_EDEFAULT : newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_SESSION__MODALITY, oldModality, modality));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_SESSION__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Instant newStartedAt) {
		Instant oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_SESSION__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEndedAt() {
		return endedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedAt(Instant newEndedAt) {
		Instant oldEndedAt = endedAt;
		endedAt = newEndedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_SESSION__ENDED_AT, oldEndedAt, endedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.GROUP_SESSION__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupAttendee> getRoster() {
		if (roster == null) {
			roster = new EObjectContainmentEList<GroupAttendee>(GroupAttendee.class, this, CairnPackage.GROUP_SESSION__ROSTER);
		}
		return roster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.GROUP_SESSION__ROSTER:
				return ((InternalEList<?>)getRoster()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.GROUP_SESSION__TOPIC:
				return getTopic();
			case CairnPackage.GROUP_SESSION__SERVICE_TYPE:
				return getServiceType();
			case CairnPackage.GROUP_SESSION__FACILITATOR_IDS:
				return getFacilitatorIds();
			case CairnPackage.GROUP_SESSION__MODALITY:
				return getModality();
			case CairnPackage.GROUP_SESSION__LOCATION:
				return getLocation();
			case CairnPackage.GROUP_SESSION__STARTED_AT:
				return getStartedAt();
			case CairnPackage.GROUP_SESSION__ENDED_AT:
				return getEndedAt();
			case CairnPackage.GROUP_SESSION__CONTENT:
				return getContent();
			case CairnPackage.GROUP_SESSION__ROSTER:
				return getRoster();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CairnPackage.GROUP_SESSION__TOPIC:
				setTopic((String)newValue);
				return;
			case CairnPackage.GROUP_SESSION__SERVICE_TYPE:
				setServiceType((ServiceType)newValue);
				return;
			case CairnPackage.GROUP_SESSION__FACILITATOR_IDS:
				getFacilitatorIds().clear();
				getFacilitatorIds().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.GROUP_SESSION__MODALITY:
				setModality((Modality)newValue);
				return;
			case CairnPackage.GROUP_SESSION__LOCATION:
				setLocation((String)newValue);
				return;
			case CairnPackage.GROUP_SESSION__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case CairnPackage.GROUP_SESSION__ENDED_AT:
				setEndedAt((Instant)newValue);
				return;
			case CairnPackage.GROUP_SESSION__CONTENT:
				setContent((String)newValue);
				return;
			case CairnPackage.GROUP_SESSION__ROSTER:
				getRoster().clear();
				getRoster().addAll((Collection<? extends GroupAttendee>)newValue);
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
			case CairnPackage.GROUP_SESSION__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case CairnPackage.GROUP_SESSION__SERVICE_TYPE:
				setServiceType(SERVICE_TYPE_EDEFAULT);
				return;
			case CairnPackage.GROUP_SESSION__FACILITATOR_IDS:
				getFacilitatorIds().clear();
				return;
			case CairnPackage.GROUP_SESSION__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case CairnPackage.GROUP_SESSION__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case CairnPackage.GROUP_SESSION__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case CairnPackage.GROUP_SESSION__ENDED_AT:
				setEndedAt(ENDED_AT_EDEFAULT);
				return;
			case CairnPackage.GROUP_SESSION__CONTENT:
				setContent(CONTENT_EDEFAULT);
				return;
			case CairnPackage.GROUP_SESSION__ROSTER:
				getRoster().clear();
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
			case CairnPackage.GROUP_SESSION__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case CairnPackage.GROUP_SESSION__SERVICE_TYPE:
				return serviceType != SERVICE_TYPE_EDEFAULT;
			case CairnPackage.GROUP_SESSION__FACILITATOR_IDS:
				return facilitatorIds != null && !facilitatorIds.isEmpty();
			case CairnPackage.GROUP_SESSION__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case CairnPackage.GROUP_SESSION__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case CairnPackage.GROUP_SESSION__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case CairnPackage.GROUP_SESSION__ENDED_AT:
				return ENDED_AT_EDEFAULT == null ? endedAt != null : !ENDED_AT_EDEFAULT.equals(endedAt);
			case CairnPackage.GROUP_SESSION__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
			case CairnPackage.GROUP_SESSION__ROSTER:
				return roster != null && !roster.isEmpty();
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
		result.append(" (topic: ");
		result.append(topic);
		result.append(", serviceType: ");
		result.append(serviceType);
		result.append(", facilitatorIds: ");
		result.append(facilitatorIds);
		result.append(", modality: ");
		result.append(modality);
		result.append(", location: ");
		result.append(location);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", endedAt: ");
		result.append(endedAt);
		result.append(", content: ");
		result.append(content);
		result.append(')');
		return result.toString();
	}

} //GroupSessionImpl
