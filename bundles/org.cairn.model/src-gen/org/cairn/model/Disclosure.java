/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disclosure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Information disclosed under a consent (§2.32): the accounting of who got what, when and why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Disclosure#getConsentId <em>Consent Id</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#getDisclosedAt <em>Disclosed At</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#getDisclosedBy <em>Disclosed By</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#getInformation <em>Information</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#getMethod <em>Method</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#isNoticeAttached <em>Notice Attached</em>}</li>
 *   <li>{@link org.cairn.model.Disclosure#getRecordIds <em>Record Ids</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getDisclosure()
 * @model
 * @generated
 */
public interface Disclosure extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Consent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Id</em>' attribute.
	 * @see #setConsentId(String)
	 * @see org.cairn.model.CairnPackage#getDisclosure_ConsentId()
	 * @model required="true"
	 * @generated
	 */
	String getConsentId();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#getConsentId <em>Consent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Id</em>' attribute.
	 * @see #getConsentId()
	 * @generated
	 */
	void setConsentId(String value);

	/**
	 * Returns the value of the '<em><b>Disclosed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disclosed At</em>' attribute.
	 * @see #setDisclosedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getDisclosure_DisclosedAt()
	 * @model dataType="org.cairn.model.Instant" required="true"
	 * @generated
	 */
	Instant getDisclosedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#getDisclosedAt <em>Disclosed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disclosed At</em>' attribute.
	 * @see #getDisclosedAt()
	 * @generated
	 */
	void setDisclosedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Disclosed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disclosed By</em>' attribute.
	 * @see #setDisclosedBy(String)
	 * @see org.cairn.model.CairnPackage#getDisclosure_DisclosedBy()
	 * @model required="true"
	 * @generated
	 */
	String getDisclosedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#getDisclosedBy <em>Disclosed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disclosed By</em>' attribute.
	 * @see #getDisclosedBy()
	 * @generated
	 */
	void setDisclosedBy(String value);

	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient</em>' attribute.
	 * @see #setRecipient(String)
	 * @see org.cairn.model.CairnPackage#getDisclosure_Recipient()
	 * @model required="true"
	 * @generated
	 */
	String getRecipient();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#getRecipient <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' attribute.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(String value);

	/**
	 * Returns the value of the '<em><b>Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Information</em>' attribute.
	 * @see #setInformation(String)
	 * @see org.cairn.model.CairnPackage#getDisclosure_Information()
	 * @model required="true"
	 * @generated
	 */
	String getInformation();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#getInformation <em>Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Information</em>' attribute.
	 * @see #getInformation()
	 * @generated
	 */
	void setInformation(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.cairn.model.CairnPackage#getDisclosure_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.DisclosureMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.cairn.model.DisclosureMethod
	 * @see #setMethod(DisclosureMethod)
	 * @see org.cairn.model.CairnPackage#getDisclosure_Method()
	 * @model
	 * @generated
	 */
	DisclosureMethod getMethod();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.cairn.model.DisclosureMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(DisclosureMethod value);

	/**
	 * Returns the value of the '<em><b>Notice Attached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The §2.32 notice was attached to what was disclosed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notice Attached</em>' attribute.
	 * @see #setNoticeAttached(boolean)
	 * @see org.cairn.model.CairnPackage#getDisclosure_NoticeAttached()
	 * @model
	 * @generated
	 */
	boolean isNoticeAttached();

	/**
	 * Sets the value of the '{@link org.cairn.model.Disclosure#isNoticeAttached <em>Notice Attached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notice Attached</em>' attribute.
	 * @see #isNoticeAttached()
	 * @generated
	 */
	void setNoticeAttached(boolean value);

	/**
	 * Returns the value of the '<em><b>Record Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The records disclosed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Ids</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getDisclosure_RecordIds()
	 * @model
	 * @generated
	 */
	EList<String> getRecordIds();

} // Disclosure
