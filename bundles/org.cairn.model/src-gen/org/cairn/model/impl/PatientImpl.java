/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.cairn.model.Alert;
import org.cairn.model.CairnPackage;
import org.cairn.model.ContactDetails;
import org.cairn.model.EmergencyContact;
import org.cairn.model.Patient;
import org.cairn.model.PatientStatus;
import org.cairn.model.Sex;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getMrn <em>Mrn</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getMiddleName <em>Middle Name</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getPreferredName <em>Preferred Name</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getSexAtBirth <em>Sex At Birth</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getGenderIdentity <em>Gender Identity</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getPronouns <em>Pronouns</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#isInterpreterNeeded <em>Interpreter Needed</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getMergedInto <em>Merged Into</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getEmergencyContacts <em>Emergency Contacts</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getAlerts <em>Alerts</em>}</li>
 *   <li>{@link org.cairn.model.impl.PatientImpl#getAdmissionNoticeGivenAt <em>Admission Notice Given At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatientImpl extends ClinicalRecordImpl implements Patient {
	/**
	 * The default value of the '{@link #getMrn() <em>Mrn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrn()
	 * @generated
	 * @ordered
	 */
	protected static final String MRN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMrn() <em>Mrn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrn()
	 * @generated
	 * @ordered
	 */
	protected String mrn = MRN_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected String givenName = GIVEN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected String familyName = FAMILY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMiddleName() <em>Middle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiddleName()
	 * @generated
	 * @ordered
	 */
	protected static final String MIDDLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMiddleName() <em>Middle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiddleName()
	 * @generated
	 * @ordered
	 */
	protected String middleName = MIDDLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredName() <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredName()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFERRED_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreferredName() <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredName()
	 * @generated
	 * @ordered
	 */
	protected String preferredName = PREFERRED_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSexAtBirth() <em>Sex At Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSexAtBirth()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_AT_BIRTH_EDEFAULT = Sex.FEMALE;

	/**
	 * The cached value of the '{@link #getSexAtBirth() <em>Sex At Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSexAtBirth()
	 * @generated
	 * @ordered
	 */
	protected Sex sexAtBirth = SEX_AT_BIRTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getGenderIdentity() <em>Gender Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenderIdentity()
	 * @generated
	 * @ordered
	 */
	protected static final String GENDER_IDENTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGenderIdentity() <em>Gender Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenderIdentity()
	 * @generated
	 * @ordered
	 */
	protected String genderIdentity = GENDER_IDENTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPronouns() <em>Pronouns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPronouns()
	 * @generated
	 * @ordered
	 */
	protected static final String PRONOUNS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPronouns() <em>Pronouns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPronouns()
	 * @generated
	 * @ordered
	 */
	protected String pronouns = PRONOUNS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isInterpreterNeeded() <em>Interpreter Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInterpreterNeeded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTERPRETER_NEEDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInterpreterNeeded() <em>Interpreter Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInterpreterNeeded()
	 * @generated
	 * @ordered
	 */
	protected boolean interpreterNeeded = INTERPRETER_NEEDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PatientStatus STATUS_EDEFAULT = PatientStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PatientStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMergedInto() <em>Merged Into</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMergedInto()
	 * @generated
	 * @ordered
	 */
	protected static final String MERGED_INTO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMergedInto() <em>Merged Into</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMergedInto()
	 * @generated
	 * @ordered
	 */
	protected String mergedInto = MERGED_INTO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected ContactDetails contact;

	/**
	 * The cached value of the '{@link #getEmergencyContacts() <em>Emergency Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<EmergencyContact> emergencyContacts;

	/**
	 * The cached value of the '{@link #getAlerts() <em>Alerts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlerts()
	 * @generated
	 * @ordered
	 */
	protected EList<Alert> alerts;

	/**
	 * The default value of the '{@link #getAdmissionNoticeGivenAt() <em>Admission Notice Given At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmissionNoticeGivenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ADMISSION_NOTICE_GIVEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdmissionNoticeGivenAt() <em>Admission Notice Given At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmissionNoticeGivenAt()
	 * @generated
	 * @ordered
	 */
	protected Instant admissionNoticeGivenAt = ADMISSION_NOTICE_GIVEN_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.PATIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMrn() {
		return mrn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMrn(String newMrn) {
		String oldMrn = mrn;
		mrn = newMrn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__MRN, oldMrn, mrn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenName() {
		return givenName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenName(String newGivenName) {
		String oldGivenName = givenName;
		givenName = newGivenName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__GIVEN_NAME, oldGivenName, givenName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyName() {
		return familyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyName(String newFamilyName) {
		String oldFamilyName = familyName;
		familyName = newFamilyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__FAMILY_NAME, oldFamilyName, familyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMiddleName() {
		return middleName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMiddleName(String newMiddleName) {
		String oldMiddleName = middleName;
		middleName = newMiddleName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__MIDDLE_NAME, oldMiddleName, middleName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreferredName() {
		return preferredName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredName(String newPreferredName) {
		String oldPreferredName = preferredName;
		preferredName = newPreferredName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__PREFERRED_NAME, oldPreferredName, preferredName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSexAtBirth() {
		return sexAtBirth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSexAtBirth(Sex newSexAtBirth) {
		Sex oldSexAtBirth = sexAtBirth;
		sexAtBirth = newSexAtBirth == null ? SEX_AT_BIRTH_EDEFAULT : newSexAtBirth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__SEX_AT_BIRTH, oldSexAtBirth, sexAtBirth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGenderIdentity() {
		return genderIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenderIdentity(String newGenderIdentity) {
		String oldGenderIdentity = genderIdentity;
		genderIdentity = newGenderIdentity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__GENDER_IDENTITY, oldGenderIdentity, genderIdentity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPronouns() {
		return pronouns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPronouns(String newPronouns) {
		String oldPronouns = pronouns;
		pronouns = newPronouns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__PRONOUNS, oldPronouns, pronouns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInterpreterNeeded() {
		return interpreterNeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterpreterNeeded(boolean newInterpreterNeeded) {
		boolean oldInterpreterNeeded = interpreterNeeded;
		interpreterNeeded = newInterpreterNeeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__INTERPRETER_NEEDED, oldInterpreterNeeded, interpreterNeeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatientStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PatientStatus newStatus) {
		PatientStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMergedInto() {
		return mergedInto;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMergedInto(String newMergedInto) {
		String oldMergedInto = mergedInto;
		mergedInto = newMergedInto;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__MERGED_INTO, oldMergedInto, mergedInto));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetails getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContact(ContactDetails newContact, NotificationChain msgs) {
		ContactDetails oldContact = contact;
		contact = newContact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__CONTACT, oldContact, newContact);
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
	public void setContact(ContactDetails newContact) {
		if (newContact != contact) {
			NotificationChain msgs = null;
			if (contact != null)
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.PATIENT__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.PATIENT__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EmergencyContact> getEmergencyContacts() {
		if (emergencyContacts == null) {
			emergencyContacts = new EObjectContainmentEList<EmergencyContact>(EmergencyContact.class, this, CairnPackage.PATIENT__EMERGENCY_CONTACTS);
		}
		return emergencyContacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Alert> getAlerts() {
		if (alerts == null) {
			alerts = new EObjectContainmentEList<Alert>(Alert.class, this, CairnPackage.PATIENT__ALERTS);
		}
		return alerts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAdmissionNoticeGivenAt() {
		return admissionNoticeGivenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdmissionNoticeGivenAt(Instant newAdmissionNoticeGivenAt) {
		Instant oldAdmissionNoticeGivenAt = admissionNoticeGivenAt;
		admissionNoticeGivenAt = newAdmissionNoticeGivenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.PATIENT__ADMISSION_NOTICE_GIVEN_AT, oldAdmissionNoticeGivenAt, admissionNoticeGivenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.PATIENT__CONTACT:
				return basicSetContact(null, msgs);
			case CairnPackage.PATIENT__EMERGENCY_CONTACTS:
				return ((InternalEList<?>)getEmergencyContacts()).basicRemove(otherEnd, msgs);
			case CairnPackage.PATIENT__ALERTS:
				return ((InternalEList<?>)getAlerts()).basicRemove(otherEnd, msgs);
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
			case CairnPackage.PATIENT__MRN:
				return getMrn();
			case CairnPackage.PATIENT__GIVEN_NAME:
				return getGivenName();
			case CairnPackage.PATIENT__FAMILY_NAME:
				return getFamilyName();
			case CairnPackage.PATIENT__MIDDLE_NAME:
				return getMiddleName();
			case CairnPackage.PATIENT__PREFERRED_NAME:
				return getPreferredName();
			case CairnPackage.PATIENT__BIRTH_DATE:
				return getBirthDate();
			case CairnPackage.PATIENT__SEX_AT_BIRTH:
				return getSexAtBirth();
			case CairnPackage.PATIENT__GENDER_IDENTITY:
				return getGenderIdentity();
			case CairnPackage.PATIENT__PRONOUNS:
				return getPronouns();
			case CairnPackage.PATIENT__LANGUAGE:
				return getLanguage();
			case CairnPackage.PATIENT__INTERPRETER_NEEDED:
				return isInterpreterNeeded();
			case CairnPackage.PATIENT__STATUS:
				return getStatus();
			case CairnPackage.PATIENT__MERGED_INTO:
				return getMergedInto();
			case CairnPackage.PATIENT__CONTACT:
				return getContact();
			case CairnPackage.PATIENT__EMERGENCY_CONTACTS:
				return getEmergencyContacts();
			case CairnPackage.PATIENT__ALERTS:
				return getAlerts();
			case CairnPackage.PATIENT__ADMISSION_NOTICE_GIVEN_AT:
				return getAdmissionNoticeGivenAt();
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
			case CairnPackage.PATIENT__MRN:
				setMrn((String)newValue);
				return;
			case CairnPackage.PATIENT__GIVEN_NAME:
				setGivenName((String)newValue);
				return;
			case CairnPackage.PATIENT__FAMILY_NAME:
				setFamilyName((String)newValue);
				return;
			case CairnPackage.PATIENT__MIDDLE_NAME:
				setMiddleName((String)newValue);
				return;
			case CairnPackage.PATIENT__PREFERRED_NAME:
				setPreferredName((String)newValue);
				return;
			case CairnPackage.PATIENT__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case CairnPackage.PATIENT__SEX_AT_BIRTH:
				setSexAtBirth((Sex)newValue);
				return;
			case CairnPackage.PATIENT__GENDER_IDENTITY:
				setGenderIdentity((String)newValue);
				return;
			case CairnPackage.PATIENT__PRONOUNS:
				setPronouns((String)newValue);
				return;
			case CairnPackage.PATIENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CairnPackage.PATIENT__INTERPRETER_NEEDED:
				setInterpreterNeeded((Boolean)newValue);
				return;
			case CairnPackage.PATIENT__STATUS:
				setStatus((PatientStatus)newValue);
				return;
			case CairnPackage.PATIENT__MERGED_INTO:
				setMergedInto((String)newValue);
				return;
			case CairnPackage.PATIENT__CONTACT:
				setContact((ContactDetails)newValue);
				return;
			case CairnPackage.PATIENT__EMERGENCY_CONTACTS:
				getEmergencyContacts().clear();
				getEmergencyContacts().addAll((Collection<? extends EmergencyContact>)newValue);
				return;
			case CairnPackage.PATIENT__ALERTS:
				getAlerts().clear();
				getAlerts().addAll((Collection<? extends Alert>)newValue);
				return;
			case CairnPackage.PATIENT__ADMISSION_NOTICE_GIVEN_AT:
				setAdmissionNoticeGivenAt((Instant)newValue);
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
			case CairnPackage.PATIENT__MRN:
				setMrn(MRN_EDEFAULT);
				return;
			case CairnPackage.PATIENT__GIVEN_NAME:
				setGivenName(GIVEN_NAME_EDEFAULT);
				return;
			case CairnPackage.PATIENT__FAMILY_NAME:
				setFamilyName(FAMILY_NAME_EDEFAULT);
				return;
			case CairnPackage.PATIENT__MIDDLE_NAME:
				setMiddleName(MIDDLE_NAME_EDEFAULT);
				return;
			case CairnPackage.PATIENT__PREFERRED_NAME:
				setPreferredName(PREFERRED_NAME_EDEFAULT);
				return;
			case CairnPackage.PATIENT__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case CairnPackage.PATIENT__SEX_AT_BIRTH:
				setSexAtBirth(SEX_AT_BIRTH_EDEFAULT);
				return;
			case CairnPackage.PATIENT__GENDER_IDENTITY:
				setGenderIdentity(GENDER_IDENTITY_EDEFAULT);
				return;
			case CairnPackage.PATIENT__PRONOUNS:
				setPronouns(PRONOUNS_EDEFAULT);
				return;
			case CairnPackage.PATIENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CairnPackage.PATIENT__INTERPRETER_NEEDED:
				setInterpreterNeeded(INTERPRETER_NEEDED_EDEFAULT);
				return;
			case CairnPackage.PATIENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.PATIENT__MERGED_INTO:
				setMergedInto(MERGED_INTO_EDEFAULT);
				return;
			case CairnPackage.PATIENT__CONTACT:
				setContact((ContactDetails)null);
				return;
			case CairnPackage.PATIENT__EMERGENCY_CONTACTS:
				getEmergencyContacts().clear();
				return;
			case CairnPackage.PATIENT__ALERTS:
				getAlerts().clear();
				return;
			case CairnPackage.PATIENT__ADMISSION_NOTICE_GIVEN_AT:
				setAdmissionNoticeGivenAt(ADMISSION_NOTICE_GIVEN_AT_EDEFAULT);
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
			case CairnPackage.PATIENT__MRN:
				return MRN_EDEFAULT == null ? mrn != null : !MRN_EDEFAULT.equals(mrn);
			case CairnPackage.PATIENT__GIVEN_NAME:
				return GIVEN_NAME_EDEFAULT == null ? givenName != null : !GIVEN_NAME_EDEFAULT.equals(givenName);
			case CairnPackage.PATIENT__FAMILY_NAME:
				return FAMILY_NAME_EDEFAULT == null ? familyName != null : !FAMILY_NAME_EDEFAULT.equals(familyName);
			case CairnPackage.PATIENT__MIDDLE_NAME:
				return MIDDLE_NAME_EDEFAULT == null ? middleName != null : !MIDDLE_NAME_EDEFAULT.equals(middleName);
			case CairnPackage.PATIENT__PREFERRED_NAME:
				return PREFERRED_NAME_EDEFAULT == null ? preferredName != null : !PREFERRED_NAME_EDEFAULT.equals(preferredName);
			case CairnPackage.PATIENT__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case CairnPackage.PATIENT__SEX_AT_BIRTH:
				return sexAtBirth != SEX_AT_BIRTH_EDEFAULT;
			case CairnPackage.PATIENT__GENDER_IDENTITY:
				return GENDER_IDENTITY_EDEFAULT == null ? genderIdentity != null : !GENDER_IDENTITY_EDEFAULT.equals(genderIdentity);
			case CairnPackage.PATIENT__PRONOUNS:
				return PRONOUNS_EDEFAULT == null ? pronouns != null : !PRONOUNS_EDEFAULT.equals(pronouns);
			case CairnPackage.PATIENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CairnPackage.PATIENT__INTERPRETER_NEEDED:
				return interpreterNeeded != INTERPRETER_NEEDED_EDEFAULT;
			case CairnPackage.PATIENT__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.PATIENT__MERGED_INTO:
				return MERGED_INTO_EDEFAULT == null ? mergedInto != null : !MERGED_INTO_EDEFAULT.equals(mergedInto);
			case CairnPackage.PATIENT__CONTACT:
				return contact != null;
			case CairnPackage.PATIENT__EMERGENCY_CONTACTS:
				return emergencyContacts != null && !emergencyContacts.isEmpty();
			case CairnPackage.PATIENT__ALERTS:
				return alerts != null && !alerts.isEmpty();
			case CairnPackage.PATIENT__ADMISSION_NOTICE_GIVEN_AT:
				return ADMISSION_NOTICE_GIVEN_AT_EDEFAULT == null ? admissionNoticeGivenAt != null : !ADMISSION_NOTICE_GIVEN_AT_EDEFAULT.equals(admissionNoticeGivenAt);
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
		result.append(" (mrn: ");
		result.append(mrn);
		result.append(", givenName: ");
		result.append(givenName);
		result.append(", familyName: ");
		result.append(familyName);
		result.append(", middleName: ");
		result.append(middleName);
		result.append(", preferredName: ");
		result.append(preferredName);
		result.append(", birthDate: ");
		result.append(birthDate);
		result.append(", sexAtBirth: ");
		result.append(sexAtBirth);
		result.append(", genderIdentity: ");
		result.append(genderIdentity);
		result.append(", pronouns: ");
		result.append(pronouns);
		result.append(", language: ");
		result.append(language);
		result.append(", interpreterNeeded: ");
		result.append(interpreterNeeded);
		result.append(", status: ");
		result.append(status);
		result.append(", mergedInto: ");
		result.append(mergedInto);
		result.append(", admissionNoticeGivenAt: ");
		result.append(admissionNoticeGivenAt);
		result.append(')');
		return result.toString();
	}

} //PatientImpl
