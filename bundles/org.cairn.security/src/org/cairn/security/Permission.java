package org.cairn.security;

/**
 * What a role allows. Which roles hold which permissions is data (table {@code cairn_role_permission}); these are the
 * permissions Cairn checks.
 */
public enum Permission {
	/** See who a patient is: the patient list, names, dates of birth, contacts. */
	DEMOGRAPHICS_READ,
	/** Read clinical records: notes, plans, assessments, medications, screens. */
	CLINICAL_READ,
	/** Register a new patient at intake. */
	PATIENT_REGISTER,
	NOTE_WRITE,
	NOTE_SIGN,
	NOTE_COSIGN,
	PLAN_WRITE,
	ASSESSMENT_GIVE,
	MEDICATION_ORDER,
	MEDICATION_ADMINISTER,
	/** Open a chart outside one's caseload in an emergency, with a stated reason. */
	BREAK_GLASS,
	ACCOUNT_MANAGE,
	PLUGIN_INSTALL,
	CONFIGURE,
	AUDIT_READ
}
