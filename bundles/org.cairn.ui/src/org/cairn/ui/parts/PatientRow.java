package org.cairn.ui.parts;

import java.time.LocalDate;

import org.cairn.model.EpisodeStatus;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.store.CensusEntry;
import org.cairn.store.PatientMatch;
import org.cairn.ui.chart.ChartSummary;

/** One line of the patient list: a patient and, when there is one, the episode the census shows for them. */
record PatientRow(String patientId, String episodeId, String familyName, String givenName, String mrn, LocalDate birthDate,
		Programme programme, Phase phase, LocalDate phaseSince, EpisodeStatus status, LocalDate admittedOn,
		LocalDate dischargedOn, LocalDate reviewDue) {

	static PatientRow of(CensusEntry entry) {
		return new PatientRow(entry.patientId(), entry.episodeId(), entry.familyName(), entry.givenName(), entry.mrn(),
				entry.birthDate(), entry.programme(), entry.phase(), entry.phaseSince(), entry.status(), entry.admittedOn(),
				entry.dischargedOn(), entry.reviewDue());
	}

	/** A patient found by search, with the census line of their open episode if they have one. */
	static PatientRow of(PatientMatch match, CensusEntry open) {
		return open != null ? of(open)
				: new PatientRow(match.id(), null, match.familyName(), match.givenName(), match.mrn(), match.birthDate(), null, null,
						null, null, null, null, null);
	}

	/** "Family, Given" as lists show names. */
	String name() {
		String family = familyName == null ? "" : familyName;
		String given = givenName == null ? "" : givenName;
		return family.isEmpty() || given.isEmpty() ? family + given : family + ", " + given;
	}

	/** Age in whole years on {@code today}, or -1 when the birth date is unknown. */
	int age(LocalDate today) {
		return ChartSummary.age(birthDate, today);
	}

	/** The day of treatment {@code today} is in the episode (admission day is day 1); 0 without an episode. */
	long dayInTreatment(LocalDate today) {
		return ChartSummary.dayInTreatment(admittedOn, dischargedOn, today);
	}
}
