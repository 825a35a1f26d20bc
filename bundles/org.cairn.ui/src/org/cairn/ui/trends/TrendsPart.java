package org.cairn.ui.trends;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cairn.model.EpisodeOfCare;
import org.cairn.store.ScoreEntry;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.parts.Forms;
import org.cairn.ui.trends.Trend.Band;
import org.cairn.ui.trends.Trend.Point;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Trends of the open chart's episode: the detox flowsheet (COWS and SOWS against hours since last use, bands
 * shaded, the 24 to 72 hour peak window marked; vital signs, recorded here, with the pulse charted the same way and
 * every reading in a table), any assessment's scores over time, and the daily dose with missed
 * doses marked and the longest run of missed days named. It follows the chart the centre area shows
 * ({@link CairnUi#ACTIVE_CHART}); only the vital signs and the doses are read here, in jobs.
 */
public class TrendsPart {

	/** The part's id; Chart › Trends shows it in the chart area. */
	public static final String ID = "org.cairn.ui.part.trends";
	/** Missed days in a row from which the dose log is highlighted: the dose needs reassessing. */
	static final int MISSED_RUN_ALERT = 3;
	/** The dose chart covers at most this many days back from today. */
	static final int DOSE_DAYS = 90;

	@Inject
	StoreAccess store;

	/** The flowsheet reads at most this many sets of vital signs of an episode (a month of six a day). */
	static final int MAX_VITALS = 200;

	@Inject
	IEventBroker events;
	/** The chart's records, and vital signs stored, through the services: their permissions and rules. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.clinical.Charts charts;
	/** Asked before an action's dialog opens: may the person do it (a refusal audited there). */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.security.Accounts accounts;
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	org.cairn.clinical.Medications medications;
	@Inject
	org.cairn.security.Session session;
	/** The installed forms, whose definitions give the bands of scores over time; absent without the forms bundle. */
	@Inject
	@Optional
	private org.cairn.forms.FormRegistry forms;

	private ScrolledComposite scroller;
	/** The vital signs of the detox flowsheet: read, charted, recorded. */
	private final VitalsSection vitals = new VitalsSection(this);
	Composite content;
	ChartSummary chart;
	private Combo form;
	private TrendChart overTime;
	private Label overTimeSummary;
	private List<String> formIds = List.of();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		content.setData(CairnUi.WIDGET_ID, "trends");
		content.setLayout(new GridLayout(1, false));
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, event -> resize());
		show();
	}

	@Inject
	@Optional
	void setChart(@Named(CairnUi.ACTIVE_CHART) ChartSummary shown) {
		if (shown == null && chart != null) {
			// The chart is reading itself again (after a save): keep the trends until it has.
			return;
		}
		if (chart == null || !chart.patient().getId().equals(shown.patient().getId())) {
			vitals.forget();
		}
		this.chart = shown;
		if (content != null && !content.isDisposed()) {
			show();
		}
	}

	void resize() {
		scroller.setMinSize(content.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
	}

	private void show() {
		for (Control child : content.getChildren()) {
			child.dispose();
		}
		if (chart == null) {
			heading(Messages.get("trends.noChart"), "trends.none");
			content.layout(true, true);
			return;
		}
		EpisodeOfCare episode = chart.episode();
		List<ScoreEntry> responses = episode == null ? chart.responses() : inEpisode(chart.responses(), episode);

		heading(Messages.get("trends.flowsheet"), "trends.flowsheet.title");
		boolean withdrawal = responses.stream().anyMatch(entry -> "cows".equals(entry.formId()) || "sows".equals(entry.formId()));
		if (!withdrawal) {
			note(Messages.get("trends.flowsheet.none"), "trends.flowsheet.none");
		} else if (episode == null || episode.getLastUseAt() == null) {
			note(Messages.get("trends.flowsheet.noLastUse"), "trends.flowsheet.none");
		} else {
			for (String id : List.of("cows", "sows")) {
				if (responses.stream().anyMatch(entry -> id.equals(entry.formId()))) {
					Trend trend = Trends.sinceLastUse(id, Messages.format("trends.flowsheet.chart", Forms.name(forms, id)), episode.getLastUseAt(), responses);
					chart(trend, flowsheetSummary(trend, id), "trends.flowsheet." + id);
				}
			}
		}

		vitals.show(episode);

		heading(Messages.get("trends.scores"), "trends.scores.title");
		Set<String> ids = new LinkedHashSet<>();
		chart.responses().stream().filter(entry -> entry.total() != null).forEach(entry -> ids.add(entry.formId()));
		formIds = new ArrayList<>(ids);
		if (formIds.isEmpty()) {
			note(Messages.get("trends.scores.none"), "trends.scores.none");
		} else {
			form = new Combo(content, SWT.READ_ONLY | SWT.DROP_DOWN);
			form.setData(CairnUi.WIDGET_ID, "trends.form");
			formIds.forEach(id -> form.add(Forms.name(forms, id)));
			form.select(formIds.contains("phq9") ? formIds.indexOf("phq9") : 0);
			form.addListener(SWT.Selection, event -> showOverTime());
			overTime = new TrendChart(content);
			overTime.setData(CairnUi.WIDGET_ID, "trends.scores.chart");
			overTime.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			overTimeSummary = summaryLabel("trends.scores.summary");
			showOverTime();
		}

		heading(Messages.get("trends.doses"), "trends.doses.title");
		Label loading = note(Messages.get("trends.doses.loading"), "trends.doses.loading");
		loadDoses(episode, loading);
		content.layout(true, true);
		resize();
	}

	private static List<ScoreEntry> inEpisode(List<ScoreEntry> responses, EpisodeOfCare episode) {
		LocalDate from = episode.getAdmittedOn();
		LocalDate to = episode.getDischargedOn();
		return responses.stream().filter(entry -> entry.administeredAt() != null).filter(entry -> {
			LocalDate day = entry.administeredAt().atZone(ZoneId.systemDefault()).toLocalDate();
			return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
		}).toList();
	}

	private void showOverTime() {
		String id = formIds.get(Math.max(0, form.getSelectionIndex()));
		String title = Messages.format("trends.scores.chart", Forms.name(forms, id));
		// The bands of the installed form's definition when it has them; else the ones CLINICAL.md gives.
		java.util.Optional<org.cairn.forms.FormDefinition.Score> total = forms == null ? java.util.Optional.empty()
				: forms.form(id).flatMap(entry -> entry.definition().total()).filter(score -> !score.bands().isEmpty());
		Trend trend = total.isPresent()
				? Trends.overTime(id, title, chart.responses(), ZoneId.systemDefault(), Trends.bandsOf(total.get()),
						total.get().bands().get(total.get().bands().size() - 1).to().intValue())
				: Trends.overTime(id, title, chart.responses(), ZoneId.systemDefault());
		String text = overTimeSummary(trend);
		overTime.setTrend(trend, text);
		overTimeSummary.setText(text);
		content.layout(true, true);
	}

	// Vital signs on the flowsheet

	private void loadDoses(EpisodeOfCare episode, Label loading) {
		String patientId = chart.patient().getId();
		LocalDate to = episode != null && episode.getDischargedOn() != null ? episode.getDischargedOn() : chart.today();
		LocalDate admitted = episode == null || episode.getAdmittedOn() == null ? to.minusDays(DOSE_DAYS) : episode.getAdmittedOn();
		LocalDate from = admitted.isBefore(to.minusDays(DOSE_DAYS)) ? to.minusDays(DOSE_DAYS) : admitted;
		ChartSummary shown = chart;
		org.cairn.security.Session signedIn = session;
		store.call(Messages.get("trends.doses.job"), () -> charts.view(signedIn, patientId).doses(from, to), doses -> {
			if (loading.isDisposed() || shown != chart) {
				return;
			}
			Composite parent = loading.getParent();
			if (doses.isEmpty()) {
				loading.setText(Messages.get("trends.doses.none"));
				return;
			}
			loading.dispose();
			Trend trend = Trends.doses(Messages.get("trends.doses.chart"), doses, from, to);
			int run = Trends.longestMissedRun(doses);
			long missed = doses.stream().filter(dose -> Trends.missed(dose.outcome())).count();
			String text = Messages.format("trends.doses.summary", trend.points().size(), missed, run);
			TrendChart drawn = new TrendChart(parent);
			drawn.setData(CairnUi.WIDGET_ID, "trends.doses.chart");
			drawn.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			drawn.setTrend(trend, text);
			Label summary = summaryLabel("trends.doses.summary");
			summary.setText(text);
			if (run >= MISSED_RUN_ALERT) {
				Label alert = new Label(parent, SWT.WRAP);
				alert.setData(CairnUi.WIDGET_ID, "trends.doses.alert");
				alert.setData(CairnUi.CSS_CLASS, "AlertRisk");
				alert.setText(Messages.format("trends.doses.alert", run));
				alert.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			}
			content.layout(true, true);
			resize();
		}, failure -> {
			if (!loading.isDisposed()) {
				loading.setText(failure.message());
			}
		});
	}

	private String flowsheetSummary(Trend trend, String id) {
		if (trend.points().isEmpty()) {
			return Messages.format("trends.flowsheet.empty", Forms.name(forms, id));
		}
		Point peak = trend.peak();
		Band band = trend.bandOf(peak.y());
		List<Point> points = trend.points();
		return Messages.format("trends.flowsheet.summary", points.size(), Forms.name(forms, id), Trends.format(points.get(0).x()),
				Trends.format(points.get(points.size() - 1).x()), Trends.format(peak.y()), band == null ? "" : " (" + band.label() + ")",
				Trends.format(peak.x()));
	}

	private String overTimeSummary(Trend trend) {
		List<Point> points = trend.points();
		if (points.isEmpty()) {
			return "";
		}
		Point last = points.get(points.size() - 1);
		Band band = trend.bandOf(last.y());
		return Messages.format("trends.scores.summary", points.size(), Messages.date(LocalDate.ofEpochDay((long) Math.floor(points.get(0).x()))),
				Messages.date(LocalDate.ofEpochDay((long) Math.floor(last.x()))), Trends.format(last.y()),
				band == null ? "" : " (" + band.label() + ")");
	}

	void chart(Trend trend, String text, String id) {
		TrendChart drawn = new TrendChart(content);
		drawn.setData(CairnUi.WIDGET_ID, id);
		drawn.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		drawn.setTrend(trend, text);
		summaryLabel(id + ".summary").setText(text);
	}

	void heading(String text, String id) {
		Label label = new Label(content, SWT.NONE);
		label.setText(text);
		label.setData(CairnUi.WIDGET_ID, id);
		label.setData(CairnUi.CSS_CLASS, "GlanceTitle");
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	Label note(String text, String id) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text);
		label.setData(CairnUi.WIDGET_ID, id);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300;
		label.setLayoutData(data);
		return label;
	}

	Label summaryLabel(String id) {
		Label label = new Label(content, SWT.WRAP);
		label.setData(CairnUi.WIDGET_ID, id);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300;
		label.setLayoutData(data);
		return label;
	}

	@Focus
	public void setFocus() {
		(form != null && !form.isDisposed() ? (Control) form : content).setFocus();
	}
}
