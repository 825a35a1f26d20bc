package org.cairn.ui.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;

import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Session;
import org.cairn.store.DatabaseKeys;
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
 * The login before the workbench opens: user name and password, checked against the accounts (wrong ones count
 * towards the lockout, and every attempt is audited). Quit ends Cairn. The window's title names the product only.
 * Widget ids: {@code login.user}, {@code login.password}, {@code login.signIn}.
 */
public class LoginDialog extends TitleAreaDialog {

	private final Supplier<Accounts> accounts;
	private final DatabaseKeys keys;
	private final String product;
	private final String facility;
	private Text name;
	private Text password;
	private Session session;
	/** Wrong passwords typed while an encrypted database was still closed, audited once it opens. */
	private int failedBeforeOpen;
	private boolean needsSetUp;

	/**
	 * @param product  the product's name (branding)
	 * @param accounts the accounts, got once the database is open
	 * @param keys     the embedded database's keys (an encrypted database opens with the password), or null
	 * @param facility the facility's name, or null
	 */
	public LoginDialog(Shell parent, Supplier<Accounts> accounts, DatabaseKeys keys, String product, String facility) {
		super(parent);
		this.accounts = accounts;
		this.keys = keys;
		this.product = product;
		this.facility = facility;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.format("login.window", product));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.format("login.title", product));
		setMessage(facility == null ? Messages.get("login.message") : Messages.format("login.message.facility", facility));
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.get("login.user"));
		name = new Text(form, SWT.BORDER | SWT.SINGLE);
		name.setData(CairnUi.WIDGET_ID, "login.user");
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(name);
		new Label(form, SWT.NONE).setText(Messages.get("login.password"));
		password = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		password.setData(CairnUi.WIDGET_ID, "login.password");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		Label forgot = new Label(form, SWT.WRAP);
		forgot.setText(Messages.get("login.forgot"));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).indent(0, 6).applyTo(forgot);
		name.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.get("login.signIn"), true).setData(CairnUi.WIDGET_ID, "login.signIn");
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("login.quit"), false).setData(CairnUi.WIDGET_ID, "login.quit");
	}

	@Override
	protected void okPressed() {
		String id = name.getText().strip();
		if (id.isEmpty()) {
			setErrorMessage(Messages.get("login.noUser"));
			name.setFocus();
			return;
		}
		char[] typed = password.getTextChars();
		Authentication[] result = new Authentication[1];
		String[] problem = new String[1];
		try {
			// the slow password hash takes a moment by design (twice for an encrypted database: its key slot first)
			org.cairn.ui.data.OffTheDisplay.run(getShell().getDisplay(), () -> {
				if (keys != null && keys.state() == DatabaseKeys.State.LOCKED) {
					if (!keys.unlock(id, typed)) {
						failedBeforeOpen++;
						result[0] = new Authentication.Refused(Accounts.SIGN_IN_REFUSED);
						return;
					}
				}
				Accounts opened = accounts.get();
				if (opened == null) {
					problem[0] = Messages.format("login.unavailable", product);
					return;
				}
				if (!opened.isSetUp()) {
					// An encrypted database whose setup was cut short: its key opened, but it has no accounts yet.
					needsSetUp = true;
					return;
				}
				if (failedBeforeOpen > 0) {
					// Wrong passwords typed while the database was closed could not be audited then: they are now.
					opened.failedBeforeOpen(failedBeforeOpen);
					failedBeforeOpen = 0;
				}
				result[0] = opened.authenticate(id, typed);
			});
		} finally {
			Arrays.fill(typed, '\0');
		}
		password.setText("");
		if (needsSetUp) {
			super.okPressed();
		} else if (problem[0] != null) {
			setErrorMessage(problem[0]);
		} else if (result[0] instanceof Authentication.Success success) {
			session = new Session(success, Instant.now());
			super.okPressed();
		} else {
			setErrorMessage(((Authentication.Refused) result[0]).reason());
			password.setFocus();
		}
	}

	/** Whether the database opened but has no accounts yet, so the setup wizard is to run instead. */
	public boolean needsSetUp() {
		return needsSetUp;
	}

	/** The session of who signed in, or null when the dialog was left with Quit. */
	public Session session() {
		return session;
	}
}
