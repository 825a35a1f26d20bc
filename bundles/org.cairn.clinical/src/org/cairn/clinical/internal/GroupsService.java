package org.cairn.clinical.internal;

import java.util.ArrayList;
import java.util.List;

import org.cairn.clinical.Charts;
import org.cairn.clinical.GroupRules;
import org.cairn.clinical.Groups;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.GroupAttendee;
import org.cairn.model.GroupSession;
import org.cairn.model.NoteStatus;
import org.cairn.model.SessionNote;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Groups} on the record store. */
@Component(service = Groups.class)
public class GroupsService implements Groups {

	@Reference
	RecordStore store;

	@Reference
	Charts charts;

	public GroupsService() {
	}

	/** For tests and hosts without Declarative Services. */
	public GroupsService(RecordStore store, Charts charts) {
		this.store = store;
		this.charts = charts;
	}

	@Override
	public StoredRecord<GroupSession> save(Session session, GroupSession group, int basedOnVersion, String reason) {
		Guard.require(store, session, Permission.NOTE_WRITE, "group.save", null);
		for (GroupAttendee attendee : group.getRoster()) {
			Guard.requireChart(store, charts, session, Permission.NOTE_WRITE, "group.save", attendee.getPatientId());
		}
		return store.save(group, basedOnVersion, session.userId(), reason);
	}

	@Override
	public StoredRecord<GroupSession> writeNotes(Session session, GroupSession group, int basedOnVersion, List<SessionNote> notes,
			String notesReason, String reason) {
		Guard.require(store, session, Permission.NOTE_WRITE, "group.write", null);
		List<Problem> problems = GroupRules.check(group);
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
		GroupSession written = EcoreUtil.copy(group);
		List<RecordStore.Change> changes = new ArrayList<>();
		for (SessionNote note : notes) {
			GroupAttendee attendee = written.getRoster().stream().filter(a -> a.getPatientId().equals(note.getPatientId())).findFirst().orElse(null);
			if (attendee == null || !GroupRules.attended(attendee.getAttendance()) || !group.getId().equals(note.getGroupSessionId())
					|| note.getStatus() != NoteStatus.DRAFT || !session.userId().equals(note.getAuthorId())) {
				throw new RefusedException(Problem.of("group.note", note.getPatientId()));
			}
			Guard.requireChart(store, charts, session, Permission.NOTE_WRITE, "group.write", note.getPatientId());
			Guard.requireNotMerged(store, session, note, "group.write");
			attendee.setNoteId(note.getId());
			if (store.read(note.getId()).isEmpty()) {
				changes.add(new RecordStore.Change(note, 0, notesReason));
			}
		}
		for (GroupAttendee attendee : written.getRoster()) {
			if (!GroupRules.attended(attendee.getAttendance())) {
				attendee.setNoteId(null);
			}
		}
		changes.add(new RecordStore.Change(written, basedOnVersion, reason));
		List<StoredRecord<ClinicalRecord>> stored = store.saveTogether(changes, session.userId());
		@SuppressWarnings("unchecked")
		StoredRecord<GroupSession> last = (StoredRecord<GroupSession>) (StoredRecord<?>) stored.get(stored.size() - 1);
		return last;
	}

	@Override
	public boolean mayAdd(Session session, String patientId) {
		return session != null && session.has(Permission.NOTE_WRITE) && charts.mayOpen(session, patientId)
				&& patientId.equals(store.chartOf(patientId));
	}

	@Override
	public java.util.Map<String, String> names(Session session, java.util.Collection<String> patientIds) {
		Guard.require(store, session, Permission.DEMOGRAPHICS_READ, "group.names", null);
		java.util.Map<String, String> names = new java.util.HashMap<>();
		for (String patientId : patientIds) {
			store.read(patientId).map(org.cairn.store.StoredRecord::record).filter(org.cairn.model.Patient.class::isInstance)
					.map(org.cairn.model.Patient.class::cast).ifPresent(patient -> names.put(patientId, patient.getFamilyName() + ", " + patient.getGivenName()));
		}
		return names;
	}
}
