package org.cairn.ui.meds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.cairn.model.CairnFactory;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.MedicationOrder;
import org.cairn.model.MissedDoseReason;
import org.cairn.security.Permission;
import org.cairn.store.DoseEntry;
import org.cairn.clinical.MedicationRules;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.dialogs.RecordForm;
import org.cairn.ui.security.Access;

/**
 * The dose log's actions of {@link MedicationsPart}: a dose recorded against an active order, a dose corrected as a new
 * version with what was wrong, a dose marked entered in error; every rule and warning is the medications service's
 * ({@link MedicationRules} on the form, the service again on the save).
 */
final class DoseActions {

	private final MedicationsPart part;

	DoseActions(MedicationsPart part) {
		this.part = part;
	}

	void recordDose() {
		if (!Access.check(part.content.getShell(), part.accounts, part.session, Permission.MEDICATION_ADMINISTER, Messages.get("meds.administer.action"), null)) {
			return;
		}
		List<MedicationOrder> active = part.activeOrders(part.chart.today());
		if (active.isEmpty()) {
			part.state.setText(Messages.get("meds.state.noActiveOrder"));
			return;
		}
		MedicationOrder preselected = part.selectedOrder() != null && active.contains(part.selectedOrder()) ? part.selectedOrder() : active.get(0);
		List<String> names = active.stream().map(MedicationOrder::getMedicationName).toList();
		long day = part.chart.daysInTreatment();
		String message = MedicationRules.methadone(preselected)
				? Messages.format("meds.dose.message.methadone", day, MedicationRules.maxMethadoneTakeHomeDays(day))
				: Messages.format("meds.dose.message", day);
		RecordForm form = new RecordForm(part.content.getShell(), "meds.dose", Messages.get("meds.dose.title"), Messages.get("meds.dose.heading"), message,
				Messages.get("meds.dose.ok"))
				.choice("meds.dose.order", Messages.get("meds.field.order"), names, preselected.getMedicationName())
				.date("meds.dose.day", Messages.get("meds.field.day"), part.chart.today())
				.choice("meds.dose.outcome", Messages.get("meds.field.outcome"), List.of(DoseOutcome.values()), DoseOutcome.OBSERVED)
				.number("meds.dose.mg", Messages.get("meds.field.doseMg"), MedicationRules.dailyMg(preselected))
				.integer("meds.dose.takeHomes", Messages.get("meds.field.takeHomeDoses"), null)
				.choice("meds.dose.missedReason", Messages.get("meds.field.missedReason"), List.of(MissedDoseReason.values()), null)
				.check("meds.dose.identity", Messages.get("meds.field.identityChecked"), false)
				.text("meds.dose.notes", Messages.get("meds.field.notes"), null)
				.text("meds.dose.override", Messages.get("meds.field.override"), null);
		Function<RecordForm, MedicationOrder> orderOf = f -> active.get(Math.max(0, names.indexOf((String) f.get("meds.dose.order"))));
		form.validate(f -> {
			List<String> problems = new ArrayList<>();
			if (f.get("meds.dose.order") == null) {
				problems.add(Messages.get("meds.rule.order"));
				return problems;
			}
			if (f.get("meds.dose.day") == null) {
				problems.add(Messages.get("meds.rule.day"));
			}
			problems.addAll(Problems.words(MedicationRules.forDose(f.get("meds.dose.outcome"), f.get("meds.dose.mg"), f.get("meds.dose.takeHomes"),
					f.get("meds.dose.missedReason"), orderOf.apply(f), day)));
			problems.addAll(Problems.words(MedicationRules.forIdentity(f.get("meds.dose.outcome"), Boolean.TRUE.equals(f.get("meds.dose.identity")))));
			if (problems.isEmpty()) {
				problems.addAll(part.unanswered(MedicationRules.warningsForDose(f.get("meds.dose.outcome"), f.get("meds.dose.mg"), orderOf.apply(f)),
						f.get("meds.dose.override")));
			}
			return problems;
		});
		if (form.open() == RecordForm.OK) {
			DoseAdministration dose = dose(form, orderOf.apply(form));
			String override = form.get("meds.dose.override");
			part.serve(dose, signedIn -> part.medications.recordDose(signedIn, dose, day, override, Messages.get("meds.reason.dose")));
		}
	}

	/** Reads the dose selected in the log, with its version, in a job; says so when none is selected. */
	void withSelectedDose(java.util.function.BiConsumer<DoseAdministration, Integer> then) {
		Object selected = part.doseLog == null ? null : part.doseLog.getStructuredSelection().getFirstElement();
		if (!(selected instanceof DoseEntry entry)) {
			part.state.setText(Messages.get("meds.state.chooseDose"));
			return;
		}
		org.cairn.security.Session signedIn = part.session;
		String patientId = part.chart.patient().getId();
		part.store.call(Messages.get("meds.job.save"), () -> part.charts.view(signedIn, patientId).record(entry.recordId()).orElse(null), stored -> {
			if (stored != null && stored.record() instanceof DoseAdministration dose && !part.content.isDisposed()) {
				then.accept(dose, stored.version());
			}
		}, failure -> part.state.setText(Messages.format("meds.state.saveFailed", failure.message())));
	}

	/** A dose recorded wrongly, corrected as a new version with what was wrong; the same rules and warnings as a new dose. */
	void correctDose(DoseAdministration dose, int version) {
		long day = part.chart.daysInTreatment();
		MedicationOrder order = part.loaded.orders().stream().filter(o -> o.getId().equals(dose.getOrderId())).findFirst().orElse(null);
		RecordForm form = new RecordForm(part.content.getShell(), "meds.correct", Messages.get("meds.correct.title"), Messages.get("meds.correct.heading"),
				Messages.format("meds.correct.message", Messages.date(dose.getScheduledFor()), part.medicationOf(dose.getOrderId())),
				Messages.get("meds.correct.ok"))
				.choice("meds.dose.outcome", Messages.get("meds.field.outcome"), List.of(DoseOutcome.values()), dose.getOutcome())
				.number("meds.dose.mg", Messages.get("meds.field.doseMg"), dose.getDoseMg())
				.integer("meds.dose.takeHomes", Messages.get("meds.field.takeHomeDoses"), dose.getTakeHomeDoses() == 0 ? null : dose.getTakeHomeDoses())
				.choice("meds.dose.missedReason", Messages.get("meds.field.missedReason"), List.of(MissedDoseReason.values()), dose.getMissedReason())
				.check("meds.dose.identity", Messages.get("meds.field.identityChecked"), dose.isIdentityChecked())
				.text("meds.correct.why", Messages.get("meds.field.correctionWhy"), null)
				.text("meds.dose.override", Messages.get("meds.field.override"), null);
		form.validate(f -> {
			List<String> problems = Problems.words(MedicationRules.forDose(f.get("meds.dose.outcome"), f.get("meds.dose.mg"), f.get("meds.dose.takeHomes"),
					f.get("meds.dose.missedReason"), order, day));
			problems.addAll(Problems.words(MedicationRules.forIdentity(f.get("meds.dose.outcome"), Boolean.TRUE.equals(f.get("meds.dose.identity")))));
			String why = f.get("meds.correct.why");
			if (why == null || why.strip().length() < 5) {
				problems.add(Messages.get("problem.meds.correction.reason"));
			}
			if (problems.isEmpty()) {
				problems.addAll(part.unanswered(MedicationRules.warningsForDose(f.get("meds.dose.outcome"), f.get("meds.dose.mg"), order),
						f.get("meds.dose.override")));
			}
			return problems;
		});
		if (form.open() != RecordForm.OK) {
			return;
		}
		DoseAdministration corrected = org.eclipse.emf.ecore.util.EcoreUtil.copy(dose);
		DoseOutcome outcome = form.get("meds.dose.outcome");
		boolean given = outcome == DoseOutcome.OBSERVED || outcome == DoseOutcome.TAKE_HOME;
		corrected.setOutcome(outcome);
		corrected.setDoseMg(given ? form.get("meds.dose.mg") : null);
		Integer takeHomes = form.get("meds.dose.takeHomes");
		corrected.setTakeHomeDoses(given && takeHomes != null ? takeHomes : 0);
		corrected.setMissedReason(outcome == DoseOutcome.MISSED ? form.get("meds.dose.missedReason") : null);
		corrected.setIdentityChecked(given && Boolean.TRUE.equals(form.get("meds.dose.identity")));
		String why = form.get("meds.correct.why");
		String override = form.get("meds.dose.override");
		part.serve(corrected, signedIn -> part.medications.correctDose(signedIn, corrected, version, day, why, override));
	}

	/** A dose that should not be in the chart at all (the wrong patient's, one that never happened): marked, with why. */
	void doseInError(DoseAdministration dose, int version) {
		org.cairn.ui.dialogs.TextEntryDialog dialog = new org.cairn.ui.dialogs.TextEntryDialog(part.content.getShell(), Messages.get("meds.doseInError.title"),
				Messages.get("meds.doseInError.title"), Messages.format("meds.correct.message", Messages.date(dose.getScheduledFor()),
						part.medicationOf(dose.getOrderId())), Messages.get("meds.field.correctionWhy"), Messages.get("meds.doseInError.ok"), "meds.doseInError.why",
				false, text -> text.strip().length() < 5 ? List.of(Messages.get("problem.meds.correction.reason")) : List.of());
		if (dialog.open() != org.cairn.ui.dialogs.TextEntryDialog.OK) {
			return;
		}
		String why = dialog.value();
		part.serve(dose, signedIn -> part.medications.markDoseEnteredInError(signedIn, dose, version, why));
	}

	private DoseAdministration dose(RecordForm form, MedicationOrder order) {
		DoseAdministration dose = CairnFactory.eINSTANCE.createDoseAdministration();
		dose.setId("da-" + UUID.randomUUID());
		part.chartOf(dose);
		dose.setOrderId(order.getId());
		dose.setScheduledFor(form.get("meds.dose.day"));
		DoseOutcome outcome = form.get("meds.dose.outcome");
		dose.setOutcome(outcome);
		boolean given = outcome == DoseOutcome.OBSERVED || outcome == DoseOutcome.TAKE_HOME;
		dose.setDoseMg(given ? form.get("meds.dose.mg") : null);
		Integer takeHomes = form.get("meds.dose.takeHomes");
		// doses to take home go with a dose given today, observed or taken home; the rules refuse them otherwise
		dose.setTakeHomeDoses(given && takeHomes != null ? takeHomes : 0);
		dose.setMissedReason(outcome == DoseOutcome.MISSED ? form.get("meds.dose.missedReason") : null);
		if (given) {
			dose.setAdministeredAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
			dose.setAdministeredBy(part.session.userId());
			dose.setIdentityChecked(Boolean.TRUE.equals(form.get("meds.dose.identity")));
		}
		dose.setNotes(form.get("meds.dose.notes"));
		return dose;
	}
}
