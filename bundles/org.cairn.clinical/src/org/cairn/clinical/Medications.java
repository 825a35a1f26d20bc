package org.cairn.clinical;


import org.cairn.model.DoseAdministration;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.UrineDrugScreen;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * Medication orders, doses, drug screens and naloxone kits, for every caller: the permission, the rules of
 * {@link MedicationRules}, and the warnings that take a reason to go past (a dose other than ordered, a route the
 * product is not given by, a buprenorphine dose above its usual range, methadone and buprenorphine ordered
 * together). A reason that went past a warning is kept in the version's reason, with the warnings it answered.
 */
public interface Medications {

	/**
	 * Stores a new order.
	 *
	 * @param override why the order goes ahead despite its warnings (null when there are none)
	 * @throws RefusedException {@code access.denied} without the permission to order; the problems of
	 *                          {@link MedicationRules#forOrder}; or the warnings followed by {@code meds.override}
	 *                          when there are warnings and no reason to go past them
	 */
	StoredRecord<MedicationOrder> order(Session session, MedicationOrder order, String override, String reason);

	/**
	 * Stores a dose given, taken home, missed, refused or held.
	 *
	 * @param dayInTreatment the day of the episode the dose is for (1 on admission), for methadone's take-home limits
	 * @throws RefusedException {@code access.denied}; {@code meds.order.unknown}; the problems of
	 *                          {@link MedicationRules#forDose} and {@link MedicationRules#forIdentity}; or the warnings
	 *                          and {@code meds.override}
	 */
	StoredRecord<DoseAdministration> recordDose(Session session, DoseAdministration dose, long dayInTreatment, String override, String reason);

	/**
	 * Stores a urine drug screen whose every panel analyte was answered; whether each positive is expected is decided
	 * here from the orders in force on the day of collection.
	 *
	 * @throws RefusedException {@code access.denied}; {@code meds.screen.unanswered}
	 */
	StoredRecord<UrineDrugScreen> recordScreen(Session session, UrineDrugScreen screen, String reason);

	/**
	 * Corrects a dose recorded wrongly: a new version of the dose under the same rules, warnings and reason to go past
	 * them as a new dose, with why it was corrected in the version's reason.
	 *
	 * @param why what was wrong, in a few words (at least 5 characters)
	 * @throws RefusedException {@code access.denied}; {@code meds.correction.reason}; {@code meds.dose.inError} for a
	 *                          dose marked entered in error; and what {@link #recordDose} refuses
	 */
	StoredRecord<DoseAdministration> correctDose(Session session, DoseAdministration corrected, int basedOnVersion, long dayInTreatment, String why,
			String override);

	/**
	 * Marks a dose entered in error (the wrong patient's, a dose that never happened): it stays in the chart, marked,
	 * and leaves the dose log.
	 *
	 * @throws RefusedException {@code access.denied}; {@code meds.correction.reason}; {@code meds.dose.inError}
	 */
	StoredRecord<DoseAdministration> markDoseEnteredInError(Session session, DoseAdministration dose, int basedOnVersion, String why);

	/** Stores a naloxone kit dispensed. @throws RefusedException {@code access.denied} */
	StoredRecord<NaloxoneDispense> dispenseNaloxone(Session session, NaloxoneDispense kit, String reason);
}
