package org.cairn.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.security.Permission;
import org.cairn.clinical.Charts;
import org.cairn.security.Session;
import org.cairn.store.CensusEntry;
import org.cairn.store.CensusFilter;
import org.cairn.store.PatientMatch;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The left area: search as you type (name, MRN or date of birth) and the census of episodes, narrowed by
 * programme, phase and clinician, with or without discharged episodes. Enter or a double click opens the chart.
 * The store is only ever read in jobs; column widths and the sort order are kept with the layout.
 */
public class PatientListPart {

	/** How long typing must pause before a search runs. */
	static final int SEARCH_DELAY_MS = 200;
	/** The most patients a search lists. */
	static final int SEARCH_LIMIT = 200;

	private static final String STATE_WIDTHS = "patients.columnWidths";
	private static final String STATE_SORT = "patients.sort";

	/** The columns, most needed first: who, which chart, which programme and phase fit the list's usual width. */
	private final List<Column> columns = List.of(
			new Column("name", "patients.column.name", 150, PatientRow::name, Comparator.comparing(r -> r.name().toLowerCase())),
			new Column("mrn", "patients.column.mrn", 80, PatientRow::mrn, Comparator.comparing(r -> nz(r.mrn()))),
			new Column("programme", "patients.column.programme", 75,
					r -> r.programme() == null ? "" : Messages.get("programme.short." + r.programme().name()),
					Comparator.comparing(r -> Messages.label(r.programme()))),
			new Column("phase", "patients.column.phase", 140, r -> Messages.label(r.phase()),
					Comparator.comparing(r -> r.phase() == null ? Integer.MAX_VALUE : r.phase().ordinal())),
			new Column("age", "patients.column.age", 40, r -> r.age(LocalDate.now()) < 0 ? "" : String.valueOf(r.age(LocalDate.now())),
					Comparator.comparing(r -> r.birthDate() == null ? LocalDate.MAX : r.birthDate(), Comparator.reverseOrder())),
			new Column("day", "patients.column.day", 50, r -> r.admittedOn() == null ? "" : String.valueOf(r.dayInTreatment(LocalDate.now())),
					Comparator.comparingLong(r -> r.dayInTreatment(LocalDate.now()))),
			new Column("review", "patients.column.review", 100, PatientListPart::review,
					Comparator.comparing(r -> r.reviewDue() == null ? LocalDate.MAX : r.reviewDue())));

	private record Column(String id, String titleKey, int width, Function<PatientRow, String> text, Comparator<PatientRow> order) {
	}

	@Inject
	private StoreAccess store;
	/** Who is found and listed, and the person's drafts, come from the services. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private Charts charts;
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.clinical.Drafts drafts;
	@Inject
	private Session session;
	@Inject
	private MApplication application;
	@Inject
	private MPart part;
	@Inject
	private IEventBroker events;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.EPartService parts;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.EModelService model;
	private final EventHandler recordsChanged = event -> {
		loadClinicians();
		refresh();
	};

	private Text search;
	private Combo programme;
	private Combo phase;
	private Combo clinician;
	private Button discharged;
	private TableViewer viewer;
	private Label summary;
	private Job running;
	private int sortColumn;
	private int sortDirection = SWT.UP;
	private Runnable pendingSearch;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 6;
		layout.marginHeight = 6;
		parent.setLayout(layout);

		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.get("patients.search.hint"));
		search.setData(CairnUi.WIDGET_ID, "patients.search");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addModifyListener(event -> scheduleSearch());
		search.addListener(SWT.DefaultSelection, event -> {
			// Enter in the search field opens the first patient listed.
			Object first = viewer.getElementAt(0);
			if (first instanceof PatientRow row) {
				open(row);
			}
		});
		search.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN && viewer.getTable().getItemCount() > 0) {
				viewer.getTable().setFocus();
				viewer.getTable().setSelection(0);
			}
		});

		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout filterLayout = new GridLayout(2, false);
		filterLayout.marginWidth = 0;
		filterLayout.marginHeight = 2;
		filters.setLayout(filterLayout);
		programme = filter(filters, "patients.filter.programme", "patients.programme");
		programme.add(Messages.get("patients.filter.any"));
		for (Programme value : Programme.values()) {
			programme.add(Messages.label(value));
		}
		programme.select(0);
		phase = filter(filters, "patients.filter.phase", "patients.phase");
		phase.add(Messages.get("patients.filter.any"));
		for (Phase value : Phase.values()) {
			phase.add(Messages.label(value));
		}
		phase.select(0);
		clinician = filter(filters, "patients.filter.clinician", "patients.clinician");
		clinician.add(Messages.get("patients.filter.anyone"));
		clinician.select(0);
		discharged = new Button(filters, SWT.CHECK);
		discharged.setText(Messages.get("patients.filter.discharged"));
		discharged.setData(CairnUi.WIDGET_ID, "patients.discharged");
		discharged.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		discharged.addListener(SWT.Selection, event -> refresh());

		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setData(CairnUi.WIDGET_ID, "patients.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		String[] widths = part.getPersistedState().getOrDefault(STATE_WIDTHS, "").split(",");
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			TableColumn tableColumn = viewerColumn.getColumn();
			tableColumn.setText(Messages.get(column.titleKey()));
			tableColumn.setWidth(width(widths, i, column.width()));
			tableColumn.setMoveable(false);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String text = column.text().apply((PatientRow) element);
					return text == null ? "" : text;
				}
			});
			int index = i;
			tableColumn.addListener(SWT.Selection, event -> sortBy(index, sortColumn == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP));
		}
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer ignored, Object a, Object b) {
				int order = columns.get(sortColumn).order().compare((PatientRow) a, (PatientRow) b);
				if (order == 0) {
					order = columns.get(0).order().compare((PatientRow) a, (PatientRow) b);
				}
				return sortDirection == SWT.UP ? order : -order;
			}
		});
		restoreSort();
		viewer.addOpenListener(event -> {
			Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (row instanceof PatientRow patient) {
				open(patient);
			}
		});

		summary = new Label(parent, SWT.WRAP);
		summary.setData(CairnUi.WIDGET_ID, "patients.summary");
		summary.setData(CairnUi.CSS_CLASS, "ListSummary");
		GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		summaryData.widthHint = 200; // wraps to the list's width rather than widening it
		summary.setLayoutData(summaryData);
		summary.setText(Messages.get("patients.loading"));

		loadClinicians();
		refresh();
		reopenDrafts();
		// Delivered on the UI thread (not headless).
		events.subscribe(CairnUi.TOPIC_RECORDS_CHANGED, null, recordsChanged, false);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	private static String review(PatientRow row) {
		if (row.reviewDue() == null) {
			return "";
		}
		String date = Messages.date(row.reviewDue());
		return row.reviewDue().isBefore(LocalDate.now()) ? Messages.format("patients.review.overdue", date) : date;
	}

	private static int width(String[] saved, int index, int fallback) {
		try {
			return index < saved.length ? Math.max(20, Integer.parseInt(saved[index].trim())) : fallback;
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	private Combo filter(Composite parent, String labelKey, String id) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(Messages.get(labelKey));
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, id);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, event -> refresh());
		return combo;
	}

	private void sortBy(int column, int direction) {
		sortColumn = column;
		sortDirection = direction;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(direction);
		viewer.refresh();
	}

	private void restoreSort() {
		String saved = part.getPersistedState().get(STATE_SORT);
		int column = 0;
		int direction = SWT.UP;
		if (saved != null && saved.contains(":")) {
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i).id().equals(saved.substring(0, saved.indexOf(':')))) {
					column = i;
				}
			}
			direction = saved.endsWith(":down") ? SWT.DOWN : SWT.UP;
		}
		sortBy(column, direction);
	}

	@PersistState
	public void persistState() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		List<String> widths = new ArrayList<>();
		for (TableColumn column : viewer.getTable().getColumns()) {
			widths.add(String.valueOf(column.getWidth()));
		}
		part.getPersistedState().put(STATE_WIDTHS, String.join(",", widths));
		part.getPersistedState().put(STATE_SORT, columns.get(sortColumn).id() + (sortDirection == SWT.DOWN ? ":down" : ":up"));
	}

	private void scheduleSearch() {
		if (pendingSearch != null) {
			search.getDisplay().timerExec(-1, pendingSearch);
		}
		pendingSearch = this::refresh;
		search.getDisplay().timerExec(SEARCH_DELAY_MS, pendingSearch);
	}

	private CensusFilter censusFilter() {
		CensusFilter filter = CensusFilter.open();
		if (programme.getSelectionIndex() > 0) {
			filter = filter.programme(Programme.values()[programme.getSelectionIndex() - 1]);
		}
		if (phase.getSelectionIndex() > 0) {
			filter = filter.phase(Phase.values()[phase.getSelectionIndex() - 1]);
		}
		if (clinician.getSelectionIndex() > 0) {
			filter = filter.staff(clinician.getItem(clinician.getSelectionIndex()));
		}
		return discharged.getSelection() ? filter.withDischarged() : filter;
	}

	/** Lists the census, or the patients matching the search text, in a job; a newer refresh supersedes it. */
	void refresh() {
		if (search.isDisposed()) {
			return;
		}
		pendingSearch = null;
		Session session = this.session;
		if (!session.has(Permission.DEMOGRAPHICS_READ)) {
			// Nothing of any patient is read for someone whose roles do not show patients (an administrator, an auditor).
			viewer.setInput(List.of());
			summary.setText(session.refusal(Permission.DEMOGRAPHICS_READ));
			search.setEnabled(false);
			summary.getParent().layout(true, true);
			return;
		}
		String query = search.getText().strip();
		CensusFilter filter = censusFilter();
		boolean narrowed = filter.programme() != null || filter.phase() != null || filter.staffId() != null;
		if (running != null) {
			running.cancel();
		}
		Job[] job = new Job[1];
		job[0] = store.call(Messages.get(query.isEmpty() ? "patients.job.census" : "patients.job.search"),
				() -> query.isEmpty() ? census(charts, session, filter) : search(charts, session, query, filter, narrowed),
				rows -> {
					if (job[0] == running && !viewer.getTable().isDisposed()) {
						show(rows, query);
					}
				}, failure -> {
					if (job[0] == running && !summary.isDisposed()) {
						viewer.setInput(List.of());
						summary.setText(failure.message());
					}
				});
		running = job[0];
	}

	private static List<PatientRow> census(Charts charts, Session session, CensusFilter filter) {
		return charts.census(session, filter).stream().map(PatientRow::of).toList();
	}

	/** Patients matching {@code query}, each with their open episode; narrowed to the filters' episodes when any is set. */
	private static List<PatientRow> search(Charts charts, Session session, String query, CensusFilter filter, boolean narrowed) {
		Map<String, CensusEntry> episodes = new HashMap<>();
		for (CensusEntry entry : charts.census(session, filter)) {
			episodes.putIfAbsent(entry.patientId(), entry);
		}
		List<PatientRow> rows = new ArrayList<>();
		for (PatientMatch match : charts.find(session, query, SEARCH_LIMIT)) {
			CensusEntry episode = episodes.get(match.id());
			if (episode != null || !narrowed) {
				rows.add(PatientRow.of(match, episode));
			}
		}
		return rows;
	}

	private void show(List<PatientRow> rows, String query) {
		viewer.setInput(rows);
		if (query.isEmpty()) {
			summary.setText(rows.isEmpty() ? Messages.get("patients.census.empty") : Messages.format("patients.census.count", rows.size()));
		} else if (rows.isEmpty()) {
			summary.setText(Messages.get("patients.search.none"));
		} else {
			summary.setText(rows.size() >= SEARCH_LIMIT ? Messages.format("patients.search.more", rows.size())
					: Messages.format("patients.search.count", rows.size()));
		}
	}

	private void loadClinicians() {
		Session reader = session;
		store.call(Messages.get("patients.job.clinicians"), () -> charts.careTeamStaff(reader), staff -> {
			if (clinician.isDisposed()) {
				return;
			}
			String selected = clinician.getSelectionIndex() > 0 ? clinician.getItem(clinician.getSelectionIndex()) : null;
			clinician.removeAll();
			clinician.add(Messages.get("patients.filter.anyone"));
			staff.forEach(clinician::add);
			clinician.select(selected == null ? 0 : Math.max(0, staff.indexOf(selected) + 1));
		}, failure -> {
			// The list itself reports the store's failure.
		});
	}

	/**
	 * Unsaved work left by a crash (or by closing Cairn with an editor open) reopens where it was: every session
	 * note and care-plan draft of this user opens in its editor, which continues the draft.
	 */
	private void reopenDrafts() {
		Session writer = session;
		store.call(Messages.get("patients.job.drafts"), () -> drafts.mine(writer), mine -> {
			for (org.cairn.store.DraftEntry draft : mine) {
				if ("SessionNote".equals(draft.kind()) && draft.patientId() != null) {
					org.cairn.ui.notes.Notes.open(parts, model, application, draft.recordId(), draft.patientId(), null);
				} else if ("GroupSession".equals(draft.kind())) {
					org.cairn.ui.groups.Groups.open(parts, model, application, draft.recordId());
				} else if ("CarePlan".equals(draft.kind()) && draft.patientId() != null) {
					org.cairn.ui.careplan.CarePlans.open(parts, model, application, draft.recordId(), draft.patientId(), null);
				}
			}
		}, failure -> {
			// The list reports the store's failure.
		});
	}

	/** Opens {@code row}'s chart in the centre: the chart follows the application's active patient. */
	private void open(PatientRow row) {
		IEclipseContext context = application.getContext();
		context.set(CairnUi.ACTIVE_EPISODE, row.episodeId());
		context.set(CairnUi.ACTIVE_PATIENT, row.patientId());
	}

	@Focus
	public void setFocus() {
		search.setFocus();
	}

	@PreDestroy
	public void dispose() {
		events.unsubscribe(recordsChanged);
		if (running != null) {
			running.cancel();
		}
	}
}
