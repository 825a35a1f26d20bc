package org.cairn.clinical;

import org.cairn.model.CarePlan;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * Care plans, for every caller: who may write them (on a chart open to them), what a plan in force must be
 * ({@link CarePlanRules}), and the signature, made here from the signed-in person and stored with its audit event in
 * one transaction. Reviews are saves: the review entry a save adds is the person's own, dated no later than today.
 */
public interface CarePlans {

	/**
	 * Stores the plan as a new version (a review is a save that adds a review entry and the next revision).
	 *
	 * @throws RefusedException {@code access.denied} without the permission to write care plans;
	 *                          {@code chart.outside-caseload}; the findings of {@link CarePlanRules} for a plan that is
	 *                          active; {@code plan.signature.added} when the plan carries a signature the stored plan
	 *                          has not (signatures are made by {@link #sign} only); {@code plan.review.notYours} for a
	 *                          new review entry in someone else's name
	 */
	StoredRecord<CarePlan> save(Session session, CarePlan plan, int basedOnVersion, String reason);

	/**
	 * Signs the plan as {@code session}'s person, now: a draft becomes active; the signature (signer, role, time,
	 * meaning, the hash of the signed content) is added and the version stored with a {@code SIGN} audit event in the
	 * same transaction. The plan given is not changed.
	 *
	 * @throws RefusedException as {@link #save}, and the findings of {@link CarePlanRules} whatever the plan's status
	 */
	StoredRecord<CarePlan> sign(Session session, CarePlan plan, int basedOnVersion, String meaning, String reason);
}
