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
import org.cairn.model.Disclosure;
import org.cairn.model.DisclosureMethod;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disclosure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getConsentId <em>Consent Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getDisclosedAt <em>Disclosed At</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getDisclosedBy <em>Disclosed By</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getInformation <em>Information</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#isNoticeAttached <em>Notice Attached</em>}</li>
 *   <li>{@link org.cairn.model.impl.DisclosureImpl#getRecordIds <em>Record Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DisclosureImpl extends PatientRecordImpl implements Disclosure {
	/**
	 * The default value of the '{@link #getConsentId() <em>Consent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentId()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentId() <em>Consent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentId()
	 * @generated
	 * @ordered
	 */
	protected String consentId = CONSENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisclosedAt() <em>Disclosed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DISCLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisclosedAt() <em>Disclosed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclosedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant disclosedAt = DISCLOSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisclosedBy() <em>Disclosed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclosedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCLOSED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisclosedBy() <em>Disclosed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclosedBy()
	 * @generated
	 * @ordered
	 */
	protected String disclosedBy = DISCLOSED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected static final String RECIPIENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected String recipient = RECIPIENT_EDEFAULT;

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
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final DisclosureMethod METHOD_EDEFAULT = DisclosureMethod.PRINT;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected DisclosureMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoticeAttached() <em>Notice Attached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoticeAttached()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOTICE_ATTACHED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoticeAttached() <em>Notice Attached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoticeAttached()
	 * @generated
	 * @ordered
	 */
	protected boolean noticeAttached = NOTICE_ATTACHED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecordIds() <em>Record Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> recordIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DisclosureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.DISCLOSURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsentId() {
		return consentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentId(String newConsentId) {
		String oldConsentId = consentId;
		consentId = newConsentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__CONSENT_ID, oldConsentId, consentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDisclosedAt() {
		return disclosedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisclosedAt(Instant newDisclosedAt) {
		Instant oldDisclosedAt = disclosedAt;
		disclosedAt = newDisclosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__DISCLOSED_AT, oldDisclosedAt, disclosedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisclosedBy() {
		return disclosedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisclosedBy(String newDisclosedBy) {
		String oldDisclosedBy = disclosedBy;
		disclosedBy = newDisclosedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__DISCLOSED_BY, oldDisclosedBy, disclosedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecipient() {
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipient(String newRecipient) {
		String oldRecipient = recipient;
		recipient = newRecipient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__RECIPIENT, oldRecipient, recipient));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__INFORMATION, oldInformation, information));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisclosureMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(DisclosureMethod newMethod) {
		DisclosureMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoticeAttached() {
		return noticeAttached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoticeAttached(boolean newNoticeAttached) {
		boolean oldNoticeAttached = noticeAttached;
		noticeAttached = newNoticeAttached;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.DISCLOSURE__NOTICE_ATTACHED, oldNoticeAttached, noticeAttached));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRecordIds() {
		if (recordIds == null) {
			recordIds = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.DISCLOSURE__RECORD_IDS);
		}
		return recordIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.DISCLOSURE__CONSENT_ID:
				return getConsentId();
			case CairnPackage.DISCLOSURE__DISCLOSED_AT:
				return getDisclosedAt();
			case CairnPackage.DISCLOSURE__DISCLOSED_BY:
				return getDisclosedBy();
			case CairnPackage.DISCLOSURE__RECIPIENT:
				return getRecipient();
			case CairnPackage.DISCLOSURE__INFORMATION:
				return getInformation();
			case CairnPackage.DISCLOSURE__PURPOSE:
				return getPurpose();
			case CairnPackage.DISCLOSURE__METHOD:
				return getMethod();
			case CairnPackage.DISCLOSURE__NOTICE_ATTACHED:
				return isNoticeAttached();
			case CairnPackage.DISCLOSURE__RECORD_IDS:
				return getRecordIds();
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
			case CairnPackage.DISCLOSURE__CONSENT_ID:
				setConsentId((String)newValue);
				return;
			case CairnPackage.DISCLOSURE__DISCLOSED_AT:
				setDisclosedAt((Instant)newValue);
				return;
			case CairnPackage.DISCLOSURE__DISCLOSED_BY:
				setDisclosedBy((String)newValue);
				return;
			case CairnPackage.DISCLOSURE__RECIPIENT:
				setRecipient((String)newValue);
				return;
			case CairnPackage.DISCLOSURE__INFORMATION:
				setInformation((String)newValue);
				return;
			case CairnPackage.DISCLOSURE__PURPOSE:
				setPurpose((String)newValue);
				return;
			case CairnPackage.DISCLOSURE__METHOD:
				setMethod((DisclosureMethod)newValue);
				return;
			case CairnPackage.DISCLOSURE__NOTICE_ATTACHED:
				setNoticeAttached((Boolean)newValue);
				return;
			case CairnPackage.DISCLOSURE__RECORD_IDS:
				getRecordIds().clear();
				getRecordIds().addAll((Collection<? extends String>)newValue);
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
			case CairnPackage.DISCLOSURE__CONSENT_ID:
				setConsentId(CONSENT_ID_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__DISCLOSED_AT:
				setDisclosedAt(DISCLOSED_AT_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__DISCLOSED_BY:
				setDisclosedBy(DISCLOSED_BY_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__RECIPIENT:
				setRecipient(RECIPIENT_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__INFORMATION:
				setInformation(INFORMATION_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__NOTICE_ATTACHED:
				setNoticeAttached(NOTICE_ATTACHED_EDEFAULT);
				return;
			case CairnPackage.DISCLOSURE__RECORD_IDS:
				getRecordIds().clear();
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
			case CairnPackage.DISCLOSURE__CONSENT_ID:
				return CONSENT_ID_EDEFAULT == null ? consentId != null : !CONSENT_ID_EDEFAULT.equals(consentId);
			case CairnPackage.DISCLOSURE__DISCLOSED_AT:
				return DISCLOSED_AT_EDEFAULT == null ? disclosedAt != null : !DISCLOSED_AT_EDEFAULT.equals(disclosedAt);
			case CairnPackage.DISCLOSURE__DISCLOSED_BY:
				return DISCLOSED_BY_EDEFAULT == null ? disclosedBy != null : !DISCLOSED_BY_EDEFAULT.equals(disclosedBy);
			case CairnPackage.DISCLOSURE__RECIPIENT:
				return RECIPIENT_EDEFAULT == null ? recipient != null : !RECIPIENT_EDEFAULT.equals(recipient);
			case CairnPackage.DISCLOSURE__INFORMATION:
				return INFORMATION_EDEFAULT == null ? information != null : !INFORMATION_EDEFAULT.equals(information);
			case CairnPackage.DISCLOSURE__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case CairnPackage.DISCLOSURE__METHOD:
				return method != METHOD_EDEFAULT;
			case CairnPackage.DISCLOSURE__NOTICE_ATTACHED:
				return noticeAttached != NOTICE_ATTACHED_EDEFAULT;
			case CairnPackage.DISCLOSURE__RECORD_IDS:
				return recordIds != null && !recordIds.isEmpty();
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
		result.append(" (consentId: ");
		result.append(consentId);
		result.append(", disclosedAt: ");
		result.append(disclosedAt);
		result.append(", disclosedBy: ");
		result.append(disclosedBy);
		result.append(", recipient: ");
		result.append(recipient);
		result.append(", information: ");
		result.append(information);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", method: ");
		result.append(method);
		result.append(", noticeAttached: ");
		result.append(noticeAttached);
		result.append(", recordIds: ");
		result.append(recordIds);
		result.append(')');
		return result.toString();
	}

} //DisclosureImpl
