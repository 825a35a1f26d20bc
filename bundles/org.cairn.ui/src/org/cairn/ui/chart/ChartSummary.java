package org.cairn.ui.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.model.Alert;
import org.cairn.model.AlertKind;
import org.cairn.model.AnalyteResult;
import org.cairn.model.CarePlan;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Objective;
import org.cairn.model.ObjectiveStatus;
import org.cairn.model.Patient;
import org.cairn.model.PhaseTransition;
import org.cairn.model.Problem;
import org.cairn.model.ProblemStatus;
import org.cairn.model.ScreenResult;
import org.cairn.model.UrineDrugScreen;
import org.cairn.clinical.ChartView;
import org.cairn.store.StoredRecord;
import org.cairn.store.ScoreEntry;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.Messages;

/**
 * What the chart shows above everything else, read in one job: the patient, the episode the chart is on, days in
 * treatment, care team, alerts, and the timeline. Pure data: no SWT, so it is computed off the UI thread.
 */
public record ChartSummary(Patient patient, EpisodeOfCare episode, List<EpisodeOfCare> episodes, List<TimelineEntry> timeline,
		List<ChartAlert> alerts, List<ScoreEntry> responses, CarePlan plan, Map<String, Integer> versions, LocalDate today,
		Map<String, String> staff) {

	/**
	 * The person a user id stands for, as people know them ("Dana Whitlock"); the id itself for someone the accounts do
	 * not know (a record imported from elsewhere), and "" for none.
	 */
	public String nameOf(String userId) {
		if (userId == null) {
			return "";
		}
		String name = staff.get(userId);
		return name == null || name.isBlank() ? userId : name;
	}

	/** The PHQ-9's form id and the flag its item 9 raises when answered above 0 (CLINICAL.md). */
	public static final String PHQ9 = "phq9";
	public static final String PHQ9_ITEM9_FLAG = "phq9.item9";
	/** LOINC code of fentanyl in a urine drug screen. */
	public static final String FENTANYL_LOINC = "59673-4";
	/** How far back an unexpected fentanyl result is still an alert. */
	public static final int FENTANYL_ALERT_DAYS = 30;
	/** Without an episode, a form's unacknowledged flags of this many days back are shown. */
	public static final int FLAG_DAYS = 90;

	/**
	 * An alert in the chart header; {@code risk} alerts are safety flags and are shown first and in red. An alert
	 * raised by a form's flag names the response and the flag ({@code responseId}, {@code flag}), so that it can be
	 * acknowledged; others have null there.
	 */
	public record ChartAlert(AlertKind kind, String key, String responseId, String formId, String flag, Object... arguments) {

		public ChartAlert(AlertKind kind, String key, Object... arguments) {
			this(kind, key, null, null, null, arguments);
		}

		/** Whether a clinician acknowledges this alert to clear it (a form's flag). */
		public boolean acknowledgeable() {
			return responseId != null;
		}

		/** The alert in words, dates in the user's locale. */
		public String text() {
			Object[] shown = arguments.clone();
			for (int i = 0; i < shown.length; i++) {
				shown[i] = shown[i] instanceof LocalDate date ? Messages.date(date) : shown[i];
			}
			return Messages.format(key, shown);
		}

		/** The alert in words; a form's flag in the words of the form's definition when the form is installed ({@code forms}). */
		public String text(org.cairn.forms.FormRegistry forms) {
			if ("chart.alert.flag".equals(key) && forms != null) {
				String message = forms.form(formId).flatMap(entry -> entry.definition().flags().stream().filter(f -> f.id().equals(flag)).findFirst())
						.map(f -> f.message()).orElse(null);
				if (message != null) {
					return Messages.format("chart.alert.flagMessage", org.cairn.ui.parts.Forms.name(forms, formId), message,
							arguments[2] instanceof LocalDate day ? Messages.date(day) : String.valueOf(arguments[2]));
				}
			}
			return text();
		}
	}

	/**
	 * Reads the chart {@code chart} shows (the chart service let the person read it): {@code episodeId} selects the
	 * episode (null: the open one, else the latest); {@code staff} names people by user id.
	 */
	public static ChartSummary load(ChartView chart, String episodeId, LocalDate today, Map<String, String> staff,
			org.cairn.forms.FormRegistry forms) {
		Patient patient = chart.patient();
		List<TimelineEntry> timeline = chart.timeline(null);
		List<EpisodeOfCare> episodes = new ArrayList<>();
		Map<String, Integer> versions = new java.util.HashMap<>();
		for (StoredRecord<EpisodeOfCare> stored : chart.records(EpisodeOfCare.class, Set.of("EpisodeOfCare"))) {
			episodes.add(stored.record());
			versions.put(stored.record().getId(), stored.version());
		}
		episodes.sort(Comparator.comparing((EpisodeOfCare e) -> e.getAdmittedOn() == null ? LocalDate.MIN : e.getAdmittedOn()).reversed());
		EpisodeOfCare episode = episodes.stream().filter(e -> e.getId().equals(episodeId)).findFirst()
				.orElse(episodes.stream().filter(e -> e.getStatus() == EpisodeStatus.ACTIVE).findFirst()
						.orElse(episodes.isEmpty() ? null : episodes.get(0)));

		List<ChartAlert> alerts = new ArrayList<>();
		List<ScoreEntry> responses = chart.responses(null);
		// A form's flags stay in the header until a clinician acknowledges them: those of this episode's responses
		// (or of the last FLAG_DAYS days when there is no episode), newest first.
		LocalDate flagsFrom = episode != null && episode.getAdmittedOn() != null ? episode.getAdmittedOn() : today.minusDays(FLAG_DAYS);
		for (int i = responses.size() - 1; i >= 0; i--) {
			ScoreEntry response = responses.get(i);
			if (response.administeredAt() == null || date(response.administeredAt()).isBefore(flagsFrom)) {
				continue;
			}
			for (String flag : response.flags()) {
				alerts.add(PHQ9_ITEM9_FLAG.equals(flag)
						? new ChartAlert(AlertKind.RISK, "chart.alert.phq9item9", response.recordId(), response.formId(), flag, date(response.administeredAt()))
						: new ChartAlert(AlertKind.RISK, "chart.alert.flag", response.recordId(), response.formId(), flag,
								org.cairn.ui.parts.Forms.name(forms, response.formId()), flag, date(response.administeredAt())));
			}
		}
		Instant since = today.minusDays(FENTANYL_ALERT_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
		for (TimelineEntry entry : chart.timeline(Set.of("UrineDrugScreen"))) {
			if (entry.occurredAt() == null || entry.occurredAt().isBefore(since)) {
				break; // newest first
			}
			ClinicalRecord screen = chart.record(entry.recordId()).map(stored -> stored.record()).orElse(null);
			if (screen instanceof UrineDrugScreen uds && uds.getEnteredInError() == null && unexpectedFentanyl(uds)) {
				alerts.add(new ChartAlert(AlertKind.RISK, "chart.alert.fentanyl", date(uds.getCollectedAt())));
				break;
			}
		}
		for (Alert alert : patient.getAlerts()) {
			if (alert.isActive()) {
				alerts.add(new ChartAlert(alert.getKind() == null ? AlertKind.CLINICAL : alert.getKind(), "chart.alert.recorded",
						alert.getText()));
			}
		}
		alerts.sort(Comparator.comparing(alert -> alert.kind() == AlertKind.RISK ? 0 : alert.kind() == AlertKind.ALLERGY ? 1 : 2));

		return new ChartSummary(patient, episode, List.copyOf(episodes), timeline, List.copyOf(alerts),
				responses, activePlan(chart, timeline, episode == null ? null : episode.getId()), Map.copyOf(versions), today, Map.copyOf(staff));
	}

	/** The version of record {@code id} the chart read (episodes), which a change is based on. */
	public int version(String id) {
		Integer version = versions.get(id);
		if (version == null) {
			throw new IllegalStateException("The chart did not read record " + id);
		}
		return version;
	}

	/** Whether the patient has an episode that is planned or active. */
	public boolean hasOpenEpisode() {
		return episodes.stream().anyMatch(org.cairn.clinical.EpisodeRules::isOpen);
	}

	/** The newest response to each form, newest first. */
	public List<ScoreEntry> latestScores() {
		Map<String, ScoreEntry> latest = new LinkedHashMap<>();
		for (int i = responses.size() - 1; i >= 0; i--) {
			latest.putIfAbsent(responses.get(i).formId(), responses.get(i));
		}
		return List.copyOf(latest.values());
	}

	/** The scores of the assessment responses in the chart, by record id. */
	public Map<String, ScoreEntry> scoresByRecord() {
		Map<String, ScoreEntry> scores = new java.util.HashMap<>();
		for (ScoreEntry response : responses) {
			scores.put(response.recordId(), response);
		}
		return scores;
	}

	/**
	 * The active care plan of episode {@code episodeId} (any episode when null) among {@code timeline}, the newest
	 * first when there are several, or null. Reads the store: call it in a job.
	 */
	public static CarePlan activePlan(ChartView chart, List<TimelineEntry> timeline, String episodeId) {
		for (TimelineEntry entry : timeline) {
			if ("CarePlan".equals(entry.kind()) && "ACTIVE".equals(entry.status())) {
				ClinicalRecord record = chart.record(entry.recordId()).map(stored -> stored.record()).orElse(null);
				if (record instanceof CarePlan plan && (episodeId == null || episodeId.equals(plan.getEpisodeId()))) {
					return plan;
				}
			}
		}
		return null;
	}

	/** The objectives of the active plan still being worked on (not met, revised or discontinued). */
	public List<Objective> activeObjectives() {
		List<Objective> objectives = new ArrayList<>();
		if (plan == null) {
			return objectives;
		}
		for (Problem problem : plan.getProblems()) {
			if (problem.getGoal() == null || problem.getStatus() == ProblemStatus.RESOLVED) {
				continue;
			}
			for (Objective objective : problem.getGoal().getObjectives()) {
				if (objective.getStatus() == null || objective.getStatus() == ObjectiveStatus.NOT_STARTED
						|| objective.getStatus() == ObjectiveStatus.IN_PROGRESS || objective.getStatus() == ObjectiveStatus.PARTIALLY_MET) {
					objectives.add(objective);
				}
			}
		}
		return objectives;
	}

	private static boolean unexpectedFentanyl(UrineDrugScreen screen) {
		for (AnalyteResult result : screen.getResults()) {
			boolean fentanyl = result.getAnalyte() != null && (FENTANYL_LOINC.equals(result.getAnalyte().getCode())
					|| "fentanyl".equalsIgnoreCase(String.valueOf(result.getAnalyte().getDisplay())));
			if (fentanyl && result.getResult() == ScreenResult.POSITIVE && !result.isExpected()) {
				return true;
			}
		}
		return false;
	}

	private static LocalDate date(Instant instant) {
		return instant == null ? null : instant.atZone(java.time.ZoneId.systemDefault()).toLocalDate();
	}

	/** Age in whole years, or -1 when the birth date is unknown. */
	public int age() {
		return age(patient.getBirthDate(), today);
	}

	/** The day of treatment today is in the episode (admission day is day 1; a discharged episode's length); 0 without one. */
	public long daysInTreatment() {
		return episode == null ? 0 : dayInTreatment(episode.getAdmittedOn(), episode.getDischargedOn(), today);
	}

	/** Age in whole years on {@code today}, or -1 when {@code born} is unknown. */
	public static int age(LocalDate born, LocalDate today) {
		return born == null ? -1 : Period.between(born, today).getYears();
	}

	/**
	 * The day of treatment {@code today} is in an episode admitted on {@code admitted} (admission day is day 1); for
	 * an episode discharged before today, its length. 0 without an admission date.
	 */
	public static long dayInTreatment(LocalDate admitted, LocalDate discharged, LocalDate today) {
		if (admitted == null) {
			return 0;
		}
		LocalDate end = discharged != null && discharged.isBefore(today) ? discharged : today;
		return ChronoUnit.DAYS.between(admitted, end) + 1;
	}

	/** The phase the episode is in now: the last one begun. */
	public PhaseTransition currentPhase() {
		return episode == null ? null : org.cairn.clinical.EpisodeRules.current(episode);
	}


	/** Records that happen on a day rather than at a time; their time is stored as that day's start in UTC. */
	static final Set<String> DAY_KINDS = Set.of("EpisodeOfCare", "CarePlan", "MedicationOrder", "TaperSchedule", "Consent",
			"DoseAdministration");

	/** When a timeline entry happened: a date for records of a day, else date and time in the workstation's zone. */
	public static String when(TimelineEntry entry) {
		java.time.Instant at = entry.occurredAt();
		if (at == null) {
			return "";
		}
		java.time.OffsetDateTime utc = at.atOffset(java.time.ZoneOffset.UTC);
		if (DAY_KINDS.contains(entry.kind()) && utc.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			return Messages.date(utc.toLocalDate());
		}
		return Messages.dateTime(at);
	}

	/** The chart header's episode line: programme, phase since, days in treatment (or discharged), how many episodes. */
	public String episodeText() {
		ChartSummary summary = this;
		EpisodeOfCare episode = summary.episode();
		if (episode == null) {
			return Messages.get("chart.episode.none");
		}
		List<String> parts = new ArrayList<>();
		parts.add(Messages.label(episode.getProgramme()));
		PhaseTransition phase = summary.currentPhase();
		if (episode.getDischargedOn() != null) {
			parts.add(Messages.format("chart.discharged", Messages.date(episode.getDischargedOn())));
			parts.add(Messages.format("chart.days.total", summary.daysInTreatment()));
		} else {
			if (phase != null) {
				parts.add(Messages.format("chart.phase", Messages.label(phase.getPhase()), Messages.date(phase.getStartedOn())));
			}
			parts.add(Messages.format("chart.days", summary.daysInTreatment()));
		}
		if (summary.episodes().size() > 1) {
			parts.add(Messages.format("chart.episodes", summary.episodes().size()));
		}
		return String.join(Messages.get("chart.separator"), parts);
	}

	/** The chart header's care team: who is on it today, by name, with their role. */
	public String careTeamText() {
		ChartSummary summary = this;
		EpisodeOfCare episode = summary.episode();
		if (episode == null || episode.getCareTeam().isEmpty()) {
			return Messages.get("chart.careTeam.none");
		}
		LocalDate today = LocalDate.now();
		String members = episode.getCareTeam().stream()
				.filter(member -> member.getTo() == null || !member.getTo().isBefore(today))
				.map(member -> member(summary, member)).collect(java.util.stream.Collectors.joining(", "));
		return Messages.format("chart.careTeam", members.isEmpty() ? Messages.get("chart.careTeam.nobody") : members);
	}

	private static String member(ChartSummary summary, org.cairn.model.CareTeamMember member) {
		String name = summary.nameOf(member.getStaffId());
		return member.getRole() == null ? name : Messages.format("chart.careTeam.member", name, Messages.label(member.getRole()));
	}
}
