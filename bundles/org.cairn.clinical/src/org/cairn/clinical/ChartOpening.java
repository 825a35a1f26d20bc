package org.cairn.clinical;

/** What opening a chart came to: opened (the opening audited), or outside the person's caseload. */
public sealed interface ChartOpening {

	/**
	 * The chart is open to the person: a {@code CHART_OPEN} event was written before this was returned.
	 *
	 * @param patientId  the chart opened: the patient asked for, or the chart a duplicate was merged into
	 * @param emergency  whether it opened by emergency access (break-glass) granted earlier in the session
	 * @param mergedFrom the duplicate asked for when it was merged into {@code patientId}'s chart, else null
	 */
	record Opened(String patientId, boolean emergency, String mergedFrom) implements ChartOpening {

		public Opened(String patientId, boolean emergency) {
			this(patientId, emergency, null);
		}
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
