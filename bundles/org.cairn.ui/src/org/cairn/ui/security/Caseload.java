package org.cairn.ui.security;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cairn.model.CareTeamMember;
import org.cairn.model.EpisodeOfCare;
import org.cairn.security.Accounts;
import org.cairn.store.RecordStore;
import org.cairn.store.TimelineEntry;

/**
 * Whose charts a clinician may open. A facility that keeps charts to caseloads ({@link Accounts#CHART_ACCESS} set to
 * {@link #CASELOAD}) lets each person open the charts of patients whose episode of care has them on its care team;
 * any other chart needs emergency access with a stated reason ("break-glass"), audited as such. Emergency access
 * lasts until the person signs out.
 */
public final class Caseload {

	/** {@link Accounts#CHART_ACCESS}: every chart to everyone whose role reads clinical records (the default). */
	public static final String ALL = "all";
	/** {@link Accounts#CHART_ACCESS}: charts to their care team; others by emergency access. */
	public static final String CASELOAD = "caseload";

	private static final Set<String> EMERGENCY = ConcurrentHashMap.newKeySet();

	private Caseload() {
	}

	/** Whether the facility keeps charts to caseloads. */
	public static boolean restricted(Accounts accounts) {
		return accounts != null && CASELOAD.equals(accounts.setting(Accounts.CHART_ACCESS).orElse(ALL));
	}

	/** Whether {@code user} is on the care team of any of the patient's episodes of care. */
	public static boolean includes(RecordStore records, String patientId, String user) {
		for (TimelineEntry entry : records.timeline(patientId, Set.of("EpisodeOfCare"))) {
			boolean member = records.read(entry.recordId()).map(stored -> stored.record() instanceof EpisodeOfCare episode
					&& episode.getCareTeam().stream().map(CareTeamMember::getStaffId).anyMatch(user::equals)).orElse(false);
			if (member) {
				return true;
			}
		}
		return false;
	}

	/** Emergency access was granted (and audited) to this patient's chart in the current session. */
	public static void grantEmergency(String patientId) {
		EMERGENCY.add(patientId);
	}

	public static boolean hasEmergency(String patientId) {
		return EMERGENCY.contains(patientId);
	}

	/** Signing out ends every emergency access. */
	static void clear() {
		EMERGENCY.clear();
	}
}
