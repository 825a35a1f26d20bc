/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Cairn's clinical records. Each aggregate (a subclass of ClinicalRecord) is one record in the store; records refer to each other by id. Codes (ICD-10-CM, LOINC, RxNorm, levels of care) are data.
 * <!-- end-model-doc -->
 * @see org.cairn.model.CairnFactory
 * @model kind="package"
 * @generated
 */
public interface CairnPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:cairn:model:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cairn";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CairnPackage eINSTANCE = org.cairn.model.impl.CairnPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.ClinicalRecordImpl <em>Clinical Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.ClinicalRecordImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getClinicalRecord()
	 * @generated
	 */
	int CLINICAL_RECORD = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_RECORD__ID = 0;

	/**
	 * The number of structural features of the '<em>Clinical Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_RECORD_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Clinical Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.PatientRecordImpl <em>Patient Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.PatientRecordImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getPatientRecord()
	 * @generated
	 */
	int PATIENT_RECORD = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RECORD__ID = CLINICAL_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RECORD__PATIENT_ID = CLINICAL_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RECORD__EPISODE_ID = CLINICAL_RECORD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Patient Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RECORD_FEATURE_COUNT = CLINICAL_RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Patient Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RECORD_OPERATION_COUNT = CLINICAL_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.CodeImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 2;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__SYSTEM = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CODE = 1;

	/**
	 * The feature id for the '<em><b>Display</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DISPLAY = 2;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.SignatureImpl <em>Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.SignatureImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getSignature()
	 * @generated
	 */
	int SIGNATURE = 3;

	/**
	 * The feature id for the '<em><b>Signer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNER_ID = 0;

	/**
	 * The feature id for the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__CREDENTIALS = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__ROLE = 3;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNED_AT = 4;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__MEANING = 5;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__CONTENT_HASH = 6;

	/**
	 * The number of structural features of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.ErrorMarkImpl <em>Error Mark</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.ErrorMarkImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getErrorMark()
	 * @generated
	 */
	int ERROR_MARK = 4;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_MARK__REASON = 0;

	/**
	 * The feature id for the '<em><b>Marked By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_MARK__MARKED_BY = 1;

	/**
	 * The feature id for the '<em><b>Marked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_MARK__MARKED_AT = 2;

	/**
	 * The number of structural features of the '<em>Error Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_MARK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Error Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_MARK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.PatientImpl <em>Patient</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.PatientImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getPatient()
	 * @generated
	 */
	int PATIENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__ID = CLINICAL_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Mrn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__MRN = CLINICAL_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__GIVEN_NAME = CLINICAL_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__FAMILY_NAME = CLINICAL_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Middle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__MIDDLE_NAME = CLINICAL_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Preferred Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__PREFERRED_NAME = CLINICAL_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__BIRTH_DATE = CLINICAL_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sex At Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__SEX_AT_BIRTH = CLINICAL_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Gender Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__GENDER_IDENTITY = CLINICAL_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Pronouns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__PRONOUNS = CLINICAL_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__LANGUAGE = CLINICAL_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Interpreter Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__INTERPRETER_NEEDED = CLINICAL_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__STATUS = CLINICAL_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Merged Into</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__MERGED_INTO = CLINICAL_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__CONTACT = CLINICAL_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Emergency Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__EMERGENCY_CONTACTS = CLINICAL_RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Alerts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__ALERTS = CLINICAL_RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Admission Notice Given At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__ADMISSION_NOTICE_GIVEN_AT = CLINICAL_RECORD_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_FEATURE_COUNT = CLINICAL_RECORD_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_OPERATION_COUNT = CLINICAL_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.ContactDetailsImpl <em>Contact Details</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.ContactDetailsImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getContactDetails()
	 * @generated
	 */
	int CONTACT_DETAILS = 6;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__PHONE = 0;

	/**
	 * The feature id for the '<em><b>Mobile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__MOBILE = 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__EMAIL = 2;

	/**
	 * The feature id for the '<em><b>Address Lines</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__ADDRESS_LINES = 3;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__CITY = 4;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__REGION = 5;

	/**
	 * The feature id for the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__POSTAL_CODE = 6;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__COUNTRY = 7;

	/**
	 * The feature id for the '<em><b>May Leave Messages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__MAY_LEAVE_MESSAGES = 8;

	/**
	 * The number of structural features of the '<em>Contact Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Contact Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.EmergencyContactImpl <em>Emergency Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.EmergencyContactImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getEmergencyContact()
	 * @generated
	 */
	int EMERGENCY_CONTACT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_CONTACT__RELATIONSHIP = 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_CONTACT__PHONE = 2;

	/**
	 * The feature id for the '<em><b>Consent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_CONTACT__CONSENT_ID = 3;

	/**
	 * The number of structural features of the '<em>Emergency Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_CONTACT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Emergency Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.AlertImpl <em>Alert</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.AlertImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getAlert()
	 * @generated
	 */
	int ALERT = 8;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__SINCE = 2;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__ACTIVE = 3;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__RECORDED_BY = 4;

	/**
	 * The number of structural features of the '<em>Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.EpisodeOfCareImpl <em>Episode Of Care</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.EpisodeOfCareImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getEpisodeOfCare()
	 * @generated
	 */
	int EPISODE_OF_CARE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Programme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__PROGRAMME = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level Of Care</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__LEVEL_OF_CARE = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__STATUS = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Admitted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__ADMITTED_ON = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Discharged On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__DISCHARGED_ON = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Last Use At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__LAST_USE_AT = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Substances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__SUBSTANCES = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Diagnoses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__DIAGNOSES = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__PHASES = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Care Team</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__CARE_TEAM = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Discharge Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__DISCHARGE_REASON = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Discharge Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__DISCHARGE_SUMMARY = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Aftercare</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__AFTERCARE = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Episode Of Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Episode Of Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.DiagnosisImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getDiagnosis()
	 * @generated
	 */
	int DIAGNOSIS = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__CODE = 0;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__PRIMARY = 1;

	/**
	 * The feature id for the '<em><b>Onset On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__ONSET_ON = 2;

	/**
	 * The feature id for the '<em><b>Resolved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__RESOLVED_ON = 3;

	/**
	 * The feature id for the '<em><b>Diagnosed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__DIAGNOSED_BY = 4;

	/**
	 * The number of structural features of the '<em>Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.PhaseTransitionImpl <em>Phase Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.PhaseTransitionImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getPhaseTransition()
	 * @generated
	 */
	int PHASE_TRANSITION = 11;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_TRANSITION__PHASE = 0;

	/**
	 * The feature id for the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_TRANSITION__STARTED_ON = 1;

	/**
	 * The feature id for the '<em><b>Ended On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_TRANSITION__ENDED_ON = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_TRANSITION__REASON = 3;

	/**
	 * The number of structural features of the '<em>Phase Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_TRANSITION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Phase Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_TRANSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.CareTeamMemberImpl <em>Care Team Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.CareTeamMemberImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getCareTeamMember()
	 * @generated
	 */
	int CARE_TEAM_MEMBER = 12;

	/**
	 * The feature id for the '<em><b>Staff Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_TEAM_MEMBER__STAFF_ID = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_TEAM_MEMBER__ROLE = 1;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_TEAM_MEMBER__FROM = 2;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_TEAM_MEMBER__TO = 3;

	/**
	 * The number of structural features of the '<em>Care Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_TEAM_MEMBER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Care Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_TEAM_MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.AftercarePlanImpl <em>Aftercare Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.AftercarePlanImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getAftercarePlan()
	 * @generated
	 */
	int AFTERCARE_PLAN = 13;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTERCARE_PLAN__SUMMARY = 0;

	/**
	 * The feature id for the '<em><b>Referrals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTERCARE_PLAN__REFERRALS = 1;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTERCARE_PLAN__FOLLOW_UPS = 2;

	/**
	 * The number of structural features of the '<em>Aftercare Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTERCARE_PLAN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Aftercare Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTERCARE_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.FollowUpImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 14;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DUE_ON = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__KIND = 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DONE = 2;

	/**
	 * The feature id for the '<em><b>Done On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DONE_ON = 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__OUTCOME = 4;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.CarePlanImpl <em>Care Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.CarePlanImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getCarePlan()
	 * @generated
	 */
	int CARE_PLAN = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__REVISION = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__STATUS = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__EFFECTIVE_FROM = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Review Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__REVIEW_DUE = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__PROBLEMS = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Strengths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__STRENGTHS = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Barriers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__BARRIERS = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Preferences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__PREFERENCES = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Discharge Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__DISCHARGE_CRITERIA = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Crisis Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__CRISIS_PLAN = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Dimension Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__DIMENSION_RATINGS = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__REVIEWS = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Signatures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__SIGNATURES = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Care Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Care Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.DimensionRatingImpl <em>Dimension Rating</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.DimensionRatingImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getDimensionRating()
	 * @generated
	 */
	int DIMENSION_RATING = 16;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_RATING__DIMENSION = 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_RATING__RATING = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_RATING__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Dimension Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_RATING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Dimension Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_RATING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.ProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.ProblemImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getProblem()
	 * @generated
	 */
	int PROBLEM = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__DIMENSIONS = 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__EVIDENCE = 3;

	/**
	 * The feature id for the '<em><b>Evidence Record Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__EVIDENCE_RECORD_IDS = 4;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__PRIORITY = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__GOAL = 7;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.GoalImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__OBJECTIVES = 2;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.ObjectiveImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ID = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__MEASURE = 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__BASELINE = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TARGET = 4;

	/**
	 * The feature id for the '<em><b>Start On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__START_ON = 5;

	/**
	 * The feature id for the '<em><b>Target On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TARGET_ON = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Progress Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__PROGRESS_RATING = 8;

	/**
	 * The feature id for the '<em><b>Linked Form Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__LINKED_FORM_ID = 9;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__INTERVENTIONS = 10;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.InterventionImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__MODALITY = 2;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__FREQUENCY = 3;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DURATION = 4;

	/**
	 * The feature id for the '<em><b>Responsible Staff Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__RESPONSIBLE_STAFF_ID = 5;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__LOCATION = 6;

	/**
	 * The feature id for the '<em><b>Evidence Based Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__EVIDENCE_BASED_PRACTICE = 7;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.PlanReviewImpl <em>Plan Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.PlanReviewImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getPlanReview()
	 * @generated
	 */
	int PLAN_REVIEW = 21;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__REVIEWED_ON = 0;

	/**
	 * The feature id for the '<em><b>Reviewer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__REVIEWER_ID = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__REASON = 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__SUMMARY = 3;

	/**
	 * The number of structural features of the '<em>Plan Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Plan Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.SessionNoteImpl <em>Session Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.SessionNoteImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getSessionNote()
	 * @generated
	 */
	int SESSION_NOTE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__SERVICE_TYPE = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__MODALITY = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__LOCATION = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__STARTED_AT = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__ENDED_AT = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__FORMAT = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__SECTIONS = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__ATTENDEES = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Objectives Addressed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__OBJECTIVES_ADDRESSED = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Risk Screen</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__RISK_SCREEN = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__STATUS = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__AUTHOR_ID = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Late Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__LATE_ENTRY = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Group Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__GROUP_SESSION_ID = PATIENT_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__SIGNATURE = PATIENT_RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Co Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__CO_SIGNATURE = PATIENT_RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Co Signature Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__CO_SIGNATURE_REQUIRED = PATIENT_RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Addenda</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__ADDENDA = PATIENT_RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Part2 Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE__PART2_PROTECTED = PATIENT_RECORD_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Session Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Session Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_NOTE_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.NoteSectionImpl <em>Note Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.NoteSectionImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getNoteSection()
	 * @generated
	 */
	int NOTE_SECTION = 23;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_SECTION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_SECTION__HEADING = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_SECTION__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Note Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_SECTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Note Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.RiskScreenImpl <em>Risk Screen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.RiskScreenImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getRiskScreen()
	 * @generated
	 */
	int RISK_SCREEN = 24;

	/**
	 * The feature id for the '<em><b>Suicidal Ideation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_SCREEN__SUICIDAL_IDEATION = 0;

	/**
	 * The feature id for the '<em><b>Homicidal Ideation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_SCREEN__HOMICIDAL_IDEATION = 1;

	/**
	 * The feature id for the '<em><b>Overdose Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_SCREEN__OVERDOSE_RISK = 2;

	/**
	 * The feature id for the '<em><b>Safety Plan Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_SCREEN__SAFETY_PLAN_REVIEWED = 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_SCREEN__NOTES = 4;

	/**
	 * The number of structural features of the '<em>Risk Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_SCREEN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Risk Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_SCREEN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.AddendumImpl <em>Addendum</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.AddendumImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getAddendum()
	 * @generated
	 */
	int ADDENDUM = 25;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__AUTHOR_ID = 1;

	/**
	 * The feature id for the '<em><b>Written At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__WRITTEN_AT = 2;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__SIGNATURE = 3;

	/**
	 * The number of structural features of the '<em>Addendum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Addendum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.GroupSessionImpl <em>Group Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.GroupSessionImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getGroupSession()
	 * @generated
	 */
	int GROUP_SESSION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__ID = CLINICAL_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__TOPIC = CLINICAL_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__SERVICE_TYPE = CLINICAL_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Facilitator Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__FACILITATOR_IDS = CLINICAL_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__MODALITY = CLINICAL_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__LOCATION = CLINICAL_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__STARTED_AT = CLINICAL_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__ENDED_AT = CLINICAL_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__CONTENT = CLINICAL_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Roster</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION__ROSTER = CLINICAL_RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Group Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION_FEATURE_COUNT = CLINICAL_RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Group Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SESSION_OPERATION_COUNT = CLINICAL_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.GroupAttendeeImpl <em>Group Attendee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.GroupAttendeeImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getGroupAttendee()
	 * @generated
	 */
	int GROUP_ATTENDEE = 27;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ATTENDEE__PATIENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ATTENDEE__ATTENDANCE = 1;

	/**
	 * The feature id for the '<em><b>Participation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ATTENDEE__PARTICIPATION = 2;

	/**
	 * The feature id for the '<em><b>Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ATTENDEE__NOTE_ID = 3;

	/**
	 * The number of structural features of the '<em>Group Attendee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ATTENDEE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Group Attendee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ATTENDEE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.AssessmentResponseImpl <em>Assessment Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.AssessmentResponseImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getAssessmentResponse()
	 * @generated
	 */
	int ASSESSMENT_RESPONSE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Form Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__FORM_ID = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Form Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__FORM_VERSION = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Administered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__ADMINISTERED_AT = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Administered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__ADMINISTERED_BY = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__STATUS = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__ANSWERS = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Item Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__ITEM_SCORES = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__TOTAL = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Subscales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__SUBSCALES = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__BAND = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__FLAGS = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Acknowledgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Hours Since Last Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Assessment Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Assessment Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_RESPONSE_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.AnswerImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 29;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.ItemScoreImpl <em>Item Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.ItemScoreImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getItemScore()
	 * @generated
	 */
	int ITEM_SCORE = 30;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SCORE__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SCORE__SCORE = 1;

	/**
	 * The number of structural features of the '<em>Item Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SCORE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Item Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.SubscaleScoreImpl <em>Subscale Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.SubscaleScoreImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getSubscaleScore()
	 * @generated
	 */
	int SUBSCALE_SCORE = 31;

	/**
	 * The feature id for the '<em><b>Subscale Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE_SCORE__SUBSCALE_ID = 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE_SCORE__SCORE = 1;

	/**
	 * The feature id for the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE_SCORE__BAND = 2;

	/**
	 * The number of structural features of the '<em>Subscale Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE_SCORE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Subscale Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCALE_SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.FlagAcknowledgementImpl <em>Flag Acknowledgement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.FlagAcknowledgementImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getFlagAcknowledgement()
	 * @generated
	 */
	int FLAG_ACKNOWLEDGEMENT = 32;

	/**
	 * The feature id for the '<em><b>Flag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_ACKNOWLEDGEMENT__FLAG = 0;

	/**
	 * The feature id for the '<em><b>Acknowledged By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY = 1;

	/**
	 * The feature id for the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_ACKNOWLEDGEMENT__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Flag Acknowledgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_ACKNOWLEDGEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Flag Acknowledgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_ACKNOWLEDGEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.MedicationOrderImpl <em>Medication Order</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.MedicationOrderImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getMedicationOrder()
	 * @generated
	 */
	int MEDICATION_ORDER = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__KIND = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Medication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__MEDICATION = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Medication Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__MEDICATION_NAME = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__DOSE_MG = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Split Dose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__SPLIT_DOSE = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Am Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__AM_DOSE_MG = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pm Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__PM_DOSE_MG = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__ROUTE = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__FREQUENCY = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Start On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__START_ON = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>End On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__END_ON = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Prescriber Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__PRESCRIBER_ID = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__STATUS = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__REASON = PATIENT_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Max Take Home Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__MAX_TAKE_HOME_DAYS = PATIENT_RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Pdmp Checked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__PDMP_CHECKED_ON = PATIENT_RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Days Supply</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__DAYS_SUPPLY = PATIENT_RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__QUANTITY = PATIENT_RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__INSTRUCTIONS = PATIENT_RECORD_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Medication Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Medication Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDICATION_ORDER_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.DoseAdministrationImpl <em>Dose Administration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.DoseAdministrationImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getDoseAdministration()
	 * @generated
	 */
	int DOSE_ADMINISTRATION = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Order Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__ORDER_ID = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scheduled For</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__SCHEDULED_FOR = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__OUTCOME = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__DOSE_MG = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Administered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__ADMINISTERED_AT = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Administered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__ADMINISTERED_BY = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Take Home Doses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__TAKE_HOME_DOSES = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Lock Box Verified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__LOT = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Identity Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__IDENTITY_CHECKED = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Missed Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__MISSED_REASON = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Injection Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__INJECTION_SITE = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Next Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__NEXT_DUE_ON = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__NOTES = PATIENT_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Dose Administration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Dose Administration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_ADMINISTRATION_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.TaperScheduleImpl <em>Taper Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.TaperScheduleImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getTaperSchedule()
	 * @generated
	 */
	int TAPER_SCHEDULE = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Order Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__ORDER_ID = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__STATUS = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__REASON = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Patient Agreed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__PATIENT_AGREED = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__STEPS = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Taper Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Taper Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_SCHEDULE_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.TaperStepImpl <em>Taper Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.TaperStepImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getTaperStep()
	 * @generated
	 */
	int TAPER_STEP = 36;

	/**
	 * The feature id for the '<em><b>From Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_STEP__FROM_DATE = 0;

	/**
	 * The feature id for the '<em><b>Dose Mg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_STEP__DOSE_MG = 1;

	/**
	 * The number of structural features of the '<em>Taper Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_STEP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Taper Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAPER_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.UrineDrugScreenImpl <em>Urine Drug Screen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.UrineDrugScreenImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getUrineDrugScreen()
	 * @generated
	 */
	int URINE_DRUG_SCREEN = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Collected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__COLLECTED_AT = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Collected By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__COLLECTED_BY = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__OBSERVED = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Temperature In Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__METHOD = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Validity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__VALIDITY = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Random</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__RANDOM = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__RESULTS = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__NOTES = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Urine Drug Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Urine Drug Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int URINE_DRUG_SCREEN_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.AnalyteResultImpl <em>Analyte Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.AnalyteResultImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getAnalyteResult()
	 * @generated
	 */
	int ANALYTE_RESULT = 38;

	/**
	 * The feature id for the '<em><b>Analyte</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTE_RESULT__ANALYTE = 0;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTE_RESULT__RESULT = 1;

	/**
	 * The feature id for the '<em><b>Cutoff Ng Per Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTE_RESULT__CUTOFF_NG_PER_ML = 2;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTE_RESULT__EXPECTED = 3;

	/**
	 * The feature id for the '<em><b>Confirmation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTE_RESULT__CONFIRMATION = 4;

	/**
	 * The number of structural features of the '<em>Analyte Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTE_RESULT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Analyte Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTE_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.NaloxoneDispenseImpl <em>Naloxone Dispense</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.NaloxoneDispenseImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getNaloxoneDispense()
	 * @generated
	 */
	int NALOXONE_DISPENSE = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Dispensed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__DISPENSED_AT = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dispensed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__DISPENSED_BY = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__RECIPIENT = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Recipient Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__RECIPIENT_NAME = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Product</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__PRODUCT = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__QUANTITY = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__LOT = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__EXPIRES_ON = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Training Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__TRAINING_GIVEN = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Overdose Plan Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Replacement Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__REPLACEMENT_REASON = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Naloxone Dispense</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Naloxone Dispense</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NALOXONE_DISPENSE_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.VitalSignsImpl <em>Vital Signs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.VitalSignsImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getVitalSigns()
	 * @generated
	 */
	int VITAL_SIGNS = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__TAKEN_AT = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Taken By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__TAKEN_BY = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pulse Bpm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__PULSE_BPM = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Systolic Mm Hg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__SYSTOLIC_MM_HG = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Diastolic Mm Hg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__DIASTOLIC_MM_HG = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Respiratory Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__RESPIRATORY_RATE = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Temperature Celsius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__TEMPERATURE_CELSIUS = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Oxygen Saturation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__OXYGEN_SATURATION = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__COMMENT = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Vital Signs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Vital Signs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VITAL_SIGNS_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.ConsentImpl <em>Consent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.ConsentImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getConsent()
	 * @generated
	 */
	int CONSENT = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Discloser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__DISCLOSER = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__INFORMATION = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Recipients</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__RECIPIENTS = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__PURPOSE = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Treatment Payment Operations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__TREATMENT_PAYMENT_OPERATIONS = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Revocation Explained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__REVOCATION_EXPLAINED = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__EXPIRES_ON = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Expiry Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__EXPIRY_EVENT = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Redisclosure Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__REDISCLOSURE_STATEMENT = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Refusal Consequences Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__REFUSAL_CONSEQUENCES_STATED = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__SIGNED_BY = PATIENT_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Signer Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__SIGNER_RELATIONSHIP = PATIENT_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__SIGNED_ON = PATIENT_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__STATUS = PATIENT_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Revoked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__REVOKED_ON = PATIENT_RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Acted In Reliance Before Revocation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION = PATIENT_RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Counselling Notes Included</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__COUNSELLING_NOTES_INCLUDED = PATIENT_RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Entered In Error</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__ENTERED_IN_ERROR = PATIENT_RECORD_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.impl.DisclosureImpl <em>Disclosure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.impl.DisclosureImpl
	 * @see org.cairn.model.impl.CairnPackageImpl#getDisclosure()
	 * @generated
	 */
	int DISCLOSURE = 42;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__ID = PATIENT_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__PATIENT_ID = PATIENT_RECORD__PATIENT_ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__EPISODE_ID = PATIENT_RECORD__EPISODE_ID;

	/**
	 * The feature id for the '<em><b>Consent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__CONSENT_ID = PATIENT_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Disclosed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__DISCLOSED_AT = PATIENT_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Disclosed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__DISCLOSED_BY = PATIENT_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__RECIPIENT = PATIENT_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__INFORMATION = PATIENT_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__PURPOSE = PATIENT_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__METHOD = PATIENT_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Notice Attached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__NOTICE_ATTACHED = PATIENT_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Record Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE__RECORD_IDS = PATIENT_RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Disclosure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE_FEATURE_COUNT = PATIENT_RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Disclosure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCLOSURE_OPERATION_COUNT = PATIENT_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cairn.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.Sex
	 * @see org.cairn.model.impl.CairnPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 43;

	/**
	 * The meta object id for the '{@link org.cairn.model.PatientStatus <em>Patient Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.PatientStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getPatientStatus()
	 * @generated
	 */
	int PATIENT_STATUS = 44;

	/**
	 * The meta object id for the '{@link org.cairn.model.AlertKind <em>Alert Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.AlertKind
	 * @see org.cairn.model.impl.CairnPackageImpl#getAlertKind()
	 * @generated
	 */
	int ALERT_KIND = 45;

	/**
	 * The meta object id for the '{@link org.cairn.model.Programme <em>Programme</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.Programme
	 * @see org.cairn.model.impl.CairnPackageImpl#getProgramme()
	 * @generated
	 */
	int PROGRAMME = 46;

	/**
	 * The meta object id for the '{@link org.cairn.model.Phase <em>Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.Phase
	 * @see org.cairn.model.impl.CairnPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 47;

	/**
	 * The meta object id for the '{@link org.cairn.model.EpisodeStatus <em>Episode Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.EpisodeStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getEpisodeStatus()
	 * @generated
	 */
	int EPISODE_STATUS = 48;

	/**
	 * The meta object id for the '{@link org.cairn.model.DischargeReason <em>Discharge Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.DischargeReason
	 * @see org.cairn.model.impl.CairnPackageImpl#getDischargeReason()
	 * @generated
	 */
	int DISCHARGE_REASON = 49;

	/**
	 * The meta object id for the '{@link org.cairn.model.CareTeamRole <em>Care Team Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.CareTeamRole
	 * @see org.cairn.model.impl.CairnPackageImpl#getCareTeamRole()
	 * @generated
	 */
	int CARE_TEAM_ROLE = 50;

	/**
	 * The meta object id for the '{@link org.cairn.model.CarePlanStatus <em>Care Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.CarePlanStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getCarePlanStatus()
	 * @generated
	 */
	int CARE_PLAN_STATUS = 51;

	/**
	 * The meta object id for the '{@link org.cairn.model.ProblemStatus <em>Problem Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.ProblemStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getProblemStatus()
	 * @generated
	 */
	int PROBLEM_STATUS = 52;

	/**
	 * The meta object id for the '{@link org.cairn.model.ObjectiveStatus <em>Objective Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.ObjectiveStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getObjectiveStatus()
	 * @generated
	 */
	int OBJECTIVE_STATUS = 53;

	/**
	 * The meta object id for the '{@link org.cairn.model.SignerRole <em>Signer Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.SignerRole
	 * @see org.cairn.model.impl.CairnPackageImpl#getSignerRole()
	 * @generated
	 */
	int SIGNER_ROLE = 54;

	/**
	 * The meta object id for the '{@link org.cairn.model.ServiceType <em>Service Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.ServiceType
	 * @see org.cairn.model.impl.CairnPackageImpl#getServiceType()
	 * @generated
	 */
	int SERVICE_TYPE = 55;

	/**
	 * The meta object id for the '{@link org.cairn.model.Modality <em>Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.Modality
	 * @see org.cairn.model.impl.CairnPackageImpl#getModality()
	 * @generated
	 */
	int MODALITY = 56;

	/**
	 * The meta object id for the '{@link org.cairn.model.NoteFormat <em>Note Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.NoteFormat
	 * @see org.cairn.model.impl.CairnPackageImpl#getNoteFormat()
	 * @generated
	 */
	int NOTE_FORMAT = 57;

	/**
	 * The meta object id for the '{@link org.cairn.model.NoteStatus <em>Note Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.NoteStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getNoteStatus()
	 * @generated
	 */
	int NOTE_STATUS = 58;

	/**
	 * The meta object id for the '{@link org.cairn.model.RiskLevel <em>Risk Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.RiskLevel
	 * @see org.cairn.model.impl.CairnPackageImpl#getRiskLevel()
	 * @generated
	 */
	int RISK_LEVEL = 59;

	/**
	 * The meta object id for the '{@link org.cairn.model.Attendance <em>Attendance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.Attendance
	 * @see org.cairn.model.impl.CairnPackageImpl#getAttendance()
	 * @generated
	 */
	int ATTENDANCE = 60;

	/**
	 * The meta object id for the '{@link org.cairn.model.ResponseStatus <em>Response Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.ResponseStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getResponseStatus()
	 * @generated
	 */
	int RESPONSE_STATUS = 61;

	/**
	 * The meta object id for the '{@link org.cairn.model.MedicationKind <em>Medication Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.MedicationKind
	 * @see org.cairn.model.impl.CairnPackageImpl#getMedicationKind()
	 * @generated
	 */
	int MEDICATION_KIND = 62;

	/**
	 * The meta object id for the '{@link org.cairn.model.OrderStatus <em>Order Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.OrderStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getOrderStatus()
	 * @generated
	 */
	int ORDER_STATUS = 63;

	/**
	 * The meta object id for the '{@link org.cairn.model.Route <em>Route</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.Route
	 * @see org.cairn.model.impl.CairnPackageImpl#getRoute()
	 * @generated
	 */
	int ROUTE = 64;

	/**
	 * The meta object id for the '{@link org.cairn.model.DoseOutcome <em>Dose Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.DoseOutcome
	 * @see org.cairn.model.impl.CairnPackageImpl#getDoseOutcome()
	 * @generated
	 */
	int DOSE_OUTCOME = 65;

	/**
	 * The meta object id for the '{@link org.cairn.model.MissedDoseReason <em>Missed Dose Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.MissedDoseReason
	 * @see org.cairn.model.impl.CairnPackageImpl#getMissedDoseReason()
	 * @generated
	 */
	int MISSED_DOSE_REASON = 66;

	/**
	 * The meta object id for the '{@link org.cairn.model.TaperStatus <em>Taper Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.TaperStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getTaperStatus()
	 * @generated
	 */
	int TAPER_STATUS = 67;

	/**
	 * The meta object id for the '{@link org.cairn.model.ScreenMethod <em>Screen Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.ScreenMethod
	 * @see org.cairn.model.impl.CairnPackageImpl#getScreenMethod()
	 * @generated
	 */
	int SCREEN_METHOD = 68;

	/**
	 * The meta object id for the '{@link org.cairn.model.SpecimenValidity <em>Specimen Validity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.SpecimenValidity
	 * @see org.cairn.model.impl.CairnPackageImpl#getSpecimenValidity()
	 * @generated
	 */
	int SPECIMEN_VALIDITY = 69;

	/**
	 * The meta object id for the '{@link org.cairn.model.ScreenResult <em>Screen Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.ScreenResult
	 * @see org.cairn.model.impl.CairnPackageImpl#getScreenResult()
	 * @generated
	 */
	int SCREEN_RESULT = 70;

	/**
	 * The meta object id for the '{@link org.cairn.model.NaloxoneRecipient <em>Naloxone Recipient</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.NaloxoneRecipient
	 * @see org.cairn.model.impl.CairnPackageImpl#getNaloxoneRecipient()
	 * @generated
	 */
	int NALOXONE_RECIPIENT = 71;

	/**
	 * The meta object id for the '{@link org.cairn.model.KitReplacementReason <em>Kit Replacement Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.KitReplacementReason
	 * @see org.cairn.model.impl.CairnPackageImpl#getKitReplacementReason()
	 * @generated
	 */
	int KIT_REPLACEMENT_REASON = 72;

	/**
	 * The meta object id for the '{@link org.cairn.model.ConsentStatus <em>Consent Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.ConsentStatus
	 * @see org.cairn.model.impl.CairnPackageImpl#getConsentStatus()
	 * @generated
	 */
	int CONSENT_STATUS = 73;

	/**
	 * The meta object id for the '{@link org.cairn.model.DisclosureMethod <em>Disclosure Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cairn.model.DisclosureMethod
	 * @see org.cairn.model.impl.CairnPackageImpl#getDisclosureMethod()
	 * @generated
	 */
	int DISCLOSURE_METHOD = 74;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.cairn.model.impl.CairnPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 75;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.cairn.model.impl.CairnPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 76;


	/**
	 * Returns the meta object for class '{@link org.cairn.model.ClinicalRecord <em>Clinical Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clinical Record</em>'.
	 * @see org.cairn.model.ClinicalRecord
	 * @generated
	 */
	EClass getClinicalRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ClinicalRecord#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cairn.model.ClinicalRecord#getId()
	 * @see #getClinicalRecord()
	 * @generated
	 */
	EAttribute getClinicalRecord_Id();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.PatientRecord <em>Patient Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient Record</em>'.
	 * @see org.cairn.model.PatientRecord
	 * @generated
	 */
	EClass getPatientRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PatientRecord#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.cairn.model.PatientRecord#getPatientId()
	 * @see #getPatientRecord()
	 * @generated
	 */
	EAttribute getPatientRecord_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PatientRecord#getEpisodeId <em>Episode Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Episode Id</em>'.
	 * @see org.cairn.model.PatientRecord#getEpisodeId()
	 * @see #getPatientRecord()
	 * @generated
	 */
	EAttribute getPatientRecord_EpisodeId();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see org.cairn.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Code#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see org.cairn.model.Code#getSystem()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_System();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Code#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.cairn.model.Code#getCode()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Code#getDisplay <em>Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display</em>'.
	 * @see org.cairn.model.Code#getDisplay()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Display();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature</em>'.
	 * @see org.cairn.model.Signature
	 * @generated
	 */
	EClass getSignature();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Signature#getSignerId <em>Signer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Id</em>'.
	 * @see org.cairn.model.Signature#getSignerId()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignerId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Signature#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see org.cairn.model.Signature#getSignerName()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Signature#getCredentials <em>Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials</em>'.
	 * @see org.cairn.model.Signature#getCredentials()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Credentials();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Signature#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.cairn.model.Signature#getRole()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Signature#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.cairn.model.Signature#getSignedAt()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Signature#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.cairn.model.Signature#getMeaning()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Meaning();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Signature#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.cairn.model.Signature#getContentHash()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_ContentHash();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.ErrorMark <em>Error Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Error Mark</em>'.
	 * @see org.cairn.model.ErrorMark
	 * @generated
	 */
	EClass getErrorMark();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ErrorMark#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.cairn.model.ErrorMark#getReason()
	 * @see #getErrorMark()
	 * @generated
	 */
	EAttribute getErrorMark_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ErrorMark#getMarkedBy <em>Marked By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marked By</em>'.
	 * @see org.cairn.model.ErrorMark#getMarkedBy()
	 * @see #getErrorMark()
	 * @generated
	 */
	EAttribute getErrorMark_MarkedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ErrorMark#getMarkedAt <em>Marked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marked At</em>'.
	 * @see org.cairn.model.ErrorMark#getMarkedAt()
	 * @see #getErrorMark()
	 * @generated
	 */
	EAttribute getErrorMark_MarkedAt();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient</em>'.
	 * @see org.cairn.model.Patient
	 * @generated
	 */
	EClass getPatient();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getMrn <em>Mrn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mrn</em>'.
	 * @see org.cairn.model.Patient#getMrn()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Mrn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getGivenName <em>Given Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name</em>'.
	 * @see org.cairn.model.Patient#getGivenName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_GivenName();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getFamilyName <em>Family Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name</em>'.
	 * @see org.cairn.model.Patient#getFamilyName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_FamilyName();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getMiddleName <em>Middle Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Middle Name</em>'.
	 * @see org.cairn.model.Patient#getMiddleName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_MiddleName();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getPreferredName <em>Preferred Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Name</em>'.
	 * @see org.cairn.model.Patient#getPreferredName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_PreferredName();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.cairn.model.Patient#getBirthDate()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getSexAtBirth <em>Sex At Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex At Birth</em>'.
	 * @see org.cairn.model.Patient#getSexAtBirth()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_SexAtBirth();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getGenderIdentity <em>Gender Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender Identity</em>'.
	 * @see org.cairn.model.Patient#getGenderIdentity()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_GenderIdentity();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getPronouns <em>Pronouns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pronouns</em>'.
	 * @see org.cairn.model.Patient#getPronouns()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Pronouns();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.cairn.model.Patient#getLanguage()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#isInterpreterNeeded <em>Interpreter Needed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interpreter Needed</em>'.
	 * @see org.cairn.model.Patient#isInterpreterNeeded()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_InterpreterNeeded();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.Patient#getStatus()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getMergedInto <em>Merged Into</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Merged Into</em>'.
	 * @see org.cairn.model.Patient#getMergedInto()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_MergedInto();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.Patient#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see org.cairn.model.Patient#getContact()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_Contact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.Patient#getEmergencyContacts <em>Emergency Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Emergency Contacts</em>'.
	 * @see org.cairn.model.Patient#getEmergencyContacts()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_EmergencyContacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.Patient#getAlerts <em>Alerts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alerts</em>'.
	 * @see org.cairn.model.Patient#getAlerts()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_Alerts();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Patient#getAdmissionNoticeGivenAt <em>Admission Notice Given At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Admission Notice Given At</em>'.
	 * @see org.cairn.model.Patient#getAdmissionNoticeGivenAt()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_AdmissionNoticeGivenAt();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.ContactDetails <em>Contact Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Details</em>'.
	 * @see org.cairn.model.ContactDetails
	 * @generated
	 */
	EClass getContactDetails();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.cairn.model.ContactDetails#getPhone()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#getMobile <em>Mobile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mobile</em>'.
	 * @see org.cairn.model.ContactDetails#getMobile()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Mobile();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.cairn.model.ContactDetails#getEmail()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Email();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.ContactDetails#getAddressLines <em>Address Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Address Lines</em>'.
	 * @see org.cairn.model.ContactDetails#getAddressLines()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_AddressLines();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.cairn.model.ContactDetails#getCity()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_City();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.cairn.model.ContactDetails#getRegion()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#getPostalCode <em>Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postal Code</em>'.
	 * @see org.cairn.model.ContactDetails#getPostalCode()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_PostalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.cairn.model.ContactDetails#getCountry()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ContactDetails#isMayLeaveMessages <em>May Leave Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>May Leave Messages</em>'.
	 * @see org.cairn.model.ContactDetails#isMayLeaveMessages()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_MayLeaveMessages();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.EmergencyContact <em>Emergency Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Emergency Contact</em>'.
	 * @see org.cairn.model.EmergencyContact
	 * @generated
	 */
	EClass getEmergencyContact();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EmergencyContact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cairn.model.EmergencyContact#getName()
	 * @see #getEmergencyContact()
	 * @generated
	 */
	EAttribute getEmergencyContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EmergencyContact#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see org.cairn.model.EmergencyContact#getRelationship()
	 * @see #getEmergencyContact()
	 * @generated
	 */
	EAttribute getEmergencyContact_Relationship();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EmergencyContact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.cairn.model.EmergencyContact#getPhone()
	 * @see #getEmergencyContact()
	 * @generated
	 */
	EAttribute getEmergencyContact_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EmergencyContact#getConsentId <em>Consent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Id</em>'.
	 * @see org.cairn.model.EmergencyContact#getConsentId()
	 * @see #getEmergencyContact()
	 * @generated
	 */
	EAttribute getEmergencyContact_ConsentId();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Alert <em>Alert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alert</em>'.
	 * @see org.cairn.model.Alert
	 * @generated
	 */
	EClass getAlert();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Alert#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cairn.model.Alert#getKind()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Alert#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.cairn.model.Alert#getText()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Alert#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.cairn.model.Alert#getSince()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Since();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Alert#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.cairn.model.Alert#isActive()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Alert#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.cairn.model.Alert#getRecordedBy()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_RecordedBy();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.EpisodeOfCare <em>Episode Of Care</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Episode Of Care</em>'.
	 * @see org.cairn.model.EpisodeOfCare
	 * @generated
	 */
	EClass getEpisodeOfCare();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EpisodeOfCare#getProgramme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Programme</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getProgramme()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_Programme();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.EpisodeOfCare#getLevelOfCare <em>Level Of Care</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Level Of Care</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getLevelOfCare()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_LevelOfCare();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EpisodeOfCare#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getStatus()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EpisodeOfCare#getAdmittedOn <em>Admitted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Admitted On</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getAdmittedOn()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_AdmittedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EpisodeOfCare#getDischargedOn <em>Discharged On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discharged On</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getDischargedOn()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_DischargedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EpisodeOfCare#getLastUseAt <em>Last Use At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Use At</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getLastUseAt()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_LastUseAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.EpisodeOfCare#getSubstances <em>Substances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Substances</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getSubstances()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Substances();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.EpisodeOfCare#getDiagnoses <em>Diagnoses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagnoses</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getDiagnoses()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Diagnoses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.EpisodeOfCare#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getPhases()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.EpisodeOfCare#getCareTeam <em>Care Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Care Team</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getCareTeam()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_CareTeam();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EpisodeOfCare#getDischargeReason <em>Discharge Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discharge Reason</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getDischargeReason()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_DischargeReason();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.EpisodeOfCare#getDischargeSummary <em>Discharge Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discharge Summary</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getDischargeSummary()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_DischargeSummary();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.EpisodeOfCare#getAftercare <em>Aftercare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Aftercare</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getAftercare()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_Aftercare();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.EpisodeOfCare#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.EpisodeOfCare#getEnteredInError()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Diagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnosis</em>'.
	 * @see org.cairn.model.Diagnosis
	 * @generated
	 */
	EClass getDiagnosis();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.Diagnosis#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Code</em>'.
	 * @see org.cairn.model.Diagnosis#getCode()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EReference getDiagnosis_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Diagnosis#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.cairn.model.Diagnosis#isPrimary()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_Primary();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Diagnosis#getOnsetOn <em>Onset On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onset On</em>'.
	 * @see org.cairn.model.Diagnosis#getOnsetOn()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_OnsetOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Diagnosis#getResolvedOn <em>Resolved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved On</em>'.
	 * @see org.cairn.model.Diagnosis#getResolvedOn()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_ResolvedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Diagnosis#getDiagnosedBy <em>Diagnosed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnosed By</em>'.
	 * @see org.cairn.model.Diagnosis#getDiagnosedBy()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_DiagnosedBy();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.PhaseTransition <em>Phase Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase Transition</em>'.
	 * @see org.cairn.model.PhaseTransition
	 * @generated
	 */
	EClass getPhaseTransition();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PhaseTransition#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.cairn.model.PhaseTransition#getPhase()
	 * @see #getPhaseTransition()
	 * @generated
	 */
	EAttribute getPhaseTransition_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PhaseTransition#getStartedOn <em>Started On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started On</em>'.
	 * @see org.cairn.model.PhaseTransition#getStartedOn()
	 * @see #getPhaseTransition()
	 * @generated
	 */
	EAttribute getPhaseTransition_StartedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PhaseTransition#getEndedOn <em>Ended On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended On</em>'.
	 * @see org.cairn.model.PhaseTransition#getEndedOn()
	 * @see #getPhaseTransition()
	 * @generated
	 */
	EAttribute getPhaseTransition_EndedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PhaseTransition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.cairn.model.PhaseTransition#getReason()
	 * @see #getPhaseTransition()
	 * @generated
	 */
	EAttribute getPhaseTransition_Reason();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.CareTeamMember <em>Care Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Care Team Member</em>'.
	 * @see org.cairn.model.CareTeamMember
	 * @generated
	 */
	EClass getCareTeamMember();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CareTeamMember#getStaffId <em>Staff Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff Id</em>'.
	 * @see org.cairn.model.CareTeamMember#getStaffId()
	 * @see #getCareTeamMember()
	 * @generated
	 */
	EAttribute getCareTeamMember_StaffId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CareTeamMember#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.cairn.model.CareTeamMember#getRole()
	 * @see #getCareTeamMember()
	 * @generated
	 */
	EAttribute getCareTeamMember_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CareTeamMember#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.cairn.model.CareTeamMember#getFrom()
	 * @see #getCareTeamMember()
	 * @generated
	 */
	EAttribute getCareTeamMember_From();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CareTeamMember#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.cairn.model.CareTeamMember#getTo()
	 * @see #getCareTeamMember()
	 * @generated
	 */
	EAttribute getCareTeamMember_To();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.AftercarePlan <em>Aftercare Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aftercare Plan</em>'.
	 * @see org.cairn.model.AftercarePlan
	 * @generated
	 */
	EClass getAftercarePlan();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AftercarePlan#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.cairn.model.AftercarePlan#getSummary()
	 * @see #getAftercarePlan()
	 * @generated
	 */
	EAttribute getAftercarePlan_Summary();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.AftercarePlan#getReferrals <em>Referrals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Referrals</em>'.
	 * @see org.cairn.model.AftercarePlan#getReferrals()
	 * @see #getAftercarePlan()
	 * @generated
	 */
	EAttribute getAftercarePlan_Referrals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.AftercarePlan#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.cairn.model.AftercarePlan#getFollowUps()
	 * @see #getAftercarePlan()
	 * @generated
	 */
	EReference getAftercarePlan_FollowUps();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see org.cairn.model.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FollowUp#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.cairn.model.FollowUp#getDueOn()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_DueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FollowUp#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cairn.model.FollowUp#getKind()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FollowUp#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.cairn.model.FollowUp#isDone()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Done();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FollowUp#getDoneOn <em>Done On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done On</em>'.
	 * @see org.cairn.model.FollowUp#getDoneOn()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_DoneOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FollowUp#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.cairn.model.FollowUp#getOutcome()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Outcome();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.CarePlan <em>Care Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Care Plan</em>'.
	 * @see org.cairn.model.CarePlan
	 * @generated
	 */
	EClass getCarePlan();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CarePlan#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.cairn.model.CarePlan#getRevision()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CarePlan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.CarePlan#getStatus()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CarePlan#getEffectiveFrom <em>Effective From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective From</em>'.
	 * @see org.cairn.model.CarePlan#getEffectiveFrom()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_EffectiveFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CarePlan#getReviewDue <em>Review Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Due</em>'.
	 * @see org.cairn.model.CarePlan#getReviewDue()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_ReviewDue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.CarePlan#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.cairn.model.CarePlan#getProblems()
	 * @see #getCarePlan()
	 * @generated
	 */
	EReference getCarePlan_Problems();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.CarePlan#getStrengths <em>Strengths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Strengths</em>'.
	 * @see org.cairn.model.CarePlan#getStrengths()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_Strengths();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.CarePlan#getBarriers <em>Barriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Barriers</em>'.
	 * @see org.cairn.model.CarePlan#getBarriers()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_Barriers();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.CarePlan#getPreferences <em>Preferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Preferences</em>'.
	 * @see org.cairn.model.CarePlan#getPreferences()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_Preferences();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CarePlan#getDischargeCriteria <em>Discharge Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discharge Criteria</em>'.
	 * @see org.cairn.model.CarePlan#getDischargeCriteria()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_DischargeCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.CarePlan#getCrisisPlan <em>Crisis Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crisis Plan</em>'.
	 * @see org.cairn.model.CarePlan#getCrisisPlan()
	 * @see #getCarePlan()
	 * @generated
	 */
	EAttribute getCarePlan_CrisisPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.CarePlan#getDimensionRatings <em>Dimension Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimension Ratings</em>'.
	 * @see org.cairn.model.CarePlan#getDimensionRatings()
	 * @see #getCarePlan()
	 * @generated
	 */
	EReference getCarePlan_DimensionRatings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.CarePlan#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see org.cairn.model.CarePlan#getReviews()
	 * @see #getCarePlan()
	 * @generated
	 */
	EReference getCarePlan_Reviews();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.CarePlan#getSignatures <em>Signatures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signatures</em>'.
	 * @see org.cairn.model.CarePlan#getSignatures()
	 * @see #getCarePlan()
	 * @generated
	 */
	EReference getCarePlan_Signatures();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.CarePlan#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.CarePlan#getEnteredInError()
	 * @see #getCarePlan()
	 * @generated
	 */
	EReference getCarePlan_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.DimensionRating <em>Dimension Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension Rating</em>'.
	 * @see org.cairn.model.DimensionRating
	 * @generated
	 */
	EClass getDimensionRating();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.DimensionRating#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dimension</em>'.
	 * @see org.cairn.model.DimensionRating#getDimension()
	 * @see #getDimensionRating()
	 * @generated
	 */
	EReference getDimensionRating_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DimensionRating#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.cairn.model.DimensionRating#getRating()
	 * @see #getDimensionRating()
	 * @generated
	 */
	EAttribute getDimensionRating_Rating();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DimensionRating#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.cairn.model.DimensionRating#getNote()
	 * @see #getDimensionRating()
	 * @generated
	 */
	EAttribute getDimensionRating_Note();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see org.cairn.model.Problem
	 * @generated
	 */
	EClass getProblem();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Problem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cairn.model.Problem#getId()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Problem#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.cairn.model.Problem#getStatement()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Statement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.Problem#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.cairn.model.Problem#getDimensions()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Dimensions();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Problem#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.cairn.model.Problem#getEvidence()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Evidence();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.Problem#getEvidenceRecordIds <em>Evidence Record Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence Record Ids</em>'.
	 * @see org.cairn.model.Problem#getEvidenceRecordIds()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_EvidenceRecordIds();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Problem#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.cairn.model.Problem#getPriority()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Problem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.Problem#getStatus()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.Problem#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Goal</em>'.
	 * @see org.cairn.model.Problem#getGoal()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Goal();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.cairn.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Goal#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cairn.model.Goal#getId()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Goal#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.cairn.model.Goal#getStatement()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Statement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.Goal#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.cairn.model.Goal#getObjectives()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Objectives();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.cairn.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cairn.model.Objective#getId()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.cairn.model.Objective#getStatement()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.cairn.model.Objective#getMeasure()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.cairn.model.Objective#getBaseline()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.cairn.model.Objective#getTarget()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getStartOn <em>Start On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start On</em>'.
	 * @see org.cairn.model.Objective#getStartOn()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_StartOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getTargetOn <em>Target On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target On</em>'.
	 * @see org.cairn.model.Objective#getTargetOn()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_TargetOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.Objective#getStatus()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getProgressRating <em>Progress Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress Rating</em>'.
	 * @see org.cairn.model.Objective#getProgressRating()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_ProgressRating();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Objective#getLinkedFormId <em>Linked Form Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linked Form Id</em>'.
	 * @see org.cairn.model.Objective#getLinkedFormId()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_LinkedFormId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.Objective#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.cairn.model.Objective#getInterventions()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Interventions();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see org.cairn.model.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cairn.model.Intervention#getId()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cairn.model.Intervention#getDescription()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.cairn.model.Intervention#getModality()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.cairn.model.Intervention#getFrequency()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.cairn.model.Intervention#getDuration()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getResponsibleStaffId <em>Responsible Staff Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Staff Id</em>'.
	 * @see org.cairn.model.Intervention#getResponsibleStaffId()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_ResponsibleStaffId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.cairn.model.Intervention#getLocation()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Intervention#getEvidenceBasedPractice <em>Evidence Based Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Based Practice</em>'.
	 * @see org.cairn.model.Intervention#getEvidenceBasedPractice()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_EvidenceBasedPractice();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.PlanReview <em>Plan Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Review</em>'.
	 * @see org.cairn.model.PlanReview
	 * @generated
	 */
	EClass getPlanReview();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PlanReview#getReviewedOn <em>Reviewed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed On</em>'.
	 * @see org.cairn.model.PlanReview#getReviewedOn()
	 * @see #getPlanReview()
	 * @generated
	 */
	EAttribute getPlanReview_ReviewedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PlanReview#getReviewerId <em>Reviewer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Id</em>'.
	 * @see org.cairn.model.PlanReview#getReviewerId()
	 * @see #getPlanReview()
	 * @generated
	 */
	EAttribute getPlanReview_ReviewerId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PlanReview#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.cairn.model.PlanReview#getReason()
	 * @see #getPlanReview()
	 * @generated
	 */
	EAttribute getPlanReview_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.PlanReview#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.cairn.model.PlanReview#getSummary()
	 * @see #getPlanReview()
	 * @generated
	 */
	EAttribute getPlanReview_Summary();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.SessionNote <em>Session Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session Note</em>'.
	 * @see org.cairn.model.SessionNote
	 * @generated
	 */
	EClass getSessionNote();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getServiceType <em>Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Type</em>'.
	 * @see org.cairn.model.SessionNote#getServiceType()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.cairn.model.SessionNote#getModality()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.cairn.model.SessionNote#getLocation()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.cairn.model.SessionNote#getStartedAt()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getEndedAt <em>Ended At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended At</em>'.
	 * @see org.cairn.model.SessionNote#getEndedAt()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_EndedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.cairn.model.SessionNote#getFormat()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_Format();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.SessionNote#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.cairn.model.SessionNote#getSections()
	 * @see #getSessionNote()
	 * @generated
	 */
	EReference getSessionNote_Sections();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.SessionNote#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attendees</em>'.
	 * @see org.cairn.model.SessionNote#getAttendees()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_Attendees();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.SessionNote#getObjectivesAddressed <em>Objectives Addressed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Objectives Addressed</em>'.
	 * @see org.cairn.model.SessionNote#getObjectivesAddressed()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_ObjectivesAddressed();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.SessionNote#getRiskScreen <em>Risk Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Risk Screen</em>'.
	 * @see org.cairn.model.SessionNote#getRiskScreen()
	 * @see #getSessionNote()
	 * @generated
	 */
	EReference getSessionNote_RiskScreen();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.SessionNote#getStatus()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.cairn.model.SessionNote#getAuthorId()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#isLateEntry <em>Late Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Late Entry</em>'.
	 * @see org.cairn.model.SessionNote#isLateEntry()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_LateEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#getGroupSessionId <em>Group Session Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Session Id</em>'.
	 * @see org.cairn.model.SessionNote#getGroupSessionId()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_GroupSessionId();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.SessionNote#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature</em>'.
	 * @see org.cairn.model.SessionNote#getSignature()
	 * @see #getSessionNote()
	 * @generated
	 */
	EReference getSessionNote_Signature();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.SessionNote#getCoSignature <em>Co Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Co Signature</em>'.
	 * @see org.cairn.model.SessionNote#getCoSignature()
	 * @see #getSessionNote()
	 * @generated
	 */
	EReference getSessionNote_CoSignature();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#isCoSignatureRequired <em>Co Signature Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Co Signature Required</em>'.
	 * @see org.cairn.model.SessionNote#isCoSignatureRequired()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_CoSignatureRequired();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.SessionNote#getAddenda <em>Addenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addenda</em>'.
	 * @see org.cairn.model.SessionNote#getAddenda()
	 * @see #getSessionNote()
	 * @generated
	 */
	EReference getSessionNote_Addenda();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.SessionNote#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.SessionNote#getEnteredInError()
	 * @see #getSessionNote()
	 * @generated
	 */
	EReference getSessionNote_EnteredInError();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SessionNote#isPart2Protected <em>Part2 Protected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part2 Protected</em>'.
	 * @see org.cairn.model.SessionNote#isPart2Protected()
	 * @see #getSessionNote()
	 * @generated
	 */
	EAttribute getSessionNote_Part2Protected();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.NoteSection <em>Note Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note Section</em>'.
	 * @see org.cairn.model.NoteSection
	 * @generated
	 */
	EClass getNoteSection();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NoteSection#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.cairn.model.NoteSection#getKey()
	 * @see #getNoteSection()
	 * @generated
	 */
	EAttribute getNoteSection_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NoteSection#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see org.cairn.model.NoteSection#getHeading()
	 * @see #getNoteSection()
	 * @generated
	 */
	EAttribute getNoteSection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NoteSection#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.cairn.model.NoteSection#getText()
	 * @see #getNoteSection()
	 * @generated
	 */
	EAttribute getNoteSection_Text();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.RiskScreen <em>Risk Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Screen</em>'.
	 * @see org.cairn.model.RiskScreen
	 * @generated
	 */
	EClass getRiskScreen();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.RiskScreen#getSuicidalIdeation <em>Suicidal Ideation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suicidal Ideation</em>'.
	 * @see org.cairn.model.RiskScreen#getSuicidalIdeation()
	 * @see #getRiskScreen()
	 * @generated
	 */
	EAttribute getRiskScreen_SuicidalIdeation();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.RiskScreen#getHomicidalIdeation <em>Homicidal Ideation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Homicidal Ideation</em>'.
	 * @see org.cairn.model.RiskScreen#getHomicidalIdeation()
	 * @see #getRiskScreen()
	 * @generated
	 */
	EAttribute getRiskScreen_HomicidalIdeation();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.RiskScreen#getOverdoseRisk <em>Overdose Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overdose Risk</em>'.
	 * @see org.cairn.model.RiskScreen#getOverdoseRisk()
	 * @see #getRiskScreen()
	 * @generated
	 */
	EAttribute getRiskScreen_OverdoseRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.RiskScreen#isSafetyPlanReviewed <em>Safety Plan Reviewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safety Plan Reviewed</em>'.
	 * @see org.cairn.model.RiskScreen#isSafetyPlanReviewed()
	 * @see #getRiskScreen()
	 * @generated
	 */
	EAttribute getRiskScreen_SafetyPlanReviewed();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.RiskScreen#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.cairn.model.RiskScreen#getNotes()
	 * @see #getRiskScreen()
	 * @generated
	 */
	EAttribute getRiskScreen_Notes();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Addendum <em>Addendum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Addendum</em>'.
	 * @see org.cairn.model.Addendum
	 * @generated
	 */
	EClass getAddendum();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Addendum#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.cairn.model.Addendum#getText()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Addendum#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.cairn.model.Addendum#getAuthorId()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Addendum#getWrittenAt <em>Written At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Written At</em>'.
	 * @see org.cairn.model.Addendum#getWrittenAt()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_WrittenAt();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.Addendum#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature</em>'.
	 * @see org.cairn.model.Addendum#getSignature()
	 * @see #getAddendum()
	 * @generated
	 */
	EReference getAddendum_Signature();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.GroupSession <em>Group Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Session</em>'.
	 * @see org.cairn.model.GroupSession
	 * @generated
	 */
	EClass getGroupSession();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupSession#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.cairn.model.GroupSession#getTopic()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupSession#getServiceType <em>Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Type</em>'.
	 * @see org.cairn.model.GroupSession#getServiceType()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_ServiceType();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.GroupSession#getFacilitatorIds <em>Facilitator Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Facilitator Ids</em>'.
	 * @see org.cairn.model.GroupSession#getFacilitatorIds()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_FacilitatorIds();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupSession#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.cairn.model.GroupSession#getModality()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupSession#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.cairn.model.GroupSession#getLocation()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupSession#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.cairn.model.GroupSession#getStartedAt()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupSession#getEndedAt <em>Ended At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended At</em>'.
	 * @see org.cairn.model.GroupSession#getEndedAt()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_EndedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupSession#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.cairn.model.GroupSession#getContent()
	 * @see #getGroupSession()
	 * @generated
	 */
	EAttribute getGroupSession_Content();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.GroupSession#getRoster <em>Roster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roster</em>'.
	 * @see org.cairn.model.GroupSession#getRoster()
	 * @see #getGroupSession()
	 * @generated
	 */
	EReference getGroupSession_Roster();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.GroupAttendee <em>Group Attendee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Attendee</em>'.
	 * @see org.cairn.model.GroupAttendee
	 * @generated
	 */
	EClass getGroupAttendee();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupAttendee#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.cairn.model.GroupAttendee#getPatientId()
	 * @see #getGroupAttendee()
	 * @generated
	 */
	EAttribute getGroupAttendee_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupAttendee#getAttendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendance</em>'.
	 * @see org.cairn.model.GroupAttendee#getAttendance()
	 * @see #getGroupAttendee()
	 * @generated
	 */
	EAttribute getGroupAttendee_Attendance();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupAttendee#getParticipation <em>Participation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participation</em>'.
	 * @see org.cairn.model.GroupAttendee#getParticipation()
	 * @see #getGroupAttendee()
	 * @generated
	 */
	EAttribute getGroupAttendee_Participation();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.GroupAttendee#getNoteId <em>Note Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note Id</em>'.
	 * @see org.cairn.model.GroupAttendee#getNoteId()
	 * @see #getGroupAttendee()
	 * @generated
	 */
	EAttribute getGroupAttendee_NoteId();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.AssessmentResponse <em>Assessment Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Response</em>'.
	 * @see org.cairn.model.AssessmentResponse
	 * @generated
	 */
	EClass getAssessmentResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getFormId <em>Form Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form Id</em>'.
	 * @see org.cairn.model.AssessmentResponse#getFormId()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_FormId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getFormVersion <em>Form Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form Version</em>'.
	 * @see org.cairn.model.AssessmentResponse#getFormVersion()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_FormVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getAdministeredAt <em>Administered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Administered At</em>'.
	 * @see org.cairn.model.AssessmentResponse#getAdministeredAt()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_AdministeredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getAdministeredBy <em>Administered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Administered By</em>'.
	 * @see org.cairn.model.AssessmentResponse#getAdministeredBy()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_AdministeredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.AssessmentResponse#getStatus()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.AssessmentResponse#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.cairn.model.AssessmentResponse#getAnswers()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EReference getAssessmentResponse_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.AssessmentResponse#getItemScores <em>Item Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Item Scores</em>'.
	 * @see org.cairn.model.AssessmentResponse#getItemScores()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EReference getAssessmentResponse_ItemScores();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.cairn.model.AssessmentResponse#getTotal()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_Total();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.AssessmentResponse#getSubscales <em>Subscales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subscales</em>'.
	 * @see org.cairn.model.AssessmentResponse#getSubscales()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EReference getAssessmentResponse_Subscales();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Band</em>'.
	 * @see org.cairn.model.AssessmentResponse#getBand()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_Band();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.AssessmentResponse#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see org.cairn.model.AssessmentResponse#getFlags()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_Flags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.AssessmentResponse#getAcknowledgements <em>Acknowledgements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Acknowledgements</em>'.
	 * @see org.cairn.model.AssessmentResponse#getAcknowledgements()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EReference getAssessmentResponse_Acknowledgements();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AssessmentResponse#getHoursSinceLastUse <em>Hours Since Last Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Since Last Use</em>'.
	 * @see org.cairn.model.AssessmentResponse#getHoursSinceLastUse()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EAttribute getAssessmentResponse_HoursSinceLastUse();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.AssessmentResponse#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.AssessmentResponse#getEnteredInError()
	 * @see #getAssessmentResponse()
	 * @generated
	 */
	EReference getAssessmentResponse_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see org.cairn.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Answer#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.cairn.model.Answer#getItemId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Answer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cairn.model.Answer#getValue()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Value();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.ItemScore <em>Item Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Score</em>'.
	 * @see org.cairn.model.ItemScore
	 * @generated
	 */
	EClass getItemScore();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ItemScore#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.cairn.model.ItemScore#getItemId()
	 * @see #getItemScore()
	 * @generated
	 */
	EAttribute getItemScore_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.ItemScore#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.cairn.model.ItemScore#getScore()
	 * @see #getItemScore()
	 * @generated
	 */
	EAttribute getItemScore_Score();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.SubscaleScore <em>Subscale Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subscale Score</em>'.
	 * @see org.cairn.model.SubscaleScore
	 * @generated
	 */
	EClass getSubscaleScore();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SubscaleScore#getSubscaleId <em>Subscale Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subscale Id</em>'.
	 * @see org.cairn.model.SubscaleScore#getSubscaleId()
	 * @see #getSubscaleScore()
	 * @generated
	 */
	EAttribute getSubscaleScore_SubscaleId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SubscaleScore#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.cairn.model.SubscaleScore#getScore()
	 * @see #getSubscaleScore()
	 * @generated
	 */
	EAttribute getSubscaleScore_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.SubscaleScore#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Band</em>'.
	 * @see org.cairn.model.SubscaleScore#getBand()
	 * @see #getSubscaleScore()
	 * @generated
	 */
	EAttribute getSubscaleScore_Band();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.FlagAcknowledgement <em>Flag Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flag Acknowledgement</em>'.
	 * @see org.cairn.model.FlagAcknowledgement
	 * @generated
	 */
	EClass getFlagAcknowledgement();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FlagAcknowledgement#getFlag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flag</em>'.
	 * @see org.cairn.model.FlagAcknowledgement#getFlag()
	 * @see #getFlagAcknowledgement()
	 * @generated
	 */
	EAttribute getFlagAcknowledgement_Flag();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FlagAcknowledgement#getAcknowledgedBy <em>Acknowledged By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged By</em>'.
	 * @see org.cairn.model.FlagAcknowledgement#getAcknowledgedBy()
	 * @see #getFlagAcknowledgement()
	 * @generated
	 */
	EAttribute getFlagAcknowledgement_AcknowledgedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FlagAcknowledgement#getAcknowledgedAt <em>Acknowledged At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged At</em>'.
	 * @see org.cairn.model.FlagAcknowledgement#getAcknowledgedAt()
	 * @see #getFlagAcknowledgement()
	 * @generated
	 */
	EAttribute getFlagAcknowledgement_AcknowledgedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.FlagAcknowledgement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.cairn.model.FlagAcknowledgement#getNote()
	 * @see #getFlagAcknowledgement()
	 * @generated
	 */
	EAttribute getFlagAcknowledgement_Note();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.MedicationOrder <em>Medication Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Medication Order</em>'.
	 * @see org.cairn.model.MedicationOrder
	 * @generated
	 */
	EClass getMedicationOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cairn.model.MedicationOrder#getKind()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.MedicationOrder#getMedication <em>Medication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Medication</em>'.
	 * @see org.cairn.model.MedicationOrder#getMedication()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EReference getMedicationOrder_Medication();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getMedicationName <em>Medication Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medication Name</em>'.
	 * @see org.cairn.model.MedicationOrder#getMedicationName()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_MedicationName();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getDoseMg <em>Dose Mg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Mg</em>'.
	 * @see org.cairn.model.MedicationOrder#getDoseMg()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_DoseMg();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#isSplitDose <em>Split Dose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Split Dose</em>'.
	 * @see org.cairn.model.MedicationOrder#isSplitDose()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_SplitDose();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getAmDoseMg <em>Am Dose Mg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Am Dose Mg</em>'.
	 * @see org.cairn.model.MedicationOrder#getAmDoseMg()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_AmDoseMg();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getPmDoseMg <em>Pm Dose Mg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pm Dose Mg</em>'.
	 * @see org.cairn.model.MedicationOrder#getPmDoseMg()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_PmDoseMg();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getRoute <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Route</em>'.
	 * @see org.cairn.model.MedicationOrder#getRoute()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_Route();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.cairn.model.MedicationOrder#getFrequency()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getStartOn <em>Start On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start On</em>'.
	 * @see org.cairn.model.MedicationOrder#getStartOn()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_StartOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getEndOn <em>End On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End On</em>'.
	 * @see org.cairn.model.MedicationOrder#getEndOn()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_EndOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getPrescriberId <em>Prescriber Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prescriber Id</em>'.
	 * @see org.cairn.model.MedicationOrder#getPrescriberId()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_PrescriberId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.MedicationOrder#getStatus()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.cairn.model.MedicationOrder#getReason()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getMaxTakeHomeDays <em>Max Take Home Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Take Home Days</em>'.
	 * @see org.cairn.model.MedicationOrder#getMaxTakeHomeDays()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_MaxTakeHomeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getPdmpCheckedOn <em>Pdmp Checked On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pdmp Checked On</em>'.
	 * @see org.cairn.model.MedicationOrder#getPdmpCheckedOn()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_PdmpCheckedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getDaysSupply <em>Days Supply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Supply</em>'.
	 * @see org.cairn.model.MedicationOrder#getDaysSupply()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_DaysSupply();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.cairn.model.MedicationOrder#getQuantity()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.MedicationOrder#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see org.cairn.model.MedicationOrder#getInstructions()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EAttribute getMedicationOrder_Instructions();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.MedicationOrder#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.MedicationOrder#getEnteredInError()
	 * @see #getMedicationOrder()
	 * @generated
	 */
	EReference getMedicationOrder_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.DoseAdministration <em>Dose Administration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dose Administration</em>'.
	 * @see org.cairn.model.DoseAdministration
	 * @generated
	 */
	EClass getDoseAdministration();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getOrderId <em>Order Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Id</em>'.
	 * @see org.cairn.model.DoseAdministration#getOrderId()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_OrderId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getScheduledFor <em>Scheduled For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled For</em>'.
	 * @see org.cairn.model.DoseAdministration#getScheduledFor()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_ScheduledFor();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.cairn.model.DoseAdministration#getOutcome()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getDoseMg <em>Dose Mg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Mg</em>'.
	 * @see org.cairn.model.DoseAdministration#getDoseMg()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_DoseMg();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getAdministeredAt <em>Administered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Administered At</em>'.
	 * @see org.cairn.model.DoseAdministration#getAdministeredAt()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_AdministeredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getAdministeredBy <em>Administered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Administered By</em>'.
	 * @see org.cairn.model.DoseAdministration#getAdministeredBy()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_AdministeredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getTakeHomeDoses <em>Take Home Doses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Take Home Doses</em>'.
	 * @see org.cairn.model.DoseAdministration#getTakeHomeDoses()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_TakeHomeDoses();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#isLockBoxVerified <em>Lock Box Verified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lock Box Verified</em>'.
	 * @see org.cairn.model.DoseAdministration#isLockBoxVerified()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_LockBoxVerified();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getLot <em>Lot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lot</em>'.
	 * @see org.cairn.model.DoseAdministration#getLot()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_Lot();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#isIdentityChecked <em>Identity Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity Checked</em>'.
	 * @see org.cairn.model.DoseAdministration#isIdentityChecked()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_IdentityChecked();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getMissedReason <em>Missed Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missed Reason</em>'.
	 * @see org.cairn.model.DoseAdministration#getMissedReason()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_MissedReason();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getInjectionSite <em>Injection Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Injection Site</em>'.
	 * @see org.cairn.model.DoseAdministration#getInjectionSite()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_InjectionSite();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getNextDueOn <em>Next Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Due On</em>'.
	 * @see org.cairn.model.DoseAdministration#getNextDueOn()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_NextDueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.DoseAdministration#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.cairn.model.DoseAdministration#getNotes()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EAttribute getDoseAdministration_Notes();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.DoseAdministration#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.DoseAdministration#getEnteredInError()
	 * @see #getDoseAdministration()
	 * @generated
	 */
	EReference getDoseAdministration_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.TaperSchedule <em>Taper Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Taper Schedule</em>'.
	 * @see org.cairn.model.TaperSchedule
	 * @generated
	 */
	EClass getTaperSchedule();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.TaperSchedule#getOrderId <em>Order Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Id</em>'.
	 * @see org.cairn.model.TaperSchedule#getOrderId()
	 * @see #getTaperSchedule()
	 * @generated
	 */
	EAttribute getTaperSchedule_OrderId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.TaperSchedule#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.TaperSchedule#getStatus()
	 * @see #getTaperSchedule()
	 * @generated
	 */
	EAttribute getTaperSchedule_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.TaperSchedule#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.cairn.model.TaperSchedule#getReason()
	 * @see #getTaperSchedule()
	 * @generated
	 */
	EAttribute getTaperSchedule_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.TaperSchedule#isPatientAgreed <em>Patient Agreed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Agreed</em>'.
	 * @see org.cairn.model.TaperSchedule#isPatientAgreed()
	 * @see #getTaperSchedule()
	 * @generated
	 */
	EAttribute getTaperSchedule_PatientAgreed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.TaperSchedule#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.cairn.model.TaperSchedule#getSteps()
	 * @see #getTaperSchedule()
	 * @generated
	 */
	EReference getTaperSchedule_Steps();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.TaperSchedule#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.TaperSchedule#getEnteredInError()
	 * @see #getTaperSchedule()
	 * @generated
	 */
	EReference getTaperSchedule_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.TaperStep <em>Taper Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Taper Step</em>'.
	 * @see org.cairn.model.TaperStep
	 * @generated
	 */
	EClass getTaperStep();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.TaperStep#getFromDate <em>From Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Date</em>'.
	 * @see org.cairn.model.TaperStep#getFromDate()
	 * @see #getTaperStep()
	 * @generated
	 */
	EAttribute getTaperStep_FromDate();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.TaperStep#getDoseMg <em>Dose Mg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Mg</em>'.
	 * @see org.cairn.model.TaperStep#getDoseMg()
	 * @see #getTaperStep()
	 * @generated
	 */
	EAttribute getTaperStep_DoseMg();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.UrineDrugScreen <em>Urine Drug Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Urine Drug Screen</em>'.
	 * @see org.cairn.model.UrineDrugScreen
	 * @generated
	 */
	EClass getUrineDrugScreen();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#getCollectedAt <em>Collected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected At</em>'.
	 * @see org.cairn.model.UrineDrugScreen#getCollectedAt()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_CollectedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#getCollectedBy <em>Collected By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected By</em>'.
	 * @see org.cairn.model.UrineDrugScreen#getCollectedBy()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_CollectedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#isObserved <em>Observed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed</em>'.
	 * @see org.cairn.model.UrineDrugScreen#isObserved()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_Observed();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#isTemperatureInRange <em>Temperature In Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Temperature In Range</em>'.
	 * @see org.cairn.model.UrineDrugScreen#isTemperatureInRange()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_TemperatureInRange();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.cairn.model.UrineDrugScreen#getMethod()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#getValidity <em>Validity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validity</em>'.
	 * @see org.cairn.model.UrineDrugScreen#getValidity()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_Validity();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#isRandom <em>Random</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random</em>'.
	 * @see org.cairn.model.UrineDrugScreen#isRandom()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_Random();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cairn.model.UrineDrugScreen#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.cairn.model.UrineDrugScreen#getResults()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EReference getUrineDrugScreen_Results();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.UrineDrugScreen#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.cairn.model.UrineDrugScreen#getNotes()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EAttribute getUrineDrugScreen_Notes();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.UrineDrugScreen#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.UrineDrugScreen#getEnteredInError()
	 * @see #getUrineDrugScreen()
	 * @generated
	 */
	EReference getUrineDrugScreen_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.AnalyteResult <em>Analyte Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analyte Result</em>'.
	 * @see org.cairn.model.AnalyteResult
	 * @generated
	 */
	EClass getAnalyteResult();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.AnalyteResult#getAnalyte <em>Analyte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Analyte</em>'.
	 * @see org.cairn.model.AnalyteResult#getAnalyte()
	 * @see #getAnalyteResult()
	 * @generated
	 */
	EReference getAnalyteResult_Analyte();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AnalyteResult#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.cairn.model.AnalyteResult#getResult()
	 * @see #getAnalyteResult()
	 * @generated
	 */
	EAttribute getAnalyteResult_Result();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AnalyteResult#getCutoffNgPerMl <em>Cutoff Ng Per Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cutoff Ng Per Ml</em>'.
	 * @see org.cairn.model.AnalyteResult#getCutoffNgPerMl()
	 * @see #getAnalyteResult()
	 * @generated
	 */
	EAttribute getAnalyteResult_CutoffNgPerMl();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AnalyteResult#isExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.cairn.model.AnalyteResult#isExpected()
	 * @see #getAnalyteResult()
	 * @generated
	 */
	EAttribute getAnalyteResult_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.AnalyteResult#getConfirmation <em>Confirmation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmation</em>'.
	 * @see org.cairn.model.AnalyteResult#getConfirmation()
	 * @see #getAnalyteResult()
	 * @generated
	 */
	EAttribute getAnalyteResult_Confirmation();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.NaloxoneDispense <em>Naloxone Dispense</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Naloxone Dispense</em>'.
	 * @see org.cairn.model.NaloxoneDispense
	 * @generated
	 */
	EClass getNaloxoneDispense();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getDispensedAt <em>Dispensed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dispensed At</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getDispensedAt()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_DispensedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getDispensedBy <em>Dispensed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dispensed By</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getDispensedBy()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_DispensedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getRecipient()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getRecipientName <em>Recipient Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient Name</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getRecipientName()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_RecipientName();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.NaloxoneDispense#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Product</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getProduct()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EReference getNaloxoneDispense_Product();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getQuantity()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getLot <em>Lot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lot</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getLot()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_Lot();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getExpiresOn()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#isTrainingGiven <em>Training Given</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Given</em>'.
	 * @see org.cairn.model.NaloxoneDispense#isTrainingGiven()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_TrainingGiven();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#isOverdosePlanReviewed <em>Overdose Plan Reviewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overdose Plan Reviewed</em>'.
	 * @see org.cairn.model.NaloxoneDispense#isOverdosePlanReviewed()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_OverdosePlanReviewed();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.NaloxoneDispense#getReplacementReason <em>Replacement Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replacement Reason</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getReplacementReason()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EAttribute getNaloxoneDispense_ReplacementReason();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.NaloxoneDispense#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.NaloxoneDispense#getEnteredInError()
	 * @see #getNaloxoneDispense()
	 * @generated
	 */
	EReference getNaloxoneDispense_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.VitalSigns <em>Vital Signs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vital Signs</em>'.
	 * @see org.cairn.model.VitalSigns
	 * @generated
	 */
	EClass getVitalSigns();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getTakenAt <em>Taken At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken At</em>'.
	 * @see org.cairn.model.VitalSigns#getTakenAt()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_TakenAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getTakenBy <em>Taken By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken By</em>'.
	 * @see org.cairn.model.VitalSigns#getTakenBy()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_TakenBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getPulseBpm <em>Pulse Bpm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pulse Bpm</em>'.
	 * @see org.cairn.model.VitalSigns#getPulseBpm()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_PulseBpm();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getSystolicMmHg <em>Systolic Mm Hg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Systolic Mm Hg</em>'.
	 * @see org.cairn.model.VitalSigns#getSystolicMmHg()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_SystolicMmHg();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getDiastolicMmHg <em>Diastolic Mm Hg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diastolic Mm Hg</em>'.
	 * @see org.cairn.model.VitalSigns#getDiastolicMmHg()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_DiastolicMmHg();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getRespiratoryRate <em>Respiratory Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respiratory Rate</em>'.
	 * @see org.cairn.model.VitalSigns#getRespiratoryRate()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_RespiratoryRate();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getTemperatureCelsius <em>Temperature Celsius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Temperature Celsius</em>'.
	 * @see org.cairn.model.VitalSigns#getTemperatureCelsius()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_TemperatureCelsius();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getOxygenSaturation <em>Oxygen Saturation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Oxygen Saturation</em>'.
	 * @see org.cairn.model.VitalSigns#getOxygenSaturation()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_OxygenSaturation();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.VitalSigns#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.cairn.model.VitalSigns#getComment()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EAttribute getVitalSigns_Comment();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.VitalSigns#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.VitalSigns#getEnteredInError()
	 * @see #getVitalSigns()
	 * @generated
	 */
	EReference getVitalSigns_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Consent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consent</em>'.
	 * @see org.cairn.model.Consent
	 * @generated
	 */
	EClass getConsent();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getDiscloser <em>Discloser</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discloser</em>'.
	 * @see org.cairn.model.Consent#getDiscloser()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Discloser();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getInformation <em>Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information</em>'.
	 * @see org.cairn.model.Consent#getInformation()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Information();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.Consent#getRecipients <em>Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Recipients</em>'.
	 * @see org.cairn.model.Consent#getRecipients()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Recipients();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.cairn.model.Consent#getPurpose()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#isTreatmentPaymentOperations <em>Treatment Payment Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Treatment Payment Operations</em>'.
	 * @see org.cairn.model.Consent#isTreatmentPaymentOperations()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_TreatmentPaymentOperations();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#isRevocationExplained <em>Revocation Explained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revocation Explained</em>'.
	 * @see org.cairn.model.Consent#isRevocationExplained()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_RevocationExplained();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.cairn.model.Consent#getExpiresOn()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getExpiryEvent <em>Expiry Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiry Event</em>'.
	 * @see org.cairn.model.Consent#getExpiryEvent()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_ExpiryEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#isRedisclosureStatement <em>Redisclosure Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Redisclosure Statement</em>'.
	 * @see org.cairn.model.Consent#isRedisclosureStatement()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_RedisclosureStatement();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#isRefusalConsequencesStated <em>Refusal Consequences Stated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refusal Consequences Stated</em>'.
	 * @see org.cairn.model.Consent#isRefusalConsequencesStated()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_RefusalConsequencesStated();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getSignedBy <em>Signed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By</em>'.
	 * @see org.cairn.model.Consent#getSignedBy()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_SignedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getSignerRelationship <em>Signer Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Relationship</em>'.
	 * @see org.cairn.model.Consent#getSignerRelationship()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_SignerRelationship();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see org.cairn.model.Consent#getSignedOn()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_SignedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cairn.model.Consent#getStatus()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#getRevokedOn <em>Revoked On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revoked On</em>'.
	 * @see org.cairn.model.Consent#getRevokedOn()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_RevokedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#isActedInRelianceBeforeRevocation <em>Acted In Reliance Before Revocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acted In Reliance Before Revocation</em>'.
	 * @see org.cairn.model.Consent#isActedInRelianceBeforeRevocation()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_ActedInRelianceBeforeRevocation();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Consent#isCounsellingNotesIncluded <em>Counselling Notes Included</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counselling Notes Included</em>'.
	 * @see org.cairn.model.Consent#isCounsellingNotesIncluded()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_CounsellingNotesIncluded();

	/**
	 * Returns the meta object for the containment reference '{@link org.cairn.model.Consent#getEnteredInError <em>Entered In Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entered In Error</em>'.
	 * @see org.cairn.model.Consent#getEnteredInError()
	 * @see #getConsent()
	 * @generated
	 */
	EReference getConsent_EnteredInError();

	/**
	 * Returns the meta object for class '{@link org.cairn.model.Disclosure <em>Disclosure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disclosure</em>'.
	 * @see org.cairn.model.Disclosure
	 * @generated
	 */
	EClass getDisclosure();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#getConsentId <em>Consent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Id</em>'.
	 * @see org.cairn.model.Disclosure#getConsentId()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_ConsentId();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#getDisclosedAt <em>Disclosed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disclosed At</em>'.
	 * @see org.cairn.model.Disclosure#getDisclosedAt()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_DisclosedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#getDisclosedBy <em>Disclosed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disclosed By</em>'.
	 * @see org.cairn.model.Disclosure#getDisclosedBy()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_DisclosedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient</em>'.
	 * @see org.cairn.model.Disclosure#getRecipient()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#getInformation <em>Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information</em>'.
	 * @see org.cairn.model.Disclosure#getInformation()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_Information();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.cairn.model.Disclosure#getPurpose()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.cairn.model.Disclosure#getMethod()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.cairn.model.Disclosure#isNoticeAttached <em>Notice Attached</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notice Attached</em>'.
	 * @see org.cairn.model.Disclosure#isNoticeAttached()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_NoticeAttached();

	/**
	 * Returns the meta object for the attribute list '{@link org.cairn.model.Disclosure#getRecordIds <em>Record Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Record Ids</em>'.
	 * @see org.cairn.model.Disclosure#getRecordIds()
	 * @see #getDisclosure()
	 * @generated
	 */
	EAttribute getDisclosure_RecordIds();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.cairn.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.PatientStatus <em>Patient Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Patient Status</em>'.
	 * @see org.cairn.model.PatientStatus
	 * @generated
	 */
	EEnum getPatientStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.AlertKind <em>Alert Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Alert Kind</em>'.
	 * @see org.cairn.model.AlertKind
	 * @generated
	 */
	EEnum getAlertKind();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Programme</em>'.
	 * @see org.cairn.model.Programme
	 * @generated
	 */
	EEnum getProgramme();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase</em>'.
	 * @see org.cairn.model.Phase
	 * @generated
	 */
	EEnum getPhase();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.EpisodeStatus <em>Episode Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Episode Status</em>'.
	 * @see org.cairn.model.EpisodeStatus
	 * @generated
	 */
	EEnum getEpisodeStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.DischargeReason <em>Discharge Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Discharge Reason</em>'.
	 * @see org.cairn.model.DischargeReason
	 * @generated
	 */
	EEnum getDischargeReason();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.CareTeamRole <em>Care Team Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Care Team Role</em>'.
	 * @see org.cairn.model.CareTeamRole
	 * @generated
	 */
	EEnum getCareTeamRole();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.CarePlanStatus <em>Care Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Care Plan Status</em>'.
	 * @see org.cairn.model.CarePlanStatus
	 * @generated
	 */
	EEnum getCarePlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.ProblemStatus <em>Problem Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Status</em>'.
	 * @see org.cairn.model.ProblemStatus
	 * @generated
	 */
	EEnum getProblemStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.ObjectiveStatus <em>Objective Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Status</em>'.
	 * @see org.cairn.model.ObjectiveStatus
	 * @generated
	 */
	EEnum getObjectiveStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.SignerRole <em>Signer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signer Role</em>'.
	 * @see org.cairn.model.SignerRole
	 * @generated
	 */
	EEnum getSignerRole();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.ServiceType <em>Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Type</em>'.
	 * @see org.cairn.model.ServiceType
	 * @generated
	 */
	EEnum getServiceType();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.Modality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modality</em>'.
	 * @see org.cairn.model.Modality
	 * @generated
	 */
	EEnum getModality();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.NoteFormat <em>Note Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Note Format</em>'.
	 * @see org.cairn.model.NoteFormat
	 * @generated
	 */
	EEnum getNoteFormat();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.NoteStatus <em>Note Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Note Status</em>'.
	 * @see org.cairn.model.NoteStatus
	 * @generated
	 */
	EEnum getNoteStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.RiskLevel <em>Risk Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Level</em>'.
	 * @see org.cairn.model.RiskLevel
	 * @generated
	 */
	EEnum getRiskLevel();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.Attendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attendance</em>'.
	 * @see org.cairn.model.Attendance
	 * @generated
	 */
	EEnum getAttendance();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.ResponseStatus <em>Response Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Response Status</em>'.
	 * @see org.cairn.model.ResponseStatus
	 * @generated
	 */
	EEnum getResponseStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.MedicationKind <em>Medication Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Medication Kind</em>'.
	 * @see org.cairn.model.MedicationKind
	 * @generated
	 */
	EEnum getMedicationKind();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.OrderStatus <em>Order Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Order Status</em>'.
	 * @see org.cairn.model.OrderStatus
	 * @generated
	 */
	EEnum getOrderStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.Route <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Route</em>'.
	 * @see org.cairn.model.Route
	 * @generated
	 */
	EEnum getRoute();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.DoseOutcome <em>Dose Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dose Outcome</em>'.
	 * @see org.cairn.model.DoseOutcome
	 * @generated
	 */
	EEnum getDoseOutcome();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.MissedDoseReason <em>Missed Dose Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Missed Dose Reason</em>'.
	 * @see org.cairn.model.MissedDoseReason
	 * @generated
	 */
	EEnum getMissedDoseReason();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.TaperStatus <em>Taper Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Taper Status</em>'.
	 * @see org.cairn.model.TaperStatus
	 * @generated
	 */
	EEnum getTaperStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.ScreenMethod <em>Screen Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screen Method</em>'.
	 * @see org.cairn.model.ScreenMethod
	 * @generated
	 */
	EEnum getScreenMethod();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.SpecimenValidity <em>Specimen Validity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Specimen Validity</em>'.
	 * @see org.cairn.model.SpecimenValidity
	 * @generated
	 */
	EEnum getSpecimenValidity();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.ScreenResult <em>Screen Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screen Result</em>'.
	 * @see org.cairn.model.ScreenResult
	 * @generated
	 */
	EEnum getScreenResult();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.NaloxoneRecipient <em>Naloxone Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Naloxone Recipient</em>'.
	 * @see org.cairn.model.NaloxoneRecipient
	 * @generated
	 */
	EEnum getNaloxoneRecipient();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.KitReplacementReason <em>Kit Replacement Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kit Replacement Reason</em>'.
	 * @see org.cairn.model.KitReplacementReason
	 * @generated
	 */
	EEnum getKitReplacementReason();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.ConsentStatus <em>Consent Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consent Status</em>'.
	 * @see org.cairn.model.ConsentStatus
	 * @generated
	 */
	EEnum getConsentStatus();

	/**
	 * Returns the meta object for enum '{@link org.cairn.model.DisclosureMethod <em>Disclosure Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disclosure Method</em>'.
	 * @see org.cairn.model.DisclosureMethod
	 * @generated
	 */
	EEnum getDisclosureMethod();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Calendar date without time zone (ISO 8601, e.g. 2026-11-23).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (ISO 8601 UTC, e.g. 2026-11-23T14:05:00Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CairnFactory getCairnFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.ClinicalRecordImpl <em>Clinical Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.ClinicalRecordImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getClinicalRecord()
		 * @generated
		 */
		EClass CLINICAL_RECORD = eINSTANCE.getClinicalRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICAL_RECORD__ID = eINSTANCE.getClinicalRecord_Id();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.PatientRecordImpl <em>Patient Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.PatientRecordImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getPatientRecord()
		 * @generated
		 */
		EClass PATIENT_RECORD = eINSTANCE.getPatientRecord();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RECORD__PATIENT_ID = eINSTANCE.getPatientRecord_PatientId();

		/**
		 * The meta object literal for the '<em><b>Episode Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RECORD__EPISODE_ID = eINSTANCE.getPatientRecord_EpisodeId();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.CodeImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__SYSTEM = eINSTANCE.getCode_System();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__CODE = eINSTANCE.getCode_Code();

		/**
		 * The meta object literal for the '<em><b>Display</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__DISPLAY = eINSTANCE.getCode_Display();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.SignatureImpl <em>Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.SignatureImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getSignature()
		 * @generated
		 */
		EClass SIGNATURE = eINSTANCE.getSignature();

		/**
		 * The meta object literal for the '<em><b>Signer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNER_ID = eINSTANCE.getSignature_SignerId();

		/**
		 * The meta object literal for the '<em><b>Signer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNER_NAME = eINSTANCE.getSignature_SignerName();

		/**
		 * The meta object literal for the '<em><b>Credentials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__CREDENTIALS = eINSTANCE.getSignature_Credentials();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__ROLE = eINSTANCE.getSignature_Role();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNED_AT = eINSTANCE.getSignature_SignedAt();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__MEANING = eINSTANCE.getSignature_Meaning();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__CONTENT_HASH = eINSTANCE.getSignature_ContentHash();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.ErrorMarkImpl <em>Error Mark</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.ErrorMarkImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getErrorMark()
		 * @generated
		 */
		EClass ERROR_MARK = eINSTANCE.getErrorMark();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_MARK__REASON = eINSTANCE.getErrorMark_Reason();

		/**
		 * The meta object literal for the '<em><b>Marked By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_MARK__MARKED_BY = eINSTANCE.getErrorMark_MarkedBy();

		/**
		 * The meta object literal for the '<em><b>Marked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_MARK__MARKED_AT = eINSTANCE.getErrorMark_MarkedAt();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.PatientImpl <em>Patient</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.PatientImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getPatient()
		 * @generated
		 */
		EClass PATIENT = eINSTANCE.getPatient();

		/**
		 * The meta object literal for the '<em><b>Mrn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__MRN = eINSTANCE.getPatient_Mrn();

		/**
		 * The meta object literal for the '<em><b>Given Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__GIVEN_NAME = eINSTANCE.getPatient_GivenName();

		/**
		 * The meta object literal for the '<em><b>Family Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__FAMILY_NAME = eINSTANCE.getPatient_FamilyName();

		/**
		 * The meta object literal for the '<em><b>Middle Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__MIDDLE_NAME = eINSTANCE.getPatient_MiddleName();

		/**
		 * The meta object literal for the '<em><b>Preferred Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__PREFERRED_NAME = eINSTANCE.getPatient_PreferredName();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__BIRTH_DATE = eINSTANCE.getPatient_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Sex At Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__SEX_AT_BIRTH = eINSTANCE.getPatient_SexAtBirth();

		/**
		 * The meta object literal for the '<em><b>Gender Identity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__GENDER_IDENTITY = eINSTANCE.getPatient_GenderIdentity();

		/**
		 * The meta object literal for the '<em><b>Pronouns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__PRONOUNS = eINSTANCE.getPatient_Pronouns();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__LANGUAGE = eINSTANCE.getPatient_Language();

		/**
		 * The meta object literal for the '<em><b>Interpreter Needed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__INTERPRETER_NEEDED = eINSTANCE.getPatient_InterpreterNeeded();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__STATUS = eINSTANCE.getPatient_Status();

		/**
		 * The meta object literal for the '<em><b>Merged Into</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__MERGED_INTO = eINSTANCE.getPatient_MergedInto();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__CONTACT = eINSTANCE.getPatient_Contact();

		/**
		 * The meta object literal for the '<em><b>Emergency Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__EMERGENCY_CONTACTS = eINSTANCE.getPatient_EmergencyContacts();

		/**
		 * The meta object literal for the '<em><b>Alerts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__ALERTS = eINSTANCE.getPatient_Alerts();

		/**
		 * The meta object literal for the '<em><b>Admission Notice Given At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__ADMISSION_NOTICE_GIVEN_AT = eINSTANCE.getPatient_AdmissionNoticeGivenAt();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.ContactDetailsImpl <em>Contact Details</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.ContactDetailsImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getContactDetails()
		 * @generated
		 */
		EClass CONTACT_DETAILS = eINSTANCE.getContactDetails();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__PHONE = eINSTANCE.getContactDetails_Phone();

		/**
		 * The meta object literal for the '<em><b>Mobile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__MOBILE = eINSTANCE.getContactDetails_Mobile();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__EMAIL = eINSTANCE.getContactDetails_Email();

		/**
		 * The meta object literal for the '<em><b>Address Lines</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__ADDRESS_LINES = eINSTANCE.getContactDetails_AddressLines();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__CITY = eINSTANCE.getContactDetails_City();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__REGION = eINSTANCE.getContactDetails_Region();

		/**
		 * The meta object literal for the '<em><b>Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__POSTAL_CODE = eINSTANCE.getContactDetails_PostalCode();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__COUNTRY = eINSTANCE.getContactDetails_Country();

		/**
		 * The meta object literal for the '<em><b>May Leave Messages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__MAY_LEAVE_MESSAGES = eINSTANCE.getContactDetails_MayLeaveMessages();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.EmergencyContactImpl <em>Emergency Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.EmergencyContactImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getEmergencyContact()
		 * @generated
		 */
		EClass EMERGENCY_CONTACT = eINSTANCE.getEmergencyContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_CONTACT__NAME = eINSTANCE.getEmergencyContact_Name();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_CONTACT__RELATIONSHIP = eINSTANCE.getEmergencyContact_Relationship();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_CONTACT__PHONE = eINSTANCE.getEmergencyContact_Phone();

		/**
		 * The meta object literal for the '<em><b>Consent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_CONTACT__CONSENT_ID = eINSTANCE.getEmergencyContact_ConsentId();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.AlertImpl <em>Alert</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.AlertImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getAlert()
		 * @generated
		 */
		EClass ALERT = eINSTANCE.getAlert();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__KIND = eINSTANCE.getAlert_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__TEXT = eINSTANCE.getAlert_Text();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__SINCE = eINSTANCE.getAlert_Since();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__ACTIVE = eINSTANCE.getAlert_Active();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__RECORDED_BY = eINSTANCE.getAlert_RecordedBy();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.EpisodeOfCareImpl <em>Episode Of Care</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.EpisodeOfCareImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getEpisodeOfCare()
		 * @generated
		 */
		EClass EPISODE_OF_CARE = eINSTANCE.getEpisodeOfCare();

		/**
		 * The meta object literal for the '<em><b>Programme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__PROGRAMME = eINSTANCE.getEpisodeOfCare_Programme();

		/**
		 * The meta object literal for the '<em><b>Level Of Care</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__LEVEL_OF_CARE = eINSTANCE.getEpisodeOfCare_LevelOfCare();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__STATUS = eINSTANCE.getEpisodeOfCare_Status();

		/**
		 * The meta object literal for the '<em><b>Admitted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__ADMITTED_ON = eINSTANCE.getEpisodeOfCare_AdmittedOn();

		/**
		 * The meta object literal for the '<em><b>Discharged On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__DISCHARGED_ON = eINSTANCE.getEpisodeOfCare_DischargedOn();

		/**
		 * The meta object literal for the '<em><b>Last Use At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__LAST_USE_AT = eINSTANCE.getEpisodeOfCare_LastUseAt();

		/**
		 * The meta object literal for the '<em><b>Substances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__SUBSTANCES = eINSTANCE.getEpisodeOfCare_Substances();

		/**
		 * The meta object literal for the '<em><b>Diagnoses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__DIAGNOSES = eINSTANCE.getEpisodeOfCare_Diagnoses();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__PHASES = eINSTANCE.getEpisodeOfCare_Phases();

		/**
		 * The meta object literal for the '<em><b>Care Team</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__CARE_TEAM = eINSTANCE.getEpisodeOfCare_CareTeam();

		/**
		 * The meta object literal for the '<em><b>Discharge Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__DISCHARGE_REASON = eINSTANCE.getEpisodeOfCare_DischargeReason();

		/**
		 * The meta object literal for the '<em><b>Discharge Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__DISCHARGE_SUMMARY = eINSTANCE.getEpisodeOfCare_DischargeSummary();

		/**
		 * The meta object literal for the '<em><b>Aftercare</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__AFTERCARE = eINSTANCE.getEpisodeOfCare_Aftercare();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__ENTERED_IN_ERROR = eINSTANCE.getEpisodeOfCare_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.DiagnosisImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getDiagnosis()
		 * @generated
		 */
		EClass DIAGNOSIS = eINSTANCE.getDiagnosis();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSIS__CODE = eINSTANCE.getDiagnosis_Code();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__PRIMARY = eINSTANCE.getDiagnosis_Primary();

		/**
		 * The meta object literal for the '<em><b>Onset On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__ONSET_ON = eINSTANCE.getDiagnosis_OnsetOn();

		/**
		 * The meta object literal for the '<em><b>Resolved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__RESOLVED_ON = eINSTANCE.getDiagnosis_ResolvedOn();

		/**
		 * The meta object literal for the '<em><b>Diagnosed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__DIAGNOSED_BY = eINSTANCE.getDiagnosis_DiagnosedBy();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.PhaseTransitionImpl <em>Phase Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.PhaseTransitionImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getPhaseTransition()
		 * @generated
		 */
		EClass PHASE_TRANSITION = eINSTANCE.getPhaseTransition();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_TRANSITION__PHASE = eINSTANCE.getPhaseTransition_Phase();

		/**
		 * The meta object literal for the '<em><b>Started On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_TRANSITION__STARTED_ON = eINSTANCE.getPhaseTransition_StartedOn();

		/**
		 * The meta object literal for the '<em><b>Ended On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_TRANSITION__ENDED_ON = eINSTANCE.getPhaseTransition_EndedOn();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_TRANSITION__REASON = eINSTANCE.getPhaseTransition_Reason();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.CareTeamMemberImpl <em>Care Team Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.CareTeamMemberImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getCareTeamMember()
		 * @generated
		 */
		EClass CARE_TEAM_MEMBER = eINSTANCE.getCareTeamMember();

		/**
		 * The meta object literal for the '<em><b>Staff Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_TEAM_MEMBER__STAFF_ID = eINSTANCE.getCareTeamMember_StaffId();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_TEAM_MEMBER__ROLE = eINSTANCE.getCareTeamMember_Role();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_TEAM_MEMBER__FROM = eINSTANCE.getCareTeamMember_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_TEAM_MEMBER__TO = eINSTANCE.getCareTeamMember_To();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.AftercarePlanImpl <em>Aftercare Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.AftercarePlanImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getAftercarePlan()
		 * @generated
		 */
		EClass AFTERCARE_PLAN = eINSTANCE.getAftercarePlan();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFTERCARE_PLAN__SUMMARY = eINSTANCE.getAftercarePlan_Summary();

		/**
		 * The meta object literal for the '<em><b>Referrals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFTERCARE_PLAN__REFERRALS = eINSTANCE.getAftercarePlan_Referrals();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AFTERCARE_PLAN__FOLLOW_UPS = eINSTANCE.getAftercarePlan_FollowUps();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.FollowUpImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DUE_ON = eINSTANCE.getFollowUp_DueOn();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__KIND = eINSTANCE.getFollowUp_Kind();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DONE = eINSTANCE.getFollowUp_Done();

		/**
		 * The meta object literal for the '<em><b>Done On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DONE_ON = eINSTANCE.getFollowUp_DoneOn();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__OUTCOME = eINSTANCE.getFollowUp_Outcome();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.CarePlanImpl <em>Care Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.CarePlanImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getCarePlan()
		 * @generated
		 */
		EClass CARE_PLAN = eINSTANCE.getCarePlan();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__REVISION = eINSTANCE.getCarePlan_Revision();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__STATUS = eINSTANCE.getCarePlan_Status();

		/**
		 * The meta object literal for the '<em><b>Effective From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__EFFECTIVE_FROM = eINSTANCE.getCarePlan_EffectiveFrom();

		/**
		 * The meta object literal for the '<em><b>Review Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__REVIEW_DUE = eINSTANCE.getCarePlan_ReviewDue();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CARE_PLAN__PROBLEMS = eINSTANCE.getCarePlan_Problems();

		/**
		 * The meta object literal for the '<em><b>Strengths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__STRENGTHS = eINSTANCE.getCarePlan_Strengths();

		/**
		 * The meta object literal for the '<em><b>Barriers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__BARRIERS = eINSTANCE.getCarePlan_Barriers();

		/**
		 * The meta object literal for the '<em><b>Preferences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__PREFERENCES = eINSTANCE.getCarePlan_Preferences();

		/**
		 * The meta object literal for the '<em><b>Discharge Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__DISCHARGE_CRITERIA = eINSTANCE.getCarePlan_DischargeCriteria();

		/**
		 * The meta object literal for the '<em><b>Crisis Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN__CRISIS_PLAN = eINSTANCE.getCarePlan_CrisisPlan();

		/**
		 * The meta object literal for the '<em><b>Dimension Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CARE_PLAN__DIMENSION_RATINGS = eINSTANCE.getCarePlan_DimensionRatings();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CARE_PLAN__REVIEWS = eINSTANCE.getCarePlan_Reviews();

		/**
		 * The meta object literal for the '<em><b>Signatures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CARE_PLAN__SIGNATURES = eINSTANCE.getCarePlan_Signatures();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CARE_PLAN__ENTERED_IN_ERROR = eINSTANCE.getCarePlan_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.DimensionRatingImpl <em>Dimension Rating</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.DimensionRatingImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getDimensionRating()
		 * @generated
		 */
		EClass DIMENSION_RATING = eINSTANCE.getDimensionRating();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION_RATING__DIMENSION = eINSTANCE.getDimensionRating_Dimension();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_RATING__RATING = eINSTANCE.getDimensionRating_Rating();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_RATING__NOTE = eINSTANCE.getDimensionRating_Note();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.ProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.ProblemImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getProblem()
		 * @generated
		 */
		EClass PROBLEM = eINSTANCE.getProblem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__ID = eINSTANCE.getProblem_Id();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__STATEMENT = eINSTANCE.getProblem_Statement();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__DIMENSIONS = eINSTANCE.getProblem_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__EVIDENCE = eINSTANCE.getProblem_Evidence();

		/**
		 * The meta object literal for the '<em><b>Evidence Record Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__EVIDENCE_RECORD_IDS = eINSTANCE.getProblem_EvidenceRecordIds();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__PRIORITY = eINSTANCE.getProblem_Priority();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__STATUS = eINSTANCE.getProblem_Status();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__GOAL = eINSTANCE.getProblem_Goal();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.GoalImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__ID = eINSTANCE.getGoal_Id();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__STATEMENT = eINSTANCE.getGoal_Statement();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__OBJECTIVES = eINSTANCE.getGoal_Objectives();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.ObjectiveImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__ID = eINSTANCE.getObjective_Id();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__STATEMENT = eINSTANCE.getObjective_Statement();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__MEASURE = eINSTANCE.getObjective_Measure();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__BASELINE = eINSTANCE.getObjective_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TARGET = eINSTANCE.getObjective_Target();

		/**
		 * The meta object literal for the '<em><b>Start On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__START_ON = eINSTANCE.getObjective_StartOn();

		/**
		 * The meta object literal for the '<em><b>Target On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TARGET_ON = eINSTANCE.getObjective_TargetOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__STATUS = eINSTANCE.getObjective_Status();

		/**
		 * The meta object literal for the '<em><b>Progress Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__PROGRESS_RATING = eINSTANCE.getObjective_ProgressRating();

		/**
		 * The meta object literal for the '<em><b>Linked Form Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__LINKED_FORM_ID = eINSTANCE.getObjective_LinkedFormId();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__INTERVENTIONS = eINSTANCE.getObjective_Interventions();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.InterventionImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__ID = eINSTANCE.getIntervention_Id();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DESCRIPTION = eINSTANCE.getIntervention_Description();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__MODALITY = eINSTANCE.getIntervention_Modality();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__FREQUENCY = eINSTANCE.getIntervention_Frequency();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DURATION = eINSTANCE.getIntervention_Duration();

		/**
		 * The meta object literal for the '<em><b>Responsible Staff Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__RESPONSIBLE_STAFF_ID = eINSTANCE.getIntervention_ResponsibleStaffId();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__LOCATION = eINSTANCE.getIntervention_Location();

		/**
		 * The meta object literal for the '<em><b>Evidence Based Practice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__EVIDENCE_BASED_PRACTICE = eINSTANCE.getIntervention_EvidenceBasedPractice();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.PlanReviewImpl <em>Plan Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.PlanReviewImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getPlanReview()
		 * @generated
		 */
		EClass PLAN_REVIEW = eINSTANCE.getPlanReview();

		/**
		 * The meta object literal for the '<em><b>Reviewed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVIEW__REVIEWED_ON = eINSTANCE.getPlanReview_ReviewedOn();

		/**
		 * The meta object literal for the '<em><b>Reviewer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVIEW__REVIEWER_ID = eINSTANCE.getPlanReview_ReviewerId();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVIEW__REASON = eINSTANCE.getPlanReview_Reason();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVIEW__SUMMARY = eINSTANCE.getPlanReview_Summary();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.SessionNoteImpl <em>Session Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.SessionNoteImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getSessionNote()
		 * @generated
		 */
		EClass SESSION_NOTE = eINSTANCE.getSessionNote();

		/**
		 * The meta object literal for the '<em><b>Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__SERVICE_TYPE = eINSTANCE.getSessionNote_ServiceType();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__MODALITY = eINSTANCE.getSessionNote_Modality();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__LOCATION = eINSTANCE.getSessionNote_Location();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__STARTED_AT = eINSTANCE.getSessionNote_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Ended At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__ENDED_AT = eINSTANCE.getSessionNote_EndedAt();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__FORMAT = eINSTANCE.getSessionNote_Format();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_NOTE__SECTIONS = eINSTANCE.getSessionNote_Sections();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__ATTENDEES = eINSTANCE.getSessionNote_Attendees();

		/**
		 * The meta object literal for the '<em><b>Objectives Addressed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__OBJECTIVES_ADDRESSED = eINSTANCE.getSessionNote_ObjectivesAddressed();

		/**
		 * The meta object literal for the '<em><b>Risk Screen</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_NOTE__RISK_SCREEN = eINSTANCE.getSessionNote_RiskScreen();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__STATUS = eINSTANCE.getSessionNote_Status();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__AUTHOR_ID = eINSTANCE.getSessionNote_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Late Entry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__LATE_ENTRY = eINSTANCE.getSessionNote_LateEntry();

		/**
		 * The meta object literal for the '<em><b>Group Session Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__GROUP_SESSION_ID = eINSTANCE.getSessionNote_GroupSessionId();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_NOTE__SIGNATURE = eINSTANCE.getSessionNote_Signature();

		/**
		 * The meta object literal for the '<em><b>Co Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_NOTE__CO_SIGNATURE = eINSTANCE.getSessionNote_CoSignature();

		/**
		 * The meta object literal for the '<em><b>Co Signature Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__CO_SIGNATURE_REQUIRED = eINSTANCE.getSessionNote_CoSignatureRequired();

		/**
		 * The meta object literal for the '<em><b>Addenda</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_NOTE__ADDENDA = eINSTANCE.getSessionNote_Addenda();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION_NOTE__ENTERED_IN_ERROR = eINSTANCE.getSessionNote_EnteredInError();

		/**
		 * The meta object literal for the '<em><b>Part2 Protected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_NOTE__PART2_PROTECTED = eINSTANCE.getSessionNote_Part2Protected();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.NoteSectionImpl <em>Note Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.NoteSectionImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getNoteSection()
		 * @generated
		 */
		EClass NOTE_SECTION = eINSTANCE.getNoteSection();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_SECTION__KEY = eINSTANCE.getNoteSection_Key();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_SECTION__HEADING = eINSTANCE.getNoteSection_Heading();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_SECTION__TEXT = eINSTANCE.getNoteSection_Text();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.RiskScreenImpl <em>Risk Screen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.RiskScreenImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getRiskScreen()
		 * @generated
		 */
		EClass RISK_SCREEN = eINSTANCE.getRiskScreen();

		/**
		 * The meta object literal for the '<em><b>Suicidal Ideation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_SCREEN__SUICIDAL_IDEATION = eINSTANCE.getRiskScreen_SuicidalIdeation();

		/**
		 * The meta object literal for the '<em><b>Homicidal Ideation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_SCREEN__HOMICIDAL_IDEATION = eINSTANCE.getRiskScreen_HomicidalIdeation();

		/**
		 * The meta object literal for the '<em><b>Overdose Risk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_SCREEN__OVERDOSE_RISK = eINSTANCE.getRiskScreen_OverdoseRisk();

		/**
		 * The meta object literal for the '<em><b>Safety Plan Reviewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_SCREEN__SAFETY_PLAN_REVIEWED = eINSTANCE.getRiskScreen_SafetyPlanReviewed();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_SCREEN__NOTES = eINSTANCE.getRiskScreen_Notes();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.AddendumImpl <em>Addendum</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.AddendumImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getAddendum()
		 * @generated
		 */
		EClass ADDENDUM = eINSTANCE.getAddendum();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__TEXT = eINSTANCE.getAddendum_Text();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__AUTHOR_ID = eINSTANCE.getAddendum_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Written At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__WRITTEN_AT = eINSTANCE.getAddendum_WrittenAt();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADDENDUM__SIGNATURE = eINSTANCE.getAddendum_Signature();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.GroupSessionImpl <em>Group Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.GroupSessionImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getGroupSession()
		 * @generated
		 */
		EClass GROUP_SESSION = eINSTANCE.getGroupSession();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__TOPIC = eINSTANCE.getGroupSession_Topic();

		/**
		 * The meta object literal for the '<em><b>Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__SERVICE_TYPE = eINSTANCE.getGroupSession_ServiceType();

		/**
		 * The meta object literal for the '<em><b>Facilitator Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__FACILITATOR_IDS = eINSTANCE.getGroupSession_FacilitatorIds();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__MODALITY = eINSTANCE.getGroupSession_Modality();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__LOCATION = eINSTANCE.getGroupSession_Location();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__STARTED_AT = eINSTANCE.getGroupSession_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Ended At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__ENDED_AT = eINSTANCE.getGroupSession_EndedAt();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SESSION__CONTENT = eINSTANCE.getGroupSession_Content();

		/**
		 * The meta object literal for the '<em><b>Roster</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP_SESSION__ROSTER = eINSTANCE.getGroupSession_Roster();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.GroupAttendeeImpl <em>Group Attendee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.GroupAttendeeImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getGroupAttendee()
		 * @generated
		 */
		EClass GROUP_ATTENDEE = eINSTANCE.getGroupAttendee();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_ATTENDEE__PATIENT_ID = eINSTANCE.getGroupAttendee_PatientId();

		/**
		 * The meta object literal for the '<em><b>Attendance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_ATTENDEE__ATTENDANCE = eINSTANCE.getGroupAttendee_Attendance();

		/**
		 * The meta object literal for the '<em><b>Participation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_ATTENDEE__PARTICIPATION = eINSTANCE.getGroupAttendee_Participation();

		/**
		 * The meta object literal for the '<em><b>Note Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_ATTENDEE__NOTE_ID = eINSTANCE.getGroupAttendee_NoteId();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.AssessmentResponseImpl <em>Assessment Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.AssessmentResponseImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getAssessmentResponse()
		 * @generated
		 */
		EClass ASSESSMENT_RESPONSE = eINSTANCE.getAssessmentResponse();

		/**
		 * The meta object literal for the '<em><b>Form Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__FORM_ID = eINSTANCE.getAssessmentResponse_FormId();

		/**
		 * The meta object literal for the '<em><b>Form Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__FORM_VERSION = eINSTANCE.getAssessmentResponse_FormVersion();

		/**
		 * The meta object literal for the '<em><b>Administered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__ADMINISTERED_AT = eINSTANCE.getAssessmentResponse_AdministeredAt();

		/**
		 * The meta object literal for the '<em><b>Administered By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__ADMINISTERED_BY = eINSTANCE.getAssessmentResponse_AdministeredBy();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__STATUS = eINSTANCE.getAssessmentResponse_Status();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_RESPONSE__ANSWERS = eINSTANCE.getAssessmentResponse_Answers();

		/**
		 * The meta object literal for the '<em><b>Item Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_RESPONSE__ITEM_SCORES = eINSTANCE.getAssessmentResponse_ItemScores();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__TOTAL = eINSTANCE.getAssessmentResponse_Total();

		/**
		 * The meta object literal for the '<em><b>Subscales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_RESPONSE__SUBSCALES = eINSTANCE.getAssessmentResponse_Subscales();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__BAND = eINSTANCE.getAssessmentResponse_Band();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__FLAGS = eINSTANCE.getAssessmentResponse_Flags();

		/**
		 * The meta object literal for the '<em><b>Acknowledgements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS = eINSTANCE.getAssessmentResponse_Acknowledgements();

		/**
		 * The meta object literal for the '<em><b>Hours Since Last Use</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE = eINSTANCE.getAssessmentResponse_HoursSinceLastUse();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_RESPONSE__ENTERED_IN_ERROR = eINSTANCE.getAssessmentResponse_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.AnswerImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ITEM_ID = eINSTANCE.getAnswer_ItemId();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__VALUE = eINSTANCE.getAnswer_Value();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.ItemScoreImpl <em>Item Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.ItemScoreImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getItemScore()
		 * @generated
		 */
		EClass ITEM_SCORE = eINSTANCE.getItemScore();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_SCORE__ITEM_ID = eINSTANCE.getItemScore_ItemId();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_SCORE__SCORE = eINSTANCE.getItemScore_Score();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.SubscaleScoreImpl <em>Subscale Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.SubscaleScoreImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getSubscaleScore()
		 * @generated
		 */
		EClass SUBSCALE_SCORE = eINSTANCE.getSubscaleScore();

		/**
		 * The meta object literal for the '<em><b>Subscale Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCALE_SCORE__SUBSCALE_ID = eINSTANCE.getSubscaleScore_SubscaleId();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCALE_SCORE__SCORE = eINSTANCE.getSubscaleScore_Score();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCALE_SCORE__BAND = eINSTANCE.getSubscaleScore_Band();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.FlagAcknowledgementImpl <em>Flag Acknowledgement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.FlagAcknowledgementImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getFlagAcknowledgement()
		 * @generated
		 */
		EClass FLAG_ACKNOWLEDGEMENT = eINSTANCE.getFlagAcknowledgement();

		/**
		 * The meta object literal for the '<em><b>Flag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_ACKNOWLEDGEMENT__FLAG = eINSTANCE.getFlagAcknowledgement_Flag();

		/**
		 * The meta object literal for the '<em><b>Acknowledged By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY = eINSTANCE.getFlagAcknowledgement_AcknowledgedBy();

		/**
		 * The meta object literal for the '<em><b>Acknowledged At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT = eINSTANCE.getFlagAcknowledgement_AcknowledgedAt();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_ACKNOWLEDGEMENT__NOTE = eINSTANCE.getFlagAcknowledgement_Note();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.MedicationOrderImpl <em>Medication Order</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.MedicationOrderImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getMedicationOrder()
		 * @generated
		 */
		EClass MEDICATION_ORDER = eINSTANCE.getMedicationOrder();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__KIND = eINSTANCE.getMedicationOrder_Kind();

		/**
		 * The meta object literal for the '<em><b>Medication</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDICATION_ORDER__MEDICATION = eINSTANCE.getMedicationOrder_Medication();

		/**
		 * The meta object literal for the '<em><b>Medication Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__MEDICATION_NAME = eINSTANCE.getMedicationOrder_MedicationName();

		/**
		 * The meta object literal for the '<em><b>Dose Mg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__DOSE_MG = eINSTANCE.getMedicationOrder_DoseMg();

		/**
		 * The meta object literal for the '<em><b>Split Dose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__SPLIT_DOSE = eINSTANCE.getMedicationOrder_SplitDose();

		/**
		 * The meta object literal for the '<em><b>Am Dose Mg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__AM_DOSE_MG = eINSTANCE.getMedicationOrder_AmDoseMg();

		/**
		 * The meta object literal for the '<em><b>Pm Dose Mg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__PM_DOSE_MG = eINSTANCE.getMedicationOrder_PmDoseMg();

		/**
		 * The meta object literal for the '<em><b>Route</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__ROUTE = eINSTANCE.getMedicationOrder_Route();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__FREQUENCY = eINSTANCE.getMedicationOrder_Frequency();

		/**
		 * The meta object literal for the '<em><b>Start On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__START_ON = eINSTANCE.getMedicationOrder_StartOn();

		/**
		 * The meta object literal for the '<em><b>End On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__END_ON = eINSTANCE.getMedicationOrder_EndOn();

		/**
		 * The meta object literal for the '<em><b>Prescriber Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__PRESCRIBER_ID = eINSTANCE.getMedicationOrder_PrescriberId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__STATUS = eINSTANCE.getMedicationOrder_Status();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__REASON = eINSTANCE.getMedicationOrder_Reason();

		/**
		 * The meta object literal for the '<em><b>Max Take Home Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__MAX_TAKE_HOME_DAYS = eINSTANCE.getMedicationOrder_MaxTakeHomeDays();

		/**
		 * The meta object literal for the '<em><b>Pdmp Checked On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__PDMP_CHECKED_ON = eINSTANCE.getMedicationOrder_PdmpCheckedOn();

		/**
		 * The meta object literal for the '<em><b>Days Supply</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__DAYS_SUPPLY = eINSTANCE.getMedicationOrder_DaysSupply();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__QUANTITY = eINSTANCE.getMedicationOrder_Quantity();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDICATION_ORDER__INSTRUCTIONS = eINSTANCE.getMedicationOrder_Instructions();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDICATION_ORDER__ENTERED_IN_ERROR = eINSTANCE.getMedicationOrder_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.DoseAdministrationImpl <em>Dose Administration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.DoseAdministrationImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getDoseAdministration()
		 * @generated
		 */
		EClass DOSE_ADMINISTRATION = eINSTANCE.getDoseAdministration();

		/**
		 * The meta object literal for the '<em><b>Order Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__ORDER_ID = eINSTANCE.getDoseAdministration_OrderId();

		/**
		 * The meta object literal for the '<em><b>Scheduled For</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__SCHEDULED_FOR = eINSTANCE.getDoseAdministration_ScheduledFor();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__OUTCOME = eINSTANCE.getDoseAdministration_Outcome();

		/**
		 * The meta object literal for the '<em><b>Dose Mg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__DOSE_MG = eINSTANCE.getDoseAdministration_DoseMg();

		/**
		 * The meta object literal for the '<em><b>Administered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__ADMINISTERED_AT = eINSTANCE.getDoseAdministration_AdministeredAt();

		/**
		 * The meta object literal for the '<em><b>Administered By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__ADMINISTERED_BY = eINSTANCE.getDoseAdministration_AdministeredBy();

		/**
		 * The meta object literal for the '<em><b>Take Home Doses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__TAKE_HOME_DOSES = eINSTANCE.getDoseAdministration_TakeHomeDoses();

		/**
		 * The meta object literal for the '<em><b>Lock Box Verified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED = eINSTANCE.getDoseAdministration_LockBoxVerified();

		/**
		 * The meta object literal for the '<em><b>Lot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__LOT = eINSTANCE.getDoseAdministration_Lot();

		/**
		 * The meta object literal for the '<em><b>Identity Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__IDENTITY_CHECKED = eINSTANCE.getDoseAdministration_IdentityChecked();

		/**
		 * The meta object literal for the '<em><b>Missed Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__MISSED_REASON = eINSTANCE.getDoseAdministration_MissedReason();

		/**
		 * The meta object literal for the '<em><b>Injection Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__INJECTION_SITE = eINSTANCE.getDoseAdministration_InjectionSite();

		/**
		 * The meta object literal for the '<em><b>Next Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__NEXT_DUE_ON = eINSTANCE.getDoseAdministration_NextDueOn();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_ADMINISTRATION__NOTES = eINSTANCE.getDoseAdministration_Notes();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSE_ADMINISTRATION__ENTERED_IN_ERROR = eINSTANCE.getDoseAdministration_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.TaperScheduleImpl <em>Taper Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.TaperScheduleImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getTaperSchedule()
		 * @generated
		 */
		EClass TAPER_SCHEDULE = eINSTANCE.getTaperSchedule();

		/**
		 * The meta object literal for the '<em><b>Order Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAPER_SCHEDULE__ORDER_ID = eINSTANCE.getTaperSchedule_OrderId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAPER_SCHEDULE__STATUS = eINSTANCE.getTaperSchedule_Status();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAPER_SCHEDULE__REASON = eINSTANCE.getTaperSchedule_Reason();

		/**
		 * The meta object literal for the '<em><b>Patient Agreed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAPER_SCHEDULE__PATIENT_AGREED = eINSTANCE.getTaperSchedule_PatientAgreed();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAPER_SCHEDULE__STEPS = eINSTANCE.getTaperSchedule_Steps();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAPER_SCHEDULE__ENTERED_IN_ERROR = eINSTANCE.getTaperSchedule_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.TaperStepImpl <em>Taper Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.TaperStepImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getTaperStep()
		 * @generated
		 */
		EClass TAPER_STEP = eINSTANCE.getTaperStep();

		/**
		 * The meta object literal for the '<em><b>From Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAPER_STEP__FROM_DATE = eINSTANCE.getTaperStep_FromDate();

		/**
		 * The meta object literal for the '<em><b>Dose Mg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAPER_STEP__DOSE_MG = eINSTANCE.getTaperStep_DoseMg();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.UrineDrugScreenImpl <em>Urine Drug Screen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.UrineDrugScreenImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getUrineDrugScreen()
		 * @generated
		 */
		EClass URINE_DRUG_SCREEN = eINSTANCE.getUrineDrugScreen();

		/**
		 * The meta object literal for the '<em><b>Collected At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__COLLECTED_AT = eINSTANCE.getUrineDrugScreen_CollectedAt();

		/**
		 * The meta object literal for the '<em><b>Collected By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__COLLECTED_BY = eINSTANCE.getUrineDrugScreen_CollectedBy();

		/**
		 * The meta object literal for the '<em><b>Observed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__OBSERVED = eINSTANCE.getUrineDrugScreen_Observed();

		/**
		 * The meta object literal for the '<em><b>Temperature In Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE = eINSTANCE.getUrineDrugScreen_TemperatureInRange();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__METHOD = eINSTANCE.getUrineDrugScreen_Method();

		/**
		 * The meta object literal for the '<em><b>Validity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__VALIDITY = eINSTANCE.getUrineDrugScreen_Validity();

		/**
		 * The meta object literal for the '<em><b>Random</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__RANDOM = eINSTANCE.getUrineDrugScreen_Random();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference URINE_DRUG_SCREEN__RESULTS = eINSTANCE.getUrineDrugScreen_Results();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute URINE_DRUG_SCREEN__NOTES = eINSTANCE.getUrineDrugScreen_Notes();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference URINE_DRUG_SCREEN__ENTERED_IN_ERROR = eINSTANCE.getUrineDrugScreen_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.AnalyteResultImpl <em>Analyte Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.AnalyteResultImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getAnalyteResult()
		 * @generated
		 */
		EClass ANALYTE_RESULT = eINSTANCE.getAnalyteResult();

		/**
		 * The meta object literal for the '<em><b>Analyte</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYTE_RESULT__ANALYTE = eINSTANCE.getAnalyteResult_Analyte();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYTE_RESULT__RESULT = eINSTANCE.getAnalyteResult_Result();

		/**
		 * The meta object literal for the '<em><b>Cutoff Ng Per Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYTE_RESULT__CUTOFF_NG_PER_ML = eINSTANCE.getAnalyteResult_CutoffNgPerMl();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYTE_RESULT__EXPECTED = eINSTANCE.getAnalyteResult_Expected();

		/**
		 * The meta object literal for the '<em><b>Confirmation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYTE_RESULT__CONFIRMATION = eINSTANCE.getAnalyteResult_Confirmation();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.NaloxoneDispenseImpl <em>Naloxone Dispense</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.NaloxoneDispenseImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getNaloxoneDispense()
		 * @generated
		 */
		EClass NALOXONE_DISPENSE = eINSTANCE.getNaloxoneDispense();

		/**
		 * The meta object literal for the '<em><b>Dispensed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__DISPENSED_AT = eINSTANCE.getNaloxoneDispense_DispensedAt();

		/**
		 * The meta object literal for the '<em><b>Dispensed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__DISPENSED_BY = eINSTANCE.getNaloxoneDispense_DispensedBy();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__RECIPIENT = eINSTANCE.getNaloxoneDispense_Recipient();

		/**
		 * The meta object literal for the '<em><b>Recipient Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__RECIPIENT_NAME = eINSTANCE.getNaloxoneDispense_RecipientName();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NALOXONE_DISPENSE__PRODUCT = eINSTANCE.getNaloxoneDispense_Product();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__QUANTITY = eINSTANCE.getNaloxoneDispense_Quantity();

		/**
		 * The meta object literal for the '<em><b>Lot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__LOT = eINSTANCE.getNaloxoneDispense_Lot();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__EXPIRES_ON = eINSTANCE.getNaloxoneDispense_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Training Given</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__TRAINING_GIVEN = eINSTANCE.getNaloxoneDispense_TrainingGiven();

		/**
		 * The meta object literal for the '<em><b>Overdose Plan Reviewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED = eINSTANCE.getNaloxoneDispense_OverdosePlanReviewed();

		/**
		 * The meta object literal for the '<em><b>Replacement Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NALOXONE_DISPENSE__REPLACEMENT_REASON = eINSTANCE.getNaloxoneDispense_ReplacementReason();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NALOXONE_DISPENSE__ENTERED_IN_ERROR = eINSTANCE.getNaloxoneDispense_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.VitalSignsImpl <em>Vital Signs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.VitalSignsImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getVitalSigns()
		 * @generated
		 */
		EClass VITAL_SIGNS = eINSTANCE.getVitalSigns();

		/**
		 * The meta object literal for the '<em><b>Taken At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__TAKEN_AT = eINSTANCE.getVitalSigns_TakenAt();

		/**
		 * The meta object literal for the '<em><b>Taken By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__TAKEN_BY = eINSTANCE.getVitalSigns_TakenBy();

		/**
		 * The meta object literal for the '<em><b>Pulse Bpm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__PULSE_BPM = eINSTANCE.getVitalSigns_PulseBpm();

		/**
		 * The meta object literal for the '<em><b>Systolic Mm Hg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__SYSTOLIC_MM_HG = eINSTANCE.getVitalSigns_SystolicMmHg();

		/**
		 * The meta object literal for the '<em><b>Diastolic Mm Hg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__DIASTOLIC_MM_HG = eINSTANCE.getVitalSigns_DiastolicMmHg();

		/**
		 * The meta object literal for the '<em><b>Respiratory Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__RESPIRATORY_RATE = eINSTANCE.getVitalSigns_RespiratoryRate();

		/**
		 * The meta object literal for the '<em><b>Temperature Celsius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__TEMPERATURE_CELSIUS = eINSTANCE.getVitalSigns_TemperatureCelsius();

		/**
		 * The meta object literal for the '<em><b>Oxygen Saturation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__OXYGEN_SATURATION = eINSTANCE.getVitalSigns_OxygenSaturation();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VITAL_SIGNS__COMMENT = eINSTANCE.getVitalSigns_Comment();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VITAL_SIGNS__ENTERED_IN_ERROR = eINSTANCE.getVitalSigns_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.ConsentImpl <em>Consent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.ConsentImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getConsent()
		 * @generated
		 */
		EClass CONSENT = eINSTANCE.getConsent();

		/**
		 * The meta object literal for the '<em><b>Discloser</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__DISCLOSER = eINSTANCE.getConsent_Discloser();

		/**
		 * The meta object literal for the '<em><b>Information</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__INFORMATION = eINSTANCE.getConsent_Information();

		/**
		 * The meta object literal for the '<em><b>Recipients</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__RECIPIENTS = eINSTANCE.getConsent_Recipients();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__PURPOSE = eINSTANCE.getConsent_Purpose();

		/**
		 * The meta object literal for the '<em><b>Treatment Payment Operations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__TREATMENT_PAYMENT_OPERATIONS = eINSTANCE.getConsent_TreatmentPaymentOperations();

		/**
		 * The meta object literal for the '<em><b>Revocation Explained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__REVOCATION_EXPLAINED = eINSTANCE.getConsent_RevocationExplained();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__EXPIRES_ON = eINSTANCE.getConsent_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Expiry Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__EXPIRY_EVENT = eINSTANCE.getConsent_ExpiryEvent();

		/**
		 * The meta object literal for the '<em><b>Redisclosure Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__REDISCLOSURE_STATEMENT = eINSTANCE.getConsent_RedisclosureStatement();

		/**
		 * The meta object literal for the '<em><b>Refusal Consequences Stated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__REFUSAL_CONSEQUENCES_STATED = eINSTANCE.getConsent_RefusalConsequencesStated();

		/**
		 * The meta object literal for the '<em><b>Signed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__SIGNED_BY = eINSTANCE.getConsent_SignedBy();

		/**
		 * The meta object literal for the '<em><b>Signer Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__SIGNER_RELATIONSHIP = eINSTANCE.getConsent_SignerRelationship();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__SIGNED_ON = eINSTANCE.getConsent_SignedOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__STATUS = eINSTANCE.getConsent_Status();

		/**
		 * The meta object literal for the '<em><b>Revoked On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__REVOKED_ON = eINSTANCE.getConsent_RevokedOn();

		/**
		 * The meta object literal for the '<em><b>Acted In Reliance Before Revocation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION = eINSTANCE.getConsent_ActedInRelianceBeforeRevocation();

		/**
		 * The meta object literal for the '<em><b>Counselling Notes Included</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__COUNSELLING_NOTES_INCLUDED = eINSTANCE.getConsent_CounsellingNotesIncluded();

		/**
		 * The meta object literal for the '<em><b>Entered In Error</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENT__ENTERED_IN_ERROR = eINSTANCE.getConsent_EnteredInError();

		/**
		 * The meta object literal for the '{@link org.cairn.model.impl.DisclosureImpl <em>Disclosure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.impl.DisclosureImpl
		 * @see org.cairn.model.impl.CairnPackageImpl#getDisclosure()
		 * @generated
		 */
		EClass DISCLOSURE = eINSTANCE.getDisclosure();

		/**
		 * The meta object literal for the '<em><b>Consent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__CONSENT_ID = eINSTANCE.getDisclosure_ConsentId();

		/**
		 * The meta object literal for the '<em><b>Disclosed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__DISCLOSED_AT = eINSTANCE.getDisclosure_DisclosedAt();

		/**
		 * The meta object literal for the '<em><b>Disclosed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__DISCLOSED_BY = eINSTANCE.getDisclosure_DisclosedBy();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__RECIPIENT = eINSTANCE.getDisclosure_Recipient();

		/**
		 * The meta object literal for the '<em><b>Information</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__INFORMATION = eINSTANCE.getDisclosure_Information();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__PURPOSE = eINSTANCE.getDisclosure_Purpose();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__METHOD = eINSTANCE.getDisclosure_Method();

		/**
		 * The meta object literal for the '<em><b>Notice Attached</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__NOTICE_ATTACHED = eINSTANCE.getDisclosure_NoticeAttached();

		/**
		 * The meta object literal for the '<em><b>Record Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCLOSURE__RECORD_IDS = eINSTANCE.getDisclosure_RecordIds();

		/**
		 * The meta object literal for the '{@link org.cairn.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.Sex
		 * @see org.cairn.model.impl.CairnPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.cairn.model.PatientStatus <em>Patient Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.PatientStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getPatientStatus()
		 * @generated
		 */
		EEnum PATIENT_STATUS = eINSTANCE.getPatientStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.AlertKind <em>Alert Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.AlertKind
		 * @see org.cairn.model.impl.CairnPackageImpl#getAlertKind()
		 * @generated
		 */
		EEnum ALERT_KIND = eINSTANCE.getAlertKind();

		/**
		 * The meta object literal for the '{@link org.cairn.model.Programme <em>Programme</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.Programme
		 * @see org.cairn.model.impl.CairnPackageImpl#getProgramme()
		 * @generated
		 */
		EEnum PROGRAMME = eINSTANCE.getProgramme();

		/**
		 * The meta object literal for the '{@link org.cairn.model.Phase <em>Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.Phase
		 * @see org.cairn.model.impl.CairnPackageImpl#getPhase()
		 * @generated
		 */
		EEnum PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '{@link org.cairn.model.EpisodeStatus <em>Episode Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.EpisodeStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getEpisodeStatus()
		 * @generated
		 */
		EEnum EPISODE_STATUS = eINSTANCE.getEpisodeStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.DischargeReason <em>Discharge Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.DischargeReason
		 * @see org.cairn.model.impl.CairnPackageImpl#getDischargeReason()
		 * @generated
		 */
		EEnum DISCHARGE_REASON = eINSTANCE.getDischargeReason();

		/**
		 * The meta object literal for the '{@link org.cairn.model.CareTeamRole <em>Care Team Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.CareTeamRole
		 * @see org.cairn.model.impl.CairnPackageImpl#getCareTeamRole()
		 * @generated
		 */
		EEnum CARE_TEAM_ROLE = eINSTANCE.getCareTeamRole();

		/**
		 * The meta object literal for the '{@link org.cairn.model.CarePlanStatus <em>Care Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.CarePlanStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getCarePlanStatus()
		 * @generated
		 */
		EEnum CARE_PLAN_STATUS = eINSTANCE.getCarePlanStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.ProblemStatus <em>Problem Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.ProblemStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getProblemStatus()
		 * @generated
		 */
		EEnum PROBLEM_STATUS = eINSTANCE.getProblemStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.ObjectiveStatus <em>Objective Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.ObjectiveStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getObjectiveStatus()
		 * @generated
		 */
		EEnum OBJECTIVE_STATUS = eINSTANCE.getObjectiveStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.SignerRole <em>Signer Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.SignerRole
		 * @see org.cairn.model.impl.CairnPackageImpl#getSignerRole()
		 * @generated
		 */
		EEnum SIGNER_ROLE = eINSTANCE.getSignerRole();

		/**
		 * The meta object literal for the '{@link org.cairn.model.ServiceType <em>Service Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.ServiceType
		 * @see org.cairn.model.impl.CairnPackageImpl#getServiceType()
		 * @generated
		 */
		EEnum SERVICE_TYPE = eINSTANCE.getServiceType();

		/**
		 * The meta object literal for the '{@link org.cairn.model.Modality <em>Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.Modality
		 * @see org.cairn.model.impl.CairnPackageImpl#getModality()
		 * @generated
		 */
		EEnum MODALITY = eINSTANCE.getModality();

		/**
		 * The meta object literal for the '{@link org.cairn.model.NoteFormat <em>Note Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.NoteFormat
		 * @see org.cairn.model.impl.CairnPackageImpl#getNoteFormat()
		 * @generated
		 */
		EEnum NOTE_FORMAT = eINSTANCE.getNoteFormat();

		/**
		 * The meta object literal for the '{@link org.cairn.model.NoteStatus <em>Note Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.NoteStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getNoteStatus()
		 * @generated
		 */
		EEnum NOTE_STATUS = eINSTANCE.getNoteStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.RiskLevel <em>Risk Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.RiskLevel
		 * @see org.cairn.model.impl.CairnPackageImpl#getRiskLevel()
		 * @generated
		 */
		EEnum RISK_LEVEL = eINSTANCE.getRiskLevel();

		/**
		 * The meta object literal for the '{@link org.cairn.model.Attendance <em>Attendance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.Attendance
		 * @see org.cairn.model.impl.CairnPackageImpl#getAttendance()
		 * @generated
		 */
		EEnum ATTENDANCE = eINSTANCE.getAttendance();

		/**
		 * The meta object literal for the '{@link org.cairn.model.ResponseStatus <em>Response Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.ResponseStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getResponseStatus()
		 * @generated
		 */
		EEnum RESPONSE_STATUS = eINSTANCE.getResponseStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.MedicationKind <em>Medication Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.MedicationKind
		 * @see org.cairn.model.impl.CairnPackageImpl#getMedicationKind()
		 * @generated
		 */
		EEnum MEDICATION_KIND = eINSTANCE.getMedicationKind();

		/**
		 * The meta object literal for the '{@link org.cairn.model.OrderStatus <em>Order Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.OrderStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getOrderStatus()
		 * @generated
		 */
		EEnum ORDER_STATUS = eINSTANCE.getOrderStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.Route <em>Route</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.Route
		 * @see org.cairn.model.impl.CairnPackageImpl#getRoute()
		 * @generated
		 */
		EEnum ROUTE = eINSTANCE.getRoute();

		/**
		 * The meta object literal for the '{@link org.cairn.model.DoseOutcome <em>Dose Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.DoseOutcome
		 * @see org.cairn.model.impl.CairnPackageImpl#getDoseOutcome()
		 * @generated
		 */
		EEnum DOSE_OUTCOME = eINSTANCE.getDoseOutcome();

		/**
		 * The meta object literal for the '{@link org.cairn.model.MissedDoseReason <em>Missed Dose Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.MissedDoseReason
		 * @see org.cairn.model.impl.CairnPackageImpl#getMissedDoseReason()
		 * @generated
		 */
		EEnum MISSED_DOSE_REASON = eINSTANCE.getMissedDoseReason();

		/**
		 * The meta object literal for the '{@link org.cairn.model.TaperStatus <em>Taper Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.TaperStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getTaperStatus()
		 * @generated
		 */
		EEnum TAPER_STATUS = eINSTANCE.getTaperStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.ScreenMethod <em>Screen Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.ScreenMethod
		 * @see org.cairn.model.impl.CairnPackageImpl#getScreenMethod()
		 * @generated
		 */
		EEnum SCREEN_METHOD = eINSTANCE.getScreenMethod();

		/**
		 * The meta object literal for the '{@link org.cairn.model.SpecimenValidity <em>Specimen Validity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.SpecimenValidity
		 * @see org.cairn.model.impl.CairnPackageImpl#getSpecimenValidity()
		 * @generated
		 */
		EEnum SPECIMEN_VALIDITY = eINSTANCE.getSpecimenValidity();

		/**
		 * The meta object literal for the '{@link org.cairn.model.ScreenResult <em>Screen Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.ScreenResult
		 * @see org.cairn.model.impl.CairnPackageImpl#getScreenResult()
		 * @generated
		 */
		EEnum SCREEN_RESULT = eINSTANCE.getScreenResult();

		/**
		 * The meta object literal for the '{@link org.cairn.model.NaloxoneRecipient <em>Naloxone Recipient</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.NaloxoneRecipient
		 * @see org.cairn.model.impl.CairnPackageImpl#getNaloxoneRecipient()
		 * @generated
		 */
		EEnum NALOXONE_RECIPIENT = eINSTANCE.getNaloxoneRecipient();

		/**
		 * The meta object literal for the '{@link org.cairn.model.KitReplacementReason <em>Kit Replacement Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.KitReplacementReason
		 * @see org.cairn.model.impl.CairnPackageImpl#getKitReplacementReason()
		 * @generated
		 */
		EEnum KIT_REPLACEMENT_REASON = eINSTANCE.getKitReplacementReason();

		/**
		 * The meta object literal for the '{@link org.cairn.model.ConsentStatus <em>Consent Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.ConsentStatus
		 * @see org.cairn.model.impl.CairnPackageImpl#getConsentStatus()
		 * @generated
		 */
		EEnum CONSENT_STATUS = eINSTANCE.getConsentStatus();

		/**
		 * The meta object literal for the '{@link org.cairn.model.DisclosureMethod <em>Disclosure Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cairn.model.DisclosureMethod
		 * @see org.cairn.model.impl.CairnPackageImpl#getDisclosureMethod()
		 * @generated
		 */
		EEnum DISCLOSURE_METHOD = eINSTANCE.getDisclosureMethod();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.cairn.model.impl.CairnPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.cairn.model.impl.CairnPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //CairnPackage
