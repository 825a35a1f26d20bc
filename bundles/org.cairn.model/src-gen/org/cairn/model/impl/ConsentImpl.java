/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.cairn.model.CairnPackage;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.model.ErrorMark;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getDiscloser <em>Discloser</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getInformation <em>Information</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#isTreatmentPaymentOperations <em>Treatment Payment Operations</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#isRevocationExplained <em>Revocation Explained</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getExpiryEvent <em>Expiry Event</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#isRedisclosureStatement <em>Redisclosure Statement</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#isRefusalConsequencesStated <em>Refusal Consequences Stated</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getSignerRelationship <em>Signer Relationship</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getRevokedOn <em>Revoked On</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#isActedInRelianceBeforeRevocation <em>Acted In Reliance Before Revocation</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#isCounsellingNotesIncluded <em>Counselling Notes Included</em>}</li>
 *   <li>{@link org.cairn.model.impl.ConsentImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsentImpl extends PatientRecordImpl implements Consent {
	/**
	 * The default value of the '{@link #getDiscloser() <em>Discloser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscloser()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCLOSER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscloser() <em>Discloser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscloser()
	 * @generated
	 * @ordered
	 */
	protected String discloser = DISCLOSER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInformation() <em>Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformation()
	 * @generated
	 * @ordered
	 */
	protected static final String INFORMATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInformation() <em>Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformation()
	 * @generated
	 * @ordered
	 */
	protected String information = INFORMATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecipients() <em>Recipients</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipients()
	 * @generated
	 * @ordered
	 */
	protected EList<String> recipients;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #isTreatmentPaymentOperations() <em>Treatment Payment Operations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTreatmentPaymentOperations()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TREATMENT_PAYMENT_OPERATIONS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTreatmentPaymentOperations() <em>Treatment Payment Operations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTreatmentPaymentOperations()
	 * @generated
	 * @ordered
	 */
	protected boolean treatmentPaymentOperations = TREATMENT_PAYMENT_OPERATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRevocationExplained() <em>Revocation Explained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevocationExplained()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVOCATION_EXPLAINED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRevocationExplained() <em>Revocation Explained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevocationExplained()
	 * @generated
	 * @ordered
	 */
	protected boolean revocationExplained = REVOCATION_EXPLAINED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRES_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiresOn = EXPIRES_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiryEvent() <em>Expiry Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiryEvent()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPIRY_EVENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiryEvent() <em>Expiry Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiryEvent()
	 * @generated
	 * @ordered
	 */
	protected String expiryEvent = EXPIRY_EVENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isRedisclosureStatement() <em>Redisclosure Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRedisclosureStatement()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REDISCLOSURE_STATEMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRedisclosureStatement() <em>Redisclosure Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRedisclosureStatement()
	 * @generated
	 * @ordered
	 */
	protected boolean redisclosureStatement = REDISCLOSURE_STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isRefusalConsequencesStated() <em>Refusal Consequences Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRefusalConsequencesStated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REFUSAL_CONSEQUENCES_STATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRefusalConsequencesStated() <em>Refusal Consequences Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRefusalConsequencesStated()
	 * @generated
	 * @ordered
	 */
	protected boolean refusalConsequencesStated = REFUSAL_CONSEQUENCES_STATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedBy() <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedBy() <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBy()
	 * @generated
	 * @ordered
	 */
	protected String signedBy = SIGNED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignerRelationship() <em>Signer Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerRelationship()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_RELATIONSHIP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerRelationship() <em>Signer Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerRelationship()
	 * @generated
	 * @ordered
	 */
	protected String signerRelationship = SIGNER_RELATIONSHIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedOn = SIGNED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConsentStatus STATUS_EDEFAULT = ConsentStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ConsentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevokedOn() <em>Revoked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevokedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVOKED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevokedOn() <em>Revoked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevokedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate revokedOn = REVOKED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isActedInRelianceBeforeRevocation() <em>Acted In Reliance Before Revocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActedInRelianceBeforeRevocation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTED_IN_RELIANCE_BEFORE_REVOCATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActedInRelianceBeforeRevocation() <em>Acted In Reliance Before Revocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActedInRelianceBeforeRevocation()
	 * @generated
	 * @ordered
	 */
	protected boolean actedInRelianceBeforeRevocation = ACTED_IN_RELIANCE_BEFORE_REVOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCounsellingNotesIncluded() <em>Counselling Notes Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCounsellingNotesIncluded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COUNSELLING_NOTES_INCLUDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCounsellingNotesIncluded() <em>Counselling Notes Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCounsellingNotesIncluded()
	 * @generated
	 * @ordered
	 */
	protected boolean counsellingNotesIncluded = COUNSELLING_NOTES_INCLUDED_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.CONSENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscloser() {
		return discloser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscloser(String newDiscloser) {
		String oldDiscloser = discloser;
		discloser = newDiscloser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__DISCLOSER, oldDiscloser, discloser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInformation() {
		return information;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformation(String newInformation) {
		String oldInformation = information;
		information = newInformation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__INFORMATION, oldInformation, information));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRecipients() {
		if (recipients == null) {
			recipients = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.CONSENT__RECIPIENTS);
		}
		return recipients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTreatmentPaymentOperations() {
		return treatmentPaymentOperations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTreatmentPaymentOperations(boolean newTreatmentPaymentOperations) {
		boolean oldTreatmentPaymentOperations = treatmentPaymentOperations;
		treatmentPaymentOperations = newTreatmentPaymentOperations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__TREATMENT_PAYMENT_OPERATIONS, oldTreatmentPaymentOperations, treatmentPaymentOperations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRevocationExplained() {
		return revocationExplained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevocationExplained(boolean newRevocationExplained) {
		boolean oldRevocationExplained = revocationExplained;
		revocationExplained = newRevocationExplained;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__REVOCATION_EXPLAINED, oldRevocationExplained, revocationExplained));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(LocalDate newExpiresOn) {
		LocalDate oldExpiresOn = expiresOn;
		expiresOn = newExpiresOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpiryEvent() {
		return expiryEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiryEvent(String newExpiryEvent) {
		String oldExpiryEvent = expiryEvent;
		expiryEvent = newExpiryEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__EXPIRY_EVENT, oldExpiryEvent, expiryEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRedisclosureStatement() {
		return redisclosureStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedisclosureStatement(boolean newRedisclosureStatement) {
		boolean oldRedisclosureStatement = redisclosureStatement;
		redisclosureStatement = newRedisclosureStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__REDISCLOSURE_STATEMENT, oldRedisclosureStatement, redisclosureStatement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRefusalConsequencesStated() {
		return refusalConsequencesStated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefusalConsequencesStated(boolean newRefusalConsequencesStated) {
		boolean oldRefusalConsequencesStated = refusalConsequencesStated;
		refusalConsequencesStated = newRefusalConsequencesStated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__REFUSAL_CONSEQUENCES_STATED, oldRefusalConsequencesStated, refusalConsequencesStated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignedBy() {
		return signedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedBy(String newSignedBy) {
		String oldSignedBy = signedBy;
		signedBy = newSignedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__SIGNED_BY, oldSignedBy, signedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerRelationship() {
		return signerRelationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerRelationship(String newSignerRelationship) {
		String oldSignerRelationship = signerRelationship;
		signerRelationship = newSignerRelationship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__SIGNER_RELATIONSHIP, oldSignerRelationship, signerRelationship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedOn() {
		return signedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOn(LocalDate newSignedOn) {
		LocalDate oldSignedOn = signedOn;
		signedOn = newSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__SIGNED_ON, oldSignedOn, signedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ConsentStatus newStatus) {
		ConsentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRevokedOn() {
		return revokedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevokedOn(LocalDate newRevokedOn) {
		LocalDate oldRevokedOn = revokedOn;
		revokedOn = newRevokedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__REVOKED_ON, oldRevokedOn, revokedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActedInRelianceBeforeRevocation() {
		return actedInRelianceBeforeRevocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActedInRelianceBeforeRevocation(boolean newActedInRelianceBeforeRevocation) {
		boolean oldActedInRelianceBeforeRevocation = actedInRelianceBeforeRevocation;
		actedInRelianceBeforeRevocation = newActedInRelianceBeforeRevocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION, oldActedInRelianceBeforeRevocation, actedInRelianceBeforeRevocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCounsellingNotesIncluded() {
		return counsellingNotesIncluded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounsellingNotesIncluded(boolean newCounsellingNotesIncluded) {
		boolean oldCounsellingNotesIncluded = counsellingNotesIncluded;
		counsellingNotesIncluded = newCounsellingNotesIncluded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__COUNSELLING_NOTES_INCLUDED, oldCounsellingNotesIncluded, counsellingNotesIncluded));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
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
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.CONSENT__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.CONSENT__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONSENT__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.CONSENT__ENTERED_IN_ERROR:
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
			case CairnPackage.CONSENT__DISCLOSER:
				return getDiscloser();
			case CairnPackage.CONSENT__INFORMATION:
				return getInformation();
			case CairnPackage.CONSENT__RECIPIENTS:
				return getRecipients();
			case CairnPackage.CONSENT__PURPOSE:
				return getPurpose();
			case CairnPackage.CONSENT__TREATMENT_PAYMENT_OPERATIONS:
				return isTreatmentPaymentOperations();
			case CairnPackage.CONSENT__REVOCATION_EXPLAINED:
				return isRevocationExplained();
			case CairnPackage.CONSENT__EXPIRES_ON:
				return getExpiresOn();
			case CairnPackage.CONSENT__EXPIRY_EVENT:
				return getExpiryEvent();
			case CairnPackage.CONSENT__REDISCLOSURE_STATEMENT:
				return isRedisclosureStatement();
			case CairnPackage.CONSENT__REFUSAL_CONSEQUENCES_STATED:
				return isRefusalConsequencesStated();
			case CairnPackage.CONSENT__SIGNED_BY:
				return getSignedBy();
			case CairnPackage.CONSENT__SIGNER_RELATIONSHIP:
				return getSignerRelationship();
			case CairnPackage.CONSENT__SIGNED_ON:
				return getSignedOn();
			case CairnPackage.CONSENT__STATUS:
				return getStatus();
			case CairnPackage.CONSENT__REVOKED_ON:
				return getRevokedOn();
			case CairnPackage.CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION:
				return isActedInRelianceBeforeRevocation();
			case CairnPackage.CONSENT__COUNSELLING_NOTES_INCLUDED:
				return isCounsellingNotesIncluded();
			case CairnPackage.CONSENT__ENTERED_IN_ERROR:
				return getEnteredInError();
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
			case CairnPackage.CONSENT__DISCLOSER:
				setDiscloser((String)newValue);
				return;
			case CairnPackage.CONSENT__INFORMATION:
				setInformation((String)newValue);
				return;
			case CairnPackage.CONSENT__RECIPIENTS:
				getRecipients().clear();
				getRecipients().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.CONSENT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case CairnPackage.CONSENT__TREATMENT_PAYMENT_OPERATIONS:
				setTreatmentPaymentOperations((Boolean)newValue);
				return;
			case CairnPackage.CONSENT__REVOCATION_EXPLAINED:
				setRevocationExplained((Boolean)newValue);
				return;
			case CairnPackage.CONSENT__EXPIRES_ON:
				setExpiresOn((LocalDate)newValue);
				return;
			case CairnPackage.CONSENT__EXPIRY_EVENT:
				setExpiryEvent((String)newValue);
				return;
			case CairnPackage.CONSENT__REDISCLOSURE_STATEMENT:
				setRedisclosureStatement((Boolean)newValue);
				return;
			case CairnPackage.CONSENT__REFUSAL_CONSEQUENCES_STATED:
				setRefusalConsequencesStated((Boolean)newValue);
				return;
			case CairnPackage.CONSENT__SIGNED_BY:
				setSignedBy((String)newValue);
				return;
			case CairnPackage.CONSENT__SIGNER_RELATIONSHIP:
				setSignerRelationship((String)newValue);
				return;
			case CairnPackage.CONSENT__SIGNED_ON:
				setSignedOn((LocalDate)newValue);
				return;
			case CairnPackage.CONSENT__STATUS:
				setStatus((ConsentStatus)newValue);
				return;
			case CairnPackage.CONSENT__REVOKED_ON:
				setRevokedOn((LocalDate)newValue);
				return;
			case CairnPackage.CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION:
				setActedInRelianceBeforeRevocation((Boolean)newValue);
				return;
			case CairnPackage.CONSENT__COUNSELLING_NOTES_INCLUDED:
				setCounsellingNotesIncluded((Boolean)newValue);
				return;
			case CairnPackage.CONSENT__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)newValue);
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
			case CairnPackage.CONSENT__DISCLOSER:
				setDiscloser(DISCLOSER_EDEFAULT);
				return;
			case CairnPackage.CONSENT__INFORMATION:
				setInformation(INFORMATION_EDEFAULT);
				return;
			case CairnPackage.CONSENT__RECIPIENTS:
				getRecipients().clear();
				return;
			case CairnPackage.CONSENT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case CairnPackage.CONSENT__TREATMENT_PAYMENT_OPERATIONS:
				setTreatmentPaymentOperations(TREATMENT_PAYMENT_OPERATIONS_EDEFAULT);
				return;
			case CairnPackage.CONSENT__REVOCATION_EXPLAINED:
				setRevocationExplained(REVOCATION_EXPLAINED_EDEFAULT);
				return;
			case CairnPackage.CONSENT__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case CairnPackage.CONSENT__EXPIRY_EVENT:
				setExpiryEvent(EXPIRY_EVENT_EDEFAULT);
				return;
			case CairnPackage.CONSENT__REDISCLOSURE_STATEMENT:
				setRedisclosureStatement(REDISCLOSURE_STATEMENT_EDEFAULT);
				return;
			case CairnPackage.CONSENT__REFUSAL_CONSEQUENCES_STATED:
				setRefusalConsequencesStated(REFUSAL_CONSEQUENCES_STATED_EDEFAULT);
				return;
			case CairnPackage.CONSENT__SIGNED_BY:
				setSignedBy(SIGNED_BY_EDEFAULT);
				return;
			case CairnPackage.CONSENT__SIGNER_RELATIONSHIP:
				setSignerRelationship(SIGNER_RELATIONSHIP_EDEFAULT);
				return;
			case CairnPackage.CONSENT__SIGNED_ON:
				setSignedOn(SIGNED_ON_EDEFAULT);
				return;
			case CairnPackage.CONSENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.CONSENT__REVOKED_ON:
				setRevokedOn(REVOKED_ON_EDEFAULT);
				return;
			case CairnPackage.CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION:
				setActedInRelianceBeforeRevocation(ACTED_IN_RELIANCE_BEFORE_REVOCATION_EDEFAULT);
				return;
			case CairnPackage.CONSENT__COUNSELLING_NOTES_INCLUDED:
				setCounsellingNotesIncluded(COUNSELLING_NOTES_INCLUDED_EDEFAULT);
				return;
			case CairnPackage.CONSENT__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)null);
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
			case CairnPackage.CONSENT__DISCLOSER:
				return DISCLOSER_EDEFAULT == null ? discloser != null : !DISCLOSER_EDEFAULT.equals(discloser);
			case CairnPackage.CONSENT__INFORMATION:
				return INFORMATION_EDEFAULT == null ? information != null : !INFORMATION_EDEFAULT.equals(information);
			case CairnPackage.CONSENT__RECIPIENTS:
				return recipients != null && !recipients.isEmpty();
			case CairnPackage.CONSENT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case CairnPackage.CONSENT__TREATMENT_PAYMENT_OPERATIONS:
				return treatmentPaymentOperations != TREATMENT_PAYMENT_OPERATIONS_EDEFAULT;
			case CairnPackage.CONSENT__REVOCATION_EXPLAINED:
				return revocationExplained != REVOCATION_EXPLAINED_EDEFAULT;
			case CairnPackage.CONSENT__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
			case CairnPackage.CONSENT__EXPIRY_EVENT:
				return EXPIRY_EVENT_EDEFAULT == null ? expiryEvent != null : !EXPIRY_EVENT_EDEFAULT.equals(expiryEvent);
			case CairnPackage.CONSENT__REDISCLOSURE_STATEMENT:
				return redisclosureStatement != REDISCLOSURE_STATEMENT_EDEFAULT;
			case CairnPackage.CONSENT__REFUSAL_CONSEQUENCES_STATED:
				return refusalConsequencesStated != REFUSAL_CONSEQUENCES_STATED_EDEFAULT;
			case CairnPackage.CONSENT__SIGNED_BY:
				return SIGNED_BY_EDEFAULT == null ? signedBy != null : !SIGNED_BY_EDEFAULT.equals(signedBy);
			case CairnPackage.CONSENT__SIGNER_RELATIONSHIP:
				return SIGNER_RELATIONSHIP_EDEFAULT == null ? signerRelationship != null : !SIGNER_RELATIONSHIP_EDEFAULT.equals(signerRelationship);
			case CairnPackage.CONSENT__SIGNED_ON:
				return SIGNED_ON_EDEFAULT == null ? signedOn != null : !SIGNED_ON_EDEFAULT.equals(signedOn);
			case CairnPackage.CONSENT__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.CONSENT__REVOKED_ON:
				return REVOKED_ON_EDEFAULT == null ? revokedOn != null : !REVOKED_ON_EDEFAULT.equals(revokedOn);
			case CairnPackage.CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION:
				return actedInRelianceBeforeRevocation != ACTED_IN_RELIANCE_BEFORE_REVOCATION_EDEFAULT;
			case CairnPackage.CONSENT__COUNSELLING_NOTES_INCLUDED:
				return counsellingNotesIncluded != COUNSELLING_NOTES_INCLUDED_EDEFAULT;
			case CairnPackage.CONSENT__ENTERED_IN_ERROR:
				return enteredInError != null;
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
		result.append(" (discloser: ");
		result.append(discloser);
		result.append(", information: ");
		result.append(information);
		result.append(", recipients: ");
		result.append(recipients);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", treatmentPaymentOperations: ");
		result.append(treatmentPaymentOperations);
		result.append(", revocationExplained: ");
		result.append(revocationExplained);
		result.append(", expiresOn: ");
		result.append(expiresOn);
		result.append(", expiryEvent: ");
		result.append(expiryEvent);
		result.append(", redisclosureStatement: ");
		result.append(redisclosureStatement);
		result.append(", refusalConsequencesStated: ");
		result.append(refusalConsequencesStated);
		result.append(", signedBy: ");
		result.append(signedBy);
		result.append(", signerRelationship: ");
		result.append(signerRelationship);
		result.append(", signedOn: ");
		result.append(signedOn);
		result.append(", status: ");
		result.append(status);
		result.append(", revokedOn: ");
		result.append(revokedOn);
		result.append(", actedInRelianceBeforeRevocation: ");
		result.append(actedInRelianceBeforeRevocation);
		result.append(", counsellingNotesIncluded: ");
		result.append(counsellingNotesIncluded);
		result.append(')');
		return result.toString();
	}

} //ConsentImpl
