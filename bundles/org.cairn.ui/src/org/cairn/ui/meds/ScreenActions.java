package org.cairn.ui.meds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.model.AnalyteResult;
import org.cairn.model.CairnFactory;
import org.cairn.model.KitReplacementReason;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.NaloxoneRecipient;
import org.cairn.model.ScreenMethod;
import org.cairn.model.ScreenResult;
import org.cairn.model.UrineDrugScreen;
import org.cairn.security.Permission;
import org.cairn.clinical.Analytes;
import org.cairn.clinical.MedicationRules;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.dialogs.RecordForm;
import org.cairn.ui.security.Access;

/** The drug screens' and naloxone's actions of {@link MedicationsPart}: a screen recorded with every analyte answered, a naloxone kit dispensed. */
final class ScreenActions {

	private final MedicationsPart part;

	ScreenActions(MedicationsPart part) {
		this.part = part;
	}

	void newScreen() {
		if (!Access.check(part.content.getShell(), part.accounts, part.session, Permission.MEDICATION_ADMINISTER, Messages.get("meds.administer.action"), null)) {
			return;
		}
		RecordForm form = new RecordForm(part.content.getShell(), "meds.screen", Messages.get("meds.screen.title"), Messages.get("meds.screen.heading"),
				Messages.get("meds.screen.message"), Messages.get("meds.screen.ok"))
				.dateTime("meds.screen.collected", Messages.get("meds.field.collectedAt"), Instant.now().truncatedTo(ChronoUnit.MINUTES))
				.choice("meds.screen.method", Messages.get("meds.field.method"), List.of(ScreenMethod.values()), ScreenMethod.POINT_OF_CARE)
				.check("meds.screen.observed", Messages.get("meds.field.observed"), false)
				.check("meds.screen.temperature", Messages.get("meds.field.temperatureInRange"), false)
				.check("meds.screen.random", Messages.get("meds.field.random"), false);
		for (Analytes.Analyte analyte : Analytes.PANEL) {
			// no result is chosen in advance: an analyte nobody answered must not be stored as negative
			form.choice("meds.screen.result." + analyte.loinc(), analyte.name(), List.of(ScreenResult.values()), null);
		}
		form.validate(f -> {
			List<String> problems = new ArrayList<>();
			if (f.get("meds.screen.collected") == null) {
				problems.add(Messages.get("meds.rule.collectedAt"));
			}
			Map<Analytes.Analyte, ScreenResult> answers = new HashMap<>();
			for (Analytes.Analyte analyte : Analytes.PANEL) {
				answers.put(analyte, f.get("meds.screen.result." + analyte.loinc()));
			}
			problems.addAll(Problems.words(MedicationRules.forScreen(answers)));
			return problems;
		});
		if (form.open() != RecordForm.OK) {
			return;
		}
		Instant collected = form.get("meds.screen.collected");
		UrineDrugScreen screen = CairnFactory.eINSTANCE.createUrineDrugScreen();
		screen.setId("uds-" + UUID.randomUUID());
		part.chartOf(screen);
		screen.setCollectedAt(collected);
		screen.setCollectedBy(part.session.userId());
		screen.setMethod(form.get("meds.screen.method"));
		screen.setObserved(Boolean.TRUE.equals(form.get("meds.screen.observed")));
		screen.setTemperatureInRange(Boolean.TRUE.equals(form.get("meds.screen.temperature")));
		screen.setRandom(Boolean.TRUE.equals(form.get("meds.screen.random")));
		for (Analytes.Analyte analyte : Analytes.PANEL) {
			ScreenResult value = form.get("meds.screen.result." + analyte.loinc());
			if (value == null) {
				continue;
			}
			AnalyteResult result = CairnFactory.eINSTANCE.createAnalyteResult();
			result.setAnalyte(analyte.code());
			result.setResult(value);
			screen.getResults().add(result);
		}
		// the service decides which positives the orders in force explain
		part.serve(screen, signedIn -> part.medications.recordScreen(signedIn, screen, Messages.get("meds.reason.screen")));
	}

	void dispenseNaloxone() {
		if (!Access.check(part.content.getShell(), part.accounts, part.session, Permission.MEDICATION_ADMINISTER, Messages.get("meds.administer.action"), null)) {
			return;
		}
		RecordForm form = new RecordForm(part.content.getShell(), "meds.kit", Messages.get("meds.kit.title"), Messages.get("meds.kit.heading"),
				Messages.get("meds.kit.message"), Messages.get("meds.kit.ok"))
				.choice("meds.kit.recipient", Messages.get("meds.field.recipient"), List.of(NaloxoneRecipient.values()), NaloxoneRecipient.PATIENT)
				.text("meds.kit.recipientName", Messages.get("meds.field.recipientName"), null)
				.choice("meds.kit.product", Messages.get("meds.field.product"), MedicationsPart.NALOXONE, MedicationsPart.NALOXONE.get(0))
				.integer("meds.kit.quantity", Messages.get("meds.field.quantity"), 1)
				.text("meds.kit.lot", Messages.get("meds.field.lot"), null)
				.date("meds.kit.expires", Messages.get("meds.field.expiresOn"), null)
				.choice("meds.kit.replacement", Messages.get("meds.field.replacementReason"), List.of(KitReplacementReason.values()),
						KitReplacementReason.FIRST_KIT)
				.check("meds.kit.training", Messages.get("meds.field.trainingGiven"), false)
				.check("meds.kit.plan", Messages.get("meds.field.overdosePlanReviewed"), false)
				.validate(f -> {
					List<String> problems = new ArrayList<>();
					Integer quantity = f.get("meds.kit.quantity");
					if (quantity == null || quantity < 1) {
						problems.add(Messages.get("meds.rule.quantity"));
					}
					LocalDate expires = f.get("meds.kit.expires");
					if (expires == null || !expires.isAfter(part.chart.today())) {
						problems.add(Messages.get("meds.rule.expires"));
					}
					if (f.get("meds.kit.recipient") != NaloxoneRecipient.PATIENT && f.get("meds.kit.recipientName") == null) {
						problems.add(Messages.get("meds.rule.recipientName"));
					}
					return problems;
				});
		if (form.open() != RecordForm.OK) {
			return;
		}
		NaloxoneDispense kit = CairnFactory.eINSTANCE.createNaloxoneDispense();
		kit.setId("nx-" + UUID.randomUUID());
		part.chartOf(kit);
		kit.setDispensedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		kit.setDispensedBy(part.session.userId());
		kit.setRecipient(form.get("meds.kit.recipient"));
		kit.setRecipientName(form.get("meds.kit.recipientName"));
		org.cairn.model.Code product = CairnFactory.eINSTANCE.createCode();
		product.setDisplay(form.get("meds.kit.product"));
		kit.setProduct(product);
		kit.setQuantity(form.<Integer>get("meds.kit.quantity"));
		kit.setLot(form.get("meds.kit.lot"));
		kit.setExpiresOn(form.get("meds.kit.expires"));
		kit.setReplacementReason(form.get("meds.kit.replacement"));
		kit.setTrainingGiven(Boolean.TRUE.equals(form.get("meds.kit.training")));
		kit.setOverdosePlanReviewed(Boolean.TRUE.equals(form.get("meds.kit.plan")));
		part.serve(kit, signedIn -> part.medications.dispenseNaloxone(signedIn, kit, Messages.get("meds.reason.naloxone")));
	}
}
