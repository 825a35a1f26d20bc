package org.cairn.security;

/**
 * What a role allows. Which roles hold which permissions is data (table {@code cairn_role_permission}); these are the
 * permissions Cairn checks.
 */
public enum Permission {
	/** See who a patient is: the patient list, names, dates of birth, contacts. */
	DEMOGRAPHICS_READ("see patients' names and details"),
	/** Read clinical records: notes, plans, assessments, medications, screens. */
	CLINICAL_READ("read clinical records"),
	/** Register a new patient at intake. */
	PATIENT_REGISTER("register new patients"),
	NOTE_WRITE("write session notes"),
	NOTE_SIGN("sign notes"),
	NOTE_COSIGN("co-sign notes"),
	PLAN_WRITE("write care plans"),
	ASSESSMENT_GIVE("give assessments"),
	MEDICATION_ORDER("order medications"),
	MEDICATION_ADMINISTER("record doses, screens and vital signs"),
	/** Open a chart outside one's caseload in an emergency, with a stated reason. */
	BREAK_GLASS("open charts outside their caseload in an emergency"),
	ACCOUNT_MANAGE("manage user accounts"),
	PLUGIN_INSTALL("install or remove plugins"),
	CONFIGURE("change the facility's settings"),
	AUDIT_READ("read the audit log"),
	/** Print or export a patient's record (PDF, FHIR): a release of information, audited as PRINT or EXPORT. */
	RECORDS_RELEASE("print and export patients' records"),
	/** See the programme's reports: census, caseloads and outcomes, counts without patients' names. */
	REPORTS_READ("see the programme's reports");

	private final String allows;

	Permission(String allows) {
		this.allows = allows;
	}

	/** What it allows, to complete "Your roles do not allow you to ..." (e.g. "read clinical records"). */
	public String allows() {
		return allows;
	}
}
