package org.cairn.clinical;

import java.util.ArrayList;
import java.util.List;

import org.cairn.model.Attendance;
import org.cairn.model.GroupAttendee;
import org.cairn.model.GroupSession;

/**
 * What a group session needs before its notes are written (CLINICAL.md: one group, one note per client who came):
 * a topic, a start and a later end, the shared content, someone on the roster, and the participation of everyone who
 * came. Problems are codes; the workbench says them in words.
 */
public final class GroupRules {

	private GroupRules() {
	}

	/** Whether {@code attendance} means the patient was there (on time, late, or leaving early). */
	public static boolean attended(Attendance attendance) {
		return attendance == Attendance.PRESENT || attendance == Attendance.LATE || attendance == Attendance.LEFT_EARLY;
	}

	/**
	 * The problems that stop the notes being written: {@code group.topic}, {@code group.startedAt},
	 * {@code group.endedAt}, {@code group.content}, {@code group.roster}, and {@code group.participation} (the
	 * patient's id) for each attendee who came without their participation written.
	 */
	public static List<Problem> check(GroupSession group) {
		List<Problem> problems = new ArrayList<>();
		if (group.getTopic() == null || group.getTopic().isBlank()) {
			problems.add(Problem.of("group.topic"));
		}
		if (group.getStartedAt() == null) {
			problems.add(Problem.of("group.startedAt"));
		} else if (group.getEndedAt() == null || !group.getEndedAt().isAfter(group.getStartedAt())) {
			problems.add(Problem.of("group.endedAt"));
		}
		if (group.getContent() == null || group.getContent().isBlank()) {
			problems.add(Problem.of("group.content"));
		}
		if (group.getRoster().isEmpty()) {
			problems.add(Problem.of("group.roster"));
		}
		for (GroupAttendee attendee : group.getRoster()) {
			if (attended(attendee.getAttendance()) && (attendee.getParticipation() == null || attendee.getParticipation().isBlank())) {
				problems.add(Problem.of("group.participation", attendee.getPatientId()));
			}
		}
		return problems;
	}
}
