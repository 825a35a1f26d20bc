package org.cairn.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;

/**
 * The rules of 42 CFR Part 2 that Cairn applies to consents: what a consent to disclose must say (§2.31), whether it
 * covers a disclosure, and the notice every disclosure carries (§2.32). Problems are codes with arguments
 * ({@code consent.*}, {@code disclose.*}); the workbench and the command line word them.
 */
public final class ConsentRules {

	/** The §2.32 notice (statement 2, as amended in 2024), on every printed or exported page of a disclosure. */
	public static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

	/** Descriptions of the information that make a consent a general medical release, which Part 2 does not allow. */
	private static final List<String> GENERAL_RELEASES = List.of("all records", "all medical records", "any and all", "entire record",
			"complete record", "all information", "any information");

	private ConsentRules() {
	}

	/**
	 * What a consent lacks to be a valid Part 2 consent, in the order §2.31 lists it; empty when it has everything:
	 * {@code consent.no-discloser}, {@code consent.no-information}, {@code consent.general-release} (the description),
	 * {@code consent.no-recipient}, {@code consent.no-purpose}, {@code consent.revocation-not-explained},
	 * {@code consent.no-expiry}, {@code consent.unsigned}, {@code consent.refusal-not-explained}.
	 */
	public static List<Problem> problems(Consent consent) {
		List<Problem> problems = new ArrayList<>();
		if (blank(consent.getDiscloser())) {
			problems.add(Problem.of("consent.no-discloser"));
		}
		if (blank(consent.getInformation())) {
			problems.add(Problem.of("consent.no-information"));
		} else {
			String information = consent.getInformation().toLowerCase(Locale.ROOT);
			if (GENERAL_RELEASES.stream().anyMatch(information::contains)) {
				problems.add(Problem.of("consent.general-release", consent.getInformation().strip()));
			}
		}
		if (consent.getRecipients().stream().allMatch(ConsentRules::blank) && !consent.isTreatmentPaymentOperations()) {
			problems.add(Problem.of("consent.no-recipient"));
		}
		if (blank(consent.getPurpose())) {
			problems.add(Problem.of("consent.no-purpose"));
		}
		if (!consent.isRevocationExplained()) {
			problems.add(Problem.of("consent.revocation-not-explained"));
		}
		if (consent.getExpiresOn() == null && blank(consent.getExpiryEvent())) {
			problems.add(Problem.of("consent.no-expiry"));
		}
		if (blank(consent.getSignedBy()) || consent.getSignedOn() == null) {
			problems.add(Problem.of("consent.unsigned"));
		}
		if (!consent.isRefusalConsequencesStated()) {
			problems.add(Problem.of("consent.refusal-not-explained"));
		}
		return problems;
	}

	/**
	 * Why {@code consent} does not cover disclosing {@code patientId}'s records to {@code recipient} on {@code on}, or
	 * null when it does: {@code disclose.no-consent}, {@code disclose.other-patient}, {@code disclose.consent-in-error},
	 * {@code disclose.consent-revoked} (date; {@code -undated} without one), {@code disclose.consent-expired} (date;
	 * {@code -undated} without one),
	 * {@code disclose.consent-future} (date), the consent's first {@linkplain #problems problem} when it is not a valid
	 * consent, {@code disclose.no-recipient}, {@code disclose.recipient-not-named} (recipient, the names it gives).
	 */
	public static Problem refusal(Consent consent, String patientId, String recipient, LocalDate on) {
		if (consent == null) {
			return Problem.of("disclose.no-consent");
		}
		if (!patientId.equals(consent.getPatientId())) {
			return Problem.of("disclose.other-patient");
		}
		if (consent.getEnteredInError() != null || consent.getStatus() == ConsentStatus.ENTERED_IN_ERROR) {
			return Problem.of("disclose.consent-in-error");
		}
		if (consent.getStatus() == ConsentStatus.REVOKED || consent.getRevokedOn() != null && !consent.getRevokedOn().isAfter(on)) {
			return consent.getRevokedOn() == null ? Problem.of("disclose.consent-revoked-undated") : Problem.of("disclose.consent-revoked", consent.getRevokedOn());
		}
		if (consent.getStatus() == ConsentStatus.EXPIRED || consent.getExpiresOn() != null && consent.getExpiresOn().isBefore(on)) {
			return consent.getExpiresOn() == null ? Problem.of("disclose.consent-expired-undated") : Problem.of("disclose.consent-expired", consent.getExpiresOn());
		}
		if (consent.getSignedOn() != null && consent.getSignedOn().isAfter(on)) {
			return Problem.of("disclose.consent-future", consent.getSignedOn());
		}
		List<Problem> problems = problems(consent);
		if (!problems.isEmpty()) {
			return problems.get(0);
		}
		if (blank(recipient)) {
			return Problem.of("disclose.no-recipient");
		}
		boolean named = consent.getRecipients().stream().anyMatch(r -> r != null && r.strip().equalsIgnoreCase(recipient.strip()));
		if (!named && !consent.isTreatmentPaymentOperations()) {
			return Problem.of("disclose.recipient-not-named", recipient.strip(), String.join(", ", consent.getRecipients()));
		}
		return null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
