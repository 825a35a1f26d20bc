package org.cairn.ui.careplan;

import java.time.LocalDate;

import org.cairn.model.Programme;

import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
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
 * A care-plan review: when, why (scheduled, or a sentinel event such as a relapse or an overdose), what was found,
 * and when the next review is due (30 days in detox, residential and intensive outpatient care, 90 elsewhere,
 * as a default the reviewer can change).
 */
final class ReviewDialog extends TitleAreaDialog {

	private static final String[] REASONS = { "scheduled", "levelOfCare", "relapse", "overdose", "hospitalisation", "suicideScreen",
			"clientRequest" };

	private final LocalDate today;
	private final int cadence;
	private Text reviewedOnText;
	private Combo reasonCombo;
	private Text summaryText;
	private Text nextText;
	private LocalDate reviewedOn;
	private String reason;
	private String summary;
	private LocalDate nextReview;

	ReviewDialog(Shell parent, LocalDate today, int cadence) {
		super(parent);
		this.today = today;
		this.cadence = cadence;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("plan.review.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.get("plan.review.heading"));
		setMessage(Messages.format("plan.review.message", cadence));
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, false));
		reviewedOnText = text(form, "plan.review.reviewedOn", today.toString(), SWT.SINGLE);
		new Label(form, SWT.NONE).setText(Messages.get("plan.review.reason"));
		reasonCombo = new Combo(form, SWT.DROP_DOWN);
		reasonCombo.setData(CairnUi.WIDGET_ID, "plan.review.reason");
		for (String key : REASONS) {
			reasonCombo.add(Messages.get("plan.review.reason." + key));
		}
		reasonCombo.select(0);
		reasonCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summaryText = text(form, "plan.review.summary", "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		((GridData) summaryText.getLayoutData()).heightHint = 90;
		nextText = text(form, "plan.review.next", today.plusDays(cadence).toString(), SWT.SINGLE);
		reviewedOnText.addModifyListener(event -> {
			LocalDate on = IntakeForm.parse(reviewedOnText.getText());
			if (on != null) {
				nextText.setText(on.plusDays(cadence).toString());
			}
		});
		return area;
	}

	private Text text(Composite form, String id, String value, int style) {
		Label label = new Label(form, SWT.NONE);
		label.setText(Messages.get(id));
		label.setLayoutData(new GridData(SWT.BEGINNING, (style & SWT.MULTI) != 0 ? SWT.TOP : SWT.CENTER, false, false));
		Text text = new Text(form, SWT.BORDER | style);
		text.setData(CairnUi.WIDGET_ID, id);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, (style & SWT.MULTI) != 0));
		text.addModifyListener(event -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.get("plan.review.ok"), true);
		ok.setData(CairnUi.WIDGET_ID, "plan.review.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** Names the first thing to fix; OK waits for a complete review. */
	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null || nextText == null) {
			return;
		}
		LocalDate on = IntakeForm.parse(reviewedOnText.getText());
		LocalDate next = IntakeForm.parse(nextText.getText());
		String problem = null;
		if (on == null) {
			problem = Messages.get("plan.review.problem.reviewedOn");
		} else if (on.isAfter(today)) {
			problem = Messages.get("plan.review.problem.future");
		} else if (summaryText.getText().isBlank()) {
			problem = Messages.get("plan.review.problem.summary");
		} else if (next == null || !next.isAfter(on)) {
			problem = Messages.get("plan.review.problem.next");
		}
		setMessage(problem == null ? Messages.format("plan.review.message", cadence) : problem,
				problem == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
		ok.setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		reviewedOn = IntakeForm.parse(reviewedOnText.getText());
		reason = reasonCombo.getText().strip();
		summary = summaryText.getText().strip();
		nextReview = IntakeForm.parse(nextText.getText());
		super.okPressed();
	}

	LocalDate reviewedOn() {
		return reviewedOn;
	}

	String reason() {
		return reason;
	}

	String summary() {
		return summary;
	}

	LocalDate nextReview() {
		return nextReview;
	}

	/** The days until the next review: 30 in detox, residential and intensive outpatient care, 90 elsewhere. */
	static int reviewCadence(Programme programme) {
		if (programme == null) {
			return 30;
		}
		return switch (programme) {
		case DETOX, RESIDENTIAL, INTENSIVE_OUTPATIENT -> 30;
		default -> 90;
		};
	}

	/** The review as the dialog was filled in, by {@code reviewerId}. */
	org.cairn.model.PlanReview review(String reviewerId) {
		org.cairn.model.PlanReview entry = org.cairn.model.CairnFactory.eINSTANCE.createPlanReview();
		entry.setReviewedOn(reviewedOn());
		entry.setReviewerId(reviewerId);
		entry.setReason(reason());
		entry.setSummary(summary());
		return entry;
	}
}
