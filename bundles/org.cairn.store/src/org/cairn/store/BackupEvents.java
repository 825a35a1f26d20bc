package org.cairn.store;

/**
 * The events a workstation's scheduled backup posts (OSGi Event Admin), so that the workbench can say when the records
 * were last backed up and, above all, when a backup failed. They carry no patient data.
 */
public final class BackupEvents {

	/** Topic of every scheduled-backup event. */
	public static final String TOPIC = "org/cairn/store/backup";
	/** Event property: {@link #STARTED}, {@link #DONE} or {@link #FAILED}. */
	public static final String OUTCOME = "outcome";
	/** Event property: when it happened, an {@link java.time.Instant}. */
	public static final String TIME = "time";
	/** Event property of a failure: what went wrong, for the log and the administrator. */
	public static final String PROBLEM = "problem";

	public static final String STARTED = "started";
	public static final String DONE = "done";
	public static final String FAILED = "failed";

	private BackupEvents() {
	}
}
