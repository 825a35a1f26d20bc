package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.cairn.model.Attendance;
import org.cairn.model.CairnFactory;
import org.cairn.model.GroupAttendee;
import org.cairn.model.GroupSession;
import org.cairn.model.NoteStatus;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.ui.groups.GroupNotes;
import org.junit.jupiter.api.Test;

/** A group session fanned out into one draft note per attendee who came. */
class GroupNotesTest {

	private static final Instant START = Instant.parse("2026-11-23T14:00:00Z");

	static GroupSession group() {
		GroupSession group = CairnFactory.eINSTANCE.createGroupSession();
		group.setId("g-1");
		group.setTopic("Coping with cravings");
		group.setServiceType(ServiceType.GROUP);
		group.setStartedAt(START);
		group.setEndedAt(START.plus(90, ChronoUnit.MINUTES));
		group.setContent("Urge surfing practice.");
		group.getFacilitatorIds().add("t-counsellor-a");
		group.getRoster().add(attendee("p-1", Attendance.PRESENT, "Practised urge surfing."));
		group.getRoster().add(attendee("p-2", Attendance.ABSENT_EXCUSED, null));
		group.getRoster().add(attendee("p-3", Attendance.LATE, "Arrived at 14:20; listened."));
		return group;
	}

	static GroupAttendee attendee(String patient, Attendance attendance, String participation) {
		GroupAttendee attendee = CairnFactory.eINSTANCE.createGroupAttendee();
		attendee.setPatientId(patient);
		attendee.setAttendance(attendance);
		attendee.setParticipation(participation);
		return attendee;
	}

	@Test
	void everyoneWhoCameGetsTheirOwnDraftNoteWithTheSharedContentAndTheirParticipation() {
		List<SessionNote> notes = GroupNotes.fanOut(group(), "t-counsellor-a", Map.of("p-1", "e-1"));
		assertEquals(List.of("p-1", "p-3"), notes.stream().map(SessionNote::getPatientId).toList(), "not the one who was absent");
		assertEquals(GroupNotes.noteId(group(), "p-1"), notes.get(0).getId(), "the same id each time the notes are written");
		assertEquals(38, notes.get(0).getId().length());
		SessionNote first = notes.get(0);
		assertEquals("p-1", first.getPatientId());
		assertEquals("e-1", first.getEpisodeId());
		assertEquals("g-1", first.getGroupSessionId());
		assertEquals(NoteStatus.DRAFT, first.getStatus(), "each is signed on its own");
		assertEquals(ServiceType.GROUP, first.getServiceType());
		assertEquals(START.plus(90, ChronoUnit.MINUTES), first.getEndedAt());
		assertEquals("Group session: Coping with cravings. Urge surfing practice. Attendance: Present.", first.getSections().get(0).getText());
		assertEquals("Practised urge surfing.", first.getSections().get(1).getText());
		assertEquals("", first.getSections().get(2).getText(), "the plan is the clinician's, per client");
		assertEquals("Group session: Coping with cravings. Urge surfing practice. Attendance: Late.", notes.get(1).getSections().get(0).getText());
	}

	@Test
	void theNotesWaitForTheSharedContentAndEveryAttendeesParticipation() {
		GroupSession group = group();
		assertEquals(List.of(), org.cairn.clinical.GroupRules.check(group));
		group.getRoster().get(2).setParticipation(" ");
		group.setContent(null);
		assertEquals(List.of(org.cairn.clinical.Problem.of("group.content"), org.cairn.clinical.Problem.of("group.participation", "p-3")),
				org.cairn.clinical.GroupRules.check(group));
		assertEquals(List.of("Shared content: what the group did, written once for everyone.", "p-3: write how this client took part."),
				org.cairn.ui.Problems.words(org.cairn.clinical.GroupRules.check(group)));
		group.setEndedAt(START);
		assertEquals("Ended: after the start (yyyy-mm-dd hh:mm).", org.cairn.ui.Problems.words(org.cairn.clinical.GroupRules.check(group).get(0)));
	}
}
