package org.cairn.ui.meds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.model.CairnFactory;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.OrderStatus;
import org.cairn.model.Route;
import org.cairn.security.Permission;
import org.cairn.clinical.MedicationRules;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.dialogs.RecordForm;
import org.cairn.ui.security.Access;

/** The orders' actions of {@link MedicationsPart}: a new order, an order stopped, a taper planned; the rules and warnings are the medications service's. */
final class OrderActions {

	private final MedicationsPart part;

	OrderActions(MedicationsPart part) {
		this.part = part;
	}

	void newOrder() {
		if (!Access.check(part.content.getShell(), part.accounts, part.session, Permission.MEDICATION_ORDER, Messages.get("meds.order.action"), null)) {
			return;
		}
		LocalDate admitted = part.chart.episode().getAdmittedOn();
		RecordForm form = new RecordForm(part.content.getShell(), "meds.order", Messages.get("meds.order.title"), Messages.get("meds.order.heading"),
				Messages.get("meds.order.message"), Messages.get("meds.order.ok"))
				.choice("meds.order.kind", Messages.get("meds.field.kind"), List.of(MedicationKind.values()), MedicationKind.MOUD)
				.suggest("meds.order.medication", Messages.get("meds.field.medication"), MedicationsPart.MEDICATIONS, null)
				.number("meds.order.dose", Messages.get("meds.field.doseMg"), null)
				.choice("meds.order.route", Messages.get("meds.field.route"), List.of(Route.values()), Route.ORAL)
				.text("meds.order.frequency", Messages.get("meds.field.frequency"), Messages.get("meds.frequency.daily"))
				.date("meds.order.start", Messages.get("meds.field.startOn"), part.chart.today())
				.date("meds.order.end", Messages.get("meds.field.endOn"), null)
				.text("meds.order.prescriber", Messages.get("meds.field.prescriber"), part.session.userId())
				.text("meds.order.reason", Messages.get("meds.field.reason"), null)
				.integer("meds.order.takeHomeDays", Messages.get("meds.field.maxTakeHomeDays"), null)
				.text("meds.order.override", Messages.get("meds.field.override"), null);
		form.validate(f -> {
			MedicationOrder order = order(f);
			List<String> problems = Problems.words(MedicationRules.forOrder(order, admitted));
			if (problems.isEmpty()) {
				LocalDate start = order.getStartOn() == null ? part.chart.today() : order.getStartOn();
				problems.addAll(part.unanswered(MedicationRules.warningsForOrder(order, part.activeOrders(start)), f.get("meds.order.override")));
			}
			return problems;
		});
		if (form.open() == RecordForm.OK) {
			MedicationOrder order = order(form);
			String override = form.get("meds.order.override");
			part.serve(order, signedIn -> part.medications.order(signedIn, order, override, Messages.get("meds.reason.order")));
		}
	}

	/**
	 * The warnings, in words, with the request for a reason to go on, while no reason of a sentence is given; nothing
	 * once it is (the service keeps the reason with the warnings it answers).
	 */

	MedicationOrder order(RecordForm form) {
		MedicationOrder order = CairnFactory.eINSTANCE.createMedicationOrder();
		order.setId("mo-" + UUID.randomUUID());
		part.chartOf(order);
		order.setKind(form.get("meds.order.kind"));
		order.setMedicationName(form.get("meds.order.medication"));
		order.setDoseMg(form.get("meds.order.dose"));
		order.setRoute(form.get("meds.order.route"));
		order.setFrequency(form.get("meds.order.frequency"));
		order.setStartOn(form.get("meds.order.start"));
		order.setEndOn(form.get("meds.order.end"));
		order.setPrescriberId(form.get("meds.order.prescriber"));
		order.setReason(form.get("meds.order.reason"));
		Integer takeHomes = form.get("meds.order.takeHomeDays");
		if (takeHomes != null) {
			order.setMaxTakeHomeDays(takeHomes);
		}
		order.setStatus(OrderStatus.ACTIVE);
		return order;
	}

	void stopOrder() {
		if (!Access.check(part.content.getShell(), part.accounts, part.session, Permission.MEDICATION_ORDER, Messages.get("meds.order.action"), null)) {
			return;
		}
		MedicationOrder selected = part.selectedOrder();
		if (selected == null || selected.getStatus() != OrderStatus.ACTIVE) {
			part.state.setText(Messages.get("meds.state.selectActive"));
			return;
		}
		RecordForm form = new RecordForm(part.content.getShell(), "meds.stop", Messages.get("meds.stop.title"),
				Messages.format("meds.stop.heading", selected.getMedicationName()), Messages.get("meds.stop.message"), Messages.get("meds.stop.ok"))
				.choice("meds.stop.status", Messages.get("meds.field.status"), List.of(OrderStatus.DISCONTINUED, OrderStatus.COMPLETED, OrderStatus.ON_HOLD),
						OrderStatus.DISCONTINUED)
				.date("meds.stop.end", Messages.get("meds.field.endOn"), part.chart.today())
				.text("meds.stop.reason", Messages.get("meds.field.reason"), null)
				.validate(f -> {
					List<String> problems = new ArrayList<>();
					if (f.get("meds.stop.status") == null) {
						problems.add(Messages.get("problem.meds.stop.status"));
					}
					LocalDate end = f.get("meds.stop.end");
					if (end == null || selected.getStartOn() != null && end.isBefore(selected.getStartOn())) {
						problems.add(Messages.get("problem.meds.endOn"));
					}
					if (f.get("meds.stop.reason") == null) {
						problems.add(Messages.get("meds.rule.reason"));
					}
					return problems;
				});
		if (form.open() != RecordForm.OK) {
			return;
		}
		// the service ends the order and, in the same save, a taper of it (abandoned, completed or paused with it)
		int based = part.loaded.versions().getOrDefault(selected.getId(), 0);
		OrderStatus status = form.get("meds.stop.status");
		LocalDate end = form.get("meds.stop.end");
		String why = form.get("meds.stop.reason");
		part.serve(selected, signedIn -> part.medications.stop(signedIn, selected, based, status, end, why));
	}

	void taper() {
		if (!Access.check(part.content.getShell(), part.accounts, part.session, Permission.MEDICATION_ORDER, Messages.get("meds.order.action"), null)) {
			return;
		}
		MedicationOrder selected = part.selectedOrder();
		if (selected == null || selected.getStatus() != OrderStatus.ACTIVE) {
			part.state.setText(Messages.get("meds.state.selectActive"));
			return;
		}
		RecordForm form = new RecordForm(part.content.getShell(), "meds.taperForm", Messages.get("meds.taperForm.title"),
				Messages.format("meds.taperForm.heading", selected.getMedicationName(), part.doseText(selected)), Messages.get("meds.taperForm.message"),
				Messages.get("meds.taperForm.ok"))
				.number("meds.taperForm.from", Messages.get("meds.field.fromMg"), MedicationRules.dailyMg(selected))
				.number("meds.taperForm.to", Messages.get("meds.field.toMg"), BigDecimal.ZERO)
				.number("meds.taperForm.step", Messages.get("meds.field.stepMg"), null)
				.integer("meds.taperForm.every", Messages.get("meds.field.everyDays"), 7)
				.date("meds.taperForm.start", Messages.get("meds.field.startOn"), part.chart.today().plusDays(1))
				.text("meds.taperForm.reason", Messages.get("meds.field.reason"), null)
				.check("meds.taperForm.agreed", Messages.get("meds.field.patientAgreed"), false)
				.validate(f -> {
					Integer every = f.get("meds.taperForm.every");
					List<String> problems = new ArrayList<>(Problems.words(org.cairn.clinical.TaperRules.check(f.get("meds.taperForm.from"),
							f.get("meds.taperForm.to"), f.get("meds.taperForm.step"), every == null ? 0 : every)));
					if (f.get("meds.taperForm.start") == null) {
						problems.add(Messages.get("problem.meds.startOn"));
					}
					if (f.get("meds.taperForm.reason") == null) {
						problems.add(Messages.get("meds.rule.reason"));
					}
					return problems;
				});
		if (form.open() != RecordForm.OK) {
			return;
		}
		BigDecimal from = form.get("meds.taperForm.from");
		BigDecimal to = form.get("meds.taperForm.to");
		BigDecimal step = form.get("meds.taperForm.step");
		int every = form.<Integer>get("meds.taperForm.every");
		LocalDate start = form.get("meds.taperForm.start");
		String why = form.get("meds.taperForm.reason");
		boolean agreed = Boolean.TRUE.equals(form.get("meds.taperForm.agreed"));
		// the service checks the plan again, works out its steps and stores it, planned
		part.serve(selected, signedIn -> part.medications.planTaper(signedIn, selected, from, to, step, every, start, why, agreed));
	}
}
