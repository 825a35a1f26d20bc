package org.cairn.clinical;

import java.util.List;
import java.util.Optional;

import org.cairn.model.ClinicalRecord;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * The door to patients' charts, for every caller (workbench, command line, tests): who may open which chart, and an
 * audit event for every opening and every record read, written before anything of the chart is returned. A facility
 * that keeps charts to caseloads ({@code security.chart-access = caseload}) opens each chart to its care team, to the
 * nurses and prescribers who work in the programme of the patient's open episode, and to the supervisors of the care
 * team's clinicians ({@code Accounts.programmes}, {@code Accounts.supervisees}); anyone else whose role allows it may
 * use emergency access ("break-glass") with a stated reason, which lasts for the rest of their session.
 */
public interface Charts {

	/** The shortest reason emergency access takes. */
	int EMERGENCY_REASON_MIN = 15;

	/**
	 * Opens a patient's chart for {@code session}'s person: needs the permission to read clinical records (refused and
	 * audited otherwise), then the care team or emergency access where charts are kept to caseloads. An opened chart
	 * is audited as {@code CHART_OPEN} before this returns.
	 *
	 * @throws RefusedException {@code access.denied} (permission, patient) when the role does not read clinical records
	 */
	ChartOpening open(Session session, String patientId);

	/**
	 * Grants {@code session} emergency access to a chart outside its caseload, audited as {@code BREAK_GLASS} with the
	 * reason; the chart then opens for the rest of the session.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to use emergency access;
	 *                          {@code chart.emergency-reason-short} (minimum length) for a reason shorter than
	 *                          {@link #EMERGENCY_REASON_MIN} characters
	 */
	void grantEmergencyAccess(Session session, String patientId, String reason);

	/**
	 * Checks that {@code session}'s person may do what {@code permission} allows to a patient's chart: the permission
	 * (refused and audited as {@code PERMISSION_DENIED} otherwise), and the chart open to them (refused and audited as a
	 * denied {@code act} otherwise). For the services of other bundles (records going out) that keep the same promise.
	 *
	 * @param action what is tried, as a code ({@code record.export}); kept in the audit event of a refusal
	 * @throws RefusedException {@code access.denied} (permission, action), {@code chart.outside-caseload} (patient)
	 */
	void require(Session session, org.cairn.security.Permission permission, org.cairn.store.AuditEvent.Action act, String action, String patientId);

	/** Whether {@code session} may open the chart now without asking (its role reads clinical records; caseload or emergency access). */
	boolean mayOpen(Session session, String patientId);

	/**
	 * The chart as the person may read it, for what the workbench shows of an opened chart: checked once here (the
	 * permission to read clinical records, the chart open to the person), covered by the chart's {@code CHART_OPEN}
	 * event.
	 *
	 * @throws RefusedException {@code access.denied}, {@code chart.outside-caseload} (audited as a denied {@code READ})
	 */
	ChartView view(Session session, String patientId);

	/**
	 * Reads one record of a chart the person may open, audited as {@code READ} before it is returned; empty when there
	 * is no such record.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to read clinical records,
	 *                          {@code chart.outside-caseload} (patient) when the chart is not open to the person
	 */
	Optional<StoredRecord<ClinicalRecord>> read(Session session, String recordId);

	/** Every version of a record, under the same rules and audit as {@link #read}; empty when there is no such record. */
	List<StoredRecord<ClinicalRecord>> history(Session session, String recordId);

	/**
	 * Patients whose name or MRN matches {@code query}, for finding a chart: names and MRNs only, nothing clinical.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to see patients' names
	 */
	List<org.cairn.store.PatientMatch> find(Session session, String query, int limit);

	/**
	 * The census (patients with their episode, programme and phase) that {@code filter} chooses, for the patient list.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to see patients' names
	 */
	List<org.cairn.store.CensusEntry> census(Session session, org.cairn.store.CensusFilter filter);

	/**
	 * The user ids of the staff on any care team: the patient list's clinician filter, who is responsible for an
	 * intervention.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to see patients' names
	 */
	List<String> careTeamStaff(Session session);
}
