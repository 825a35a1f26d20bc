package org.cairn.clinical.internal;

import org.cairn.clinical.Charts;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;

/**
 * The permission check every clinical operation starts with: allowed, or the refusal audited as
 * {@code PERMISSION_DENIED} under the person and thrown as {@code access.denied} (permission, action).
 */
final class Guard {

	private Guard() {
	}

	/**
	 * @param action    what was tried, as a code ({@code chart.open}, {@code intake.register}); kept in the audit event
	 * @param patientId the patient it concerns, or null
	 */
	static void require(RecordStore store, Session session, Permission permission, String action, String patientId) {
		if (session == null) {
			throw new RefusedException(Problem.of("access.signed-out", action));
		}
		if (!session.has(permission)) {
			store.audit(new AuditEvent(null, session.userId(), AuditEvent.thisWorkstation(), patientId, null, AuditEvent.Action.PERMISSION_DENIED,
					AuditEvent.Outcome.DENIED, permission.name() + ": " + action));
			throw new RefusedException(Problem.of("access.denied", permission.name(), action));
		}
	}

	/**
	 * Nothing new goes into a duplicate chart once it is merged into the chart of the same person: a record not stored
	 * before whose patient is merged is audited as a denied {@code SAVE} and refused as {@code chart.merged} (the chart
	 * it was merged into). Records stored before the merge can still be corrected, signed or marked in error.
	 */
	static void requireNotMerged(RecordStore store, Session session, org.cairn.model.ClinicalRecord record, String action) {
		String patientId = ChartsService.patientOf(record);
		if (patientId == null) {
			return;
		}
		String chart = store.chartOf(patientId);
		if (!chart.equals(patientId) && (record.getId() == null || store.read(record.getId()).isEmpty())) {
			store.audit(new AuditEvent(null, session.userId(), AuditEvent.thisWorkstation(), patientId, null, AuditEvent.Action.SAVE,
					AuditEvent.Outcome.DENIED, "merged into " + chart + ": " + action));
			throw new RefusedException(Problem.of("chart.merged", chart));
		}
	}

	/**
	 * {@link #require}s the permission to read clinical records and that the chart is open to the person; a read
	 * outside it is audited as a denied {@code READ} and refused as {@code chart.outside-caseload}.
	 */
	static void requireReadable(RecordStore store, Charts charts, Session session, String action, String patientId) {
		require(store, session, Permission.CLINICAL_READ, action, patientId);
		if (patientId != null && !charts.mayOpen(session, patientId)) {
			store.audit(new AuditEvent(null, session.userId(), AuditEvent.thisWorkstation(), patientId, null, AuditEvent.Action.READ,
					AuditEvent.Outcome.DENIED, "outside the caseload: " + action));
			throw new RefusedException(Problem.of("chart.outside-caseload", patientId));
		}
	}

	/**
	 * {@link #require} and, for a change to a patient's chart, that the chart is open to the person (caseload, programme,
	 * supervision or emergency access, as {@link Charts#mayOpen} decides); a write outside it is audited as a denied
	 * {@code SAVE} and refused as {@code chart.outside-caseload}.
	 */
	static void requireChart(RecordStore store, Charts charts, Session session, Permission permission, String action, String patientId) {
		requireChart(store, charts, session, permission, AuditEvent.Action.SAVE, action, patientId);
	}

	/** {@link #requireChart} for what is audited as {@code act} (an export, a print) rather than a save. */
	static void requireChart(RecordStore store, Charts charts, Session session, Permission permission, AuditEvent.Action act, String action,
			String patientId) {
		require(store, session, permission, action, patientId);
		if (patientId != null && !charts.mayOpen(session, patientId)) {
			store.audit(new AuditEvent(null, session.userId(), AuditEvent.thisWorkstation(), patientId, null, act,
					AuditEvent.Outcome.DENIED, "outside the caseload: " + action));
			throw new RefusedException(Problem.of("chart.outside-caseload", patientId));
		}
	}
}
