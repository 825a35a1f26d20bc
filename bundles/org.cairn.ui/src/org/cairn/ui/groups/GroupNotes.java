package org.cairn.ui.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.cairn.model.CairnFactory;
import org.cairn.model.GroupAttendee;
import org.cairn.model.GroupSession;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.Messages;
import org.cairn.ui.notes.NoteFormats;

/**
 * A group session written once and fanned out: one draft note per attendee who came, in that attendee's own chart
 * (what the group needs first is {@link org.cairn.clinical.GroupRules}'s, storing them the groups service's). Each note carries the group's shared content and the
 * attendee's own participation; the clinician completes each (plan, risk screen) and signs it on its own. Note
 * ids follow from the group and the patient, so writing the notes twice never makes a second note.
 */
public final class GroupNotes {

	private GroupNotes() {
	}

	/** The id of {@code patientId}'s note of {@code group}: the same each time, and short enough for any ids. */
	public static String noteId(GroupSession group, String patientId) {
		return "n-" + java.util.UUID.nameUUIDFromBytes((group.getId() + "/" + patientId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * The draft notes of everyone who came, by {@code author}, each in the attendee's open episode
	 * ({@code episodes}: patient id to episode id; absent when the patient has none open).
	 */
	public static List<SessionNote> fanOut(GroupSession group, String author, Map<String, String> episodes) {
		List<SessionNote> notes = new ArrayList<>();
		for (GroupAttendee attendee : group.getRoster()) {
			if (!org.cairn.clinical.GroupRules.attended(attendee.getAttendance())) {
				continue;
			}
			SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
			note.setId(noteId(group, attendee.getPatientId()));
			note.setPatientId(attendee.getPatientId());
			note.setEpisodeId(episodes.get(attendee.getPatientId()));
			note.setGroupSessionId(group.getId());
			note.setServiceType(group.getServiceType() == null ? ServiceType.GROUP : group.getServiceType());
			note.setModality(group.getModality());
			note.setLocation(group.getLocation());
			note.setStartedAt(group.getStartedAt());
			note.setEndedAt(group.getEndedAt());
			note.getAttendees().addAll(group.getFacilitatorIds());
			note.setAuthorId(author);
			note.setStatus(NoteStatus.DRAFT);
			NoteFormats.apply(note, NoteFormat.DAP);
			for (NoteSection section : note.getSections()) {
				switch (section.getKey()) {
				case "D" -> section.setText(Messages.format("group.note.data", group.getTopic(), group.getContent(),
						Messages.label(attendee.getAttendance())));
				case "A" -> section.setText(attendee.getParticipation());
				default -> {
				}
				}
			}
			notes.add(note);
		}
		return notes;
	}

	/**
	 * One draft note for everyone who came, each in their open episode, made here from the group; the groups service
	 * checks and stores the notes and the group naming them in one transaction.
	 */
	static org.cairn.store.StoredRecord<GroupSession> write(org.cairn.clinical.Charts charts, org.cairn.clinical.Groups groups, org.cairn.security.Session session,
			GroupSession group, int based) {
		Map<String, String> episodes = new HashMap<>();
		for (GroupAttendee attendee : group.getRoster()) {
			for (TimelineEntry entry : charts.view(session, attendee.getPatientId()).timeline(Set.of("EpisodeOfCare"))) {
				if ("ACTIVE".equals(entry.status()) || "PLANNED".equals(entry.status())) {
					episodes.put(attendee.getPatientId(), entry.recordId());
					break;
				}
			}
		}
		List<SessionNote> notes = GroupNotes.fanOut(group, session.userId(), episodes);
		return groups.writeNotes(session, group, based, notes, Messages.get("group.reason.notes"), Messages.get("group.reason.written"));
	}
}
