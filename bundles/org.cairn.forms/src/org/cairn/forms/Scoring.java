package org.cairn.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cairn.forms.FormDefinition.Band;
import org.cairn.forms.FormDefinition.Flag;
import org.cairn.forms.FormDefinition.Item;
import org.cairn.forms.FormDefinition.ItemType;
import org.cairn.forms.FormDefinition.Option;
import org.cairn.forms.FormDefinition.Score;
import org.cairn.forms.FormDefinition.ScoreRange;
import org.cairn.forms.FormDefinition.WhenMissing;

/**
 * The scoring engine: from a form's definition and raw answers to item scores, computed scores, the total's band
 * and the flags raised, by exactly the rules the definition declares (docs/FORMS.md). Answers it cannot use (an
 * option the item does not have, a number out of range, an answer to an item its condition leaves unasked), a
 * required item unanswered, and an unanswered item that leaves a shown score empty are named in
 * {@link Result#problems()}; they never throw. The engine is the one place these rules live: the command line and
 * the workbench show its result, neither keeps a rule of its own.
 */
public final class Scoring {

	/** The patient facts flags may depend on: administrative sex and age in years, either unknown (null). */
	public record Patient(String sex, Integer age) {
		public static final Patient UNKNOWN = new Patient(null, null);
	}

	/**
	 * What the answers come to.
	 *
	 * @param answers     the usable answers, normalized: option codes, BigDecimal numbers, Boolean, String text, LocalDate
	 * @param enabled     ids of the items asked (their conditions hold)
	 * @param itemScores  each answered, scored item's score
	 * @param scores      each computed score that has a value
	 * @param emptyScores why a score has no value ("2 of 9 items unanswered")
	 * @param band        the total's band, or null
	 * @param flags       the flags raised
	 * @param problems    answers that could not be used and required items left unanswered, each naming the item
	 */
	public record Result(Map<String, Object> answers, Set<String> enabled, Map<String, BigDecimal> itemScores, Map<String, BigDecimal> scores,
			Map<String, String> emptyScores, Band band, List<Flag> flags, List<String> problems) {

		public BigDecimal total() {
			return scores.get("total");
		}

		/** Whether the response can be completed: no answer unusable and no required item unanswered. */
		public boolean complete() {
			return problems.isEmpty();
		}
	}

	private final FormDefinition form;
	private final Map<String, Item> items = new LinkedHashMap<>();
	/** Each item in a group: its group. */
	private final Map<String, Item> groups = new HashMap<>();

	private Scoring(FormDefinition form) {
		this.form = form;
		form.allItems().forEach(item -> {
			items.put(item.id(), item);
			item.items().forEach(child -> groups.put(child.id(), item));
		});
	}

	/** Scores {@code raw} (item id to answer: option code, number, boolean, text or date) for {@code patient}. */
	public static Result score(FormDefinition form, Map<String, ?> raw, Patient patient) {
		return new Scoring(form).run(raw, patient == null ? Patient.UNKNOWN : patient);
	}

	private Result run(Map<String, ?> raw, Patient patient) {
		List<String> problems = new ArrayList<>();
		Map<String, Object> answers = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : raw.entrySet()) {
			Item item = items.get(entry.getKey());
			if (item == null) {
				problems.add("\"" + entry.getKey() + "\" is not an item of " + form.id());
				continue;
			}
			if (entry.getValue() == null) {
				continue;
			}
			Object value = normalize(item, entry.getValue(), problems);
			if (value != null) {
				answers.put(item.id(), value);
			}
		}
		Set<String> enabled = enabled(answers);
		for (String answered : List.copyOf(answers.keySet())) {
			if (!enabled.contains(answered)) {
				// FHIR: a disabled item has no answer. Refused, not dropped: who gave it should know it was not used.
				problems.add(notAsked(items.get(answered), answers, enabled));
				answers.remove(answered);
			}
		}
		for (Item item : items.values()) {
			if (item.required() && item.type().answerable() && enabled.contains(item.id()) && !answers.containsKey(item.id())) {
				problems.add(name(item) + " needs an answer");
			}
		}
		Map<String, BigDecimal> itemScores = new LinkedHashMap<>();
		for (Map.Entry<String, Object> answer : answers.entrySet()) {
			BigDecimal score = itemScore(items.get(answer.getKey()), answer.getValue());
			if (score != null) {
				itemScores.put(answer.getKey(), score);
			}
		}
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		Map<String, String> empty = new LinkedHashMap<>();
		for (Score score : form.scores()) {
			compute(score, enabled, answers, itemScores, scores, empty, new LinkedHashSet<>());
		}
		for (Score score : form.scores()) {
			if (score.shown() && empty.containsKey(score.id())) {
				unansweredFor(score, enabled, answers, problems);
			}
		}
		Band band = form.total().flatMap(total -> total.band(scores.get("total"))).orElse(null);
		List<Flag> flags = new ArrayList<>();
		for (Flag flag : form.flags()) {
			if (holds(flag.when(), answers, scores, patient)) {
				flags.add(flag);
			}
		}
		return new Result(answers, enabled, itemScores, scores, empty, band, flags, problems);
	}

	/** Why an answered item is not asked: its own condition, or that of a group it is in, does not hold. */
	private String notAsked(Item item, Map<String, Object> answers, Set<String> enabled) {
		Map<String, Object> visible = new HashMap<>(answers);
		visible.keySet().retainAll(enabled);
		for (Item off = item; off != null; off = groups.get(off.id())) {
			if (off.enableWhen() != null && !holds(off.enableWhen(), visible, Map.of(), Patient.UNKNOWN)) {
				return name(item) + " is not asked, so it takes no answer: " + (off == item ? "its condition " : "it is in " + name(off) + ", whose condition ")
						+ describe(off.enableWhen()) + " does not hold";
			}
		}
		return name(item) + " is not asked, so it takes no answer";
	}

	/** A condition in words: {@code "a" = "yes"}, {@code the score of "a" > 0}, joined by and / or. */
	static String describe(Condition condition) {
		return switch (condition) {
		case Condition.All all -> String.join(" and ", all.conditions().stream().map(Scoring::describeNested).toList());
		case Condition.Any any -> String.join(" or ", any.conditions().stream().map(Scoring::describeNested).toList());
		case Condition.Not not -> "not " + describeNested(not.condition());
		case Condition.OnScore onScore -> "score \"" + onScore.score() + "\" " + onScore.op().symbol + " " + onScore.value().toPlainString();
		case Condition.OnPatient onPatient -> "the patient's " + onPatient.field() + " " + onPatient.op().symbol + " " + onPatient.value();
		case Condition.OnItem onItem -> (onItem.byScore() ? "the score of \"" + onItem.item() + "\"" : "\"" + onItem.item() + "\"") + " "
				+ onItem.op().symbol + (onItem.value() == null ? "" : " " + (onItem.value() instanceof String text ? "\"" + text + "\""
						: onItem.value() instanceof BigDecimal number ? number.toPlainString() : String.valueOf(onItem.value())));
		};
	}

	private static String describeNested(Condition condition) {
		return condition instanceof Condition.All || condition instanceof Condition.Any ? "(" + describe(condition) + ")" : describe(condition);
	}

	/**
	 * Names, as a problem, the asked items left unanswered that leave {@code score} empty, except those a problem
	 * names already (a required item, an answer that could not be used): an empty total is never silent.
	 */
	private void unansweredFor(Score score, Set<String> enabled, Map<String, Object> answers, List<String> problems) {
		Set<String> sources = new LinkedHashSet<>();
		collectSources(score, sources, new HashSet<>());
		List<String> unanswered = new ArrayList<>();
		for (String source : sources) {
			Item item = items.get(source);
			if (item != null && item.type().answerable() && enabled.contains(source) && !answers.containsKey(source)
					&& problems.stream().noneMatch(problem -> problem.startsWith("\"" + source + "\""))) {
				unanswered.add(name(item));
			}
		}
		if (!unanswered.isEmpty()) {
			problems.add(String.join(", ", unanswered) + (unanswered.size() == 1 ? " needs an answer" : " need answers") + " for the score \""
					+ score.id() + "\" (" + score.name() + ")");
		}
	}

	private void collectSources(Score score, Set<String> into, Set<String> seen) {
		if (!seen.add(score.id())) {
			return;
		}
		for (String source : score.items()) {
			Optional<Score> other = form.score(source);
			if (other.isPresent()) {
				collectSources(other.get(), into, seen);
			} else {
				into.add(source);
			}
		}
	}

	private static String name(Item item) {
		return "\"" + item.id() + "\"" + (item.text() == null ? "" : " (" + shorten(item.text()) + ")");
	}

	private static String shorten(String text) {
		return text.length() > 50 ? text.substring(0, 50) + "…" : text;
	}

	/** The answer in its stored form, or null with a problem when it cannot be used. */
	private static Object normalize(Item item, Object value, List<String> problems) {
		switch (item.type()) {
		case CHOICE -> {
			if (value instanceof Number number) {
				return byCodeOrScore(item, number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString()), problems);
			}
			String code = String.valueOf(value);
			if (item.option(code).isEmpty()) {
				problems.add(name(item) + " has no option \"" + code + "\"; its options are " + options(item));
				return null;
			}
			return code;
		}
		case INTEGER, DECIMAL -> {
			BigDecimal number;
			try {
				number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value).trim());
			} catch (NumberFormatException e) {
				problems.add(name(item) + " needs a number, not \"" + value + "\"");
				return null;
			}
			if (item.type() == ItemType.INTEGER && number.stripTrailingZeros().scale() > 0) {
				problems.add(name(item) + " needs a whole number, not " + number.toPlainString());
				return null;
			}
			if (item.min() != null && number.compareTo(item.min()) < 0 || item.max() != null && number.compareTo(item.max()) > 0) {
				problems.add(name(item) + " must be from " + plain(item.min()) + " to " + plain(item.max()) + (item.unit() == null ? "" : " " + item.unit())
						+ ", not " + number.toPlainString());
				return null;
			}
			return item.type() == ItemType.DECIMAL ? number.setScale(Math.max(0, Math.min(number.scale(), item.decimals())), RoundingMode.HALF_UP) : number;
		}
		case BOOLEAN -> {
			if (value instanceof Boolean flag) {
				return flag;
			}
			String text = String.valueOf(value).trim().toLowerCase(java.util.Locale.ROOT);
			if (text.equals("true") || text.equals("yes")) {
				return true;
			}
			if (text.equals("false") || text.equals("no")) {
				return false;
			}
			problems.add(name(item) + " needs true or false, not \"" + value + "\"");
			return null;
		}
		case TEXT -> {
			String text = String.valueOf(value);
			if (text.length() > item.maxLength()) {
				problems.add(name(item) + " may hold at most " + item.maxLength() + " characters, not " + text.length());
				return null;
			}
			return text.isBlank() ? null : text;
		}
		case DATE -> {
			if (value instanceof LocalDate date) {
				return date;
			}
			try {
				return LocalDate.parse(String.valueOf(value).trim());
			} catch (DateTimeParseException e) {
				problems.add(name(item) + " needs a date (yyyy-mm-dd), not \"" + value + "\"");
				return null;
			}
		}
		default -> {
			problems.add(name(item) + " is a " + item.type().name().toLowerCase(java.util.Locale.ROOT) + " and takes no answer");
			return null;
		}
		}
	}

	/**
	 * A number given for a choice: the one option it is the code or the score of. A number that is the code of one
	 * option and the score of another is refused, never guessed: the code must then be given as text.
	 */
	private static String byCodeOrScore(Item item, BigDecimal number, List<String> problems) {
		String text = number.stripTrailingZeros().toPlainString();
		Set<Option> matches = new LinkedHashSet<>();
		item.option(text).ifPresent(matches::add);
		item.options().stream().filter(option -> option.score() != null && option.score().compareTo(number) == 0).forEach(matches::add);
		if (matches.size() == 1) {
			return matches.iterator().next().code();
		}
		problems.add(name(item) + (matches.isEmpty() ? " has no option coded or scoring " + text
				: ": " + text + " is the code or score of more than one option; give the option's code as text") + "; its options are " + options(item));
		return null;
	}

	private static String options(Item item) {
		return String.join(", ", item.options().stream().map(o -> "\"" + o.code() + "\"" + (o.score() == null ? "" : " (scores " + o.score().toPlainString() + ")")).toList());
	}

	private static String plain(BigDecimal value) {
		return value == null ? "any" : value.toPlainString();
	}

	/** The items asked: a group's items only when the group is, each only when its condition holds. */
	private Set<String> enabled(Map<String, Object> answers) {
		Set<String> enabled = new LinkedHashSet<>(items.keySet());
		// Conditions only name answerable items and never form a circle, so this settles within one pass per item.
		for (int pass = 0; pass <= items.size(); pass++) {
			Set<String> next = new LinkedHashSet<>();
			collectEnabled(form.items(), answers, enabled, next);
			if (next.equals(enabled)) {
				break;
			}
			enabled = next;
		}
		return enabled;
	}

	private void collectEnabled(List<Item> level, Map<String, Object> answers, Set<String> current, Set<String> into) {
		Map<String, Object> visible = new HashMap<>(answers);
		visible.keySet().retainAll(current);
		for (Item item : level) {
			if (item.enableWhen() == null || holds(item.enableWhen(), visible, Map.of(), Patient.UNKNOWN)) {
				into.add(item.id());
				collectEnabled(item.items(), answers, current, into);
			}
		}
	}

	/** An answer's score, or null when it does not score. */
	static BigDecimal itemScore(Item item, Object answer) {
		switch (item.type()) {
		case CHOICE -> {
			Option option = item.option((String) answer).orElse(null);
			if (option == null || option.score() == null) {
				return null;
			}
			if (item.reverse()) {
				BigDecimal[] range = optionRange(item);
				return range[0].add(range[1]).subtract(option.score());
			}
			return option.score();
		}
		case INTEGER, DECIMAL -> {
			BigDecimal number = (BigDecimal) answer;
			if (item.scoreRanges().isEmpty()) {
				return number;
			}
			return item.scoreRanges().stream().filter(range -> range.contains(number)).map(ScoreRange::score).findFirst().orElse(null);
		}
		case BOOLEAN -> {
			return Boolean.TRUE.equals(answer) ? (item.scoreTrue() == null ? BigDecimal.ONE : item.scoreTrue())
					: (item.scoreFalse() == null ? BigDecimal.ZERO : item.scoreFalse());
		}
		default -> {
			return null;
		}
		}
	}

	private static BigDecimal[] optionRange(Item item) {
		BigDecimal low = null;
		BigDecimal high = null;
		for (Option option : item.options()) {
			if (option.score() != null) {
				low = low == null || option.score().compareTo(low) < 0 ? option.score() : low;
				high = high == null || option.score().compareTo(high) > 0 ? option.score() : high;
			}
		}
		return new BigDecimal[] { low, high };
	}

	private void compute(Score score, Set<String> enabled, Map<String, Object> answers, Map<String, BigDecimal> itemScores,
			Map<String, BigDecimal> scores, Map<String, String> empty, Set<String> computing) {
		if (scores.containsKey(score.id()) || empty.containsKey(score.id()) || !computing.add(score.id())) {
			return;
		}
		List<BigDecimal> values = new ArrayList<>();
		int missing = 0;
		int counted = 0;
		List<String> unscored = new ArrayList<>();
		for (String source : score.items()) {
			BigDecimal value;
			Optional<Score> other = form.score(source);
			if (other.isPresent()) {
				compute(other.get(), enabled, answers, itemScores, scores, empty, computing);
				value = scores.get(source);
			} else {
				if (!enabled.contains(source)) {
					continue; // not asked: neither counted nor missing
				}
				value = itemScores.get(source);
			}
			counted++;
			if (value == null) {
				missing++;
				if (answers.containsKey(source)) {
					unscored.add("\"" + source + "\"");
				}
				continue;
			}
			values.add(score.reverse().contains(source) && score.reverseMax() != null ? score.reverseMax().subtract(value) : value);
		}
		if (counted == 0) {
			empty.put(score.id(), "none of its items were asked");
			return;
		}
		if (missing > 0 && (score.whenMissing() == WhenMissing.EMPTY || missing > score.missingAllowed())) {
			empty.put(score.id(), unscored.isEmpty() ? missing + " of " + counted + " items unanswered"
					: missing + " of " + counted + " items without a score: " + String.join(", ", unscored) + " answered with an option that scores nothing"
							+ (unscored.size() < missing ? ", the others unanswered" : ""));
			return;
		}
		if (values.isEmpty()) {
			empty.put(score.id(), "no item answered");
			return;
		}
		boolean whole = values.stream().allMatch(value -> value.stripTrailingZeros().scale() <= 0);
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal result = switch (score.method()) {
		case SUM -> score.whenMissing() == WhenMissing.PRORATE && missing > 0
				? sum.multiply(BigDecimal.valueOf(counted)).divide(BigDecimal.valueOf(values.size()), whole ? 0 : 2, RoundingMode.HALF_UP)
				: sum;
		case MEAN -> sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros();
		case MAX -> values.stream().max(BigDecimal::compareTo).orElseThrow();
		case MIN -> values.stream().min(BigDecimal::compareTo).orElseThrow();
		case COUNT -> BigDecimal.valueOf(values.stream().filter(value -> value.signum() > 0).count());
		};
		if (result.scale() < 0) {
			result = result.setScale(0);
		}
		scores.put(score.id(), result);
	}

	/** Whether {@code condition} holds for these answers, scores and patient. */
	boolean holds(Condition condition, Map<String, Object> answers, Map<String, BigDecimal> scores, Patient patient) {
		return switch (condition) {
		case Condition.All all -> all.conditions().stream().allMatch(part -> holds(part, answers, scores, patient));
		case Condition.Any any -> any.conditions().stream().anyMatch(part -> holds(part, answers, scores, patient));
		case Condition.Not not -> !holds(not.condition(), answers, scores, patient);
		case Condition.OnScore onScore -> compare(scores.get(onScore.score()), onScore.op(), onScore.value());
		case Condition.OnPatient onPatient -> onPatient.field().equals("sex")
				? compare(patient.sex(), onPatient.op(), onPatient.value())
				: compare(patient.age() == null ? null : BigDecimal.valueOf(patient.age()), onPatient.op(), onPatient.value());
		case Condition.OnItem onItem -> {
			Object answer = answers.get(onItem.item());
			if (onItem.byScore() && answer != null) {
				Item item = items.get(onItem.item());
				answer = item == null ? null : itemScore(item, answer);
			}
			yield compare(answer, onItem.op(), onItem.value());
		}
		};
	}

	private static boolean compare(Object left, Condition.Op op, Object right) {
		if (op == Condition.Op.ANSWERED || op == Condition.Op.UNANSWERED) {
			return (left != null) == (op == Condition.Op.ANSWERED);
		}
		if (left == null || right == null) {
			return false;
		}
		int order;
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			order = a.compareTo(b);
		} else if (left instanceof LocalDate date) {
			order = date.toString().compareTo(String.valueOf(right));
		} else if (left instanceof Boolean || right instanceof Boolean) {
			if (op != Condition.Op.EQ && op != Condition.Op.NE) {
				return false;
			}
			order = left.equals(right) ? 0 : 1;
		} else {
			order = String.valueOf(left).compareTo(String.valueOf(right));
		}
		return switch (op) {
		case EQ -> order == 0;
		case NE -> order != 0;
		case GT -> order > 0;
		case GE -> order >= 0;
		case LT -> order < 0;
		case LE -> order <= 0;
		default -> false;
		};
	}

	/**
	 * The least and greatest value {@code score} can take, or null when an item has no bounds (a number item
	 * without min or max that scores its own value).
	 */
	static BigDecimal[] range(Score score, Map<String, Item> items, List<Score> scores) {
		List<BigDecimal[]> parts = new ArrayList<>();
		for (String source : score.items()) {
			BigDecimal[] part;
			Optional<Score> other = scores.stream().filter(s -> s.id().equals(source)).findFirst();
			if (other.isPresent()) {
				part = range(other.get(), items, scores);
			} else {
				Item item = items.get(source);
				part = item == null ? null : itemRange(item);
			}
			if (part == null || part[0] == null || part[1] == null) {
				return null;
			}
			if (score.reverse().contains(source) && score.reverseMax() != null) {
				part = new BigDecimal[] { score.reverseMax().subtract(part[1]), score.reverseMax().subtract(part[0]) };
			}
			parts.add(part);
		}
		if (parts.isEmpty()) {
			return null;
		}
		return switch (score.method()) {
		case SUM -> new BigDecimal[] { parts.stream().map(p -> p[0]).reduce(BigDecimal.ZERO, BigDecimal::add),
				parts.stream().map(p -> p[1]).reduce(BigDecimal.ZERO, BigDecimal::add) };
		case MEAN, MIN, MAX -> new BigDecimal[] { parts.stream().map(p -> p[0]).min(BigDecimal::compareTo).orElseThrow(),
				parts.stream().map(p -> p[1]).max(BigDecimal::compareTo).orElseThrow() };
		case COUNT -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.valueOf(parts.size()) };
		};
	}

	private static BigDecimal[] itemRange(Item item) {
		return switch (item.type()) {
		case CHOICE -> optionRange(item);
		case INTEGER, DECIMAL -> item.scoreRanges().isEmpty() ? new BigDecimal[] { item.min(), item.max() }
				: new BigDecimal[] { item.scoreRanges().stream().map(ScoreRange::score).min(BigDecimal::compareTo).orElseThrow(),
						item.scoreRanges().stream().map(ScoreRange::score).max(BigDecimal::compareTo).orElseThrow() };
		case BOOLEAN -> {
			BigDecimal yes = item.scoreTrue() == null ? BigDecimal.ONE : item.scoreTrue();
			BigDecimal no = item.scoreFalse() == null ? BigDecimal.ZERO : item.scoreFalse();
			yield new BigDecimal[] { yes.min(no), yes.max(no) };
		}
		default -> null;
		};
	}
}
