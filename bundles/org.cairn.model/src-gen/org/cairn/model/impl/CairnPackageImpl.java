/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.Addendum;
import org.cairn.model.AftercarePlan;
import org.cairn.model.Alert;
import org.cairn.model.AlertKind;
import org.cairn.model.AnalyteResult;
import org.cairn.model.Answer;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.Attendance;
import org.cairn.model.CairnFactory;
import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Code;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.model.ContactDetails;
import org.cairn.model.Diagnosis;
import org.cairn.model.DimensionRating;
import org.cairn.model.DischargeReason;
import org.cairn.model.Disclosure;
import org.cairn.model.DisclosureMethod;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EmergencyContact;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.ErrorMark;
import org.cairn.model.FlagAcknowledgement;
import org.cairn.model.FollowUp;
import org.cairn.model.Goal;
import org.cairn.model.GroupAttendee;
import org.cairn.model.GroupSession;
import org.cairn.model.Intervention;
import org.cairn.model.ItemScore;
import org.cairn.model.KitReplacementReason;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.MissedDoseReason;
import org.cairn.model.Modality;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.NaloxoneRecipient;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.Objective;
import org.cairn.model.ObjectiveStatus;
import org.cairn.model.OrderStatus;
import org.cairn.model.Patient;
import org.cairn.model.PatientRecord;
import org.cairn.model.PatientStatus;
import org.cairn.model.Phase;
import org.cairn.model.PhaseTransition;
import org.cairn.model.PlanReview;
import org.cairn.model.Problem;
import org.cairn.model.ProblemStatus;
import org.cairn.model.Programme;
import org.cairn.model.ResponseStatus;
import org.cairn.model.RiskLevel;
import org.cairn.model.RiskScreen;
import org.cairn.model.Route;
import org.cairn.model.ScreenMethod;
import org.cairn.model.ScreenResult;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Sex;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;
import org.cairn.model.SpecimenValidity;
import org.cairn.model.SubscaleScore;
import org.cairn.model.TaperSchedule;
import org.cairn.model.TaperStatus;
import org.cairn.model.TaperStep;
import org.cairn.model.UrineDrugScreen;
import org.cairn.model.VitalSigns;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CairnPackageImpl extends EPackageImpl implements CairnPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clinicalRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patientRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass errorMarkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactDetailsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emergencyContactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alertEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass episodeOfCareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagnosisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phaseTransitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass careTeamMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aftercarePlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass followUpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass carePlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionRatingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass problemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionNoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noteSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskScreenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addendumEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupAttendeeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentResponseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass answerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemScoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subscaleScoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flagAcknowledgementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass medicationOrderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass doseAdministrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taperScheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taperStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass urineDrugScreenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analyteResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass naloxoneDispenseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vitalSignsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass disclosureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum patientStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum alertKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum programmeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum episodeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dischargeReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum careTeamRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum carePlanStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum problemStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum objectiveStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signerRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum modalityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum noteFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum noteStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attendanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum responseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum medicationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum orderStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum routeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum doseOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum missedDoseReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taperStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screenMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum specimenValidityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screenResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum naloxoneRecipientEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kitReplacementReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum disclosureMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.cairn.model.CairnPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CairnPackageImpl() {
		super(eNS_URI, CairnFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CairnPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CairnPackage init() {
		if (isInited) return (CairnPackage)EPackage.Registry.INSTANCE.getEPackage(CairnPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCairnPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CairnPackageImpl theCairnPackage = registeredCairnPackage instanceof CairnPackageImpl ? (CairnPackageImpl)registeredCairnPackage : new CairnPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCairnPackage.createPackageContents();

		// Initialize created meta-data
		theCairnPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCairnPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CairnPackage.eNS_URI, theCairnPackage);
		return theCairnPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClinicalRecord() {
		return clinicalRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClinicalRecord_Id() {
		return (EAttribute)clinicalRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatientRecord() {
		return patientRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRecord_PatientId() {
		return (EAttribute)patientRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRecord_EpisodeId() {
		return (EAttribute)patientRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCode() {
		return codeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_System() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Code() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Display() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignature() {
		return signatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_SignerId() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_SignerName() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Credentials() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Role() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_SignedAt() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Meaning() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_ContentHash() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getErrorMark() {
		return errorMarkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorMark_Reason() {
		return (EAttribute)errorMarkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorMark_MarkedBy() {
		return (EAttribute)errorMarkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorMark_MarkedAt() {
		return (EAttribute)errorMarkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatient() {
		return patientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_Mrn() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_GivenName() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_FamilyName() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_MiddleName() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_PreferredName() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_BirthDate() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_SexAtBirth() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_GenderIdentity() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_Pronouns() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_Language() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_InterpreterNeeded() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_Status() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_MergedInto() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatient_Contact() {
		return (EReference)patientEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatient_EmergencyContacts() {
		return (EReference)patientEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatient_Alerts() {
		return (EReference)patientEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_AdmissionNoticeGivenAt() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactDetails() {
		return contactDetailsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Phone() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Mobile() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Email() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_AddressLines() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_City() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Region() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_PostalCode() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_Country() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetails_MayLeaveMessages() {
		return (EAttribute)contactDetailsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmergencyContact() {
		return emergencyContactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyContact_Name() {
		return (EAttribute)emergencyContactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyContact_Relationship() {
		return (EAttribute)emergencyContactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyContact_Phone() {
		return (EAttribute)emergencyContactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyContact_ConsentId() {
		return (EAttribute)emergencyContactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlert() {
		return alertEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlert_Kind() {
		return (EAttribute)alertEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlert_Text() {
		return (EAttribute)alertEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlert_Since() {
		return (EAttribute)alertEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlert_Active() {
		return (EAttribute)alertEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlert_RecordedBy() {
		return (EAttribute)alertEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEpisodeOfCare() {
		return episodeOfCareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_Programme() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_LevelOfCare() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_Status() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_AdmittedOn() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_DischargedOn() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_LastUseAt() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Substances() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Diagnoses() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Phases() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_CareTeam() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_DischargeReason() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpisodeOfCare_DischargeSummary() {
		return (EAttribute)episodeOfCareEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_Aftercare() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpisodeOfCare_EnteredInError() {
		return (EReference)episodeOfCareEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagnosis() {
		return diagnosisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosis_Code() {
		return (EReference)diagnosisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosis_Primary() {
		return (EAttribute)diagnosisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosis_OnsetOn() {
		return (EAttribute)diagnosisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosis_ResolvedOn() {
		return (EAttribute)diagnosisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosis_DiagnosedBy() {
		return (EAttribute)diagnosisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhaseTransition() {
		return phaseTransitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseTransition_Phase() {
		return (EAttribute)phaseTransitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseTransition_StartedOn() {
		return (EAttribute)phaseTransitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseTransition_EndedOn() {
		return (EAttribute)phaseTransitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseTransition_Reason() {
		return (EAttribute)phaseTransitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCareTeamMember() {
		return careTeamMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareTeamMember_StaffId() {
		return (EAttribute)careTeamMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareTeamMember_Role() {
		return (EAttribute)careTeamMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareTeamMember_From() {
		return (EAttribute)careTeamMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareTeamMember_To() {
		return (EAttribute)careTeamMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAftercarePlan() {
		return aftercarePlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAftercarePlan_Summary() {
		return (EAttribute)aftercarePlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAftercarePlan_Referrals() {
		return (EAttribute)aftercarePlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAftercarePlan_FollowUps() {
		return (EReference)aftercarePlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFollowUp() {
		return followUpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_DueOn() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Kind() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Done() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_DoneOn() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Outcome() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCarePlan() {
		return carePlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_Revision() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_Status() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_EffectiveFrom() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_ReviewDue() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCarePlan_Problems() {
		return (EReference)carePlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_Strengths() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_Barriers() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_Preferences() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_DischargeCriteria() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan_CrisisPlan() {
		return (EAttribute)carePlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCarePlan_DimensionRatings() {
		return (EReference)carePlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCarePlan_Reviews() {
		return (EReference)carePlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCarePlan_Signatures() {
		return (EReference)carePlanEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCarePlan_EnteredInError() {
		return (EReference)carePlanEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimensionRating() {
		return dimensionRatingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDimensionRating_Dimension() {
		return (EReference)dimensionRatingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionRating_Rating() {
		return (EAttribute)dimensionRatingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionRating_Note() {
		return (EAttribute)dimensionRatingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProblem() {
		return problemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Id() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Statement() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProblem_Dimensions() {
		return (EReference)problemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Evidence() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_EvidenceRecordIds() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Priority() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Status() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProblem_Goal() {
		return (EReference)problemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal() {
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Id() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Statement() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Objectives() {
		return (EReference)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjective() {
		return objectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Id() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Statement() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Measure() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Baseline() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Target() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_StartOn() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_TargetOn() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Status() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_ProgressRating() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_LinkedFormId() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Interventions() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntervention() {
		return interventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Id() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Description() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Modality() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Frequency() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Duration() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_ResponsibleStaffId() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Location() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_EvidenceBasedPractice() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanReview() {
		return planReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanReview_ReviewedOn() {
		return (EAttribute)planReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanReview_ReviewerId() {
		return (EAttribute)planReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanReview_Reason() {
		return (EAttribute)planReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanReview_Summary() {
		return (EAttribute)planReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSessionNote() {
		return sessionNoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_ServiceType() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_Modality() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_Location() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_StartedAt() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_EndedAt() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_Format() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionNote_Sections() {
		return (EReference)sessionNoteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_Attendees() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_ObjectivesAddressed() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionNote_RiskScreen() {
		return (EReference)sessionNoteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_Status() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_AuthorId() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_LateEntry() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_GroupSessionId() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionNote_Signature() {
		return (EReference)sessionNoteEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionNote_CoSignature() {
		return (EReference)sessionNoteEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_CoSignatureRequired() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionNote_Addenda() {
		return (EReference)sessionNoteEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSessionNote_EnteredInError() {
		return (EReference)sessionNoteEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionNote_Part2Protected() {
		return (EAttribute)sessionNoteEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoteSection() {
		return noteSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoteSection_Key() {
		return (EAttribute)noteSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoteSection_Heading() {
		return (EAttribute)noteSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoteSection_Text() {
		return (EAttribute)noteSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRiskScreen() {
		return riskScreenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskScreen_SuicidalIdeation() {
		return (EAttribute)riskScreenEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskScreen_HomicidalIdeation() {
		return (EAttribute)riskScreenEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskScreen_OverdoseRisk() {
		return (EAttribute)riskScreenEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskScreen_SafetyPlanReviewed() {
		return (EAttribute)riskScreenEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskScreen_Notes() {
		return (EAttribute)riskScreenEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddendum() {
		return addendumEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddendum_Text() {
		return (EAttribute)addendumEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddendum_AuthorId() {
		return (EAttribute)addendumEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddendum_WrittenAt() {
		return (EAttribute)addendumEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAddendum_Signature() {
		return (EReference)addendumEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupSession() {
		return groupSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_Topic() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_ServiceType() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_FacilitatorIds() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_Modality() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_Location() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_StartedAt() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_EndedAt() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSession_Content() {
		return (EAttribute)groupSessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupSession_Roster() {
		return (EReference)groupSessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupAttendee() {
		return groupAttendeeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupAttendee_PatientId() {
		return (EAttribute)groupAttendeeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupAttendee_Attendance() {
		return (EAttribute)groupAttendeeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupAttendee_Participation() {
		return (EAttribute)groupAttendeeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupAttendee_NoteId() {
		return (EAttribute)groupAttendeeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentResponse() {
		return assessmentResponseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_FormId() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_FormVersion() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_AdministeredAt() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_AdministeredBy() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_Status() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentResponse_Answers() {
		return (EReference)assessmentResponseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentResponse_ItemScores() {
		return (EReference)assessmentResponseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_Total() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentResponse_Subscales() {
		return (EReference)assessmentResponseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_Band() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_Flags() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentResponse_Acknowledgements() {
		return (EReference)assessmentResponseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentResponse_HoursSinceLastUse() {
		return (EAttribute)assessmentResponseEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentResponse_EnteredInError() {
		return (EReference)assessmentResponseEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnswer() {
		return answerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_ItemId() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Value() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemScore() {
		return itemScoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemScore_ItemId() {
		return (EAttribute)itemScoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemScore_Score() {
		return (EAttribute)itemScoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubscaleScore() {
		return subscaleScoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscaleScore_SubscaleId() {
		return (EAttribute)subscaleScoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscaleScore_Score() {
		return (EAttribute)subscaleScoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscaleScore_Band() {
		return (EAttribute)subscaleScoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlagAcknowledgement() {
		return flagAcknowledgementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagAcknowledgement_Flag() {
		return (EAttribute)flagAcknowledgementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagAcknowledgement_AcknowledgedBy() {
		return (EAttribute)flagAcknowledgementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagAcknowledgement_AcknowledgedAt() {
		return (EAttribute)flagAcknowledgementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagAcknowledgement_Note() {
		return (EAttribute)flagAcknowledgementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMedicationOrder() {
		return medicationOrderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_Kind() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedicationOrder_Medication() {
		return (EReference)medicationOrderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_MedicationName() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_DoseMg() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_SplitDose() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_AmDoseMg() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_PmDoseMg() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_Route() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_Frequency() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_StartOn() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_EndOn() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_PrescriberId() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_Status() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_Reason() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_MaxTakeHomeDays() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_PdmpCheckedOn() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_DaysSupply() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_Quantity() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedicationOrder_Instructions() {
		return (EAttribute)medicationOrderEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedicationOrder_EnteredInError() {
		return (EReference)medicationOrderEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDoseAdministration() {
		return doseAdministrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_OrderId() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_ScheduledFor() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_Outcome() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_DoseMg() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_AdministeredAt() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_AdministeredBy() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_TakeHomeDoses() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_LockBoxVerified() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_Lot() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_IdentityChecked() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_MissedReason() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_InjectionSite() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_NextDueOn() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseAdministration_Notes() {
		return (EAttribute)doseAdministrationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDoseAdministration_EnteredInError() {
		return (EReference)doseAdministrationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaperSchedule() {
		return taperScheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaperSchedule_OrderId() {
		return (EAttribute)taperScheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaperSchedule_Status() {
		return (EAttribute)taperScheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaperSchedule_Reason() {
		return (EAttribute)taperScheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaperSchedule_PatientAgreed() {
		return (EAttribute)taperScheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaperSchedule_Steps() {
		return (EReference)taperScheduleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaperSchedule_EnteredInError() {
		return (EReference)taperScheduleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaperStep() {
		return taperStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaperStep_FromDate() {
		return (EAttribute)taperStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaperStep_DoseMg() {
		return (EAttribute)taperStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUrineDrugScreen() {
		return urineDrugScreenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_CollectedAt() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_CollectedBy() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_Observed() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_TemperatureInRange() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_Method() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_Validity() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_Random() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUrineDrugScreen_Results() {
		return (EReference)urineDrugScreenEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUrineDrugScreen_Notes() {
		return (EAttribute)urineDrugScreenEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUrineDrugScreen_EnteredInError() {
		return (EReference)urineDrugScreenEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalyteResult() {
		return analyteResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyteResult_Analyte() {
		return (EReference)analyteResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalyteResult_Result() {
		return (EAttribute)analyteResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalyteResult_CutoffNgPerMl() {
		return (EAttribute)analyteResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalyteResult_Expected() {
		return (EAttribute)analyteResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalyteResult_Confirmation() {
		return (EAttribute)analyteResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNaloxoneDispense() {
		return naloxoneDispenseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_DispensedAt() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_DispensedBy() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_Recipient() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_RecipientName() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNaloxoneDispense_Product() {
		return (EReference)naloxoneDispenseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_Quantity() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_Lot() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_ExpiresOn() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_TrainingGiven() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_OverdosePlanReviewed() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNaloxoneDispense_ReplacementReason() {
		return (EAttribute)naloxoneDispenseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNaloxoneDispense_EnteredInError() {
		return (EReference)naloxoneDispenseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVitalSigns() {
		return vitalSignsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_TakenAt() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_TakenBy() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_PulseBpm() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_SystolicMmHg() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_DiastolicMmHg() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_RespiratoryRate() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_TemperatureCelsius() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_OxygenSaturation() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVitalSigns_Comment() {
		return (EAttribute)vitalSignsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVitalSigns_EnteredInError() {
		return (EReference)vitalSignsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsent() {
		return consentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Discloser() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Information() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Recipients() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Purpose() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_TreatmentPaymentOperations() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_RevocationExplained() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_ExpiresOn() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_ExpiryEvent() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_RedisclosureStatement() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_RefusalConsequencesStated() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_SignedBy() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_SignerRelationship() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_SignedOn() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Status() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_RevokedOn() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_ActedInRelianceBeforeRevocation() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_CounsellingNotesIncluded() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsent_EnteredInError() {
		return (EReference)consentEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisclosure() {
		return disclosureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_ConsentId() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_DisclosedAt() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_DisclosedBy() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_Recipient() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_Information() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_Purpose() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_Method() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_NoticeAttached() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_RecordIds() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPatientStatus() {
		return patientStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAlertKind() {
		return alertKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProgramme() {
		return programmeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhase() {
		return phaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEpisodeStatus() {
		return episodeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDischargeReason() {
		return dischargeReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCareTeamRole() {
		return careTeamRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCarePlanStatus() {
		return carePlanStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProblemStatus() {
		return problemStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObjectiveStatus() {
		return objectiveStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignerRole() {
		return signerRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceType() {
		return serviceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getModality() {
		return modalityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNoteFormat() {
		return noteFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNoteStatus() {
		return noteStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskLevel() {
		return riskLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttendance() {
		return attendanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResponseStatus() {
		return responseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMedicationKind() {
		return medicationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrderStatus() {
		return orderStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoute() {
		return routeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDoseOutcome() {
		return doseOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMissedDoseReason() {
		return missedDoseReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaperStatus() {
		return taperStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreenMethod() {
		return screenMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSpecimenValidity() {
		return specimenValidityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreenResult() {
		return screenResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNaloxoneRecipient() {
		return naloxoneRecipientEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKitReplacementReason() {
		return kitReplacementReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsentStatus() {
		return consentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisclosureMethod() {
		return disclosureMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CairnFactory getCairnFactory() {
		return (CairnFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		clinicalRecordEClass = createEClass(CLINICAL_RECORD);
		createEAttribute(clinicalRecordEClass, CLINICAL_RECORD__ID);

		patientRecordEClass = createEClass(PATIENT_RECORD);
		createEAttribute(patientRecordEClass, PATIENT_RECORD__PATIENT_ID);
		createEAttribute(patientRecordEClass, PATIENT_RECORD__EPISODE_ID);

		codeEClass = createEClass(CODE);
		createEAttribute(codeEClass, CODE__SYSTEM);
		createEAttribute(codeEClass, CODE__CODE);
		createEAttribute(codeEClass, CODE__DISPLAY);

		signatureEClass = createEClass(SIGNATURE);
		createEAttribute(signatureEClass, SIGNATURE__SIGNER_ID);
		createEAttribute(signatureEClass, SIGNATURE__SIGNER_NAME);
		createEAttribute(signatureEClass, SIGNATURE__CREDENTIALS);
		createEAttribute(signatureEClass, SIGNATURE__ROLE);
		createEAttribute(signatureEClass, SIGNATURE__SIGNED_AT);
		createEAttribute(signatureEClass, SIGNATURE__MEANING);
		createEAttribute(signatureEClass, SIGNATURE__CONTENT_HASH);

		errorMarkEClass = createEClass(ERROR_MARK);
		createEAttribute(errorMarkEClass, ERROR_MARK__REASON);
		createEAttribute(errorMarkEClass, ERROR_MARK__MARKED_BY);
		createEAttribute(errorMarkEClass, ERROR_MARK__MARKED_AT);

		patientEClass = createEClass(PATIENT);
		createEAttribute(patientEClass, PATIENT__MRN);
		createEAttribute(patientEClass, PATIENT__GIVEN_NAME);
		createEAttribute(patientEClass, PATIENT__FAMILY_NAME);
		createEAttribute(patientEClass, PATIENT__MIDDLE_NAME);
		createEAttribute(patientEClass, PATIENT__PREFERRED_NAME);
		createEAttribute(patientEClass, PATIENT__BIRTH_DATE);
		createEAttribute(patientEClass, PATIENT__SEX_AT_BIRTH);
		createEAttribute(patientEClass, PATIENT__GENDER_IDENTITY);
		createEAttribute(patientEClass, PATIENT__PRONOUNS);
		createEAttribute(patientEClass, PATIENT__LANGUAGE);
		createEAttribute(patientEClass, PATIENT__INTERPRETER_NEEDED);
		createEAttribute(patientEClass, PATIENT__STATUS);
		createEAttribute(patientEClass, PATIENT__MERGED_INTO);
		createEReference(patientEClass, PATIENT__CONTACT);
		createEReference(patientEClass, PATIENT__EMERGENCY_CONTACTS);
		createEReference(patientEClass, PATIENT__ALERTS);
		createEAttribute(patientEClass, PATIENT__ADMISSION_NOTICE_GIVEN_AT);

		contactDetailsEClass = createEClass(CONTACT_DETAILS);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__PHONE);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__MOBILE);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__EMAIL);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__ADDRESS_LINES);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__CITY);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__REGION);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__POSTAL_CODE);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__COUNTRY);
		createEAttribute(contactDetailsEClass, CONTACT_DETAILS__MAY_LEAVE_MESSAGES);

		emergencyContactEClass = createEClass(EMERGENCY_CONTACT);
		createEAttribute(emergencyContactEClass, EMERGENCY_CONTACT__NAME);
		createEAttribute(emergencyContactEClass, EMERGENCY_CONTACT__RELATIONSHIP);
		createEAttribute(emergencyContactEClass, EMERGENCY_CONTACT__PHONE);
		createEAttribute(emergencyContactEClass, EMERGENCY_CONTACT__CONSENT_ID);

		alertEClass = createEClass(ALERT);
		createEAttribute(alertEClass, ALERT__KIND);
		createEAttribute(alertEClass, ALERT__TEXT);
		createEAttribute(alertEClass, ALERT__SINCE);
		createEAttribute(alertEClass, ALERT__ACTIVE);
		createEAttribute(alertEClass, ALERT__RECORDED_BY);

		episodeOfCareEClass = createEClass(EPISODE_OF_CARE);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__PROGRAMME);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__LEVEL_OF_CARE);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__STATUS);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__ADMITTED_ON);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__DISCHARGED_ON);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__LAST_USE_AT);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__SUBSTANCES);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__DIAGNOSES);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__PHASES);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__CARE_TEAM);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__DISCHARGE_REASON);
		createEAttribute(episodeOfCareEClass, EPISODE_OF_CARE__DISCHARGE_SUMMARY);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__AFTERCARE);
		createEReference(episodeOfCareEClass, EPISODE_OF_CARE__ENTERED_IN_ERROR);

		diagnosisEClass = createEClass(DIAGNOSIS);
		createEReference(diagnosisEClass, DIAGNOSIS__CODE);
		createEAttribute(diagnosisEClass, DIAGNOSIS__PRIMARY);
		createEAttribute(diagnosisEClass, DIAGNOSIS__ONSET_ON);
		createEAttribute(diagnosisEClass, DIAGNOSIS__RESOLVED_ON);
		createEAttribute(diagnosisEClass, DIAGNOSIS__DIAGNOSED_BY);

		phaseTransitionEClass = createEClass(PHASE_TRANSITION);
		createEAttribute(phaseTransitionEClass, PHASE_TRANSITION__PHASE);
		createEAttribute(phaseTransitionEClass, PHASE_TRANSITION__STARTED_ON);
		createEAttribute(phaseTransitionEClass, PHASE_TRANSITION__ENDED_ON);
		createEAttribute(phaseTransitionEClass, PHASE_TRANSITION__REASON);

		careTeamMemberEClass = createEClass(CARE_TEAM_MEMBER);
		createEAttribute(careTeamMemberEClass, CARE_TEAM_MEMBER__STAFF_ID);
		createEAttribute(careTeamMemberEClass, CARE_TEAM_MEMBER__ROLE);
		createEAttribute(careTeamMemberEClass, CARE_TEAM_MEMBER__FROM);
		createEAttribute(careTeamMemberEClass, CARE_TEAM_MEMBER__TO);

		aftercarePlanEClass = createEClass(AFTERCARE_PLAN);
		createEAttribute(aftercarePlanEClass, AFTERCARE_PLAN__SUMMARY);
		createEAttribute(aftercarePlanEClass, AFTERCARE_PLAN__REFERRALS);
		createEReference(aftercarePlanEClass, AFTERCARE_PLAN__FOLLOW_UPS);

		followUpEClass = createEClass(FOLLOW_UP);
		createEAttribute(followUpEClass, FOLLOW_UP__DUE_ON);
		createEAttribute(followUpEClass, FOLLOW_UP__KIND);
		createEAttribute(followUpEClass, FOLLOW_UP__DONE);
		createEAttribute(followUpEClass, FOLLOW_UP__DONE_ON);
		createEAttribute(followUpEClass, FOLLOW_UP__OUTCOME);

		carePlanEClass = createEClass(CARE_PLAN);
		createEAttribute(carePlanEClass, CARE_PLAN__REVISION);
		createEAttribute(carePlanEClass, CARE_PLAN__STATUS);
		createEAttribute(carePlanEClass, CARE_PLAN__EFFECTIVE_FROM);
		createEAttribute(carePlanEClass, CARE_PLAN__REVIEW_DUE);
		createEReference(carePlanEClass, CARE_PLAN__PROBLEMS);
		createEAttribute(carePlanEClass, CARE_PLAN__STRENGTHS);
		createEAttribute(carePlanEClass, CARE_PLAN__BARRIERS);
		createEAttribute(carePlanEClass, CARE_PLAN__PREFERENCES);
		createEAttribute(carePlanEClass, CARE_PLAN__DISCHARGE_CRITERIA);
		createEAttribute(carePlanEClass, CARE_PLAN__CRISIS_PLAN);
		createEReference(carePlanEClass, CARE_PLAN__DIMENSION_RATINGS);
		createEReference(carePlanEClass, CARE_PLAN__REVIEWS);
		createEReference(carePlanEClass, CARE_PLAN__SIGNATURES);
		createEReference(carePlanEClass, CARE_PLAN__ENTERED_IN_ERROR);

		dimensionRatingEClass = createEClass(DIMENSION_RATING);
		createEReference(dimensionRatingEClass, DIMENSION_RATING__DIMENSION);
		createEAttribute(dimensionRatingEClass, DIMENSION_RATING__RATING);
		createEAttribute(dimensionRatingEClass, DIMENSION_RATING__NOTE);

		problemEClass = createEClass(PROBLEM);
		createEAttribute(problemEClass, PROBLEM__ID);
		createEAttribute(problemEClass, PROBLEM__STATEMENT);
		createEReference(problemEClass, PROBLEM__DIMENSIONS);
		createEAttribute(problemEClass, PROBLEM__EVIDENCE);
		createEAttribute(problemEClass, PROBLEM__EVIDENCE_RECORD_IDS);
		createEAttribute(problemEClass, PROBLEM__PRIORITY);
		createEAttribute(problemEClass, PROBLEM__STATUS);
		createEReference(problemEClass, PROBLEM__GOAL);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__ID);
		createEAttribute(goalEClass, GOAL__STATEMENT);
		createEReference(goalEClass, GOAL__OBJECTIVES);

		objectiveEClass = createEClass(OBJECTIVE);
		createEAttribute(objectiveEClass, OBJECTIVE__ID);
		createEAttribute(objectiveEClass, OBJECTIVE__STATEMENT);
		createEAttribute(objectiveEClass, OBJECTIVE__MEASURE);
		createEAttribute(objectiveEClass, OBJECTIVE__BASELINE);
		createEAttribute(objectiveEClass, OBJECTIVE__TARGET);
		createEAttribute(objectiveEClass, OBJECTIVE__START_ON);
		createEAttribute(objectiveEClass, OBJECTIVE__TARGET_ON);
		createEAttribute(objectiveEClass, OBJECTIVE__STATUS);
		createEAttribute(objectiveEClass, OBJECTIVE__PROGRESS_RATING);
		createEAttribute(objectiveEClass, OBJECTIVE__LINKED_FORM_ID);
		createEReference(objectiveEClass, OBJECTIVE__INTERVENTIONS);

		interventionEClass = createEClass(INTERVENTION);
		createEAttribute(interventionEClass, INTERVENTION__ID);
		createEAttribute(interventionEClass, INTERVENTION__DESCRIPTION);
		createEAttribute(interventionEClass, INTERVENTION__MODALITY);
		createEAttribute(interventionEClass, INTERVENTION__FREQUENCY);
		createEAttribute(interventionEClass, INTERVENTION__DURATION);
		createEAttribute(interventionEClass, INTERVENTION__RESPONSIBLE_STAFF_ID);
		createEAttribute(interventionEClass, INTERVENTION__LOCATION);
		createEAttribute(interventionEClass, INTERVENTION__EVIDENCE_BASED_PRACTICE);

		planReviewEClass = createEClass(PLAN_REVIEW);
		createEAttribute(planReviewEClass, PLAN_REVIEW__REVIEWED_ON);
		createEAttribute(planReviewEClass, PLAN_REVIEW__REVIEWER_ID);
		createEAttribute(planReviewEClass, PLAN_REVIEW__REASON);
		createEAttribute(planReviewEClass, PLAN_REVIEW__SUMMARY);

		sessionNoteEClass = createEClass(SESSION_NOTE);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__SERVICE_TYPE);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__MODALITY);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__LOCATION);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__STARTED_AT);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__ENDED_AT);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__FORMAT);
		createEReference(sessionNoteEClass, SESSION_NOTE__SECTIONS);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__ATTENDEES);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__OBJECTIVES_ADDRESSED);
		createEReference(sessionNoteEClass, SESSION_NOTE__RISK_SCREEN);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__STATUS);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__AUTHOR_ID);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__LATE_ENTRY);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__GROUP_SESSION_ID);
		createEReference(sessionNoteEClass, SESSION_NOTE__SIGNATURE);
		createEReference(sessionNoteEClass, SESSION_NOTE__CO_SIGNATURE);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__CO_SIGNATURE_REQUIRED);
		createEReference(sessionNoteEClass, SESSION_NOTE__ADDENDA);
		createEReference(sessionNoteEClass, SESSION_NOTE__ENTERED_IN_ERROR);
		createEAttribute(sessionNoteEClass, SESSION_NOTE__PART2_PROTECTED);

		noteSectionEClass = createEClass(NOTE_SECTION);
		createEAttribute(noteSectionEClass, NOTE_SECTION__KEY);
		createEAttribute(noteSectionEClass, NOTE_SECTION__HEADING);
		createEAttribute(noteSectionEClass, NOTE_SECTION__TEXT);

		riskScreenEClass = createEClass(RISK_SCREEN);
		createEAttribute(riskScreenEClass, RISK_SCREEN__SUICIDAL_IDEATION);
		createEAttribute(riskScreenEClass, RISK_SCREEN__HOMICIDAL_IDEATION);
		createEAttribute(riskScreenEClass, RISK_SCREEN__OVERDOSE_RISK);
		createEAttribute(riskScreenEClass, RISK_SCREEN__SAFETY_PLAN_REVIEWED);
		createEAttribute(riskScreenEClass, RISK_SCREEN__NOTES);

		addendumEClass = createEClass(ADDENDUM);
		createEAttribute(addendumEClass, ADDENDUM__TEXT);
		createEAttribute(addendumEClass, ADDENDUM__AUTHOR_ID);
		createEAttribute(addendumEClass, ADDENDUM__WRITTEN_AT);
		createEReference(addendumEClass, ADDENDUM__SIGNATURE);

		groupSessionEClass = createEClass(GROUP_SESSION);
		createEAttribute(groupSessionEClass, GROUP_SESSION__TOPIC);
		createEAttribute(groupSessionEClass, GROUP_SESSION__SERVICE_TYPE);
		createEAttribute(groupSessionEClass, GROUP_SESSION__FACILITATOR_IDS);
		createEAttribute(groupSessionEClass, GROUP_SESSION__MODALITY);
		createEAttribute(groupSessionEClass, GROUP_SESSION__LOCATION);
		createEAttribute(groupSessionEClass, GROUP_SESSION__STARTED_AT);
		createEAttribute(groupSessionEClass, GROUP_SESSION__ENDED_AT);
		createEAttribute(groupSessionEClass, GROUP_SESSION__CONTENT);
		createEReference(groupSessionEClass, GROUP_SESSION__ROSTER);

		groupAttendeeEClass = createEClass(GROUP_ATTENDEE);
		createEAttribute(groupAttendeeEClass, GROUP_ATTENDEE__PATIENT_ID);
		createEAttribute(groupAttendeeEClass, GROUP_ATTENDEE__ATTENDANCE);
		createEAttribute(groupAttendeeEClass, GROUP_ATTENDEE__PARTICIPATION);
		createEAttribute(groupAttendeeEClass, GROUP_ATTENDEE__NOTE_ID);

		assessmentResponseEClass = createEClass(ASSESSMENT_RESPONSE);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__FORM_ID);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__FORM_VERSION);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__ADMINISTERED_AT);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__ADMINISTERED_BY);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__STATUS);
		createEReference(assessmentResponseEClass, ASSESSMENT_RESPONSE__ANSWERS);
		createEReference(assessmentResponseEClass, ASSESSMENT_RESPONSE__ITEM_SCORES);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__TOTAL);
		createEReference(assessmentResponseEClass, ASSESSMENT_RESPONSE__SUBSCALES);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__BAND);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__FLAGS);
		createEReference(assessmentResponseEClass, ASSESSMENT_RESPONSE__ACKNOWLEDGEMENTS);
		createEAttribute(assessmentResponseEClass, ASSESSMENT_RESPONSE__HOURS_SINCE_LAST_USE);
		createEReference(assessmentResponseEClass, ASSESSMENT_RESPONSE__ENTERED_IN_ERROR);

		answerEClass = createEClass(ANSWER);
		createEAttribute(answerEClass, ANSWER__ITEM_ID);
		createEAttribute(answerEClass, ANSWER__VALUE);

		itemScoreEClass = createEClass(ITEM_SCORE);
		createEAttribute(itemScoreEClass, ITEM_SCORE__ITEM_ID);
		createEAttribute(itemScoreEClass, ITEM_SCORE__SCORE);

		subscaleScoreEClass = createEClass(SUBSCALE_SCORE);
		createEAttribute(subscaleScoreEClass, SUBSCALE_SCORE__SUBSCALE_ID);
		createEAttribute(subscaleScoreEClass, SUBSCALE_SCORE__SCORE);
		createEAttribute(subscaleScoreEClass, SUBSCALE_SCORE__BAND);

		flagAcknowledgementEClass = createEClass(FLAG_ACKNOWLEDGEMENT);
		createEAttribute(flagAcknowledgementEClass, FLAG_ACKNOWLEDGEMENT__FLAG);
		createEAttribute(flagAcknowledgementEClass, FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY);
		createEAttribute(flagAcknowledgementEClass, FLAG_ACKNOWLEDGEMENT__ACKNOWLEDGED_AT);
		createEAttribute(flagAcknowledgementEClass, FLAG_ACKNOWLEDGEMENT__NOTE);

		medicationOrderEClass = createEClass(MEDICATION_ORDER);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__KIND);
		createEReference(medicationOrderEClass, MEDICATION_ORDER__MEDICATION);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__MEDICATION_NAME);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__DOSE_MG);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__SPLIT_DOSE);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__AM_DOSE_MG);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__PM_DOSE_MG);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__ROUTE);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__FREQUENCY);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__START_ON);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__END_ON);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__PRESCRIBER_ID);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__STATUS);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__REASON);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__MAX_TAKE_HOME_DAYS);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__PDMP_CHECKED_ON);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__DAYS_SUPPLY);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__QUANTITY);
		createEAttribute(medicationOrderEClass, MEDICATION_ORDER__INSTRUCTIONS);
		createEReference(medicationOrderEClass, MEDICATION_ORDER__ENTERED_IN_ERROR);

		doseAdministrationEClass = createEClass(DOSE_ADMINISTRATION);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__ORDER_ID);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__SCHEDULED_FOR);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__OUTCOME);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__DOSE_MG);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__ADMINISTERED_AT);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__ADMINISTERED_BY);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__TAKE_HOME_DOSES);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__LOCK_BOX_VERIFIED);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__LOT);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__IDENTITY_CHECKED);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__MISSED_REASON);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__INJECTION_SITE);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__NEXT_DUE_ON);
		createEAttribute(doseAdministrationEClass, DOSE_ADMINISTRATION__NOTES);
		createEReference(doseAdministrationEClass, DOSE_ADMINISTRATION__ENTERED_IN_ERROR);

		taperScheduleEClass = createEClass(TAPER_SCHEDULE);
		createEAttribute(taperScheduleEClass, TAPER_SCHEDULE__ORDER_ID);
		createEAttribute(taperScheduleEClass, TAPER_SCHEDULE__STATUS);
		createEAttribute(taperScheduleEClass, TAPER_SCHEDULE__REASON);
		createEAttribute(taperScheduleEClass, TAPER_SCHEDULE__PATIENT_AGREED);
		createEReference(taperScheduleEClass, TAPER_SCHEDULE__STEPS);
		createEReference(taperScheduleEClass, TAPER_SCHEDULE__ENTERED_IN_ERROR);

		taperStepEClass = createEClass(TAPER_STEP);
		createEAttribute(taperStepEClass, TAPER_STEP__FROM_DATE);
		createEAttribute(taperStepEClass, TAPER_STEP__DOSE_MG);

		urineDrugScreenEClass = createEClass(URINE_DRUG_SCREEN);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__COLLECTED_AT);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__COLLECTED_BY);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__OBSERVED);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__METHOD);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__VALIDITY);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__RANDOM);
		createEReference(urineDrugScreenEClass, URINE_DRUG_SCREEN__RESULTS);
		createEAttribute(urineDrugScreenEClass, URINE_DRUG_SCREEN__NOTES);
		createEReference(urineDrugScreenEClass, URINE_DRUG_SCREEN__ENTERED_IN_ERROR);

		analyteResultEClass = createEClass(ANALYTE_RESULT);
		createEReference(analyteResultEClass, ANALYTE_RESULT__ANALYTE);
		createEAttribute(analyteResultEClass, ANALYTE_RESULT__RESULT);
		createEAttribute(analyteResultEClass, ANALYTE_RESULT__CUTOFF_NG_PER_ML);
		createEAttribute(analyteResultEClass, ANALYTE_RESULT__EXPECTED);
		createEAttribute(analyteResultEClass, ANALYTE_RESULT__CONFIRMATION);

		naloxoneDispenseEClass = createEClass(NALOXONE_DISPENSE);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__DISPENSED_AT);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__DISPENSED_BY);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__RECIPIENT);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__RECIPIENT_NAME);
		createEReference(naloxoneDispenseEClass, NALOXONE_DISPENSE__PRODUCT);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__QUANTITY);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__LOT);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__EXPIRES_ON);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__TRAINING_GIVEN);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__OVERDOSE_PLAN_REVIEWED);
		createEAttribute(naloxoneDispenseEClass, NALOXONE_DISPENSE__REPLACEMENT_REASON);
		createEReference(naloxoneDispenseEClass, NALOXONE_DISPENSE__ENTERED_IN_ERROR);

		vitalSignsEClass = createEClass(VITAL_SIGNS);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__TAKEN_AT);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__TAKEN_BY);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__PULSE_BPM);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__SYSTOLIC_MM_HG);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__DIASTOLIC_MM_HG);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__RESPIRATORY_RATE);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__TEMPERATURE_CELSIUS);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__OXYGEN_SATURATION);
		createEAttribute(vitalSignsEClass, VITAL_SIGNS__COMMENT);
		createEReference(vitalSignsEClass, VITAL_SIGNS__ENTERED_IN_ERROR);

		consentEClass = createEClass(CONSENT);
		createEAttribute(consentEClass, CONSENT__DISCLOSER);
		createEAttribute(consentEClass, CONSENT__INFORMATION);
		createEAttribute(consentEClass, CONSENT__RECIPIENTS);
		createEAttribute(consentEClass, CONSENT__PURPOSE);
		createEAttribute(consentEClass, CONSENT__TREATMENT_PAYMENT_OPERATIONS);
		createEAttribute(consentEClass, CONSENT__REVOCATION_EXPLAINED);
		createEAttribute(consentEClass, CONSENT__EXPIRES_ON);
		createEAttribute(consentEClass, CONSENT__EXPIRY_EVENT);
		createEAttribute(consentEClass, CONSENT__REDISCLOSURE_STATEMENT);
		createEAttribute(consentEClass, CONSENT__REFUSAL_CONSEQUENCES_STATED);
		createEAttribute(consentEClass, CONSENT__SIGNED_BY);
		createEAttribute(consentEClass, CONSENT__SIGNER_RELATIONSHIP);
		createEAttribute(consentEClass, CONSENT__SIGNED_ON);
		createEAttribute(consentEClass, CONSENT__STATUS);
		createEAttribute(consentEClass, CONSENT__REVOKED_ON);
		createEAttribute(consentEClass, CONSENT__ACTED_IN_RELIANCE_BEFORE_REVOCATION);
		createEAttribute(consentEClass, CONSENT__COUNSELLING_NOTES_INCLUDED);
		createEReference(consentEClass, CONSENT__ENTERED_IN_ERROR);

		disclosureEClass = createEClass(DISCLOSURE);
		createEAttribute(disclosureEClass, DISCLOSURE__CONSENT_ID);
		createEAttribute(disclosureEClass, DISCLOSURE__DISCLOSED_AT);
		createEAttribute(disclosureEClass, DISCLOSURE__DISCLOSED_BY);
		createEAttribute(disclosureEClass, DISCLOSURE__RECIPIENT);
		createEAttribute(disclosureEClass, DISCLOSURE__INFORMATION);
		createEAttribute(disclosureEClass, DISCLOSURE__PURPOSE);
		createEAttribute(disclosureEClass, DISCLOSURE__METHOD);
		createEAttribute(disclosureEClass, DISCLOSURE__NOTICE_ATTACHED);
		createEAttribute(disclosureEClass, DISCLOSURE__RECORD_IDS);

		// Create enums
		sexEEnum = createEEnum(SEX);
		patientStatusEEnum = createEEnum(PATIENT_STATUS);
		alertKindEEnum = createEEnum(ALERT_KIND);
		programmeEEnum = createEEnum(PROGRAMME);
		phaseEEnum = createEEnum(PHASE);
		episodeStatusEEnum = createEEnum(EPISODE_STATUS);
		dischargeReasonEEnum = createEEnum(DISCHARGE_REASON);
		careTeamRoleEEnum = createEEnum(CARE_TEAM_ROLE);
		carePlanStatusEEnum = createEEnum(CARE_PLAN_STATUS);
		problemStatusEEnum = createEEnum(PROBLEM_STATUS);
		objectiveStatusEEnum = createEEnum(OBJECTIVE_STATUS);
		signerRoleEEnum = createEEnum(SIGNER_ROLE);
		serviceTypeEEnum = createEEnum(SERVICE_TYPE);
		modalityEEnum = createEEnum(MODALITY);
		noteFormatEEnum = createEEnum(NOTE_FORMAT);
		noteStatusEEnum = createEEnum(NOTE_STATUS);
		riskLevelEEnum = createEEnum(RISK_LEVEL);
		attendanceEEnum = createEEnum(ATTENDANCE);
		responseStatusEEnum = createEEnum(RESPONSE_STATUS);
		medicationKindEEnum = createEEnum(MEDICATION_KIND);
		orderStatusEEnum = createEEnum(ORDER_STATUS);
		routeEEnum = createEEnum(ROUTE);
		doseOutcomeEEnum = createEEnum(DOSE_OUTCOME);
		missedDoseReasonEEnum = createEEnum(MISSED_DOSE_REASON);
		taperStatusEEnum = createEEnum(TAPER_STATUS);
		screenMethodEEnum = createEEnum(SCREEN_METHOD);
		specimenValidityEEnum = createEEnum(SPECIMEN_VALIDITY);
		screenResultEEnum = createEEnum(SCREEN_RESULT);
		naloxoneRecipientEEnum = createEEnum(NALOXONE_RECIPIENT);
		kitReplacementReasonEEnum = createEEnum(KIT_REPLACEMENT_REASON);
		consentStatusEEnum = createEEnum(CONSENT_STATUS);
		disclosureMethodEEnum = createEEnum(DISCLOSURE_METHOD);

		// Create data types
		dateEDataType = createEDataType(DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		patientRecordEClass.getESuperTypes().add(this.getClinicalRecord());
		patientEClass.getESuperTypes().add(this.getClinicalRecord());
		episodeOfCareEClass.getESuperTypes().add(this.getPatientRecord());
		carePlanEClass.getESuperTypes().add(this.getPatientRecord());
		sessionNoteEClass.getESuperTypes().add(this.getPatientRecord());
		groupSessionEClass.getESuperTypes().add(this.getClinicalRecord());
		assessmentResponseEClass.getESuperTypes().add(this.getPatientRecord());
		medicationOrderEClass.getESuperTypes().add(this.getPatientRecord());
		doseAdministrationEClass.getESuperTypes().add(this.getPatientRecord());
		taperScheduleEClass.getESuperTypes().add(this.getPatientRecord());
		urineDrugScreenEClass.getESuperTypes().add(this.getPatientRecord());
		naloxoneDispenseEClass.getESuperTypes().add(this.getPatientRecord());
		vitalSignsEClass.getESuperTypes().add(this.getPatientRecord());
		consentEClass.getESuperTypes().add(this.getPatientRecord());
		disclosureEClass.getESuperTypes().add(this.getPatientRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(clinicalRecordEClass, ClinicalRecord.class, "ClinicalRecord", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClinicalRecord_Id(), ecorePackage.getEString(), "id", null, 1, 1, ClinicalRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(patientRecordEClass, PatientRecord.class, "PatientRecord", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPatientRecord_PatientId(), ecorePackage.getEString(), "patientId", null, 1, 1, PatientRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatientRecord_EpisodeId(), ecorePackage.getEString(), "episodeId", null, 0, 1, PatientRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codeEClass, Code.class, "Code", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCode_System(), ecorePackage.getEString(), "system", null, 1, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Code(), ecorePackage.getEString(), "code", null, 1, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Display(), ecorePackage.getEString(), "display", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signatureEClass, Signature.class, "Signature", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignature_SignerId(), ecorePackage.getEString(), "signerId", null, 1, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_SignerName(), ecorePackage.getEString(), "signerName", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_Credentials(), ecorePackage.getEString(), "credentials", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_Role(), this.getSignerRole(), "role", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_SignedAt(), this.getInstant(), "signedAt", null, 1, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_Meaning(), ecorePackage.getEString(), "meaning", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(errorMarkEClass, ErrorMark.class, "ErrorMark", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getErrorMark_Reason(), ecorePackage.getEString(), "reason", null, 1, 1, ErrorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorMark_MarkedBy(), ecorePackage.getEString(), "markedBy", null, 1, 1, ErrorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorMark_MarkedAt(), this.getInstant(), "markedAt", null, 1, 1, ErrorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(patientEClass, Patient.class, "Patient", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPatient_Mrn(), ecorePackage.getEString(), "mrn", null, 1, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_GivenName(), ecorePackage.getEString(), "givenName", null, 1, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_FamilyName(), ecorePackage.getEString(), "familyName", null, 1, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_MiddleName(), ecorePackage.getEString(), "middleName", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_PreferredName(), ecorePackage.getEString(), "preferredName", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_BirthDate(), this.getDate(), "birthDate", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_SexAtBirth(), this.getSex(), "sexAtBirth", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_GenderIdentity(), ecorePackage.getEString(), "genderIdentity", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_Pronouns(), ecorePackage.getEString(), "pronouns", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_Language(), ecorePackage.getEString(), "language", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_InterpreterNeeded(), ecorePackage.getEBoolean(), "interpreterNeeded", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_Status(), this.getPatientStatus(), "status", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_MergedInto(), ecorePackage.getEString(), "mergedInto", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatient_Contact(), this.getContactDetails(), null, "contact", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatient_EmergencyContacts(), this.getEmergencyContact(), null, "emergencyContacts", null, 0, -1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatient_Alerts(), this.getAlert(), null, "alerts", null, 0, -1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_AdmissionNoticeGivenAt(), this.getInstant(), "admissionNoticeGivenAt", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactDetailsEClass, ContactDetails.class, "ContactDetails", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactDetails_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_Mobile(), ecorePackage.getEString(), "mobile", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_Email(), ecorePackage.getEString(), "email", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_AddressLines(), ecorePackage.getEString(), "addressLines", null, 0, -1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_City(), ecorePackage.getEString(), "city", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_Region(), ecorePackage.getEString(), "region", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_PostalCode(), ecorePackage.getEString(), "postalCode", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_Country(), ecorePackage.getEString(), "country", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetails_MayLeaveMessages(), ecorePackage.getEBoolean(), "mayLeaveMessages", null, 0, 1, ContactDetails.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(emergencyContactEClass, EmergencyContact.class, "EmergencyContact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmergencyContact_Name(), ecorePackage.getEString(), "name", null, 1, 1, EmergencyContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyContact_Relationship(), ecorePackage.getEString(), "relationship", null, 0, 1, EmergencyContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, EmergencyContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyContact_ConsentId(), ecorePackage.getEString(), "consentId", null, 0, 1, EmergencyContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alertEClass, Alert.class, "Alert", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlert_Kind(), this.getAlertKind(), "kind", null, 1, 1, Alert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlert_Text(), ecorePackage.getEString(), "text", null, 1, 1, Alert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlert_Since(), this.getDate(), "since", null, 0, 1, Alert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlert_Active(), ecorePackage.getEBoolean(), "active", null, 0, 1, Alert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlert_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 0, 1, Alert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(episodeOfCareEClass, EpisodeOfCare.class, "EpisodeOfCare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEpisodeOfCare_Programme(), this.getProgramme(), "programme", null, 1, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_LevelOfCare(), this.getCode(), null, "levelOfCare", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_Status(), this.getEpisodeStatus(), "status", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_AdmittedOn(), this.getDate(), "admittedOn", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_DischargedOn(), this.getDate(), "dischargedOn", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_LastUseAt(), this.getInstant(), "lastUseAt", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Substances(), this.getCode(), null, "substances", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Diagnoses(), this.getDiagnosis(), null, "diagnoses", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Phases(), this.getPhaseTransition(), null, "phases", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_CareTeam(), this.getCareTeamMember(), null, "careTeam", null, 0, -1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_DischargeReason(), this.getDischargeReason(), "dischargeReason", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpisodeOfCare_DischargeSummary(), ecorePackage.getEString(), "dischargeSummary", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_Aftercare(), this.getAftercarePlan(), null, "aftercare", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpisodeOfCare_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, EpisodeOfCare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagnosisEClass, Diagnosis.class, "Diagnosis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagnosis_Code(), this.getCode(), null, "code", null, 1, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosis_Primary(), ecorePackage.getEBoolean(), "primary", null, 0, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosis_OnsetOn(), this.getDate(), "onsetOn", null, 0, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosis_ResolvedOn(), this.getDate(), "resolvedOn", null, 0, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosis_DiagnosedBy(), ecorePackage.getEString(), "diagnosedBy", null, 0, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phaseTransitionEClass, PhaseTransition.class, "PhaseTransition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhaseTransition_Phase(), this.getPhase(), "phase", null, 1, 1, PhaseTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhaseTransition_StartedOn(), this.getDate(), "startedOn", null, 1, 1, PhaseTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhaseTransition_EndedOn(), this.getDate(), "endedOn", null, 0, 1, PhaseTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhaseTransition_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, PhaseTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(careTeamMemberEClass, CareTeamMember.class, "CareTeamMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCareTeamMember_StaffId(), ecorePackage.getEString(), "staffId", null, 1, 1, CareTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCareTeamMember_Role(), this.getCareTeamRole(), "role", null, 1, 1, CareTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCareTeamMember_From(), this.getDate(), "from", null, 0, 1, CareTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCareTeamMember_To(), this.getDate(), "to", null, 0, 1, CareTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aftercarePlanEClass, AftercarePlan.class, "AftercarePlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAftercarePlan_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, AftercarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAftercarePlan_Referrals(), ecorePackage.getEString(), "referrals", null, 0, -1, AftercarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAftercarePlan_FollowUps(), this.getFollowUp(), null, "followUps", null, 0, -1, AftercarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(followUpEClass, FollowUp.class, "FollowUp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFollowUp_DueOn(), this.getDate(), "dueOn", null, 1, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_DoneOn(), this.getDate(), "doneOn", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(carePlanEClass, CarePlan.class, "CarePlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCarePlan_Revision(), ecorePackage.getEInt(), "revision", null, 0, 1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_Status(), this.getCarePlanStatus(), "status", null, 0, 1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_EffectiveFrom(), this.getDate(), "effectiveFrom", null, 0, 1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_ReviewDue(), this.getDate(), "reviewDue", null, 0, 1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCarePlan_Problems(), this.getProblem(), null, "problems", null, 0, -1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_Strengths(), ecorePackage.getEString(), "strengths", null, 0, -1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_Barriers(), ecorePackage.getEString(), "barriers", null, 0, -1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_Preferences(), ecorePackage.getEString(), "preferences", null, 0, -1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_DischargeCriteria(), ecorePackage.getEString(), "dischargeCriteria", null, 0, 1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan_CrisisPlan(), ecorePackage.getEString(), "crisisPlan", null, 0, 1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCarePlan_DimensionRatings(), this.getDimensionRating(), null, "dimensionRatings", null, 0, -1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCarePlan_Reviews(), this.getPlanReview(), null, "reviews", null, 0, -1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCarePlan_Signatures(), this.getSignature(), null, "signatures", null, 0, -1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCarePlan_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, CarePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dimensionRatingEClass, DimensionRating.class, "DimensionRating", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDimensionRating_Dimension(), this.getCode(), null, "dimension", null, 1, 1, DimensionRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionRating_Rating(), ecorePackage.getEInt(), "rating", null, 0, 1, DimensionRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionRating_Note(), ecorePackage.getEString(), "note", null, 0, 1, DimensionRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(problemEClass, Problem.class, "Problem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProblem_Id(), ecorePackage.getEString(), "id", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Statement(), ecorePackage.getEString(), "statement", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProblem_Dimensions(), this.getCode(), null, "dimensions", null, 0, -1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_EvidenceRecordIds(), ecorePackage.getEString(), "evidenceRecordIds", null, 0, -1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Status(), this.getProblemStatus(), "status", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProblem_Goal(), this.getGoal(), null, "goal", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGoal_Id(), ecorePackage.getEString(), "id", null, 1, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_Statement(), ecorePackage.getEString(), "statement", null, 1, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGoal_Objectives(), this.getObjective(), null, "objectives", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(objectiveEClass, Objective.class, "Objective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObjective_Id(), ecorePackage.getEString(), "id", null, 1, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Statement(), ecorePackage.getEString(), "statement", null, 1, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Baseline(), ecorePackage.getEString(), "baseline", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Target(), ecorePackage.getEString(), "target", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_StartOn(), this.getDate(), "startOn", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_TargetOn(), this.getDate(), "targetOn", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Status(), this.getObjectiveStatus(), "status", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_ProgressRating(), ecorePackage.getEInt(), "progressRating", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_LinkedFormId(), ecorePackage.getEString(), "linkedFormId", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_Interventions(), this.getIntervention(), null, "interventions", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interventionEClass, Intervention.class, "Intervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntervention_Id(), ecorePackage.getEString(), "id", null, 1, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Description(), ecorePackage.getEString(), "description", null, 1, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Modality(), ecorePackage.getEString(), "modality", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Frequency(), ecorePackage.getEString(), "frequency", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Duration(), ecorePackage.getEString(), "duration", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_ResponsibleStaffId(), ecorePackage.getEString(), "responsibleStaffId", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Location(), ecorePackage.getEString(), "location", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_EvidenceBasedPractice(), ecorePackage.getEString(), "evidenceBasedPractice", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planReviewEClass, PlanReview.class, "PlanReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanReview_ReviewedOn(), this.getDate(), "reviewedOn", null, 1, 1, PlanReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanReview_ReviewerId(), ecorePackage.getEString(), "reviewerId", null, 1, 1, PlanReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanReview_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, PlanReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanReview_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, PlanReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sessionNoteEClass, SessionNote.class, "SessionNote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSessionNote_ServiceType(), this.getServiceType(), "serviceType", null, 1, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_Modality(), this.getModality(), "modality", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_Location(), ecorePackage.getEString(), "location", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_EndedAt(), this.getInstant(), "endedAt", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_Format(), this.getNoteFormat(), "format", null, 1, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionNote_Sections(), this.getNoteSection(), null, "sections", null, 0, -1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_Attendees(), ecorePackage.getEString(), "attendees", null, 0, -1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_ObjectivesAddressed(), ecorePackage.getEString(), "objectivesAddressed", null, 0, -1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionNote_RiskScreen(), this.getRiskScreen(), null, "riskScreen", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_Status(), this.getNoteStatus(), "status", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_AuthorId(), ecorePackage.getEString(), "authorId", null, 1, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_LateEntry(), ecorePackage.getEBoolean(), "lateEntry", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_GroupSessionId(), ecorePackage.getEString(), "groupSessionId", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionNote_Signature(), this.getSignature(), null, "signature", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionNote_CoSignature(), this.getSignature(), null, "coSignature", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_CoSignatureRequired(), ecorePackage.getEBoolean(), "coSignatureRequired", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionNote_Addenda(), this.getAddendum(), null, "addenda", null, 0, -1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSessionNote_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSessionNote_Part2Protected(), ecorePackage.getEBoolean(), "part2Protected", null, 0, 1, SessionNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noteSectionEClass, NoteSection.class, "NoteSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoteSection_Key(), ecorePackage.getEString(), "key", null, 1, 1, NoteSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoteSection_Heading(), ecorePackage.getEString(), "heading", null, 0, 1, NoteSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoteSection_Text(), ecorePackage.getEString(), "text", null, 0, 1, NoteSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskScreenEClass, RiskScreen.class, "RiskScreen", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRiskScreen_SuicidalIdeation(), this.getRiskLevel(), "suicidalIdeation", null, 0, 1, RiskScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskScreen_HomicidalIdeation(), this.getRiskLevel(), "homicidalIdeation", null, 0, 1, RiskScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskScreen_OverdoseRisk(), this.getRiskLevel(), "overdoseRisk", null, 0, 1, RiskScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskScreen_SafetyPlanReviewed(), ecorePackage.getEBoolean(), "safetyPlanReviewed", null, 0, 1, RiskScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskScreen_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, RiskScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addendumEClass, Addendum.class, "Addendum", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddendum_Text(), ecorePackage.getEString(), "text", null, 1, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddendum_AuthorId(), ecorePackage.getEString(), "authorId", null, 1, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddendum_WrittenAt(), this.getInstant(), "writtenAt", null, 1, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAddendum_Signature(), this.getSignature(), null, "signature", null, 0, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupSessionEClass, GroupSession.class, "GroupSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroupSession_Topic(), ecorePackage.getEString(), "topic", null, 1, 1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupSession_ServiceType(), this.getServiceType(), "serviceType", null, 0, 1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupSession_FacilitatorIds(), ecorePackage.getEString(), "facilitatorIds", null, 0, -1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupSession_Modality(), this.getModality(), "modality", null, 0, 1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupSession_Location(), ecorePackage.getEString(), "location", null, 0, 1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupSession_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupSession_EndedAt(), this.getInstant(), "endedAt", null, 0, 1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupSession_Content(), ecorePackage.getEString(), "content", null, 0, 1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroupSession_Roster(), this.getGroupAttendee(), null, "roster", null, 0, -1, GroupSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupAttendeeEClass, GroupAttendee.class, "GroupAttendee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroupAttendee_PatientId(), ecorePackage.getEString(), "patientId", null, 1, 1, GroupAttendee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupAttendee_Attendance(), this.getAttendance(), "attendance", null, 0, 1, GroupAttendee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupAttendee_Participation(), ecorePackage.getEString(), "participation", null, 0, 1, GroupAttendee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupAttendee_NoteId(), ecorePackage.getEString(), "noteId", null, 0, 1, GroupAttendee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentResponseEClass, AssessmentResponse.class, "AssessmentResponse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessmentResponse_FormId(), ecorePackage.getEString(), "formId", null, 1, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_FormVersion(), ecorePackage.getEString(), "formVersion", null, 1, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_AdministeredAt(), this.getInstant(), "administeredAt", null, 0, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_AdministeredBy(), ecorePackage.getEString(), "administeredBy", null, 0, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_Status(), this.getResponseStatus(), "status", null, 0, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentResponse_Answers(), this.getAnswer(), null, "answers", null, 0, -1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentResponse_ItemScores(), this.getItemScore(), null, "itemScores", null, 0, -1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_Total(), ecorePackage.getEBigDecimal(), "total", null, 0, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentResponse_Subscales(), this.getSubscaleScore(), null, "subscales", null, 0, -1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_Band(), ecorePackage.getEString(), "band", null, 0, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_Flags(), ecorePackage.getEString(), "flags", null, 0, -1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentResponse_Acknowledgements(), this.getFlagAcknowledgement(), null, "acknowledgements", null, 0, -1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentResponse_HoursSinceLastUse(), ecorePackage.getEBigDecimal(), "hoursSinceLastUse", null, 0, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentResponse_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, AssessmentResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(answerEClass, Answer.class, "Answer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnswer_ItemId(), ecorePackage.getEString(), "itemId", null, 1, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Value(), ecorePackage.getEString(), "value", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemScoreEClass, ItemScore.class, "ItemScore", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItemScore_ItemId(), ecorePackage.getEString(), "itemId", null, 1, 1, ItemScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemScore_Score(), ecorePackage.getEBigDecimal(), "score", null, 1, 1, ItemScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subscaleScoreEClass, SubscaleScore.class, "SubscaleScore", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubscaleScore_SubscaleId(), ecorePackage.getEString(), "subscaleId", null, 1, 1, SubscaleScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscaleScore_Score(), ecorePackage.getEBigDecimal(), "score", null, 1, 1, SubscaleScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscaleScore_Band(), ecorePackage.getEString(), "band", null, 0, 1, SubscaleScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flagAcknowledgementEClass, FlagAcknowledgement.class, "FlagAcknowledgement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlagAcknowledgement_Flag(), ecorePackage.getEString(), "flag", null, 1, 1, FlagAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlagAcknowledgement_AcknowledgedBy(), ecorePackage.getEString(), "acknowledgedBy", null, 1, 1, FlagAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlagAcknowledgement_AcknowledgedAt(), this.getInstant(), "acknowledgedAt", null, 1, 1, FlagAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlagAcknowledgement_Note(), ecorePackage.getEString(), "note", null, 0, 1, FlagAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(medicationOrderEClass, MedicationOrder.class, "MedicationOrder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMedicationOrder_Kind(), this.getMedicationKind(), "kind", null, 1, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMedicationOrder_Medication(), this.getCode(), null, "medication", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_MedicationName(), ecorePackage.getEString(), "medicationName", null, 1, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_DoseMg(), ecorePackage.getEBigDecimal(), "doseMg", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_SplitDose(), ecorePackage.getEBoolean(), "splitDose", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_AmDoseMg(), ecorePackage.getEBigDecimal(), "amDoseMg", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_PmDoseMg(), ecorePackage.getEBigDecimal(), "pmDoseMg", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_Route(), this.getRoute(), "route", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_Frequency(), ecorePackage.getEString(), "frequency", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_StartOn(), this.getDate(), "startOn", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_EndOn(), this.getDate(), "endOn", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_PrescriberId(), ecorePackage.getEString(), "prescriberId", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_Status(), this.getOrderStatus(), "status", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_MaxTakeHomeDays(), ecorePackage.getEInt(), "maxTakeHomeDays", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_PdmpCheckedOn(), this.getDate(), "pdmpCheckedOn", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_DaysSupply(), ecorePackage.getEInt(), "daysSupply", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_Quantity(), ecorePackage.getEBigDecimal(), "quantity", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedicationOrder_Instructions(), ecorePackage.getEString(), "instructions", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMedicationOrder_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, MedicationOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(doseAdministrationEClass, DoseAdministration.class, "DoseAdministration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDoseAdministration_OrderId(), ecorePackage.getEString(), "orderId", null, 1, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_ScheduledFor(), this.getDate(), "scheduledFor", null, 1, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_Outcome(), this.getDoseOutcome(), "outcome", null, 1, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_DoseMg(), ecorePackage.getEBigDecimal(), "doseMg", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_AdministeredAt(), this.getInstant(), "administeredAt", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_AdministeredBy(), ecorePackage.getEString(), "administeredBy", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_TakeHomeDoses(), ecorePackage.getEInt(), "takeHomeDoses", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_LockBoxVerified(), ecorePackage.getEBoolean(), "lockBoxVerified", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_Lot(), ecorePackage.getEString(), "lot", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_IdentityChecked(), ecorePackage.getEBoolean(), "identityChecked", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_MissedReason(), this.getMissedDoseReason(), "missedReason", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_InjectionSite(), ecorePackage.getEString(), "injectionSite", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_NextDueOn(), this.getDate(), "nextDueOn", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseAdministration_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDoseAdministration_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, DoseAdministration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taperScheduleEClass, TaperSchedule.class, "TaperSchedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaperSchedule_OrderId(), ecorePackage.getEString(), "orderId", null, 1, 1, TaperSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaperSchedule_Status(), this.getTaperStatus(), "status", null, 0, 1, TaperSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaperSchedule_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, TaperSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaperSchedule_PatientAgreed(), ecorePackage.getEBoolean(), "patientAgreed", null, 0, 1, TaperSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTaperSchedule_Steps(), this.getTaperStep(), null, "steps", null, 0, -1, TaperSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTaperSchedule_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, TaperSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taperStepEClass, TaperStep.class, "TaperStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaperStep_FromDate(), this.getDate(), "fromDate", null, 1, 1, TaperStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaperStep_DoseMg(), ecorePackage.getEBigDecimal(), "doseMg", null, 1, 1, TaperStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(urineDrugScreenEClass, UrineDrugScreen.class, "UrineDrugScreen", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUrineDrugScreen_CollectedAt(), this.getInstant(), "collectedAt", null, 1, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUrineDrugScreen_CollectedBy(), ecorePackage.getEString(), "collectedBy", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUrineDrugScreen_Observed(), ecorePackage.getEBoolean(), "observed", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUrineDrugScreen_TemperatureInRange(), ecorePackage.getEBoolean(), "temperatureInRange", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUrineDrugScreen_Method(), this.getScreenMethod(), "method", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUrineDrugScreen_Validity(), this.getSpecimenValidity(), "validity", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUrineDrugScreen_Random(), ecorePackage.getEBoolean(), "random", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUrineDrugScreen_Results(), this.getAnalyteResult(), null, "results", null, 0, -1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUrineDrugScreen_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUrineDrugScreen_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, UrineDrugScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analyteResultEClass, AnalyteResult.class, "AnalyteResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAnalyteResult_Analyte(), this.getCode(), null, "analyte", null, 1, 1, AnalyteResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalyteResult_Result(), this.getScreenResult(), "result", null, 1, 1, AnalyteResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalyteResult_CutoffNgPerMl(), ecorePackage.getEInt(), "cutoffNgPerMl", null, 0, 1, AnalyteResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalyteResult_Expected(), ecorePackage.getEBoolean(), "expected", null, 0, 1, AnalyteResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalyteResult_Confirmation(), this.getScreenResult(), "confirmation", null, 0, 1, AnalyteResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(naloxoneDispenseEClass, NaloxoneDispense.class, "NaloxoneDispense", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNaloxoneDispense_DispensedAt(), this.getInstant(), "dispensedAt", null, 1, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_DispensedBy(), ecorePackage.getEString(), "dispensedBy", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_Recipient(), this.getNaloxoneRecipient(), "recipient", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_RecipientName(), ecorePackage.getEString(), "recipientName", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNaloxoneDispense_Product(), this.getCode(), null, "product", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_Quantity(), ecorePackage.getEInt(), "quantity", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_Lot(), ecorePackage.getEString(), "lot", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_ExpiresOn(), this.getDate(), "expiresOn", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_TrainingGiven(), ecorePackage.getEBoolean(), "trainingGiven", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_OverdosePlanReviewed(), ecorePackage.getEBoolean(), "overdosePlanReviewed", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNaloxoneDispense_ReplacementReason(), this.getKitReplacementReason(), "replacementReason", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNaloxoneDispense_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, NaloxoneDispense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vitalSignsEClass, VitalSigns.class, "VitalSigns", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVitalSigns_TakenAt(), this.getInstant(), "takenAt", null, 1, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_TakenBy(), ecorePackage.getEString(), "takenBy", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_PulseBpm(), ecorePackage.getEIntegerObject(), "pulseBpm", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_SystolicMmHg(), ecorePackage.getEIntegerObject(), "systolicMmHg", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_DiastolicMmHg(), ecorePackage.getEIntegerObject(), "diastolicMmHg", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_RespiratoryRate(), ecorePackage.getEIntegerObject(), "respiratoryRate", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_TemperatureCelsius(), ecorePackage.getEBigDecimal(), "temperatureCelsius", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_OxygenSaturation(), ecorePackage.getEIntegerObject(), "oxygenSaturation", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVitalSigns_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVitalSigns_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, VitalSigns.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consentEClass, Consent.class, "Consent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsent_Discloser(), ecorePackage.getEString(), "discloser", null, 1, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_Information(), ecorePackage.getEString(), "information", null, 1, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_Recipients(), ecorePackage.getEString(), "recipients", null, 1, -1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_Purpose(), ecorePackage.getEString(), "purpose", null, 1, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_TreatmentPaymentOperations(), ecorePackage.getEBoolean(), "treatmentPaymentOperations", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_RevocationExplained(), ecorePackage.getEBoolean(), "revocationExplained", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_ExpiresOn(), this.getDate(), "expiresOn", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_ExpiryEvent(), ecorePackage.getEString(), "expiryEvent", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_RedisclosureStatement(), ecorePackage.getEBoolean(), "redisclosureStatement", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_RefusalConsequencesStated(), ecorePackage.getEBoolean(), "refusalConsequencesStated", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_SignedBy(), ecorePackage.getEString(), "signedBy", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_SignerRelationship(), ecorePackage.getEString(), "signerRelationship", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_SignedOn(), this.getDate(), "signedOn", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_Status(), this.getConsentStatus(), "status", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_RevokedOn(), this.getDate(), "revokedOn", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_ActedInRelianceBeforeRevocation(), ecorePackage.getEBoolean(), "actedInRelianceBeforeRevocation", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_CounsellingNotesIncluded(), ecorePackage.getEBoolean(), "counsellingNotesIncluded", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsent_EnteredInError(), this.getErrorMark(), null, "enteredInError", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(disclosureEClass, Disclosure.class, "Disclosure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisclosure_ConsentId(), ecorePackage.getEString(), "consentId", null, 1, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_DisclosedAt(), this.getInstant(), "disclosedAt", null, 1, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_DisclosedBy(), ecorePackage.getEString(), "disclosedBy", null, 1, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_Recipient(), ecorePackage.getEString(), "recipient", null, 1, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_Information(), ecorePackage.getEString(), "information", null, 1, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_Method(), this.getDisclosureMethod(), "method", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_NoticeAttached(), ecorePackage.getEBoolean(), "noticeAttached", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisclosure_RecordIds(), ecorePackage.getEString(), "recordIds", null, 0, -1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.FEMALE);
		addEEnumLiteral(sexEEnum, Sex.MALE);
		addEEnumLiteral(sexEEnum, Sex.INTERSEX);
		addEEnumLiteral(sexEEnum, Sex.UNKNOWN);

		initEEnum(patientStatusEEnum, PatientStatus.class, "PatientStatus");
		addEEnumLiteral(patientStatusEEnum, PatientStatus.ACTIVE);
		addEEnumLiteral(patientStatusEEnum, PatientStatus.INACTIVE);
		addEEnumLiteral(patientStatusEEnum, PatientStatus.DECEASED);
		addEEnumLiteral(patientStatusEEnum, PatientStatus.MERGED);

		initEEnum(alertKindEEnum, AlertKind.class, "AlertKind");
		addEEnumLiteral(alertKindEEnum, AlertKind.ALLERGY);
		addEEnumLiteral(alertKindEEnum, AlertKind.RISK);
		addEEnumLiteral(alertKindEEnum, AlertKind.CLINICAL);
		addEEnumLiteral(alertKindEEnum, AlertKind.ADMINISTRATIVE);

		initEEnum(programmeEEnum, Programme.class, "Programme");
		addEEnumLiteral(programmeEEnum, Programme.DETOX);
		addEEnumLiteral(programmeEEnum, Programme.RESIDENTIAL);
		addEEnumLiteral(programmeEEnum, Programme.INTENSIVE_OUTPATIENT);
		addEEnumLiteral(programmeEEnum, Programme.OPIOID_TREATMENT_PROGRAM);
		addEEnumLiteral(programmeEEnum, Programme.OFFICE_BASED_OPIOID_TREATMENT);
		addEEnumLiteral(programmeEEnum, Programme.OUTPATIENT);

		initEEnum(phaseEEnum, Phase.class, "Phase");
		addEEnumLiteral(phaseEEnum, Phase.INTAKE);
		addEEnumLiteral(phaseEEnum, Phase.WITHDRAWAL_MANAGEMENT);
		addEEnumLiteral(phaseEEnum, Phase.STABILISATION);
		addEEnumLiteral(phaseEEnum, Phase.THERAPY);
		addEEnumLiteral(phaseEEnum, Phase.RELAPSE_PREVENTION);
		addEEnumLiteral(phaseEEnum, Phase.AFTERCARE);

		initEEnum(episodeStatusEEnum, EpisodeStatus.class, "EpisodeStatus");
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.PLANNED);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.ACTIVE);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.DISCHARGED);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.CANCELLED);
		addEEnumLiteral(episodeStatusEEnum, EpisodeStatus.ENTERED_IN_ERROR);

		initEEnum(dischargeReasonEEnum, DischargeReason.class, "DischargeReason");
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.COMPLETED);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.TRANSFERRED);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.LEFT_AGAINST_ADVICE);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.ADMINISTRATIVE);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.INCARCERATED);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.HOSPITALISED);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.DECEASED);
		addEEnumLiteral(dischargeReasonEEnum, DischargeReason.OTHER);

		initEEnum(careTeamRoleEEnum, CareTeamRole.class, "CareTeamRole");
		addEEnumLiteral(careTeamRoleEEnum, CareTeamRole.PRIMARY_COUNSELLOR);
		addEEnumLiteral(careTeamRoleEEnum, CareTeamRole.PRESCRIBER);
		addEEnumLiteral(careTeamRoleEEnum, CareTeamRole.NURSE);
		addEEnumLiteral(careTeamRoleEEnum, CareTeamRole.CASE_MANAGER);
		addEEnumLiteral(careTeamRoleEEnum, CareTeamRole.PEER_SPECIALIST);
		addEEnumLiteral(careTeamRoleEEnum, CareTeamRole.SUPERVISOR);
		addEEnumLiteral(careTeamRoleEEnum, CareTeamRole.OTHER);

		initEEnum(carePlanStatusEEnum, CarePlanStatus.class, "CarePlanStatus");
		addEEnumLiteral(carePlanStatusEEnum, CarePlanStatus.DRAFT);
		addEEnumLiteral(carePlanStatusEEnum, CarePlanStatus.ACTIVE);
		addEEnumLiteral(carePlanStatusEEnum, CarePlanStatus.SUPERSEDED);
		addEEnumLiteral(carePlanStatusEEnum, CarePlanStatus.CLOSED);
		addEEnumLiteral(carePlanStatusEEnum, CarePlanStatus.ENTERED_IN_ERROR);

		initEEnum(problemStatusEEnum, ProblemStatus.class, "ProblemStatus");
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.ACTIVE);
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.DEFERRED);
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.RESOLVED);
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.REFERRED);

		initEEnum(objectiveStatusEEnum, ObjectiveStatus.class, "ObjectiveStatus");
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.NOT_STARTED);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.IN_PROGRESS);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.MET);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.PARTIALLY_MET);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.NOT_MET);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.REVISED);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.DISCONTINUED);

		initEEnum(signerRoleEEnum, SignerRole.class, "SignerRole");
		addEEnumLiteral(signerRoleEEnum, SignerRole.CLIENT);
		addEEnumLiteral(signerRoleEEnum, SignerRole.CLINICIAN);
		addEEnumLiteral(signerRoleEEnum, SignerRole.SUPERVISOR);
		addEEnumLiteral(signerRoleEEnum, SignerRole.PHYSICIAN);
		addEEnumLiteral(signerRoleEEnum, SignerRole.GUARDIAN);

		initEEnum(serviceTypeEEnum, ServiceType.class, "ServiceType");
		addEEnumLiteral(serviceTypeEEnum, ServiceType.INTAKE_ASSESSMENT);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.INDIVIDUAL);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.GROUP);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.FAMILY);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.CASE_MANAGEMENT);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.MEDICATION_VISIT);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.CRISIS_INTERVENTION);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.PEER_SUPPORT);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.EDUCATION);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.ALTERNATIVE_THERAPY);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.DISCHARGE_PLANNING);

		initEEnum(modalityEEnum, Modality.class, "Modality");
		addEEnumLiteral(modalityEEnum, Modality.IN_PERSON);
		addEEnumLiteral(modalityEEnum, Modality.VIDEO);
		addEEnumLiteral(modalityEEnum, Modality.AUDIO);

		initEEnum(noteFormatEEnum, NoteFormat.class, "NoteFormat");
		addEEnumLiteral(noteFormatEEnum, NoteFormat.SOAP);
		addEEnumLiteral(noteFormatEEnum, NoteFormat.DAP);
		addEEnumLiteral(noteFormatEEnum, NoteFormat.BIRP);
		addEEnumLiteral(noteFormatEEnum, NoteFormat.GIRP);
		addEEnumLiteral(noteFormatEEnum, NoteFormat.NARRATIVE);

		initEEnum(noteStatusEEnum, NoteStatus.class, "NoteStatus");
		addEEnumLiteral(noteStatusEEnum, NoteStatus.DRAFT);
		addEEnumLiteral(noteStatusEEnum, NoteStatus.SIGNED);
		addEEnumLiteral(noteStatusEEnum, NoteStatus.ENTERED_IN_ERROR);

		initEEnum(riskLevelEEnum, RiskLevel.class, "RiskLevel");
		addEEnumLiteral(riskLevelEEnum, RiskLevel.NOT_ASSESSED);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.NONE);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.LOW);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.MODERATE);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.HIGH);

		initEEnum(attendanceEEnum, Attendance.class, "Attendance");
		addEEnumLiteral(attendanceEEnum, Attendance.PRESENT);
		addEEnumLiteral(attendanceEEnum, Attendance.LATE);
		addEEnumLiteral(attendanceEEnum, Attendance.LEFT_EARLY);
		addEEnumLiteral(attendanceEEnum, Attendance.ABSENT_EXCUSED);
		addEEnumLiteral(attendanceEEnum, Attendance.ABSENT_UNEXCUSED);

		initEEnum(responseStatusEEnum, ResponseStatus.class, "ResponseStatus");
		addEEnumLiteral(responseStatusEEnum, ResponseStatus.IN_PROGRESS);
		addEEnumLiteral(responseStatusEEnum, ResponseStatus.COMPLETED);
		addEEnumLiteral(responseStatusEEnum, ResponseStatus.ENTERED_IN_ERROR);

		initEEnum(medicationKindEEnum, MedicationKind.class, "MedicationKind");
		addEEnumLiteral(medicationKindEEnum, MedicationKind.MOUD);
		addEEnumLiteral(medicationKindEEnum, MedicationKind.WITHDRAWAL_COMFORT);
		addEEnumLiteral(medicationKindEEnum, MedicationKind.OTHER);

		initEEnum(orderStatusEEnum, OrderStatus.class, "OrderStatus");
		addEEnumLiteral(orderStatusEEnum, OrderStatus.ACTIVE);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.ON_HOLD);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.COMPLETED);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.DISCONTINUED);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.ENTERED_IN_ERROR);

		initEEnum(routeEEnum, Route.class, "Route");
		addEEnumLiteral(routeEEnum, Route.ORAL);
		addEEnumLiteral(routeEEnum, Route.SUBLINGUAL);
		addEEnumLiteral(routeEEnum, Route.BUCCAL);
		addEEnumLiteral(routeEEnum, Route.SUBCUTANEOUS);
		addEEnumLiteral(routeEEnum, Route.INTRAMUSCULAR);
		addEEnumLiteral(routeEEnum, Route.INTRANASAL);
		addEEnumLiteral(routeEEnum, Route.INTRAVENOUS);

		initEEnum(doseOutcomeEEnum, DoseOutcome.class, "DoseOutcome");
		addEEnumLiteral(doseOutcomeEEnum, DoseOutcome.OBSERVED);
		addEEnumLiteral(doseOutcomeEEnum, DoseOutcome.TAKE_HOME);
		addEEnumLiteral(doseOutcomeEEnum, DoseOutcome.MISSED);
		addEEnumLiteral(doseOutcomeEEnum, DoseOutcome.REFUSED);
		addEEnumLiteral(doseOutcomeEEnum, DoseOutcome.HELD);

		initEEnum(missedDoseReasonEEnum, MissedDoseReason.class, "MissedDoseReason");
		addEEnumLiteral(missedDoseReasonEEnum, MissedDoseReason.NO_SHOW);
		addEEnumLiteral(missedDoseReasonEEnum, MissedDoseReason.INTOXICATED);
		addEEnumLiteral(missedDoseReasonEEnum, MissedDoseReason.HELD_BY_PRESCRIBER);
		addEEnumLiteral(missedDoseReasonEEnum, MissedDoseReason.HOSPITALISED);
		addEEnumLiteral(missedDoseReasonEEnum, MissedDoseReason.INCARCERATED);
		addEEnumLiteral(missedDoseReasonEEnum, MissedDoseReason.OTHER);

		initEEnum(taperStatusEEnum, TaperStatus.class, "TaperStatus");
		addEEnumLiteral(taperStatusEEnum, TaperStatus.PLANNED);
		addEEnumLiteral(taperStatusEEnum, TaperStatus.ACTIVE);
		addEEnumLiteral(taperStatusEEnum, TaperStatus.PAUSED);
		addEEnumLiteral(taperStatusEEnum, TaperStatus.COMPLETED);
		addEEnumLiteral(taperStatusEEnum, TaperStatus.ABANDONED);

		initEEnum(screenMethodEEnum, ScreenMethod.class, "ScreenMethod");
		addEEnumLiteral(screenMethodEEnum, ScreenMethod.POINT_OF_CARE);
		addEEnumLiteral(screenMethodEEnum, ScreenMethod.LABORATORY_IMMUNOASSAY);
		addEEnumLiteral(screenMethodEEnum, ScreenMethod.CONFIRMATORY);

		initEEnum(specimenValidityEEnum, SpecimenValidity.class, "SpecimenValidity");
		addEEnumLiteral(specimenValidityEEnum, SpecimenValidity.VALID);
		addEEnumLiteral(specimenValidityEEnum, SpecimenValidity.DILUTE);
		addEEnumLiteral(specimenValidityEEnum, SpecimenValidity.ADULTERATED);
		addEEnumLiteral(specimenValidityEEnum, SpecimenValidity.SUBSTITUTED);
		addEEnumLiteral(specimenValidityEEnum, SpecimenValidity.INVALID);

		initEEnum(screenResultEEnum, ScreenResult.class, "ScreenResult");
		addEEnumLiteral(screenResultEEnum, ScreenResult.NEGATIVE);
		addEEnumLiteral(screenResultEEnum, ScreenResult.POSITIVE);
		addEEnumLiteral(screenResultEEnum, ScreenResult.INVALID);
		addEEnumLiteral(screenResultEEnum, ScreenResult.NOT_TESTED);

		initEEnum(naloxoneRecipientEEnum, NaloxoneRecipient.class, "NaloxoneRecipient");
		addEEnumLiteral(naloxoneRecipientEEnum, NaloxoneRecipient.PATIENT);
		addEEnumLiteral(naloxoneRecipientEEnum, NaloxoneRecipient.FAMILY);
		addEEnumLiteral(naloxoneRecipientEEnum, NaloxoneRecipient.OTHER);

		initEEnum(kitReplacementReasonEEnum, KitReplacementReason.class, "KitReplacementReason");
		addEEnumLiteral(kitReplacementReasonEEnum, KitReplacementReason.FIRST_KIT);
		addEEnumLiteral(kitReplacementReasonEEnum, KitReplacementReason.USED);
		addEEnumLiteral(kitReplacementReasonEEnum, KitReplacementReason.EXPIRED);
		addEEnumLiteral(kitReplacementReasonEEnum, KitReplacementReason.LOST);

		initEEnum(consentStatusEEnum, ConsentStatus.class, "ConsentStatus");
		addEEnumLiteral(consentStatusEEnum, ConsentStatus.ACTIVE);
		addEEnumLiteral(consentStatusEEnum, ConsentStatus.REVOKED);
		addEEnumLiteral(consentStatusEEnum, ConsentStatus.EXPIRED);
		addEEnumLiteral(consentStatusEEnum, ConsentStatus.ENTERED_IN_ERROR);

		initEEnum(disclosureMethodEEnum, DisclosureMethod.class, "DisclosureMethod");
		addEEnumLiteral(disclosureMethodEEnum, DisclosureMethod.PRINT);
		addEEnumLiteral(disclosureMethodEEnum, DisclosureMethod.FAX);
		addEEnumLiteral(disclosureMethodEEnum, DisclosureMethod.ELECTRONIC);
		addEEnumLiteral(disclosureMethodEEnum, DisclosureMethod.VERBAL);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //CairnPackageImpl
