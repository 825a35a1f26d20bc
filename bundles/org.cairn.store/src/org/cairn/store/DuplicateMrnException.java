package org.cairn.store;

/**
 * A patient's save was refused because another patient holds the same medical record number: one chart per MRN.
 * Nothing was written. The message names the MRN and the other patient's record id only (messages end up in logs);
 * {@link #holderName()} is the other patient's name for the person at the screen, who can open that chart instead.
 */
public class DuplicateMrnException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String mrn;
	private final String holderId;
	private final String holderName;

	public DuplicateMrnException(String mrn, String holderId, String holderName) {
		super("The MRN " + mrn + " is already the chart of another patient (record " + holderId + "); one MRN is one chart, so nothing was saved");
		this.mrn = mrn;
		this.holderId = holderId;
		this.holderName = holderName;
	}

	public String mrn() {
		return mrn;
	}

	/** The record id of the patient who holds the MRN. */
	public String holderId() {
		return holderId;
	}

	/** That patient's name, family name first ("Ashby, Omar"), or null when it could not be read. */
	public String holderName() {
		return holderName;
	}
}
