package org.cairn.store;

import java.time.LocalDate;

import org.cairn.model.EpisodeStatus;
import org.cairn.model.Phase;
import org.cairn.model.Programme;

/**
 * One episode of care in the census, with its patient: what the patient list shows before a chart is opened.
 * {@code phase} is the phase the episode is in now and {@code phaseSince} when it began; {@code reviewDue} is the
 * earliest next review of the episode's active care plans (null when it has none).
 */
public record CensusEntry(String episodeId, String patientId, String mrn, String familyName, String givenName,
		LocalDate birthDate, Programme programme, Phase phase, LocalDate phaseSince, EpisodeStatus status,
		LocalDate admittedOn, LocalDate dischargedOn, LocalDate reviewDue) {

	/** Whether the care plan's review date has passed on {@code today}. */
	public boolean reviewOverdue(LocalDate today) {
		return reviewDue != null && reviewDue.isBefore(today);
	}
}
