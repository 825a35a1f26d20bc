package org.cairn.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the audit log: who did what to whose record, from which workstation, and how it ended. It holds ids
 * (user, patient, record), never names or clinical text; {@code detail} is for what the action needs said, such as
 * the stated reason of an emergency access, and must not hold patient data either.
 *
 * @param at          when; set by the log when it appends the event if null
 * @param user        the user's id
 * @param workstation the computer it happened on
 * @param patientId   the patient whose chart or record it concerns, or null
 * @param recordId    the record, or null
 * @param action      what was done
 * @param outcome     how it ended
 * @param detail      more that the action needs said, or null
 */
public record AuditEvent(Instant at, String user, String workstation, String patientId, String recordId, Action action, Outcome outcome,
		String detail) {

	/** What was done. */
	public enum Action {
		LOGIN, LOGIN_FAILED, LOGOUT, LOCK, UNLOCK, CHART_OPEN, READ, SAVE, SIGN, PRINT, EXPORT, DISCLOSE, BREAK_GLASS, PERMISSION_DENIED,
		CONFIGURATION, BACKUP, RESTORE, AUDIT_VERIFY
	}

	/** How it ended. */
	public enum Outcome {
		SUCCESS, FAILURE, DENIED
	}

	public AuditEvent {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(workstation, "workstation");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		if (detail != null && detail.length() > 1000) {
			throw new IllegalArgumentException("An audit event's detail is at most 1000 characters");
		}
	}

	/** An event now, on this workstation, that succeeded. */
	public static AuditEvent of(String user, Action action, String patientId, String recordId) {
		return new AuditEvent(null, user, thisWorkstation(), patientId, recordId, action, Outcome.SUCCESS, null);
	}

	/** The same event with another outcome and detail. */
	public AuditEvent with(Outcome newOutcome, String newDetail) {
		return new AuditEvent(at, user, workstation, patientId, recordId, action, newOutcome, newDetail);
	}

	/** This computer's name, as the audit log records it. */
	public static String thisWorkstation() {
		String name = System.getenv("HOSTNAME");
		if (name == null || name.isBlank()) {
			name = System.getenv("COMPUTERNAME");
		}
		if (name == null || name.isBlank()) {
			try {
				name = java.net.InetAddress.getLocalHost().getHostName();
			} catch (java.io.IOException e) {
				name = "unknown";
			}
		}
		return name.length() > 200 ? name.substring(0, 200) : name;
	}
}
