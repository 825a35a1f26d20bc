package org.cairn.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.model.AlertKind;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.ScoreEntry;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.clinical.ChartOpening;
import org.cairn.clinical.Charts;
import org.eclipse.e4.core.di.extensions.Service;
import org.cairn.ui.dialogs.TextEntryDialog;
import org.cairn.ui.security.Access;
import org.cairn.ui.widgets.EmptyState;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The centre area: the open patient's chart. A header that is always visible (name, age, MRN, programme, current
 * phase, days in treatment, care team, alerts) above the timeline of everything in the chart, filterable by kind.
 * The chart follows the application's active patient; its records are read in a job.
 */
public class ChartPart {

	/** The timeline's kind filter: a label key and the record kinds (EClass names) it shows; empty means all. */
	record KindFilter(String key, Set<String> kinds) {
	}

	static final List<KindFilter> FILTERS = List.of(
			new KindFilter("chart.filter.all", Set.of()),
			new KindFilter("chart.filter.notes", Set.of("SessionNote", "GroupSession")),
			new KindFilter("chart.filter.assessments", Set.of("AssessmentResponse", "VitalSigns")),
			new KindFilter("chart.filter.medications", Set.of("MedicationOrder", "DoseAdministration", "TaperSchedule", "NaloxoneDispense")),
			new KindFilter("chart.filter.screens", Set.of("UrineDrugScreen")),
			new KindFilter("chart.filter.plans", Set.of("CarePlan")),
			new KindFilter("chart.filter.episodes", Set.of("EpisodeOfCare")),
			new KindFilter("chart.filter.consents", Set.of("Consent", "Disclosure")));

	@Inject
	private StoreAccess store;
	/** The door to charts: who may open which, and the audit event of every opening and read. */
	@Inject
	@Service
	private Charts charts;
	/** The staff's names, for showing people by name rather than login id. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	@Service
	private org.cairn.security.Accounts accounts;
	/** Who is signed in: the services decide for this session. */
	@Inject
	private Session session;
	/** The installed forms, for flag messages; absent when the forms bundle did not start. */
	@Inject
	@Optional
	private org.cairn.forms.FormRegistry forms;
	@Inject
	private MApplication application;
	@Inject
	private IEventBroker events;
	/** Stores a flag's acknowledgement under the rules of chart access. */
	@Inject
	@Service
	private org.cairn.clinical.Assessments assessments;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.EPartService parts;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.EModelService model;

	private Composite stack;
	private StackLayout stackLayout;
	private EmptyState emptyState;
	private EmptyState failureState;
	private EmptyState restrictedState;
	private EmptyState outsideState;

	private Composite chart;
	private Label name;
	private Label details;
	private Label episodeLine;
	private Label careTeam;
	private Composite alerts;
	private Combo kindFilter;
	private TableViewer timeline;
	private Label timelineSummary;

	private final org.osgi.service.event.EventHandler recordsChanged = event -> {
		if (this.patientId != null && this.patientId.equals(event.getProperty(IEventBroker.DATA)) && this.stack != null
				&& !this.stack.isDisposed()) {
			load();
		}
	};

	private String patientId;
	private String episodeId;
	private ChartSummary shown;
	private java.util.Map<String, ScoreEntry> scores = java.util.Map.of();
	private Job loading;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		emptyState = new EmptyState(stack, "chart.empty", Messages.get("chart.empty.title"), Messages.get("chart.empty.message"),
				Messages.get("chart.empty.hint"));
		failureState = new EmptyState(stack, "chart.failed", Messages.get("chart.failed.title"), "", null);
		restrictedState = new EmptyState(stack, "chart.restricted", Messages.get("chart.restricted.title"), "", null);
		outsideState = new EmptyState(stack, "chart.outside", Messages.get("chart.outside.title"), Messages.get("chart.outside.message"), null);
		outsideState.addButton(Messages.get("chart.outside.emergency"), "chart.emergency", this::emergencyAccess);
		String refusal = session.refusal(Permission.CLINICAL_READ);
		if (refusal != null) {
			emptyState.setMessage(refusal);
			emptyState.setHint(null);
		}

		chart = new Composite(stack, SWT.NONE);
		chart.setData(CairnUi.WIDGET_ID, "chart");
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		chart.setLayout(layout);

		Composite header = new Composite(chart, SWT.NONE);
		header.setData(CairnUi.WIDGET_ID, "chart.header");
		header.setData(CairnUi.CSS_CLASS, "ChartHeader");
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout headerLayout = new GridLayout(1, false);
		headerLayout.marginWidth = 12;
		headerLayout.marginHeight = 8;
		headerLayout.verticalSpacing = 3;
		header.setLayout(headerLayout);
		name = headerLabel(header, "chart.name", "ChartName");
		details = headerLabel(header, "chart.details", "ChartDetails");
		episodeLine = headerLabel(header, "chart.episode", "ChartEpisode");
		careTeam = headerLabel(header, "chart.careTeam", "ChartDetails");
		alerts = new Composite(header, SWT.NONE);
		alerts.setData(CairnUi.WIDGET_ID, "chart.alerts");
		alerts.setData(CairnUi.CSS_CLASS, "ChartHeader");
		RowLayout alertLayout = new RowLayout(SWT.HORIZONTAL);
		alertLayout.marginLeft = 0;
		alertLayout.marginTop = 4;
		alertLayout.spacing = 6;
		alerts.setLayout(alertLayout);
		alerts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Composite bar = new Composite(chart, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(3, false);
		barLayout.marginWidth = 8;
		bar.setLayout(barLayout);
		Label show = new Label(bar, SWT.NONE);
		show.setText(Messages.get("chart.filter.label"));
		kindFilter = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		kindFilter.setData(CairnUi.WIDGET_ID, "chart.kind");
		for (KindFilter filter : FILTERS) {
			kindFilter.add(Messages.get(filter.key()));
		}
		kindFilter.select(0);
		kindFilter.addListener(SWT.Selection, event -> showTimeline());
		timelineSummary = new Label(bar, SWT.NONE);
		timelineSummary.setData(CairnUi.WIDGET_ID, "chart.timeline.summary");
		timelineSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		timeline = new TableViewer(chart, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = timeline.getTable();
		table.setData(CairnUi.WIDGET_ID, "chart.timeline");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		timeline.setContentProvider(ArrayContentProvider.getInstance());
		column("chart.column.when", 175, ChartSummary::when);
		column("chart.column.record", 210, this::record);
		column("chart.column.status", 120, entry -> entry.status() == null ? "" : Messages.get("status." + entry.status()));
		column("chart.column.by", 150, entry -> shown == null ? "" : shown.nameOf(entry.author()));
		// Enter or a double click opens the record with all its versions.
		timeline.addOpenListener(event -> {
			Object selected = ((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof TimelineEntry entry && "SessionNote".equals(entry.kind())) {
				org.cairn.ui.notes.Notes.open(parts, model, application, entry.recordId(), patientId, episodeId);
			} else if (selected instanceof TimelineEntry entry && "CarePlan".equals(entry.kind())) {
				org.cairn.ui.careplan.CarePlans.open(parts, model, application, entry.recordId(), patientId, episodeId);
			} else if (selected instanceof TimelineEntry entry && "AssessmentResponse".equals(entry.kind())) {
				new org.cairn.ui.forms.ResponseDialog(table.getShell(), forms, store, charts, session, entry.recordId(), this::nameOf).open();
			} else if (selected instanceof TimelineEntry entry) {
				new org.cairn.ui.chart.RecordDialog(table.getShell(), store, charts, session, entry.recordId(), entry.kind(), this::nameOf).open();
			}
		});

		stackLayout.topControl = emptyState;
		events.subscribe(CairnUi.TOPIC_RECORDS_CHANGED, null, recordsChanged, false);
		if (patientId != null) {
			load();
		}
	}

	/** What a timeline entry is: its kind, and for an assessment the form, total and band. */
	private String record(TimelineEntry entry) {
		ScoreEntry score = scores.get(entry.recordId());
		if (score != null) {
			return Messages.format("chart.record.score", Forms.name(forms, score.formId()), Forms.total(score.total()),
					score.band() == null ? "" : Messages.format("context.score.band", score.band()));
		}
		return Messages.get("kind." + entry.kind());
	}

	private Label headerLabel(Composite parent, String id, String cssClass) {
		Label label = new Label(parent, SWT.WRAP);
		label.setData(CairnUi.WIDGET_ID, id);
		label.setData(CairnUi.CSS_CLASS, cssClass);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return label;
	}

	private void column(String titleKey, int width, java.util.function.Function<TimelineEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(timeline, SWT.LEFT);
		column.getColumn().setText(Messages.get(titleKey));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TimelineEntry) element);
			}
		});
	}

	@Inject
	@Optional
	void setEpisode(@Named(CairnUi.ACTIVE_EPISODE) String episode) {
		this.episodeId = episode;
	}

	/** The application's active patient changed: read and show their chart. */
	@Inject
	@Optional
	void setPatient(@Named(CairnUi.ACTIVE_PATIENT) String patient) {
		this.patientId = patient;
		if (stack != null && !stack.isDisposed()) {
			load();
		}
	}

	private void load() {
		if (loading != null) {
			loading.cancel();
		}
		application.getContext().set(CairnUi.ACTIVE_CHART, null);
		if (patientId == null) {
			show(emptyState);
			return;
		}
		String patient = patientId;
		String episode = episodeId;
		Session signedIn = session;
		if (!signedIn.has(Permission.CLINICAL_READ)) {
			// Intake staff see who a patient is in the list, not their clinical record; the service audits the refusal.
			restrictedState.setMessage(signedIn.refusal(Permission.CLINICAL_READ));
			show(restrictedState);
			store.call(Messages.get("chart.job.open"), () -> charts.open(signedIn, patient), ignored -> {
			}, failure -> {
			});
			return;
		}
		Job[] job = new Job[1];
		// The service decides (caseload, emergency access) and audits the opening before anything of the chart is
		// read; a chart whose opening cannot be audited is not shown.
		job[0] = store.call(Messages.get("chart.job.open"), () -> {
			ChartOpening opening = charts.open(signedIn, patient);
			if (!(opening instanceof ChartOpening.Opened opened)) {
				return opening;
			}
			java.util.Map<String, String> staff = accounts == null ? java.util.Map.of() : accounts.names();
			// a duplicate merged into the chart of the same person opens that chart, at its current episode
			return ChartSummary.load(charts.view(signedIn, opened.patientId()), opened.mergedFrom() == null ? episode : null, LocalDate.now(), staff, forms);
		}, result -> {
			if (job[0] == loading && !stack.isDisposed()) {
				if (result instanceof ChartSummary summary) {
					if (!summary.patient().getId().equals(patient)) {
						// what is written from now on goes to the kept chart, never to the merged duplicate
						patientId = summary.patient().getId();
						application.getContext().set(CairnUi.ACTIVE_EPISODE, null);
						application.getContext().set(CairnUi.ACTIVE_PATIENT, patientId);
						events.post(CairnUi.TOPIC_STATUS_MESSAGE, Messages.get("chart.mergedInto"));
						return;
					}
					show(summary);
				} else {
					show(outsideState);
				}
			}
		}, failure -> {
			if (job[0] == loading && !stack.isDisposed()) {
				failureState.setMessage(failure.message());
				show(failureState);
			}
		});
		loading = job[0];
	}

	/**
	 * Emergency ("break-glass") access to a chart outside the caseload: the person states why; the service checks the
	 * role and the reason, audits the access as BREAK_GLASS with that reason, and opens the chart for the rest of the
	 * session.
	 */
	private void emergencyAccess() {
		String patient = patientId;
		if (patient == null) {
			return;
		}
		if (!session.has(Permission.BREAK_GLASS)) {
			// said at once, in words; the service audits the refusal
			Access.check(stack.getShell(), accounts, session, Permission.BREAK_GLASS, Messages.get("chart.emergency.action"), patient);
			return;
		}
		TextEntryDialog dialog = new TextEntryDialog(stack.getShell(), Messages.get("chart.emergency.title"), Messages.get("chart.emergency.title"),
				Messages.get("chart.emergency.message"), Messages.get("chart.emergency.reason"), Messages.get("chart.emergency.ok"),
				"chart.emergency.reason", true,
				text -> text.strip().length() < Charts.EMERGENCY_REASON_MIN ? List.of(Messages.get("chart.emergency.short")) : List.of());
		if (dialog.open() != TextEntryDialog.OK) {
			return;
		}
		String reason = dialog.value().strip();
		Session signedIn = session;
		store.call(Messages.get("chart.job.open"), () -> {
			charts.grantEmergencyAccess(signedIn, patient, reason);
			return patient;
		}, granted -> {
			if (granted.equals(patientId) && !stack.isDisposed()) {
				load();
			}
		}, failure -> {
			if (!stack.isDisposed()) {
				failureState.setMessage(failure.message());
				show(failureState);
			}
		});
	}

	private void show(Control top) {
		stackLayout.topControl = top;
		stack.layout(true, true);
	}

	private void show(ChartSummary summary) {
		shown = summary;
		scores = summary.scoresByRecord();
		Patient patient = summary.patient();
		String preferred = patient.getPreferredName() == null || patient.getPreferredName().isBlank() ? ""
				: Messages.format("chart.preferred", patient.getPreferredName());
		name.setText(Messages.format("chart.name", nz(patient.getFamilyName()), nz(patient.getGivenName()), preferred));
		List<String> facts = new ArrayList<>();
		if (summary.age() >= 0) {
			facts.add(Messages.format("chart.age", summary.age()));
		}
		facts.add(Messages.format("chart.mrn", nz(patient.getMrn())));
		if (patient.getBirthDate() != null) {
			facts.add(Messages.format("chart.born", Messages.date(patient.getBirthDate())));
		}
		details.setText(String.join(Messages.get("chart.separator"), facts));
		episodeLine.setText(summary.episodeText());
		careTeam.setText(summary.careTeamText());
		for (Control old : alerts.getChildren()) {
			old.dispose();
		}
		for (ChartSummary.ChartAlert alert : summary.alerts()) {
			Label label = new Label(alerts, SWT.NONE);
			label.setText(alert.text(forms));
			label.setData(CairnUi.WIDGET_ID, "chart.alert");
			label.setData(CairnUi.CSS_CLASS, alert.kind() == AlertKind.RISK ? "AlertRisk" : "AlertNote");
			if (alert.acknowledgeable()) {
				org.eclipse.swt.widgets.Link acknowledge = new org.eclipse.swt.widgets.Link(alerts, SWT.NONE);
				acknowledge.setText("<a>" + Messages.get("chart.alert.acknowledge") + "</a>");
				acknowledge.setData(CairnUi.WIDGET_ID, "chart.alert.acknowledge");
				acknowledge.addListener(SWT.Selection, event -> acknowledge(summary, alert, alert.text(forms)));
			}
		}
		if (summary.alerts().isEmpty()) {
			Label none = new Label(alerts, SWT.NONE);
			none.setText(Messages.get("chart.alert.none"));
			none.setData(CairnUi.WIDGET_ID, "chart.alert.none");
			none.setData(CairnUi.CSS_CLASS, "ChartDetails");
		}
		showTimeline();
		show(chart);
		application.getContext().set(CairnUi.ACTIVE_CHART, summary);
		chart.update();
		events.send(CairnUi.TOPIC_CHART_SHOWN, patient.getId());
		// The theme styles new labels when they are first laid out.
		chart.getDisplay().asyncExec(() -> {
			if (!chart.isDisposed()) {
				chart.reskin(SWT.ALL);
				chart.layout(true, true);
			}
		});
	}

	private void showTimeline() {
		if (shown == null) {
			return;
		}
		Set<String> kinds = FILTERS.get(Math.max(0, kindFilter.getSelectionIndex())).kinds();
		List<TimelineEntry> entries = kinds.isEmpty() ? shown.timeline()
				: shown.timeline().stream().filter(entry -> kinds.contains(entry.kind())).toList();
		timeline.setInput(entries);
		timelineSummary.setText(Messages.format("chart.timeline.count", entries.size()));
		timelineSummary.getParent().layout();
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	/**
	 * A clinician acknowledges a form's flag, saying what was done: a new version of the response records it, and
	 * the flag leaves the header.
	 */
	private void acknowledge(ChartSummary summary, ChartSummary.ChartAlert alert, String text) {
		org.cairn.ui.dialogs.TextEntryDialog dialog = new org.cairn.ui.dialogs.TextEntryDialog(chart.getShell(), Messages.get("chart.acknowledge.title"),
				Messages.get("chart.acknowledge.title"), Messages.format("chart.acknowledge.message", text), Messages.get("chart.acknowledge.note"),
				Messages.get("chart.acknowledge.ok"), "chart.acknowledge.note", false,
				note -> note.strip().length() < org.cairn.clinical.Assessments.ACKNOWLEDGEMENT_MIN
						? List.of(org.cairn.ui.Problems.words(org.cairn.clinical.Problem.of("assessment.flag.note", org.cairn.clinical.Assessments.ACKNOWLEDGEMENT_MIN)))
						: List.of());
		if (dialog.open() != org.cairn.ui.dialogs.TextEntryDialog.OK) {
			return;
		}
		String note = dialog.value().strip();
		String patientId = summary.patient().getId();
		org.cairn.security.Session signedIn = session;
		// the assessments service checks the chart, the flag and the note, and stores the acknowledgement
		store.call(Messages.get("chart.acknowledge.job"), () -> assessments.acknowledgeFlag(signedIn, alert.responseId(), alert.flag(), note),
				saved -> events.post(CairnUi.TOPIC_RECORDS_CHANGED, patientId),
				failure -> org.eclipse.jface.dialogs.MessageDialog.openError(chart.getShell(), Messages.get("chart.acknowledge.title"), failure.message()));
	}

	@Focus
	public void setFocus() {
		if (stackLayout.topControl == chart) {
			timeline.getTable().setFocus();
		} else {
			((Composite) stackLayout.topControl).setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		events.unsubscribe(recordsChanged);
		if (loading != null) {
			loading.cancel();
		}
	}

	private String nameOf(String userId) {
		return shown == null ? userId : shown.nameOf(userId);
	}
}
