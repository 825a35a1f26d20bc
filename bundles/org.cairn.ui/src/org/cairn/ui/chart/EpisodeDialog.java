package org.cairn.ui.chart;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cairn.clinical.EpisodeRules;
import org.cairn.clinical.Episodes;
import org.cairn.clinical.Problem;
import org.cairn.model.DischargeReason;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.intake.IntakeForm;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Phase transition, discharge or readmission of the open chart's episode, through {@link Episodes}. The change is
 * checked as it is typed ({@link EpisodeRules}, the same rules the service applies) and stored in a job as a new
 * version of the episode (or a new episode), based on the version the chart read: when someone else changed the
 * episode meanwhile, or the service refuses, that is shown here and nothing typed is lost. A phase change asks when
 * the patient last used (the withdrawal flowsheet counts hours from it).
 */
public class EpisodeDialog extends TitleAreaDialog {

	/** What the dialog does. */
	public enum Mode {
		PHASE, DISCHARGE, READMIT
	}

	private final StoreAccess store;
	private final Episodes episodes;
	private final Session session;
	private final Mode mode;
	private final ChartSummary chart;
	private final List<String> staff;
	private final Runnable saved;
	private final Map<String, Control> fields = new HashMap<>();
	private boolean saving;

	public EpisodeDialog(Shell parent, StoreAccess store, Episodes episodes, Session session, Mode mode, ChartSummary chart, List<String> staff,
			Runnable saved) {
		super(parent);
		this.store = store;
		this.episodes = episodes;
		this.session = session;
		this.mode = mode;
		this.chart = chart;
		this.staff = staff;
		this.saved = saved;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("episode." + key() + ".title"));
	}

	private String key() {
		return mode.name().toLowerCase();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.get("episode." + key() + ".heading"));
		setMessage(Messages.get("episode." + key() + ".message"));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		body.setLayout(layout);
		switch (mode) {
		case PHASE -> {
			combo(body, "phase", Phase.values());
			text(body, "date", SWT.SINGLE).setText(LocalDate.now().toString());
			text(body, "reason", SWT.SINGLE);
			text(body, "lastUse", SWT.SINGLE).setMessage(Messages.get("assessment.lastUse.hint"));
		}
		case DISCHARGE -> {
			text(body, "date", SWT.SINGLE).setText(LocalDate.now().toString());
			combo(body, "dischargeReason", DischargeReason.values());
			text(body, "summary", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			text(body, "aftercare", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			text(body, "referrals", SWT.SINGLE);
			text(body, "followUp", SWT.SINGLE).setMessage(Messages.get("intake.date.hint"));
		}
		case READMIT -> {
			combo(body, "programme", Programme.values());
			combo(body, "phase", Phase.values());
			text(body, "date", SWT.SINGLE).setText(LocalDate.now().toString());
			label(body, "counsellor");
			Combo counsellor = new Combo(body, SWT.DROP_DOWN);
			staff.forEach(counsellor::add);
			counsellor.setData(CairnUi.WIDGET_ID, "episode.counsellor");
			counsellor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			fields.put("counsellor", counsellor);
			text(body, "reason", SWT.SINGLE);
		}
		}
		return area;
	}

	private void label(Composite parent, String field) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(Messages.get("episode.field." + field));
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
	}

	private Text text(Composite parent, String field, int style) {
		label(parent, field);
		Text text = new Text(parent, SWT.BORDER | style);
		text.setData(CairnUi.WIDGET_ID, "episode." + field);
		GridData data = new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true, (style & SWT.MULTI) != 0);
		data.widthHint = 360;
		data.heightHint = (style & SWT.MULTI) != 0 ? 60 : SWT.DEFAULT;
		text.setLayoutData(data);
		text.addModifyListener(event -> changed());
		fields.put(field, text);
		return text;
	}

	private void combo(Composite parent, String field, Enum<?>[] values) {
		label(parent, field);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, "episode." + field);
		for (Enum<?> value : values) {
			combo.add(Messages.label(value));
		}
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, event -> changed());
		fields.put(field, combo);
	}

	private String text(String field) {
		Control control = fields.get(field);
		return control instanceof Text text ? text.getText() : control instanceof Combo combo ? combo.getText() : "";
	}

	private <E extends Enum<E>> E choice(String field, E[] values) {
		int index = ((Combo) fields.get(field)).getSelectionIndex();
		return index < 0 ? null : values[index];
	}

	private static LocalDate date(String text) {
		return org.cairn.ui.intake.IntakeForm.parse(text);
	}

	private EpisodeRules.Discharge discharge() {
		return new EpisodeRules.Discharge(date(text("date")), choice("dischargeReason", DischargeReason.values()), text("summary"), text("aftercare"),
				text("referrals"), date(text("followUp")));
	}

	private List<String> problems() {
		LocalDate today = LocalDate.now();
		List<String> problems = new java.util.ArrayList<>();
		List<Problem> rules = switch (mode) {
		case PHASE -> {
			if (!text("lastUse").isBlank() && IntakeForm.parseTime(text("lastUse")) == null) {
				problems.add(Messages.get("intake.problem.lastUse.format"));
			}
			yield EpisodeRules.checkPhaseChange(chart.episode(), choice("phase", Phase.values()), date(text("date")), text("reason"),
					IntakeForm.parseTime(text("lastUse")), today, java.time.Instant.now());
		}
		case DISCHARGE -> {
			if (!text("followUp").isBlank() && date(text("followUp")) == null) {
				problems.add(Messages.format("intake.problem.date.format", Messages.get("episode.field.followUp")));
			}
			yield EpisodeRules.checkDischarge(chart.episode(), discharge(), today);
		}
		case READMIT -> EpisodeRules.checkReadmission(chart.episodes(), choice("programme", Programme.values()), choice("phase", Phase.values()),
				date(text("date")), today);
		};
		problems.addAll(0, Problems.words(rules));
		return problems;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.get("episode." + key() + ".ok"), true);
		ok.setData(CairnUi.WIDGET_ID, "episode.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		changed();
	}

	private void changed() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		List<String> problems = problems();
		ok.setEnabled(problems.isEmpty() && !saving);
		if (problems.isEmpty()) {
			setErrorMessage(null);
			setMessage(Messages.get("episode." + key() + ".message"), IMessageProvider.NONE);
		} else {
			setErrorMessage(problems.get(0));
		}
	}

	@Override
	protected void okPressed() {
		if (saving || !problems().isEmpty()) {
			return;
		}
		int version = chart.episode() == null ? 0 : chart.version(chart.episode().getId());
		java.util.function.Supplier<Object> change = switch (mode) {
		case PHASE -> {
			Phase to = choice("phase", Phase.values());
			LocalDate on = date(text("date"));
			String reason = text("reason");
			java.time.Instant lastUse = IntakeForm.parseTime(text("lastUse"));
			yield () -> episodes.changePhase(session, chart.episode(), version, to, on, reason, lastUse);
		}
		case DISCHARGE -> {
			EpisodeRules.Discharge discharge = discharge();
			yield () -> episodes.discharge(session, chart.episode(), version, discharge);
		}
		case READMIT -> {
			Programme programme = choice("programme", Programme.values());
			Phase phase = choice("phase", Phase.values());
			LocalDate on = date(text("date"));
			String counsellor = text("counsellor");
			String reason = text("reason");
			yield () -> episodes.readmit(session, chart.patient().getId(), programme, phase, on, counsellor, reason);
		}
		};
		saving = true;
		changed();
		setMessage(Messages.get("episode.saving"), IMessageProvider.INFORMATION);
		store.call(Messages.get("episode.job"), change, result -> {
			saving = false;
			if (getShell() != null && !getShell().isDisposed()) {
				super.okPressed();
			}
			saved.run();
		}, failure -> {
			saving = false;
			if (getShell() != null && !getShell().isDisposed()) {
				changed();
				setErrorMessage(Messages.format("episode.failed", failure.message()));
			}
		});
	}
}
