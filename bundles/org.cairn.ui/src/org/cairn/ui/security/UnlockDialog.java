package org.cairn.ui.security;

import java.time.Duration;

import org.cairn.core.Branding;
import org.cairn.security.Accounts;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The locked workstation: the signed-in person's password unlocks it (a wrong one counts towards the lockout and is
 * audited); Sign Out closes the workbench instead. It cannot be closed any other way. Widget ids:
 * {@code unlock.password}, {@code unlock.ok}, {@code unlock.signOut}.
 */
class UnlockDialog extends ConfirmDialog {

	static final int SIGN_OUT = IDialogConstants.CLIENT_ID + 1;

	/** @param idle how long the workstation was idle, or null when it was locked by hand */
	UnlockDialog(Accounts accounts, Session session, Duration idle) {
		super(null, accounts, session, Messages.get("unlock.title"),
				(idle == null ? Messages.get("unlock.byHand") : Messages.format("unlock.idle", Math.max(1, idle.toMinutes()))) + " "
						+ Messages.format("unlock.who", session.displayName(), session.userId()),
				Messages.get("unlock.ok"), "unlocking", "unlock");
		setShellStyle(SWT.TITLE | SWT.APPLICATION_MODAL | SWT.ON_TOP);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.format("unlock.window", Branding.current().name()));
	}

	@Override
	void addBelow(Composite form) {
		Label kept = new Label(form, SWT.WRAP);
		kept.setText(Messages.format("unlock.kept", Branding.current().name()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).indent(0, 6).applyTo(kept);
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
