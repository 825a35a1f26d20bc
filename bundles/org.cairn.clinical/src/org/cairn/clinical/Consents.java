package org.cairn.clinical;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.cairn.model.Consent;
import org.cairn.model.Disclosure;
import org.cairn.model.DisclosureMethod;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * A patient's 42 CFR Part 2 consents and the disclosures made under them, for every caller: reading them needs the
 * permission to read clinical records on a chart open to the person; recording or revoking a consent, and disclosing,
 * the permission to release records. A consent is stored only when it says everything §2.31 asks
 * ({@link ConsentRules#problems}); a disclosure goes out only under a consent that covers it
 * ({@link ConsentRules#refusal}), is kept as a {@link Disclosure} record and audited as {@code DISCLOSE} in the same
 * transaction; a refused one is audited as {@code DISCLOSE}, {@code DENIED}.
 */
public interface Consents {

	/**
	 * What is to be disclosed.
	 *
	 * @param information what is disclosed, in words; the consent's description when blank
	 * @param purpose     why; the consent's purpose when blank
	 * @param recordIds   the records that go out (their ids); each must be the patient's
	 */
	record Request(String patientId, String consentId, String recipient, String information, String purpose, DisclosureMethod method,
			List<String> recordIds) {
		public Request {
			recordIds = List.copyOf(recordIds);
		}
	}

	/** Writes what goes out (the records with the notice), once the consent is known to cover it. */
	@FunctionalInterface
	interface Output {
		/** Nothing to write: the records were told in person. */
		Output NONE = consent -> {
		};

		void write(Consent consent) throws IOException;
	}

	/**
	 * The patient's consents, newest signed first, entered-in-error ones left out; audited as a {@code READ} of the
	 * chart.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to read clinical records;
	 *                          {@code chart.outside-caseload} when the chart is not open to the person
	 */
	List<Consent> consents(Session session, String patientId);

	/** The patient's disclosure log (the accounting of disclosures), newest first; as {@link #consents}. */
	List<Disclosure> disclosures(Session session, String patientId);

	/**
	 * Stores a new consent.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to release records;
	 *                          {@code chart.outside-caseload}; {@code chart.merged}; every finding of
	 *                          {@link ConsentRules#problems}
	 */
	StoredRecord<Consent> record(Session session, Consent consent);

	/**
	 * Records the patient's revocation of a consent, from {@code on}, and whether anyone acted in reliance on it before.
	 *
	 * @throws RefusedException as {@link #record}; {@code consent.unknown} for no such consent;
	 *                          {@code consent.not-active} for one already revoked or expired
	 */
	StoredRecord<Consent> revoke(Session session, String consentId, LocalDate on, boolean actedInReliance);

	/**
	 * Checks the request against its consent, has {@code output} write what goes out, and only then logs it: a
	 * {@link Disclosure} record and its {@code DISCLOSE} audit event, in one transaction. Nothing is written for a
	 * refused request, and nothing is logged when writing fails.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to release records;
	 *                          {@code chart.outside-caseload}; {@code disclose.no-records}, {@code disclose.not-the-patients}
	 *                          (record id) and the findings of {@link ConsentRules#refusal} (audited as a denied
	 *                          {@code DISCLOSE})
	 * @throws org.cairn.store.StoreException when the output cannot be written (said with its reason)
	 */
	StoredRecord<Disclosure> disclose(Session session, Request request, Output output);
}
