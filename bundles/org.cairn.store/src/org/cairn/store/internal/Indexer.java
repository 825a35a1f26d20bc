package org.cairn.store.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cairn.model.AssessmentResponse;
import org.cairn.model.CarePlan;
import org.cairn.model.CareTeamMember;
import org.cairn.model.Consent;
import org.cairn.model.Disclosure;
import org.cairn.model.DoseAdministration;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.Patient;
import org.cairn.model.PatientRecord;
import org.cairn.model.PhaseTransition;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.SessionNote;
import org.cairn.model.TaperSchedule;
import org.cairn.model.UrineDrugScreen;
import org.cairn.model.VitalSigns;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What the index tables hold for a record, extracted from the model at save time. */
public final class Indexer {

	private Indexer() {
	}

	/** What a record's head row says of it in the timeline: when it happened, its status and author. */
	public record TimelineRow(String patientId, Instant occurredAt, String status, String author) {
	}

	/** An episode as the census lists it; {@code phase} is the phase the episode is in now (the last one begun). */
	public record EpisodeRow(String patientId, String programme, String phase, LocalDate phaseSince, String status,
			LocalDate admittedOn, LocalDate dischargedOn, List<CareTeamRow> careTeam) {
	}

	public record CareTeamRow(String staffId, String role, LocalDate from, LocalDate to) {
	}

	public record PlanRow(String patientId, String episodeId, String status, LocalDate effectiveFrom, LocalDate reviewDue) {
	}

	public record ResponseRow(String patientId, String formId, String formVersion, Instant administeredAt, String status,
			BigDecimal total, String band, String flags) {
	}

	public record DoseRow(String patientId, String orderId, LocalDate scheduledFor, String outcome, String status,
			BigDecimal doseMg, int takeHomeDoses, Instant administeredAt) {
	}

	/** The timeline status of a signed session note that still needs a supervisor's co-signature (a worklist). */
	public static final String AWAITING_COSIGNATURE = "AWAITING_COSIGNATURE";

	/** The status index rows give a record marked entered-in-error, whatever its own status says. */
	public static final String ENTERED_IN_ERROR = "ENTERED_IN_ERROR";

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

	/** Every prefix of every token: what the name index holds, so that a prefix search is an exact lookup. */
	public static Set<String> prefixes(Set<String> tokens) {
		Set<String> prefixes = new LinkedHashSet<>();
		for (String token : tokens) {
			for (int end = 1; end <= token.length(); end++) {
				prefixes.add(token.substring(0, end));
			}
		}
		return prefixes;
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
			if (note.getStatus() == org.cairn.model.NoteStatus.SIGNED && note.isCoSignatureRequired() && note.getCoSignature() == null) {
				status = AWAITING_COSIGNATURE;
			}
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
		} else if (chart instanceof VitalSigns vitals) {
			at = vitals.getTakenAt();
			author = vitals.getTakenBy();
		} else if (chart instanceof Consent consent) {
			at = start(consent.getSignedOn());
			status = name(consent.getStatus());
		} else if (chart instanceof Disclosure disclosure) {
			at = disclosure.getDisclosedAt();
			author = disclosure.getDisclosedBy();
		}
		return new TimelineRow(chart.getPatientId(), at, status(chart, status), author);
	}

	public static EpisodeRow episode(EpisodeOfCare episode) {
		PhaseTransition current = null;
		for (PhaseTransition transition : episode.getPhases()) {
			if (transition.getPhase() != null && (current == null || after(transition.getStartedOn(), current.getStartedOn()))) {
				current = transition;
			}
		}
		List<CareTeamRow> team = new ArrayList<>();
		for (CareTeamMember member : episode.getCareTeam()) {
			if (member.getStaffId() != null && !member.getStaffId().isBlank()) {
				team.add(new CareTeamRow(member.getStaffId(), name(member.getRole()), member.getFrom(), member.getTo()));
			}
		}
		return new EpisodeRow(episode.getPatientId(), name(episode.getProgramme()), current == null ? null : name(current.getPhase()),
				current == null ? null : current.getStartedOn(), status(episode, name(episode.getStatus())), episode.getAdmittedOn(),
				episode.getDischargedOn(), team);
	}

	/** Whether {@code a} is on or after {@code b}; an unknown date sorts first. */
	private static boolean after(LocalDate a, LocalDate b) {
		return b == null || a != null && !a.isBefore(b);
	}

	public static PlanRow plan(CarePlan plan) {
		return new PlanRow(plan.getPatientId(), plan.getEpisodeId(), status(plan, name(plan.getStatus())), plan.getEffectiveFrom(),
				plan.getReviewDue());
	}

	/** The response row; its flags are those still open, not yet acknowledged by a clinician. */
	public static ResponseRow response(AssessmentResponse response) {
		Set<String> acknowledged = new java.util.HashSet<>();
		response.getAcknowledgements().forEach(acknowledgement -> acknowledged.add(acknowledgement.getFlag()));
		String flags = String.join(",", response.getFlags().stream().filter(flag -> !acknowledged.contains(flag)).toList());
		return new ResponseRow(response.getPatientId(), response.getFormId(), response.getFormVersion(),
				response.getAdministeredAt(), status(response, name(response.getStatus())), response.getTotal(),
				response.getBand(), flags.length() > 1000 ? flags.substring(0, 1000) : flags);
	}

	/** The dose row, or null for a dose with neither a scheduled day nor a time given (nothing to list it by). */
	public static DoseRow dose(DoseAdministration dose) {
		LocalDate day = dose.getScheduledFor() != null ? dose.getScheduledFor()
				: dose.getAdministeredAt() == null ? null : dose.getAdministeredAt().atOffset(ZoneOffset.UTC).toLocalDate();
		if (day == null) {
			return null;
		}
		return new DoseRow(dose.getPatientId(), dose.getOrderId(), day, name(dose.getOutcome()), status(dose, null),
				dose.getDoseMg(), dose.getTakeHomeDoses(), dose.getAdministeredAt());
	}

	/** {@link #ENTERED_IN_ERROR} when the record carries an entered-in-error mark, else {@code status}. */
	static String status(ClinicalRecord record, String status) {
		EStructuralFeature mark = record.eClass().getEStructuralFeature("enteredInError");
		return mark != null && record.eGet(mark) != null ? ENTERED_IN_ERROR : status;
	}

	private static Instant start(LocalDate date) {
		return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
