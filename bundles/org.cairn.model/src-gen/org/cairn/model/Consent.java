/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A consent to disclose under 42 CFR Part 2 §2.31.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Consent#getDiscloser <em>Discloser</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getInformation <em>Information</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.cairn.model.Consent#isTreatmentPaymentOperations <em>Treatment Payment Operations</em>}</li>
 *   <li>{@link org.cairn.model.Consent#isRevocationExplained <em>Revocation Explained</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getExpiryEvent <em>Expiry Event</em>}</li>
 *   <li>{@link org.cairn.model.Consent#isRedisclosureStatement <em>Redisclosure Statement</em>}</li>
 *   <li>{@link org.cairn.model.Consent#isRefusalConsequencesStated <em>Refusal Consequences Stated</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getSignerRelationship <em>Signer Relationship</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getRevokedOn <em>Revoked On</em>}</li>
 *   <li>{@link org.cairn.model.Consent#isActedInRelianceBeforeRevocation <em>Acted In Reliance Before Revocation</em>}</li>
 *   <li>{@link org.cairn.model.Consent#isCounsellingNotesIncluded <em>Counselling Notes Included</em>}</li>
 *   <li>{@link org.cairn.model.Consent#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getConsent()
 * @model
 * @generated
 */
public interface Consent extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Discloser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may disclose: the programme's name or a general designation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discloser</em>' attribute.
	 * @see #setDiscloser(String)
	 * @see org.cairn.model.CairnPackage#getConsent_Discloser()
	 * @model required="true"
	 * @generated
	 */
	String getDiscloser();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getDiscloser <em>Discloser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discloser</em>' attribute.
	 * @see #getDiscloser()
	 * @generated
	 */
	void setDiscloser(String value);

	/**
	 * Returns the value of the '<em><b>Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A specific, meaningful description of the information, including the SUD information.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Information</em>' attribute.
	 * @see #setInformation(String)
	 * @see org.cairn.model.CairnPackage#getConsent_Information()
	 * @model required="true"
	 * @generated
	 */
	String getInformation();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getInformation <em>Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Information</em>' attribute.
	 * @see #getInformation()
	 * @generated
	 */
	void setInformation(String value);

	/**
	 * Returns the value of the '<em><b>Recipients</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named recipients, or the single-consent wording for treatment, payment and operations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipients</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getConsent_Recipients()
	 * @model required="true"
	 * @generated
	 */
	EList<String> getRecipients();

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.cairn.model.CairnPackage#getConsent_Purpose()
	 * @model required="true"
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Treatment Payment Operations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A single consent for all future treatment, payment and health-care operations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Treatment Payment Operations</em>' attribute.
	 * @see #setTreatmentPaymentOperations(boolean)
	 * @see org.cairn.model.CairnPackage#getConsent_TreatmentPaymentOperations()
	 * @model
	 * @generated
	 */
	boolean isTreatmentPaymentOperations();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#isTreatmentPaymentOperations <em>Treatment Payment Operations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Treatment Payment Operations</em>' attribute.
	 * @see #isTreatmentPaymentOperations()
	 * @generated
	 */
	void setTreatmentPaymentOperations(boolean value);

	/**
	 * Returns the value of the '<em><b>Revocation Explained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The right to revoke, and how, was stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revocation Explained</em>' attribute.
	 * @see #setRevocationExplained(boolean)
	 * @see org.cairn.model.CairnPackage#getConsent_RevocationExplained()
	 * @model
	 * @generated
	 */
	boolean isRevocationExplained();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#isRevocationExplained <em>Revocation Explained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revocation Explained</em>' attribute.
	 * @see #isRevocationExplained()
	 * @generated
	 */
	void setRevocationExplained(boolean value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getConsent_ExpiresOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getExpiresOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Expiry Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiry Event</em>' attribute.
	 * @see #setExpiryEvent(String)
	 * @see org.cairn.model.CairnPackage#getConsent_ExpiryEvent()
	 * @model
	 * @generated
	 */
	String getExpiryEvent();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getExpiryEvent <em>Expiry Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiry Event</em>' attribute.
	 * @see #getExpiryEvent()
	 * @generated
	 */
	void setExpiryEvent(String value);

	/**
	 * Returns the value of the '<em><b>Redisclosure Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For covered-entity recipients: the HIPAA redisclosure statement is included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Redisclosure Statement</em>' attribute.
	 * @see #setRedisclosureStatement(boolean)
	 * @see org.cairn.model.CairnPackage#getConsent_RedisclosureStatement()
	 * @model
	 * @generated
	 */
	boolean isRedisclosureStatement();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#isRedisclosureStatement <em>Redisclosure Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Redisclosure Statement</em>' attribute.
	 * @see #isRedisclosureStatement()
	 * @generated
	 */
	void setRedisclosureStatement(boolean value);

	/**
	 * Returns the value of the '<em><b>Refusal Consequences Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Refusal Consequences Stated</em>' attribute.
	 * @see #setRefusalConsequencesStated(boolean)
	 * @see org.cairn.model.CairnPackage#getConsent_RefusalConsequencesStated()
	 * @model
	 * @generated
	 */
	boolean isRefusalConsequencesStated();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#isRefusalConsequencesStated <em>Refusal Consequences Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refusal Consequences Stated</em>' attribute.
	 * @see #isRefusalConsequencesStated()
	 * @generated
	 */
	void setRefusalConsequencesStated(boolean value);

	/**
	 * Returns the value of the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient, or their guardian or representative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed By</em>' attribute.
	 * @see #setSignedBy(String)
	 * @see org.cairn.model.CairnPackage#getConsent_SignedBy()
	 * @model
	 * @generated
	 */
	String getSignedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getSignedBy <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By</em>' attribute.
	 * @see #getSignedBy()
	 * @generated
	 */
	void setSignedBy(String value);

	/**
	 * Returns the value of the '<em><b>Signer Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Relationship</em>' attribute.
	 * @see #setSignerRelationship(String)
	 * @see org.cairn.model.CairnPackage#getConsent_SignerRelationship()
	 * @model
	 * @generated
	 */
	String getSignerRelationship();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getSignerRelationship <em>Signer Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Relationship</em>' attribute.
	 * @see #getSignerRelationship()
	 * @generated
	 */
	void setSignerRelationship(String value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getConsent_SignedOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getSignedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ConsentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ConsentStatus
	 * @see #setStatus(ConsentStatus)
	 * @see org.cairn.model.CairnPackage#getConsent_Status()
	 * @model
	 * @generated
	 */
	ConsentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.ConsentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ConsentStatus value);

	/**
	 * Returns the value of the '<em><b>Revoked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revoked On</em>' attribute.
	 * @see #setRevokedOn(LocalDate)
	 * @see org.cairn.model.CairnPackage#getConsent_RevokedOn()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getRevokedOn();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getRevokedOn <em>Revoked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revoked On</em>' attribute.
	 * @see #getRevokedOn()
	 * @generated
	 */
	void setRevokedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Acted In Reliance Before Revocation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acted In Reliance Before Revocation</em>' attribute.
	 * @see #setActedInRelianceBeforeRevocation(boolean)
	 * @see org.cairn.model.CairnPackage#getConsent_ActedInRelianceBeforeRevocation()
	 * @model
	 * @generated
	 */
	boolean isActedInRelianceBeforeRevocation();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#isActedInRelianceBeforeRevocation <em>Acted In Reliance Before Revocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acted In Reliance Before Revocation</em>' attribute.
	 * @see #isActedInRelianceBeforeRevocation()
	 * @generated
	 */
	void setActedInRelianceBeforeRevocation(boolean value);

	/**
	 * Returns the value of the '<em><b>Counselling Notes Included</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counselling Notes Included</em>' attribute.
	 * @see #setCounsellingNotesIncluded(boolean)
	 * @see org.cairn.model.CairnPackage#getConsent_CounsellingNotesIncluded()
	 * @model
	 * @generated
	 */
	boolean isCounsellingNotesIncluded();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#isCounsellingNotesIncluded <em>Counselling Notes Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counselling Notes Included</em>' attribute.
	 * @see #isCounsellingNotesIncluded()
	 * @generated
	 */
	void setCounsellingNotesIncluded(boolean value);

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getConsent_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.Consent#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

} // Consent
