package org.cairn.store.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.cairn.model.AssessmentResponse;
import org.cairn.model.CarePlan;
import org.cairn.model.Consent;
import org.cairn.model.Disclosure;
import org.cairn.model.DoseAdministration;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.Patient;
import org.cairn.model.PatientRecord;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.SessionNote;
import org.cairn.model.TaperSchedule;
import org.cairn.model.UrineDrugScreen;

/** What the index tables hold for a record, extracted from the model at save time. */
public final class Indexer {

	private Indexer() {
	}

	/** The timeline row of a chart record: when it happened, its status and author. */
	public record TimelineRow(String patientId, Instant occurredAt, String status, String author) {
	}

	/** The search tokens of a name: lower case, accents removed, split into words ("José-María" → jose, maria). */
	public static Set<String> tokens(String... names) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null) {
				continue;
			}
			for (String word : fold(name).split("[^\\p{L}\\p{N}]+")) {
				if (!word.isEmpty()) {
					tokens.add(word.length() > 100 ? word.substring(0, 100) : word);
				}
			}
		}
		return tokens;
	}

	/** Lower case without accents, as names are compared in search. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	/** How patients sort in lists: family name, then given name, case and accents ignored. */
	public static String sortName(Patient patient) {
		String sort = fold((patient.getFamilyName() == null ? "" : patient.getFamilyName()) + " "
				+ (patient.getGivenName() == null ? "" : patient.getGivenName())).strip();
		return sort.length() > 400 ? sort.substring(0, 400) : sort;
	}

	public static Set<String> tokens(Patient patient) {
		return tokens(patient.getGivenName(), patient.getMiddleName(), patient.getFamilyName(), patient.getPreferredName());
	}

	/** The timeline row of {@code record}, or null for records that are not in a chart (patients, groups). */
	public static TimelineRow timeline(ClinicalRecord record) {
		if (!(record instanceof PatientRecord chart)) {
			return null;
		}
		Instant at = null;
		String status = null;
		String author = null;
		if (chart instanceof SessionNote note) {
			at = note.getStartedAt();
			status = name(note.getStatus());
			author = note.getAuthorId();
		} else if (chart instanceof AssessmentResponse response) {
			at = response.getAdministeredAt();
			status = name(response.getStatus());
			author = response.getAdministeredBy();
		} else if (chart instanceof DoseAdministration dose) {
			at = dose.getAdministeredAt() != null ? dose.getAdministeredAt() : start(dose.getScheduledFor());
			status = name(dose.getOutcome());
			author = dose.getAdministeredBy();
		} else if (chart instanceof UrineDrugScreen screen) {
			at = screen.getCollectedAt();
			author = screen.getCollectedBy();
		} else if (chart instanceof CarePlan plan) {
			at = start(plan.getEffectiveFrom());
			status = name(plan.getStatus());
		} else if (chart instanceof EpisodeOfCare episode) {
			at = start(episode.getAdmittedOn());
			status = name(episode.getStatus());
		} else if (chart instanceof MedicationOrder order) {
			at = start(order.getStartOn());
			status = name(order.getStatus());
			author = order.getPrescriberId();
		} else if (chart instanceof TaperSchedule taper) {
			at = taper.getSteps().isEmpty() ? null : start(taper.getSteps().get(0).getFromDate());
			status = name(taper.getStatus());
		} else if (chart instanceof NaloxoneDispense kit) {
			at = kit.getDispensedAt();
			author = kit.getDispensedBy();
		} else if (chart instanceof Consent consent) {
			at = start(consent.getSignedOn());
			status = name(consent.getStatus());
		} else if (chart instanceof Disclosure disclosure) {
			at = disclosure.getDisclosedAt();
			author = disclosure.getDisclosedBy();
		}
		return new TimelineRow(chart.getPatientId(), at, status, author);
	}

	private static Instant start(LocalDate date) {
		return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
