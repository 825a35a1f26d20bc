package org.cairn.clinical;

import java.util.List;

import org.cairn.model.GroupSession;
import org.cairn.model.SessionNote;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * Group sessions, for every caller: a group is written once and fanned out into one draft note per client who came,
 * each in that client's own chart. Every chart on the roster must be open to the person (caseload, programme,
 * supervision or emergency access), as for any note.
 */
public interface Groups {

	/**
	 * Stores the group as a version.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to write notes;
	 *                          {@code chart.outside-caseload} (patient) when a chart on the roster is not open to the
	 *                          person (audited)
	 */
	StoredRecord<GroupSession> save(Session session, GroupSession group, int basedOnVersion, String reason);

	/**
	 * Stores the draft notes of a group not stored before, and the group naming them, in one transaction: all or
	 * nothing. Each note must be a draft by the person, of this group, for someone on the roster who came.
	 *
	 * @param notes one draft note per attendee who came; notes stored already are left as they are
	 * @throws RefusedException {@code access.denied}; the problems of {@link GroupRules#check}; {@code group.note}
	 *                          (patient) for a note that is not one of this group's; {@code chart.outside-caseload} or
	 *                          {@code chart.merged} (audited) for a chart the note cannot go into
	 */
	StoredRecord<GroupSession> writeNotes(Session session, GroupSession group, int basedOnVersion, List<SessionNote> notes, String notesReason,
			String reason);

	/** Whether {@code patientId} may be added to a group by {@code session}'s person: their chart is open to them. */
	boolean mayAdd(Session session, String patientId);

	/**
	 * The names ("Family, Given") of the patients of a roster, by patient id, for the group's screen; an id with no
	 * patient is left out.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to see patients' names
	 */
	java.util.Map<String, String> names(Session session, java.util.Collection<String> patientIds);
}
