package org.cairn.ui.security;

import java.util.Arrays;

import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks the signed-in person for their password again before an action that needs it (signing a note or a plan;
 * unlocking the workstation, {@link UnlockDialog}). A wrong password counts towards the lockout and is audited; the
 * caller audits the action once confirmed. Widget ids: {@code <prefix>.password}, {@code <prefix>.ok} (prefix
 * {@code confirm} here).
 */
public class ConfirmDialog extends TitleAreaDialog {

	private final Accounts accounts;
	private final Session session;
	private final String title;
	private final String message;
	private final String button;
	private final String purpose;
	private final String ids;
	private Text password;

	/**
	 * @param title   the window's and the dialog's title, e.g. "Sign the note"
	 * @param message what confirming does, e.g. "Sign this note as its author?"; who is asked is added to it
	 * @param button  the confirming button's label, e.g. "Sign"
	 * @param purpose what the audit log says a wrong password was for, e.g. "signing a note"
	 */
	public ConfirmDialog(Shell parent, Accounts accounts, Session session, String title, String message, String button, String purpose) {
		this(parent, accounts, session, title, message + " " + Messages.format("confirm.who", session.displayName(), session.userId()), button,
				purpose, "confirm");
	}

	/** @param message the whole message; {@code ids} prefixes the widget ids */
	ConfirmDialog(Shell parent, Accounts accounts, Session session, String title, String message, String button, String purpose, String ids) {
		super(parent);
		this.accounts = accounts;
		this.session = session;
		this.title = title;
		this.message = message;
		this.button = button;
		this.purpose = purpose;
		this.ids = ids;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.get("login.password"));
		password = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		password.setData(CairnUi.WIDGET_ID, ids + ".password");
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
		addBelow(form);
		password.setFocus();
		return area;
	}

	/** Adds what a subclass shows below the password field (a two-column grid). */
	void addBelow(Composite form) {
		// nothing here
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, button, true).setData(CairnUi.WIDGET_ID, ids + ".ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (accounts == null) {
			setErrorMessage(Messages.get("confirm.unavailable"));
			return;
		}
		char[] typed = password.getTextChars();
		Authentication[] result = new Authentication[1];
		try {
			org.cairn.ui.data.OffTheDisplay.run(getShell().getDisplay(), () -> result[0] = accounts.confirm(session.userId(), typed, purpose));
		} finally {
			Arrays.fill(typed, '\0');
		}
		password.setText("");
		if (result[0] instanceof Authentication.Success) {
			super.okPressed();
		} else {
			setErrorMessage(((Authentication.Refused) result[0]).reason());
			password.setFocus();
		}
	}
}
