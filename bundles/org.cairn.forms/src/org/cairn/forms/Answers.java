package org.cairn.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.forms.FormDefinition.Item;
import org.cairn.forms.FormDefinition.ItemType;
import org.cairn.forms.FormDefinition.Option;

/**
 * Answers as a person types them in a file (docs/FORMS.md, "Answers"): keys are item ids or 1-based positions
 * among the form's answerable items; a choice is an option's code, or a number that is exactly one option's score;
 * a number item takes the number (COWS item 1: the pulse in beats per minute).
 */
public final class Answers {

	/** The answers by item id, as {@link Scoring} takes them, and what could not be resolved. */
	public record Resolved(Map<String, Object> answers, List<String> problems) {
	}

	private Answers() {
	}

	public static Resolved resolve(FormDefinition form, Map<String, ?> given) {
		List<Item> answerable = form.answerableItems();
		Map<String, Object> answers = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, ?> entry : given.entrySet()) {
			String key = entry.getKey();
			Item item = form.item(key).orElse(null);
			if (item == null && key.matches("\\d{1,5}")) {
				int position = Integer.parseInt(key);
				if (position >= 1 && position <= answerable.size()) {
					item = answerable.get(position - 1);
				} else {
					problems.add("\"" + key + "\": " + form.id() + " has " + answerable.size() + " answerable items, so positions run from 1 to "
							+ answerable.size());
					continue;
				}
			}
			if (item == null) {
				problems.add("\"" + key + "\" is neither an item id of " + form.id() + " nor a position");
				continue;
			}
			if (!item.type().answerable()) {
				problems.add("\"" + key + "\" is a " + item.type().name().toLowerCase(java.util.Locale.ROOT) + " and takes no answer");
				continue;
			}
			if (answers.containsKey(item.id())) {
				problems.add("\"" + key + "\" answers " + item.id() + ", which is answered already");
				continue;
			}
			Object value = entry.getValue();
			if (item.type() == ItemType.CHOICE && value instanceof BigDecimal number) {
				value = byScore(item, number, problems, key);
				if (value == null) {
					continue;
				}
			}
			answers.put(item.id(), value);
		}
		return new Resolved(answers, problems);
	}

	/** The option whose code is the number, else the only option scoring it. */
	private static Object byScore(Item item, BigDecimal number, List<String> problems, String key) {
		String text = number.stripTrailingZeros().toPlainString();
		if (item.option(text).isPresent()) {
			return text;
		}
		List<Option> scoring = item.options().stream().filter(option -> option.score() != null && option.score().compareTo(number) == 0).toList();
		if (scoring.size() == 1) {
			return scoring.get(0).code();
		}
		problems.add("\"" + key + "\": " + (scoring.isEmpty() ? "no option of " + item.id() + " scores " + text
				: text + " is the score of several options of " + item.id() + "; give the option's code") + " (options: "
				+ String.join(", ", item.options().stream().map(o -> o.code() + (o.score() == null ? "" : "=" + o.score().toPlainString())).toList())
				+ ")");
		return null;
	}
}
