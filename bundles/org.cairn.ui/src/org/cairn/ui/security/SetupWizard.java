package org.cairn.ui.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;

import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Passwords;
import org.cairn.security.Session;
import org.cairn.store.DatabaseKeys;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * First run on a new database: names the facility and creates its first administrator, who is then signed in. Widget
 * ids: {@code setup.facility}, {@code setup.user}, {@code setup.name}, {@code setup.password}, {@code setup.repeat}.
 */
public class SetupWizard extends Wizard {

	private final Supplier<Accounts> accounts;
	private final DatabaseKeys keys;
	private final FacilityPage facilityPage = new FacilityPage();
	private final AdministratorPage administratorPage = new AdministratorPage();
	private Session session;
	private String recoveryKey;
	private final String product;

	/**
	 * @param accounts the accounts, got once the database is open
	 * @param keys     the embedded database's keys: a new embedded database is made encrypted; or null
	 */
	public SetupWizard(Supplier<Accounts> accounts, DatabaseKeys keys, String product) {
		this.accounts = accounts;
		this.keys = keys;
		this.product = product;
		setWindowTitle(Messages.format("setup.window", product));
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(facilityPage);
		addPage(administratorPage);
	}

	@Override
	public boolean performFinish() {
		String id = administratorPage.user.getText().strip();
		char[] password = administratorPage.password.getTextChars();
		// what was typed is read here, on the display thread; the work below runs off it
		String facility = facilityPage.facility.getText();
		String name = administratorPage.name.getText();
		try {
			String[] failure = new String[1];
			org.cairn.ui.data.OffTheDisplay.run(getShell().getDisplay(), () -> {
				try {
					String badName = Passwords.nameProblem(id);
					if (badName != null) {
						throw new AccountException(badName);
					}
					if (keys != null && keys.state() == DatabaseKeys.State.NEW) {
						// A new embedded database: its key is made now, with this administrator's slot, before it is created.
						recoveryKey = keys.create(id, password);
					}
					Accounts opened = accounts.get();
					if (opened == null) {
						throw new AccountException(Messages.format("login.unavailable", product));
					}
					opened.setUp(facility, id, name, password);
					if (opened.authenticate(id, password) instanceof Authentication.Success success) {
						session = new Session(success, Instant.now());
					}
				} catch (AccountException e) {
					failure[0] = e.getMessage();
				}
			});
			if (failure[0] != null) {
				administratorPage.setErrorMessage(failure[0]);
				return false;
			}
			return true;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** The recovery key of the new encrypted database, to show once; null when the database is not encrypted. */
	public String recoveryKey() {
		return recoveryKey;
	}

	/** The first administrator's session, or null when the wizard was cancelled. */
	public Session session() {
		return session;
	}

	private static Text field(Composite form, String label, String id, int style) {
		new Label(form, SWT.NONE).setText(Messages.get(label));
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE | style);
		text.setData(CairnUi.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Composite form(Composite parent, String explanation) {
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 8).applyTo(form);
		Label about = new Label(form, SWT.WRAP);
		about.setText(Messages.get(explanation));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).indent(0, 0).applyTo(about);
		return form;
	}

	private static final class FacilityPage extends WizardPage {
		Text facility;

		FacilityPage() {
			super("facility");
			setTitle(Messages.get("setup.facility.title"));
			setDescription(Messages.get("setup.facility.description"));
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = form(parent, "setup.facility.about");
			facility = field(form, "setup.facility", "setup.facility", 0);
			facility.addModifyListener(e -> setPageComplete(!facility.getText().isBlank()));
			setControl(form);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				facility.setFocus();
			}
		}
	}

	private static final class AdministratorPage extends WizardPage {
		Text user;
		Text name;
		Text password;
		Text repeat;

		AdministratorPage() {
			super("administrator");
			setTitle(Messages.get("setup.admin.title"));
			setDescription(Messages.get("setup.admin.description"));
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = form(parent, "setup.admin.about");
			user = field(form, "setup.user", "setup.user", 0);
			name = field(form, "setup.name", "setup.name", 0);
			password = field(form, "setup.password", "setup.password", SWT.PASSWORD);
			repeat = field(form, "setup.repeat", "setup.repeat", SWT.PASSWORD);
			user.addModifyListener(e -> check());
			name.addModifyListener(e -> check());
			password.addModifyListener(e -> check());
			repeat.addModifyListener(e -> check());
			setControl(form);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				user.setFocus();
			}
		}

		/** Says what is missing or wrong as it is typed; Finish is offered once all of it can be used. */
		private void check() {
			String problem = null;
			char[] typed = password.getTextChars();
			char[] again = repeat.getTextChars();
			try {
				if (user.getText().isBlank()) {
					problem = Messages.get("setup.problem.user");
				} else if (name.getText().isBlank()) {
					problem = Messages.get("setup.problem.name");
				} else if (typed.length == 0) {
					problem = Messages.get("setup.problem.password");
				} else {
					problem = Passwords.problem(user.getText().strip(), typed);
					if (problem == null && !Arrays.equals(typed, again)) {
						problem = Messages.get("setup.problem.repeat");
					}
				}
			} finally {
				Arrays.fill(typed, '\0');
				Arrays.fill(again, '\0');
			}
			setErrorMessage(problem == null || user.getText().isBlank() && name.getText().isBlank() ? null : problem);
			setPageComplete(problem == null);
		}
	}
}
