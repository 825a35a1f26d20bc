package org.cairn.clinical.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.clinical.Analytes;
import org.cairn.clinical.Charts;
import org.cairn.clinical.MedicationRules;
import org.cairn.clinical.Medications;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.AnalyteResult;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.DoseAdministration;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.ScreenResult;
import org.cairn.model.UrineDrugScreen;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Medications} on the record store. */
@Component(service = Medications.class)
public class MedicationsService implements Medications {

	@Reference
	RecordStore store;

	/** Decides whether the chart is open to the person (caseload, programme, supervision, emergency access). */
	@Reference
	Charts charts;

	public MedicationsService() {
	}

	/** For tests and hosts without Declarative Services. */
	public MedicationsService(RecordStore store, Charts charts) {
		this.store = store;
		this.charts = charts;
	}

	@Override
	public StoredRecord<MedicationOrder> order(Session session, MedicationOrder order, String override, String reason) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ORDER, "meds.order", order.getPatientId());
		Guard.requireNotMerged(store, session, order, "meds.order");
		LocalDate admitted = admittedOn(order.getEpisodeId());
		refuseIfAny(MedicationRules.forOrder(order, admitted));
		List<Problem> warnings = warningsOf(order);
		return store.save(order, 0, session.userId(), withOverride(reason, warnings, override));
	}

	private List<Problem> warningsOf(MedicationOrder order) {
		return MedicationRules.warningsForOrder(order, activeOrders(order.getPatientId(), order.getStartOn() == null ? LocalDate.now() : order.getStartOn()));
	}

	@Override
	public StoredRecord<DoseAdministration> recordDose(Session session, DoseAdministration dose, long dayInTreatment, String override, String reason) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ADMINISTER, "meds.dose", dose.getPatientId());
		Guard.requireNotMerged(store, session, dose, "meds.dose");
		MedicationOrder order = orderOf(dose);
		List<Problem> problems = new ArrayList<>(MedicationRules.forDose(dose.getOutcome(), dose.getDoseMg(), dose.getTakeHomeDoses(),
				dose.getMissedReason(), order, dayInTreatment));
		problems.addAll(MedicationRules.forIdentity(dose.getOutcome(), dose.isIdentityChecked()));
		refuseIfAny(problems);
		List<Problem> warnings = MedicationRules.warningsForDose(dose.getOutcome(), dose.getDoseMg(), order);
		return store.save(dose, 0, session.userId(), withOverride(reason, warnings, override));
	}

	@Override
	public StoredRecord<DoseAdministration> correctDose(Session session, DoseAdministration corrected, int basedOnVersion, long dayInTreatment, String why,
			String override) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ADMINISTER, "meds.dose.correct", corrected.getPatientId());
		requireReason(why);
		if (corrected.getEnteredInError() != null) {
			throw new RefusedException(Problem.of("meds.dose.inError"));
		}
		MedicationOrder order = orderOf(corrected);
		List<Problem> problems = new ArrayList<>(MedicationRules.forDose(corrected.getOutcome(), corrected.getDoseMg(), corrected.getTakeHomeDoses(),
				corrected.getMissedReason(), order, dayInTreatment));
		problems.addAll(MedicationRules.forIdentity(corrected.getOutcome(), corrected.isIdentityChecked()));
		refuseIfAny(problems);
		List<Problem> warnings = MedicationRules.warningsForDose(corrected.getOutcome(), corrected.getDoseMg(), order);
		return store.save(corrected, basedOnVersion, session.userId(), withOverride("corrected: " + why.strip(), warnings, override));
	}

	@Override
	public StoredRecord<DoseAdministration> markDoseEnteredInError(Session session, DoseAdministration dose, int basedOnVersion, String why) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ADMINISTER, "meds.dose.errorMark", dose.getPatientId());
		requireReason(why);
		if (dose.getEnteredInError() != null) {
			throw new RefusedException(Problem.of("meds.dose.inError"));
		}
		DoseAdministration marked = org.eclipse.emf.ecore.util.EcoreUtil.copy(dose);
		org.cairn.model.ErrorMark mark = org.cairn.model.CairnFactory.eINSTANCE.createErrorMark();
		mark.setReason(why.strip());
		mark.setMarkedBy(session.userId());
		mark.setMarkedAt(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		marked.setEnteredInError(mark);
		return store.save(marked, basedOnVersion, session.userId(), "entered in error: " + why.strip());
	}

	@Override
	public StoredRecord<MedicationOrder> stop(Session session, MedicationOrder order, int basedOnVersion, org.cairn.model.OrderStatus status,
			LocalDate endOn, String why) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ORDER, "meds.stop", order.getPatientId());
		List<Problem> problems = new ArrayList<>();
		if (order.getStatus() != org.cairn.model.OrderStatus.ACTIVE) {
			problems.add(Problem.of("meds.stop.notActive"));
		}
		if (status == null || org.cairn.clinical.TaperRules.whenOrderEnds(status) == null) {
			problems.add(Problem.of("meds.stop.status"));
		}
		if (endOn == null || order.getStartOn() != null && endOn.isBefore(order.getStartOn())) {
			problems.add(Problem.of("meds.endOn"));
		}
		if (why == null || why.isBlank()) {
			problems.add(Problem.of("meds.stop.reason"));
		}
		refuseIfAny(problems);
		MedicationOrder changed = org.eclipse.emf.ecore.util.EcoreUtil.copy(order);
		changed.setStatus(status);
		changed.setEndOn(endOn);
		changed.setReason(why.strip());
		List<RecordStore.Change> changes = new ArrayList<>();
		changes.add(new RecordStore.Change(changed, basedOnVersion, "order " + status.getLiteral().replace('_', ' ')));
		// a taper of the order follows it, in the same save: abandoned, completed or paused with it
		org.cairn.model.TaperStatus follows = org.cairn.clinical.TaperRules.whenOrderEnds(status);
		for (TimelineEntry entry : store.timeline(order.getPatientId(), Set.of("TaperSchedule"))) {
			StoredRecord<ClinicalRecord> stored = store.read(entry.recordId()).orElse(null);
			if (stored != null && stored.record() instanceof org.cairn.model.TaperSchedule taper && order.getId().equals(taper.getOrderId())
					&& (taper.getStatus() == org.cairn.model.TaperStatus.PLANNED || taper.getStatus() == org.cairn.model.TaperStatus.ACTIVE)) {
				org.cairn.model.TaperSchedule ended = org.eclipse.emf.ecore.util.EcoreUtil.copy(taper);
				ended.setStatus(follows);
				changes.add(new RecordStore.Change(ended, stored.version(), "taper " + follows.getLiteral() + " with its order"));
			}
		}
		@SuppressWarnings("unchecked")
		StoredRecord<MedicationOrder> stopped = (StoredRecord<MedicationOrder>) (StoredRecord<?>) store.saveTogether(changes, session.userId()).get(0);
		return stopped;
	}

	@Override
	public StoredRecord<org.cairn.model.TaperSchedule> planTaper(Session session, MedicationOrder order, java.math.BigDecimal fromMg,
			java.math.BigDecimal toMg, java.math.BigDecimal stepMg, int everyDays, LocalDate startOn, String why, boolean patientAgreed) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ORDER, "meds.taper", order.getPatientId());
		List<Problem> problems = new ArrayList<>();
		if (order.getStatus() != org.cairn.model.OrderStatus.ACTIVE) {
			problems.add(Problem.of("meds.stop.notActive"));
		}
		problems.addAll(org.cairn.clinical.TaperRules.check(fromMg, toMg, stepMg, everyDays));
		if (startOn == null) {
			problems.add(Problem.of("meds.startOn"));
		}
		if (why == null || why.isBlank()) {
			problems.add(Problem.of("meds.stop.reason"));
		}
		refuseIfAny(problems);
		org.cairn.model.TaperSchedule taper = org.cairn.model.CairnFactory.eINSTANCE.createTaperSchedule();
		taper.setId("tp-" + java.util.UUID.randomUUID());
		taper.setPatientId(order.getPatientId());
		taper.setEpisodeId(order.getEpisodeId());
		taper.setOrderId(order.getId());
		taper.setStatus(org.cairn.model.TaperStatus.PLANNED);
		taper.setReason(why.strip());
		taper.setPatientAgreed(patientAgreed);
		taper.getSteps().addAll(org.cairn.clinical.TaperRules.schedule(fromMg, toMg, stepMg, everyDays, startOn));
		Guard.requireNotMerged(store, session, taper, "meds.taper");
		return store.save(taper, 0, session.userId(), "taper planned");
	}

	private static void requireReason(String why) {
		if (why == null || why.strip().length() < 5) {
			throw new RefusedException(Problem.of("meds.correction.reason"));
		}
	}

	private MedicationOrder orderOf(DoseAdministration dose) {
		return store.read(dose.getOrderId()).map(StoredRecord::record).filter(MedicationOrder.class::isInstance).map(MedicationOrder.class::cast)
				.orElseThrow(() -> new RefusedException(Problem.of("meds.order.unknown")));
	}

	@Override
	public StoredRecord<org.cairn.model.VitalSigns> recordVitals(Session session, org.cairn.model.VitalSigns vitals, String reason) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ADMINISTER, "meds.vitals", vitals.getPatientId());
		Guard.requireNotMerged(store, session, vitals, "meds.vitals");
		refuseIfAny(org.cairn.clinical.VitalsRules.problems(vitals, java.time.Instant.now()));
		vitals.setTakenBy(session.userId());
		return store.save(vitals, 0, session.userId(), reason);
	}

	@Override
	public StoredRecord<UrineDrugScreen> recordScreen(Session session, UrineDrugScreen screen, String reason) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ADMINISTER, "meds.screen", screen.getPatientId());
		Guard.requireNotMerged(store, session, screen, "meds.screen");
		Map<Analytes.Analyte, ScreenResult> answers = new HashMap<>();
		for (AnalyteResult result : screen.getResults()) {
			Analytes.Analyte analyte = result.getAnalyte() == null ? null : Analytes.byLoinc(result.getAnalyte().getCode());
			if (analyte != null) {
				answers.put(analyte, result.getResult());
			}
		}
		refuseIfAny(MedicationRules.forScreen(answers));
		LocalDate day = screen.getCollectedAt() == null ? LocalDate.now() : screen.getCollectedAt().atZone(ZoneId.systemDefault()).toLocalDate();
		List<MedicationOrder> active = activeOrders(screen.getPatientId(), day);
		for (AnalyteResult result : screen.getResults()) {
			Analytes.Analyte analyte = Analytes.byLoinc(result.getAnalyte().getCode());
			// a positive is expected only when an order in force explains it; a negative is as expected; an analyte
			// not tested or invalid is not an expected result either
			result.setExpected(result.getResult() == ScreenResult.POSITIVE ? analyte != null && Analytes.expectedPositive(analyte, active)
					: result.getResult() == ScreenResult.NEGATIVE);
		}
		return store.save(screen, 0, session.userId(), reason);
	}

	@Override
	public StoredRecord<NaloxoneDispense> dispenseNaloxone(Session session, NaloxoneDispense kit, String reason) {
		Guard.requireChart(store, charts, session, Permission.MEDICATION_ADMINISTER, "meds.naloxone", kit.getPatientId());
		return store.save(kit, 0, session.userId(), reason);
	}

	/**
	 * The version's reason: as given, or, past warnings, with the warnings' codes and the reason given for going on.
	 *
	 * @throws RefusedException the warnings and {@code meds.override} when there are warnings and no reason
	 */
	private static String withOverride(String reason, List<Problem> warnings, String override) {
		if (warnings.isEmpty()) {
			return reason;
		}
		if (!MedicationRules.overrides(override)) {
			List<Problem> refusal = new ArrayList<>(warnings);
			refusal.add(Problem.of("meds.override", MedicationRules.OVERRIDE_REASON_MIN));
			throw new RefusedException(refusal);
		}
		return reason + "; past " + String.join(", ", warnings.stream().map(Problem::code).toList()) + ": " + override.strip();
	}

	private static void refuseIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
	}

	private LocalDate admittedOn(String episodeId) {
		if (episodeId == null) {
			return null;
		}
		return store.read(episodeId).map(StoredRecord::record).filter(org.cairn.model.EpisodeOfCare.class::isInstance)
				.map(record -> ((org.cairn.model.EpisodeOfCare) record).getAdmittedOn()).orElse(null);
	}

	/** The patient's orders in force on {@code day}. */
	private List<MedicationOrder> activeOrders(String patientId, LocalDate day) {
		List<MedicationOrder> active = new ArrayList<>();
		for (TimelineEntry entry : store.timeline(patientId, Set.of("MedicationOrder"))) {
			ClinicalRecord record = store.read(entry.recordId()).map(StoredRecord::record).orElse(null);
			if (record instanceof MedicationOrder order && MedicationRules.activeOn(order, day)) {
				active.add(order);
			}
		}
		return active;
	}
}
