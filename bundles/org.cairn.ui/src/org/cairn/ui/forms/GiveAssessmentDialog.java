package org.cairn.ui.forms;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cairn.forms.FormRegistry;
import org.cairn.forms.FormRegistry.Entry;
import org.cairn.forms.Scoring;
import org.cairn.forms.ui.DefinitionRenderer;
import org.cairn.forms.ui.FormPage;
import org.cairn.forms.ui.FormRenderer;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.Sex;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Chart › Give Assessment: choose any active form (its licence shown), answer it on Cairn's renderer or the form's
 * own, and save a completed response to the open chart. Save waits until every required item is answered; a save
 * that fails keeps the dialog and every answer, and says why. Widget ids: {@code assessment.form},
 * {@code assessment.licence}, {@code assessment.save}.
 */
public class GiveAssessmentDialog extends TitleAreaDialog {

	private final FormRegistry forms;
	private final ChartSummary chart;
	private final StoreAccess store;
	private final IEventBroker events;
	private final org.cairn.clinical.Assessments assessments;
	private final org.cairn.security.Session session;
	private final String initialForm;
	/** When the patient last used, for a withdrawal scale: shown with such a form only. */
	private Composite lastUseRow;
	private org.eclipse.swt.widgets.Text lastUse;
	private List<Entry> active;
	private Combo choice;
	private Label licence;
	private Composite host;
	private FormPage page;
	private Entry shown;
	private boolean saving;
	/** The form's own renderer failed and Cairn's page stands in. */
	private boolean fallback;

	public GiveAssessmentDialog(Shell parent, FormRegistry forms, ChartSummary chart, StoreAccess store, org.cairn.clinical.Assessments assessments,
			org.cairn.security.Session session, IEventBroker events, String initialForm) {
		super(parent);
		this.forms = forms;
		this.chart = chart;
		this.store = store;
		this.assessments = assessments;
		this.session = session;
		this.events = events;
		this.initialForm = initialForm;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("assessment.title"));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(760, 820);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.get("assessment.heading"));
		setMessage(Messages.get("assessment.message"));
		Composite top = new Composite(area, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(top, SWT.NONE).setText(Messages.get("assessment.form"));
		choice = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		choice.setData(CairnUi.WIDGET_ID, "assessment.form");
		choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		active = forms.forms().stream().filter(entry -> entry.state() == FormRegistry.State.ACTIVE).toList();
		for (Entry entry : active) {
			choice.add(entry.name() + (entry.category() == null ? "" : "  (" + entry.category() + ")"));
		}
		lastUseRow = new Composite(area, SWT.NONE);
		lastUseRow.setLayout(new GridLayout(3, false));
		GridData rowData = new GridData(SWT.FILL, SWT.TOP, true, false);
		lastUseRow.setLayoutData(rowData);
		new Label(lastUseRow, SWT.NONE).setText(Messages.get("assessment.lastUse"));
		lastUse = new org.eclipse.swt.widgets.Text(lastUseRow, SWT.SINGLE | SWT.BORDER);
		lastUse.setData(CairnUi.WIDGET_ID, "assessment.lastUse");
		lastUse.setMessage(Messages.get("assessment.lastUse.hint"));
		GridData fieldData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		fieldData.widthHint = 160;
		lastUse.setLayoutData(fieldData);
		java.time.Instant known = chart.episode() == null ? null : chart.episode().getLastUseAt();
		if (known != null) {
			lastUse.setText(LAST_USE.format(known.atZone(java.time.ZoneId.systemDefault())));
		}
		Label lastUseNote = new Label(lastUseRow, SWT.WRAP);
		lastUseNote.setText(Messages.get("assessment.lastUse.note"));
		lastUseNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		lastUse.addModifyListener(event -> updateSave());
		showLastUse(false);
		licence = new Label(area, SWT.WRAP);
		licence.setData(CairnUi.WIDGET_ID, "assessment.licence");
		GridData licenceData = new GridData(SWT.FILL, SWT.TOP, true, false);
		licenceData.widthHint = 600;
		licenceData.horizontalIndent = 5;
		licence.setLayoutData(licenceData);
		host = new Composite(area, SWT.NONE);
		host.setLayout(new FillLayout());
		host.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		choice.addListener(SWT.Selection, event -> show(active.get(choice.getSelectionIndex())));
		if (active.isEmpty()) {
			setErrorMessage(Messages.get("assessment.noForms"));
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button save = createButton(parent, IDialogConstants.OK_ID, Messages.get("assessment.save"), true);
		save.setData(CairnUi.WIDGET_ID, "assessment.save");
		save.setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		int initial = initialForm == null ? -1 : indexOf(initialForm);
		if (initial >= 0) {
			choice.select(initial);
			show(active.get(initial));
		}
	}

	private static final java.time.format.DateTimeFormatter LAST_USE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private void showLastUse(boolean withdrawal) {
		lastUseRow.setVisible(withdrawal);
		((GridData) lastUseRow.getLayoutData()).exclude = !withdrawal;
		lastUseRow.getParent().layout(true, true);
	}

	/** The time of last use as typed (yyyy-mm-dd hh:mm, the workstation's time), or null when blank or not a time. */
	private Instant typedLastUse() {
		try {
			String text = lastUse.getText().strip();
			return text.isEmpty() ? null : java.time.LocalDateTime.parse(text, LAST_USE).atZone(java.time.ZoneId.systemDefault()).toInstant();
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	/** What is wrong with the time of last use of a withdrawal scale, or null. */
	private String lastUseProblem() {
		if (shown == null || !"withdrawal".equals(shown.category()) || lastUse.getText().isBlank()) {
			return null;
		}
		Instant typed = typedLastUse();
		return typed == null ? Messages.get("assessment.lastUse.format")
				: typed.isAfter(Instant.now()) ? Messages.get("problem.assessment.lastUse.future") : null;
	}

	private int indexOf(String formId) {
		for (int i = 0; i < active.size(); i++) {
			if (active.get(i).id().equals(formId)) {
				return i;
			}
		}
		return -1;
	}

	private void show(Entry entry) {
		if (page != null) {
			page.control().dispose();
		}
		shown = entry;
		showLastUse("withdrawal".equals(entry.category()));
		// a label takes '&' as a mnemonic marker: "Wesson & Ling" would read "Wesson _Ling"
		String licenceText = (entry.licence() == null ? "" : entry.licence()).replace("&", "&&");
		boolean cairns = entry.bundle() == null || entry.bundle().startsWith("org.cairn.");
		licence.setText(cairns ? Messages.format("assessment.licenceLine", licenceText, entry.version())
				: Messages.format("assessment.licenceLine.facility", licenceText, entry.version(), entry.bundle().replace("&", "&&")));
		Scoring.Patient patient = patient();
		page = render(entry, patient);
		page.addChangeListener(this::updateSave);
		host.layout(true, true);
		licence.getParent().layout(true, true);
		updateSave();
		page.setFocus();
	}

	/**
	 * The form's own page when its plugin gives one, else Cairn's. A facility's renderer that is not a
	 * {@link FormRenderer} or fails to draw its page is reported and replaced by Cairn's, with a word to the clinician:
	 * the form can always be given.
	 */
	private FormPage render(Entry entry, Scoring.Patient patient) {
		Function<Map<String, Object>, Scoring.Result> scorer = answers -> forms.score(entry.id(), answers, patient);
		Object own = forms.createRenderer(entry.id()).orElse(null);
		fallback = false;
		if (own instanceof FormRenderer renderer) {
			try {
				return renderer.render(host, entry.definition(), new HashMap<>(), scorer);
			} catch (RuntimeException | LinkageError e) {
				forms.reportFault(entry.id(), "its renderer " + own.getClass().getName() + " failed to draw the form; Cairn's page is used", e);
			}
		} else if (own != null) {
			forms.reportFault(entry.id(), "its renderer " + own.getClass().getName() + " is not a " + FormRenderer.class.getName() + "; Cairn's page is used", null);
		}
		if (own != null) {
			for (Control partial : host.getChildren()) {
				partial.dispose();
			}
			fallback = true;
		}
		return new DefinitionRenderer().render(host, entry.definition(), new HashMap<>(), scorer);
	}

	private Scoring.Patient patient() {
		Sex sex = chart.patient().getSexAtBirth();
		String administrative = sex == Sex.FEMALE ? "female" : sex == Sex.MALE ? "male" : sex == Sex.INTERSEX ? "other" : "unknown";
		return new Scoring.Patient(administrative, chart.patient().getBirthDate() == null ? null : chart.age());
	}

	private void updateSave() {
		Button save = getButton(IDialogConstants.OK_ID);
		if (save == null || page == null) {
			return;
		}
		Scoring.Result result = page.result();
		String lastUseProblem = lastUseProblem();
		save.setEnabled(result.complete() && !saving && lastUseProblem == null);
		if (!saving && lastUseProblem != null) {
			setErrorMessage(lastUseProblem);
		} else if (!saving) {
			setErrorMessage(null);
			if (fallback) {
				setMessage(Messages.get("assessment.rendererFailed"), org.eclipse.jface.dialogs.IMessageProvider.WARNING);
			} else {
				setMessage(result.complete() ? Messages.get("assessment.ready") : Messages.get("assessment.message"));
			}
		}
	}

	@Override
	protected void okPressed() {
		if (page == null || !page.result().complete() || saving || lastUseProblem() != null) {
			return;
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Scoring.Result result = page.result();
		String episodeId = chart.episode() == null ? null : chart.episode().getId();
		boolean withdrawal = "withdrawal".equals(shown.category());
		// the service works out the hours since last use, records a newly told last use on the episode and a COWS pulse
		// as vital signs, in one transaction
		AssessmentResponse response = Responses.build(shown.definition(), result, chart.patient().getId(), episodeId, session.userId(), now, null);
		Instant told = withdrawal ? typedLastUse() : null;
		saving = true;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		setMessage(Messages.get("assessment.saving"));
		String patientId = chart.patient().getId();
		org.cairn.security.Session signedIn = session;
		String reason = Messages.format("assessment.reason", shown.id());
		store.call(Messages.get("assessment.job"), () -> assessments.give(signedIn, response, withdrawal, told, reason), stored -> {
			saving = false;
			events.post(CairnUi.TOPIC_RECORDS_CHANGED, patientId);
			if (getShell() != null && !getShell().isDisposed()) {
				super.okPressed();
			}
		}, failure -> {
			saving = false;
			if (getShell() != null && !getShell().isDisposed()) {
				setErrorMessage(Messages.format("assessment.failed", failure.message()));
				updateSave();
			}
		});
	}
}
