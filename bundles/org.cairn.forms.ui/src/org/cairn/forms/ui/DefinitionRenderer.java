package org.cairn.forms.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormDefinition.Band;
import org.cairn.forms.FormDefinition.Flag;
import org.cairn.forms.FormDefinition.Item;
import org.cairn.forms.FormDefinition.ItemType;
import org.cairn.forms.FormDefinition.Option;
import org.cairn.forms.FormDefinition.Score;
import org.cairn.forms.Scoring;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Cairn's renderer of any form definition: each item in order with its number, text and help; choices as option
 * buttons showing their scores; numbers, yes/no, text and dates as fields; items asked only when their condition
 * holds; and, in view above the items whatever is scrolled, the total with its band, the flags raised and what is still missing,
 * recomputed with every answer.
 *
 * <p>Keyboard-only entry, one rule per item, shown on the form: on a choice whose options all score a different
 * whole number from 0 to 9 (COWS, PHQ-9, GAD-7), a digit is the score, typed as the clinician reads it beside the
 * option ("4" on COWS pupil size, whose options score 0, 1, 2 and 5, picks nothing and says so); on any other choice
 * each option shows its key ("1", "2", ...) before its text, and the digit is that key. The focus then moves on to
 * the next item; Tab and the arrow keys work as usual. Widget ids ({@code org.cairn.widgetId}): {@code form.item.<id>} for a field or the first option,
 * {@code form.item.<id>.<code>} for an option, and {@code form.total}, {@code form.flags}, {@code form.missing}.
 */
public final class DefinitionRenderer implements FormRenderer {

	/** The widget-id key the workbench and its tests use. */
	public static final String WIDGET_ID = "org.cairn.widgetId";

	@Override
	public FormPage render(Composite parent, FormDefinition form, Map<String, Object> answers, Function<Map<String, Object>, Scoring.Result> scorer) {
		return new Page(parent, form, answers, scorer == null ? a -> Scoring.score(form, a, null) : scorer);
	}

	private static final class Page implements FormPage {

		private final FormDefinition form;
		private final Function<Map<String, Object>, Scoring.Result> scorer;
		private final Composite root;
		private final ScrolledComposite scroller;
		private final Composite content;
		private final Label total;
		private final Label flags;
		private final Label missing;
		private final Map<String, Object> answers = new LinkedHashMap<>();
		/** Each item's composite, hidden while the item is not asked. */
		private final Map<String, Composite> rows = new LinkedHashMap<>();
		/** Each answerable item's first focusable control, in order. */
		private final Map<String, Control> focusTargets = new LinkedHashMap<>();
		private final Map<String, Label> itemNotes = new LinkedHashMap<>();
		/** Each answerable item's way to show no answer, for an item a condition turns off. */
		private final Map<String, Runnable> clearers = new LinkedHashMap<>();
		/** Set while answers of items no longer asked are cleared, so that clearing a field does not score again. */
		private boolean clearing;
		private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
		private final Font bold;
		private Scoring.Result result;
		private int number;

		Page(Composite parent, FormDefinition form, Map<String, Object> initial, Function<Map<String, Object>, Scoring.Result> scorer) {
			this.form = form;
			this.scorer = scorer;
			// The title, the total with its band, the flags and what is missing stay in view above the items.
			root = new Composite(parent, SWT.NONE);
			GridLayout rootLayout = new GridLayout(1, false);
			rootLayout.marginWidth = 0;
			rootLayout.marginHeight = 0;
			root.setLayout(rootLayout);
			Composite header = new Composite(root, SWT.NONE);
			header.setLayout(new GridLayout(1, false));
			header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			FontData[] data = root.getFont().getFontData();
			for (FontData each : data) {
				each.setStyle(SWT.BOLD);
			}
			bold = new Font(root.getDisplay(), data);
			root.addListener(SWT.Dispose, event -> bold.dispose());
			Label title = label(header, form.title(), "form.title");
			title.setFont(bold);
			total = label(header, "", "form.total");
			total.setFont(bold);
			flags = label(header, "", "form.flags");
			flags.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			missing = label(header, "", "form.missing");
			new Label(root, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

			scroller = new ScrolledComposite(root, SWT.V_SCROLL);
			scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			scroller.setExpandHorizontal(true);
			scroller.setExpandVertical(true);
			content = new Composite(scroller, SWT.NONE);
			content.setLayout(new GridLayout(1, false));
			scroller.setContent(content);
			scroller.addListener(SWT.Resize, event -> resize());
			if (form.notValidated()) {
				label(content, "A clinic tool for following change over time; not a validated instrument.", "form.notValidated");
			}
			if (form.instructions() != null) {
				label(content, form.instructions(), "form.instructions");
			}

			answers.putAll(initial);
			items(content, form.items());
			update();
		}

		private void items(Composite parent, List<Item> items) {
			for (Item item : items) {
				item(parent, item);
			}
		}

		private void item(Composite parent, Item item) {
			if (item.type() == ItemType.GROUP) {
				Group group = new Group(parent, SWT.NONE);
				group.setText(item.text() == null ? "" : item.text());
				group.setLayout(new GridLayout(1, false));
				group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				rows.put(item.id(), group);
				items(group, item.items());
				return;
			}
			Composite row = new Composite(parent, SWT.NONE);
			GridLayout layout = new GridLayout(1, false);
			layout.marginHeight = 2;
			row.setLayout(layout);
			row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			rows.put(item.id(), row);
			if (item.type() == ItemType.DISPLAY) {
				label(row, item.text(), "form.item." + item.id());
				return;
			}
			number++;
			String unit = item.unit() == null ? "" : " (" + item.unit() + ")";
			Label question = label(row, number + ". " + item.text() + unit + (item.required() ? "" : " (optional)"), "form.item." + item.id() + ".text");
			question.setFont(bold);
			if (item.help() != null) {
				label(row, item.help(), "form.item." + item.id() + ".help");
			}
			switch (item.type()) {
			case CHOICE -> choice(row, item);
			case BOOLEAN -> yesNo(row, item);
			case INTEGER, DECIMAL, DATE -> field(row, item, SWT.SINGLE | SWT.BORDER, 12);
			case TEXT -> field(row, item, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL, 60);
			default -> {
			}
			}
			Label note = label(row, "", "form.item." + item.id() + ".note");
			itemNotes.put(item.id(), note);
		}

		private void choice(Composite row, Item item) {
			Composite options = new Composite(row, SWT.NONE);
			GridLayout layout = new GridLayout(1, false);
			layout.marginHeight = 0;
			layout.verticalSpacing = 1;
			options.setLayout(layout);
			List<Button> buttons = new ArrayList<>();
			boolean byScore = keyedByScore(item);
			int key = 0;
			for (Option option : item.options()) {
				key++;
				Button button = new Button(options, SWT.RADIO);
				String score = option.score() == null ? "" : "  [" + option.score().stripTrailingZeros().toPlainString() + "]";
				// a radio button takes '&' as a mnemonic marker
				String label = option.label().replace("&", "&&");
				button.setText(byScore || key > 9 ? label + score : key + "  " + label + score);
				button.setData(WIDGET_ID, "form.item." + item.id() + "." + option.code());
				button.setSelection(option.code().equals(answers.get(item.id())));
				button.addListener(SWT.Selection, event -> {
					if (button.getSelection()) {
						answer(item, option.code());
					}
				});
				button.addListener(SWT.KeyDown, event -> digit(event, item, buttons, byScore));
				buttons.add(button);
			}
			if (!buttons.isEmpty()) {
				focusTargets.put(item.id(), buttons.get(0));
			}
			clearers.put(item.id(), () -> buttons.forEach(button -> button.setSelection(false)));
		}

		/** Whether a digit is the score on this item: every option scores a different whole number from 0 to 9. */
		static boolean keyedByScore(Item item) {
			java.util.Set<Integer> seen = new java.util.HashSet<>();
			for (Option option : item.options()) {
				BigDecimal score = option.score();
				if (score == null || score.stripTrailingZeros().scale() > 0 || score.intValue() < 0 || score.intValue() > 9
						|| !seen.add(score.intValue())) {
					return false;
				}
			}
			return !item.options().isEmpty();
		}

		/**
		 * A digit picks the option scoring that digit (or, on an item keyed by position, the option with that key);
		 * then the focus moves on. A digit no option has picks nothing: the item says which digits it takes.
		 */
		private void digit(Event event, Item item, List<Button> buttons, boolean byScore) {
			if (event.character < '0' || event.character > '9') {
				return;
			}
			int typed = event.character - '0';
			int index = -1;
			if (byScore) {
				for (int i = 0; i < item.options().size(); i++) {
					if (item.options().get(i).score().intValue() == typed) {
						index = i;
					}
				}
			} else {
				index = typed >= 1 && typed <= Math.min(9, buttons.size()) ? typed - 1 : -1;
			}
			event.doit = false;
			Label note = itemNotes.get(item.id());
			if (index < 0) {
				content.getDisplay().beep();
				if (note != null) {
					List<String> keys = new ArrayList<>();
					for (int i = 0; i < item.options().size() && (byScore || i < 9); i++) {
						keys.add(byScore ? item.options().get(i).score().stripTrailingZeros().toPlainString() : String.valueOf(i + 1));
					}
					String choices = keys.size() == 1 ? keys.get(0)
							: String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
					note.setText((byScore ? "No option scores " : "No option has the key ") + typed + ": type " + choices + ".");
					note.getParent().layout(true);
				}
				return;
			}
			for (int i = 0; i < buttons.size(); i++) {
				buttons.get(i).setSelection(i == index);
			}
			answer(item, item.options().get(index).code());
			focusNext(item.id());
		}

		private void yesNo(Composite row, Item item) {
			Composite options = new Composite(row, SWT.NONE);
			options.setLayout(new GridLayout(2, false));
			List<Button> buttons = new ArrayList<>();
			for (boolean value : new boolean[] { true, false }) {
				Button button = new Button(options, SWT.RADIO);
				button.setText(value ? "Yes" : "No");
				button.setData(WIDGET_ID, "form.item." + item.id() + "." + value);
				button.setSelection(Boolean.valueOf(value).equals(answers.get(item.id())));
				button.addListener(SWT.Selection, event -> {
					if (button.getSelection()) {
						answer(item, value);
					}
				});
				button.addListener(SWT.KeyDown, event -> {
					if (event.character == 'y' || event.character == 'n') {
						boolean yes = event.character == 'y';
						buttons.get(0).setSelection(yes);
						buttons.get(1).setSelection(!yes);
						event.doit = false;
						answer(item, yes);
						focusNext(item.id());
					}
				});
				buttons.add(button);
			}
			focusTargets.put(item.id(), buttons.get(0));
			clearers.put(item.id(), () -> buttons.forEach(button -> button.setSelection(false)));
		}

		private void field(Composite row, Item item, int style, int columns) {
			Text text = new Text(row, style);
			text.setData(WIDGET_ID, "form.item." + item.id());
			GridData data = new GridData(item.type() == ItemType.TEXT ? SWT.FILL : SWT.LEFT, SWT.TOP, item.type() == ItemType.TEXT, false);
			data.widthHint = item.type() == ItemType.TEXT ? 300 : 120;
			if (item.type() == ItemType.TEXT) {
				data.heightHint = 60;
			}
			text.setLayoutData(data);
			Object initial = answers.get(item.id());
			if (initial != null) {
				text.setText(initial instanceof BigDecimal number ? number.toPlainString() : String.valueOf(initial));
			}
			if (item.type() == ItemType.DATE) {
				text.setMessage("yyyy-mm-dd");
			}
			text.addListener(SWT.Modify, event -> answer(item, text.getText().isBlank() ? null : text.getText().strip()));
			text.addListener(SWT.Traverse, event -> {
				if (event.detail == SWT.TRAVERSE_RETURN && item.type() != ItemType.TEXT) {
					event.doit = false;
					focusNext(item.id());
				}
			});
			focusTargets.put(item.id(), text);
			clearers.put(item.id(), () -> text.setText(""));
		}

		private void answer(Item item, Object value) {
			if (value == null) {
				answers.remove(item.id());
			} else {
				answers.put(item.id(), value);
			}
			if (clearing) {
				return;
			}
			update();
			for (Runnable listener : listeners) {
				listener.run();
			}
		}

		private void focusNext(String afterId) {
			boolean passed = false;
			for (Map.Entry<String, Control> target : focusTargets.entrySet()) {
				if (passed && result.enabled().contains(target.getKey())) {
					target.getValue().setFocus();
					scroller.showControl(rows.get(target.getKey()));
					return;
				}
				passed |= target.getKey().equals(afterId);
			}
		}

		/** Scores the answers, shows the total, band, flags and what is missing, and hides items not asked. */
		private void update() {
			result = scorer.apply(new LinkedHashMap<>(answers));
			List<String> unasked = answers.keySet().stream().filter(id -> !result.enabled().contains(id)).toList();
			if (!unasked.isEmpty()) {
				// The engine refuses an answer to an item it does not ask (docs/FORMS.md): an answer whose item a
				// condition has just turned off is cleared, not kept out of sight, and the rest scored again.
				clearing = true;
				try {
					for (String id : unasked) {
						answers.remove(id);
						clearers.getOrDefault(id, () -> {
						}).run();
					}
				} finally {
					clearing = false;
				}
				result = scorer.apply(new LinkedHashMap<>(answers));
			}
			Score totalRule = form.total().orElse(null);
			BigDecimal value = result.total();
			if (totalRule == null) {
				List<String> shown = new ArrayList<>();
				for (Score score : form.scores()) {
					if (score.shown() && result.scores().get(score.id()) != null) {
						shown.add(score.name() + " " + result.scores().get(score.id()).toPlainString());
					}
				}
				total.setText(shown.isEmpty() ? "No score yet" : String.join(" · ", shown));
			} else if (value == null) {
				total.setText("Total: not yet (" + result.emptyScores().getOrDefault("total", "unanswered items") + ")");
			} else {
				Band band = result.band();
				total.setText("Total " + value.toPlainString() + (band == null ? "" : " · " + band.label())
						+ (band != null && totalRule.bandsNote() != null ? " (" + totalRule.bandsNote() + ")" : ""));
			}
			flags.setText(String.join("\n", result.flags().stream().map(Flag::message).toList()));
			long unanswered = result.problems().stream().filter(problem -> problem.endsWith("needs an answer")).count();
			missing.setText(result.problems().isEmpty() ? "Complete." : unanswered == result.problems().size()
					? unanswered + (unanswered == 1 ? " item needs an answer." : " items need an answer.")
					: String.join("\n", result.problems().stream().filter(problem -> !problem.endsWith("needs an answer")).toList()));
			for (Map.Entry<String, Label> note : itemNotes.entrySet()) {
				BigDecimal score = result.itemScores().get(note.getKey());
				Item item = form.item(note.getKey()).orElseThrow();
				String problem = result.problems().stream().filter(p -> p.startsWith("\"" + item.id() + "\"") && !p.endsWith("needs an answer"))
						.findFirst().orElse(null);
				note.getValue().setText(problem != null ? problem
						: item.type().numeric() && !item.scoreRanges().isEmpty() && score != null ? "scores " + score.toPlainString() : "");
			}
			for (Map.Entry<String, Composite> row : rows.entrySet()) {
				boolean asked = result.enabled().contains(row.getKey());
				row.getValue().setVisible(asked);
				((GridData) row.getValue().getLayoutData()).exclude = !asked;
			}
			root.layout(true, true);
			resize();
		}

		private void resize() {
			scroller.setMinSize(content.computeSize(Math.max(200, scroller.getClientArea().width), SWT.DEFAULT));
		}

		private Label label(Composite parent, String text, String id) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText(text == null ? "" : text);
			if (id != null) {
				label.setData(WIDGET_ID, id);
			}
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.widthHint = 400;
			label.setLayoutData(data);
			return label;
		}

		@Override
		public Control control() {
			return root;
		}

		@Override
		public Map<String, Object> answers() {
			// only answers to asked items: update() clears the others
			return new LinkedHashMap<>(answers);
		}

		@Override
		public Scoring.Result result() {
			return result;
		}

		@Override
		public void addChangeListener(Runnable listener) {
			listeners.add(listener);
		}

		@Override
		public void setFocus() {
			for (Map.Entry<String, Control> target : focusTargets.entrySet()) {
				if (result.enabled().contains(target.getKey()) && !answers.containsKey(target.getKey())) {
					target.getValue().setFocus();
					return;
				}
			}
			content.setFocus();
		}
	}
}
