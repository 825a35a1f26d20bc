/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.cairn.model.Addendum;
import org.cairn.model.CairnPackage;
import org.cairn.model.ErrorMark;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.RiskScreen;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;

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
 * An implementation of the model object '<em><b>Session Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getObjectivesAddressed <em>Objectives Addressed</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getRiskScreen <em>Risk Screen</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#isLateEntry <em>Late Entry</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getGroupSessionId <em>Group Session Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getCoSignature <em>Co Signature</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#isCoSignatureRequired <em>Co Signature Required</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getAddenda <em>Addenda</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#getEnteredInError <em>Entered In Error</em>}</li>
 *   <li>{@link org.cairn.model.impl.SessionNoteImpl#isPart2Protected <em>Part2 Protected</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionNoteImpl extends PatientRecordImpl implements SessionNote {
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
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final NoteFormat FORMAT_EDEFAULT = NoteFormat.SOAP;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected NoteFormat format = FORMAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<NoteSection> sections;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<String> attendees;

	/**
	 * The cached value of the '{@link #getObjectivesAddressed() <em>Objectives Addressed</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectivesAddressed()
	 * @generated
	 * @ordered
	 */
	protected EList<String> objectivesAddressed;

	/**
	 * The cached value of the '{@link #getRiskScreen() <em>Risk Screen</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskScreen()
	 * @generated
	 * @ordered
	 */
	protected RiskScreen riskScreen;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final NoteStatus STATUS_EDEFAULT = NoteStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected NoteStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected String authorId = AUTHOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isLateEntry() <em>Late Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLateEntry()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LATE_ENTRY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLateEntry() <em>Late Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLateEntry()
	 * @generated
	 * @ordered
	 */
	protected boolean lateEntry = LATE_ENTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupSessionId() <em>Group Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSessionId()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_SESSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupSessionId() <em>Group Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSessionId()
	 * @generated
	 * @ordered
	 */
	protected String groupSessionId = GROUP_SESSION_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected Signature signature;

	/**
	 * The cached value of the '{@link #getCoSignature() <em>Co Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoSignature()
	 * @generated
	 * @ordered
	 */
	protected Signature coSignature;

	/**
	 * The default value of the '{@link #isCoSignatureRequired() <em>Co Signature Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoSignatureRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CO_SIGNATURE_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCoSignatureRequired() <em>Co Signature Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoSignatureRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean coSignatureRequired = CO_SIGNATURE_REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddenda() <em>Addenda</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddenda()
	 * @generated
	 * @ordered
	 */
	protected EList<Addendum> addenda;

	/**
	 * The cached value of the '{@link #getEnteredInError() <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnteredInError()
	 * @generated
	 * @ordered
	 */
	protected ErrorMark enteredInError;

	/**
	 * The default value of the '{@link #isPart2Protected() <em>Part2 Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPart2Protected()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PART2_PROTECTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPart2Protected() <em>Part2 Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPart2Protected()
	 * @generated
	 * @ordered
	 */
	protected boolean part2Protected = PART2_PROTECTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionNoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.SESSION_NOTE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__SERVICE_TYPE, oldServiceType, serviceType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__MODALITY, oldModality, modality));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__LOCATION, oldLocation, location));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__STARTED_AT, oldStartedAt, startedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__ENDED_AT, oldEndedAt, endedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(NoteFormat newFormat) {
		NoteFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NoteSection> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<NoteSection>(NoteSection.class, this, CairnPackage.SESSION_NOTE__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAttendees() {
		if (attendees == null) {
			attendees = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.SESSION_NOTE__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getObjectivesAddressed() {
		if (objectivesAddressed == null) {
			objectivesAddressed = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.SESSION_NOTE__OBJECTIVES_ADDRESSED);
		}
		return objectivesAddressed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskScreen getRiskScreen() {
		return riskScreen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRiskScreen(RiskScreen newRiskScreen, NotificationChain msgs) {
		RiskScreen oldRiskScreen = riskScreen;
		riskScreen = newRiskScreen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__RISK_SCREEN, oldRiskScreen, newRiskScreen);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskScreen(RiskScreen newRiskScreen) {
		if (newRiskScreen != riskScreen) {
			NotificationChain msgs = null;
			if (riskScreen != null)
				msgs = ((InternalEObject)riskScreen).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__RISK_SCREEN, null, msgs);
			if (newRiskScreen != null)
				msgs = ((InternalEObject)newRiskScreen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__RISK_SCREEN, null, msgs);
			msgs = basicSetRiskScreen(newRiskScreen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__RISK_SCREEN, newRiskScreen, newRiskScreen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(NoteStatus newStatus) {
		NoteStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorId() {
		return authorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorId(String newAuthorId) {
		String oldAuthorId = authorId;
		authorId = newAuthorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__AUTHOR_ID, oldAuthorId, authorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLateEntry() {
		return lateEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLateEntry(boolean newLateEntry) {
		boolean oldLateEntry = lateEntry;
		lateEntry = newLateEntry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__LATE_ENTRY, oldLateEntry, lateEntry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupSessionId() {
		return groupSessionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupSessionId(String newGroupSessionId) {
		String oldGroupSessionId = groupSessionId;
		groupSessionId = newGroupSessionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__GROUP_SESSION_ID, oldGroupSessionId, groupSessionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignature(Signature newSignature, NotificationChain msgs) {
		Signature oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__SIGNATURE, oldSignature, newSignature);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(Signature newSignature) {
		if (newSignature != signature) {
			NotificationChain msgs = null;
			if (signature != null)
				msgs = ((InternalEObject)signature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__SIGNATURE, null, msgs);
			if (newSignature != null)
				msgs = ((InternalEObject)newSignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__SIGNATURE, null, msgs);
			msgs = basicSetSignature(newSignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__SIGNATURE, newSignature, newSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getCoSignature() {
		return coSignature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCoSignature(Signature newCoSignature, NotificationChain msgs) {
		Signature oldCoSignature = coSignature;
		coSignature = newCoSignature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__CO_SIGNATURE, oldCoSignature, newCoSignature);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoSignature(Signature newCoSignature) {
		if (newCoSignature != coSignature) {
			NotificationChain msgs = null;
			if (coSignature != null)
				msgs = ((InternalEObject)coSignature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__CO_SIGNATURE, null, msgs);
			if (newCoSignature != null)
				msgs = ((InternalEObject)newCoSignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__CO_SIGNATURE, null, msgs);
			msgs = basicSetCoSignature(newCoSignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__CO_SIGNATURE, newCoSignature, newCoSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCoSignatureRequired() {
		return coSignatureRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoSignatureRequired(boolean newCoSignatureRequired) {
		boolean oldCoSignatureRequired = coSignatureRequired;
		coSignatureRequired = newCoSignatureRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__CO_SIGNATURE_REQUIRED, oldCoSignatureRequired, coSignatureRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Addendum> getAddenda() {
		if (addenda == null) {
			addenda = new EObjectContainmentEList<Addendum>(Addendum.class, this, CairnPackage.SESSION_NOTE__ADDENDA);
		}
		return addenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorMark getEnteredInError() {
		return enteredInError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnteredInError(ErrorMark newEnteredInError, NotificationChain msgs) {
		ErrorMark oldEnteredInError = enteredInError;
		enteredInError = newEnteredInError;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnteredInError(ErrorMark newEnteredInError) {
		if (newEnteredInError != enteredInError) {
			NotificationChain msgs = null;
			if (enteredInError != null)
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPart2Protected() {
		return part2Protected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPart2Protected(boolean newPart2Protected) {
		boolean oldPart2Protected = part2Protected;
		part2Protected = newPart2Protected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SESSION_NOTE__PART2_PROTECTED, oldPart2Protected, part2Protected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.SESSION_NOTE__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case CairnPackage.SESSION_NOTE__RISK_SCREEN:
				return basicSetRiskScreen(null, msgs);
			case CairnPackage.SESSION_NOTE__SIGNATURE:
				return basicSetSignature(null, msgs);
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE:
				return basicSetCoSignature(null, msgs);
			case CairnPackage.SESSION_NOTE__ADDENDA:
				return ((InternalEList<?>)getAddenda()).basicRemove(otherEnd, msgs);
			case CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR:
				return basicSetEnteredInError(null, msgs);
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
			case CairnPackage.SESSION_NOTE__SERVICE_TYPE:
				return getServiceType();
			case CairnPackage.SESSION_NOTE__MODALITY:
				return getModality();
			case CairnPackage.SESSION_NOTE__LOCATION:
				return getLocation();
			case CairnPackage.SESSION_NOTE__STARTED_AT:
				return getStartedAt();
			case CairnPackage.SESSION_NOTE__ENDED_AT:
				return getEndedAt();
			case CairnPackage.SESSION_NOTE__FORMAT:
				return getFormat();
			case CairnPackage.SESSION_NOTE__SECTIONS:
				return getSections();
			case CairnPackage.SESSION_NOTE__ATTENDEES:
				return getAttendees();
			case CairnPackage.SESSION_NOTE__OBJECTIVES_ADDRESSED:
				return getObjectivesAddressed();
			case CairnPackage.SESSION_NOTE__RISK_SCREEN:
				return getRiskScreen();
			case CairnPackage.SESSION_NOTE__STATUS:
				return getStatus();
			case CairnPackage.SESSION_NOTE__AUTHOR_ID:
				return getAuthorId();
			case CairnPackage.SESSION_NOTE__LATE_ENTRY:
				return isLateEntry();
			case CairnPackage.SESSION_NOTE__GROUP_SESSION_ID:
				return getGroupSessionId();
			case CairnPackage.SESSION_NOTE__SIGNATURE:
				return getSignature();
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE:
				return getCoSignature();
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE_REQUIRED:
				return isCoSignatureRequired();
			case CairnPackage.SESSION_NOTE__ADDENDA:
				return getAddenda();
			case CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR:
				return getEnteredInError();
			case CairnPackage.SESSION_NOTE__PART2_PROTECTED:
				return isPart2Protected();
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
			case CairnPackage.SESSION_NOTE__SERVICE_TYPE:
				setServiceType((ServiceType)newValue);
				return;
			case CairnPackage.SESSION_NOTE__MODALITY:
				setModality((Modality)newValue);
				return;
			case CairnPackage.SESSION_NOTE__LOCATION:
				setLocation((String)newValue);
				return;
			case CairnPackage.SESSION_NOTE__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case CairnPackage.SESSION_NOTE__ENDED_AT:
				setEndedAt((Instant)newValue);
				return;
			case CairnPackage.SESSION_NOTE__FORMAT:
				setFormat((NoteFormat)newValue);
				return;
			case CairnPackage.SESSION_NOTE__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends NoteSection>)newValue);
				return;
			case CairnPackage.SESSION_NOTE__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.SESSION_NOTE__OBJECTIVES_ADDRESSED:
				getObjectivesAddressed().clear();
				getObjectivesAddressed().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.SESSION_NOTE__RISK_SCREEN:
				setRiskScreen((RiskScreen)newValue);
				return;
			case CairnPackage.SESSION_NOTE__STATUS:
				setStatus((NoteStatus)newValue);
				return;
			case CairnPackage.SESSION_NOTE__AUTHOR_ID:
				setAuthorId((String)newValue);
				return;
			case CairnPackage.SESSION_NOTE__LATE_ENTRY:
				setLateEntry((Boolean)newValue);
				return;
			case CairnPackage.SESSION_NOTE__GROUP_SESSION_ID:
				setGroupSessionId((String)newValue);
				return;
			case CairnPackage.SESSION_NOTE__SIGNATURE:
				setSignature((Signature)newValue);
				return;
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE:
				setCoSignature((Signature)newValue);
				return;
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE_REQUIRED:
				setCoSignatureRequired((Boolean)newValue);
				return;
			case CairnPackage.SESSION_NOTE__ADDENDA:
				getAddenda().clear();
				getAddenda().addAll((Collection<? extends Addendum>)newValue);
				return;
			case CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)newValue);
				return;
			case CairnPackage.SESSION_NOTE__PART2_PROTECTED:
				setPart2Protected((Boolean)newValue);
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
			case CairnPackage.SESSION_NOTE__SERVICE_TYPE:
				setServiceType(SERVICE_TYPE_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__ENDED_AT:
				setEndedAt(ENDED_AT_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__SECTIONS:
				getSections().clear();
				return;
			case CairnPackage.SESSION_NOTE__ATTENDEES:
				getAttendees().clear();
				return;
			case CairnPackage.SESSION_NOTE__OBJECTIVES_ADDRESSED:
				getObjectivesAddressed().clear();
				return;
			case CairnPackage.SESSION_NOTE__RISK_SCREEN:
				setRiskScreen((RiskScreen)null);
				return;
			case CairnPackage.SESSION_NOTE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__AUTHOR_ID:
				setAuthorId(AUTHOR_ID_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__LATE_ENTRY:
				setLateEntry(LATE_ENTRY_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__GROUP_SESSION_ID:
				setGroupSessionId(GROUP_SESSION_ID_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__SIGNATURE:
				setSignature((Signature)null);
				return;
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE:
				setCoSignature((Signature)null);
				return;
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE_REQUIRED:
				setCoSignatureRequired(CO_SIGNATURE_REQUIRED_EDEFAULT);
				return;
			case CairnPackage.SESSION_NOTE__ADDENDA:
				getAddenda().clear();
				return;
			case CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)null);
				return;
			case CairnPackage.SESSION_NOTE__PART2_PROTECTED:
				setPart2Protected(PART2_PROTECTED_EDEFAULT);
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
			case CairnPackage.SESSION_NOTE__SERVICE_TYPE:
				return serviceType != SERVICE_TYPE_EDEFAULT;
			case CairnPackage.SESSION_NOTE__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case CairnPackage.SESSION_NOTE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case CairnPackage.SESSION_NOTE__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case CairnPackage.SESSION_NOTE__ENDED_AT:
				return ENDED_AT_EDEFAULT == null ? endedAt != null : !ENDED_AT_EDEFAULT.equals(endedAt);
			case CairnPackage.SESSION_NOTE__FORMAT:
				return format != FORMAT_EDEFAULT;
			case CairnPackage.SESSION_NOTE__SECTIONS:
				return sections != null && !sections.isEmpty();
			case CairnPackage.SESSION_NOTE__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case CairnPackage.SESSION_NOTE__OBJECTIVES_ADDRESSED:
				return objectivesAddressed != null && !objectivesAddressed.isEmpty();
			case CairnPackage.SESSION_NOTE__RISK_SCREEN:
				return riskScreen != null;
			case CairnPackage.SESSION_NOTE__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.SESSION_NOTE__AUTHOR_ID:
				return AUTHOR_ID_EDEFAULT == null ? authorId != null : !AUTHOR_ID_EDEFAULT.equals(authorId);
			case CairnPackage.SESSION_NOTE__LATE_ENTRY:
				return lateEntry != LATE_ENTRY_EDEFAULT;
			case CairnPackage.SESSION_NOTE__GROUP_SESSION_ID:
				return GROUP_SESSION_ID_EDEFAULT == null ? groupSessionId != null : !GROUP_SESSION_ID_EDEFAULT.equals(groupSessionId);
			case CairnPackage.SESSION_NOTE__SIGNATURE:
				return signature != null;
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE:
				return coSignature != null;
			case CairnPackage.SESSION_NOTE__CO_SIGNATURE_REQUIRED:
				return coSignatureRequired != CO_SIGNATURE_REQUIRED_EDEFAULT;
			case CairnPackage.SESSION_NOTE__ADDENDA:
				return addenda != null && !addenda.isEmpty();
			case CairnPackage.SESSION_NOTE__ENTERED_IN_ERROR:
				return enteredInError != null;
			case CairnPackage.SESSION_NOTE__PART2_PROTECTED:
				return part2Protected != PART2_PROTECTED_EDEFAULT;
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
		result.append(" (serviceType: ");
		result.append(serviceType);
		result.append(", modality: ");
		result.append(modality);
		result.append(", location: ");
		result.append(location);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", endedAt: ");
		result.append(endedAt);
		result.append(", format: ");
		result.append(format);
		result.append(", attendees: ");
		result.append(attendees);
		result.append(", objectivesAddressed: ");
		result.append(objectivesAddressed);
		result.append(", status: ");
		result.append(status);
		result.append(", authorId: ");
		result.append(authorId);
		result.append(", lateEntry: ");
		result.append(lateEntry);
		result.append(", groupSessionId: ");
		result.append(groupSessionId);
		result.append(", coSignatureRequired: ");
		result.append(coSignatureRequired);
		result.append(", part2Protected: ");
		result.append(part2Protected);
		result.append(')');
		return result.toString();
	}

} //SessionNoteImpl
