package org.cairn.ui.careplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.EpisodeOfCare;
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
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
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
public class CarePlanEditorPart implements Undoable, PlanField.Owner, PlanOutline.Host {

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
	/** The staff's names, for responsibility chosen by name. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.security.Accounts accounts;
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
	/** The care teams' staff to choose from: names by user id, in the order the service gives them. */
	private java.util.Map<String, String> staff = java.util.Map.of();
	/** Everyone's names by user id: who signed, shown by name. */
	private java.util.Map<String, String> names = java.util.Map.of();
	private String tab = Messages.get("plan.tab");
	private PlanEditing editing;
	private List<Finding> findings = List.of();

	private Composite body;
	private Label state;
	private PlanOutline outline;
	private PlanDetails details;
	private Label revision;
	private PlanFindings findingsList;
	private Button review, sign, compare;
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
				CarePlanEditorPart.this.say(text);
			}

			@Override
			public void stored(StoredRecord<CarePlan> stored) {
				CarePlanEditorPart.this.stored(stored);
			}

			@Override
			public void compare(CarePlan mine) {
				new org.cairn.ui.data.RecordCompareDialog(body.getShell(), charts, accounts, session, plan.getId(), mine).open();
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

		details = new PlanDetails(body, this);

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		outline = new PlanOutline(sash, this);
		details.createFields(sash);
		sash.setWeights(45, 55);

		findingsList = new PlanFindings(body, finding -> {
			outline.tree.setSelection(new StructuredSelection(finding.element()), true);
			details.focus();
		});

		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
		compare = PlanOutline.button(buttons, "plan.compare", this::compareVersions);
		review = PlanOutline.button(buttons, "plan.review", this::review);
		sign = PlanOutline.button(buttons, "plan.sign", this::sign);
		setEnabled(false);
		load();
	}

	// PlanOutline.Host

	@Override
	public CarePlan plan() {
		return plan;
	}

	@Override
	public PlanEditing editing() {
		return editing;
	}

	@Override
	public PlanDetails details() {
		return details;
	}

	@Override
	public List<Finding> findings() {
		return findings;
	}

	@Override
	public void say(String text) {
		if (!state.isDisposed()) {
			state.setText(text);
		}
	}

	@Override
	public void selectionChanged() {
		showDetails();
	}

	/** Reads the plan (its draft when there is one), the episode's programme (review cadence) and the staff to choose from. */
	private void load() {
		String id = part.getPersistedState().computeIfAbsent(PLAN, key -> "cp-" + UUID.randomUUID());
		String patient = part.getPersistedState().get(Editors.PATIENT);
		String episode = part.getPersistedState().get(Editors.EPISODE);
		org.cairn.security.Session reader = session;
		org.cairn.security.Accounts people = accounts;
		store.call(Messages.get("plan.job.open"), () -> {
			// read through the service, which audits it (a new plan has nothing to read yet)
			Optional<StoredRecord<ClinicalRecord>> stored = charts.read(reader, id);
			Optional<Draft<ClinicalRecord>> draft = drafts.draft(reader, id);
			String episodeId = stored.map(s -> ((CarePlan) s.record()).getEpisodeId())
					.orElse(draft.map(d -> d.record() instanceof CarePlan p ? p.getEpisodeId() : null).orElse(episode));
			String patientId = stored.map(s -> ((CarePlan) s.record()).getPatientId()).orElse(patient);
			org.cairn.clinical.ChartView chart = patientId == null ? null : charts.view(reader, patientId);
			Programme programme = episodeId == null || chart == null ? null
					: chart.record(episodeId).map(s -> s.record() instanceof EpisodeOfCare e ? e.getProgramme() : null).orElse(null);
			java.util.Map<String, String> names = people == null ? java.util.Map.of() : people.names();
			return new Loaded(stored.orElse(null), draft.orElse(null), programme, org.cairn.ui.data.People.named(charts.careTeamStaff(reader), names), names,
					Editors.patientName(chart));
		}, loaded -> {
			if (body.isDisposed()) {
				return;
			}
			programme = loaded.programme();
			staff = loaded.staff();
			names = loaded.names();
			tab = Editors.tab(Messages.get("plan.tab"), loaded.patientName());
			plan = life.loaded(loaded.stored(), loaded.draft(), CarePlan.class).orElseGet(() -> PlanEditing.newPlan(id, patient, episode));
			editing.stack().addCommandStackListener(event -> body.getDisplay().asyncExec(this::changed));
			showPlan(life.restoredDraft() ? state.getText() : null);
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(failure.message());
			}
		});
	}

	private record Loaded(StoredRecord<ClinicalRecord> stored, Draft<ClinicalRecord> draft, Programme programme, java.util.Map<String, String> staff,
			java.util.Map<String, String> names, String patientName) {
	}

	private void showPlan(String message) {
		details.showHeader(plan, staff);
		outline.show(plan);
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
		outline.tree.refresh();
		List<EObject> affected = editing.affected();
		if (!affected.isEmpty() && !(affected.get(0) instanceof CarePlan) && !affected.contains(outline.selected())) {
			outline.tree.setSelection(new StructuredSelection(affected.get(0)), true);
		}
		if (details.stale(outline.selected())) {
			showDetails();
		}
		details.refresh();
		edited();
		refresh(null);
	}

	private void refresh(String message) {
		findings = CarePlanRules.check(plan);
		outline.tree.refresh();
		findingsList.show(findings);
		int version = life.version();
		revision.setText(Messages.format("plan.revisionLabel", plan.getRevision(), version == 0 ? Messages.get("plan.notSaved")
				: Messages.format("plan.version", version)));
		if (!tab.equals(part.getLabel())) {
			part.setLabel(tab);
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
			state.setText(Messages.format("plan.state.changedSinceSigned", names.getOrDefault(first.getSignerId(), first.getSignerId()), Messages.dateTime(first.getSignedAt())));
		}
		if (styling != null) {
			styling.setClassname(state, changed ? "NoteStateWarning" : "NoteState");
		}
		outline.refreshButtons(outline.selected());
		compare.setEnabled(life.version() > 0);
		body.layout(true, true);
	}

	private void setEnabled(boolean enabled) {
		outline.setEnabled(enabled);
		for (Button button : new Button[] { review, sign, compare }) {
			button.setEnabled(enabled);
		}
	}

	/** The selected element's fields, built anew when the selection moves. */
	private void showDetails() {
		details.commitPending();
		EObject element = outline.selected();
		details.show(element, plan);
		if (element != null) {
			outline.refreshButtons(element);
		}
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

	@Override
	public boolean canUndo() {
		return plan != null && (editing.stack().canUndo() || details.anyPending());
	}

	@Override
	public boolean canRedo() {
		return plan != null && editing.stack().canRedo();
	}

	@Override
	public void undo() {
		details.commitPending();
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
		life.edited(life.restoredDraft() || editing.saveNeeded() || details.anyPending());
	}

	/** A copy of the plan with what is typed but not yet committed, for the draft. */
	private CarePlan snapshot() {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		CarePlan copy = (CarePlan) copier.copy(plan);
		copier.copyReferences();
		details.copyPending(copier);
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
		details.commitPending();
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
		dirty.setDirty(details.anyPending());
		refresh(Messages.format("plan.state.saved", stored.version()));
		events.post(CairnUi.TOPIC_RECORDS_CHANGED, plan.getPatientId());
	}

	/** A review: the next revision, in force from the review date, with the next review due; stored at once. */
	private void review() {
		details.commitPending();
		List<Finding> open = CarePlanRules.check(plan);
		if (!open.isEmpty()) {
			state.setText(Messages.format("plan.problem.review", open.size()));
			return;
		}
		ReviewDialog dialog = new ReviewDialog(body.getShell(), LocalDate.now(), ReviewDialog.reviewCadence(programme));
		if (dialog.open() != ReviewDialog.OK) {
			return;
		}
		editing.review(plan, dialog.review(session.userId()), dialog.nextReview());
		store(Messages.format("plan.reason.review", plan.getRevision()), null);
	}

	/** Signs the plan as its clinician, after the password is given again, and stores it (a SIGN audit event). */
	private void sign() {
		details.commitPending();
		if (!CarePlanRules.check(plan).isEmpty()) {
			state.setText(Messages.format("plan.problem.sign", CarePlanRules.check(plan).size()));
			return;
		}
		if (!Confirmation.byPassword(body.getShell(), accounts, session, Messages.get("plan.sign.title"), Messages.get("plan.sign.confirm"), Messages.get("confirm.sign"),
				"signing a care plan")) {
			return;
		}
		// the service makes the signature (signer, time, hash of what is signed) and audits it with the version
		store(Messages.get("plan.reason.signed"), true, null);
	}

	private void compareVersions() {
		details.commitPending();
		new org.cairn.ui.data.RecordCompareDialog(body.getShell(), charts, accounts, session, plan.getId(), dirty.isDirty() ? snapshot() : null).open();
	}

	@Focus
	public void setFocus() {
		outline.tree.getTree().setFocus();
	}

	@PreDestroy
	public void dispose() {
		// work not yet autosaved goes to the draft now, so that closing Cairn loses nothing
		life.flush(plan == null ? null : snapshot());
	}
}
