package org.cairn.ui.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cairn.model.CairnFactory;
import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.PlanReview;
import org.cairn.model.Problem;
import org.cairn.model.Programme;
import org.cairn.model.Signature;
import org.cairn.store.Draft;
import org.cairn.store.SignedContent;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Editors;
import org.cairn.ui.Messages;
import org.cairn.ui.Undoable;
import org.cairn.clinical.CarePlanRules;
import org.cairn.clinical.CarePlanRules.Finding;
import org.cairn.clinical.CarePlans;
import org.cairn.ui.careplan.PlanField.Kind;
import org.cairn.ui.data.RecordEditing;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.security.Confirmation;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The care-plan editor: the tree of problems, long-term goals, SMART objectives and interventions on the left, the
 * selected element's fields on the right, and below them what a supervisor would ask to fix ({@link CarePlanRules}).
 * Every change is an undoable command ({@link PlanEditing}); unsaved work is autosaved as a draft every few
 * seconds, as notes are. Save (Ctrl+S) stores a version; a review stores the next revision, in force from the
 * review date; Compare shows any two versions side by side.
 */
public class CarePlanEditorPart implements Undoable, PlanField.Owner {

	/** Persisted-state key of the plan's record id. */
	public static final String PLAN = "cairn.plan";
	/** The part descriptor plans open from. */
	public static final String DESCRIPTOR = "org.cairn.ui.partdescriptor.careplan";

	@Inject
	private StoreAccess store;
	/** Work in progress is autosaved and restored through the drafts service: the person's own drafts only. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.clinical.Drafts drafts;
	/** Reads the stored record (audited there) under the rules of chart access. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.clinical.Charts charts;
	@Inject
	private org.cairn.security.Session session;
	/** Stores and signs the plan: the permission, the chart, the rules of a plan in force and the signature are decided there. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private CarePlans carePlans;
	@Inject
	private MPart part;
	@Inject
	private MDirtyable dirty;
	@Inject
	private IEventBroker events;

	private CarePlan plan;
	/** Load, draft, dirty, autosave, flush, save with a conflict's choices: the life cycle every record editor shares. */
	private RecordEditing<CarePlan> life;
	private Programme programme;
	private List<String> staff = List.of();
	private PlanEditing editing;
	private List<Finding> findings = List.of();

	private Composite body;
	private Label state;
	private TreeViewer tree;
	private ScrolledComposite detailsScroller;
	private Composite details;
	private final List<PlanField> fields = new ArrayList<>();
	private final List<PlanField> header = new ArrayList<>();
	private Composite headerFields;
	private Label revision;
	private Label findingsSummary;
	private TableViewer findingsTable;
	private Button addProblem;
	private Button addObjective;
	private Button addIntervention;
	private Button remove;
	private Button up;
	private Button down;
	private Button review;
	private Button sign;
	private Button compare;
	private String fieldProblem;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		body = new Composite(parent, SWT.NONE);
		body.setData(CairnUi.WIDGET_ID, "plan");
		body.setLayout(new GridLayout(1, false));
		life = new RecordEditing<>("plan", body, new RecordEditing.Host<>() {
			@Override
			public CarePlan snapshot() {
				return CarePlanEditorPart.this.snapshot();
			}

			@Override
			public void say(String text) {
				if (!state.isDisposed()) {
					state.setText(text);
				}
			}

			@Override
			public void stored(StoredRecord<CarePlan> stored) {
				CarePlanEditorPart.this.stored(stored);
			}

			@Override
			public void compare(CarePlan mine) {
				new org.cairn.ui.data.RecordCompareDialog(body.getShell(), charts, session, plan.getId(), mine).open();
			}
		}, dirty, store, drafts, session);
		editing = new PlanEditing(life.stack());

		Composite top = new Composite(body, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout topLayout = new GridLayout(2, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		top.setLayout(topLayout);
		state = new Label(top, SWT.WRAP);
		state.setData(CairnUi.WIDGET_ID, "plan.state");
		GridData stateData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		stateData.widthHint = 200;
		state.setLayoutData(stateData);
		state.setText(Messages.get("plan.loading"));
		revision = new Label(top, SWT.NONE);
		revision.setData(CairnUi.WIDGET_ID, "plan.revision");
		revision.setData(CairnUi.CSS_CLASS, "ChartDetails");
		revision.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

		headerFields = new Composite(body, SWT.NONE);
		headerFields.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		headerFields.setLayout(new GridLayout(6, false));

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite left = new Composite(sash, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		Composite actions = new Composite(left, SWT.NONE);
		GridData actionsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		actionsData.widthHint = 100;
		actions.setLayoutData(actionsData);
		RowLayout actionsLayout = new RowLayout(SWT.HORIZONTAL);
		actionsLayout.wrap = true;
		actionsLayout.marginLeft = 0;
		actions.setLayout(actionsLayout);
		addProblem = button(actions, "plan.addProblem", this::addProblem);
		addObjective = button(actions, "plan.addObjective", this::addObjective);
		addIntervention = button(actions, "plan.addIntervention", this::addIntervention);
		remove = button(actions, "plan.remove", this::removeSelected);
		up = button(actions, "plan.up", () -> moveSelected(-1));
		down = button(actions, "plan.down", () -> moveSelected(1));
		tree = new TreeViewer(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setData(CairnUi.WIDGET_ID, "plan.tree");
		tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setContentProvider(new PlanTree.Content());
		tree.setLabelProvider(new PlanTree.Labels(() -> findings));
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		tree.addSelectionChangedListener(event -> showDetails());
		// Enter goes to the selected element's first field; Alt+Up and Alt+Down reorder; Delete removes.
		tree.getTree().addListener(SWT.DefaultSelection, event -> focusDetails());
		tree.getTree().addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.ALT) != 0 && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
				moveSelected(event.keyCode == SWT.ARROW_UP ? -1 : 1);
				event.doit = false;
			} else if (event.keyCode == SWT.DEL) {
				removeSelected();
			}
		});

		detailsScroller = new ScrolledComposite(sash, SWT.V_SCROLL);
		detailsScroller.setExpandHorizontal(true);
		detailsScroller.setExpandVertical(true);
		details = new Composite(detailsScroller, SWT.NONE);
		details.setData(CairnUi.WIDGET_ID, "plan.details");
		details.setLayout(new GridLayout(1, false));
		detailsScroller.setContent(details);
		detailsScroller.addListener(SWT.Resize, event -> layoutDetails());
		sash.setWeights(45, 55);

		findingsSummary = new Label(body, SWT.WRAP);
		findingsSummary.setData(CairnUi.WIDGET_ID, "plan.findings.summary");
		findingsSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		findingsTable = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		findingsTable.getTable().setData(CairnUi.WIDGET_ID, "plan.findings");
		GridData findingsData = new GridData(SWT.FILL, SWT.FILL, true, false);
		findingsData.heightHint = 90;
		findingsTable.getTable().setLayoutData(findingsData);
		findingsTable.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		findingsTable.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return PlanWords.text((Finding) element);
			}
		});
		// Enter or a double click on a finding selects the element it is about.
		findingsTable.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Finding finding) {
				tree.setSelection(new StructuredSelection(finding.element()), true);
				focusDetails();
			}
		});

		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
		compare = button(buttons, "plan.compare", this::compareVersions);
		review = button(buttons, "plan.review", this::review);
		sign = button(buttons, "plan.sign", this::sign);
		setEnabled(false);
		load();
	}

	private Button button(Composite parent, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.get(id));
		button.setData(CairnUi.WIDGET_ID, id);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Reads the plan (its draft when there is one), the episode's programme (review cadence) and the staff to choose from. */
	private void load() {
		String id = part.getPersistedState().computeIfAbsent(PLAN, key -> "cp-" + UUID.randomUUID());
		String patient = part.getPersistedState().get(Editors.PATIENT);
		String episode = part.getPersistedState().get(Editors.EPISODE);
		org.cairn.security.Session reader = session;
		store.call(Messages.get("plan.job.open"), () -> {
			// read through the service, which audits it (a new plan has nothing to read yet)
			Optional<StoredRecord<ClinicalRecord>> stored = charts.read(reader, id);
			Optional<Draft<ClinicalRecord>> draft = drafts.draft(reader, id);
			String episodeId = stored.map(s -> ((CarePlan) s.record()).getEpisodeId())
					.orElse(draft.map(d -> d.record() instanceof CarePlan p ? p.getEpisodeId() : null).orElse(episode));
			String patientId = stored.map(s -> ((CarePlan) s.record()).getPatientId()).orElse(patient);
			Programme programme = episodeId == null || patientId == null ? null
					: charts.view(reader, patientId).record(episodeId).map(s -> s.record() instanceof EpisodeOfCare e ? e.getProgramme() : null).orElse(null);
			return new Loaded(stored.orElse(null), draft.orElse(null), programme, charts.careTeamStaff(reader));
		}, loaded -> {
			if (body.isDisposed()) {
				return;
			}
			programme = loaded.programme();
			staff = loaded.staff();
			plan = life.loaded(loaded.stored(), loaded.draft(), CarePlan.class).orElseGet(() -> newPlan(id, patient, episode));
			editing.stack().addCommandStackListener(event -> body.getDisplay().asyncExec(this::changed));
			showPlan(life.restoredDraft() ? state.getText() : null);
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(failure.message());
			}
		});
	}

	private record Loaded(StoredRecord<ClinicalRecord> stored, Draft<ClinicalRecord> draft, Programme programme, List<String> staff) {
	}

	private static CarePlan newPlan(String id, String patient, String episode) {
		CarePlan plan = CairnFactory.eINSTANCE.createCarePlan();
		plan.setId(id);
		plan.setPatientId(patient);
		plan.setEpisodeId(episode);
		plan.setRevision(1);
		plan.setStatus(CarePlanStatus.DRAFT);
		plan.setEffectiveFrom(LocalDate.now());
		return plan;
	}

	/** The days until the next review: 30 in detox, residential and intensive outpatient care, 90 elsewhere. */
	static int reviewCadence(Programme programme) {
		if (programme == null) {
			return 30;
		}
		return switch (programme) {
		case DETOX, RESIDENTIAL, INTENSIVE_OUTPATIENT -> 30;
		default -> 90;
		};
	}

	private void showPlan(String message) {
		for (Control child : headerFields.getChildren()) {
			child.dispose();
		}
		header.clear();
		header.add(new PlanField(headerFields, this, plan, CairnPackage.Literals.CARE_PLAN__STATUS, Kind.CHOICE, staff, 0, 0, false));
		header.add(new PlanField(headerFields, this, plan, CairnPackage.Literals.CARE_PLAN__EFFECTIVE_FROM, Kind.DATE, staff, 0, 0, false));
		header.add(new PlanField(headerFields, this, plan, CairnPackage.Literals.CARE_PLAN__REVIEW_DUE, Kind.DATE, staff, 0, 0, false));
		tree.setInput(new Object[] { plan });
		tree.setSelection(new StructuredSelection(plan));
		setEnabled(true);
		refresh(message);
		body.layout(true, true);
	}

	/** After any change (made, undone or redone): the tree, the fields, the findings, the dirty marker. */
	private void changed() {
		if (body.isDisposed() || plan == null) {
			return;
		}
		findings = CarePlanRules.check(plan);
		tree.refresh();
		List<EObject> affected = editing.affected();
		if (!affected.isEmpty() && !(affected.get(0) instanceof CarePlan) && !affected.contains(selected())) {
			tree.setSelection(new StructuredSelection(affected.get(0)), true);
		}
		if (fields.isEmpty() || fields.get(0).element != selected() || fields.stream().anyMatch(field -> field.element.eContainer() == null
				&& !(field.element instanceof CarePlan))) {
			showDetails();
		}
		fields.forEach(PlanField::show);
		header.forEach(PlanField::show);
		edited();
		refresh(null);
	}

	private void refresh(String message) {
		findings = CarePlanRules.check(plan);
		tree.refresh();
		findingsTable.setInput(findings);
		((GridData) findingsTable.getTable().getLayoutData()).exclude = findings.isEmpty();
		findingsTable.getTable().setVisible(!findings.isEmpty());
		findingsSummary.setText(findings.isEmpty() ? Messages.get("plan.findings.none")
				: Messages.format("plan.findings.some", findings.size()));
		int version = life.version();
		revision.setText(Messages.format("plan.revisionLabel", plan.getRevision(), version == 0 ? Messages.get("plan.notSaved")
				: Messages.format("plan.version", version)));
		if (!Messages.get("plan.tab").equals(part.getLabel())) {
			part.setLabel(Messages.get("plan.tab"));
			part.updateLocalization();
		}
		if (message != null) {
			state.setText(message);
		} else if (fieldProblem != null) {
			state.setText(fieldProblem);
		} else if (!life.saving() && !dirty.isDirty()) {
			state.setText(version == 0 ? Messages.get("plan.state.new") : Messages.format("plan.state.saved", version));
		}
		// A plan that is not what was signed says so in the risk colour, with who signed it and when.
		boolean changed = message == null && fieldProblem == null && !life.saving() && !dirty.isDirty() && !SignedContent.matches(plan);
		if (changed) {
			Signature first = plan.getSignatures().get(0);
			state.setText(Messages.format("plan.state.changedSinceSigned", first.getSignerId(), Messages.dateTime(first.getSignedAt())));
		}
		if (styling != null) {
			styling.setClassname(state, changed ? "NoteStateWarning" : "NoteState");
		}
		refreshButtons(selected());
		compare.setEnabled(life.version() > 0);
		body.layout(true, true);
	}

	private void setEnabled(boolean enabled) {
		for (Button button : new Button[] { addProblem, addObjective, addIntervention, remove, up, down, review, sign, compare }) {
			button.setEnabled(enabled);
		}
	}

	private EObject selected() {
		Object first = tree.getStructuredSelection().getFirstElement();
		return first instanceof EObject element ? element : plan;
	}

	/** The selected element's fields, built anew when the selection moves. */
	private void showDetails() {
		commitPending();
		for (Control child : details.getChildren()) {
			child.dispose();
		}
		fields.clear();
		EObject element = selected();
		if (element == null) {
			return;
		}
		Label title = new Label(details, SWT.NONE);
		title.setData(CairnUi.WIDGET_ID, "plan.details.title");
		title.setData(CairnUi.CSS_CLASS, "ChartName");
		title.setText(PlanWords.place(element));
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		switch (element) {
		case CarePlan p -> {
			field(p, CairnPackage.Literals.CARE_PLAN__STRENGTHS, Kind.LINES);
			field(p, CairnPackage.Literals.CARE_PLAN__BARRIERS, Kind.LINES);
			field(p, CairnPackage.Literals.CARE_PLAN__PREFERENCES, Kind.LINES);
			field(p, CairnPackage.Literals.CARE_PLAN__DISCHARGE_CRITERIA, Kind.LONG);
			field(p, CairnPackage.Literals.CARE_PLAN__CRISIS_PLAN, Kind.LONG);
		}
		case Problem p -> {
			field(p, CairnPackage.Literals.PROBLEM__STATEMENT, Kind.LONG);
			field(p, CairnPackage.Literals.PROBLEM__EVIDENCE, Kind.LONG);
			number(p, CairnPackage.Literals.PROBLEM__PRIORITY, 1, 99);
			field(p, CairnPackage.Literals.PROBLEM__STATUS, Kind.CHOICE);
		}
		case Goal g -> field(g, CairnPackage.Literals.GOAL__STATEMENT, Kind.LONG);
		case Objective o -> {
			field(o, CairnPackage.Literals.OBJECTIVE__STATEMENT, Kind.LONG);
			field(o, CairnPackage.Literals.OBJECTIVE__MEASURE, Kind.TEXT);
			field(o, CairnPackage.Literals.OBJECTIVE__BASELINE, Kind.TEXT);
			field(o, CairnPackage.Literals.OBJECTIVE__TARGET, Kind.TEXT);
			field(o, CairnPackage.Literals.OBJECTIVE__START_ON, Kind.DATE);
			field(o, CairnPackage.Literals.OBJECTIVE__TARGET_ON, Kind.DATE);
			field(o, CairnPackage.Literals.OBJECTIVE__STATUS, Kind.CHOICE);
			number(o, CairnPackage.Literals.OBJECTIVE__PROGRESS_RATING, 0, 10);
		}
		case Intervention i -> {
			field(i, CairnPackage.Literals.INTERVENTION__DESCRIPTION, Kind.LONG);
			field(i, CairnPackage.Literals.INTERVENTION__MODALITY, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__FREQUENCY, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__DURATION, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__RESPONSIBLE_STAFF_ID, Kind.STAFF);
			field(i, CairnPackage.Literals.INTERVENTION__LOCATION, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__EVIDENCE_BASED_PRACTICE, Kind.TEXT);
		}
		default -> {
		}
		}
		boolean editable = plan.getStatus() != CarePlanStatus.ENTERED_IN_ERROR;
		fields.forEach(field -> field.control().setEnabled(editable));
		layoutDetails();
		refreshButtons(element);
	}

	private void refreshButtons(EObject selected) {
		addObjective.setEnabled(!(selected instanceof CarePlan));
		addIntervention.setEnabled(selected instanceof Objective || selected instanceof Intervention);
		remove.setEnabled(selected instanceof Problem || selected instanceof Objective || selected instanceof Intervention);
		up.setEnabled(remove.getEnabled());
		down.setEnabled(remove.getEnabled());
	}

	private void field(EObject element, EAttribute attribute, Kind kind) {
		fields.add(new PlanField(details, this, element, attribute, kind, staff, 0, 0, true));
	}

	private void number(EObject element, EAttribute attribute, int min, int max) {
		fields.add(new PlanField(details, this, element, attribute, Kind.NUMBER, staff, min, max, true));
	}

	private void layoutDetails() {
		details.layout(true, true);
		detailsScroller.setMinSize(details.computeSize(detailsScroller.getClientArea().width, SWT.DEFAULT));
	}

	private void focusDetails() {
		if (!fields.isEmpty()) {
			fields.get(0).control().setFocus();
		}
	}

	private void commitPending() {
		for (PlanField field : new ArrayList<>(fields)) {
			field.commit();
		}
		for (PlanField field : new ArrayList<>(header)) {
			field.commit();
		}
	}

	private boolean anyPending() {
		return fields.stream().anyMatch(PlanField::pending) || header.stream().anyMatch(PlanField::pending);
	}

	// PlanField.Owner

	@Override
	public void typed() {
		edited();
	}

	@Override
	public boolean commit(EObject element, EAttribute attribute, Object value) {
		if (attribute == CairnPackage.Literals.CARE_PLAN__STATUS && value == CarePlanStatus.ACTIVE && !CarePlanRules.check(plan).isEmpty()) {
			state.setText(Messages.format("plan.problem.activate", CarePlanRules.check(plan).size()));
			return false;
		}
		return editing.set(element, attribute, value);
	}

	@Override
	public void problem(PlanField field, String problem) {
		fieldProblem = problem;
		if (problem != null) {
			state.setText(problem);
		}
	}

	// Editing

	private void addProblem() {
		commitPending();
		Problem problem = editing.addProblem(plan);
		select(problem);
	}

	private void addObjective() {
		commitPending();
		Goal goal = switch (selected()) {
		case Problem p -> p.getGoal();
		case Goal g -> g;
		case Objective o -> (Goal) o.eContainer();
		case Intervention i -> (Goal) i.eContainer().eContainer();
		default -> null;
		};
		if (goal != null) {
			select(editing.addObjective(goal, LocalDate.now()));
		}
	}

	private void addIntervention() {
		commitPending();
		Objective objective = switch (selected()) {
		case Objective o -> o;
		case Intervention i -> (Objective) i.eContainer();
		default -> null;
		};
		if (objective != null) {
			select(editing.addIntervention(objective));
		}
	}

	private void select(EObject element) {
		tree.refresh();
		tree.setSelection(new StructuredSelection(element), true);
		focusDetails();
	}

	private void removeSelected() {
		commitPending();
		EObject element = selected();
		EObject parent = element.eContainer();
		String place = PlanWords.place(element);
		if (editing.remove(element)) {
			tree.refresh();
			tree.setSelection(new StructuredSelection(parent instanceof Goal goal && goal.getObjectives().isEmpty() ? goal.eContainer() : parent));
			tree.getTree().setFocus();
			state.setText(Messages.format("plan.state.removed", place));
		}
	}

	private void moveSelected(int delta) {
		commitPending();
		EObject element = selected();
		if (editing.move(element, delta)) {
			tree.refresh();
			tree.setSelection(new StructuredSelection(element), true);
		}
	}

	@Override
	public boolean canUndo() {
		return plan != null && (editing.stack().canUndo() || anyPending());
	}

	@Override
	public boolean canRedo() {
		return plan != null && editing.stack().canRedo();
	}

	@Override
	public void undo() {
		commitPending();
		if (editing.stack().canUndo()) {
			editing.stack().undo();
		}
	}

	@Override
	public void redo() {
		if (editing.stack().canRedo()) {
			editing.stack().redo();
		}
	}

	/** Something changed: the plan is dirty (unless all is as stored), and an autosave follows in a few seconds. */
	private void edited() {
		if (plan == null || body.isDisposed()) {
			return;
		}
		life.edited(life.restoredDraft() || editing.saveNeeded() || anyPending());
	}

	/** A copy of the plan with what is typed but not yet committed, for the draft. */
	private CarePlan snapshot() {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		CarePlan copy = (CarePlan) copier.copy(plan);
		copier.copyReferences();
		for (PlanField field : fields) {
			if (field.pending() && copier.get(field.element) != null) {
				try {
					copier.get(field.element).eSet(field.attribute, field.value());
				} catch (IllegalArgumentException e) {
					// Not readable yet: the committed value stays in the draft, the text on screen.
				}
			}
		}
		return copy;
	}

	/** Ctrl+S or File › Save: stores the plan as a new version. An active plan must have nothing left to fix. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	org.eclipse.e4.ui.services.IStylingEngine styling;

	@Persist
	public void save() {
		store(Messages.get("plan.reason.saved"), null);
	}

	private void store(String reason, Runnable after) {
		store(reason, false, after);
	}

	/** Stores the plan, or signs and stores it; a refusal (permission, chart, rules) leaves it on screen, unsaved, with its draft. */
	private void store(String reason, boolean signing, Runnable after) {
		if (plan == null || life.saving()) {
			return;
		}
		commitPending();
		if (fieldProblem != null) {
			state.setText(fieldProblem);
			return;
		}
		if (plan.getStatus() == CarePlanStatus.ACTIVE && !CarePlanRules.check(plan).isEmpty()) {
			state.setText(Messages.format("plan.problem.saveActive", CarePlanRules.check(plan).size()));
			return;
		}
		life.store((signedIn, copy, based) -> signing ? carePlans.sign(signedIn, copy, based, Messages.get("plan.sign.meaning"), reason)
				: carePlans.save(signedIn, copy, based, reason), after);
	}

	/** What the service stored, shown: a signed plan with its new signature and status (the saved state includes them). */
	private void stored(StoredRecord<CarePlan> stored) {
		List<Signature> signatures = stored.record().getSignatures();
		if (signatures.size() > plan.getSignatures().size()) {
			if (plan.getStatus() != stored.record().getStatus()) {
				editing.set(plan, CairnPackage.Literals.CARE_PLAN__STATUS, stored.record().getStatus());
			}
			editing.sign(plan, EcoreUtil.copy(signatures.get(signatures.size() - 1)));
		}
		editing.saved();
		dirty.setDirty(anyPending());
		refresh(Messages.format("plan.state.saved", stored.version()));
		events.post(CairnUi.TOPIC_RECORDS_CHANGED, plan.getPatientId());
	}

	/** A review: the next revision, in force from the review date, with the next review due; stored at once. */
	private void review() {
		commitPending();
		List<Finding> open = CarePlanRules.check(plan);
		if (!open.isEmpty()) {
			state.setText(Messages.format("plan.problem.review", open.size()));
			return;
		}
		ReviewDialog dialog = new ReviewDialog(body.getShell(), LocalDate.now(), reviewCadence(programme));
		if (dialog.open() != ReviewDialog.OK) {
			return;
		}
		PlanReview entry = CairnFactory.eINSTANCE.createPlanReview();
		entry.setReviewedOn(dialog.reviewedOn());
		entry.setReviewerId(session.userId());
		entry.setReason(dialog.reason());
		entry.setSummary(dialog.summary());
		editing.review(plan, entry, dialog.nextReview());
		store(Messages.format("plan.reason.review", plan.getRevision()), null);
	}

	/** Signs the plan as its clinician, after the password is given again, and stores it (a SIGN audit event). */
	private void sign() {
		commitPending();
		if (!CarePlanRules.check(plan).isEmpty()) {
			state.setText(Messages.format("plan.problem.sign", CarePlanRules.check(plan).size()));
			return;
		}
		if (!Confirmation.byPassword(body.getShell(), session, Messages.get("plan.sign.title"), Messages.get("plan.sign.confirm"), Messages.get("confirm.sign"),
				"signing a care plan")) {
			return;
		}
		// the service makes the signature (signer, time, hash of what is signed) and audits it with the version
		store(Messages.get("plan.reason.signed"), true, null);
	}

	private void compareVersions() {
		commitPending();
		new org.cairn.ui.data.RecordCompareDialog(body.getShell(), charts, session, plan.getId(), dirty.isDirty() ? snapshot() : null).open();
	}

	@Focus
	public void setFocus() {
		tree.getTree().setFocus();
	}

	@PreDestroy
	public void dispose() {
		// work not yet autosaved goes to the draft now, so that closing Cairn loses nothing
		life.flush(plan == null ? null : snapshot());
	}
}
