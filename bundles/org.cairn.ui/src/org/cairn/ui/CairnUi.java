package org.cairn.ui;

/**
 * Constants the workbench shares: element ids of the main areas, event topics and the widget data key that
 * names a control for tests and accessibility tools.
 */
public final class CairnUi {

	/** Part id of the patient list and census (left). */
	public static final String PART_PATIENTS = "org.cairn.ui.part.patients";
	/** Part id of the chart area (centre). */
	public static final String PART_CHART = "org.cairn.ui.part.chart";
	/** Part id of the context area (right). */
	public static final String PART_CONTEXT = "org.cairn.ui.part.context";

	/**
	 * Application context key of the patient whose chart is open (a patient id), set when the user opens a chart.
	 * Only ids travel through the context; the chart reads the records in a job.
	 */
	public static final String ACTIVE_PATIENT = "org.cairn.ui.activePatient";

	/**
	 * Application context key of the open chart's summary ({@code org.cairn.ui.chart.ChartSummary}), set by the
	 * chart once it has read it, so that other areas show the same chart without reading it again.
	 */
	public static final String ACTIVE_CHART = "org.cairn.ui.activeChart";

	/** Application context key of the episode the chart was opened on (an episode id), or null for the latest. */
	public static final String ACTIVE_EPISODE = "org.cairn.ui.activeEpisode";

	/**
	 * Event topic posted after the workbench stored records that lists may show (a new patient, a new episode);
	 * the event's data is the patient id. Lists read the store again.
	 */
	public static final String TOPIC_RECORDS_CHANGED = "org/cairn/ui/records/changed";

	/**
	 * Event topic posted, on the UI thread, when the chart has shown a patient's header and timeline; the event's
	 * data is the patient id. For tests and the chart benchmark.
	 */
	public static final String TOPIC_CHART_SHOWN = "org/cairn/ui/chart/shown";

	/**
	 * Event topic of a status-bar message; the event's data is the message text. Messages must never contain
	 * patient data: the status bar is visible across the room.
	 */
	public static final String TOPIC_STATUS_MESSAGE = "org/cairn/ui/status/message";

	/**
	 * Widget data key naming a control, e.g. {@code control.setData(WIDGET_ID, "patients.empty")}. Tests find
	 * controls by it; it is stable where labels are not.
	 */
	public static final String WIDGET_ID = "org.cairn.widgetId";

	/** Widget data key of the CSS class a control is styled with (the E4 CSS engine's key). */
	public static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";

	private CairnUi() {
	}

}
