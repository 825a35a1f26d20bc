package org.cairn.ui.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormRegistry;
import org.cairn.forms.Scoring;
import org.cairn.forms.ui.DefinitionRenderer;
import org.cairn.forms.ui.FormPage;
import org.cairn.model.Answer;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.FlagAcknowledgement;
import org.cairn.model.ItemScore;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.clinical.Charts;
import org.cairn.security.Session;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A stored assessment response, read-only: rendered with the definition of the form version it was given with
 * when that version is installed, else listed as stored (answers, item scores, total, band, flags), so a response
 * still opens when its form has changed or been removed. Widget ids: {@code response.line}, {@code response.stored}.
 */
public class ResponseDialog extends Dialog {

	private final FormRegistry forms;
	private final StoreAccess store;
	private final Charts charts;
	private final Session session;
	private final String recordId;
	private final java.util.function.Function<String, String> nameOf;
	private Composite area;
	private Label line;

	/**
	 * The response {@code recordId}, read for {@code session} through {@code charts} (audited there); who acknowledged a
	 * flag is shown as {@code nameOf} names them.
	 */
	public ResponseDialog(Shell parent, FormRegistry forms, StoreAccess store, Charts charts, Session session, String recordId,
			java.util.function.Function<String, String> nameOf) {
		super(parent);
		this.nameOf = nameOf;
		this.forms = forms;
		this.store = store;
		this.charts = charts;
		this.session = session;
		this.recordId = recordId;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("response.title"));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(760, 760);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		line = new Label(area, SWT.WRAP);
		line.setData(CairnUi.WIDGET_ID, "response.line");
		line.setText(Messages.get("response.reading"));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 700;
		line.setLayoutData(data);
		store.call(Messages.get("response.job"), () -> charts.read(session, recordId).map(stored -> stored.record()).orElse(null), record -> {
			if (line.isDisposed()) {
				return;
			}
			if (record instanceof AssessmentResponse response) {
				show(response);
			} else {
				line.setText(Messages.get("response.gone"));
			}
		}, failure -> {
			if (!line.isDisposed()) {
				line.setText(failure.message());
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void show(AssessmentResponse response) {
		Optional<FormDefinition> definition = forms == null ? Optional.empty() : forms.definition(response.getFormId(), response.getFormVersion());
		line.setText(Messages.format("response.line", Messages.dateTime(response.getAdministeredAt()),
				response.getAdministeredBy() == null ? "" : response.getAdministeredBy(), response.getFormId(), response.getFormVersion(),
				definition.isPresent() ? "" : Messages.get("response.notInstalled")));
		if (definition.isPresent()) {
			Composite host = new Composite(area, SWT.NONE);
			host.setLayout(new FillLayout());
			host.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			Map<String, Object> answers = new LinkedHashMap<>();
			response.getAnswers().forEach(answer -> answers.put(answer.getItemId(), answer.getValue()));
			FormDefinition form = definition.get();
			FormPage page = new DefinitionRenderer().render(host, form, answers, given -> Scoring.score(form, given, null));
			disable(page.control());
		}
		Text stored = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		stored.setData(CairnUi.WIDGET_ID, "response.stored");
		stored.setText(storedText(response, nameOf));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, definition.isEmpty());
		data.heightHint = definition.isPresent() ? 80 : 400;
		stored.setLayoutData(data);
		area.layout(true, true);
	}

	/** Makes every answer read-only; the page can still be scrolled. */
	private static void disable(Control control) {
		if (control instanceof org.eclipse.swt.widgets.Button || control instanceof Text) {
			control.setEnabled(false);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				disable(child);
			}
		}
	}

	/** The response as stored, in words: what it scored, every answer with its score, flags and acknowledgements. */
	public static String storedText(AssessmentResponse response, java.util.function.Function<String, String> nameOf) {
		List<String> lines = new ArrayList<>();
		lines.add(Messages.format("response.stored.total", plain(response.getTotal()), response.getBand() == null ? "" : response.getBand()));
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (ItemScore score : response.getItemScores()) {
			scores.put(score.getItemId(), score.getScore());
		}
		for (Answer answer : response.getAnswers()) {
			BigDecimal score = scores.get(answer.getItemId());
			lines.add(Messages.format("response.stored.answer", answer.getItemId(), answer.getValue(), score == null ? "" : " [" + plain(score) + "]"));
		}
		if (!response.getFlags().isEmpty()) {
			lines.add(Messages.format("response.stored.flags", String.join(", ", response.getFlags())));
		}
		for (FlagAcknowledgement acknowledgement : response.getAcknowledgements()) {
			lines.add(Messages.format("response.stored.acknowledged", acknowledgement.getFlag(), nameOf.apply(acknowledgement.getAcknowledgedBy()),
					Messages.dateTime(acknowledgement.getAcknowledgedAt()), acknowledgement.getNote() == null ? "" : acknowledgement.getNote()));
		}
		return String.join("\n", lines);
	}

	private static String plain(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}
}
