package org.cairn.ui.notes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cairn.model.CairnFactory;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;
import org.cairn.store.Draft;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A session note in the chart area. The part's persisted state names the note ({@link #NOTE}) and its patient
 * ({@link #PATIENT}); a new note gets an id when the part is created. What the clinician types is autosaved as a
 * draft every {@link #AUTOSAVE_MS} ms (the store's draft table, durable); Save (Ctrl+S) stores a version and
 * Sign stores the signed version, after which the note is read-only. Reopening a note whose draft is newer than
 * its last version continues the draft, so a crash loses at most a few seconds of typing.
 */
public class NoteEditorPart {

	/** Persisted-state keys of the part. */
	public static final String NOTE = "cairn.note";
	public static final String PATIENT = "cairn.patient";
	public static final String EPISODE = "cairn.episode";
	/** The part descriptor notes open from. */
	public static final String DESCRIPTOR = "org.cairn.ui.partdescriptor.note";

	static final int AUTOSAVE_MS = 3000;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Inject
	private StoreAccess store;
	@Inject
	private MPart part;
	@Inject
	private MDirtyable dirty;
	@Inject
	private IEventBroker events;

	private SessionNote note;
	private int version;
	private boolean changedSinceAutosave;
	private boolean loading = true;

	private Composite body;
	private Label state;
	private Combo serviceType;
	private Combo modality;
	private Combo format;
	private Text startedAt;
	private Composite sections;
	private final List<Text> sectionTexts = new ArrayList<>();
	private Button sign;
	private final Runnable autosave = this::autosave;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		body.setData(CairnUi.WIDGET_ID, "note");
		body.setLayout(new GridLayout(4, false));
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, event -> scroller.setMinSize(body.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));

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
		startedAt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		startedAt.addModifyListener(event -> edited());
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

		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 4, 1));
		buttons.setLayout(new GridLayout(1, false));
		sign = new Button(buttons, SWT.PUSH);
		sign.setText(Messages.get("note.sign"));
		sign.setData(CairnUi.WIDGET_ID, "note.sign");
		sign.addListener(SWT.Selection, event -> sign());
		setEditable(false);
		load();
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

	/** Reads the note: its draft when there is one (work not yet saved), else its current version, else a new note. */
	private void load() {
		String id = part.getPersistedState().computeIfAbsent(NOTE, key -> "n-" + UUID.randomUUID());
		String patient = part.getPersistedState().get(PATIENT);
		String episode = part.getPersistedState().get(EPISODE);
		store.run(Messages.get("note.job.open"), records -> {
			java.util.Optional<StoredRecord<ClinicalRecord>> stored = records.read(id);
			java.util.Optional<Draft<ClinicalRecord>> draft = records.draft(id);
			return new Object[] { stored.orElse(null), draft.orElse(null) };
		}, found -> {
			if (body.isDisposed()) {
				return;
			}
			StoredRecord<?> stored = (StoredRecord<?>) found[0];
			Draft<?> draft = (Draft<?>) found[1];
			version = stored == null ? 0 : stored.version();
			if (draft != null && draft.basedOnVersion() == version && draft.record() instanceof SessionNote kept) {
				note = kept;
				show(Messages.format("note.state.draftRestored", Messages.dateTime(draft.savedAt())));
				dirty.setDirty(true);
			} else if (stored != null && stored.record() instanceof SessionNote saved) {
				note = saved;
				show(null);
			} else {
				note = newNote(id, patient, episode);
				show(null);
			}
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(failure.message());
			}
		});
	}

	private static SessionNote newNote(String id, String patient, String episode) {
		SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId(id);
		note.setPatientId(patient);
		note.setEpisodeId(episode);
		note.setStatus(NoteStatus.DRAFT);
		note.setAuthorId(CairnUi.currentUser());
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
		startedAt.setText(note.getStartedAt() == null ? "" : WHEN.format(note.getStartedAt().atZone(ZoneId.systemDefault())));
		showSections();
		boolean signed = note.getStatus() == NoteStatus.SIGNED;
		setEditable(!signed);
		part.setLabel(Messages.format("note.tab", Messages.label(note.getFormat())));
		part.updateLocalization();
		state.setText(message != null ? message : signed
				? Messages.format("note.state.signed", note.getSignature() == null ? "" : note.getSignature().getSignerId(),
						note.getSignature() == null ? "" : Messages.dateTime(note.getSignature().getSignedAt()))
				: version == 0 ? Messages.get("note.state.new") : Messages.format("note.state.saved", version));
		loading = false;
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
			text.setEditable(note.getStatus() != NoteStatus.SIGNED);
			sectionTexts.add(text);
		}
		sections.layout(true, true);
	}

	private void setEditable(boolean editable) {
		for (Control control : new Control[] { serviceType, modality, format, startedAt, sign }) {
			control.setEnabled(editable);
		}
		for (Text text : sectionTexts) {
			text.setEditable(editable);
		}
	}

	/** Something was typed: the note is dirty, and an autosave follows in a few seconds. */
	private void edited() {
		if (loading || note == null) {
			return;
		}
		dirty.setDirty(true);
		if (!changedSinceAutosave) {
			changedSinceAutosave = true;
			body.getDisplay().timerExec(AUTOSAVE_MS, autosave);
		}
	}

	/** Copies what is on screen into the note. */
	private void collect() {
		int s = serviceType.getSelectionIndex();
		note.setServiceType(s < 0 ? null : ServiceType.values()[s]);
		int m = modality.getSelectionIndex();
		note.setModality(m < 0 ? null : Modality.values()[m]);
		try {
			note.setStartedAt(LocalDateTime.parse(startedAt.getText().strip(), WHEN).atZone(ZoneId.systemDefault()).toInstant());
		} catch (DateTimeParseException e) {
			// Kept as it was; saving names the problem.
		}
		for (int i = 0; i < sectionTexts.size() && i < note.getSections().size(); i++) {
			note.getSections().get(i).setText(sectionTexts.get(i).getText());
		}
	}

	private void autosave() {
		if (body.isDisposed() || !changedSinceAutosave || note == null) {
			return;
		}
		changedSinceAutosave = false;
		collect();
		SessionNote copy = EcoreUtil.copy(note);
		int based = version;
		String user = CairnUi.currentUser();
		store.run(Messages.get("note.job.autosave"), records -> {
			records.saveDraft(copy, based, user);
			return Instant.now();
		}, at -> {
			if (!state.isDisposed()) {
				state.setText(Messages.format("note.state.autosaved", Messages.dateTime(at)));
			}
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(Messages.format("note.state.autosaveFailed", failure.message()));
			}
		});
	}

	/** Ctrl+S or File > Save: stores the note as a new version (its draft goes with it). */
	@Persist
	public void save() {
		store(Messages.get("note.reason.saved"), null);
	}

	private void store(String reason, Runnable after) {
		if (note == null) {
			return;
		}
		collect();
		if (startedAt.getText().isBlank() || parseFails()) {
			state.setText(Messages.get("note.problem.startedAt"));
			return;
		}
		SessionNote copy = EcoreUtil.copy(note);
		int based = version;
		String user = CairnUi.currentUser();
		store.run(Messages.get("note.job.save"), records -> records.save(copy, based, user, reason), stored -> {
			version = stored.version();
			note = stored.record();
			changedSinceAutosave = false;
			dirty.setDirty(false);
			if (!body.isDisposed()) {
				show(null);
			}
			events.post(CairnUi.TOPIC_RECORDS_CHANGED, note.getPatientId());
			if (after != null) {
				after.run();
			}
		}, failure -> {
			// Nothing typed is lost: the note stays on screen, dirty, and its draft is kept.
			if (!state.isDisposed()) {
				state.setText(Messages.format("note.state.saveFailed", failure.message()));
			}
		});
	}

	private boolean parseFails() {
		try {
			LocalDateTime.parse(startedAt.getText().strip(), WHEN);
			return false;
		} catch (DateTimeParseException e) {
			return true;
		}
	}

	/** Sign: after a confirmation, the note is stored signed and becomes read-only; corrections are addenda. */
	private void sign() {
		if (note == null || note.getStatus() == NoteStatus.SIGNED) {
			return;
		}
		if (!MessageDialog.openConfirm(body.getShell(), Messages.get("note.sign.title"), Messages.get("note.sign.confirm"))) {
			return;
		}
		collect();
		Signature signature = CairnFactory.eINSTANCE.createSignature();
		signature.setSignerId(CairnUi.currentUser());
		signature.setRole(SignerRole.CLINICIAN);
		signature.setSignedAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		signature.setMeaning(Messages.get("note.sign.meaning"));
		note.setSignature(signature);
		note.setStatus(NoteStatus.SIGNED);
		store(Messages.get("note.reason.signed"), null);
	}

	@Focus
	public void setFocus() {
		(sectionTexts.isEmpty() ? body : sectionTexts.get(0)).setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (!body.isDisposed()) {
			body.getDisplay().timerExec(-1, autosave);
		}
		// Work not yet autosaved is written now, so that closing Cairn loses nothing.
		if (changedSinceAutosave && note != null && note.getStatus() != NoteStatus.SIGNED) {
			changedSinceAutosave = false;
			if (!startedAt.isDisposed()) {
				collect();
			}
			SessionNote copy = EcoreUtil.copy(note);
			int based = version;
			String user = CairnUi.currentUser();
			store.run(Messages.get("note.job.autosave"), records -> {
				records.saveDraft(copy, based, user);
				return null;
			}, ignored -> {
			}, failure -> {
			});
		}
	}
}
