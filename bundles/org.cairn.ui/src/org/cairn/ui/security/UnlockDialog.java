package org.cairn.ui.security;

import java.time.Duration;
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
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The locked workstation: the signed-in person's password unlocks it (a wrong one counts towards the lockout and is
 * audited); Sign Out closes the workbench instead. It cannot be closed any other way. Widget ids:
 * {@code unlock.password}, {@code unlock.ok}, {@code unlock.signOut}.
 */
class UnlockDialog extends TitleAreaDialog {

	static final int SIGN_OUT = IDialogConstants.CLIENT_ID + 1;

	private final Accounts accounts;
	private final Session session;
	private final Duration idle;
	private Text password;

	/** @param idle how long the workstation was idle, or null when it was locked by hand */
	UnlockDialog(Accounts accounts, Session session, Duration idle) {
		super((Shell) null);
		this.accounts = accounts;
		this.session = session;
		this.idle = idle;
		setShellStyle(SWT.TITLE | SWT.APPLICATION_MODAL | SWT.ON_TOP);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.format("unlock.window", org.cairn.core.Branding.current().name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.get("unlock.title"));
		String why = idle == null ? Messages.get("unlock.byHand") : Messages.format("unlock.idle", idle.toMinutes() < 1 ? 1 : idle.toMinutes());
		setMessage(why + " " + Messages.format("unlock.who", session.displayName(), session.userId()));
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.get("login.password"));
		password = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		password.setData(CairnUi.WIDGET_ID, "unlock.password");
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
		Label kept = new Label(form, SWT.WRAP);
		kept.setText(Messages.format("unlock.kept", org.cairn.core.Branding.current().name()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).indent(0, 6).applyTo(kept);
		password.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, SIGN_OUT, Messages.get("unlock.signOut"), false).setData(CairnUi.WIDGET_ID, "unlock.signOut");
		createButton(parent, IDialogConstants.OK_ID, Messages.get("unlock.ok"), true).setData(CairnUi.WIDGET_ID, "unlock.ok");
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SIGN_OUT) {
			setReturnCode(SIGN_OUT);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
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
			BusyIndicator.showWhile(getShell().getDisplay(), () -> result[0] = accounts.confirm(session.userId(), typed, "unlocking"));
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

	/** Escape does not unlock. */
	@Override
	protected void cancelPressed() {
		// stays locked
	}

	/** Nor does closing the window. */
	@Override
	protected void handleShellCloseEvent() {
		// stays locked
	}
}
