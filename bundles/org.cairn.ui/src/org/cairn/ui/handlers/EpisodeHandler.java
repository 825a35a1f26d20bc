package org.cairn.ui.handlers;

import java.util.List;

import org.cairn.clinical.EpisodeRules;
import org.cairn.clinical.Episodes;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.chart.EpisodeDialog;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Chart › Change Phase, Discharge and Readmit: the open chart's episode moves on. Enabled only when the move makes
 * sense (an open episode to change or discharge; none open to readmit) and the person's role writes care plans (the
 * {@link Episodes} service decides again when the change is stored). Lists and the chart reload afterwards.
 */
public abstract class EpisodeHandler {

	private final EpisodeDialog.Mode mode;

	protected EpisodeHandler(EpisodeDialog.Mode mode) {
		this.mode = mode;
	}

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, @Optional Session session) {
		if (chart == null || session == null || !session.has(Permission.PLAN_WRITE)) {
			return false;
		}
		return mode == EpisodeDialog.Mode.READMIT ? !chart.hasOpenEpisode()
				: chart.episode() != null && EpisodeRules.isOpen(chart.episode());
	}

	@Execute
	public void execute(@Named("activeShell") Shell shell, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, StoreAccess store,
			@Service Episodes episodes, @Service org.cairn.clinical.Charts charts, Session session, IEventBroker events) {
		store.call(Messages.get("intake.job.staff"), () -> charts.careTeamStaff(session), staff -> open(shell, chart, store, episodes, session, events, staff),
				failure -> MessageDialog.openError(shell, Messages.get("episode." + mode.name().toLowerCase() + ".title"), failure.message()));
	}

	private void open(Shell shell, ChartSummary chart, StoreAccess store, Episodes episodes, Session session, IEventBroker events,
			List<String> staff) {
		if (!shell.isDisposed()) {
			new EpisodeDialog(shell, store, episodes, session, mode, chart, staff,
					() -> events.post(CairnUi.TOPIC_RECORDS_CHANGED, chart.patient().getId())).open();
		}
	}

	/** Chart › Change Phase. */
	public static class ChangePhase extends EpisodeHandler {
		public ChangePhase() {
			super(EpisodeDialog.Mode.PHASE);
		}
	}

	/** Chart › Discharge. */
	public static class Discharge extends EpisodeHandler {
		public Discharge() {
			super(EpisodeDialog.Mode.DISCHARGE);
		}
	}

	/** Chart › Readmit. */
	public static class Readmit extends EpisodeHandler {
		public Readmit() {
			super(EpisodeDialog.Mode.READMIT);
		}
	}
}
