package org.cairn.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.forms.FormDefinition.Item;

/**
 * Answers as a person types them in a file (docs/FORMS.md, "Answers"): keys are item ids or 1-based positions
 * among the form's answerable items. The values go to {@link Scoring} as they are: a choice's text is an option's
 * code, a choice's number the code or the score of exactly one option; a number item takes the number (COWS item 1:
 * the pulse in beats per minute).
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
			// A number for a choice (its code or its score) is resolved by the engine, by the same rule the workbench meets.
			answers.put(item.id(), entry.getValue());
		}
		return new Resolved(answers, problems);
	}
}
