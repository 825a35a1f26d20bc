package org.cairn.ui.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cairn.security.Account;
import org.cairn.security.AccountException;
import org.cairn.security.Accounts;
import org.cairn.security.Passwords;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.dialogs.RecordForm;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * View › Users, for administrators: every account with its roles and state; Add…, Roles…, Disable or Enable, and Set
 * Password… (which also unlocks); and the facility's idle-lock time and chart access. Each change is an audit event in the
 * administrator's name. Accounts are disabled, never deleted. Widget ids: {@code users.table}, {@code users.add},
 * {@code users.roles}, {@code users.disable}, {@code users.password}, {@code users.idle}, {@code users.caseload}, {@code users.idle.apply}.
 */
public class UsersDialog extends Dialog {

	private static final int ADD_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int ROLES_ID = IDialogConstants.CLIENT_ID + 2;
	private static final int DISABLE_ID = IDialogConstants.CLIENT_ID + 3;
	private static final int PASSWORD_ID = IDialogConstants.CLIENT_ID + 4;

	private final Accounts accounts;
	private final Session session;
	private Table table;
	private Spinner idle;
	private Button caseload;
	private List<Account> shown = List.of();
	/** The roles the database knows, read with the accounts (in a job); empty until then. */
	private Set<String> knownRoles = Set.of();
	/** The facility's settings as last read. */
	private int idleMinutes = Accounts.DEFAULT_IDLE_LOCK_MINUTES;
	private boolean restricted;
	/** The running workstation's idle lock, told of a new idle time at once (others take it at their next start). */
	private IdleLock current;

	public UsersDialog(Shell parent, Accounts accounts, Session session) {
		super(parent);
		this.accounts = accounts;
		this.session = session;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("users.title"));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(860, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.get("users.intro"));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 780;
		intro.setLayoutData(introData);
		table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(CairnUi.WIDGET_ID, "users.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] keys = { "user", "name", "roles", "state", "password" };
		int[] widths = { 150, 200, 230, 140, 120 };
		for (int i = 0; i < keys.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.get("users.column." + keys[i]));
			column.setWidth(widths[i]);
		}
		table.addListener(SWT.Selection, event -> updateButtons());

		Composite settings = new Composite(area, SWT.NONE);
		settings.setLayout(new GridLayout(4, false));
		new Label(settings, SWT.NONE).setText(Messages.get("users.idle"));
		idle = new Spinner(settings, SWT.BORDER);
		idle.setData(CairnUi.WIDGET_ID, "users.idle");
		idle.setValues(Accounts.DEFAULT_IDLE_LOCK_MINUTES, 1, 240, 0, 1, 10);
		new Label(settings, SWT.NONE).setText(Messages.get("users.idle.unit"));
		caseload = new Button(settings, SWT.CHECK);
		caseload.setText(Messages.get("users.caseload"));
		caseload.setData(CairnUi.WIDGET_ID, "users.caseload");
		caseload.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		Button apply = new Button(settings, SWT.PUSH);
		apply.setText(Messages.get("users.idle.apply"));
		apply.setData(CairnUi.WIDGET_ID, "users.idle.apply");
		apply.addListener(SWT.Selection, event -> applySettings());
		refresh(null);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ADD_ID, Messages.get("users.add"), false).setData(CairnUi.WIDGET_ID, "users.add");
		createButton(parent, ROLES_ID, Messages.get("users.roles"), false).setData(CairnUi.WIDGET_ID, "users.roles");
		createButton(parent, DISABLE_ID, Messages.get("users.disable"), false).setData(CairnUi.WIDGET_ID, "users.disable");
		createButton(parent, PASSWORD_ID, Messages.get("users.password"), false).setData(CairnUi.WIDGET_ID, "users.password");
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
		updateButtons();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		switch (buttonId) {
		case ADD_ID -> add();
		case ROLES_ID -> selected().ifPresent(this::roles);
		case DISABLE_ID -> selected().ifPresent(this::toggleDisabled);
		case PASSWORD_ID -> selected().ifPresent(this::password);
		default -> super.buttonPressed(buttonId);
		}
	}

	private Optional<Account> selected() {
		int index = table.getSelectionIndex();
		return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
	}

	/** The accounts, the roles and the settings as stored, read in a job (never on the display thread). */
	private record Stored(List<Account> accounts, Set<String> roles, int idleMinutes, boolean restricted) {
	}

	private void refresh(String select) {
		inBackground(() -> new Stored(accounts.list(), accounts.roles(), (int) IdleLock.configured(accounts).toMinutes(), Caseload.restricted(accounts)),
				stored -> show(stored, select));
	}

	private void show(Stored stored, String select) {
		shown = stored.accounts();
		knownRoles = stored.roles();
		idleMinutes = stored.idleMinutes();
		restricted = stored.restricted();
		idle.setSelection(idleMinutes);
		caseload.setSelection(restricted);
		table.removeAll();
		Instant now = Instant.now();
		for (Account account : shown) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { account.id(), account.displayName(), String.join(", ", new TreeSet<>(account.roles())),
					account.disabled() ? Messages.get("users.state.disabled")
							: account.lockedAt(now) ? Messages.format("users.state.locked", Messages.dateTime(account.lockedUntil()))
									: Messages.get("users.state.active"),
					Messages.date(account.passwordChangedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()) });
			if (account.id().equals(select)) {
				table.setSelection(item);
			}
		}
		updateButtons();
	}

	/**
	 * Runs {@code work} against the accounts in a job and hands the result to {@code then} on the display thread, unless
	 * the dialog has closed; a refused change ({@link AccountException}) is said in a dialog, a failure of the store too.
	 */
	private <T> void inBackground(java.util.function.Supplier<T> work, java.util.function.Consumer<T> then) {
		org.cairn.ui.data.InBackground.run(getShell(), Messages.get("users.title"), work, then,
				e -> MessageDialog.openError(getShell(), Messages.get("users.failed"), e.getMessage()));
	}

	private void updateButtons() {
		Optional<Account> account = selected();
		Button add = getButton(ADD_ID);
		if (add != null) {
			add.setEnabled(!knownRoles.isEmpty());
		}
		for (int id : new int[] { ROLES_ID, DISABLE_ID, PASSWORD_ID }) {
			Button button = getButton(id);
			if (button != null) {
				button.setEnabled(account.isPresent());
			}
		}
		Button disable = getButton(DISABLE_ID);
		if (disable != null) {
			disable.setText(account.map(Account::disabled).orElse(false) ? Messages.get("users.enable") : Messages.get("users.disable"));
			disable.getParent().layout();
		}
	}

	private RecordForm rolesForm(RecordForm form, Set<String> current) {
		for (String role : new TreeSet<>(knownRoles)) {
			form.check("role." + role, Messages.format("users.role", role, Messages.get("users.role." + role)), current.contains(role));
		}
		return form;
	}

	private Set<String> chosenRoles(RecordForm form) {
		Set<String> roles = new LinkedHashSet<>();
		for (String role : knownRoles) {
			if (Boolean.TRUE.equals(form.get("role." + role))) {
				roles.add(role);
			}
		}
		return roles;
	}

	private void add() {
		RecordForm form = new RecordForm(getShell(), "users.new", Messages.get("users.add.title"), Messages.get("users.add.title"),
				Messages.get("users.add.message"), Messages.get("users.add.ok"));
		form.text("users.new.id", Messages.get("setup.user"), null).text("users.new.name", Messages.get("setup.name"), null);
		rolesForm(form, Set.of());
		form.password("users.new.password", Messages.get("setup.password")).password("users.new.repeat", Messages.get("setup.repeat"));
		form.validate(f -> {
			List<String> problems = new ArrayList<>();
			String id = f.get("users.new.id");
			String password = f.get("users.new.password");
			if (id == null) {
				problems.add(Messages.get("setup.problem.user"));
			} else if (f.get("users.new.name") == null) {
				problems.add(Messages.get("setup.problem.name"));
			} else if (chosenRoles(f).isEmpty()) {
				problems.add(Messages.get("users.problem.roles"));
			} else if (password == null) {
				problems.add(Messages.get("setup.problem.password"));
			} else if (Passwords.problem(id, password.toCharArray()) != null) {
				problems.add(Passwords.problem(id, password.toCharArray()));
			} else if (!password.equals(f.get("users.new.repeat"))) {
				problems.add(Messages.get("setup.problem.repeat"));
			}
			return problems;
		});
		if (form.open() != Window.OK) {
			return;
		}
		String id = form.get("users.new.id");
		String name = form.get("users.new.name");
		Set<String> roles = chosenRoles(form);
		char[] password = ((String) form.get("users.new.password")).toCharArray();
		change(() -> {
			try {
				accounts.create(session, id, name, roles, password);
			} finally {
				Arrays.fill(password, '\0');
			}
		}, id);
	}

	private void roles(Account account) {
		RecordForm form = new RecordForm(getShell(), "users.rolesOf", Messages.format("users.roles.title", account.id()),
				Messages.format("users.roles.title", account.id()), Messages.get("users.roles.message"), Messages.get("users.roles.ok"));
		rolesForm(form, account.roles());
		form.validate(f -> chosenRoles(f).isEmpty() ? List.of(Messages.get("users.problem.roles")) : List.of());
		if (form.open() == Window.OK) {
			Set<String> roles = chosenRoles(form);
			if (account.id().equals(session.userId()) && account.roles().contains("administrator") && !roles.contains("administrator")) {
				MessageDialog.openInformation(getShell(), Messages.get("users.title"), Messages.get("users.ownAdmin"));
				return;
			}
			change(() -> accounts.setRoles(session, account.id(), roles), account.id());
		}
	}

	private void toggleDisabled(Account account) {
		if (!account.disabled() && account.id().equals(session.userId())) {
			MessageDialog.openInformation(getShell(), Messages.get("users.title"), Messages.get("users.ownDisable"));
			return;
		}
		if (!account.disabled() && !MessageDialog.openConfirm(getShell(), Messages.get("users.disable.title"),
				Messages.format("users.disable.confirm", account.displayName(), account.id()))) {
			return;
		}
		change(() -> accounts.setDisabled(session, account.id(), !account.disabled()), account.id());
	}

	private void password(Account account) {
		RecordForm form = new RecordForm(getShell(), "users.newPassword", Messages.format("users.password.title", account.id()),
				Messages.format("users.password.title", account.id()), Messages.get("users.password.message"), Messages.get("users.password.ok"));
		form.password("users.password.new", Messages.get("setup.password")).password("users.password.repeat", Messages.get("setup.repeat"));
		form.validate(f -> {
			String password = f.get("users.password.new");
			if (password == null) {
				return List.of(Messages.get("setup.problem.password"));
			}
			String weak = Passwords.problem(account.id(), password.toCharArray());
			if (weak != null) {
				return List.of(weak);
			}
			return password.equals(f.get("users.password.repeat")) ? List.of() : List.of(Messages.get("setup.problem.repeat"));
		});
		if (form.open() == Window.OK) {
			char[] password = ((String) form.get("users.password.new")).toCharArray();
			change(() -> {
				try {
					accounts.changePassword(session, account.id(), password);
				} finally {
					Arrays.fill(password, '\0');
				}
			}, account.id());
		}
	}

	private void applySettings() {
		if (!Access.check(getShell(), accounts, session, Permission.CONFIGURE, Messages.get("users.idle.action"), null)) {
			idle.setSelection(idleMinutes);
			caseload.setSelection(restricted);
			return;
		}
		int minutes = idle.getSelection();
		String access = caseload.getSelection() ? Caseload.CASELOAD : Caseload.ALL;
		change(() -> {
			if (IdleLock.configured(accounts).toMinutes() != minutes) {
				accounts.setSetting(session, Accounts.IDLE_LOCK_MINUTES, String.valueOf(minutes));
			}
			if (!access.equals(accounts.setting(Accounts.CHART_ACCESS).orElse(Caseload.ALL))) {
				accounts.setSetting(session, Accounts.CHART_ACCESS, access);
			}
		}, null);
		if (current != null) {
			current.setTimeout(Duration.ofMinutes(minutes));
		}
	}

	public UsersDialog withIdleLock(IdleLock lock) {
		this.current = lock;
		return this;
	}

	/**
	 * Makes a change in the administrator's name, in a job; a refusal is said, and the list then shows what is stored.
	 */
	private void change(Runnable change, String select) {
		inBackground(() -> {
			change.run();
			return new Stored(accounts.list(), accounts.roles(), (int) IdleLock.configured(accounts).toMinutes(), Caseload.restricted(accounts));
		}, stored -> show(stored, select));
	}
}
