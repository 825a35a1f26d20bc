package org.cairn.ui.intake;

import java.util.function.Consumer;

import org.cairn.clinical.Intake;
import org.cairn.security.Session;
import org.cairn.store.PatientMatch;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Merges a duplicate chart into the chart of the same person (Patients › Merge Duplicate Chart…): the two charts are
 * named by MRN, each shown with the name and date of birth it holds, and the person says why they are one. The intake
 * service decides and stores the merge; this dialog only asks, shows what the service says, and reports the result.
 * Widget ids: {@code merge.duplicate}, {@code merge.kept}, {@code merge.duplicate.found}, {@code merge.kept.found},
 * {@code merge.reason}, {@code merge.ok}.
 */
public class MergeChartsDialog extends TitleAreaDialog {

	private final StoreAccess store;
	private final Intake intake;
	private final Session session;
	private final String selectedMrn;
	private final Consumer<String> onMerged;

	private Text duplicateMrn;
	private Text keptMrn;
	private Label duplicateFound;
	private Label keptFound;
	private Text reason;
	private PatientMatch duplicate;
	private PatientMatch kept;
	private boolean busy;

	/**
	 * @param selectedMrn the MRN of the chart chosen in the patient list (offered as the duplicate), or null
	 * @param onMerged    gets the kept chart's record id once the merge is stored
	 */
	public MergeChartsDialog(Shell parent, StoreAccess store, Intake intake, Session session, String selectedMrn, Consumer<String> onMerged) {
		super(parent);
		this.store = store;
		this.intake = intake;
		this.session = session;
		this.selectedMrn = selectedMrn;
		this.onMerged = onMerged;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("merge.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.get("merge.title"));
		setMessage(Messages.get("merge.intro"));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(10, 6).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		duplicateMrn = field(form, "merge.duplicate", "merge.duplicate.label");
		duplicateFound = found(form, "merge.duplicate.found");
		keptMrn = field(form, "merge.kept", "merge.kept.label");
		keptFound = found(form, "merge.kept.found");

		Label reasonLabel = new Label(form, SWT.NONE);
		reasonLabel.setText(Messages.get("merge.reason.label"));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(reasonLabel);
		reason = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		reason.setData(CairnUi.WIDGET_ID, "merge.reason");
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 60).applyTo(reason);
		reason.addModifyListener(e -> validate());

		Label keeps = new Label(form, SWT.WRAP);
		keeps.setText(Messages.get("merge.keeps"));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).indent(0, 8).applyTo(keeps);

		duplicateMrn.addModifyListener(e -> look(duplicateMrn, duplicateFound, match -> duplicate = match));
		keptMrn.addModifyListener(e -> look(keptMrn, keptFound, match -> kept = match));
		if (selectedMrn != null) {
			duplicateMrn.setText(selectedMrn);
			keptMrn.setFocus();
		}
		return area;
	}

	private static Text field(Composite form, String id, String label) {
		Label name = new Label(form, SWT.NONE);
		name.setText(Messages.get(label));
		Text text = new Text(form, SWT.BORDER);
		text.setData(CairnUi.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Label found(Composite form, String id) {
		new Label(form, SWT.NONE);
		Label found = new Label(form, SWT.WRAP);
		found.setData(CairnUi.WIDGET_ID, id);
		found.setText(Messages.get("merge.found.none"));
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(found);
		return found;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.get("merge.ok"), false);
		ok.setData(CairnUi.WIDGET_ID, "merge.ok");
		ok.setEnabled(false);
	}

	/** Looks the MRN up in a job; the chart it names (name, date of birth, status) is shown under the field. */
	private void look(Text mrn, Label found, Consumer<PatientMatch> chosen) {
		chosen.accept(null);
		String wanted = mrn.getText().strip();
		found.setText(wanted.isEmpty() ? Messages.get("merge.found.none") : Messages.get("merge.found.looking"));
		validate();
		if (wanted.isEmpty()) {
			return;
		}
		store.call(Messages.get("merge.job.find"), () -> intake.chartWithMrn(session, wanted), match -> {
			if (found.isDisposed() || !mrn.getText().strip().equals(wanted)) {
				return; // typed on meanwhile
			}
			chosen.accept(match.orElse(null));
			found.setText(match.map(MergeChartsDialog::describe).orElse(Messages.format("merge.found.nothing", wanted)));
			found.getParent().layout(true, true);
			validate();
		}, failure -> {
			if (!found.isDisposed()) {
				found.setText(failure.message());
			}
		});
	}

	private static String describe(PatientMatch match) {
		String born = match.birthDate() == null ? Messages.get("merge.found.noBirthDate") : Messages.date(match.birthDate());
		String line = Messages.format("merge.found", match.familyName() + ", " + match.givenName(), born);
		return "MERGED".equals(match.status()) ? line + " " + Messages.get("merge.found.merged") : line;
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null || ok.isDisposed()) {
			return;
		}
		String problem = null;
		if (duplicate == null || kept == null) {
			problem = Messages.get("merge.needBoth");
		} else if (duplicate.id().equals(kept.id())) {
			problem = Messages.get("problem.merge.same");
		} else if (duplicate.birthDate() != null && kept.birthDate() != null && !duplicate.birthDate().equals(kept.birthDate())) {
			// allowed (a date of birth mistyped at intake), and said
			setMessage(Messages.get("merge.birthDatesDiffer"), org.eclipse.jface.dialogs.IMessageProvider.WARNING);
		} else {
			setMessage(Messages.get("merge.intro"));
		}
		if (problem == null && reason.getText().isBlank()) {
			problem = Messages.get("problem.merge.reason");
		}
		setErrorMessage(null);
		if (problem != null && duplicate != null && kept != null) {
			setErrorMessage(problem);
		}
		ok.setEnabled(problem == null && !busy);
	}

	@Override
	protected void okPressed() {
		if (busy || duplicate == null || kept == null) {
			return;
		}
		busy = true;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		String keptId = kept.id();
		String duplicateId = duplicate.id();
		String why = reason.getText();
		store.call(Messages.get("merge.job.merge"), () -> {
			intake.merge(session, keptId, duplicateId, why);
			return keptId;
		}, merged -> {
			busy = false;
			onMerged.accept(merged);
			super.okPressed();
		}, failure -> {
			busy = false;
			if (!getShell().isDisposed()) {
				// the dialog stays open with everything typed; the service's reason in words
				setErrorMessage(failure.message());
				validate();
			}
		});
	}
}
