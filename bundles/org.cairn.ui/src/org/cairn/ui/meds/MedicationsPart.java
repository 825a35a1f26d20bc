package org.cairn.ui.meds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cairn.model.AnalyteResult;
import org.cairn.model.CairnFactory;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.KitReplacementReason;
import org.cairn.model.MedicationKind;
import org.cairn.model.MedicationOrder;
import org.cairn.model.MissedDoseReason;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.NaloxoneRecipient;
import org.cairn.model.OrderStatus;
import org.cairn.model.PatientRecord;
import org.cairn.model.Route;
import org.cairn.model.ScreenMethod;
import org.cairn.model.ScreenResult;
import org.cairn.model.TaperSchedule;
import org.cairn.model.UrineDrugScreen;
import org.cairn.security.Permission;
import org.cairn.store.DoseEntry;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.CairnUi;
import org.cairn.clinical.Analytes;
import org.cairn.clinical.MedicationRules;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.chart.Values;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.dialogs.RecordForm;
import org.cairn.ui.security.Access;
import org.cairn.ui.trends.Trends;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The open chart's medications and drug screens: MOUD and comfort-medication orders (new, stop, a taper worked
 * out by {@link org.cairn.clinical.TaperRules}), the dose log of the last two weeks with missed days in a row flagged, urine drug
 * screens entered per analyte with each positive marked expected or unexpected from the orders active that day
 * ({@link Analytes}), and naloxone kits dispensed. Each entry is stored as a record of the chart in a job; the
 * chart then reads itself again and this part follows it ({@link CairnUi#ACTIVE_CHART}).
 */
public class MedicationsPart {

	/** The part's id; Chart › Medications shows it in the chart area. */
	public static final String ID = "org.cairn.ui.part.medications";
	/** The dose log lists this many days back from today. */
	static final int DOSE_LOG_DAYS = 14;
	/** Missed days in a row from which the dose log is flagged. */
	static final int MISSED_RUN_ALERT = 3;

	/** Medication names offered for a new order (the prescriber may type any other). */
	static final List<String> MEDICATIONS = List.of("Methadone oral concentrate 10 mg/mL", "Buprenorphine sublingual tablet",
			"Buprenorphine/naloxone sublingual film", "Buprenorphine extended-release injection", "Naltrexone extended-release injection",
			"Clonidine", "Lofexidine", "Loperamide", "Ondansetron");
	/** Naloxone products offered (CLINICAL.md). */
	static final List<String> NALOXONE = List.of("Naloxone 4 mg nasal spray", "Naloxone 8 mg nasal spray", "Naloxone 0.4 mg/mL injection",
			"Naloxone 5 mg/0.5 mL injection");

	@Inject
	private StoreAccess store;
	@Inject
	private IEventBroker events;
	/** Orders, doses, screens and kits go through the medications service: its permissions, rules and warnings. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.clinical.Medications medications;
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.clinical.Charts charts;
	@Inject
	private org.cairn.security.Session session;

	private ScrolledComposite scroller;
	private Composite content;
	private ChartSummary chart;
	private Loaded loaded;
	private TableViewer orders;
	/** The dose log, whose selected dose can be corrected or marked entered in error. */
	private TableViewer doseLog;
	private Label state;
	/** What the last save said, shown again each time the part reads the same chart anew. */
	private String lastMessage;

	/** What the part reads for a chart. */
	record Loaded(List<MedicationOrder> orders, List<TaperSchedule> tapers, List<DoseEntry> doses, List<UrineDrugScreen> screens,
			List<NaloxoneDispense> kits, java.util.Map<String, Integer> versions) {
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		content.setData(CairnUi.WIDGET_ID, "meds");
		content.setLayout(new GridLayout(1, false));
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, event -> resize());
		load();
	}

	/**
	 * Follows the open chart. While the chart reads itself again (after a save, it is briefly null) the part keeps
	 * what it shows; another patient's chart replaces it.
	 */
	@Inject
	@Optional
	void setChart(@Named(CairnUi.ACTIVE_CHART) ChartSummary shown) {
		if (shown == null && chart != null) {
			return;
		}
		boolean samePatient = shown != null && chart != null && shown.patient().getId().equals(chart.patient().getId());
		this.chart = shown;
		if (content != null && !content.isDisposed()) {
			if (!samePatient) {
				lastMessage = null;
				rebuild(null);
			}
			load();
		}
	}

	private void resize() {
		scroller.setMinSize(content.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
	}

	private void load() {
		if (chart == null) {
			rebuild(null);
			return;
		}
		ChartSummary shown = chart;
		String patientId = chart.patient().getId();
		LocalDate today = chart.today();
		org.cairn.security.Session signedIn = session;
		store.call(Messages.get("meds.job.open"), () -> read(charts.view(signedIn, patientId), today), result -> {
			if (shown == chart && !content.isDisposed()) {
				rebuild(result);
			}
		}, failure -> {
			if (!content.isDisposed()) {
				rebuild(null);
				note(failure.message(), "meds.failure");
			}
		});
	}

	static Loaded read(org.cairn.clinical.ChartView records, LocalDate today) {
		List<MedicationOrder> orders = new ArrayList<>();
		List<TaperSchedule> tapers = new ArrayList<>();
		List<UrineDrugScreen> screens = new ArrayList<>();
		List<NaloxoneDispense> kits = new ArrayList<>();
		java.util.Map<String, Integer> versions = new java.util.HashMap<>();
		for (StoredRecord<ClinicalRecord> stored : records.records(ClinicalRecord.class,
				Set.of("MedicationOrder", "TaperSchedule", "UrineDrugScreen", "NaloxoneDispense"))) {
			versions.put(stored.record().getId(), stored.version());
			switch (stored.record()) {
			case MedicationOrder order -> orders.add(order);
			case TaperSchedule taper -> tapers.add(taper);
			case UrineDrugScreen screen -> screens.add(screen);
			case NaloxoneDispense kit -> kits.add(kit);
			default -> {
			}
			}
		}
		List<DoseEntry> doses = records.doses(today.minusDays(DOSE_LOG_DAYS - 1), today);
		return new Loaded(orders, tapers, doses, screens, kits, versions);
	}

	private void rebuild(Loaded result) {
		this.loaded = result;
		for (Control child : content.getChildren()) {
			child.dispose();
		}
		if (chart == null) {
			note(Messages.get("meds.noChart"), "meds.none");
			content.layout(true, true);
			return;
		}
		state = new Label(content, SWT.WRAP);
		state.setData(CairnUi.WIDGET_ID, "meds.state");
		state.setLayoutData(wide());
		if (result == null) {
			state.setText(Messages.get("meds.loading"));
			content.layout(true, true);
			return;
		}
		boolean open = chart.episode() != null && chart.hasOpenEpisode();

		heading("meds.orders");
		orders = table("meds.orders.table", result.orders(), List.of(
				column("meds.column.medication", 200, (MedicationOrder o) -> o.getMedicationName()),
				column("meds.column.dose", 110, MedicationsPart::doseText),
				column("meds.column.route", 90, (MedicationOrder o) -> Values.text(o.getRoute())),
				column("meds.column.frequency", 90, MedicationOrder::getFrequency),
				column("meds.column.period", 160, (MedicationOrder o) -> Messages.format("meds.period", Messages.date(o.getStartOn()),
						o.getEndOn() == null ? "" : Messages.date(o.getEndOn()))),
				column("meds.column.prescriber", 130, (MedicationOrder o) -> chart.nameOf(o.getPrescriberId())),
				column("meds.column.status", 90, (MedicationOrder o) -> Values.text(o.getStatus()))), null);
		for (TaperSchedule taper : result.tapers()) {
			note(Messages.format("meds.taper.line", medicationOf(taper.getOrderId()), Values.text(taper.getStatus()),
					taper.getSteps().stream().map(step -> Messages.format("meds.taper.step", Messages.date(step.getFromDate()),
							step.getDoseMg().stripTrailingZeros().toPlainString())).collect(Collectors.joining(", "))), "meds.taper");
		}
		buttons(open, "meds.newOrder", (Runnable) this::newOrder, "meds.stopOrder", (Runnable) this::stopOrder, "meds.taper", (Runnable) this::taper);

		heading("meds.doses");
		List<DoseEntry> doses = result.doses().stream().sorted(Comparator.comparing(DoseEntry::scheduledFor).reversed()).toList();
		doseLog = table("meds.doses.table", doses, List.of(
				column("meds.column.day", 110, (DoseEntry d) -> Messages.date(d.scheduledFor())),
				column("meds.column.medication", 200, (DoseEntry d) -> medicationOf(d.orderId())),
				column("meds.column.outcome", 100, (DoseEntry d) -> Values.text(d.outcome())),
				column("meds.column.dose", 80, (DoseEntry d) -> d.doseMg() == null ? "" : Messages.format("meds.mg", d.doseMg().stripTrailingZeros().toPlainString())),
				column("meds.column.takeHomes", 90, (DoseEntry d) -> d.takeHomeDoses() == 0 ? "" : String.valueOf(d.takeHomeDoses()))),
				entry -> Trends.missed(((DoseEntry) entry).outcome()));
		int run = Trends.longestMissedRun(result.doses());
		if (run >= MISSED_RUN_ALERT) {
			Label alert = note(Messages.format("meds.doses.alert", run), "meds.doses.alert");
			alert.setData(CairnUi.CSS_CLASS, "AlertRisk");
		}
		buttons(open, "meds.recordDose", (Runnable) this::recordDose, "meds.correctDose", (Runnable) () -> withSelectedDose(this::correctDose),
				"meds.doseInError", (Runnable) () -> withSelectedDose(this::doseInError));

		heading("meds.screens");
		table("meds.screens.table", result.screens().stream().sorted(Comparator.comparing(UrineDrugScreen::getCollectedAt).reversed()).toList(),
				List.of(column("meds.column.collected", 150, (UrineDrugScreen s) -> Messages.dateTime(s.getCollectedAt())),
						column("meds.column.method", 120, (UrineDrugScreen s) -> Values.text(s.getMethod())),
						column("meds.column.positive", 330, MedicationsPart::positives)),
				screen -> ((UrineDrugScreen) screen).getResults().stream().anyMatch(r -> r.getResult() == ScreenResult.POSITIVE && !r.isExpected()));
		buttons(open, "meds.newScreen", (Runnable) this::newScreen);

		heading("meds.naloxone");
		table("meds.naloxone.table", result.kits(), List.of(
				column("meds.column.dispensed", 150, (NaloxoneDispense k) -> Messages.dateTime(k.getDispensedAt())),
				column("meds.column.recipient", 90, (NaloxoneDispense k) -> Values.text(k.getRecipient())),
				column("meds.column.product", 200, (NaloxoneDispense k) -> k.getProduct() == null ? "" : k.getProduct().getDisplay()),
				column("meds.column.quantity", 60, (NaloxoneDispense k) -> String.valueOf(k.getQuantity())),
				column("meds.column.expires", 110, (NaloxoneDispense k) -> Messages.date(k.getExpiresOn()))), null);
		buttons(open, "meds.dispenseNaloxone", (Runnable) this::dispenseNaloxone);

		state.setText(lastMessage != null ? lastMessage : open ? Messages.get("meds.state.ready") : Messages.get("meds.state.closed"));
		content.layout(true, true);
		resize();
	}

	// What the tables say

	static String doseText(MedicationOrder order) {
		if (order.isSplitDose()) {
			return Messages.format("meds.split", plain(order.getAmDoseMg()), plain(order.getPmDoseMg()));
		}
		return order.getDoseMg() == null ? "" : Messages.format("meds.mg", plain(order.getDoseMg()));
	}

	private static String plain(BigDecimal value) {
		return value == null ? "0" : value.stripTrailingZeros().toPlainString();
	}

	static String positives(UrineDrugScreen screen) {
		List<String> found = new ArrayList<>();
		for (AnalyteResult result : screen.getResults()) {
			if (result.getResult() == ScreenResult.POSITIVE) {
				String name = result.getAnalyte() == null ? "?" : result.getAnalyte().getDisplay();
				found.add(Messages.format(result.isExpected() ? "meds.positive.expected" : "meds.positive.unexpected", name));
			}
		}
		return found.isEmpty() ? Messages.get("meds.positive.none") : String.join(", ", found);
	}

	private String medicationOf(String orderId) {
		if (loaded != null) {
			for (MedicationOrder order : loaded.orders()) {
				if (order.getId().equals(orderId)) {
					return order.getMedicationName();
				}
			}
		}
		return orderId;
	}

	private List<MedicationOrder> activeOrders(LocalDate day) {
		return loaded == null ? List.of() : loaded.orders().stream().filter(order -> MedicationRules.activeOn(order, day)).toList();
	}

	private MedicationOrder selectedOrder() {
		Object selected = orders == null ? null : orders.getStructuredSelection().getFirstElement();
		if (selected instanceof MedicationOrder order) {
			return order;
		}
		List<MedicationOrder> active = activeOrders(chart.today());
		return active.size() == 1 ? active.get(0) : null;
	}

	// Actions

	private void newOrder() {
		if (!Access.check(content.getShell(), session, Permission.MEDICATION_ORDER, Messages.get("meds.order.action"), null)) {
			return;
		}
		LocalDate admitted = chart.episode().getAdmittedOn();
		RecordForm form = new RecordForm(content.getShell(), "meds.order", Messages.get("meds.order.title"), Messages.get("meds.order.heading"),
				Messages.get("meds.order.message"), Messages.get("meds.order.ok"))
				.choice("meds.order.kind", Messages.get("meds.field.kind"), List.of(MedicationKind.values()), MedicationKind.MOUD)
				.suggest("meds.order.medication", Messages.get("meds.field.medication"), MEDICATIONS, null)
				.number("meds.order.dose", Messages.get("meds.field.doseMg"), null)
				.choice("meds.order.route", Messages.get("meds.field.route"), List.of(Route.values()), Route.ORAL)
				.text("meds.order.frequency", Messages.get("meds.field.frequency"), Messages.get("meds.frequency.daily"))
				.date("meds.order.start", Messages.get("meds.field.startOn"), chart.today())
				.date("meds.order.end", Messages.get("meds.field.endOn"), null)
				.text("meds.order.prescriber", Messages.get("meds.field.prescriber"), session.userId())
				.text("meds.order.reason", Messages.get("meds.field.reason"), null)
				.integer("meds.order.takeHomeDays", Messages.get("meds.field.maxTakeHomeDays"), null)
				.text("meds.order.override", Messages.get("meds.field.override"), null);
		form.validate(f -> {
			MedicationOrder order = order(f);
			List<String> problems = Problems.words(MedicationRules.forOrder(order, admitted));
			if (problems.isEmpty()) {
				LocalDate start = order.getStartOn() == null ? chart.today() : order.getStartOn();
				problems.addAll(unanswered(MedicationRules.warningsForOrder(order, activeOrders(start)), f.get("meds.order.override")));
			}
			return problems;
		});
		if (form.open() == RecordForm.OK) {
			MedicationOrder order = order(form);
			String override = form.get("meds.order.override");
			serve(order, signedIn -> medications.order(signedIn, order, override, Messages.get("meds.reason.order")));
		}
	}

	/**
	 * The warnings, in words, with the request for a reason to go on, while no reason of a sentence is given; nothing
	 * once it is (the service keeps the reason with the warnings it answers).
	 */
	private static List<String> unanswered(List<org.cairn.clinical.Problem> warnings, String override) {
		if (warnings.isEmpty() || MedicationRules.overrides(override)) {
			return new ArrayList<>();
		}
		List<String> words = Problems.words(warnings);
		words.add(Problems.words(org.cairn.clinical.Problem.of("meds.override", MedicationRules.OVERRIDE_REASON_MIN)));
		return List.of(String.join(" ", words));
	}

	/** Stores a record through the medications service in a job; the chart then reads itself again, and this part with it. */
	private void serve(ClinicalRecord record, java.util.function.Function<org.cairn.security.Session, ?> work) {
		org.cairn.security.Session signedIn = session;
		String patientId = chart.patient().getId();
		String kind = Messages.get("kind." + record.eClass().getName());
		state.setText(Messages.get("meds.state.saving"));
		store.call(Messages.get("meds.job.save"), () -> work.apply(signedIn), stored -> {
			if (!state.isDisposed()) {
				lastMessage = Messages.format("meds.state.saved", kind);
				state.setText(lastMessage);
			}
			load();
			events.post(CairnUi.TOPIC_RECORDS_CHANGED, patientId);
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(Messages.format("meds.state.saveFailed", failure.message()));
			}
		});
	}

	private MedicationOrder order(RecordForm form) {
		MedicationOrder order = CairnFactory.eINSTANCE.createMedicationOrder();
		order.setId("mo-" + UUID.randomUUID());
		chartOf(order);
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

	private void stopOrder() {
		if (!Access.check(content.getShell(), session, Permission.MEDICATION_ORDER, Messages.get("meds.order.action"), null)) {
			return;
		}
		MedicationOrder selected = selectedOrder();
		if (selected == null || selected.getStatus() != OrderStatus.ACTIVE) {
			state.setText(Messages.get("meds.state.selectActive"));
			return;
		}
		RecordForm form = new RecordForm(content.getShell(), "meds.stop", Messages.get("meds.stop.title"),
				Messages.format("meds.stop.heading", selected.getMedicationName()), Messages.get("meds.stop.message"), Messages.get("meds.stop.ok"))
				.choice("meds.stop.status", Messages.get("meds.field.status"), List.of(OrderStatus.DISCONTINUED, OrderStatus.COMPLETED, OrderStatus.ON_HOLD),
						OrderStatus.DISCONTINUED)
				.date("meds.stop.end", Messages.get("meds.field.endOn"), chart.today())
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
		int based = loaded.versions().getOrDefault(selected.getId(), 0);
		OrderStatus status = form.get("meds.stop.status");
		LocalDate end = form.get("meds.stop.end");
		String why = form.get("meds.stop.reason");
		serve(selected, signedIn -> medications.stop(signedIn, selected, based, status, end, why));
	}

	private void taper() {
		if (!Access.check(content.getShell(), session, Permission.MEDICATION_ORDER, Messages.get("meds.order.action"), null)) {
			return;
		}
		MedicationOrder selected = selectedOrder();
		if (selected == null || selected.getStatus() != OrderStatus.ACTIVE) {
			state.setText(Messages.get("meds.state.selectActive"));
			return;
		}
		RecordForm form = new RecordForm(content.getShell(), "meds.taperForm", Messages.get("meds.taperForm.title"),
				Messages.format("meds.taperForm.heading", selected.getMedicationName(), doseText(selected)), Messages.get("meds.taperForm.message"),
				Messages.get("meds.taperForm.ok"))
				.number("meds.taperForm.from", Messages.get("meds.field.fromMg"), MedicationRules.dailyMg(selected))
				.number("meds.taperForm.to", Messages.get("meds.field.toMg"), BigDecimal.ZERO)
				.number("meds.taperForm.step", Messages.get("meds.field.stepMg"), null)
				.integer("meds.taperForm.every", Messages.get("meds.field.everyDays"), 7)
				.date("meds.taperForm.start", Messages.get("meds.field.startOn"), chart.today().plusDays(1))
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
		serve(selected, signedIn -> medications.planTaper(signedIn, selected, from, to, step, every, start, why, agreed));
	}

	private void recordDose() {
		if (!Access.check(content.getShell(), session, Permission.MEDICATION_ADMINISTER, Messages.get("meds.administer.action"), null)) {
			return;
		}
		List<MedicationOrder> active = activeOrders(chart.today());
		if (active.isEmpty()) {
			state.setText(Messages.get("meds.state.noActiveOrder"));
			return;
		}
		MedicationOrder preselected = selectedOrder() != null && active.contains(selectedOrder()) ? selectedOrder() : active.get(0);
		List<String> names = active.stream().map(MedicationOrder::getMedicationName).toList();
		long day = chart.daysInTreatment();
		String message = MedicationRules.methadone(preselected)
				? Messages.format("meds.dose.message.methadone", day, MedicationRules.maxMethadoneTakeHomeDays(day))
				: Messages.format("meds.dose.message", day);
		RecordForm form = new RecordForm(content.getShell(), "meds.dose", Messages.get("meds.dose.title"), Messages.get("meds.dose.heading"), message,
				Messages.get("meds.dose.ok"))
				.choice("meds.dose.order", Messages.get("meds.field.order"), names, preselected.getMedicationName())
				.date("meds.dose.day", Messages.get("meds.field.day"), chart.today())
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
				problems.addAll(unanswered(MedicationRules.warningsForDose(f.get("meds.dose.outcome"), f.get("meds.dose.mg"), orderOf.apply(f)),
						f.get("meds.dose.override")));
			}
			return problems;
		});
		if (form.open() == RecordForm.OK) {
			DoseAdministration dose = dose(form, orderOf.apply(form));
			String override = form.get("meds.dose.override");
			serve(dose, signedIn -> medications.recordDose(signedIn, dose, day, override, Messages.get("meds.reason.dose")));
		}
	}

	/** Reads the dose selected in the log, with its version, in a job; says so when none is selected. */
	private void withSelectedDose(java.util.function.BiConsumer<DoseAdministration, Integer> then) {
		Object selected = doseLog == null ? null : doseLog.getStructuredSelection().getFirstElement();
		if (!(selected instanceof DoseEntry entry)) {
			state.setText(Messages.get("meds.state.chooseDose"));
			return;
		}
		org.cairn.security.Session signedIn = session;
		String patientId = chart.patient().getId();
		store.call(Messages.get("meds.job.save"), () -> charts.view(signedIn, patientId).record(entry.recordId()).orElse(null), stored -> {
			if (stored != null && stored.record() instanceof DoseAdministration dose && !content.isDisposed()) {
				then.accept(dose, stored.version());
			}
		}, failure -> state.setText(Messages.format("meds.state.saveFailed", failure.message())));
	}

	/** A dose recorded wrongly, corrected as a new version with what was wrong; the same rules and warnings as a new dose. */
	private void correctDose(DoseAdministration dose, int version) {
		long day = chart.daysInTreatment();
		MedicationOrder order = loaded.orders().stream().filter(o -> o.getId().equals(dose.getOrderId())).findFirst().orElse(null);
		RecordForm form = new RecordForm(content.getShell(), "meds.correct", Messages.get("meds.correct.title"), Messages.get("meds.correct.heading"),
				Messages.format("meds.correct.message", Messages.date(dose.getScheduledFor()), medicationOf(dose.getOrderId())),
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
				problems.addAll(unanswered(MedicationRules.warningsForDose(f.get("meds.dose.outcome"), f.get("meds.dose.mg"), order),
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
		serve(corrected, signedIn -> medications.correctDose(signedIn, corrected, version, day, why, override));
	}

	/** A dose that should not be in the chart at all (the wrong patient's, one that never happened): marked, with why. */
	private void doseInError(DoseAdministration dose, int version) {
		org.cairn.ui.dialogs.TextEntryDialog dialog = new org.cairn.ui.dialogs.TextEntryDialog(content.getShell(), Messages.get("meds.doseInError.title"),
				Messages.get("meds.doseInError.title"), Messages.format("meds.correct.message", Messages.date(dose.getScheduledFor()),
						medicationOf(dose.getOrderId())), Messages.get("meds.field.correctionWhy"), Messages.get("meds.doseInError.ok"), "meds.doseInError.why",
				false, text -> text.strip().length() < 5 ? List.of(Messages.get("problem.meds.correction.reason")) : List.of());
		if (dialog.open() != org.cairn.ui.dialogs.TextEntryDialog.OK) {
			return;
		}
		String why = dialog.value();
		serve(dose, signedIn -> medications.markDoseEnteredInError(signedIn, dose, version, why));
	}

	private DoseAdministration dose(RecordForm form, MedicationOrder order) {
		DoseAdministration dose = CairnFactory.eINSTANCE.createDoseAdministration();
		dose.setId("da-" + UUID.randomUUID());
		chartOf(dose);
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
			dose.setAdministeredBy(session.userId());
			dose.setIdentityChecked(Boolean.TRUE.equals(form.get("meds.dose.identity")));
		}
		dose.setNotes(form.get("meds.dose.notes"));
		return dose;
	}

	private void newScreen() {
		if (!Access.check(content.getShell(), session, Permission.MEDICATION_ADMINISTER, Messages.get("meds.administer.action"), null)) {
			return;
		}
		RecordForm form = new RecordForm(content.getShell(), "meds.screen", Messages.get("meds.screen.title"), Messages.get("meds.screen.heading"),
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
		chartOf(screen);
		screen.setCollectedAt(collected);
		screen.setCollectedBy(session.userId());
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
		serve(screen, signedIn -> medications.recordScreen(signedIn, screen, Messages.get("meds.reason.screen")));
	}

	private void dispenseNaloxone() {
		if (!Access.check(content.getShell(), session, Permission.MEDICATION_ADMINISTER, Messages.get("meds.administer.action"), null)) {
			return;
		}
		RecordForm form = new RecordForm(content.getShell(), "meds.kit", Messages.get("meds.kit.title"), Messages.get("meds.kit.heading"),
				Messages.get("meds.kit.message"), Messages.get("meds.kit.ok"))
				.choice("meds.kit.recipient", Messages.get("meds.field.recipient"), List.of(NaloxoneRecipient.values()), NaloxoneRecipient.PATIENT)
				.text("meds.kit.recipientName", Messages.get("meds.field.recipientName"), null)
				.choice("meds.kit.product", Messages.get("meds.field.product"), NALOXONE, NALOXONE.get(0))
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
					if (expires == null || !expires.isAfter(chart.today())) {
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
		chartOf(kit);
		kit.setDispensedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		kit.setDispensedBy(session.userId());
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
		serve(kit, signedIn -> medications.dispenseNaloxone(signedIn, kit, Messages.get("meds.reason.naloxone")));
	}

	private void chartOf(PatientRecord record) {
		record.setPatientId(chart.patient().getId());
		record.setEpisodeId(chart.episode() == null ? null : chart.episode().getId());
	}

	// Building blocks

	private record Column<T>(String key, int width, Function<T, String> text) {
	}

	@SuppressWarnings("unchecked")
	private static <T> Column<Object> column(String key, int width, Function<T, String> text) {
		return new Column<>(key, width, value -> text.apply((T) value));
	}

	private TableViewer table(String id, List<?> rows, List<Column<Object>> columns, java.util.function.Predicate<Object> flagged) {
		TableViewer viewer = new TableViewer(content, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setData(CairnUi.WIDGET_ID, id);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = wide();
		data.heightHint = Math.min(8, Math.max(2, rows.size() + 1)) * viewer.getTable().getItemHeight() + viewer.getTable().getHeaderHeight() + 4;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Color red = viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		for (Column<Object> column : columns) {
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
			tableColumn.getColumn().setText(Messages.get(column.key()));
			tableColumn.getColumn().setWidth(column.width());
			tableColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String text = column.text().apply(element);
					return text == null ? "" : text;
				}

				@Override
				public Color getForeground(Object element) {
					return flagged != null && flagged.test(element) ? red : null;
				}
			});
		}
		viewer.setInput(rows);
		if (rows.isEmpty()) {
			viewer.getTable().setToolTipText(Messages.get("meds.empty"));
		}
		return viewer;
	}

	/** A row of buttons: pairs of an id (its label's key) and what it does. */
	private void buttons(boolean enabled, Object... idsAndActions) {
		Composite row = new Composite(content, SWT.NONE);
		row.setLayout(new RowLayout(SWT.HORIZONTAL));
		row.setLayoutData(wide());
		for (int i = 0; i < idsAndActions.length; i += 2) {
			String id = (String) idsAndActions[i];
			Runnable action = (Runnable) idsAndActions[i + 1];
			Button button = new Button(row, SWT.PUSH);
			button.setText(Messages.get(id));
			button.setData(CairnUi.WIDGET_ID, id);
			button.addListener(SWT.Selection, event -> action.run());
			button.setEnabled(enabled);
		}
	}

	private void heading(String key) {
		Label label = new Label(content, SWT.NONE);
		label.setText(Messages.get(key));
		label.setData(CairnUi.WIDGET_ID, key + ".title");
		label.setData(CairnUi.CSS_CLASS, "GlanceTitle");
		label.setLayoutData(wide());
	}

	private Label note(String text, String id) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text);
		label.setData(CairnUi.WIDGET_ID, id);
		GridData data = wide();
		data.widthHint = 300;
		label.setLayoutData(data);
		return label;
	}

	private static GridData wide() {
		return new GridData(SWT.FILL, SWT.TOP, true, false);
	}

	@Focus
	public void setFocus() {
		content.setFocus();
	}
}
