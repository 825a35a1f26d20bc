package org.cairn.store;

import java.time.Instant;

/**
 * A save was based on a version that is no longer the current one: someone else saved the record meanwhile.
 * Nothing was written; the caller keeps its changes and can show both.
 */
public class SaveConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String recordId;
	private final int basedOnVersion;
	private final int currentVersion;
	private final String savedBy;
	private final Instant savedAt;

	public SaveConflictException(String recordId, int basedOnVersion, int currentVersion, String savedBy, Instant savedAt) {
		super("Record " + recordId + " was saved by " + savedBy + " at " + savedAt + " (version " + currentVersion
				+ ") after version " + basedOnVersion + " was opened here; this save was refused so that nothing is"
				+ " overwritten. Open the current version and apply the changes again.");
		this.recordId = recordId;
		this.basedOnVersion = basedOnVersion;
		this.currentVersion = currentVersion;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	public String recordId() {
		return recordId;
	}

	public int basedOnVersion() {
		return basedOnVersion;
	}

	public int currentVersion() {
		return currentVersion;
	}

	public String savedBy() {
		return savedBy;
	}

	public Instant savedAt() {
		return savedAt;
	}
}
