package org.cairn.ui.handlers;

import java.util.Set;

import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.clinical.ChartView;
import org.cairn.clinical.Charts;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.careplan.CarePlans;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.security.Access;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Chart › Care Plan (Ctrl+Shift+P): the open episode's care plan in its editor, the newest one not entered in
 * error (an active plan or a draft still being written), or a new plan when the episode has none.
 */
public class CarePlanHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		return chart != null && chart.episode() != null;
	}

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, StoreAccess store, EPartService parts, EModelService model,
			MApplication application, IEventBroker events, @Service Charts charts, Session session) {
		if (!Access.check(shell, accounts, session, Permission.CLINICAL_READ, "open the care plan", chart.patient().getId())) {
			return;
		}
		String patient = chart.patient().getId();
		String episode = chart.episode().getId();
		store.call(Messages.get("plan.job.find"), () -> {
			ChartView view = charts.view(session, patient);
			for (TimelineEntry entry : view.timeline(Set.of("CarePlan"))) {
				if (!CarePlanStatus.ENTERED_IN_ERROR.name().equals(entry.status())
						&& view.record(entry.recordId()).map(stored -> stored.record() instanceof CarePlan plan
								&& episode.equals(plan.getEpisodeId())).orElse(false)) {
					return entry.recordId();
				}
			}
			return "";
		}, planId -> CarePlans.open(parts, model, application, planId.isEmpty() ? null : planId, patient, episode),
				failure -> events.post(CairnUi.TOPIC_STATUS_MESSAGE, failure.message()));
	}
}
