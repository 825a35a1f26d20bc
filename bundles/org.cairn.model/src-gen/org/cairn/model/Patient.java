/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person in treatment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Patient#getMrn <em>Mrn</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getMiddleName <em>Middle Name</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getPreferredName <em>Preferred Name</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getSexAtBirth <em>Sex At Birth</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getGenderIdentity <em>Gender Identity</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getPronouns <em>Pronouns</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.cairn.model.Patient#isInterpreterNeeded <em>Interpreter Needed</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getMergedInto <em>Merged Into</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getContact <em>Contact</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getEmergencyContacts <em>Emergency Contacts</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getAlerts <em>Alerts</em>}</li>
 *   <li>{@link org.cairn.model.Patient#getAdmissionNoticeGivenAt <em>Admission Notice Given At</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getPatient()
 * @model
 * @generated
 */
public interface Patient extends ClinicalRecord {
	/**
	 * Returns the value of the '<em><b>Mrn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Medical record number, unique in the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mrn</em>' attribute.
	 * @see #setMrn(String)
	 * @see org.cairn.model.CairnPackage#getPatient_Mrn()
	 * @model required="true"
	 * @generated
	 */
	String getMrn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getMrn <em>Mrn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mrn</em>' attribute.
	 * @see #getMrn()
	 * @generated
	 */
	void setMrn(String value);

	/**
	 * Returns the value of the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given Name</em>' attribute.
	 * @see #setGivenName(String)
	 * @see org.cairn.model.CairnPackage#getPatient_GivenName()
	 * @model required="true"
	 * @generated
	 */
	String getGivenName();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getGivenName <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name</em>' attribute.
	 * @see #getGivenName()
	 * @generated
	 */
	void setGivenName(String value);

	/**
	 * Returns the value of the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Name</em>' attribute.
	 * @see #setFamilyName(String)
	 * @see org.cairn.model.CairnPackage#getPatient_FamilyName()
	 * @model required="true"
	 * @generated
	 */
	String getFamilyName();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getFamilyName <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name</em>' attribute.
	 * @see #getFamilyName()
	 * @generated
	 */
	void setFamilyName(String value);

	/**
	 * Returns the value of the '<em><b>Middle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Middle Name</em>' attribute.
	 * @see #setMiddleName(String)
	 * @see org.cairn.model.CairnPackage#getPatient_MiddleName()
	 * @model
	 * @generated
	 */
	String getMiddleName();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getMiddleName <em>Middle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Middle Name</em>' attribute.
	 * @see #getMiddleName()
	 * @generated
	 */
	void setMiddleName(String value);

	/**
	 * Returns the value of the '<em><b>Preferred Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Name</em>' attribute.
	 * @see #setPreferredName(String)
	 * @see org.cairn.model.CairnPackage#getPatient_PreferredName()
	 * @model
	 * @generated
	 */
	String getPreferredName();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getPreferredName <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Name</em>' attribute.
	 * @see #getPreferredName()
	 * @generated
	 */
	void setPreferredName(String value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.cairn.model.CairnPackage#getPatient_BirthDate()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Sex At Birth</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex At Birth</em>' attribute.
	 * @see org.cairn.model.Sex
	 * @see #setSexAtBirth(Sex)
	 * @see org.cairn.model.CairnPackage#getPatient_SexAtBirth()
	 * @model
	 * @generated
	 */
	Sex getSexAtBirth();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getSexAtBirth <em>Sex At Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex At Birth</em>' attribute.
	 * @see org.cairn.model.Sex
	 * @see #getSexAtBirth()
	 * @generated
	 */
	void setSexAtBirth(Sex value);

	/**
	 * Returns the value of the '<em><b>Gender Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gender Identity</em>' attribute.
	 * @see #setGenderIdentity(String)
	 * @see org.cairn.model.CairnPackage#getPatient_GenderIdentity()
	 * @model
	 * @generated
	 */
	String getGenderIdentity();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getGenderIdentity <em>Gender Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender Identity</em>' attribute.
	 * @see #getGenderIdentity()
	 * @generated
	 */
	void setGenderIdentity(String value);

	/**
	 * Returns the value of the '<em><b>Pronouns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pronouns</em>' attribute.
	 * @see #setPronouns(String)
	 * @see org.cairn.model.CairnPackage#getPatient_Pronouns()
	 * @model
	 * @generated
	 */
	String getPronouns();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getPronouns <em>Pronouns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pronouns</em>' attribute.
	 * @see #getPronouns()
	 * @generated
	 */
	void setPronouns(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Preferred language (BCP 47 tag).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.cairn.model.CairnPackage#getPatient_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Interpreter Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interpreter Needed</em>' attribute.
	 * @see #setInterpreterNeeded(boolean)
	 * @see org.cairn.model.CairnPackage#getPatient_InterpreterNeeded()
	 * @model
	 * @generated
	 */
	boolean isInterpreterNeeded();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#isInterpreterNeeded <em>Interpreter Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interpreter Needed</em>' attribute.
	 * @see #isInterpreterNeeded()
	 * @generated
	 */
	void setInterpreterNeeded(boolean value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.PatientStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.PatientStatus
	 * @see #setStatus(PatientStatus)
	 * @see org.cairn.model.CairnPackage#getPatient_Status()
	 * @model
	 * @generated
	 */
	PatientStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.PatientStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PatientStatus value);

	/**
	 * Returns the value of the '<em><b>Merged Into</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when this chart was a duplicate, merged into the chart of the same person: that patient's record id. Its records stay as they were signed; the kept chart shows them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Merged Into</em>' attribute.
	 * @see #setMergedInto(String)
	 * @see org.cairn.model.CairnPackage#getPatient_MergedInto()
	 * @model
	 * @generated
	 */
	String getMergedInto();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getMergedInto <em>Merged Into</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merged Into</em>' attribute.
	 * @see #getMergedInto()
	 * @generated
	 */
	void setMergedInto(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(ContactDetails)
	 * @see org.cairn.model.CairnPackage#getPatient_Contact()
	 * @model containment="true"
	 * @generated
	 */
	ContactDetails getContact();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(ContactDetails value);

	/**
	 * Returns the value of the '<em><b>Emergency Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.EmergencyContact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emergency Contacts</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getPatient_EmergencyContacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<EmergencyContact> getEmergencyContacts();

	/**
	 * Returns the value of the '<em><b>Alerts</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Alert}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allergies, risk flags and other alerts shown on every chart page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alerts</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getPatient_Alerts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Alert> getAlerts();

	/**
	 * Returns the value of the '<em><b>Admission Notice Given At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the 42 CFR Part 2 notice (§2.22) was given to the patient.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Admission Notice Given At</em>' attribute.
	 * @see #setAdmissionNoticeGivenAt(Instant)
	 * @see org.cairn.model.CairnPackage#getPatient_AdmissionNoticeGivenAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getAdmissionNoticeGivenAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.Patient#getAdmissionNoticeGivenAt <em>Admission Notice Given At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Admission Notice Given At</em>' attribute.
	 * @see #getAdmissionNoticeGivenAt()
	 * @generated
	 */
	void setAdmissionNoticeGivenAt(Instant value);

} // Patient
