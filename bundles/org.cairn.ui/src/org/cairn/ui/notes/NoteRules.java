package org.cairn.ui.notes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cairn.model.NoteSection;
import org.cairn.model.RiskLevel;
import org.cairn.model.RiskScreen;
import org.cairn.model.SessionNote;
import org.cairn.ui.Messages;

/**
 * What a session note needs: to be saved, a start and (when given) an end after it; to be signed, everything a
 * reviewer or a payer reads in a note: service, modality, start and end, every section of its format written, and
 * a risk screen (suicidal and homicidal ideation, overdose risk), with the safety plan reviewed when any risk is
 * moderate or high. Each problem is one sentence naming the field.
 */
public final class NoteRules {

	/** Longer than this is not a session but a typing mistake in a date. */
	static final Duration LONGEST_SESSION = Duration.ofHours(12);

	private NoteRules() {
	}

	/** What stops the note being saved as a version (a draft may still be autosaved). */
	public static List<String> forSaving(SessionNote note) {
		List<String> problems = new ArrayList<>();
		if (note.getStartedAt() == null) {
			problems.add(Messages.get("note.rule.startedAt"));
		} else if (note.getEndedAt() != null) {
			if (!note.getEndedAt().isAfter(note.getStartedAt())) {
				problems.add(Messages.get("note.rule.endedAt.order"));
			} else if (Duration.between(note.getStartedAt(), note.getEndedAt()).compareTo(LONGEST_SESSION) > 0) {
				problems.add(Messages.format("note.rule.endedAt.long", LONGEST_SESSION.toHours()));
			}
		}
		return problems;
	}

	/** What stops the note being signed: the saving problems, then everything a signed note must say. */
	public static List<String> forSigning(SessionNote note) {
		List<String> problems = new ArrayList<>(forSaving(note));
		if (note.getServiceType() == null) {
			problems.add(Messages.get("note.rule.serviceType"));
		}
		if (note.getModality() == null) {
			problems.add(Messages.get("note.rule.modality"));
		}
		if (note.getEndedAt() == null) {
			problems.add(Messages.get("note.rule.endedAt"));
		}
		for (NoteSection section : note.getSections()) {
			if (section.getText() == null || section.getText().isBlank()) {
				problems.add(Messages.format("note.rule.section", section.getHeading() != null ? section.getHeading()
						: NoteFormats.heading(section.getKey())));
			}
		}
		RiskScreen risk = note.getRiskScreen();
		if (risk == null || risk.getSuicidalIdeation() == null) {
			problems.add(Messages.get("note.rule.risk.suicidal"));
		}
		if (risk == null || risk.getHomicidalIdeation() == null) {
			problems.add(Messages.get("note.rule.risk.homicidal"));
		}
		if (risk == null || risk.getOverdoseRisk() == null) {
			problems.add(Messages.get("note.rule.risk.overdose"));
		}
		if (risk != null && elevated(risk) && !risk.isSafetyPlanReviewed()) {
			problems.add(Messages.get("note.rule.risk.safetyPlan"));
		}
		return problems;
	}

	/** Whether any risk in the screen is moderate or high. */
	public static boolean elevated(RiskScreen risk) {
		return high(risk.getSuicidalIdeation()) || high(risk.getHomicidalIdeation()) || high(risk.getOverdoseRisk());
	}

	private static boolean high(RiskLevel level) {
		return level == RiskLevel.MODERATE || level == RiskLevel.HIGH;
	}

	/** What stops an addendum: it must say something. */
	public static List<String> forAddendum(String text) {
		return text == null || text.isBlank() ? List.of(Messages.get("note.rule.addendum")) : List.of();
	}

	/** What stops marking a note entered in error: the reason, in a few words at least. */
	public static List<String> forErrorMark(String reason) {
		return reason == null || reason.strip().length() < 5 ? List.of(Messages.get("note.rule.errorReason")) : List.of();
	}
}
