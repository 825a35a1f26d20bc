package org.cairn.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;

/**
 * The rules of 42 CFR Part 2 that Cairn applies: what a consent to disclose must say (§2.31), whether it covers a
 * disclosure, and the notice every disclosure carries (§2.32).
 */
public final class PartTwo {

	/** The §2.32 notice (statement 2, as amended in 2024), on every printed or exported page of a disclosure. */
	public static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

	/** Descriptions of the information that make a consent a general medical release, which Part 2 does not allow. */
	private static final List<String> GENERAL_RELEASES = List.of("all records", "all medical records", "any and all", "entire record",
			"complete record", "all information", "any information");

	private PartTwo() {
	}

	/** What a consent lacks to be a valid Part 2 consent; empty when it has everything §2.31 asks for. */
	public static List<String> consentProblems(Consent consent) {
		List<String> problems = new ArrayList<>();
		if (blank(consent.getDiscloser())) {
			problems.add("It does not say who may disclose.");
		}
		if (blank(consent.getInformation())) {
			problems.add("It does not describe the information to be disclosed.");
		} else {
			String information = consent.getInformation().toLowerCase(Locale.ROOT);
			if (GENERAL_RELEASES.stream().anyMatch(information::contains)) {
				problems.add("\"" + consent.getInformation().strip() + "\" is a general medical release; Part 2 needs a specific, meaningful"
						+ " description of the information, including the substance use disorder information.");
			}
		}
		if (consent.getRecipients().stream().allMatch(PartTwo::blank) && !consent.isTreatmentPaymentOperations()) {
			problems.add("It names no recipient.");
		}
		if (blank(consent.getPurpose())) {
			problems.add("It does not state the purpose.");
		}
		if (!consent.isRevocationExplained()) {
			problems.add("It does not record that the right to revoke, and how, was explained.");
		}
		if (consent.getExpiresOn() == null && blank(consent.getExpiryEvent())) {
			problems.add("It has no expiry date or event.");
		}
		if (blank(consent.getSignedBy()) || consent.getSignedOn() == null) {
			problems.add("It is not signed and dated.");
		}
		if (!consent.isRefusalConsequencesStated()) {
			problems.add("It does not record that the consequences of refusing to sign were stated.");
		}
		return problems;
	}

	/**
	 * Why {@code consent} does not cover disclosing {@code patientId}'s records to {@code recipient} on {@code on}, or
	 * null when it does.
	 */
	public static String refusal(Consent consent, String patientId, String recipient, LocalDate on) {
		if (consent == null) {
			return "No consent was chosen. Part 2 records go to a recipient only under the patient's written consent.";
		}
		if (!patientId.equals(consent.getPatientId())) {
			return "That consent is another patient's.";
		}
		if (consent.getEnteredInError() != null || consent.getStatus() == ConsentStatus.ENTERED_IN_ERROR) {
			return "That consent was entered in error.";
		}
		if (consent.getStatus() == ConsentStatus.REVOKED || consent.getRevokedOn() != null && !consent.getRevokedOn().isAfter(on)) {
			return "The patient revoked that consent" + (consent.getRevokedOn() == null ? "." : " on " + consent.getRevokedOn() + ".");
		}
		if (consent.getStatus() == ConsentStatus.EXPIRED || consent.getExpiresOn() != null && consent.getExpiresOn().isBefore(on)) {
			return "That consent expired" + (consent.getExpiresOn() == null ? "." : " on " + consent.getExpiresOn() + ".");
		}
		if (consent.getSignedOn() != null && consent.getSignedOn().isAfter(on)) {
			return "That consent is dated " + consent.getSignedOn() + ", after today.";
		}
		List<String> problems = consentProblems(consent);
		if (!problems.isEmpty()) {
			return "That consent is not a valid Part 2 consent: " + String.join(" ", problems);
		}
		if (blank(recipient)) {
			return "Name the recipient.";
		}
		boolean named = consent.getRecipients().stream().anyMatch(r -> r != null && r.strip().equalsIgnoreCase(recipient.strip()));
		if (!named && !consent.isTreatmentPaymentOperations()) {
			return "That consent does not name " + recipient.strip() + " as a recipient (it names " + String.join(", ", consent.getRecipients()) + ").";
		}
		return null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
