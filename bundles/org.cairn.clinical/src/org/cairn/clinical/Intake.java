package org.cairn.clinical;

import java.util.List;

import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.security.Session;
import org.cairn.store.PatientMatch;

/**
 * Registering a new patient: the patient and their first episode of care, stored together or not at all, each save
 * audited in the same transaction. One chart per MRN is the store's rule (a unique key written with the save), so two
 * workstations registering one MRN at once store exactly one.
 */
public interface Intake {

	/**
	 * Registers {@code patient} with {@code episode} (which must be the patient's, and open).
	 *
	 * @throws RefusedException {@code access.denied} without the permission to register patients (audited);
	 *                          {@code intake.mrn-missing}; {@code intake.episode-mismatch}; {@code intake.mrn-taken}
	 *                          (MRN, the holder's record id, the holder's name or null) when another patient holds
	 *                          the MRN
	 */
	default void register(Session session, Patient patient, EpisodeOfCare episode) {
		register(session, patient, episode, false);
	}

	/**
	 * Registers {@code patient} with {@code episode}; as {@link #register(Session, Patient, EpisodeOfCare)}, and a
	 * patient who has the name and date of birth of one already registered is refused with
	 * {@code intake.possible-duplicate} (the other's name, MRN and record id) unless {@code differentPerson} says the
	 * person at intake checked and it is someone else; that decision is audited. In an opioid treatment programme a
	 * second chart for one person risks a second dose.
	 */
	void register(Session session, Patient patient, EpisodeOfCare episode, boolean differentPerson);

	/**
	 * The patients already registered with {@code patient}'s family name, first given name and date of birth (case and
	 * accents ignored), for intake to offer their chart instead of a second one.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to register patients
	 */
	List<PatientMatch> sameNameAndBirthDate(Session session, Patient patient);

	/**
	 * The chart that holds {@code mrn} (case ignored), for intake to name a chart by its MRN.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to register patients
	 */
	java.util.Optional<PatientMatch> chartWithMrn(Session session, String mrn);

	/**
	 * Merges a duplicate chart into the chart of the same person, for the duplicates that slipped through intake. Both
	 * histories are kept: the duplicate's records stay as they were stored and signed, and the kept chart shows them
	 * (timeline, scores, doses); the duplicate is marked merged ({@code Patient.mergedInto}), opening it opens the
	 * kept chart, and nothing new can be written to it. Where both charts have an open episode of care, the
	 * duplicate's is marked entered in error (one person, one current episode); where only the duplicate has one, it
	 * becomes the kept chart's. Charts merged into the duplicate before follow it. All in one transaction, audited on
	 * both charts with the reason.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to register patients (audited);
	 *                          {@code merge.same}; {@code merge.not-found} (id); {@code merge.already-merged} (MRN of
	 *                          the chart that is merged already); {@code merge.reason} for a blank reason
	 */
	void merge(Session session, String keptId, String duplicateId, String reason);
}
