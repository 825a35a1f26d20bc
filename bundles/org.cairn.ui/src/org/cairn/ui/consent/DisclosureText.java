package org.cairn.ui.consent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.ClinicalRecord;
import org.cairn.model.Consent;
import org.cairn.model.Patient;
import org.cairn.security.PartTwo;
import org.cairn.ui.chart.RecordText;

/**
 * What a disclosure hands over, as text: the 42 CFR Part 2 notice first, the recipient, purpose and the consent it is
 * made under, then each record, each followed by the notice again, so that no part of it travels without it. The
 * printed and PDF layouts (the export work) carry the notice on every page the same way.
 */
public final class DisclosureText {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private DisclosureText() {
	}

	/** @param by who discloses (user id); the programme that discloses is the consent's discloser */
	public static String of(Patient patient, Consent consent, String recipient, String purpose, String by, java.time.Instant at,
			List<ClinicalRecord> records) {
		List<String> lines = new ArrayList<>();
		lines.add(PartTwo.NOTICE);
		lines.add("");
		lines.add("Disclosure of substance use disorder treatment records");
		lines.add("Patient: " + patient.getGivenName() + " " + patient.getFamilyName() + " (MRN " + patient.getMrn() + ")"
				+ (patient.getBirthDate() == null ? "" : ", born " + patient.getBirthDate()));
		lines.add("Disclosed to: " + recipient);
		lines.add("Purpose: " + purpose);
		lines.add("Disclosed by: " + consent.getDiscloser() + " (" + by + "), " + WHEN.format(at.atZone(ZoneId.systemDefault())));
		lines.add("Under the consent signed by " + consent.getSignedBy() + " on " + consent.getSignedOn() + ": " + consent.getInformation()
				+ (consent.getExpiresOn() != null ? "; expires " + consent.getExpiresOn()
						: consent.getExpiryEvent() != null ? "; expires on " + consent.getExpiryEvent() : ""));
		lines.add("Records: " + records.size());
		for (ClinicalRecord record : records) {
			lines.add("");
			lines.add("== " + RecordText.kind(record) + " " + record.getId() + " ==");
			lines.addAll(RecordText.lines(record));
			lines.add(PartTwo.NOTICE);
		}
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}
}
