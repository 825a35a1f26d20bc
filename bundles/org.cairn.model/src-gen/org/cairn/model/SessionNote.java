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
 * A representation of the model object '<em><b>Session Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A progress note: header fields, the sections of its format, and its signing state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.SessionNote#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getModality <em>Modality</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getLocation <em>Location</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getFormat <em>Format</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getSections <em>Sections</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getObjectivesAddressed <em>Objectives Addressed</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getRiskScreen <em>Risk Screen</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#isLateEntry <em>Late Entry</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getGroupSessionId <em>Group Session Id</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getSignature <em>Signature</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getCoSignature <em>Co Signature</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#isCoSignatureRequired <em>Co Signature Required</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getAddenda <em>Addenda</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#getEnteredInError <em>Entered In Error</em>}</li>
 *   <li>{@link org.cairn.model.SessionNote#isPart2Protected <em>Part2 Protected</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getSessionNote()
 * @model
 * @generated
 */
public interface SessionNote extends PatientRecord {
	/**
	 * Returns the value of the '<em><b>Service Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ServiceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Type</em>' attribute.
	 * @see org.cairn.model.ServiceType
	 * @see #setServiceType(ServiceType)
	 * @see org.cairn.model.CairnPackage#getSessionNote_ServiceType()
	 * @model required="true"
	 * @generated
	 */
	ServiceType getServiceType();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getServiceType <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Type</em>' attribute.
	 * @see org.cairn.model.ServiceType
	 * @see #getServiceType()
	 * @generated
	 */
	void setServiceType(ServiceType value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see org.cairn.model.Modality
	 * @see #setModality(Modality)
	 * @see org.cairn.model.CairnPackage#getSessionNote_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see org.cairn.model.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.cairn.model.CairnPackage#getSessionNote_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getSessionNote_StartedAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended At</em>' attribute.
	 * @see #setEndedAt(Instant)
	 * @see org.cairn.model.CairnPackage#getSessionNote_EndedAt()
	 * @model dataType="org.cairn.model.Instant"
	 * @generated
	 */
	Instant getEndedAt();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getEndedAt <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended At</em>' attribute.
	 * @see #getEndedAt()
	 * @generated
	 */
	void setEndedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.NoteFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.cairn.model.NoteFormat
	 * @see #setFormat(NoteFormat)
	 * @see org.cairn.model.CairnPackage#getSessionNote_Format()
	 * @model required="true"
	 * @generated
	 */
	NoteFormat getFormat();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.cairn.model.NoteFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(NoteFormat value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.NoteSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getSessionNote_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<NoteSection> getSections();

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Others present (family members, interpreter).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attendees</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getSessionNote_Attendees()
	 * @model
	 * @generated
	 */
	EList<String> getAttendees();

	/**
	 * Returns the value of the '<em><b>Objectives Addressed</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of care-plan problems, goals or objectives the session addressed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives Addressed</em>' attribute list.
	 * @see org.cairn.model.CairnPackage#getSessionNote_ObjectivesAddressed()
	 * @model
	 * @generated
	 */
	EList<String> getObjectivesAddressed();

	/**
	 * Returns the value of the '<em><b>Risk Screen</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Screen</em>' containment reference.
	 * @see #setRiskScreen(RiskScreen)
	 * @see org.cairn.model.CairnPackage#getSessionNote_RiskScreen()
	 * @model containment="true"
	 * @generated
	 */
	RiskScreen getRiskScreen();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getRiskScreen <em>Risk Screen</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Screen</em>' containment reference.
	 * @see #getRiskScreen()
	 * @generated
	 */
	void setRiskScreen(RiskScreen value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.NoteStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.NoteStatus
	 * @see #setStatus(NoteStatus)
	 * @see org.cairn.model.CairnPackage#getSessionNote_Status()
	 * @model
	 * @generated
	 */
	NoteStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cairn.model.NoteStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(NoteStatus value);

	/**
	 * Returns the value of the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author Id</em>' attribute.
	 * @see #setAuthorId(String)
	 * @see org.cairn.model.CairnPackage#getSessionNote_AuthorId()
	 * @model required="true"
	 * @generated
	 */
	String getAuthorId();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getAuthorId <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Id</em>' attribute.
	 * @see #getAuthorId()
	 * @generated
	 */
	void setAuthorId(String value);

	/**
	 * Returns the value of the '<em><b>Late Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Late Entry</em>' attribute.
	 * @see #setLateEntry(boolean)
	 * @see org.cairn.model.CairnPackage#getSessionNote_LateEntry()
	 * @model
	 * @generated
	 */
	boolean isLateEntry();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#isLateEntry <em>Late Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Late Entry</em>' attribute.
	 * @see #isLateEntry()
	 * @generated
	 */
	void setLateEntry(boolean value);

	/**
	 * Returns the value of the '<em><b>Group Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Session Id</em>' attribute.
	 * @see #setGroupSessionId(String)
	 * @see org.cairn.model.CairnPackage#getSessionNote_GroupSessionId()
	 * @model
	 * @generated
	 */
	String getGroupSessionId();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getGroupSessionId <em>Group Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Session Id</em>' attribute.
	 * @see #getGroupSessionId()
	 * @generated
	 */
	void setGroupSessionId(String value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature</em>' containment reference.
	 * @see #setSignature(Signature)
	 * @see org.cairn.model.CairnPackage#getSessionNote_Signature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getSignature();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getSignature <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' containment reference.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(Signature value);

	/**
	 * Returns the value of the '<em><b>Co Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co Signature</em>' containment reference.
	 * @see #setCoSignature(Signature)
	 * @see org.cairn.model.CairnPackage#getSessionNote_CoSignature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getCoSignature();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getCoSignature <em>Co Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co Signature</em>' containment reference.
	 * @see #getCoSignature()
	 * @generated
	 */
	void setCoSignature(Signature value);

	/**
	 * Returns the value of the '<em><b>Co Signature Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co Signature Required</em>' attribute.
	 * @see #setCoSignatureRequired(boolean)
	 * @see org.cairn.model.CairnPackage#getSessionNote_CoSignatureRequired()
	 * @model
	 * @generated
	 */
	boolean isCoSignatureRequired();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#isCoSignatureRequired <em>Co Signature Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co Signature Required</em>' attribute.
	 * @see #isCoSignatureRequired()
	 * @generated
	 */
	void setCoSignatureRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Addenda</b></em>' containment reference list.
	 * The list contents are of type {@link org.cairn.model.Addendum}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addenda</em>' containment reference list.
	 * @see org.cairn.model.CairnPackage#getSessionNote_Addenda()
	 * @model containment="true"
	 * @generated
	 */
	EList<Addendum> getAddenda();

	/**
	 * Returns the value of the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered In Error</em>' containment reference.
	 * @see #setEnteredInError(ErrorMark)
	 * @see org.cairn.model.CairnPackage#getSessionNote_EnteredInError()
	 * @model containment="true"
	 * @generated
	 */
	ErrorMark getEnteredInError();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#getEnteredInError <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered In Error</em>' containment reference.
	 * @see #getEnteredInError()
	 * @generated
	 */
	void setEnteredInError(ErrorMark value);

	/**
	 * Returns the value of the '<em><b>Part2 Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SUD record under 42 CFR Part 2 (true unless decided otherwise).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part2 Protected</em>' attribute.
	 * @see #setPart2Protected(boolean)
	 * @see org.cairn.model.CairnPackage#getSessionNote_Part2Protected()
	 * @model
	 * @generated
	 */
	boolean isPart2Protected();

	/**
	 * Sets the value of the '{@link org.cairn.model.SessionNote#isPart2Protected <em>Part2 Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part2 Protected</em>' attribute.
	 * @see #isPart2Protected()
	 * @generated
	 */
	void setPart2Protected(boolean value);

} // SessionNote
