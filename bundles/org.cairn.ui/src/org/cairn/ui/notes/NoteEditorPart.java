package org.cairn.ui.notes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cairn.model.Addendum;
import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.ErrorMark;
import org.cairn.model.Goal;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.model.RiskLevel;
import org.cairn.model.RiskScreen;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;
import org.cairn.security.Permission;
import org.cairn.store.Draft;
import org.cairn.store.SignedContent;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.clinical.NoteRules;
import org.cairn.ui.Editors;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

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
public class NoteEditorPart {

	/** Persisted-state keys of the part. */
	public static final String NOTE = "cairn.note";
	public static final String PATIENT = "cairn.patient";
	public static final String EPISODE = "cairn.episode";
	/** The part descriptor notes open from. */
	public static final String DESCRIPTOR = "org.cairn.ui.partdescriptor.note";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
	private org.cairn.security.Accounts accounts;
	private java.util.Map<String, String> people = java.util.Map.of();
	@Inject
	private MPart part;
	@Inject
	MDirtyable dirty;
	@Inject
	private IEventBroker events;
	@Inject
	private EPartService partService;

	/** An objective of the active plan a note can say it addressed: its id ("1.2") and statement. */
	record ObjectiveChoice(String id, String statement) {
	}

	SessionNote note;
	/** Signing, addenda, co-signature and the error mark: each asks for the password where it signs. */
	private final NoteSigning signing = new NoteSigning(this);
	/** Load, draft, dirty, autosave, flush, save with a conflict's choices: the life cycle every record editor shares. */
	RecordEditing<SessionNote> life;
	private boolean loading = true;

	Composite body;
	Label state;
	private Combo serviceType;
	private Combo modality;
	private Combo format;
	private Text startedAt;
	Text endedAt;
	private Text location;
	private Label duration;
	private Composite sections;
	private Group objectivesGroup;
	private final List<Button> objectiveChecks = new ArrayList<>();
	private List<ObjectiveChoice> objectives = List.of();
	private Combo suicidal;
	private Combo homicidal;
	private Combo overdose;
	private Button safetyPlan;
	private Text riskNotes;
	private Button coSignatureRequired;
	private Composite addenda;
	private ScrolledComposite scroller;
	private Button addendum;
	private Button coSign;
	private Button errorMark;
	private final List<Text> sectionTexts = new ArrayList<>();
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
				if (note.getStatus() == NoteStatus.DRAFT && !startedAt.isDisposed()) {
					collect();
				}
				return EcoreUtil.copy(note);
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
				show(null);
				events.post(CairnUi.TOPIC_RECORDS_CHANGED, note.getPatientId());
			}

			@Override
			public String nameOf(String userId) {
				return name(userId);
			}

			@Override
			public void compare(SessionNote mine) {
				new org.cairn.ui.data.RecordCompareDialog(body.getShell(), charts, session, note.getId(), mine).open();
			}
		}, dirty, store, drafts, session);
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, event -> fitContent());

		state = new Label(body, SWT.WRAP);
		state.setData(CairnUi.WIDGET_ID, "note.state");
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		state.setText(Messages.get("note.loading"));
		serviceType = combo("note.serviceType", ServiceType.values());
		modality = combo("note.modality", Modality.values());
		format = combo("note.format", NoteFormat.values());
		new Label(body, SWT.NONE).setText(Messages.get("note.field.startedAt"));
		startedAt = new Text(body, SWT.BORDER);
		startedAt.setData(CairnUi.WIDGET_ID, "note.startedAt");
		startedAt.setMessage(Messages.get("note.when.hint"));
		startedAt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		startedAt.addModifyListener(event -> edited());
		new Label(body, SWT.NONE).setText(Messages.get("note.field.endedAt"));
		endedAt = new Text(body, SWT.BORDER);
		endedAt.setData(CairnUi.WIDGET_ID, "note.endedAt");
		endedAt.setMessage(Messages.get("note.when.hint"));
		endedAt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		endedAt.addModifyListener(event -> edited());
		new Label(body, SWT.NONE).setText(Messages.get("note.field.location"));
		location = new Text(body, SWT.BORDER);
		location.setData(CairnUi.WIDGET_ID, "note.location");
		location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		location.addModifyListener(event -> edited());
		duration = new Label(body, SWT.NONE);
		duration.setData(CairnUi.WIDGET_ID, "note.duration");
		duration.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		format.addListener(SWT.Selection, event -> {
			int index = format.getSelectionIndex();
			if (note != null && index >= 0) {
				collect();
				NoteFormats.apply(note, NoteFormat.values()[index]);
				showSections();
				edited();
			}
		});
		sections = new Composite(body, SWT.NONE);
		sections.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		sections.setLayout(new GridLayout(1, false));

		objectivesGroup = new Group(body, SWT.NONE);
		objectivesGroup.setText(Messages.get("note.objectives"));
		objectivesGroup.setData(CairnUi.WIDGET_ID, "note.objectives");
		objectivesGroup.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		objectivesGroup.setLayout(new GridLayout(1, false));

		Group risk = new Group(body, SWT.NONE);
		risk.setText(Messages.get("note.risk"));
		risk.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		risk.setLayout(new GridLayout(4, false));
		suicidal = riskCombo(risk, "note.risk.suicidal");
		homicidal = riskCombo(risk, "note.risk.homicidal");
		overdose = riskCombo(risk, "note.risk.overdose");
		safetyPlan = new Button(risk, SWT.CHECK);
		safetyPlan.setText(Messages.get("note.risk.safetyPlan"));
		safetyPlan.setData(CairnUi.WIDGET_ID, "note.risk.safetyPlan");
		safetyPlan.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		safetyPlan.addListener(SWT.Selection, event -> edited());
		new Label(risk, SWT.NONE).setText(Messages.get("note.risk.notes"));
		riskNotes = new Text(risk, SWT.BORDER);
		riskNotes.setData(CairnUi.WIDGET_ID, "note.risk.notes");
		riskNotes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		riskNotes.setMessage(Messages.get("note.risk.notes.hint"));
		riskNotes.addModifyListener(event -> edited());

		coSignatureRequired = new Button(body, SWT.CHECK);
		coSignatureRequired.setText(Messages.get("note.coSignatureRequired"));
		coSignatureRequired.setData(CairnUi.WIDGET_ID, "note.coSignatureRequired");
		coSignatureRequired.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 4, 1));
		coSignatureRequired.addListener(SWT.Selection, event -> edited());

		addenda = new Composite(body, SWT.NONE);
		addenda.setData(CairnUi.WIDGET_ID, "note.addenda");
		addenda.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		addenda.setLayout(new GridLayout(1, false));

		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 4, 1));
		buttons.setLayout(new GridLayout(4, false));
		errorMark = button(buttons, "note.errorMark", signing::markEnteredInError);
		addendum = button(buttons, "note.addendum", signing::addAddendum);
		coSign = button(buttons, "note.cosign", signing::coSign);
		sign = button(buttons, "note.sign", signing::sign);
		setEditable(false);
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

	private Combo riskCombo(Composite parent, String id) {
		new Label(parent, SWT.NONE).setText(Messages.get(id));
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, id);
		combo.add("");
		for (RiskLevel level : RiskLevel.values()) {
			combo.add(Messages.label(level));
		}
		combo.addListener(SWT.Selection, event -> edited());
		return combo;
	}

	private static RiskLevel level(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? null : RiskLevel.values()[combo.getSelectionIndex() - 1];
	}

	private static void select(Combo combo, RiskLevel level) {
		combo.select(level == null ? 0 : level.ordinal() + 1);
	}

	private Combo combo(String id, Enum<?>[] values) {
		new Label(body, SWT.NONE).setText(Messages.get(id.replace("note.", "note.field.")));
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, id);
		for (Enum<?> value : values) {
			String label = Messages.label(value);
			combo.add(label.startsWith("!") ? value.name() : label);
		}
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, event -> edited());
		return combo;
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
			return new Object[] { stored.orElse(null), draft.orElse(null),
					patientId == null ? List.of() : activeObjectives(charts.view(reader, patientId), episodeId), names };
		}, found -> {
			if (body.isDisposed()) {
				return;
			}
			StoredRecord<?> stored = (StoredRecord<?>) found[0];
			Draft<?> draft = (Draft<?>) found[1];
			@SuppressWarnings("unchecked")
			List<ObjectiveChoice> choices = (List<ObjectiveChoice>) found[2];
			objectives = choices;
			@SuppressWarnings("unchecked")
			java.util.Map<String, String> names = (java.util.Map<String, String>) found[3];
			people = names;
			note = life.loaded(stored, draft, SessionNote.class).orElseGet(() -> newNote(id, patient, episode));
			show(life.restoredDraft() ? state.getText() : null);
			// A new note, or one continued, is for typing: the cursor goes to its first section.
			if (note.getStatus() == NoteStatus.DRAFT && !sectionTexts.isEmpty() && partService.getActivePart() == part) {
				sectionTexts.get(0).setFocus();
			}
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(failure.message());
			}
		});
	}

	/** The objectives of the episode's active care plan (the newest active one), in plan order. */
	static List<ObjectiveChoice> activeObjectives(org.cairn.clinical.ChartView chart, String episodeId) {
		CarePlan plan = ChartSummary.activePlan(chart, chart.timeline(Set.of("CarePlan")), episodeId);
		List<ObjectiveChoice> choices = new ArrayList<>();
		if (plan != null) {
			for (Problem problem : plan.getProblems()) {
				Goal goal = problem.getGoal();
				if (goal != null) {
					for (Objective objective : goal.getObjectives()) {
						choices.add(new ObjectiveChoice(objective.getId(), objective.getStatement()));
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
		loading = true;
		serviceType.select(note.getServiceType() == null ? -1 : note.getServiceType().ordinal());
		modality.select(note.getModality() == null ? -1 : note.getModality().ordinal());
		format.select(note.getFormat() == null ? -1 : note.getFormat().ordinal());
		startedAt.setText(when(note.getStartedAt()));
		endedAt.setText(when(note.getEndedAt()));
		location.setText(note.getLocation() == null ? "" : note.getLocation());
		showDuration();
		showSections();
		showObjectives();
		RiskScreen risk = note.getRiskScreen();
		select(suicidal, risk == null ? null : risk.getSuicidalIdeation());
		select(homicidal, risk == null ? null : risk.getHomicidalIdeation());
		select(overdose, risk == null ? null : risk.getOverdoseRisk());
		safetyPlan.setSelection(risk != null && risk.isSafetyPlanReviewed());
		riskNotes.setText(risk == null || risk.getNotes() == null ? "" : risk.getNotes());
		coSignatureRequired.setSelection(note.isCoSignatureRequired());
		showAddenda();
		boolean draft = note.getStatus() == NoteStatus.DRAFT;
		setEditable(draft);
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
		part.setLabel(Messages.format("note.tab", Messages.label(note.getFormat())));
		part.updateLocalization();
		state.setText(message != null ? message : stateText(awaiting));
		// A note that is not what was signed is said in the risk colour, not in the quiet state line's grey.
		if (styling != null) {
			styling.setClassname(state, message == null && signed && !SignedContent.matches(note) ? "NoteStateWarning" : "NoteState");
		}
		loading = false;
		body.layout(true, true);
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

	private static String when(Instant instant) {
		return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
	}

	static Instant parseWhen(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip(), WHEN).atZone(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private void showDuration() {
		Instant start = parseWhen(startedAt.getText());
		Instant end = parseWhen(endedAt.getText());
		duration.setText(start != null && end != null && end.isAfter(start)
				? Messages.format("note.duration", java.time.Duration.between(start, end).toMinutes())
				: Messages.get("note.duration.none"));
	}

	private void showObjectives() {
		for (Control child : objectivesGroup.getChildren()) {
			child.dispose();
		}
		objectiveChecks.clear();
		List<ObjectiveChoice> shown = new ArrayList<>(objectives);
		// An objective the note addressed stays listed even when the plan has changed since.
		for (String addressed : note.getObjectivesAddressed()) {
			if (shown.stream().noneMatch(choice -> choice.id().equals(addressed))) {
				shown.add(new ObjectiveChoice(addressed, ""));
			}
		}
		if (shown.isEmpty()) {
			Label none = new Label(objectivesGroup, SWT.WRAP);
			none.setText(Messages.get("note.objectives.none"));
			none.setData(CairnUi.WIDGET_ID, "note.objectives.none");
		}
		for (ObjectiveChoice choice : shown) {
			Button check = new Button(objectivesGroup, SWT.CHECK);
			check.setText(choice.statement().isEmpty() ? choice.id() : choice.id() + "  " + choice.statement());
			check.setData(CairnUi.WIDGET_ID, "note.objective." + choice.id());
			check.setData(choice.id());
			check.setSelection(note.getObjectivesAddressed().contains(choice.id()));
			check.addListener(SWT.Selection, event -> edited());
			objectiveChecks.add(check);
		}
		objectivesGroup.layout(true, true);
	}

	private void showAddenda() {
		for (Control child : addenda.getChildren()) {
			child.dispose();
		}
		if (!note.getAddenda().isEmpty()) {
			Label title = new Label(addenda, SWT.NONE);
			title.setText(Messages.get("note.addenda"));
			title.setData(CairnUi.CSS_CLASS, "GlanceTitle");
		}
		for (Addendum entry : note.getAddenda()) {
			Label heading = new Label(addenda, SWT.NONE);
			heading.setText(Messages.format("note.addendum.line", name(entry.getAuthorId()), Messages.dateTime(entry.getWrittenAt())));
			Text text = new Text(addenda, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
			text.setData(CairnUi.WIDGET_ID, "note.addendum.text");
			text.setText(entry.getText() == null ? "" : entry.getText());
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		addenda.layout(true, true);
		fitContent();
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

	private void showSections() {
		for (Control child : sections.getChildren()) {
			child.dispose();
		}
		sectionTexts.clear();
		for (NoteSection section : note.getSections()) {
			Label heading = new Label(sections, SWT.NONE);
			heading.setText(section.getHeading() == null ? NoteFormats.heading(section.getKey()) : section.getHeading());
			Text text = new Text(sections, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			text.setData(CairnUi.WIDGET_ID, "note.section." + section.getKey());
			text.setText(section.getText() == null ? "" : section.getText());
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 70;
			text.setLayoutData(data);
			text.addModifyListener(event -> edited());
			text.setEditable(note.getStatus() == NoteStatus.DRAFT);
			Editors.tabMovesOn(text);
			sectionTexts.add(text);
		}
		sections.layout(true, true);
		fitContent();
	}

	private void setEditable(boolean editable) {
		for (Control control : new Control[] { serviceType, modality, format, suicidal, homicidal, overdose, safetyPlan,
				coSignatureRequired }) {
			control.setEnabled(editable);
		}
		for (Text text : new Text[] { startedAt, endedAt, location, riskNotes }) {
			text.setEditable(editable);
		}
		for (Text text : sectionTexts) {
			text.setEditable(editable);
		}
		for (Button check : objectiveChecks) {
			check.setEnabled(editable);
		}
	}

	/** Something was typed: the note is dirty, and an autosave follows in a few seconds. */
	private void edited() {
		if (loading || note == null) {
			return;
		}
		showDuration();
		life.edited();
	}

	/** Copies what is on screen into the note. */
	void collect() {
		int s = serviceType.getSelectionIndex();
		note.setServiceType(s < 0 ? null : ServiceType.values()[s]);
		int m = modality.getSelectionIndex();
		note.setModality(m < 0 ? null : Modality.values()[m]);
		// A time that cannot be read is kept as it was; saving names the problem.
		Instant start = parseWhen(startedAt.getText());
		if (start != null || startedAt.getText().isBlank()) {
			note.setStartedAt(start);
		}
		Instant end = parseWhen(endedAt.getText());
		if (end != null || endedAt.getText().isBlank()) {
			note.setEndedAt(end);
		}
		note.setLocation(location.getText().isBlank() ? null : location.getText().strip());
		note.getObjectivesAddressed().clear();
		for (Button check : objectiveChecks) {
			if (check.getSelection()) {
				note.getObjectivesAddressed().add((String) check.getData());
			}
		}
		RiskScreen risk = note.getRiskScreen() != null ? note.getRiskScreen() : CairnFactory.eINSTANCE.createRiskScreen();
		risk.setSuicidalIdeation(level(suicidal));
		risk.setHomicidalIdeation(level(homicidal));
		risk.setOverdoseRisk(level(overdose));
		risk.setSafetyPlanReviewed(safetyPlan.getSelection());
		risk.setNotes(riskNotes.getText().isBlank() ? null : riskNotes.getText().strip());
		note.setRiskScreen(risk);
		note.setCoSignatureRequired(coSignatureRequired.getSelection());
		for (int i = 0; i < sectionTexts.size() && i < note.getSections().size(); i++) {
			note.getSections().get(i).setText(sectionTexts.get(i).getText());
		}
	}

	/** Ctrl+S or File > Save: stores the note as a new version (its draft goes with it). */
	@Persist
	public void save() {
		if (note != null && !Access.check(body.getShell(), session, Permission.NOTE_WRITE, Messages.get("note.save.action"), note.getPatientId())) {
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
			collect();
		}
		List<String> problems = new ArrayList<>();
		if (parseWhen(startedAt.getText()) == null) {
			problems.add(Messages.get("problem.note.startedAt"));
		}
		if (!endedAt.getText().isBlank() && parseWhen(endedAt.getText()) == null) {
			problems.add(Messages.get("problem.note.endedAt"));
		}
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
		(sectionTexts.isEmpty() ? body : sectionTexts.get(0)).setFocus();
	}

	@PreDestroy
	public void dispose() {
		// work not yet autosaved goes to the draft now, so that closing Cairn loses nothing (a draft note only)
		life.flush(note != null && note.getStatus() == NoteStatus.DRAFT ? draftSnapshot() : null);
	}

	private SessionNote draftSnapshot() {
		if (!startedAt.isDisposed()) {
			collect();
		}
		return EcoreUtil.copy(note);
	}
}
