package org.cairn.ui.data;

import java.util.Optional;
import java.util.function.Consumer;

import org.cairn.clinical.Drafts;
import org.cairn.model.ClinicalRecord;
import org.cairn.security.Session;
import org.cairn.store.Draft;
import org.cairn.store.SaveConflictException;
import org.cairn.store.StoredRecord;
import org.cairn.ui.Messages;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;

/**
 * The editing life cycle every record editor shares (a session note, a care plan, a group session), written once: the
 * record loaded with the person's own draft when it continues the stored version, dirty while anything is unsaved, an
 * autosave a few seconds after typing stops, the work flushed to the draft when the editor closes, and a save (or a
 * signature, an addendum, a co-signature: any service call that stores a version) with the same choices when someone
 * else stored the record meanwhile: keep mine as the newest version (theirs stays in the history), compare the two, or
 * decide later (the draft is kept). Every change the person makes is an EMF command on one command stack, so that it can
 * be undone and redone (Edit › Undo, Ctrl+Z; Edit › Redo, Ctrl+Y) and the stack knows whether anything is unsaved: an
 * editor either executes its own commands on {@link #stack()} (the care plan's tree) or hands a change of its fields
 * to {@link #change} (a note's, a group's), which records it as one command. Each editor keeps only its own fields and
 * layout ({@link Host}).
 *
 * @param <T> the kind of record edited
 */
public final class RecordEditing<T extends ClinicalRecord> {

	/** How long after the last change the draft is written. */
	public static final int AUTOSAVE_MS = 3000;

	/** What the editor gives the life cycle. */
	public interface Host<T extends ClinicalRecord> {

		/** A copy of the record as it stands on screen (what is typed included), for a draft or a save. */
		T snapshot();

		/** Says where things stand on the editor's state line. */
		void say(String text);

		/** The stored version came back from a save: the editor shows it. */
		void stored(StoredRecord<T> stored);

		/**
		 * Someone else stored the record meanwhile: shows theirs beside {@code mine} (for the compare choice). Editors
		 * without a comparison of their own get {@link RecordCompareDialog}.
		 */
		void compare(T mine);

		/** A person as people know them (a user id in, a name out); the id itself by default. */
		default String nameOf(String userId) {
			return userId;
		}
	}

	/** What storing asks of a service, on a copy of the record, based on a version, in a job. */
	@FunctionalInterface
	public interface Work<T extends ClinicalRecord> {
		StoredRecord<T> apply(Session session, T copy, int basedOn);
	}

	private final String kind;
	private final Control body;
	private final Host<T> host;
	private final MDirtyable dirty;
	private final StoreAccess jobs;
	private final Drafts drafts;
	private final Session session;
	private final Runnable autosave = this::autosave;
	private int version;
	private boolean changedSinceAutosave;
	private boolean saving;
	private boolean restoredDraft;
	private final BasicCommandStack stack = new BasicCommandStack();
	/**
	 * This editing's jobs (autosaves, saves, the flush on closing) run one after the other under this rule, so that an
	 * autosave started before a save never lands after it (a stale draft, or its "autosaved" over the save's words).
	 */
	private final org.eclipse.core.runtime.jobs.ISchedulingRule rule = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
		@Override
		public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule other) {
			return other == this;
		}

		@Override
		public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule other) {
			return other == this;
		}
	};

	/**
	 * @param kind what is edited, for the messages ({@code note}, {@code plan}, {@code group}: the keys
	 *             {@code <kind>.job.autosave}, {@code <kind>.state.autosaved}, ... in messages.properties)
	 */
	public RecordEditing(String kind, Control body, Host<T> host, MDirtyable dirty, StoreAccess jobs, Drafts drafts, Session session) {
		this.kind = kind;
		this.body = body;
		this.host = host;
		this.dirty = dirty;
		this.jobs = jobs;
		this.drafts = drafts;
		this.session = session;
	}

	/** The stored version the editing is based on; 0 for a record not stored yet. */
	public int version() {
		return version;
	}

	/** Whether a draft was restored and not stored since. */
	public boolean restoredDraft() {
		return restoredDraft;
	}

	/** Whether a save is under way (a second one waits for it). */
	public boolean saving() {
		return saving;
	}

	/**
	 * What the editor opens with, from what it read in a job: the person's draft when there is one (then the editor is
	 * dirty and the draft's time is said; a draft written on an older version than the stored one stays based on it,
	 * so that saving it offers a conflict's choices), else the stored version, else empty (a new record).
	 */
	@SuppressWarnings("unchecked")
	public Optional<T> loaded(StoredRecord<? extends ClinicalRecord> stored, Draft<? extends ClinicalRecord> draft, Class<T> type) {
		int newest = stored == null ? 0 : stored.version();
		version = newest;
		stack.flush();
		changedSinceAutosave = false;
		if (draft != null && draft.basedOnVersion() <= newest && type.isInstance(draft.record())) {
			// the person's unsaved work comes back; when someone stored a newer version meanwhile, the editing stays
			// based on the version the draft was written on, so that saving meets the newer one as a conflict, with its
			// choices (compare, keep mine as the newest, decide later), and nothing of either is lost
			version = draft.basedOnVersion();
			restoredDraft = true;
			dirty.setDirty(true);
			host.say(version == newest ? Messages.format(kind + ".state.draftRestored", Messages.dateTime(draft.savedAt()))
					: Messages.format("editor.state.draftBehind", Messages.dateTime(draft.savedAt()), version, newest));
			return Optional.of((T) draft.record());
		}
		restoredDraft = false;
		dirty.setDirty(false);
		return stored != null && type.isInstance(stored.record()) ? Optional.of((T) stored.record()) : Optional.empty();
	}

	/** The command stack of this editing: what can be undone and redone, and whether anything is unsaved. */
	public BasicCommandStack stack() {
		return stack;
	}

	/** Whether anything changed since the record was loaded or last stored (a restored draft counts). */
	public boolean unsaved() {
		return restoredDraft || stack.isSaveNeeded();
	}

	/**
	 * Makes what {@code apply} does to {@code record} (copy the fields on screen into it, apply a note format) one
	 * undoable change, when it changes anything; the editor becomes dirty and an autosave follows. Returns whether
	 * anything changed.
	 */
	public boolean change(T record, Consumer<T> apply) {
		T probe = EcoreUtil.copy(record);
		apply.accept(probe);
		if (EcoreUtil.equals(probe, record)) {
			return false;
		}
		stack.execute(new ChangeCommand(record) {
			@Override
			protected void doExecute() {
				apply.accept(record);
			}
		});
		edited(true);
		return true;
	}

	/** Undoes the last change, if there is one; the editor shows the record again and is dirty unless all is as stored. */
	public boolean undo() {
		if (!stack.canUndo()) {
			return false;
		}
		stack.undo();
		edited(unsaved());
		return true;
	}

	/** Redoes the last change undone, if there is one. */
	public boolean redo() {
		if (!stack.canRedo()) {
			return false;
		}
		stack.redo();
		edited(unsaved());
		return true;
	}

	/** Something changed on screen: dirty (or not, when {@code stillUnsaved} says all is as stored), an autosave soon. */
	public void edited(boolean stillUnsaved) {
		if (body.isDisposed()) {
			return;
		}
		dirty.setDirty(stillUnsaved);
		if (stillUnsaved && !changedSinceAutosave) {
			changedSinceAutosave = true;
			body.getDisplay().timerExec(AUTOSAVE_MS, autosave);
		}
	}

	/** Something changed on screen: dirty, an autosave soon. */
	public void edited() {
		edited(true);
	}

	private void autosave() {
		if (body.isDisposed() || !changedSinceAutosave) {
			return;
		}
		changedSinceAutosave = false;
		if (!dirty.isDirty()) {
			return;
		}
		jobs.saveDraft(Messages.get(kind + ".job.autosave"), rule, drafts, session, host.snapshot(), version, at -> {
			if (!body.isDisposed()) {
				host.say(Messages.format(kind + ".state.autosaved", Messages.dateTime(at)));
			}
		}, failure -> {
			if (!body.isDisposed()) {
				host.say(Messages.format(kind + ".state.autosaveFailed", failure.message()));
			}
		});
	}

	/**
	 * The editor is closing: the autosave timer stops, and work not yet autosaved is written to the draft now, so that
	 * closing Cairn loses nothing. {@code snapshot} is the record as it was last on screen (the widgets may be gone).
	 */
	public void flush(T snapshot) {
		if (!body.isDisposed()) {
			body.getDisplay().timerExec(-1, autosave);
		}
		if (changedSinceAutosave && snapshot != null && dirty.isDirty()) {
			changedSinceAutosave = false;
			int based = version;
			jobs.call(Messages.get(kind + ".job.autosave"), rule, () -> drafts.save(session, snapshot, based), ignored -> {
			}, failure -> {
			});
		}
	}

	/**
	 * Stores a version through a service ({@code work}) in a job: on success the editor shows what was stored, is no
	 * longer dirty and {@code after} runs; on a refusal or failure nothing is lost (the record stays on screen, dirty,
	 * with its draft) and the reason is said; when someone else stored the record meanwhile, the person chooses.
	 */
	public void store(Work<T> work, Runnable after) {
		store(work, version, after);
	}

	private void store(Work<T> work, int based, Runnable after) {
		if (saving) {
			return;
		}
		T copy = host.snapshot();
		// what the save stores needs no autosave after it; should it fail, the work is dirty again and autosaved
		body.getDisplay().timerExec(-1, autosave);
		changedSinceAutosave = false;
		saving = true;
		jobs.call(Messages.get(kind + ".job.save"), rule, () -> work.apply(session, copy, based), stored -> {
			saving = false;
			version = stored.version();
			restoredDraft = false;
			changedSinceAutosave = false;
			stack.saveIsDone();
			dirty.setDirty(false);
			if (!body.isDisposed()) {
				host.stored(stored);
			}
			if (after != null) {
				after.run();
			}
		}, failure -> {
			saving = false;
			if (body.isDisposed()) {
				return;
			}
			edited(true);
			if (failure.cause() instanceof SaveConflictException conflict) {
				resolve(conflict, work, after, copy);
			} else {
				host.say(Messages.format(kind + ".state.saveFailed", failure.message()));
			}
		});
	}

	/** Someone else stored the record meanwhile: keep mine as the newest version (theirs stays in the history), compare, or not yet. */
	private void resolve(SaveConflictException conflict, Work<T> work, Runnable after, T mine) {
		MessageDialog dialog = new MessageDialog(body.getShell(), Messages.format("editor.conflict.title", Messages.get("editor.kind." + kind)), null,
				Messages.format("editor.conflict.message", Messages.get("editor.kind." + kind), host.nameOf(conflict.savedBy()), Messages.dateTime(conflict.savedAt()),
						conflict.currentVersion()),
				MessageDialog.WARNING, 0, Messages.get("editor.conflict.mine"), Messages.get("editor.conflict.compare"),
				Messages.get("editor.conflict.later"));
		switch (dialog.open()) {
		case 0 -> store(work, conflict.currentVersion(), after);
		case 1 -> {
			host.compare(mine);
			host.say(Messages.format("editor.state.conflictKept", conflict.currentVersion()));
		}
		default -> host.say(Messages.format("editor.state.conflictKept", conflict.currentVersion()));
		}
	}
}
