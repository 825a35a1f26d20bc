package org.cairn.clinical;

/** What opening a chart came to: opened (the opening audited), or outside the person's caseload. */
public sealed interface ChartOpening {

	/**
	 * The chart is open to the person: a {@code CHART_OPEN} event was written before this was returned.
	 *
	 * @param emergency whether it opened by emergency access (break-glass) granted earlier in the session
	 */
	record Opened(String patientId, boolean emergency) implements ChartOpening {
	}

	/**
	 * The facility keeps charts to caseloads and the person is not on this patient's care team: nothing of the chart
	 * was read. Emergency access, with a reason, opens it.
	 *
	 * @param emergencyAllowed whether the person's role may use emergency access
	 */
	record OutsideCaseload(String patientId, boolean emergencyAllowed) implements ChartOpening {
	}
}
