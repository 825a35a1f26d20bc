package org.cairn.ui.careplan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.Values;
import org.cairn.ui.intake.IntakeForm;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * One field of the care-plan editor bound to one attribute of a plan element. What is typed stays in the widget
 * (pending) until the field loses focus or Enter is pressed; then it becomes one undoable change. A value that
 * cannot be read (a date that is not a date) is named and kept on screen, never silently dropped.
 */
final class PlanField {

	/** How a field is edited. */
	enum Kind {
		/** One line of text. */
		TEXT,
		/** Several lines of text. */
		LONG,
		/** A list of strings, one per line. */
		LINES,
		/** A date, typed yyyy-mm-dd. */
		DATE,
		/** A whole number in a range. */
		NUMBER,
		/** One of an enumeration's literals. */
		CHOICE,
		/** A staff id: picked from the care team or typed. */
		STAFF
	}

	/** Where a field reports: its edits, its commits and its problems. */
	interface Owner {
		/** The user changed the widget (not yet committed). */
		void typed();

		/** Commits {@code value} to {@code attribute} of {@code element}; returns whether anything changed. */
		boolean commit(EObject element, EAttribute attribute, Object value);

		/** A value cannot be read ({@code problem}), or null once it can. */
		void problem(PlanField field, String problem);
	}

	final EObject element;
	final EAttribute attribute;
	final Kind kind;
	private final Owner owner;
	private final Control control;
	/** The staff to choose from, names by user id (for {@link Kind#STAFF}). */
	private final java.util.Map<String, String> staff;
	private boolean pending;
	private boolean showing;

	/**
	 * A label and its field in {@code parent}: side by side when {@code stacked} is false (a GridLayout of two columns
	 * per field), else the label above the field (one column), which reads better in a narrow editor.
	 */
	PlanField(Composite parent, Owner owner, EObject element, EAttribute attribute, Kind kind, java.util.Map<String, String> staff, int min, int max,
			boolean stacked) {
		this.owner = owner;
		this.staff = staff;
		this.element = element;
		this.attribute = attribute;
		this.kind = kind;
		Label label = new Label(parent, SWT.NONE);
		label.setText(Messages.get("plan.field." + attribute.getName()));
		label.setLayoutData(new GridData(SWT.BEGINNING, stacked || kind != Kind.LONG && kind != Kind.LINES ? SWT.CENTER : SWT.TOP, false, false));
		String id = "plan.field." + attribute.getName();
		switch (kind) {
		case CHOICE -> {
			Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.add("");
			for (Enumerator literal : literals()) {
				combo.add(Values.text(literal));
			}
			combo.addListener(SWT.Selection, event -> {
				typed();
				commit();
			});
			control = combo;
		}
		case STAFF -> {
			Combo combo = new Combo(parent, SWT.DROP_DOWN);
			staff.forEach((staffId, name) -> combo.add(org.cairn.ui.data.People.shown(staffId, name)));
			combo.addListener(SWT.Modify, event -> typed());
			combo.addListener(SWT.Selection, event -> {
				typed();
				commit();
			});
			combo.addListener(SWT.DefaultSelection, event -> commit());
			combo.addListener(SWT.FocusOut, event -> commit());
			control = combo;
		}
		case NUMBER -> {
			Spinner spinner = new Spinner(parent, SWT.BORDER);
			spinner.setMinimum(min);
			spinner.setMaximum(max);
			spinner.addListener(SWT.Modify, event -> typed());
			spinner.addListener(SWT.Selection, event -> commit());
			spinner.addListener(SWT.FocusOut, event -> commit());
			spinner.addListener(SWT.DefaultSelection, event -> commit());
			control = spinner;
		}
		default -> {
			boolean multi = kind == Kind.LONG || kind == Kind.LINES;
			Text text = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
			if (multi) {
				org.cairn.ui.Editors.tabMovesOn(text);
			}
			text.addListener(SWT.Modify, event -> typed());
			text.addListener(SWT.FocusOut, event -> commit());
			if (!multi) {
				text.addListener(SWT.DefaultSelection, event -> commit());
			} else {
				// Tab leaves a multi-line field, as everywhere else; Ctrl+Enter commits without leaving.
				text.addListener(SWT.Traverse, event -> {
					if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
						event.doit = true;
					}
				});
			}
			if (kind == Kind.DATE) {
				text.setMessage(Messages.get("plan.date.hint"));
			}
			control = text;
		}
		}
		control.setData(CairnUi.WIDGET_ID, id);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		if (kind == Kind.LONG || kind == Kind.LINES) {
			data.heightHint = 64;
			data.verticalAlignment = SWT.FILL;
		} else if (kind == Kind.DATE || kind == Kind.NUMBER || kind == Kind.CHOICE) {
			data.grabExcessHorizontalSpace = false;
			data.widthHint = kind == Kind.CHOICE ? SWT.DEFAULT : 120;
			data.horizontalAlignment = SWT.BEGINNING;
		}
		if (stacked) {
			data.verticalIndent = 0;
			((GridData) label.getLayoutData()).verticalIndent = 6;
		}
		control.setLayoutData(data);
		show();
	}

	Control control() {
		return control;
	}

	boolean pending() {
		return pending;
	}

	private void typed() {
		if (!showing) {
			pending = true;
			owner.typed();
		}
	}

	private List<Enumerator> literals() {
		return ((EEnum) attribute.getEAttributeType()).getELiterals().stream().map(literal -> (Enumerator) literal.getInstance()).toList();
	}

	/** Shows the element's value, unless the user has typed something not yet committed. */
	void show() {
		if (pending || control.isDisposed()) {
			return;
		}
		showing = true;
		Object value = element.eGet(attribute);
		switch (control) {
		case Combo combo when kind == Kind.CHOICE -> combo.select(value == null ? 0 : literals().indexOf(value) + 1);
		case Combo combo -> combo.setText(value == null ? "" : org.cairn.ui.data.People.shown(value.toString(), staff.get(value.toString())));
		case Spinner spinner -> spinner.setSelection(value instanceof Integer number ? number : spinner.getMinimum());
		case Text text -> {
			String shown = switch (kind) {
			case LINES -> String.join("\n", ((List<?>) value).stream().map(String::valueOf).toList());
			case DATE -> value == null ? "" : value.toString();
			default -> value == null ? "" : value.toString();
			};
			if (!text.getText().equals(shown)) {
				text.setText(shown);
			}
		}
		default -> {
		}
		}
		showing = false;
	}

	/** Commits what is typed as one change; a value that cannot be read stays on screen with its problem named. */
	void commit() {
		if (!pending || control.isDisposed()) {
			return;
		}
		Object value;
		try {
			value = value();
		} catch (IllegalArgumentException e) {
			owner.problem(this, e.getMessage());
			return;
		}
		pending = false;
		owner.problem(this, null);
		if (!owner.commit(element, attribute, value)) {
			show();
		}
	}

	/** The value on screen as the attribute holds it. */
	Object value() {
		return switch (control) {
		case Combo combo when kind == Kind.CHOICE -> combo.getSelectionIndex() <= 0 ? null : literals().get(combo.getSelectionIndex() - 1);
		case Combo combo -> combo.getText().isBlank() ? null : org.cairn.ui.data.People.id(combo.getText());
		case Spinner spinner -> spinner.getSelection();
		case Text text -> switch (kind) {
		case LINES -> Arrays.stream(text.getText().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		case DATE -> date(text.getText());
		default -> blankToNull(text.getText());
		};
		default -> throw new IllegalStateException(control.toString());
		};
	}

	private LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		LocalDate date = IntakeForm.parse(text);
		if (date == null) {
			throw new IllegalArgumentException(Messages.format("plan.problem.date", PlanWords.place(element),
					Messages.get("plan.field." + attribute.getName()), text.strip()));
		}
		return date;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Whether the value on screen equals the element's (nothing to commit). */
	boolean same() {
		try {
			return Objects.equals(value(), element.eGet(attribute));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}
}
