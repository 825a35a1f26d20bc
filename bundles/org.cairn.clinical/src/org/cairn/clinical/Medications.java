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
	 * Stores a set of vital signs, taken by the person signed in.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to record doses, screens and vital signs;
	 *                          {@code chart.outside-caseload}; {@code chart.merged}; every finding of {@link VitalsRules}
	 */
	StoredRecord<org.cairn.model.VitalSigns> recordVitals(Session session, org.cairn.model.VitalSigns vitals, String reason);

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

	/**
	 * Ends an active order (discontinued, completed or put on hold) on {@code endOn}, with the prescriber's reason;
	 * a planned or running taper of the order follows it in the same save (abandoned, completed or paused:
	 * {@link TaperRules#whenOrderEnds}), so that both change or neither.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to order; {@code chart.outside-caseload};
	 *                          {@code meds.stop.notActive} for an order not active; {@code meds.stop.status} for a
	 *                          status that does not end it; {@code meds.endOn} for an end before the start or none;
	 *                          {@code meds.stop.reason} without a reason
	 */
	StoredRecord<MedicationOrder> stop(Session session, MedicationOrder order, int basedOnVersion, org.cairn.model.OrderStatus status,
			java.time.LocalDate endOn, String why);

	/**
	 * Plans a taper of an active order: from {@code fromMg} a day down to {@code toMg}, lower by {@code stepMg} every
	 * {@code everyDays} days from {@code startOn} ({@link TaperRules#schedule}), stored as planned.
	 *
	 * @throws RefusedException {@code access.denied}; {@code chart.outside-caseload}; {@code meds.stop.notActive};
	 *                          the problems of {@link TaperRules#check}; {@code meds.startOn} without a start;
	 *                          {@code meds.stop.reason} without a reason
	 */
	StoredRecord<org.cairn.model.TaperSchedule> planTaper(Session session, MedicationOrder order, java.math.BigDecimal fromMg,
			java.math.BigDecimal toMg, java.math.BigDecimal stepMg, int everyDays, java.time.LocalDate startOn, String why, boolean patientAgreed);
}
