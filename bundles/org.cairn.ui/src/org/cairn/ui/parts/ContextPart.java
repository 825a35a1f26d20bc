package org.cairn.ui.parts;

import java.time.ZoneId;

import org.cairn.model.AlertKind;
import org.cairn.model.Objective;
import org.cairn.store.ScoreEntry;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.widgets.EmptyState;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The right area: what a clinician needs at a glance for the open chart: days in treatment, alerts, the latest
 * score of each assessment, and the care plan's active objectives. It shows the chart the centre area read
 * ({@link CairnUi#ACTIVE_CHART}) and reads nothing itself.
 */
public class ContextPart {

	private Composite stack;
	private StackLayout stackLayout;
	private EmptyState emptyState;
	private ScrolledComposite scroller;
	private Composite content;
	private ChartSummary pending;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		emptyState = new EmptyState(stack, "context.empty", Messages.get("context.empty.title"), Messages.get("context.empty.message"),
				Messages.get("context.empty.hint"));
		scroller = new ScrolledComposite(stack, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		content.setData(CairnUi.WIDGET_ID, "context");
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		layout.verticalSpacing = 4;
		content.setLayout(layout);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, event -> resize());
		stackLayout.topControl = emptyState;
		if (pending != null) {
			show(pending);
		}
	}

	/** The installed forms, for their names; absent when the forms bundle did not start. */
	@Inject
	@Optional
	private org.cairn.forms.FormRegistry forms;

	@Inject
	@Optional
	void setChart(@Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		if (stack == null) {
			pending = chart;
		} else if (!stack.isDisposed()) {
			show(chart);
		}
	}

	private void show(ChartSummary chart) {
		for (Control child : content.getChildren()) {
			child.dispose();
		}
		if (chart == null) {
			stackLayout.topControl = emptyState;
			stack.layout(true, true);
			return;
		}
		if (chart.episode() != null) {
			label("context.days", "GlanceFigure", chart.episode().getDischargedOn() == null
					? Messages.format("context.days", chart.daysInTreatment())
					: Messages.format("context.days.discharged", chart.daysInTreatment()));
			label("context.phase", "ChartDetails", chart.currentPhase() == null ? Messages.label(chart.episode().getProgramme())
					: Messages.format("context.phase", Messages.label(chart.episode().getProgramme()),
							Messages.label(chart.currentPhase().getPhase())));
		}

		heading("context.alerts.title");
		if (chart.alerts().isEmpty()) {
			label("context.alerts.none", "ChartDetails", Messages.get("chart.alert.none"));
		}
		for (ChartSummary.ChartAlert alert : chart.alerts()) {
			label("context.alert", alert.kind() == AlertKind.RISK ? "GlanceRisk" : "ChartDetails", alert.text());
		}

		heading("context.scores.title");
		if (chart.latestScores().isEmpty()) {
			label("context.scores.none", "ChartDetails", Messages.get("context.scores.none"));
		}
		for (ScoreEntry score : chart.latestScores()) {
			label("context.score", "ChartDetails", Messages.format("context.score", Forms.name(forms, score.formId()), Forms.total(score.total()),
					score.band() == null ? "" : Messages.format("context.score.band", score.band()),
					score.administeredAt() == null ? "" : Messages.date(score.administeredAt().atZone(ZoneId.systemDefault()).toLocalDate())));
		}

		heading("context.objectives.title");
		if (chart.plan() == null) {
			label("context.objectives.none", "ChartDetails", Messages.get("context.plan.none"));
		} else {
			if (chart.plan().getReviewDue() != null) {
				boolean overdue = chart.plan().getReviewDue().isBefore(chart.today());
				label("context.review", overdue ? "GlanceRisk" : "ChartDetails", Messages.format(overdue ? "context.review.overdue"
						: "context.review", Messages.date(chart.plan().getReviewDue())));
			}
			if (chart.activeObjectives().isEmpty()) {
				label("context.objectives.none", "ChartDetails", Messages.get("context.objectives.none"));
			}
			for (Objective objective : chart.activeObjectives()) {
				label("context.objective", "ChartDetails", objective.getTargetOn() == null
						? Messages.format("context.objective", objective.getStatement())
						: Messages.format("context.objective.by", objective.getStatement(), Messages.date(objective.getTargetOn())));
			}
		}
		stackLayout.topControl = scroller;
		stack.layout(true, true);
		resize();
		content.reskin(SWT.ALL);
	}

	private void heading(String key) {
		Label label = label(key, "GlanceHeading", Messages.get(key));
		((GridData) label.getLayoutData()).verticalIndent = 10;
	}

	private Label label(String id, String cssClass, String text) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text == null ? "" : text);
		label.setData(CairnUi.WIDGET_ID, id);
		label.setData(CairnUi.CSS_CLASS, cssClass);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 100;
		label.setLayoutData(data);
		return label;
	}

	private void resize() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
		content.layout(true, true);
	}

	@Focus
	public void setFocus() {
		(stackLayout.topControl == scroller ? content : emptyState).setFocus();
	}
}
