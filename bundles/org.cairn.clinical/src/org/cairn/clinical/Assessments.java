package org.cairn.clinical;

import java.time.Instant;

import org.cairn.model.AssessmentResponse;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * Assessment responses, for every caller. A withdrawal scale is placed against the time of last use: given with one,
 * that time becomes the episode's (a new version of the episode, in the same transaction) and the response's hours
 * since last use come from it; a COWS resting pulse is stored as vital signs taken at the same moment, so that it is
 * charted without being typed twice.
 */
public interface Assessments {

	/** The COWS form and its resting-pulse item, answered in beats per minute. */
	String COWS = "cows";
	String COWS_PULSE = "cows.1";

	/**
	 * Stores a completed response.
	 *
	 * @param withdrawal whether the form is a withdrawal scale (COWS, SOWS, CIWA-Ar)
	 * @param lastUse    when the patient last used, as told now; null to keep the episode's
	 * @throws RefusedException {@code access.denied} without the permission to give assessments;
	 *                          {@code assessment.lastUse.future} for a last use after the assessment
	 */
	StoredRecord<AssessmentResponse> give(Session session, AssessmentResponse response, boolean withdrawal, Instant lastUse, String reason);

	/** The shortest note an acknowledgement of a flag takes. */
	int ACKNOWLEDGEMENT_MIN = 5;

	/**
	 * Acknowledges a flag a response raised (PHQ-9 item 9, a severe band...), with what was done about it: a new
	 * version of the response records who, when and the note, and the flag leaves the chart header.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to give assessments;
	 *                          {@code chart.outside-caseload}; {@code assessment.unknown} when there is no such
	 *                          response; {@code assessment.flag.unknown} (flag) for a flag the response did not
	 *                          raise; {@code assessment.flag.acknowledged} (flag) for one acknowledged already;
	 *                          {@code assessment.flag.note} (minimum length) for a note shorter than
	 *                          {@link #ACKNOWLEDGEMENT_MIN} characters
	 */
	StoredRecord<AssessmentResponse> acknowledgeFlag(Session session, String responseId, String flag, String note);
}
