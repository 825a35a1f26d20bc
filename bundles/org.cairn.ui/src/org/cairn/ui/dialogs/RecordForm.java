package org.cairn.ui.dialogs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.Values;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
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
 * A dialog that enters one record: fields declared in order (text, number, date, date and time, choice, check),
 * read back by id once OK is pressed. Every change runs the caller's check; the first problem is named in the
 * dialog and OK waits until there is none. A value that cannot be read (a date that is not a date) is a problem
 * of its own, naming the field. Widget ids are the field ids, and {@code <id>.ok} for OK, for tests.
 */
public class RecordForm extends TitleAreaDialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private enum Kind {
		TEXT, LONG_TEXT, PASSWORD, NUMBER, INTEGER, DATE, DATE_TIME, CHOICE, EDITABLE_CHOICE, CHECK
	}

	private record Field(String id, String label, Kind kind, Object initial, List<?> values) {
	}

	private final String title;
	private final String heading;
	private final String message;
	private final String okLabel;
	private final String formId;
	private final Map<String, Field> fields = new LinkedHashMap<>();
	private final Map<String, Control> controls = new LinkedHashMap<>();
	private final Map<String, Object> values = new LinkedHashMap<>();
	private Function<RecordForm, List<String>> check = form -> List.of();
	private boolean closed;

	/** {@code formId} prefixes nothing; it names the OK button ({@code formId + ".ok"}). */
	public RecordForm(Shell parent, String formId, String title, String heading, String message, String okLabel) {
		super(parent);
		this.formId = formId;
		this.title = title;
		this.heading = heading;
		this.message = message;
		this.okLabel = okLabel;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	public RecordForm text(String id, String label, String initial) {
		return add(new Field(id, label, Kind.TEXT, initial, List.of()));
	}

	/** A password: typed hidden, read as typed (not stripped), never given an initial value. */
	public RecordForm password(String id, String label) {
		return add(new Field(id, label, Kind.PASSWORD, null, List.of()));
	}

	public RecordForm longText(String id, String label, String initial) {
		return add(new Field(id, label, Kind.LONG_TEXT, initial, List.of()));
	}

	public RecordForm number(String id, String label, BigDecimal initial) {
		return add(new Field(id, label, Kind.NUMBER, initial, List.of()));
	}

	public RecordForm integer(String id, String label, Integer initial) {
		return add(new Field(id, label, Kind.INTEGER, initial, List.of()));
	}

	public RecordForm date(String id, String label, LocalDate initial) {
		return add(new Field(id, label, Kind.DATE, initial, List.of()));
	}

	public RecordForm dateTime(String id, String label, Instant initial) {
		return add(new Field(id, label, Kind.DATE_TIME, initial, List.of()));
	}

	/** A choice among {@code choices} (enumeration literals or strings), shown by their labels, with "" for none. */
	public RecordForm choice(String id, String label, List<?> choices, Object initial) {
		return add(new Field(id, label, Kind.CHOICE, initial, choices));
	}

	/** A text with suggestions (staff ids, medication names). */
	public RecordForm suggest(String id, String label, List<String> suggestions, String initial) {
		return add(new Field(id, label, Kind.EDITABLE_CHOICE, initial, suggestions));
	}

	public RecordForm check(String id, String label, boolean initial) {
		return add(new Field(id, label, Kind.CHECK, initial, List.of()));
	}

	/** What stops OK, from the values read so far ({@link #get}); run on every change. */
	public RecordForm validate(Function<RecordForm, List<String>> rule) {
		this.check = rule;
		return this;
	}

	private RecordForm add(Field field) {
		fields.put(field.id(), field);
		return this;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(660, Math.min(860, 260 + 42 * fields.size()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(heading);
		setMessage(message);
		ScrolledComposite scroller = new ScrolledComposite(area, SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite form = new Composite(scroller, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		scroller.setContent(form);
		for (Field field : fields.values()) {
			Label label = new Label(form, SWT.NONE);
			label.setText(field.kind() == Kind.CHECK ? "" : field.label());
			label.setLayoutData(new GridData(SWT.BEGINNING, field.kind() == Kind.LONG_TEXT ? SWT.TOP : SWT.CENTER, false, false));
			Control control = create(form, field);
			control.setData(CairnUi.WIDGET_ID, field.id());
			controls.put(field.id(), control);
		}
		scroller.addListener(SWT.Resize, event -> scroller.setMinSize(form.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
		return area;
	}

	private Control create(Composite form, Field field) {
		switch (field.kind()) {
		case CHECK -> {
			Button check = new Button(form, SWT.CHECK);
			check.setText(field.label());
			check.setSelection(Boolean.TRUE.equals(field.initial()));
			check.addListener(SWT.Selection, event -> changed());
			return check;
		}
		case CHOICE -> {
			Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.add("");
			field.values().forEach(value -> combo.add(value instanceof String text ? text : Values.text(value)));
			combo.select(field.initial() == null ? 0 : field.values().indexOf(field.initial()) + 1);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			combo.addListener(SWT.Selection, event -> changed());
			return combo;
		}
		case EDITABLE_CHOICE -> {
			Combo combo = new Combo(form, SWT.DROP_DOWN);
			field.values().forEach(value -> combo.add((String) value));
			combo.setText(field.initial() == null ? "" : (String) field.initial());
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			combo.addListener(SWT.Modify, event -> changed());
			return combo;
		}
		default -> {
			boolean multi = field.kind() == Kind.LONG_TEXT;
			Text text = new Text(form, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
					| (field.kind() == Kind.PASSWORD ? SWT.PASSWORD : SWT.NONE));
			text.setText(initialText(field));
			GridData data = new GridData(SWT.FILL, multi ? SWT.FILL : SWT.CENTER, true, false);
			if (multi) {
				data.heightHint = 60;
			}
			if (field.kind() == Kind.DATE) {
				text.setMessage(Messages.get("plan.date.hint"));
			} else if (field.kind() == Kind.DATE_TIME) {
				text.setMessage(Messages.get("note.when.hint"));
			}
			text.setLayoutData(data);
			text.addListener(SWT.Modify, event -> changed());
			return text;
		}
		}
	}

	private static String initialText(Field field) {
		Object initial = field.initial();
		if (initial == null) {
			return "";
		}
		return switch (field.kind()) {
		case NUMBER -> ((BigDecimal) initial).toPlainString();
		case DATE_TIME -> WHEN.format(((Instant) initial).atZone(ZoneId.systemDefault()));
		default -> initial.toString();
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, okLabel, true);
		ok.setData(CairnUi.WIDGET_ID, formId + ".ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		changed();
	}

	/** Reads every field; a field that cannot be read is a problem before the caller's own. */
	private void changed() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		List<String> problems = new ArrayList<>();
		values.clear();
		for (Field field : fields.values()) {
			try {
				values.put(field.id(), read(field, controls.get(field.id())));
			} catch (IllegalArgumentException e) {
				values.put(field.id(), null);
				problems.add(Messages.format("recordForm.unreadable", field.label(), e.getMessage()));
			}
		}
		problems.addAll(check.apply(this));
		ok.setEnabled(problems.isEmpty());
		setMessage(problems.isEmpty() ? message : problems.get(0), problems.isEmpty() ? IMessageProvider.NONE : IMessageProvider.ERROR);
	}

	private Object read(Field field, Control control) {
		return switch (field.kind()) {
		case CHECK -> ((Button) control).getSelection();
		case CHOICE -> ((Combo) control).getSelectionIndex() <= 0 ? null : field.values().get(((Combo) control).getSelectionIndex() - 1);
		case EDITABLE_CHOICE -> blank(((Combo) control).getText());
		case PASSWORD -> ((Text) control).getText().isEmpty() ? null : ((Text) control).getText();
		default -> {
			String text = ((Text) control).getText().strip();
			if (text.isEmpty()) {
				yield null;
			}
			try {
				yield switch (field.kind()) {
				case NUMBER -> new BigDecimal(text);
				case INTEGER -> Integer.valueOf(text);
				case DATE -> LocalDate.parse(text);
				case DATE_TIME -> LocalDateTime.parse(text, WHEN).atZone(ZoneId.systemDefault()).toInstant();
				default -> text;
				};
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(Messages.get("recordForm.notANumber"));
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(Messages.get(field.kind() == Kind.DATE ? "recordForm.notADate" : "recordForm.notADateTime"));
			}
		}
		};
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	@Override
	protected void okPressed() {
		closed = true;
		super.okPressed();
	}

	/** The value of field {@code id} as last read (null for none): a String, BigDecimal, Integer, LocalDate, Instant, choice or Boolean. */
	@SuppressWarnings("unchecked")
	public <T> T get(String id) {
		return (T) values.get(id);
	}

	/** Whether OK was pressed. */
	public boolean accepted() {
		return closed;
	}
}
