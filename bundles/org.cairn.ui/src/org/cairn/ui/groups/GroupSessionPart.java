package org.cairn.ui.groups;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cairn.model.Attendance;
import org.cairn.model.CairnFactory;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.GroupAttendee;
import org.cairn.model.GroupSession;
import org.cairn.model.Modality;
import org.cairn.model.Patient;
import org.cairn.model.ServiceType;
import org.cairn.security.Permission;
import org.cairn.store.Draft;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.Values;
import org.cairn.ui.data.RecordEditing;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.notes.Notes;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A group session, written once: topic, time, facilitators and the content shared by everyone; a roster of
 * patients with their attendance and each one's participation; then Write Notes puts a draft note in the chart
 * of everyone who came ({@link GroupNotes}), which the clinician completes and signs on its own (Enter on a
 * roster line opens that note). The session is autosaved as a draft while it is written and saved with Ctrl+S.
 */
public class GroupSessionPart implements org.cairn.ui.Undoable {

	/** Persisted-state key of the group's record id. */
	public static final String GROUP = "cairn.group";
	/** The part descriptor groups open from. */
	public static final String DESCRIPTOR = "org.cairn.ui.partdescriptor.group";

	@Inject
	StoreAccess store;
	/** Work in progress is autosaved and restored through the drafts service: the person's own drafts only. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.clinical.Drafts drafts;
	@Inject
	private MPart part;
	@Inject
	private MDirtyable dirty;
	@Inject
	private IEventBroker events;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;
	/** Decides and stores: whose charts a group may hold, the rules before its notes are written, all in one save. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.clinical.Groups groups;
	/** Finds clients and reads what their charts hold (each chart's service checks whether it is open to the person). */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.clinical.Charts charts;
	@Inject
	org.cairn.security.Session session;

	GroupSession group;
	/** Load, draft, dirty, autosave, flush, save with a conflict's choices: the life cycle every record editor shares. */
	private RecordEditing<GroupSession> life;
	private boolean loading = true;
	final Map<String, String> names = new HashMap<>();
	/** Finding clients and adding them to the roster. */
	private final ClientSearch clients = new ClientSearch(this);

	private Composite body;
	Label state;
	private GroupForm form;
	/** People's names by user id, to show the facilitators by name. */
	private Map<String, String> staff = Map.of();
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.security.Accounts accounts;
	Table roster;
	private Combo attendance;
	private Text participation;
	/** The roster line whose participation is on screen, and whether something typed there is not yet a change. */
	private int participant = -1;
	private boolean participationPending;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		body.setData(CairnUi.WIDGET_ID, "group");
		body.setLayout(new GridLayout(4, false));
		life = new RecordEditing<>("group", body, new RecordEditing.Host<>() {
			@Override
			public GroupSession snapshot() {
				return GroupSessionPart.this.snapshot();
			}

			@Override
			public void say(String text) {
				if (!state.isDisposed()) {
					state.setText(text);
				}
			}

			@Override
			public void stored(StoredRecord<GroupSession> stored) {
				// the notes a Write Notes put in the charts are named on the roster
				for (int i = 0; i < group.getRoster().size() && i < stored.record().getRoster().size(); i++) {
					group.getRoster().get(i).setNoteId(stored.record().getRoster().get(i).getNoteId());
				}
				life.stack().flush(); // the notes named are not a change to undo
				showRoster();
				state.setText(Messages.format("group.state.saved", stored.version()));
			}

			@Override
			public String nameOf(String userId) {
				return staffName(userId);
			}

			@Override
			public void compare(GroupSession mine) {
				new org.cairn.ui.data.RecordCompareDialog(body.getShell(), charts, accounts, session, group.getId(), mine).open();
			}
		}, dirty, store, drafts, session);
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, event -> scroller.setMinSize(body.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));

		state = new Label(body, SWT.WRAP);
		state.setData(CairnUi.WIDGET_ID, "group.state");
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		state.setText(Messages.get("group.loading"));
		form = new GroupForm(body, this::edited, this::commit);

		clients.create(body);

		new Label(body, SWT.NONE).setText(Messages.get("group.roster"));
		roster = new Table(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		roster.setData(CairnUi.WIDGET_ID, "group.roster");
		roster.setHeaderVisible(true);
		GridData rosterData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		rosterData.heightHint = 110;
		roster.setLayoutData(rosterData);
		for (String column : new String[] { "group.column.patient", "group.column.attendance", "group.column.note" }) {
			TableColumn tableColumn = new TableColumn(roster, SWT.LEFT);
			tableColumn.setText(Messages.get(column));
			tableColumn.setWidth(column.endsWith("patient") ? 200 : 140);
		}
		roster.addListener(SWT.Selection, event -> showAttendee());
		roster.addListener(SWT.DefaultSelection, event -> openNote());
		attendance = new Combo(labelled("group.attendance"), SWT.READ_ONLY | SWT.DROP_DOWN);
		attendance.setData(CairnUi.WIDGET_ID, "group.attendance");
		Arrays.stream(Attendance.values()).forEach(value -> attendance.add(Values.text(value)));
		attendance.addListener(SWT.Selection, event -> {
			int index = roster.getSelectionIndex();
			if (index >= 0 && attendance.getSelectionIndex() >= 0) {
				Attendance chosen = Attendance.values()[attendance.getSelectionIndex()];
				change(copy -> copy.getRoster().get(index).setAttendance(chosen));
			}
		});
		new Label(body, SWT.NONE);
		new Label(body, SWT.NONE);
		new Label(body, SWT.NONE).setText(Messages.get("group.participation"));
		participation = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		org.cairn.ui.Editors.tabMovesOn(participation);
		participation.setData(CairnUi.WIDGET_ID, "group.participation");
		GridData participationData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
		participationData.heightHint = 60;
		participation.setLayoutData(participationData);
		participation.addModifyListener(event -> {
			if (participant >= 0 && !loading) {
				participationPending = true;
				edited();
			}
		});
		participation.addListener(SWT.FocusOut, event -> commitParticipation());

		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 4, 1));
		buttons.setLayout(new GridLayout(2, false));
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.get("group.remove"));
		remove.setData(CairnUi.WIDGET_ID, "group.remove");
		remove.addListener(SWT.Selection, event -> removeSelected());
		Button write = new Button(buttons, SWT.PUSH);
		write.setText(Messages.get("group.write"));
		write.setData(CairnUi.WIDGET_ID, "group.write");
		write.addListener(SWT.Selection, event -> writeNotes());
		load();
	}

	private Composite labelled(String key) {
		new Label(body, SWT.NONE).setText(Messages.get(key));
		return body;
	}

	/** Reads the group (its draft when there is one) and its patients' names. */
	private void load() {
		String id = part.getPersistedState().computeIfAbsent(GROUP, key -> "group-" + UUID.randomUUID());
		org.cairn.security.Session reader = session;
		store.call(Messages.get("group.job.open"), () -> {
			java.util.Optional<StoredRecord<ClinicalRecord>> stored = charts.read(reader, id);
			java.util.Optional<Draft<ClinicalRecord>> draft = drafts.draft(reader, id);
			java.util.Set<String> roster = new java.util.LinkedHashSet<>();
			java.util.stream.Stream.concat(stored.stream().map(StoredRecord::record), draft.stream().map(Draft::record))
					.filter(GroupSession.class::isInstance).forEach(record -> ((GroupSession) record).getRoster().forEach(a -> roster.add(a.getPatientId())));
			Map<String, String> known = roster.isEmpty() ? new HashMap<>() : groups.names(reader, roster);
			Map<String, String> people = accounts == null ? Map.of() : accounts.names();
			return new Object[] { stored.orElse(null), draft.orElse(null), known, people };
		}, found -> {
			if (body.isDisposed()) {
				return;
			}
			@SuppressWarnings("unchecked")
			Map<String, String> known = (Map<String, String>) found[2];
			names.putAll(known);
			@SuppressWarnings("unchecked")
			Map<String, String> people = (Map<String, String>) found[3];
			staff = people;
			group = life.loaded((StoredRecord<?>) found[0], (Draft<?>) found[1], GroupSession.class).orElseGet(() -> newGroup(id));
			String restored = life.restoredDraft() ? state.getText() : null;
			show();
			if (restored != null) {
				state.setText(restored);
			}
		}, failure -> {
			if (!state.isDisposed()) {
				state.setText(failure.message());
			}
		});
	}

	private GroupSession newGroup(String id) {
		GroupSession group = CairnFactory.eINSTANCE.createGroupSession();
		group.setId(id);
		group.setServiceType(ServiceType.GROUP);
		group.setModality(Modality.IN_PERSON);
		group.setStartedAt(Instant.now().truncatedTo(ChronoUnit.HOURS));
		group.setEndedAt(group.getStartedAt().plus(90, ChronoUnit.MINUTES));
		group.getFacilitatorIds().add(session.userId());
		return group;
	}

	/** A facilitator as people know them, "Dana Whitlock (d.whitlock)"; the id alone for someone the accounts do not know. */
	private String staffName(String userId) {
		return org.cairn.ui.data.People.shown(userId, staff.get(userId));
	}

	static String name(Patient patient) {
		return patient.getFamilyName() + ", " + patient.getGivenName();
	}

	private void show() {
		loading = true;
		form.show(group, this::staffName);
		showRoster();
		part.setLabel(Messages.get("group.tab"));
		part.updateLocalization();
		state.setText(life.version() == 0 ? Messages.get("group.state.new") : Messages.format("group.state.saved", life.version()));
		loading = false;
		body.layout(true, true);
	}

	void showRoster() {
		int selected = roster.getSelectionIndex();
		roster.removeAll();
		for (GroupAttendee attendee : group.getRoster()) {
			TableItem item = new TableItem(roster, SWT.NONE);
			item.setText(new String[] { names.getOrDefault(attendee.getPatientId(), attendee.getPatientId()), Values.text(attendee.getAttendance()),
					attendee.getNoteId() == null ? "" : Messages.get("group.note.written") });
			item.setData(attendee);
		}
		if (selected >= 0 && selected < roster.getItemCount()) {
			roster.setSelection(selected);
		}
		showAttendee();
	}

	private GroupAttendee selectedAttendee() {
		int index = roster.getSelectionIndex();
		return index < 0 ? null : (GroupAttendee) roster.getItem(index).getData();
	}

	void showAttendee() {
		commitParticipation();
		GroupAttendee attendee = selectedAttendee();
		participant = roster.getSelectionIndex();
		boolean was = loading;
		loading = true;
		attendance.setEnabled(attendee != null);
		participation.setEnabled(attendee != null);
		attendance.select(attendee == null ? -1 : attendee.getAttendance().ordinal());
		participation.setText(attendee == null || attendee.getParticipation() == null ? "" : attendee.getParticipation());
		loading = was;
	}

	/** What is on screen becomes one undoable change of the group (when it changes anything). */
	private void commit() {
		if (group != null && form.isLive()) {
			life.change(group, form::collect);
			form.committedNow();
		}
		commitParticipation();
	}

	/** The participation typed for the roster line on screen becomes a change of its own. */
	private void commitParticipation() {
		if (participationPending && participant >= 0 && group != null && participant < group.getRoster().size() && !participation.isDisposed()) {
			participationPending = false;
			int index = participant;
			String text = participation.getText();
			life.change(group, copy -> copy.getRoster().get(index).setParticipation(text));
		}
	}

	/** {@code apply} to the group as one undoable change; the roster shows the result. */
	void change(java.util.function.Consumer<GroupSession> apply) {
		commit();
		if (life.change(group, apply)) {
			showRoster();
		}
	}

	/** A copy of the group as on screen, what is typed included, for a draft or a save. */
	private GroupSession snapshot() {
		commit();
		return EcoreUtil.copy(group);
	}

	@Override
	public boolean canUndo() {
		return group != null && (life.stack().canUndo() || form.pending() || participationPending);
	}

	@Override
	public boolean canRedo() {
		return group != null && life.stack().canRedo();
	}

	@Override
	public void undo() {
		commit();
		if (life.undo()) {
			showAgain();
		}
	}

	@Override
	public void redo() {
		if (life.redo()) {
			showAgain();
		}
	}

	private void showAgain() {
		loading = true;
		form.show(group, this::staffName);
		loading = false;
		showRoster();
	}

	void edited() {
		if (loading || group == null) {
			return;
		}
		life.edited(true);
	}

	private void removeSelected() {
		GroupAttendee attendee = selectedAttendee();
		if (attendee == null) {
			return;
		}
		if (attendee.getNoteId() != null) {
			state.setText(Messages.get("group.state.hasNote"));
			return;
		}
		int index = roster.getSelectionIndex();
		change(copy -> copy.getRoster().remove(index));
	}

	private void openNote() {
		GroupAttendee attendee = selectedAttendee();
		if (attendee != null && attendee.getNoteId() != null) {
			Notes.open(parts, model, application, attendee.getNoteId(), attendee.getPatientId(), null);
		}
	}

	/** Ctrl+S: the group as it is, as a version (its notes are written with Write Notes). */
	@Persist
	public void save() {
		if (!Access.check(body.getShell(), accounts, session, Permission.NOTE_WRITE, Messages.get("note.save.action"), null)) {
			return;
		}
		if (group == null) {
			return;
		}
		life.store((writer, copy, based) -> groups.save(writer, copy, based, Messages.get("group.reason.saved")), null);
	}

	/** One draft note in the chart of everyone who came, then the group with its notes named, as a version. */
	private void writeNotes() {
		if (group == null) {
			return;
		}
		commit();
		List<String> problems = words(org.cairn.clinical.GroupRules.check(group));
		if (!problems.isEmpty()) {
			state.setText(Messages.format("group.state.problems", String.join(" ", problems.subList(0, Math.min(3, problems.size())))));
			return;
		}
		life.store((writer, copy, based) -> GroupNotes.write(charts, groups, writer, copy, based), () -> {
			if (body.isDisposed()) {
				return;
			}
			long count = group.getRoster().stream().filter(attendee -> attendee.getNoteId() != null).count();
			state.setText(Messages.format("group.state.written", count));
			group.getRoster().forEach(attendee -> events.post(CairnUi.TOPIC_RECORDS_CHANGED, attendee.getPatientId()));
		});
	}

	/**
	 * The rules' problems in words, a patient named by name (the rules know patients by id only; the names are the
	 * roster's).
	 */
	private List<String> words(List<org.cairn.clinical.Problem> problems) {
		List<String> words = new ArrayList<>();
		for (org.cairn.clinical.Problem problem : problems) {
			List<Object> args = problem.args().stream().map(arg -> (Object) names.getOrDefault(String.valueOf(arg), String.valueOf(arg))).toList();
			words.add(org.cairn.ui.Problems.words(new org.cairn.clinical.Problem(problem.code(), args)));
		}
		return words;
	}

	@Focus
	public void setFocus() {
		form.setFocus();
	}

	@PreDestroy
	public void dispose() {
		// work not yet autosaved goes to the draft now, so that closing Cairn loses nothing
		life.flush(group == null ? null : form.isLive() ? snapshot() : EcoreUtil.copy(group));
	}
}
