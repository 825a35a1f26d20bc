package org.cairn.ui.notes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cairn.model.Addendum;
import org.cairn.model.CairnFactory;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.RiskLevel;
import org.cairn.model.RiskScreen;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Editors;
import org.cairn.ui.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The fields of a session note and their layout: service, times and place, the format's sections, the care-plan
 * objectives addressed, the risk screen, whether a co-signature is needed, and the signed addenda. It shows a note
 * ({@link #show}) and copies what is on screen into one ({@link #collect}); what happens to the note (drafts, undo,
 * saving, signing) is the editor's ({@link NoteEditorPart}). What is typed is pending until the field is left or a
 * choice is made; then the editor makes it one undoable change.
 */
final class NoteForm {

	/** Where the form reports. */
	interface Listener {
		/** Something was typed or chosen (the note is dirty now). */
		void typed();

		/** A field was left or a choice made: what is on screen becomes a change of the note. */
		void committed();

		/** Another note format was chosen. */
		void formatChosen(NoteFormat format);

		/** The content's height changed (sections, addenda, objectives). */
		void resized();
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** An objective of the episode's active care plan, which a note can say it addressed. */
	record ObjectiveChoice(String id, String statement) {
	}

	private final Composite body;
	private final Listener listener;
	private final Combo serviceType;
	private final Combo modality;
	private final Combo format;
	private final Text startedAt;
	private final Text endedAt;
	private final Text location;
	private final Label duration;
	private final Composite sections;
	private final Group objectivesGroup;
	private final List<Button> objectiveChecks = new ArrayList<>();
	private final Combo suicidal;
	private final Combo homicidal;
	private final Combo overdose;
	private final Button safetyPlan;
	private final Text riskNotes;
	private final Button coSignatureRequired;
	private final Composite addenda;
	private final List<Text> sectionTexts = new ArrayList<>();
	private boolean showing;
	private boolean pending;

	/** The note's fields, in {@code body} (a GridLayout of four columns). */
	NoteForm(Composite body, Listener listener) {
		this.body = body;
		this.listener = listener;
		serviceType = combo("note.serviceType", ServiceType.values(), true);
		modality = combo("note.modality", Modality.values(), true);
		format = combo("note.format", NoteFormat.values(), false);
		startedAt = when("note.field.startedAt", "note.startedAt");
		endedAt = when("note.field.endedAt", "note.endedAt");
		new Label(body, SWT.NONE).setText(Messages.get("note.field.location"));
		location = text(body, "note.location", SWT.BORDER);
		location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		duration = new Label(body, SWT.NONE);
		duration.setData(CairnUi.WIDGET_ID, "note.duration");
		duration.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		format.addListener(SWT.Selection, event -> {
			int index = format.getSelectionIndex();
			if (!showing && index >= 0) {
				listener.formatChosen(NoteFormat.values()[index]);
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
		safetyPlan = check(risk, "note.risk.safetyPlan", 2);
		new Label(risk, SWT.NONE).setText(Messages.get("note.risk.notes"));
		riskNotes = text(risk, "note.risk.notes", SWT.BORDER);
		riskNotes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		riskNotes.setMessage(Messages.get("note.risk.notes.hint"));

		coSignatureRequired = check(body, "note.coSignatureRequired", 4);

		addenda = new Composite(body, SWT.NONE);
		addenda.setData(CairnUi.WIDGET_ID, "note.addenda");
		addenda.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		addenda.setLayout(new GridLayout(1, false));
	}

	private Text when(String label, String id) {
		new Label(body, SWT.NONE).setText(Messages.get(label));
		Text text = text(body, id, SWT.BORDER);
		text.setMessage(Messages.get("note.when.hint"));
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	/** A text field: typing is pending until the field is left. */
	private Text text(Composite parent, String id, int style) {
		Text text = new Text(parent, style);
		text.setData(CairnUi.WIDGET_ID, id);
		text.addModifyListener(event -> typed());
		text.addListener(SWT.FocusOut, event -> committed());
		return text;
	}

	private Button check(Composite parent, String id, int span) {
		Button check = new Button(parent, SWT.CHECK);
		check.setText(Messages.get(id));
		check.setData(CairnUi.WIDGET_ID, id);
		check.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, span, 1));
		chosen(check);
		return check;
	}

	/** A choice is a change at once. */
	private void chosen(Control control) {
		control.addListener(SWT.Selection, event -> {
			typed();
			committed();
		});
	}

	private Combo riskCombo(Composite parent, String id) {
		new Label(parent, SWT.NONE).setText(Messages.get(id));
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, id);
		combo.add("");
		for (RiskLevel level : RiskLevel.values()) {
			combo.add(Messages.label(level));
		}
		chosen(combo);
		return combo;
	}

	/** A choice of {@code values}; {@code change}: choosing is a change of its own (else the listener decides). */
	private Combo combo(String id, Enum<?>[] values, boolean change) {
		new Label(body, SWT.NONE).setText(Messages.get(id.replace("note.", "note.field.")));
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, id);
		for (Enum<?> value : values) {
			String label = Messages.label(value);
			combo.add(label.startsWith("!") ? value.name() : label);
		}
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (change) {
			chosen(combo);
		}
		return combo;
	}

	private void typed() {
		if (!showing) {
			pending = true;
			showDuration();
			listener.typed();
		}
	}

	private void committed() {
		if (!showing && pending) {
			listener.committed();
		}
	}

	/** Whether something typed is not yet a change of the note. */
	boolean pending() {
		return pending;
	}

	/** What is on screen became a change of the note (or was found the same). */
	void committedNow() {
		pending = false;
	}

	/**
	 * Shows {@code note}: its fields, its sections (the same text widgets when the sections are the same, so that the
	 * cursor stays where it was), {@code objectives} to tick, and its addenda by their authors' names.
	 */
	void show(SessionNote note, List<ObjectiveChoice> objectives, Function<String, String> names) {
		showing = true;
		try {
			serviceType.select(note.getServiceType() == null ? -1 : note.getServiceType().ordinal());
			modality.select(note.getModality() == null ? -1 : note.getModality().ordinal());
			format.select(note.getFormat() == null ? -1 : note.getFormat().ordinal());
			set(startedAt, when(note.getStartedAt()));
			set(endedAt, when(note.getEndedAt()));
			set(location, note.getLocation() == null ? "" : note.getLocation());
			showDuration();
			showSections(note);
			showObjectives(note, objectives);
			RiskScreen risk = note.getRiskScreen();
			select(suicidal, risk == null ? null : risk.getSuicidalIdeation());
			select(homicidal, risk == null ? null : risk.getHomicidalIdeation());
			select(overdose, risk == null ? null : risk.getOverdoseRisk());
			safetyPlan.setSelection(risk != null && risk.isSafetyPlanReviewed());
			set(riskNotes, risk == null || risk.getNotes() == null ? "" : risk.getNotes());
			coSignatureRequired.setSelection(note.isCoSignatureRequired());
			showAddenda(note, names);
			setEditable(note.getStatus() == NoteStatus.DRAFT);
			pending = false;
		} finally {
			showing = false;
		}
	}

	private static void set(Text text, String value) {
		if (!text.getText().equals(value)) {
			text.setText(value);
		}
	}

	private static RiskLevel level(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? null : RiskLevel.values()[combo.getSelectionIndex() - 1];
	}

	private static void select(Combo combo, RiskLevel level) {
		combo.select(level == null ? 0 : level.ordinal() + 1);
	}

	private static String when(Instant instant) {
		return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
	}

	/** A time as typed (yyyy-mm-dd hh:mm, local), or null when it cannot be read. */
	static Instant parseWhen(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip(), WHEN).atZone(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Whether an end time is typed that cannot be read. */
	boolean endUnreadable() {
		return !endedAt.getText().isBlank() && parseWhen(endedAt.getText()) == null;
	}

	/** The times on screen that cannot be stored, in words: a missing or unreadable start, an unreadable end. */
	List<String> timeProblems() {
		List<String> problems = new ArrayList<>();
		if (parseWhen(startedAt.getText()) == null) {
			problems.add(Messages.get("problem.note.startedAt"));
		}
		if (endUnreadable()) {
			problems.add(Messages.get("problem.note.endedAt"));
		}
		return problems;
	}

	private void showDuration() {
		Instant start = parseWhen(startedAt.getText());
		Instant end = parseWhen(endedAt.getText());
		duration.setText(start != null && end != null && end.isAfter(start)
				? Messages.format("note.duration", java.time.Duration.between(start, end).toMinutes())
				: Messages.get("note.duration.none"));
	}

	private void showObjectives(SessionNote note, List<ObjectiveChoice> objectives) {
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
			chosen(check);
			objectiveChecks.add(check);
		}
		objectivesGroup.layout(true, true);
	}

	private void showAddenda(SessionNote note, Function<String, String> names) {
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
			heading.setText(Messages.format("note.addendum.line", names.apply(entry.getAuthorId()), Messages.dateTime(entry.getWrittenAt())));
			Text text = new Text(addenda, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
			text.setData(CairnUi.WIDGET_ID, "note.addendum.text");
			text.setText(entry.getText() == null ? "" : entry.getText());
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		addenda.layout(true, true);
		listener.resized();
	}

	private void showSections(SessionNote note) {
		List<String> keys = note.getSections().stream().map(NoteSection::getKey).toList();
		List<Object> shownKeys = sectionTexts.stream().map(text -> text.getData("key")).toList();
		if (keys.equals(shownKeys)) {
			for (int i = 0; i < keys.size(); i++) {
				String value = note.getSections().get(i).getText();
				set(sectionTexts.get(i), value == null ? "" : value);
			}
			return;
		}
		for (Control child : sections.getChildren()) {
			child.dispose();
		}
		sectionTexts.clear();
		for (NoteSection section : note.getSections()) {
			Label heading = new Label(sections, SWT.NONE);
			heading.setText(section.getHeading() == null ? NoteFormats.heading(section.getKey()) : section.getHeading());
			Text text = text(sections, "note.section." + section.getKey(), SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			text.setData("key", section.getKey());
			text.setText(section.getText() == null ? "" : section.getText());
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 70;
			text.setLayoutData(data);
			Editors.tabMovesOn(text);
			sectionTexts.add(text);
		}
		sections.layout(true, true);
		listener.resized();
	}

	/** Whether the fields take typing (a draft) or are read-only (signed, entered in error). */
	void setEditable(boolean editable) {
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

	/** Copies what is on screen into {@code note} (a time that cannot be read is kept as it was; saving names it). */
	void collect(SessionNote note) {
		int s = serviceType.getSelectionIndex();
		note.setServiceType(s < 0 ? null : ServiceType.values()[s]);
		int m = modality.getSelectionIndex();
		note.setModality(m < 0 ? null : Modality.values()[m]);
		Instant start = parseWhen(startedAt.getText());
		if (start != null || startedAt.getText().isBlank()) {
			note.setStartedAt(start);
		}
		Instant end = parseWhen(endedAt.getText());
		if (end != null || endedAt.getText().isBlank()) {
			note.setEndedAt(end);
		}
		note.setLocation(location.getText().isBlank() ? null : location.getText().strip());
		List<String> addressed = objectiveChecks.stream().filter(Button::getSelection).map(check -> (String) check.getData()).toList();
		if (!note.getObjectivesAddressed().equals(addressed)) {
			note.getObjectivesAddressed().clear();
			note.getObjectivesAddressed().addAll(addressed);
		}
		RiskScreen risk = note.getRiskScreen() != null ? note.getRiskScreen() : CairnFactory.eINSTANCE.createRiskScreen();
		risk.setSuicidalIdeation(level(suicidal));
		risk.setHomicidalIdeation(level(homicidal));
		risk.setOverdoseRisk(level(overdose));
		risk.setSafetyPlanReviewed(safetyPlan.getSelection());
		risk.setNotes(riskNotes.getText().isBlank() ? null : riskNotes.getText().strip());
		if (note.getRiskScreen() == null) {
			note.setRiskScreen(risk);
		}
		note.setCoSignatureRequired(coSignatureRequired.getSelection());
		for (int i = 0; i < sectionTexts.size() && i < note.getSections().size(); i++) {
			note.getSections().get(i).setText(sectionTexts.get(i).getText());
		}
	}

	/** Whether the fields are still there (not while the editor closes). */
	boolean isLive() {
		return !startedAt.isDisposed();
	}

	/** The cursor to the first section, for typing. */
	boolean focusFirstSection() {
		return !sectionTexts.isEmpty() && sectionTexts.get(0).setFocus();
	}
}
