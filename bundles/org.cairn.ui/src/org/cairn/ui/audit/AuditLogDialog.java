package org.cairn.ui.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditQuery;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * View › Audit Log, for auditors and administrators: the audit events filtered by patient, user, action and dates,
 * newest first; Verify checks the hash chain and names what was changed; Export… writes the listed events to a CSV
 * file, itself an audit event. The log holds ids, never names or clinical text. Widget ids: {@code audit.patient},
 * {@code audit.user}, {@code audit.action}, {@code audit.from}, {@code audit.to}, {@code audit.search},
 * {@code audit.table}, {@code audit.summary}, {@code audit.verify}, {@code audit.export}.
 */
public class AuditLogDialog extends Dialog {

	/** How many events one search lists at most. */
	public static final int LIMIT = 2000;
	private static final int VERIFY_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 2;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final org.cairn.clinical.AuditLog log;
	private final org.cairn.security.Session session;
	private Text patient;
	private Text user;
	private Combo action;
	private Text from;
	private Text to;
	private Table table;
	private Label summary;
	private List<AuditEntry> shown = List.of();

	public AuditLogDialog(Shell parent, org.cairn.clinical.AuditLog log, org.cairn.security.Session session) {
		super(parent);
		this.log = log;
		this.session = session;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("audit.title"));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1100, 600);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Composite filters = new Composite(area, SWT.NONE);
		filters.setLayout(new GridLayout(11, false));
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		patient = field(filters, "audit.patient", 120);
		user = field(filters, "audit.user", 120);
		new Label(filters, SWT.NONE).setText(Messages.get("audit.action"));
		action = new Combo(filters, SWT.READ_ONLY);
		action.setData(CairnUi.WIDGET_ID, "audit.action");
		action.add(Messages.get("audit.action.any"));
		for (AuditEvent.Action each : AuditEvent.Action.values()) {
			action.add(each.name());
		}
		action.select(0);
		from = field(filters, "audit.from", 90);
		to = field(filters, "audit.to", 90);
		from.setMessage("yyyy-mm-dd");
		to.setMessage("yyyy-mm-dd");
		Button search = new Button(filters, SWT.PUSH);
		search.setText(Messages.get("audit.search"));
		search.setData(CairnUi.WIDGET_ID, "audit.search");
		search.addListener(SWT.Selection, event -> search());

		table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(CairnUi.WIDGET_ID, "audit.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] keys = { "number", "time", "user", "workstation", "action", "outcome", "patient", "record", "detail" };
		int[] widths = { 60, 140, 110, 110, 120, 80, 100, 110, 240 };
		for (int i = 0; i < keys.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.get("audit.column." + keys[i]));
			column.setWidth(widths[i]);
		}
		summary = new Label(area, SWT.WRAP);
		summary.setData(CairnUi.WIDGET_ID, "audit.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		search();
		return area;
	}

	private static Text field(Composite parent, String key, int width) {
		new Label(parent, SWT.NONE).setText(Messages.get(key));
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(CairnUi.WIDGET_ID, key);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = width;
		text.setLayoutData(data);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, VERIFY_ID, Messages.get("audit.verify"), false).setData(CairnUi.WIDGET_ID, "audit.verify");
		createButton(parent, EXPORT_ID, Messages.get("audit.export"), false).setData(CairnUi.WIDGET_ID, "audit.export");
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == VERIFY_ID) {
			verify();
		} else if (buttonId == EXPORT_ID) {
			Path file = chooseExportFile();
			if (file != null) {
				export(file);
			}
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The query the filters describe, or null after saying which filter is wrong. */
	private AuditQuery query() {
		LocalDate fromDay;
		LocalDate toDay;
		try {
			fromDay = from.getText().isBlank() ? null : LocalDate.parse(from.getText().strip(), DAY);
			toDay = to.getText().isBlank() ? null : LocalDate.parse(to.getText().strip(), DAY);
		} catch (DateTimeParseException e) {
			summary.setText(Messages.get("audit.badDate"));
			return null;
		}
		ZoneId zone = ZoneId.systemDefault();
		return new AuditQuery(blankToNull(patient.getText()), blankToNull(user.getText()),
				action.getSelectionIndex() <= 0 ? null : AuditEvent.Action.valueOf(action.getText()),
				fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(), toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(),
				LIMIT);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Lists the events the filters ask for; the store is read in a job, never on the display thread. */
	void search() {
		AuditQuery query = query();
		if (query == null) {
			return;
		}
		summary.setText(Messages.get("audit.searching"));
		inBackground(Messages.get("audit.job.open"), () -> log.search(session, query), found -> {
			shown = found;
			table.removeAll();
			for (AuditEntry entry : shown) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(row(entry));
				if (flagged(entry.event())) {
					// Emergency access and refusals are what a reviewer looks for first: in the risk colour.
					item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
					item.setFont(bold());
				}
			}
			summary.setText(shown.size() >= LIMIT ? Messages.format("audit.summary.limited", LIMIT) : Messages.format("audit.summary", shown.size()));
		}, e -> summary.setText(Messages.format("audit.failed", e.getMessage())));
	}

	/** Runs {@code work} in a job; the result or the failure comes back on the display thread while the dialog is open. */
	private <T> void inBackground(String name, java.util.function.Supplier<T> work, java.util.function.Consumer<T> onResult,
			java.util.function.Consumer<RuntimeException> onFailure) {
		org.cairn.ui.data.InBackground.run(getShell(), name, work, onResult, onFailure);
	}

	/** Events a reviewer is to look at: emergency access to a chart, and anything refused. */
	public static boolean flagged(AuditEvent event) {
		return event.action() == AuditEvent.Action.BREAK_GLASS || event.outcome() == AuditEvent.Outcome.DENIED;
	}

	private org.eclipse.swt.graphics.Font bold;

	private org.eclipse.swt.graphics.Font bold() {
		if (bold == null) {
			org.eclipse.swt.graphics.FontData[] data = table.getFont().getFontData();
			for (org.eclipse.swt.graphics.FontData each : data) {
				each.setStyle(SWT.BOLD);
			}
			bold = new org.eclipse.swt.graphics.Font(table.getDisplay(), data);
			table.addDisposeListener(event -> bold.dispose());
		}
		return bold;
	}

	private static String[] row(AuditEntry entry) {
		AuditEvent event = entry.event();
		return new String[] { Long.toString(entry.number()), WHEN.format(event.at().atZone(ZoneId.systemDefault())), event.user(), event.workstation(),
				event.action().name(), event.outcome().name(), nz(event.patientId()), nz(event.recordId()), nz(event.detail()) };
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	/** Walks the whole chain in a job (every event's hash), then says what it found. */
	private void verify() {
		summary.setText(Messages.get("audit.verifying"));
		inBackground(Messages.get("audit.verify.title"), () -> log.verify(session), result -> {
			summary.setText(shown.size() >= LIMIT ? Messages.format("audit.summary.limited", LIMIT) : Messages.format("audit.summary", shown.size()));
			if (result.intact()) {
				MessageDialog.openInformation(getShell(), Messages.get("audit.verify.title"),
						Messages.format("audit.verify.intact", result.events(), result.headHash()));
			} else {
				MessageDialog.openError(getShell(), Messages.get("audit.verify.title"),
						Messages.format("audit.verify.broken", String.join("\n", result.problems())));
			}
		}, e -> MessageDialog.openError(getShell(), Messages.get("audit.verify.title"), Messages.format("audit.failed", e.getMessage())));
	}

	/** Asks where the export goes; {@code null} when cancelled. Tests choose the file themselves. */
	protected Path chooseExportFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.get("audit.export.title"));
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("audit-log.csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** Writes the listed events as CSV, and records the export itself in the log. */
	void export(Path file) {
		List<String> lines = new ArrayList<>();
		lines.add("number,time,user,workstation,action,outcome,patient,record,detail");
		for (AuditEntry entry : shown) {
			List<String> cells = new ArrayList<>();
			String[] row = row(entry);
			cells.add(row[0]);
			cells.add(entry.event().at().toString());
			for (int i = 2; i < row.length; i++) {
				cells.add(csv(row[i]));
			}
			lines.add(String.join(",", cells));
		}
		int count = shown.size();
		inBackground(Messages.get("audit.export.title"), () -> {
			try {
				Files.write(file, lines, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
			log.exported(session, count);
			return count;
		}, written -> summary.setText(Messages.format("audit.exported", written, file)),
				e -> summary.setText(Messages.format("audit.exportFailed", file, e.getMessage())));
	}

	private static String csv(String value) {
		// A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}
}
