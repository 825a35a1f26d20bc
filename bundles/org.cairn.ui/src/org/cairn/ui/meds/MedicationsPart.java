package org.cairn.ui.meds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cairn.model.AnalyteResult;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.MedicationOrder;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.PatientRecord;
import org.cairn.model.ScreenResult;
import org.cairn.model.TaperSchedule;
import org.cairn.model.UrineDrugScreen;
import org.cairn.store.DoseEntry;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.clinical.Analytes;
import org.cairn.clinical.MedicationRules;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.chart.Values;
import org.cairn.ui.data.StoreAccess;
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
	StoreAccess store;
	@Inject
	private IEventBroker events;
	/** Orders, doses, screens and kits go through the medications service: its permissions, rules and warnings. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.clinical.Medications medications;
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.clinical.Charts charts;
	/** Asked before an action's dialog opens: may the person do it (a refusal audited there). */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.security.Accounts accounts;
	@Inject
	org.cairn.security.Session session;

	/** Recording, correcting and marking doses in error. */
	private final DoseActions doseActions = new DoseActions(this);
	/** Ordering, stopping an order, planning a taper. */
	private final OrderActions orderActions = new OrderActions(this);
	/** Drug screens and naloxone. */
	private final ScreenActions screenActions = new ScreenActions(this);
	private ScrolledComposite scroller;
	Composite content;
	ChartSummary chart;
	Loaded loaded;
	TableViewer orders;
	/** The dose log, whose selected dose can be corrected or marked entered in error. */
	TableViewer doseLog;
	Label state;
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
		buttons(open, "meds.newOrder", (Runnable) orderActions::newOrder, "meds.stopOrder", (Runnable) orderActions::stopOrder, "meds.taper",
				(Runnable) orderActions::taper);

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
		buttons(open, "meds.recordDose", (Runnable) doseActions::recordDose, "meds.correctDose", (Runnable) () -> doseActions.withSelectedDose(doseActions::correctDose),
				"meds.doseInError", (Runnable) () -> doseActions.withSelectedDose(doseActions::doseInError));

		heading("meds.screens");
		table("meds.screens.table", result.screens().stream().sorted(Comparator.comparing(UrineDrugScreen::getCollectedAt).reversed()).toList(),
				List.of(column("meds.column.collected", 150, (UrineDrugScreen s) -> Messages.dateTime(s.getCollectedAt())),
						column("meds.column.method", 120, (UrineDrugScreen s) -> Values.text(s.getMethod())),
						column("meds.column.positive", 330, MedicationsPart::positives)),
				screen -> ((UrineDrugScreen) screen).getResults().stream().anyMatch(r -> r.getResult() == ScreenResult.POSITIVE && !r.isExpected()));
		buttons(open, "meds.newScreen", (Runnable) screenActions::newScreen);

		heading("meds.naloxone");
		table("meds.naloxone.table", result.kits(), List.of(
				column("meds.column.dispensed", 150, (NaloxoneDispense k) -> Messages.dateTime(k.getDispensedAt())),
				column("meds.column.recipient", 90, (NaloxoneDispense k) -> Values.text(k.getRecipient())),
				column("meds.column.product", 200, (NaloxoneDispense k) -> k.getProduct() == null ? "" : k.getProduct().getDisplay()),
				column("meds.column.quantity", 60, (NaloxoneDispense k) -> String.valueOf(k.getQuantity())),
				column("meds.column.expires", 110, (NaloxoneDispense k) -> Messages.date(k.getExpiresOn()))), null);
		buttons(open, "meds.dispenseNaloxone", (Runnable) screenActions::dispenseNaloxone);

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

	static String plain(BigDecimal value) {
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

	String medicationOf(String orderId) {
		if (loaded != null) {
			for (MedicationOrder order : loaded.orders()) {
				if (order.getId().equals(orderId)) {
					return order.getMedicationName();
				}
			}
		}
		return orderId;
	}

	List<MedicationOrder> activeOrders(LocalDate day) {
		return loaded == null ? List.of() : loaded.orders().stream().filter(order -> MedicationRules.activeOn(order, day)).toList();
	}

	MedicationOrder selectedOrder() {
		Object selected = orders == null ? null : orders.getStructuredSelection().getFirstElement();
		if (selected instanceof MedicationOrder order) {
			return order;
		}
		List<MedicationOrder> active = activeOrders(chart.today());
		return active.size() == 1 ? active.get(0) : null;
	}

	// Actions

	static List<String> unanswered(List<org.cairn.clinical.Problem> warnings, String override) {
		if (warnings.isEmpty() || MedicationRules.overrides(override)) {
			return new ArrayList<>();
		}
		List<String> words = Problems.words(warnings);
		words.add(Problems.words(org.cairn.clinical.Problem.of("meds.override", MedicationRules.OVERRIDE_REASON_MIN)));
		return List.of(String.join(" ", words));
	}

	/** Stores a record through the medications service in a job; the chart then reads itself again, and this part with it. */
	void serve(ClinicalRecord record, java.util.function.Function<org.cairn.security.Session, ?> work) {
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

	void chartOf(PatientRecord record) {
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
