package org.cairn.ui.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.ErrorMark;
import org.cairn.model.Goal;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteStatus;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;
import org.cairn.security.Permission;
import org.cairn.store.Draft;
import org.cairn.store.SignedContent;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.clinical.NoteRules;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.RecordEditing;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A session note in the chart area. The part's persisted state names the note ({@link #NOTE}) and its patient
 * ({@link #PATIENT}); a new note gets an id when the part is created. What the clinician types is autosaved as a
 * draft a few seconds after typing stops ({@link RecordEditing#AUTOSAVE_MS} ms) (the store's draft table, durable); Save (Ctrl+S) stores a version and
 * Sign stores the signed version, after which the note is read-only. Reopening a note whose draft is newer than
 * its last version continues the draft, so a crash loses at most a few seconds of typing.
 *
 * <p>
 * Beside its sections a note records the objectives of the active care plan it addressed and a risk screen;
 * signing checks it is complete ({@link NoteRules}). A signed note is corrected with signed addenda, can be marked
 * entered in error with a reason, and, when it needs one, is co-signed by a supervisor other than its author.
 */
public class NoteEditorPart implements org.cairn.ui.Undoable {

	/** Persisted-state keys of the part. */
	public static final String NOTE = "cairn.note";
	public static final String PATIENT = "cairn.patient";
	public static final String EPISODE = "cairn.episode";
	/** The part descriptor notes open from. */
	public static final String DESCRIPTOR = "org.cairn.ui.partdescriptor.note";

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	org.eclipse.e4.ui.services.IStylingEngine styling;

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
	/** Saves and signs notes under the notes' rules and permissions. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.clinical.Notes notes;
	@Inject
	org.cairn.security.Session session;
	/** The staff's names by user id, for the signatures and addenda (people are shown by name, not by login id). */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.security.Accounts accounts;
	private java.util.Map<String, String> people = java.util.Map.of();
	@Inject
	private MPart part;
	@Inject
	MDirtyable dirty;
	@Inject
	private IEventBroker events;
	@Inject
	private EPartService partService;

	SessionNote note;
	/** Signing, addenda, co-signature and the error mark: each asks for the password where it signs. */
	private final NoteSigning signing = new NoteSigning(this);
	/** Load, draft, dirty, autosave, flush, save with a conflict's choices: the life cycle every record editor shares. */
	RecordEditing<SessionNote> life;

	Composite body;
	Label state;
	NoteForm form;
	private List<NoteForm.ObjectiveChoice> objectives = List.of();
	/** Whose note it is, for its tab ("Ashby, Omar"). */
	private String patientName;
	private ScrolledComposite scroller;
	private Button addendum;
	private Button coSign;
	private Button errorMark;
	private Button sign;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		body.setData(CairnUi.WIDGET_ID, "note");
		body.setLayout(new GridLayout(4, false));
		life = new RecordEditing<>("note", body, new RecordEditing.Host<>() {
			@Override
			public SessionNote snapshot() {
				return draftSnapshot();
			}

			@Override
			public void say(String text) {
				if (!state.isDisposed()) {
					state.setText(text);
				}
			}

			@Override
			public void stored(StoredRecord<SessionNote> stored) {
				note = stored.record();
				// the stored version is a new object: the changes made on the one before cannot be undone on it
				life.stack().flush();
				show(null);
				events.post(CairnUi.TOPIC_RECORDS_CHANGED, note.getPatientId());
			}

			@Override
			public String nameOf(String userId) {
				return name(userId);
			}

			@Override
			public void compare(SessionNote mine) {
				new org.cairn.ui.data.RecordCompareDialog(body.getShell(), charts, accounts, session, note.getId(), mine).open();
			}
		}, dirty, store, drafts, session);
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, event -> fitContent());

		state = new Label(body, SWT.WRAP);
		state.setData(CairnUi.WIDGET_ID, "note.state");
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		state.setText(Messages.get("note.loading"));
		form = new NoteForm(body, new NoteForm.Listener() {
			@Override
			public void typed() {
				if (note != null) {
					life.edited(true);
				}
			}

			@Override
			public void committed() {
				commit();
			}

			@Override
			public void formatChosen(NoteFormat chosen) {
				if (note != null) {
					commit();
					life.change(note, into -> NoteFormats.apply(into, chosen));
					showFields();
				}
			}

			@Override
			public void resized() {
				fitContent();
			}
		});

		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 4, 1));
		buttons.setLayout(new GridLayout(4, false));
		errorMark = button(buttons, "note.errorMark", signing::markEnteredInError);
		addendum = button(buttons, "note.addendum", signing::addAddendum);
		coSign = button(buttons, "note.cosign", signing::coSign);
		sign = button(buttons, "note.sign", signing::sign);
		form.setEditable(false);
		load();
	}

	private Button button(Composite parent, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setLayoutData(new GridData());
		button.setText(Messages.get(id));
		button.setData(CairnUi.WIDGET_ID, id);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/**
	 * Reads the note: its draft when there is one (work not yet saved), else its current version, else a new note;
	 * and the objectives of its episode's active care plan, which the note can say it addressed.
	 */
	private void load() {
		String id = part.getPersistedState().computeIfAbsent(NOTE, key -> "n-" + UUID.randomUUID());
		String patient = part.getPersistedState().get(PATIENT);
		String episode = part.getPersistedState().get(EPISODE);
		org.cairn.security.Session reader = session;
		org.cairn.security.Accounts staff = accounts;
		store.call(Messages.get("note.job.open"), () -> {
			// Reading a stored note is an audit event of its own, written by the service (a new note has nothing to read yet).
			java.util.Optional<StoredRecord<ClinicalRecord>> stored = charts.read(reader, id);
			java.util.Optional<Draft<ClinicalRecord>> draft = drafts.draft(reader, id);
			String episodeId = stored.map(s -> ((SessionNote) s.record()).getEpisodeId())
					.orElse(draft.map(d -> d.record() instanceof SessionNote n ? n.getEpisodeId() : null).orElse(episode));
			String patientId = stored.map(s -> ((SessionNote) s.record()).getPatientId()).orElse(patient);
			java.util.Map<String, String> names = staff == null ? java.util.Map.of() : staff.names();
			org.cairn.clinical.ChartView chart = patientId == null ? null : charts.view(reader, patientId);
			return new Object[] { stored.orElse(null), draft.orElse(null), chart == null ? List.of() : activeObjectives(chart, episodeId), names,
					org.cairn.ui.Editors.patientName(chart) };
		}, found -> {
			if (body.isDisposed()) {
				return;
			}
			StoredRecord<?> stored = (StoredRecord<?>) found[0];
			Draft<?> draft = (Draft<?>) found[1];
			@SuppressWarnings("unchecked")
			List<NoteForm.ObjectiveChoice> choices = (List<NoteForm.ObjectiveChoice>) found[2];
			objectives = choices;
			@SuppressWarnings("unchecked")
			java.util.Map<String, String> names = (java.util.Map<String, String>) found[3];
			patientName = (String) found[4];
			people = names;
			note = life.loaded(stored, draft, SessionNote.class).orElseGet(() -> newNote(id, patient, episode));
			show(life.restoredDraft() ? state.getText() : null);
			// A new note, or one continued, is for typing: the cursor goes to its first section.
			if (note.getStatus() == NoteStatus.DRAFT && partService.getActivePart() == part) {
				form.focusFirstSection();
			}
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(failure.message());
			}
		});
	}

	/** The objectives of the episode's active care plan (the newest active one), in plan order. */
	static List<NoteForm.ObjectiveChoice> activeObjectives(org.cairn.clinical.ChartView chart, String episodeId) {
		CarePlan plan = ChartSummary.activePlan(chart, chart.timeline(Set.of("CarePlan")), episodeId);
		List<NoteForm.ObjectiveChoice> choices = new ArrayList<>();
		if (plan != null) {
			for (Problem problem : plan.getProblems()) {
				Goal goal = problem.getGoal();
				if (goal != null) {
					for (Objective objective : goal.getObjectives()) {
						choices.add(new NoteForm.ObjectiveChoice(objective.getId(), objective.getStatement()));
					}
				}
			}
		}
		return choices;
	}

	private SessionNote newNote(String id, String patient, String episode) {
		SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId(id);
		note.setPatientId(patient);
		note.setEpisodeId(episode);
		note.setStatus(NoteStatus.DRAFT);
		note.setAuthorId(session.userId());
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setModality(Modality.IN_PERSON);
		note.setStartedAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
		NoteFormats.apply(note, NoteFormat.DAP);
		return note;
	}

	private void show(String message) {
		showFields();
		boolean draft = note.getStatus() == NoteStatus.DRAFT;
		boolean signed = note.getStatus() == NoteStatus.SIGNED;
		boolean awaiting = signed && note.isCoSignatureRequired() && note.getCoSignature() == null;
		// Only the actions that apply to the note as it is are shown.
		offer(sign, draft);
		offer(addendum, signed);
		// a note is never co-signed by its own author or signer, so the button is not offered to them
		String me = session.userId();
		boolean own = me.equals(note.getAuthorId()) || note.getSignature() != null && me.equals(note.getSignature().getSignerId());
		offer(coSign, awaiting && !own);
		offer(errorMark, life.version() > 0 && note.getStatus() != NoteStatus.ENTERED_IN_ERROR);
		part.setLabel(org.cairn.ui.Editors.tab(Messages.format("note.tab", Messages.label(note.getFormat())), patientName));
		part.updateLocalization();
		state.setText(message != null ? message : stateText(awaiting));
		// A note that is not what was signed is said in the risk colour, not in the quiet state line's grey.
		if (styling != null) {
			styling.setClassname(state, message == null && signed && !SignedContent.matches(note) ? "NoteStateWarning" : "NoteState");
		}
		body.layout(true, true);
	}

	/** The note's fields as the note now is (after loading, a change undone or redone, another format). */
	private void showFields() {
		form.show(note, objectives, this::name);
	}

	private static void offer(Button button, boolean applies) {
		button.setEnabled(applies);
		button.setVisible(applies);
		((GridData) button.getLayoutData()).exclude = !applies;
		button.getParent().layout(true);
	}

	/** A person by name, or by user id when they have no account here (a record brought from elsewhere). */
	private String name(String userId) {
		return userId == null ? "" : people.getOrDefault(userId, userId);
	}

	private String stateText(boolean awaiting) {
		Signature signature = note.getSignature();
		String signer = signature == null ? "" : name(signature.getSignerId());
		String signedAt = signature == null ? "" : Messages.dateTime(signature.getSignedAt());
		if (note.getStatus() == NoteStatus.ENTERED_IN_ERROR && note.getEnteredInError() != null) {
			ErrorMark mark = note.getEnteredInError();
			return Messages.format("note.state.enteredInError", name(mark.getMarkedBy()), Messages.dateTime(mark.getMarkedAt()), mark.getReason());
		}
		if (note.getStatus() == NoteStatus.SIGNED) {
			if (!SignedContent.matches(note)) {
				return Messages.format("note.state.tampered", signer, signedAt);
			}
			if (awaiting) {
				return Messages.format("note.state.awaitingCoSignature", signer, signedAt);
			}
			if (note.getCoSignature() != null) {
				return Messages.format("note.state.coSigned", signer, signedAt, name(note.getCoSignature().getSignerId()),
						Messages.dateTime(note.getCoSignature().getSignedAt()));
			}
			return Messages.format("note.state.signed", signer, signedAt);
		}
		return life.version() == 0 ? Messages.get("note.state.new") : Messages.format("note.state.saved", life.version());
	}

	/**
	 * The scrolled body as tall as its content now needs: addenda, sections and objectives change after the first
	 * layout, and a minimum size left from before would squeeze the sections to a clipped line.
	 */
	private void fitContent() {
		if (scroller == null || scroller.isDisposed()) {
			return;
		}
		scroller.setMinSize(body.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
		body.layout(true, true);
	}

	/** Ctrl+S or File > Save: stores the note as a new version (its draft goes with it). */
	@Persist
	public void save() {
		if (note != null && !Access.check(body.getShell(), accounts, session, Permission.NOTE_WRITE, Messages.get("note.save.action"), note.getPatientId())) {
			return; // the note stays on screen, unsaved, and its draft is kept
		}
		store(Messages.get("note.reason.saved"), null);
	}

	private void store(String reason, Runnable after) {
		store(reason, after, (signedIn, copy, based) -> notes.save(signedIn, copy, based, reason));
	}

	/**
	 * Stores the note as a version through the notes service ({@code work}: save, sign, addendum, co-signature, error
	 * mark), which checks the permission and the rules and makes any signature itself; the note on screen changes only
	 * when the stored version comes back.
	 */
	void store(String reason, Runnable after, RecordEditing.Work<SessionNote> work) {
		if (note == null) {
			return;
		}
		if (note.getStatus() == NoteStatus.DRAFT) {
			commit();
		}
		List<String> problems = note.getStatus() == NoteStatus.DRAFT ? form.timeProblems() : new ArrayList<>();
		if (problems.isEmpty()) {
			problems.addAll(Problems.words(NoteRules.forSaving(note)));
		}
		if (!problems.isEmpty()) {
			state.setText(Messages.format("note.save.problems", String.join(" ", problems)));
			return;
		}
		// nothing typed is lost on a refusal: the note stays on screen, dirty, and its draft is kept
		life.store(work, after);
	}

	@Focus
	public void setFocus() {
		if (!form.focusFirstSection()) {
			body.setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		// work not yet autosaved goes to the draft now, so that closing Cairn loses nothing (a draft note only)
		life.flush(note != null && note.getStatus() == NoteStatus.DRAFT ? draftSnapshot() : null);
	}

	/** A copy of the note as on screen, what is typed included, for a draft or a save. */
	private SessionNote draftSnapshot() {
		if (note.getStatus() == NoteStatus.DRAFT && form.isLive()) {
			commit();
		}
		return EcoreUtil.copy(note);
	}

	/** What is on screen becomes one undoable change of the note (when it changes anything). */
	void commit() {
		if (note != null && note.getStatus() == NoteStatus.DRAFT && form.isLive()) {
			life.change(note, form::collect);
			form.committedNow();
		}
	}

	@Override
	public boolean canUndo() {
		return note != null && note.getStatus() == NoteStatus.DRAFT && (life.stack().canUndo() || form.pending());
	}

	@Override
	public boolean canRedo() {
		return note != null && note.getStatus() == NoteStatus.DRAFT && life.stack().canRedo();
	}

	@Override
	public void undo() {
		commit();
		if (life.undo()) {
			showFields();
		}
	}

	@Override
	public void redo() {
		if (life.redo()) {
			showFields();
		}
	}
}
