package org.cairn.ui.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.model.Sex;
import org.cairn.clinical.Intake;
import org.cairn.clinical.RefusedException;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.data.StoreAccess;
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
 * Intake: a new patient and their first episode of care. Every field is checked as it is typed and the first
 * problem is named in the title area; Create stays disabled until the form is complete. On Create the MRN is
 * checked against the store and both records are saved in one transaction, in a job; a failure is shown in the
 * dialog and nothing typed is lost.
 */
public class IntakeDialog extends TitleAreaDialog {

	private final StoreAccess store;
	private final List<String> staff;
	private final java.util.function.BiConsumer<String, Boolean> created;
	private final IntakeForm form = new IntakeForm();
	private final Map<String, Control> fields = new HashMap<>();
	private boolean touched;
	private boolean saving;
	/** An MRN the store already holds, refused until the MRN is changed. */
	private String refusedMrn;
	private final Intake intake;
	private final Session session;
	/** Whose chart holds {@link #refusedMrn}, as the store named them; null when it could not say. */
	private String refusedHolder;

	/**
	 * {@code created} receives the id of the patient whose chart is to open, on the UI thread, and whether the patient
	 * is new: the new patient once both records are stored, or the one already registered when the person chose to
	 * open that chart instead.
	 */
	public IntakeDialog(Shell parent, StoreAccess store, Intake intake, Session session, List<String> staff,
			java.util.function.BiConsumer<String, Boolean> created) {
		super(parent);
		this.intake = intake;
		this.session = session;
		this.store = store;
		this.staff = staff;
		this.created = created;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("intake.title"));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.get("intake.heading"));
		setMessage(Messages.get("intake.message"));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		layout.horizontalSpacing = 10;
		body.setLayout(layout);

		text(body, "givenName", true, value -> form.givenName = value);
		text(body, "familyName", true, value -> form.familyName = value);
		text(body, "preferredName", false, value -> form.preferredName = value);
		Text birth = text(body, "birthDate", true, value -> form.birthDate = value);
		birth.setMessage(Messages.get("intake.date.hint"));
		Combo sex = combo(body, "sexAtBirth", false, Sex.values(), value -> form.sexAtBirth = (Sex) value);
		sex.select(0);
		text(body, "mrn", true, value -> form.mrn = value);
		Combo programme = combo(body, "programme", true, Programme.values(), value -> form.programme = (Programme) value);
		programme.remove(0); // a required programme offers no "(not recorded)": it is chosen, not skipped
		Combo phase = combo(body, "phase", true, Phase.values(), value -> form.phase = (Phase) value);
		phase.remove(0); // "Not chosen": an episode always starts in a phase
		phase.select(0);
		form.phase = Phase.values()[0];
		Text admitted = text(body, "admittedOn", true, value -> form.admittedOn = value);
		admitted.setText(LocalDate.now().toString());
		admitted.setMessage(Messages.get("intake.date.hint"));
		Text lastUse = text(body, "lastUse", false, value -> form.lastUse = value);
		lastUse.setMessage(Messages.get("assessment.lastUse.hint"));

		label(body, "counsellor", false);
		Combo counsellor = new Combo(body, SWT.DROP_DOWN);
		counsellor.setData(CairnUi.WIDGET_ID, "intake.counsellor");
		staff.forEach(counsellor::add);
		counsellor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		counsellor.addModifyListener(event -> {
			form.counsellor = counsellor.getText();
			changed();
		});
		fields.put("counsellor", counsellor);

		new Label(body, SWT.NONE);
		Button notice = new Button(body, SWT.CHECK);
		notice.setText(Messages.get("intake.field.noticeGiven"));
		notice.setData(CairnUi.WIDGET_ID, "intake.noticeGiven");
		notice.addListener(SWT.Selection, event -> {
			form.noticeGiven = notice.getSelection();
			changed();
		});
		fields.put("noticeGiven", notice);
		return area;
	}

	private Label label(Composite parent, String field, boolean required) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(Messages.get("intake.field." + field) + (required ? " *" : ""));
		return label;
	}

	private Text text(Composite parent, String field, boolean required, Consumer<String> into) {
		label(parent, field, required);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(CairnUi.WIDGET_ID, "intake." + field);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 280;
		text.setLayoutData(data);
		text.addModifyListener(event -> {
			into.accept(text.getText());
			touched = true;
			changed();
		});
		fields.put(field, text);
		return text;
	}

	private Combo combo(Composite parent, String field, boolean required, Enum<?>[] values, Consumer<Object> into) {
		label(parent, field, required);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CairnUi.WIDGET_ID, "intake." + field);
		combo.add(Messages.get("intake.choose"));
		for (Enum<?> value : values) {
			combo.add(Messages.label(value));
		}
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex() - (combo.getItemCount() > values.length ? 1 : 0);
			into.accept(index < 0 ? null : values[index]);
			changed();
		});
		fields.put(field, combo);
		return combo;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button create = createButton(parent, IDialogConstants.OK_ID, Messages.get("intake.create"), true);
		create.setData(CairnUi.WIDGET_ID, "intake.create");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		changed();
	}

	/** Re-checks the form: the first problem is shown once the user has typed something; Create follows validity. */
	private void changed() {
		Button create = getButton(IDialogConstants.OK_ID);
		if (create == null) {
			return;
		}
		List<IntakeForm.Problem> problems = form.validate(LocalDate.now());
		boolean refused = refusedMrn != null && refusedMrn.equalsIgnoreCase(form.mrn.strip());
		create.setEnabled(problems.isEmpty() && !saving && !refused);
		if (refused) {
			setErrorMessage(refusedHolder == null ? Messages.format("intake.problem.mrn.used", refusedMrn)
					: Messages.format("intake.problem.mrn.held", refusedMrn, refusedHolder));
		} else if (problems.isEmpty()) {
			setErrorMessage(null);
			setMessage(Messages.get("intake.ready"), IMessageProvider.INFORMATION);
		} else if (touched) {
			setErrorMessage(problems.get(0).message());
		}
	}

	/** Create: store the patient and episode through the intake service, in a job; the dialog closes when both are stored. */
	@Override
	protected void okPressed() {
		register(false);
	}

	/**
	 * The intake service keeps one chart per MRN (a unique key written with the save, so two desks cannot both register
	 * it) and refuses a second chart for someone with the same name and date of birth unless the person here says it
	 * is someone else; the dialog shows the refusal, naming whose chart it is, and offers that chart.
	 */
	private void register(boolean differentPerson) {
		if (!form.validate(LocalDate.now()).isEmpty() || saving) {
			return;
		}
		saving = true;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		setMessage(Messages.get("intake.saving"), IMessageProvider.INFORMATION);
		Patient patient = form.patient(Instant.now());
		EpisodeOfCare episode = form.episode(patient);
		String mrn = patient.getMrn();
		Session signedIn = session;
		store.call(Messages.get("intake.job"), () -> {
			intake.register(signedIn, patient, episode, differentPerson);
			return Boolean.TRUE;
		}, stored -> {
			saving = false;
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			super.okPressed();
			created.accept(patient.getId(), true);
		}, failure -> {
			saving = false;
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			String code = failure.cause() instanceof RefusedException refused ? refused.problem().code() : "";
			if (code.equals("intake.mrn-taken")) {
				refusedMrn = mrn;
				refusedHolder = (String) ((RefusedException) failure.cause()).problem().args().get(2);
				fields.get("mrn").setFocus();
				changed();
			} else if (code.equals("intake.possible-duplicate")) {
				changed();
				askAboutDuplicate(((RefusedException) failure.cause()).problem());
			} else {
				setErrorMessage(Messages.format("intake.failed", failure.message()));
				changed();
			}
		});
	}

	/** Someone with this name and date of birth has a chart: open it, or say this is someone else and create a new one. */
	private void askAboutDuplicate(org.cairn.clinical.Problem problem) {
		org.eclipse.jface.dialogs.MessageDialog question = new org.eclipse.jface.dialogs.MessageDialog(getShell(),
				Messages.get("intake.duplicate.title"), null, org.cairn.ui.Problems.words(problem), org.eclipse.jface.dialogs.MessageDialog.WARNING, 0,
				Messages.get("intake.duplicate.open"), Messages.get("intake.duplicate.create"), IDialogConstants.CANCEL_LABEL);
		int answer = question.open();
		if (answer == 0) {
			String existing = problem.arg(2);
			super.cancelPressed();
			created.accept(existing, false);
		} else if (answer == 1) {
			register(true);
		}
	}
}
