package org.cairn.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form as its definition file describes it (docs/FORMS.md): what it asks, how the answers score, the bands and
 * the flags. Immutable; read by {@link FormReader} from Cairn's JSON format or a FHIR R4 Questionnaire.
 *
 * @param items top-level items in order; groups hold theirs
 */
public record FormDefinition(String id, String version, String title, String instructions, String citation, String licence,
		String loinc, boolean notValidated, List<Item> items, List<Score> scores, List<Flag> flags) {

	public FormDefinition {
		items = List.copyOf(items);
		scores = List.copyOf(scores);
		flags = List.copyOf(flags);
	}

	/** Item kinds: the answerable ones, groups that hold items, and text shown between them. */
	public enum ItemType {
		CHOICE, INTEGER, DECIMAL, BOOLEAN, TEXT, DATE, GROUP, DISPLAY;

		public boolean answerable() {
			return this != GROUP && this != DISPLAY;
		}

		public boolean numeric() {
			return this == INTEGER || this == DECIMAL;
		}
	}

	/** A choice: its code (stored), label (shown) and score, null for an option that does not score. */
	public record Option(String code, String label, BigDecimal score) {
	}

	/** A number's score: {@code from} and {@code to} inclusive, either open (null). */
	public record ScoreRange(BigDecimal from, BigDecimal to, BigDecimal score) {
		public boolean contains(BigDecimal value) {
			return (from == null || value.compareTo(from) >= 0) && (to == null || value.compareTo(to) <= 0);
		}
	}

	/**
	 * One item. Fields that do not apply to its type are null or empty.
	 *
	 * @param reverse     for a choice item: each option scores (highest + lowest − its score)
	 * @param scoreTrue   for a boolean item: the score of yes (and {@code scoreFalse} of no)
	 */
	public record Item(String id, ItemType type, String text, String help, boolean required, Condition enableWhen, String loinc,
			List<Option> options, boolean reverse, BigDecimal min, BigDecimal max, String unit, int decimals,
			List<ScoreRange> scoreRanges, BigDecimal scoreTrue, BigDecimal scoreFalse, int maxLength, List<Item> items) {

		public Item {
			options = List.copyOf(options);
			scoreRanges = List.copyOf(scoreRanges);
			items = List.copyOf(items);
		}

		/** The option with {@code code}. */
		public Optional<Option> option(String code) {
			return options.stream().filter(option -> option.code().equals(code)).findFirst();
		}

		/** Whether an answer to this item has a score (a choice with scored options, a number, a boolean). */
		public boolean scored() {
			return switch (type) {
			case CHOICE -> options.stream().anyMatch(option -> option.score() != null);
			case INTEGER, DECIMAL, BOOLEAN -> true;
			default -> false;
			};
		}
	}

	/** A severity band of a score, {@code from} and {@code to} inclusive; severity 0 (none) to 4 (severe). */
	public record Band(BigDecimal from, BigDecimal to, String code, String label, int severity) {
		public boolean contains(BigDecimal value) {
			return value.compareTo(from) >= 0 && value.compareTo(to) <= 0;
		}
	}

	public enum Method {
		SUM, MEAN, MAX, MIN, COUNT
	}

	/** What happens when items a score needs are unanswered. */
	public enum WhenMissing {
		/** The score stays empty (the default, and when more than the allowed number are missing). */
		EMPTY,
		/** The sum of the answered items scaled to all of them, rounded half up. */
		PRORATE,
		/** Computed from the answered items only. */
		IGNORE
	}

	/**
	 * A computed value: a total, a subscale, or an intermediate value ({@code shown} false).
	 *
	 * @param items          item or score ids it is computed from, in order
	 * @param missingAllowed how many of them may be unanswered before the score is empty
	 */
	public record Score(String id, String name, Method method, List<String> items, List<String> reverse, BigDecimal reverseMax,
			int missingAllowed, WhenMissing whenMissing, List<Band> bands, String bandsNote, boolean shown) {

		public Score {
			items = List.copyOf(items);
			reverse = List.copyOf(reverse);
			bands = List.copyOf(bands);
		}

		public Optional<Band> band(BigDecimal value) {
			return value == null ? Optional.empty() : bands.stream().filter(band -> band.contains(value)).findFirst();
		}
	}

	public enum FlagSeverity {
		RISK, NOTE
	}

	/** A safety flag raised when its condition holds. */
	public record Flag(String id, String message, Condition when, FlagSeverity severity) {
	}

	/** The form's total: the score with id {@code total}, if it has one. */
	public Optional<Score> total() {
		return scores.stream().filter(score -> score.id().equals("total")).findFirst();
	}

	public Optional<Score> score(String id) {
		return scores.stream().filter(score -> score.id().equals(id)).findFirst();
	}

	/** Every item, groups' items included, in order (groups themselves too). */
	public List<Item> allItems() {
		List<Item> all = new ArrayList<>();
		collect(items, all);
		return all;
	}

	private static void collect(List<Item> items, List<Item> into) {
		for (Item item : items) {
			into.add(item);
			collect(item.items(), into);
		}
	}

	/** The items that take an answer, in order: what the 1-based positions of an answers file count. */
	public List<Item> answerableItems() {
		return allItems().stream().filter(item -> item.type().answerable()).toList();
	}

	public Optional<Item> item(String id) {
		return allItems().stream().filter(item -> item.id().equals(id)).findFirst();
	}
}
