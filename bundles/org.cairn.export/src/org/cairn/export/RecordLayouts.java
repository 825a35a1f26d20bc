package org.cairn.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.cairn.forms.FormDefinition;
import org.cairn.model.Addendum;
import org.cairn.model.AftercarePlan;
import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CarePlan;
import org.cairn.model.CareTeamMember;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Consent;
import org.cairn.model.Diagnosis;
import org.cairn.model.DimensionRating;
import org.cairn.model.Disclosure;
import org.cairn.model.DoseAdministration;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.ErrorMark;
import org.cairn.model.FlagAcknowledgement;
import org.cairn.model.FollowUp;
import org.cairn.model.GroupSession;
import org.cairn.model.Intervention;
import org.cairn.model.ItemScore;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.NoteSection;
import org.cairn.model.Objective;
import org.cairn.model.PhaseTransition;
import org.cairn.model.PlanReview;
import org.cairn.model.Problem;
import org.cairn.model.RiskScreen;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;
import org.cairn.model.SubscaleScore;
import org.cairn.model.TaperSchedule;
import org.cairn.model.TaperStep;
import org.cairn.model.UrineDrugScreen;
import org.cairn.model.VitalSigns;
import org.cairn.store.StoredRecord;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Each kind of record laid out as a clinician reads it on paper: a note's sections under their headings with its
 * signature and addenda, a care plan's problems, goals, objectives and interventions, an assessment's items with
 * their answers and scores, a screen's analytes as a table. Every record ends with its version line, and one entered in
 * error says so first. A kind without a layout of its own (a facility's, say) is printed field by field.
 */
public final class RecordLayouts {

	private final Words words;
	private final Function<String, String> staff;
	private final FormLookup forms;

	/**
	 * @param staff a user id in words (the person's name and id); ids are printed as they are when it has none
	 * @param forms the definition a response was given with, for item texts and option labels
	 */
	public RecordLayouts(Words words, Function<String, String> staff, FormLookup forms) {
		this.words = words;
		this.staff = staff;
		this.forms = forms;
	}

	/** The record's kind in words: "Session note", "Urine drug screen". */
	public static String kind(ClinicalRecord record) {
		return label(record.eClass().getName());
	}

	/**
	 * Adds {@code stored} (the version to print) under a level-1 heading.
	 *
	 * @param versions how many versions the record has
	 */
	public void add(Layout.Builder out, StoredRecord<? extends ClinicalRecord> stored, int versions) {
		ClinicalRecord record = stored.record();
		out.heading(1, heading(record));
		ErrorMark error = errorMark(record);
		if (error != null) {
			out.warning("Entered in error" + (error.getMarkedAt() == null ? "" : " on " + words.dateTime(error.getMarkedAt()))
					+ (error.getMarkedBy() == null ? "" : " by " + staff.apply(error.getMarkedBy())) + ": " + error.getReason());
		}
		switch (record) {
		case SessionNote note -> note(out, note);
		case CarePlan plan -> plan(out, plan);
		case AssessmentResponse response -> response(out, response);
		case EpisodeOfCare episode -> episode(out, episode);
		case MedicationOrder order -> order(out, order);
		case DoseAdministration dose -> dose(out, dose);
		case TaperSchedule taper -> taper(out, taper);
		case UrineDrugScreen screen -> screen(out, screen);
		case VitalSigns vitals -> vitals(out, vitals);
		case NaloxoneDispense naloxone -> naloxone(out, naloxone);
		case Consent consent -> consent(out, consent);
		case Disclosure disclosure -> disclosure(out, disclosure);
		case GroupSession group -> group(out, group);
		default -> generic(out, record);
		}
		out.note("Record " + record.getId() + ", version " + stored.version() + " of " + versions + ", saved " + words.dateTime(stored.savedAt())
				+ " by " + staff.apply(stored.savedBy()) + (stored.reason() == null || stored.reason().isBlank() ? "" : " (" + stored.reason() + ")"));
	}

	/** The heading of a record: its kind and the date it is about. */
	public String heading(ClinicalRecord record) {
		String when = switch (record) {
		case SessionNote note -> words.dateTime(note.getStartedAt());
		case CarePlan plan -> words.date(plan.getEffectiveFrom());
		case AssessmentResponse response -> words.dateTime(response.getAdministeredAt());
		case EpisodeOfCare episode -> words.date(episode.getAdmittedOn());
		case MedicationOrder order -> words.date(order.getStartOn());
		case DoseAdministration dose -> dose.getAdministeredAt() != null ? words.dateTime(dose.getAdministeredAt()) : words.date(dose.getScheduledFor());
		case UrineDrugScreen screen -> words.dateTime(screen.getCollectedAt());
		case VitalSigns vitals -> words.dateTime(vitals.getTakenAt());
		case NaloxoneDispense naloxone -> words.dateTime(naloxone.getDispensedAt());
		case Consent consent -> words.date(consent.getSignedOn());
		case Disclosure disclosure -> words.dateTime(disclosure.getDisclosedAt());
		case GroupSession group -> words.dateTime(group.getStartedAt());
		default -> "";
		};
		String title = switch (record) {
		case AssessmentResponse response -> formTitle(response);
		case CarePlan plan -> "Care plan, revision " + plan.getRevision();
		case MedicationOrder order -> "Medication order: " + (order.getMedicationName() != null ? order.getMedicationName() : Words.of(order.getMedication()));
		default -> kind(record);
		};
		return when.isEmpty() ? title : title + " — " + when;
	}

	private void note(Layout.Builder out, SessionNote note) {
		out.field("Service", Words.of(note.getServiceType())).field("Modality", Words.of(note.getModality())).field("Location", note.getLocation())
				.field("Time", words.dateTime(note.getStartedAt()) + (note.getEndedAt() == null ? "" : " – " + words.time(note.getEndedAt())))
				.field("Format", Words.of(note.getFormat())).field("Status", Words.of(note.getStatus()))
				.field("Author", staff.apply(note.getAuthorId())).field("Late entry", Words.ifYes(note.isLateEntry(), "Yes"))
				.field("Others present", Words.joined(note.getAttendees()));
		for (NoteSection section : note.getSections()) {
			out.heading(2, section.getHeading() == null ? section.getKey() : section.getHeading());
			out.text(section.getText() == null || section.getText().isBlank() ? "(nothing written)" : section.getText());
		}
		RiskScreen risk = note.getRiskScreen();
		if (risk != null) {
			out.heading(2, "Risk screen");
			out.field("Suicidal ideation", Words.of(risk.getSuicidalIdeation())).field("Homicidal ideation", Words.of(risk.getHomicidalIdeation()))
					.field("Overdose risk", Words.of(risk.getOverdoseRisk())).field("Safety plan reviewed", Words.yesNo(risk.isSafetyPlanReviewed()))
					.field("Notes", risk.getNotes());
		}
		if (!note.getObjectivesAddressed().isEmpty()) {
			out.field("Objectives addressed", Words.joined(note.getObjectivesAddressed()));
		}
		signature(out, "Signed", note.getSignature());
		signature(out, "Co-signed", note.getCoSignature());
		if (note.isCoSignatureRequired() && note.getCoSignature() == null) {
			out.warning("Awaiting a supervisor's co-signature.");
		}
		int index = 1;
		for (Addendum addendum : note.getAddenda()) {
			out.heading(2, "Addendum " + index++ + " — " + words.dateTime(addendum.getWrittenAt()) + ", " + staff.apply(addendum.getAuthorId()));
			out.text(addendum.getText());
			signature(out, "Signed", addendum.getSignature());
		}
	}

	private void plan(Layout.Builder out, CarePlan plan) {
		out.field("Status", Words.of(plan.getStatus())).field("Effective from", words.date(plan.getEffectiveFrom()))
				.field("Review due", words.date(plan.getReviewDue()));
		int number = 1;
		for (Problem problem : plan.getProblems()) {
			out.heading(2, "Problem " + number++ + ": " + problem.getStatement());
			out.field("Status", Words.of(problem.getStatus())).field("Priority", problem.getPriority() == 0 ? "" : String.valueOf(problem.getPriority()))
					.field("Dimensions", Words.joined(problem.getDimensions().stream().map(Words::of).toList())).field("Evidence", problem.getEvidence());
			if (problem.getGoal() != null) {
				out.field("Goal", problem.getGoal().getStatement());
				List<List<String>> rows = new ArrayList<>();
				for (Objective objective : problem.getGoal().getObjectives()) {
					rows.add(Layout.row(objective.getStatement(), join(objective.getMeasure(), objective.getBaseline() == null ? null : "baseline " + objective.getBaseline(),
							objective.getTarget() == null ? null : "target " + objective.getTarget()), words.date(objective.getTargetOn()), Words.of(objective.getStatus())));
				}
				out.table(List.of("Objective", "Measure", "Target date", "Status"), rows);
				List<List<String>> interventions = new ArrayList<>();
				for (Objective objective : problem.getGoal().getObjectives()) {
					for (Intervention intervention : objective.getInterventions()) {
						interventions.add(Layout.row(intervention.getDescription() + (intervention.getEvidenceBasedPractice() == null ? "" : " (" + intervention.getEvidenceBasedPractice() + ")"),
								join(intervention.getFrequency(), intervention.getDuration(), intervention.getModality()), staff.apply(intervention.getResponsibleStaffId())));
					}
				}
				out.table(List.of("Intervention", "How often", "Responsible"), interventions);
			}
		}
		if (!plan.getDimensionRatings().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			for (DimensionRating rating : plan.getDimensionRatings()) {
				rows.add(Layout.row(Words.of(rating.getDimension()), String.valueOf(rating.getRating()), text(rating.getNote())));
			}
			out.heading(2, "Dimension ratings");
			out.table(List.of("Dimension", "Risk rating", "Note"), rows);
		}
		out.heading(2, "Strengths, barriers and preferences");
		out.field("Strengths", Words.joined(plan.getStrengths())).field("Barriers", Words.joined(plan.getBarriers()))
				.field("Preferences", Words.joined(plan.getPreferences())).field("Discharge criteria", plan.getDischargeCriteria())
				.field("Crisis plan", plan.getCrisisPlan());
		List<List<String>> reviews = new ArrayList<>();
		for (PlanReview review : plan.getReviews()) {
			reviews.add(Layout.row(words.date(review.getReviewedOn()), staff.apply(review.getReviewerId()), text(review.getReason()), text(review.getSummary())));
		}
		if (!reviews.isEmpty()) {
			out.heading(2, "Reviews");
			out.table(List.of("Reviewed on", "By", "Reason", "Summary"), reviews);
		}
		for (Signature signature : plan.getSignatures()) {
			signature(out, "Signed", signature);
		}
	}

	private void response(Layout.Builder out, AssessmentResponse response) {
		Optional<FormDefinition> form = forms.definition(response.getFormId(), response.getFormVersion());
		out.field("Administered", words.dateTime(response.getAdministeredAt())).field("By", staff.apply(response.getAdministeredBy()))
				.field("Form", response.getFormId() + " " + text(response.getFormVersion())).field("Status", Words.of(response.getStatus()))
				.field("Total", Words.number(response.getTotal()) + (response.getBand() == null ? "" : " — " + response.getBand()))
				.field("Hours since last use", Words.number(response.getHoursSinceLastUse()));
		for (SubscaleScore subscale : response.getSubscales()) {
			out.field(form.flatMap(f -> f.score(subscale.getSubscaleId())).map(FormDefinition.Score::name).orElse(subscale.getSubscaleId()),
					Words.number(subscale.getScore()) + (subscale.getBand() == null ? "" : " — " + subscale.getBand()));
		}
		for (String flag : response.getFlags()) {
			out.warning("Flag: " + flag);
		}
		for (FlagAcknowledgement ack : response.getAcknowledgements()) {
			out.note("Flag " + ack.getFlag() + " acknowledged by " + staff.apply(ack.getAcknowledgedBy()) + " on " + words.dateTime(ack.getAcknowledgedAt())
					+ (ack.getNote() == null ? "" : ": " + ack.getNote()));
		}
		List<List<String>> rows = new ArrayList<>();
		int number = 1;
		for (var answer : response.getAnswers()) {
			Optional<FormDefinition.Item> item = form.flatMap(f -> f.item(answer.getItemId()));
			String value = answer.getValue() == null ? "" : answer.getValue();
			String label = item.flatMap(i -> i.option(value)).map(FormDefinition.Option::label).orElse(value);
			String score = response.getItemScores().stream().filter(s -> answer.getItemId().equals(s.getItemId())).map(ItemScore::getScore)
					.map(Words::number).findFirst().orElse("");
			rows.add(Layout.row(String.valueOf(number++), item.map(FormDefinition.Item::text).orElse(answer.getItemId()), label, score));
		}
		out.table(List.of("#", "Item", "Answer", "Score"), rows);
	}

	private void episode(Layout.Builder out, EpisodeOfCare episode) {
		out.field("Programme", Words.of(episode.getProgramme())).field("Level of care", Words.of(episode.getLevelOfCare()))
				.field("Status", Words.of(episode.getStatus())).field("Admitted", words.date(episode.getAdmittedOn()))
				.field("Discharged", words.date(episode.getDischargedOn()))
				.field("Discharge reason", episode.getDischargedOn() == null ? "" : Words.of(episode.getDischargeReason()))
				.field("Last use before admission", words.dateTime(episode.getLastUseAt()))
				.field("Substances", Words.joined(episode.getSubstances().stream().map(Words::of).toList()));
		List<List<String>> diagnoses = new ArrayList<>();
		for (Diagnosis diagnosis : episode.getDiagnoses()) {
			diagnoses.add(Layout.row(Words.of(diagnosis.getCode()), Words.ifYes(diagnosis.isPrimary(), "Primary"), words.date(diagnosis.getOnsetOn()),
					words.date(diagnosis.getResolvedOn())));
		}
		out.table(List.of("Diagnosis", "", "Onset", "Resolved"), diagnoses);
		List<List<String>> phases = new ArrayList<>();
		for (PhaseTransition phase : episode.getPhases()) {
			phases.add(Layout.row(Words.of(phase.getPhase()), words.date(phase.getStartedOn()), words.date(phase.getEndedOn()), text(phase.getReason())));
		}
		out.table(List.of("Phase", "From", "To", "Reason"), phases);
		List<List<String>> team = new ArrayList<>();
		for (CareTeamMember member : episode.getCareTeam()) {
			team.add(Layout.row(staff.apply(member.getStaffId()), Words.of(member.getRole()), words.date(member.getFrom()), words.date(member.getTo())));
		}
		out.table(List.of("Care team", "Role", "From", "To"), team);
		if (episode.getDischargeSummary() != null) {
			out.heading(2, "Discharge summary");
			out.text(episode.getDischargeSummary());
		}
		AftercarePlan aftercare = episode.getAftercare();
		if (aftercare != null) {
			out.heading(2, "Aftercare plan");
			out.text(aftercare.getSummary());
			out.field("Referrals", Words.joined(aftercare.getReferrals()));
			List<List<String>> followUps = new ArrayList<>();
			for (FollowUp followUp : aftercare.getFollowUps()) {
				followUps.add(Layout.row(words.date(followUp.getDueOn()), text(followUp.getKind()), followUp.isDone() ? "Done " + words.date(followUp.getDoneOn()) : "Open",
						text(followUp.getOutcome())));
			}
			out.table(List.of("Due", "Follow-up", "Done", "Outcome"), followUps);
		}
	}

	private void order(Layout.Builder out, MedicationOrder order) {
		String dose = order.isSplitDose() ? Words.number(order.getAmDoseMg()) + " mg morning + " + Words.number(order.getPmDoseMg()) + " mg evening"
				: Words.number(order.getDoseMg()) + " mg";
		out.field("Kind", Words.of(order.getKind())).field("Medication", Words.of(order.getMedication())).field("Dose", order.getDoseMg() == null && !order.isSplitDose() ? "" : dose)
				.field("Route", Words.of(order.getRoute())).field("Frequency", order.getFrequency()).field("From", words.date(order.getStartOn()))
				.field("Until", words.date(order.getEndOn())).field("Status", Words.of(order.getStatus())).field("Prescriber", staff.apply(order.getPrescriberId()))
				.field("Reason", order.getReason()).field("Take-home days at most", order.getMaxTakeHomeDays() == 0 ? "" : String.valueOf(order.getMaxTakeHomeDays()))
				.field("PDMP checked", words.date(order.getPdmpCheckedOn())).field("Days' supply", order.getDaysSupply() == 0 ? "" : String.valueOf(order.getDaysSupply()))
				.field("Quantity", Words.number(order.getQuantity())).field("Instructions", order.getInstructions());
	}

	private void dose(Layout.Builder out, DoseAdministration dose) {
		out.field("Scheduled for", words.date(dose.getScheduledFor())).field("Outcome", Words.of(dose.getOutcome()))
				.field("Dose", dose.getDoseMg() == null ? "" : Words.number(dose.getDoseMg()) + " mg").field("Given", words.dateTime(dose.getAdministeredAt()))
				.field("By", staff.apply(dose.getAdministeredBy())).field("Take-home doses", dose.getTakeHomeDoses() == 0 ? "" : String.valueOf(dose.getTakeHomeDoses()))
				.field("Lock box verified", Words.ifYes(dose.isLockBoxVerified(), "Yes")).field("Identity checked", Words.ifYes(dose.isIdentityChecked(), "Yes"))
				.field("Lot", dose.getLot()).field("Missed because", missed(dose) ? Words.of(dose.getMissedReason()) : "").field("Injection site", dose.getInjectionSite())
				.field("Next due", words.date(dose.getNextDueOn())).field("Notes", dose.getNotes());
	}

	/** Whether a dose was not given, so that its reason (whose model default is NO_SHOW) means something. */
	static boolean missed(DoseAdministration dose) {
		return dose.getOutcome() == org.cairn.model.DoseOutcome.MISSED || dose.getOutcome() == org.cairn.model.DoseOutcome.REFUSED
				|| dose.getOutcome() == org.cairn.model.DoseOutcome.HELD;
	}

	private void taper(Layout.Builder out, TaperSchedule taper) {
		out.field("Status", Words.of(taper.getStatus())).field("Reason", taper.getReason()).field("Patient agreed", Words.yesNo(taper.isPatientAgreed()))
				.field("Order", taper.getOrderId());
		List<List<String>> steps = new ArrayList<>();
		for (TaperStep step : taper.getSteps()) {
			steps.add(Layout.row(words.date(step.getFromDate()), Words.number(step.getDoseMg()) + " mg"));
		}
		out.table(List.of("From", "Daily dose"), steps);
	}

	private void screen(Layout.Builder out, UrineDrugScreen screen) {
		out.field("Collected", words.dateTime(screen.getCollectedAt())).field("By", staff.apply(screen.getCollectedBy()))
				.field("Method", Words.of(screen.getMethod())).field("Specimen", Words.of(screen.getValidity()))
				.field("Observed", Words.yesNo(screen.isObserved())).field("Temperature in range", Words.yesNo(screen.isTemperatureInRange()))
				.field("Random", Words.yesNo(screen.isRandom())).field("Notes", screen.getNotes());
		List<List<String>> rows = new ArrayList<>();
		for (AnalyteResult result : screen.getResults()) {
			rows.add(Layout.row(Words.of(result.getAnalyte()), Words.of(result.getResult()), result.getCutoffNgPerMl() == 0 ? "" : result.getCutoffNgPerMl() + " ng/mL",
					result.isExpected() ? "Expected (prescribed)" : "",
					// the model's default is NEGATIVE, so only a confirmation other than that is known to have been recorded
					result.eIsSet(org.cairn.model.CairnPackage.Literals.ANALYTE_RESULT__CONFIRMATION) ? Words.of(result.getConfirmation()) : ""));
		}
		out.table(List.of("Analyte", "Result", "Cut-off", "", "Confirmation"), rows);
	}

	private void vitals(Layout.Builder out, VitalSigns vitals) {
		out.field("Taken", words.dateTime(vitals.getTakenAt())).field("By", staff.apply(vitals.getTakenBy()))
				.field("Pulse", vitals.getPulseBpm() == null ? "" : vitals.getPulseBpm() + " /min")
				.field("Blood pressure", vitals.getSystolicMmHg() == null ? "" : vitals.getSystolicMmHg() + "/" + Words.number(vitals.getDiastolicMmHg()) + " mmHg")
				.field("Respiratory rate", vitals.getRespiratoryRate() == null ? "" : vitals.getRespiratoryRate() + " /min")
				.field("Temperature", vitals.getTemperatureCelsius() == null ? "" : Words.number(vitals.getTemperatureCelsius()) + " °C")
				.field("Oxygen saturation", vitals.getOxygenSaturation() == null ? "" : vitals.getOxygenSaturation() + " %").field("Comment", vitals.getComment());
	}

	private void naloxone(Layout.Builder out, NaloxoneDispense naloxone) {
		out.field("Dispensed", words.dateTime(naloxone.getDispensedAt())).field("By", staff.apply(naloxone.getDispensedBy()))
				.field("To", Words.of(naloxone.getRecipient()) + (naloxone.getRecipientName() == null ? "" : " (" + naloxone.getRecipientName() + ")"))
				.field("Product", Words.of(naloxone.getProduct())).field("Quantity", naloxone.getQuantity() == 0 ? "" : String.valueOf(naloxone.getQuantity()))
				.field("Lot", naloxone.getLot()).field("Expires", words.date(naloxone.getExpiresOn())).field("Training given", Words.yesNo(naloxone.isTrainingGiven()))
				.field("Overdose plan reviewed", Words.yesNo(naloxone.isOverdosePlanReviewed())).field("Kit", Words.of(naloxone.getReplacementReason()));
	}

	private void consent(Layout.Builder out, Consent consent) {
		out.field("Status", Words.of(consent.getStatus())).field("Who may disclose", consent.getDiscloser()).field("Information", consent.getInformation())
				.field("To", Words.joined(consent.getRecipients()))
				.field("Treatment, payment and operations", Words.ifYes(consent.isTreatmentPaymentOperations(), "Yes")).field("Purpose", consent.getPurpose())
				.field("Expires", consent.getExpiresOn() != null ? words.date(consent.getExpiresOn()) : consent.getExpiryEvent())
				.field("Signed by", join(consent.getSignedBy(), consent.getSignerRelationship())).field("Signed on", words.date(consent.getSignedOn()))
				.field("Right to revoke explained", Words.yesNo(consent.isRevocationExplained())).field("Revoked on", words.date(consent.getRevokedOn()));
	}

	private void disclosure(Layout.Builder out, Disclosure disclosure) {
		out.field("Disclosed", words.dateTime(disclosure.getDisclosedAt())).field("By", staff.apply(disclosure.getDisclosedBy()))
				.field("To", disclosure.getRecipient()).field("Information", disclosure.getInformation()).field("Purpose", disclosure.getPurpose())
				.field("How", Words.of(disclosure.getMethod())).field("Under consent", disclosure.getConsentId())
				.field("Records", String.valueOf(disclosure.getRecordIds().size()));
	}

	private void group(Layout.Builder out, GroupSession group) {
		out.field("Topic", group.getTopic()).field("Service", Words.of(group.getServiceType())).field("Modality", Words.of(group.getModality()))
				.field("Time", words.dateTime(group.getStartedAt()) + (group.getEndedAt() == null ? "" : " – " + words.time(group.getEndedAt())))
				.field("Facilitators", Words.joined(group.getFacilitatorIds().stream().map(staff).toList()));
		out.text(group.getContent());
	}

	private void signature(Layout.Builder out, String what, Signature signature) {
		if (signature == null) {
			return;
		}
		out.note(what + " by " + (signature.getSignerName() != null ? signature.getSignerName() : staff.apply(signature.getSignerId()))
				+ (signature.getCredentials() == null ? "" : ", " + signature.getCredentials()) + (signature.getRole() == null ? "" : " (" + Words.of(signature.getRole()).toLowerCase() + ")")
				+ " on " + words.dateTime(signature.getSignedAt()) + (signature.getMeaning() == null ? "" : " — " + signature.getMeaning()));
	}

	/** A kind without a layout of its own: every field that holds something, nested parts indented. */
	private void generic(Layout.Builder out, EObject object) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature) || "id".equals(feature.getName()) || "patientId".equals(feature.getName())) {
				continue;
			}
			Object value = object.eGet(feature);
			String label = label(feature.getName());
			if (feature instanceof EReference reference && reference.isContainment()) {
				Collection<?> items = feature.isMany() ? (Collection<?>) value : List.of(value);
				for (Object item : items) {
					out.heading(2, label);
					generic(out, (EObject) item);
				}
			} else if (feature instanceof EAttribute) {
				out.field(label, plain(value));
			}
		}
	}

	private String plain(Object value) {
		return switch (value) {
		case null -> "";
		case java.time.LocalDate date -> words.date(date);
		case java.time.Instant instant -> words.dateTime(instant);
		case Enum<?> literal -> Words.of(literal);
		case Boolean yes -> Words.yesNo(yes);
		case java.math.BigDecimal number -> Words.number(number);
		case Collection<?> values -> Words.joined(values.stream().map(this::plain).toList());
		default -> String.valueOf(value);
		};
	}

	/** A model name in words: "administeredAt" and "AdministeredAt" both read "Administered at". */
	private static String label(String name) {
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private String formTitle(AssessmentResponse response) {
		return forms.definition(response.getFormId(), response.getFormVersion()).map(FormDefinition::title).orElse("Assessment " + response.getFormId());
	}

	private static ErrorMark errorMark(ClinicalRecord record) {
		EStructuralFeature feature = record.eClass().getEStructuralFeature("enteredInError");
		return feature == null ? null : (ErrorMark) record.eGet(feature);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String join(String... parts) {
		return Words.joined(java.util.Arrays.asList(parts)).replace("; ", ", ");
	}
}
