package org.cairn.ui.dialogs;

import java.util.List;
import java.util.function.Function;

import org.cairn.ui.CairnUi;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for one piece of text (an addendum, the reason a note is in error), checked as it is typed: OK waits until
 * the check finds nothing, and the first problem is named in the dialog.
 */
public class TextEntryDialog extends TitleAreaDialog {

	private final String title;
	private final String heading;
	private final String message;
	private final String label;
	private final String okLabel;
	private final String id;
	private final boolean multiLine;
	private final Function<String, List<String>> check;
	private Text text;
	private String value;

	/**
	 * @param id    the widget id of the text field ({@code id}) and the OK button ({@code id + ".ok"}), for tests
	 * @param check the problems of a value, none when it may be accepted
	 */
	public TextEntryDialog(Shell parent, String title, String heading, String message, String label, String okLabel, String id,
			boolean multiLine, Function<String, List<String>> check) {
		super(parent);
		this.title = title;
		this.heading = heading;
		this.message = message;
		this.label = label;
		this.okLabel = okLabel;
		this.id = id;
		this.multiLine = multiLine;
		this.check = check;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(620, multiLine ? 420 : 300);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(heading);
		setMessage(message);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(1, false));
		new Label(form, SWT.NONE).setText(label);
		text = new Text(form, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		text.setData(CairnUi.WIDGET_ID, id);
		text.setLayoutData(new GridData(SWT.FILL, multiLine ? SWT.FILL : SWT.CENTER, true, multiLine));
		text.addModifyListener(event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, okLabel, !multiLine);
		ok.setData(CairnUi.WIDGET_ID, id + ".ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, multiLine);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void validate() {
		List<String> problems = check.apply(text.getText());
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problems.isEmpty());
		}
		setMessage(problems.isEmpty() ? message : problems.get(0), problems.isEmpty() ? IMessageProvider.NONE : IMessageProvider.ERROR);
	}

	@Override
	protected void okPressed() {
		value = text.getText().strip();
		super.okPressed();
	}

	/** What was typed, once OK was pressed. */
	public String value() {
		return value;
	}
}
