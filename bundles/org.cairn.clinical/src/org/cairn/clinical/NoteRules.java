package org.cairn.clinical;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.NoteSection;
import org.cairn.model.RiskLevel;
import org.cairn.model.RiskScreen;
import org.cairn.model.SessionNote;

/**
 * What a session note needs: to be saved, a start and (when given) an end after it; to be signed, everything a
 * reviewer or a payer reads in a note: service, modality, start and an end that has come, every section of its
 * format written, and a risk screen in which each risk (suicidal and homicidal ideation, overdose risk) was assessed,
 * with the safety plan reviewed when any risk is moderate or high. Each problem names the field, as a code.
 */
public final class NoteRules {

	/** Longer than this is not a session but a typing mistake in a date. */
	public static final Duration LONGEST_SESSION = Duration.ofHours(12);

	private NoteRules() {
	}

	/** What stops the note being saved as a version (a draft may still be autosaved). */
	public static List<Problem> forSaving(SessionNote note) {
		List<Problem> problems = new ArrayList<>();
		if (note.getStartedAt() == null) {
			problems.add(Problem.of("note.startedAt"));
		} else if (note.getEndedAt() != null) {
			if (!note.getEndedAt().isAfter(note.getStartedAt())) {
				problems.add(Problem.of("note.endedAt.order"));
			} else if (Duration.between(note.getStartedAt(), note.getEndedAt()).compareTo(LONGEST_SESSION) > 0) {
				problems.add(Problem.of("note.endedAt.long", LONGEST_SESSION.toHours()));
			}
		}
		return problems;
	}

	/**
	 * What stops the note being signed at {@code now}: the saving problems, then everything a signed note must say.
	 * A note cannot be signed before the session it records has ended, and "not assessed" is not an assessment of
	 * risk.
	 */
	public static List<Problem> forSigning(SessionNote note, Instant now) {
		List<Problem> problems = new ArrayList<>(forSaving(note));
		if (note.getServiceType() == null) {
			problems.add(Problem.of("note.serviceType"));
		}
		if (note.getModality() == null) {
			problems.add(Problem.of("note.modality"));
		}
		if (note.getEndedAt() == null) {
			problems.add(Problem.of("note.endedAt"));
		} else if (note.getEndedAt().isAfter(now)) {
			problems.add(Problem.of("note.endedAt.future"));
		}
		for (NoteSection section : note.getSections()) {
			if (section.getText() == null || section.getText().isBlank()) {
				problems.add(Problem.of("note.section", section.getHeading() != null ? section.getHeading() : section.getKey()));
			}
		}
		RiskScreen risk = note.getRiskScreen();
		if (risk == null || !assessed(risk.getSuicidalIdeation())) {
			problems.add(Problem.of("note.risk.suicidal"));
		}
		if (risk == null || !assessed(risk.getHomicidalIdeation())) {
			problems.add(Problem.of("note.risk.homicidal"));
		}
		if (risk == null || !assessed(risk.getOverdoseRisk())) {
			problems.add(Problem.of("note.risk.overdose"));
		}
		if (risk != null && elevated(risk) && !risk.isSafetyPlanReviewed()) {
			problems.add(Problem.of("note.risk.safetyPlan"));
		}
		return problems;
	}

	private static boolean assessed(RiskLevel level) {
		return level != null && level != RiskLevel.NOT_ASSESSED;
	}

	/** Whether any risk in the screen is moderate or high. */
	public static boolean elevated(RiskScreen risk) {
		return high(risk.getSuicidalIdeation()) || high(risk.getHomicidalIdeation()) || high(risk.getOverdoseRisk());
	}

	private static boolean high(RiskLevel level) {
		return level == RiskLevel.MODERATE || level == RiskLevel.HIGH;
	}

	/** What stops an addendum: it must say something. */
	public static List<Problem> forAddendum(String text) {
		return text == null || text.isBlank() ? List.of(Problem.of("note.addendum")) : List.of();
	}

	/** What stops marking a note entered in error: the reason, in a few words at least. */
	public static List<Problem> forErrorMark(String reason) {
		return reason == null || reason.strip().length() < 5 ? List.of(Problem.of("note.errorReason")) : List.of();
	}
}
