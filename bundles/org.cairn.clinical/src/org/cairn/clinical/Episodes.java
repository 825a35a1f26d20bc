package org.cairn.clinical;

import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * Episodes of care after intake, for every caller: a phase change, a discharge and a readmission, each checked by
 * {@link EpisodeRules} at the moment it is made, on a chart the person may open ({@link Charts#mayOpen}), and stored
 * as a new version (or a new episode) with the person as its author.
 */
public interface Episodes {

	/**
	 * Moves {@code episode} (as read, at {@code basedOnVersion}) to phase {@code to} on {@code on}.
	 *
	 * @param lastUse when the patient last used, as told at the change (it becomes the episode's); null when not asked
	 * @throws RefusedException {@code access.denied} without the permission to write care plans;
	 *                          {@code chart.outside-caseload} when the chart is not open to the person; the problems of
	 *                          {@link EpisodeRules#checkPhaseChange}
	 */
	StoredRecord<EpisodeOfCare> changePhase(Session session, EpisodeOfCare episode, int basedOnVersion, Phase to, LocalDate on, String reason,
			Instant lastUse);

	/**
	 * Discharges {@code episode} (as read, at {@code basedOnVersion}).
	 *
	 * @throws RefusedException as {@link #changePhase}, with the problems of {@link EpisodeRules#checkDischarge}
	 */
	StoredRecord<EpisodeOfCare> discharge(Session session, EpisodeOfCare episode, int basedOnVersion, EpisodeRules.Discharge discharge);

	/**
	 * Opens a new episode for a patient who comes back, checked against every episode the patient has in the store
	 * (not the caller's list).
	 *
	 * @throws RefusedException as {@link #changePhase}, with the problems of {@link EpisodeRules#checkReadmission}
	 */
	StoredRecord<EpisodeOfCare> readmit(Session session, String patientId, Programme programme, Phase phase, LocalDate on, String counsellor,
			String reason);
}
