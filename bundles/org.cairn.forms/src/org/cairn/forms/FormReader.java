package org.cairn.forms;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cairn.forms.FormDefinition.Band;
import org.cairn.forms.FormDefinition.Flag;
import org.cairn.forms.FormDefinition.FlagSeverity;
import org.cairn.forms.FormDefinition.Item;
import org.cairn.forms.FormDefinition.ItemType;
import org.cairn.forms.FormDefinition.Method;
import org.cairn.forms.FormDefinition.Option;
import org.cairn.forms.FormDefinition.Score;
import org.cairn.forms.FormDefinition.ScoreRange;
import org.cairn.forms.FormDefinition.WhenMissing;
import org.cairn.forms.internal.FhirQuestionnaire;
import org.cairn.forms.internal.Json;
import org.cairn.forms.internal.Json.Arr;
import org.cairn.forms.internal.Json.Bool;
import org.cairn.forms.internal.Json.Num;
import org.cairn.forms.internal.Json.Obj;
import org.cairn.forms.internal.Json.Position;
import org.cairn.forms.internal.Json.Str;
import org.cairn.forms.internal.Json.Value;

/**
 * Reads a form definition (docs/FORMS.md) from the bytes of its file and checks it through: every fault found is
 * reported with its place, not only the first, and nothing in the file can make reading throw. A file whose
 * {@code resourceType} is {@code Questionnaire} is read as a FHIR R4 Questionnaire.
 */
public final class FormReader {

	/** Larger than any real form; a bigger file is refused before it is read. */
	public static final int MAX_BYTES = 1024 * 1024;
	/** Items in one form at most. */
	public static final int MAX_ITEMS = 2000;

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
	static final Pattern VERSION = Pattern.compile("\\d{1,6}\\.\\d{1,6}\\.\\d{1,6}");

	/** What reading gave: the definition when there was no fault, and every fault found. */
	public record Result(FormDefinition definition, List<FormProblem> problems) {
		public boolean ok() {
			return definition != null && problems.isEmpty();
		}
	}

	private final String source;
	private final String contributedId;
	private final String contributedVersion;
	private final List<FormProblem> problems = new ArrayList<>();

	private FormReader(String source, String contributedId, String contributedVersion) {
		this.source = source;
		this.contributedId = contributedId;
		this.contributedVersion = contributedVersion;
	}

	/** Reads the definition in {@code bytes}; {@code source} names the file in messages. */
	public static Result read(byte[] bytes, String source) {
		return read(bytes, source, null, null);
	}

	/**
	 * Reads the definition in {@code bytes} as the contribution {@code id} {@code version} (plugin.xml) gives it. A FHIR
	 * Questionnaire takes that id and version (a Questionnaire names itself by a url or name of its own world); a
	 * definition in Cairn's format keeps its own, which its contribution checks against plugin.xml. Either may be null.
	 */
	public static Result read(byte[] bytes, String source, String id, String version) {
		FormReader reader = new FormReader(source, id == null || id.isBlank() ? null : id, version == null || version.isBlank() ? null : version);
		FormDefinition definition = null;
		try {
			definition = reader.readBytes(bytes);
		} catch (RuntimeException unexpected) {
			// A fault this reader does not yet name precisely must still not escape as an exception.
			reader.problem(null, "", "cannot be read: " + unexpected);
		}
		return new Result(reader.problems.isEmpty() ? definition : null, List.copyOf(reader.problems));
	}

	private FormDefinition readBytes(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			problem(null, "", String.format("is %,d bytes; a form definition may be at most %,d bytes", bytes.length, MAX_BYTES));
			return null;
		}
		if (bytes.length == 0) {
			problem(null, "", "is empty");
			return null;
		}
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			problem(null, "", "is saved as UTF-16; save it as UTF-8");
			return null;
		}
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
		String text;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			problem(null, "", "is not UTF-8 text (" + firstBadByte(bytes, start) + "); save it as UTF-8");
			return null;
		}
		Value root;
		try {
			root = Json.parse(text);
		} catch (Json.SyntaxError e) {
			problem(e.at(), "", "is not valid JSON: " + e.getMessage());
			return null;
		}
		if (!(root instanceof Obj object)) {
			problem(root.at(), "", "must be a JSON object, not " + root.describe());
			return null;
		}
		if (object.members().get("resourceType") instanceof Str type) {
			if (!"Questionnaire".equals(type.value())) {
				problem(type.at(), "resourceType", "is \"" + type.value() + "\"; only a FHIR Questionnaire can be a form definition");
				return null;
			}
			Obj converted = new FhirQuestionnaire(this::problem, contributedId, contributedVersion).convert(object);
			return converted == null || !problems.isEmpty() ? null : new Definition(converted).read();
		}
		return new Definition(object).read();
	}

	private static String firstBadByte(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		for (int end = start + 1; end <= bytes.length; end++) {
			try {
				decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start));
			} catch (CharacterCodingException e) {
				if (end - start > 4) {
					return String.format("byte 0x%02X at offset %d", bytes[end - 1] & 0xFF, end - 1);
				}
			}
		}
		return "an invalid byte sequence";
	}

	/** Records a fault at {@code at} (null: the file as a whole) in the value at {@code path}. */
	public void problem(Position at, String path, String message) {
		problems.add(new FormProblem(source, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message));
	}

	/** Reads Cairn's own format. */
	private final class Definition {

		private final Obj root;
		private final Map<String, Item> itemsById = new LinkedHashMap<>();
		private final Map<String, Position> itemPlaces = new HashMap<>();
		private final Map<String, List<Option>> optionSets = new HashMap<>();
		/** Conditions to check once every item is known: path, condition value. */
		private final List<Object[]> pendingConditions = new ArrayList<>();
		private int itemCount;

		Definition(Obj root) {
			this.root = root;
		}

		FormDefinition read() {
			allowOnly(root, "", "format", "id", "version", "title", "instructions", "citation", "licence", "loinc", "notValidated",
					"optionSets", "items", "scores", "flags", "$schema", "description");
			Value format = root.members().get("format");
			if (format == null) {
				problem(root.at(), "", "needs \"format\": 1 (the version of the definition format)");
			} else if (!(format instanceof Num n) || n.value().compareTo(BigDecimal.ONE) != 0) {
				problem(format.at(), "format", "must be 1, the only format this Cairn reads; found " + format.describe());
			}
			String id = id(root, "id", "");
			String version = requiredText(root, "version", "");
			if (version != null && !VERSION.matcher(version).matches()) {
				problem(root.members().get("version").at(), "version", "must be major.minor.micro, e.g. 1.0.0; found \"" + version + "\"");
			}
			String title = requiredText(root, "title", "");
			readOptionSets();
			List<Item> items = items(root, "items", "items", true);
			List<Score> scores = scores();
			for (Object[] pending : pendingConditions) {
				checkCondition((String) pending[0], (Condition) pending[1], (Position) pending[2], (String) pending[3]);
			}
			checkEnableCycles();
			List<Flag> flags = flags(scores);
			if (!problems.isEmpty()) {
				return null;
			}
			return new FormDefinition(id, version, title, optionalText(root, "instructions", ""), optionalText(root, "citation", ""),
					optionalText(root, "licence", ""), optionalText(root, "loinc", ""), bool(root, "notValidated", "", false), items, scores,
					flags);
		}

		// Items

		private void readOptionSets() {
			Value sets = root.members().get("optionSets");
			if (sets == null) {
				return;
			}
			if (!(sets instanceof Obj object)) {
				problem(sets.at(), "optionSets", "must be an object of named option lists, not " + sets.describe());
				return;
			}
			for (Map.Entry<String, Value> set : object.members().entrySet()) {
				String path = "optionSets." + set.getKey();
				if (!(set.getValue() instanceof Arr list)) {
					problem(set.getValue().at(), path, "must be a list of options, not " + set.getValue().describe());
					continue;
				}
				optionSets.put(set.getKey(), options(list, path));
			}
		}

		private List<Item> items(Obj owner, String key, String path, boolean required) {
			Value value = owner.members().get(key);
			if (value == null) {
				if (required) {
					problem(owner.at(), path.equals("items") ? "" : path.substring(0, Math.max(0, path.lastIndexOf('.'))),
							"needs \"" + key + "\", a list of at least one item");
				}
				return List.of();
			}
			if (!(value instanceof Arr list)) {
				problem(value.at(), path, "must be a list of items, not " + value.describe());
				return List.of();
			}
			if (list.elements().isEmpty()) {
				problem(list.at(), path, "must hold at least one item");
			}
			List<Item> items = new ArrayList<>();
			for (int i = 0; i < list.elements().size(); i++) {
				Item item = item(list.elements().get(i), path + "[" + i + "]");
				if (item != null) {
					items.add(item);
				}
			}
			return items;
		}

		private Item item(Value value, String path) {
			if (++itemCount > MAX_ITEMS) {
				if (itemCount == MAX_ITEMS + 1) {
					problem(value.at(), path, "is one item too many: a form may have at most " + MAX_ITEMS + " items");
				}
				return null;
			}
			if (!(value instanceof Obj object)) {
				problem(value.at(), path, "must be an item (an object), not " + value.describe());
				return null;
			}
			String id = id(object, "id", path);
			String typeName = requiredText(object, "type", path);
			ItemType type = null;
			if (typeName != null) {
				try {
					type = ItemType.valueOf(typeName.toUpperCase(java.util.Locale.ROOT));
				} catch (IllegalArgumentException unknown) {
					problem(object.members().get("type").at(), path + ".type", "\"" + typeName
							+ "\" is not an item type; use choice, integer, decimal, boolean, text, date, group or display");
				}
			}
			if (id != null) {
				if (itemsById.containsKey(id) || itemPlaces.containsKey(id)) {
					problem(object.members().get("id").at(), path + ".id", "\"" + id + "\" is used by another item too (at "
							+ itemPlaces.get(id) + "); item ids must be unique in a form");
				} else {
					itemPlaces.put(id, object.members().get("id").at());
				}
			}
			if (type == null) {
				return null;
			}
			allowOnly(object, path, allowedKeys(type));
			String text = type == ItemType.GROUP ? optionalText(object, "text", path) : requiredText(object, "text", path);
			boolean required = bool(object, "required", path, false);
			Condition enableWhen = null;
			Value condition = object.members().get("enableWhen");
			if (condition != null) {
				enableWhen = condition(condition, path + ".enableWhen", false);
				if (enableWhen != null) {
					pendingConditions.add(new Object[] { path + ".enableWhen", enableWhen, condition.at(), id });
				}
			}
			List<Option> options = List.of();
			if (type == ItemType.CHOICE) {
				options = choiceOptions(object, path);
			}
			BigDecimal min = number(object, "min", path);
			BigDecimal max = number(object, "max", path);
			if (min != null && max != null && min.compareTo(max) > 0) {
				problem(object.members().get("min").at(), path + ".min", "is greater than max (" + max.toPlainString() + ")");
			}
			if (type == ItemType.INTEGER) {
				for (String bound : List.of("min", "max")) {
					BigDecimal b = bound.equals("min") ? min : max;
					if (b != null && b.stripTrailingZeros().scale() > 0) {
						problem(object.members().get(bound).at(), path + "." + bound, "must be a whole number for an integer item");
					}
				}
			}
			List<ScoreRange> ranges = type.numeric() ? scoreRanges(object, path, type) : List.of();
			int decimals = integer(object, "decimals", path, 1, 0, 6);
			int maxLength = integer(object, "maxLength", path, 2000, 1, 100_000);
			List<Item> children = type == ItemType.GROUP ? items(object, "items", path + ".items", true) : List.of();
			Item item = new Item(id, type, text, optionalText(object, "help", path), required, enableWhen, optionalText(object, "loinc", path),
					options, bool(object, "reverse", path, false), min, max, optionalText(object, "unit", path), decimals, ranges,
					number(object, "scoreTrue", path), number(object, "scoreFalse", path), maxLength, children);
			if (id != null && !itemsById.containsKey(id)) {
				itemsById.put(id, item);
			}
			return item;
		}

		private String[] allowedKeys(ItemType type) {
			List<String> keys = new ArrayList<>(List.of("id", "type", "text", "help"));
			if (type.answerable()) {
				keys.addAll(List.of("required", "enableWhen", "loinc"));
			} else {
				keys.add("enableWhen");
			}
			switch (type) {
			case CHOICE -> keys.addAll(List.of("options", "reverse"));
			case INTEGER -> keys.addAll(List.of("min", "max", "unit", "scoreRanges"));
			case DECIMAL -> keys.addAll(List.of("min", "max", "unit", "decimals", "scoreRanges"));
			case BOOLEAN -> keys.addAll(List.of("scoreTrue", "scoreFalse"));
			case TEXT -> keys.add("maxLength");
			case GROUP -> keys.add("items");
			default -> {
			}
			}
			return keys.toArray(String[]::new);
		}

		private List<Option> choiceOptions(Obj item, String path) {
			Value value = item.members().get("options");
			if (value == null) {
				problem(item.at(), path, "is a choice item and needs \"options\": a list, or the name of an option set");
				return List.of();
			}
			if (value instanceof Str name) {
				List<Option> set = optionSets.get(name.value());
				if (set == null) {
					problem(name.at(), path + ".options", "names the option set \"" + name.value() + "\", which \"optionSets\" does not define"
							+ (optionSets.isEmpty() ? "" : " (it defines " + String.join(", ", optionSets.keySet()) + ")"));
					return List.of();
				}
				return set;
			}
			if (!(value instanceof Arr list)) {
				problem(value.at(), path + ".options", "must be a list of options or an option set's name, not " + value.describe());
				return List.of();
			}
			return options(list, path + ".options");
		}

		private List<Option> options(Arr list, String path) {
			if (list.elements().isEmpty()) {
				problem(list.at(), path, "must hold at least one option");
			}
			List<Option> options = new ArrayList<>();
			Map<String, Position> codes = new HashMap<>();
			for (int i = 0; i < list.elements().size(); i++) {
				Value value = list.elements().get(i);
				String at = path + "[" + i + "]";
				if (!(value instanceof Obj object)) {
					problem(value.at(), at, "must be an option {\"code\", \"label\", \"score\"}, not " + value.describe());
					continue;
				}
				allowOnly(object, at, "code", "label", "score", "loinc");
				String code = requiredText(object, "code", at);
				String label = requiredText(object, "label", at);
				BigDecimal score = number(object, "score", at);
				if (code != null) {
					if (codes.containsKey(code)) {
						problem(object.members().get("code").at(), at + ".code", "\"" + code + "\" is the code of another option too (at "
								+ codes.get(code) + ")");
					} else {
						codes.put(code, object.members().get("code").at());
					}
				}
				if (code != null && label != null) {
					options.add(new Option(code, label, score));
				}
			}
			return options;
		}

		private List<ScoreRange> scoreRanges(Obj item, String path, ItemType type) {
			Value value = item.members().get("scoreRanges");
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof Arr list) || list.elements().isEmpty()) {
				problem(value.at(), path + ".scoreRanges", "must be a list of at least one range {\"from\", \"to\", \"score\"}");
				return List.of();
			}
			List<ScoreRange> ranges = new ArrayList<>();
			for (int i = 0; i < list.elements().size(); i++) {
				String at = path + ".scoreRanges[" + i + "]";
				Value element = list.elements().get(i);
				if (!(element instanceof Obj range)) {
					problem(element.at(), at, "must be a range {\"from\", \"to\", \"score\"}, not " + element.describe());
					continue;
				}
				allowOnly(range, at, "from", "to", "score");
				BigDecimal from = number(range, "from", at);
				BigDecimal to = number(range, "to", at);
				BigDecimal score = number(range, "score", at);
				if (score == null) {
					problem(range.at(), at, "needs a \"score\"");
				}
				if (from == null && i > 0) {
					problem(range.at(), at, "needs \"from\"; only the first range may be open below");
				}
				if (to == null && i < list.elements().size() - 1) {
					problem(range.at(), at, "needs \"to\"; only the last range may be open above");
				}
				if (from != null && to != null && from.compareTo(to) > 0) {
					problem(range.at(), at, "runs from " + from.toPlainString() + " down to " + to.toPlainString());
				}
				if (!ranges.isEmpty() && from != null) {
					ScoreRange previous = ranges.get(ranges.size() - 1);
					if (previous.to() != null && from.compareTo(previous.to()) <= 0) {
						problem(range.at(), at, "overlaps the range before it (which ends at " + previous.to().toPlainString() + ")");
					} else if (type == ItemType.INTEGER && previous.to() != null && from.compareTo(previous.to().add(BigDecimal.ONE)) > 0) {
						problem(range.at(), at, "leaves a gap after the range before it: " + previous.to().add(BigDecimal.ONE).toPlainString()
								+ " to " + from.subtract(BigDecimal.ONE).toPlainString() + " would score nothing");
					}
				}
				if (score != null) {
					ranges.add(new ScoreRange(from, to, score));
				}
			}
			return ranges;
		}

		// Scores

		private List<Score> scores() {
			Value value = root.members().get("scores");
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof Arr list)) {
				problem(value.at(), "scores", "must be a list of scores, not " + value.describe());
				return List.of();
			}
			List<Score> scores = new ArrayList<>();
			Map<String, Position> ids = new HashMap<>();
			Map<String, List<String>> dependsOn = new LinkedHashMap<>();
			for (int i = 0; i < list.elements().size(); i++) {
				String path = "scores[" + i + "]";
				Value element = list.elements().get(i);
				if (!(element instanceof Obj object)) {
					problem(element.at(), path, "must be a score (an object), not " + element.describe());
					continue;
				}
				allowOnly(object, path, "id", "name", "method", "items", "reverse", "reverseMax", "missing", "bands", "bandsNote", "shown");
				String id = id(object, "id", path);
				if (id != null && (ids.containsKey(id) || itemsById.containsKey(id))) {
					problem(object.members().get("id").at(), path + ".id", "\"" + id + "\" is already the id of "
							+ (ids.containsKey(id) ? "another score" : "an item") + "; score ids must differ from every item and score id");
					id = null;
				}
				if (id != null) {
					ids.put(id, object.members().get("id").at());
				}
				Method method = null;
				String methodName = requiredText(object, "method", path);
				if (methodName != null) {
					try {
						method = Method.valueOf(methodName.toUpperCase(java.util.Locale.ROOT));
					} catch (IllegalArgumentException unknown) {
						problem(object.members().get("method").at(), path + ".method", "\"" + methodName
								+ "\" is not a method; use sum, mean, max, min or count");
					}
				}
				List<String> sources = scoreSources(object, path);
				List<String> reverse = textList(object, "reverse", path);
				for (String reversed : reverse) {
					if (!sources.contains(reversed)) {
						problem(object.members().get("reverse").at(), path + ".reverse", "names \"" + reversed + "\", which this score is not computed from");
					}
				}
				BigDecimal reverseMax = number(object, "reverseMax", path);
				if (!reverse.isEmpty() && reverseMax == null) {
					problem(object.at(), path, "reverses items and needs \"reverseMax\", their highest score");
				}
				int allowed = 0;
				WhenMissing whenMissing = WhenMissing.EMPTY;
				Value missing = object.members().get("missing");
				if (missing instanceof Obj rule) {
					allowOnly(rule, path + ".missing", "allowed", "then");
					allowed = integer(rule, "allowed", path + ".missing", 0, 0, MAX_ITEMS);
					String then = requiredText(rule, "then", path + ".missing");
					if ("prorate".equals(then)) {
						whenMissing = WhenMissing.PRORATE;
					} else if ("ignore".equals(then)) {
						whenMissing = WhenMissing.IGNORE;
					} else if (then != null) {
						problem(rule.members().get("then").at(), path + ".missing.then", "must be \"prorate\" or \"ignore\", not \"" + then + "\"");
					}
				} else if (missing != null) {
					problem(missing.at(), path + ".missing", "must be {\"allowed\": n, \"then\": \"prorate\" | \"ignore\"}, not " + missing.describe());
				}
				List<Band> bands = bands(object, path);
				if (id != null && method != null) {
					dependsOn.put(id, sources);
					scores.add(new Score(id, optionalText(object, "name", path) == null ? id : optionalText(object, "name", path), method,
							sources, reverse, reverseMax, allowed, whenMissing, bands, optionalText(object, "bandsNote", path),
							bool(object, "shown", path, true)));
				}
			}
			// Sources that are scores must be scores of this form, and scores must not depend on themselves.
			for (int i = 0; i < scores.size(); i++) {
				Score score = scores.get(i);
				for (String source : score.items()) {
					if (source.equals("*")) {
						continue;
					}
					if (!itemsById.containsKey(source) && !dependsOn.containsKey(source)) {
						problem(ids.get(score.id()), "scores." + score.id() + ".items", "names \"" + source + "\", which is neither an item nor a score of this form");
					} else if (itemsById.containsKey(source) && !itemsById.get(source).scored()) {
						problem(ids.get(score.id()), "scores." + score.id() + ".items", "names \"" + source + "\", which has no score ("
								+ itemsById.get(source).type().name().toLowerCase(java.util.Locale.ROOT) + " item"
								+ (itemsById.get(source).type() == ItemType.CHOICE ? " without scored options" : "") + ")");
					}
				}
				String cycle = cycle(score.id(), dependsOn, new LinkedHashSet<>());
				if (cycle != null) {
					problem(ids.get(score.id()), "scores." + score.id(), "is computed from itself: " + cycle);
				}
			}
			if (problems.isEmpty()) {
				for (int i = 0; i < scores.size(); i++) {
					checkBandsCover(scores.get(i), scores, ids.get(scores.get(i).id()));
				}
			}
			return scores;
		}

		private List<String> scoreSources(Obj score, String path) {
			Value value = score.members().get("items");
			if (value instanceof Str all && all.value().equals("*")) {
				return itemsById.values().stream().filter(Item::scored).map(Item::id).toList();
			}
			List<String> sources = textList(score, "items", path);
			if (sources.equals(List.of("*"))) {
				return itemsById.values().stream().filter(Item::scored).map(Item::id).toList();
			}
			if (sources.contains("*")) {
				problem(value.at(), path + ".items", "mixes \"*\" (every scored item) with named items; use one or the other");
			}
			if (sources.isEmpty()) {
				problem(score.at(), path, "needs \"items\": the items or scores it is computed from, or \"*\" for every scored item");
			}
			return sources;
		}

		private String cycle(String id, Map<String, List<String>> dependsOn, LinkedHashSet<String> path) {
			if (!path.add(id)) {
				return String.join(" → ", path) + " → " + id;
			}
			for (String next : dependsOn.getOrDefault(id, List.of())) {
				if (dependsOn.containsKey(next)) {
					String found = cycle(next, dependsOn, path);
					if (found != null) {
						return found;
					}
				}
			}
			path.remove(id);
			return null;
		}

		private List<Band> bands(Obj score, String path) {
			Value value = score.members().get("bands");
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof Arr list)) {
				problem(value.at(), path + ".bands", "must be a list of bands, not " + value.describe());
				return List.of();
			}
			List<Band> bands = new ArrayList<>();
			Set<String> codes = new HashSet<>();
			for (int i = 0; i < list.elements().size(); i++) {
				String at = path + ".bands[" + i + "]";
				Value element = list.elements().get(i);
				if (!(element instanceof Obj band)) {
					problem(element.at(), at, "must be a band {\"from\", \"to\", \"code\", \"label\"}, not " + element.describe());
					continue;
				}
				allowOnly(band, at, "from", "to", "code", "label", "severity");
				BigDecimal from = number(band, "from", at);
				BigDecimal to = number(band, "to", at);
				String code = requiredText(band, "code", at);
				String label = requiredText(band, "label", at);
				int severity = integer(band, "severity", at, 0, 0, 4);
				if (from == null || to == null) {
					problem(band.at(), at, "needs \"from\" and \"to\" (both included)");
					continue;
				}
				if (from.compareTo(to) > 0) {
					problem(band.at(), at, "runs from " + from.toPlainString() + " down to " + to.toPlainString());
				}
				if (code != null && !codes.add(code)) {
					problem(band.members().get("code").at(), at + ".code", "\"" + code + "\" is the code of another band too");
				}
				if (!bands.isEmpty()) {
					Band previous = bands.get(bands.size() - 1);
					if (from.compareTo(previous.to()) <= 0) {
						problem(band.at(), at, "overlaps the band before it (" + previous.code() + ", up to " + previous.to().toPlainString() + ")");
					} else if (from.compareTo(previous.to().add(BigDecimal.ONE)) > 0) {
						problem(band.at(), at, "leaves a gap after the band before it: " + previous.to().toPlainString() + " < score < "
								+ from.toPlainString() + " is in no band");
					}
				}
				if (code != null && label != null) {
					bands.add(new Band(from, to, code, label, severity));
				}
			}
			return bands;
		}

		/** A score's bands must run from its least to its greatest possible value. */
		private void checkBandsCover(Score score, List<Score> scores, Position at) {
			if (score.bands().isEmpty()) {
				return;
			}
			BigDecimal[] range = Scoring.range(score, itemsById, scores);
			if (range == null) {
				return;
			}
			Band first = score.bands().get(0);
			Band last = score.bands().get(score.bands().size() - 1);
			if (first.from().compareTo(range[0]) > 0) {
				problem(at, "scores." + score.id() + ".bands", "start at " + first.from().toPlainString() + ", but the score can be as low as "
						+ range[0].toPlainString());
			}
			if (last.to().compareTo(range[1]) < 0) {
				problem(at, "scores." + score.id() + ".bands", "end at " + last.to().toPlainString() + ", but the score can be as high as "
						+ range[1].toPlainString());
			}
		}

		// Flags and conditions

		private List<Flag> flags(List<Score> scores) {
			Value value = root.members().get("flags");
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof Arr list)) {
				problem(value.at(), "flags", "must be a list of flags, not " + value.describe());
				return List.of();
			}
			Set<String> scoreIds = new HashSet<>();
			scores.forEach(score -> scoreIds.add(score.id()));
			List<Flag> flags = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			for (int i = 0; i < list.elements().size(); i++) {
				String path = "flags[" + i + "]";
				Value element = list.elements().get(i);
				if (!(element instanceof Obj object)) {
					problem(element.at(), path, "must be a flag {\"id\", \"message\", \"when\"}, not " + element.describe());
					continue;
				}
				allowOnly(object, path, "id", "message", "when", "severity");
				String id = id(object, "id", path);
				if (id != null && !ids.add(id)) {
					problem(object.members().get("id").at(), path + ".id", "\"" + id + "\" is the id of another flag too");
				}
				String message = requiredText(object, "message", path);
				String severityName = optionalText(object, "severity", path);
				FlagSeverity severity = FlagSeverity.RISK;
				if ("note".equals(severityName)) {
					severity = FlagSeverity.NOTE;
				} else if (severityName != null && !"risk".equals(severityName)) {
					problem(object.members().get("severity").at(), path + ".severity", "must be \"risk\" or \"note\", not \"" + severityName + "\"");
				}
				Value when = object.members().get("when");
				Condition condition = null;
				if (when == null) {
					problem(object.at(), path, "needs \"when\": the condition that raises it");
				} else {
					condition = condition(when, path + ".when", true);
					if (condition != null) {
						checkCondition(path + ".when", condition, when.at(), null, scoreIds);
					}
				}
				if (id != null && message != null && condition != null) {
					flags.add(new Flag(id, message, condition, severity));
				}
			}
			return flags;
		}

		private Condition condition(Value value, String path, boolean patientAllowed) {
			if (!(value instanceof Obj object)) {
				problem(value.at(), path, "must be a condition (an object), not " + value.describe());
				return null;
			}
			for (String combination : List.of("all", "any")) {
				if (object.members().containsKey(combination)) {
					allowOnly(object, path, combination);
					if (!(object.members().get(combination) instanceof Arr list) || list.elements().isEmpty()) {
						problem(object.members().get(combination).at(), path + "." + combination, "must be a list of at least one condition");
						return null;
					}
					List<Condition> parts = new ArrayList<>();
					for (int i = 0; i < list.elements().size(); i++) {
						Condition part = condition(list.elements().get(i), path + "." + combination + "[" + i + "]", patientAllowed);
						if (part != null) {
							parts.add(part);
						}
					}
					return parts.size() < list.elements().size() ? null
							: combination.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
				}
			}
			if (object.members().containsKey("not")) {
				allowOnly(object, path, "not");
				Condition inner = condition(object.members().get("not"), path + ".not", patientAllowed);
				return inner == null ? null : new Condition.Not(inner);
			}
			String opName = requiredText(object, "op", path);
			Condition.Op op = opName == null ? null : Condition.Op.of(opName);
			if (opName != null && op == null) {
				problem(object.members().get("op").at(), path + ".op", "\"" + opName + "\" is not an operator; use =, !=, >, >=, <, <=, answered or unanswered");
			}
			Value compared = object.members().get("value");
			boolean needsValue = op != Condition.Op.ANSWERED && op != Condition.Op.UNANSWERED;
			if (op != null && needsValue && compared == null) {
				problem(object.at(), path, "needs a \"value\" to compare with");
			}
			if (op != null && !needsValue && compared != null) {
				problem(compared.at(), path + ".value", "is not used with \"" + opName + "\"");
			}
			Object plain = compared == null ? null : plain(compared);
			if (object.members().containsKey("item")) {
				allowOnly(object, path, "item", "op", "value", "score");
				String item = requiredText(object, "item", path);
				boolean byScore = bool(object, "score", path, false);
				return item == null || op == null ? null : new Condition.OnItem(item, op, plain, byScore);
			}
			if (object.members().containsKey("score")) {
				allowOnly(object, path, "score", "op", "value");
				String score = requiredText(object, "score", path);
				if (!(plain instanceof BigDecimal) && needsValue && compared != null) {
					problem(compared.at(), path + ".value", "must be a number to compare a score with, not " + compared.describe());
					return null;
				}
				return score == null || op == null ? null : new Condition.OnScore(score, op, (BigDecimal) plain);
			}
			if (object.members().containsKey("patient")) {
				allowOnly(object, path, "patient", "op", "value");
				if (!patientAllowed) {
					problem(object.at(), path, "may not depend on the patient: an item is asked or not by the answers alone");
					return null;
				}
				String field = requiredText(object, "patient", path);
				if (field != null && !field.equals("sex") && !field.equals("age")) {
					problem(object.members().get("patient").at(), path + ".patient", "\"" + field + "\" is not known; use \"sex\" or \"age\"");
					return null;
				}
				if ("sex".equals(field) && !(plain instanceof String sex && List.of("female", "male", "other", "unknown").contains(sex))) {
					problem(compared == null ? object.at() : compared.at(), path + ".value", "must be \"female\", \"male\", \"other\" or \"unknown\"");
					return null;
				}
				if ("age".equals(field) && !(plain instanceof BigDecimal)) {
					problem(compared == null ? object.at() : compared.at(), path + ".value", "must be an age in years");
					return null;
				}
				return field == null || op == null ? null : new Condition.OnPatient(field, op, plain);
			}
			problem(object.at(), path, "must name an \"item\", a \"score\" or the \"patient\", or combine conditions with \"all\", \"any\" or \"not\"");
			return null;
		}

		private void checkCondition(String path, Condition condition, Position at, String ownerItem) {
			checkCondition(path, condition, at, ownerItem, null);
		}

		/** References resolve and values suit what they are compared with; {@code scoreIds} null: scores not allowed. */
		private void checkCondition(String path, Condition condition, Position at, String ownerItem, Set<String> scoreIds) {
			switch (condition) {
			case Condition.All all -> all.conditions().forEach(part -> checkCondition(path, part, at, ownerItem, scoreIds));
			case Condition.Any any -> any.conditions().forEach(part -> checkCondition(path, part, at, ownerItem, scoreIds));
			case Condition.Not not -> checkCondition(path, not.condition(), at, ownerItem, scoreIds);
			case Condition.OnScore onScore -> {
				if (scoreIds == null) {
					problem(at, path, "names the score \"" + onScore.score() + "\"; whether an item is asked can depend only on answers");
				} else if (!scoreIds.contains(onScore.score())) {
					problem(at, path, "names the score \"" + onScore.score() + "\", which this form does not define");
				}
			}
			case Condition.OnPatient patient -> {
			}
			case Condition.OnItem onItem -> {
				Item item = itemsById.get(onItem.item());
				if (item == null) {
					problem(at, path, "names the item \"" + onItem.item() + "\", which this form does not have");
					return;
				}
				if (onItem.item().equals(ownerItem)) {
					problem(at, path, "makes the item \"" + ownerItem + "\" depend on its own answer");
					return;
				}
				if (!item.type().answerable()) {
					problem(at, path, "names \"" + onItem.item() + "\", a " + item.type().name().toLowerCase(java.util.Locale.ROOT) + " item that takes no answer");
					return;
				}
				Object value = onItem.value();
				if (value == null) {
					return;
				}
				if (item.type() == ItemType.CHOICE && !onItem.byScore()) {
					if (!(value instanceof String code) || item.option(code).isEmpty()) {
						problem(at, path, "compares \"" + onItem.item() + "\" with " + describe(value) + ", which is not one of its option codes ("
								+ String.join(", ", item.options().stream().map(Option::code).toList()) + "); add \"score\": true to compare scores");
					} else if (onItem.op() != Condition.Op.EQ && onItem.op() != Condition.Op.NE) {
						problem(at, path, "orders option codes with " + onItem.op().symbol + "; compare codes with = or !=, or add \"score\": true");
					}
				} else if ((item.type() == ItemType.CHOICE || item.type().numeric()) && !(value instanceof BigDecimal)) {
					problem(at, path, "compares \"" + onItem.item() + "\" with " + describe(value) + "; it needs a number");
				} else if (item.type() == ItemType.BOOLEAN && !(value instanceof Boolean)) {
					problem(at, path, "compares \"" + onItem.item() + "\" with " + describe(value) + "; it needs true or false");
				}
			}
			}
		}

		/** Items enabled by items that are enabled by them, round in a circle, can never be asked. */
		private void checkEnableCycles() {
			Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
			for (Item item : itemsById.values()) {
				if (item.enableWhen() != null) {
					Set<String> names = new LinkedHashSet<>();
					itemsIn(item.enableWhen(), names);
					dependsOn.put(item.id(), names);
				}
			}
			Set<String> reported = new HashSet<>();
			for (String id : dependsOn.keySet()) {
				Map<String, List<String>> graph = new LinkedHashMap<>();
				dependsOn.forEach((key, value) -> graph.put(key, List.copyOf(value)));
				String cycle = cycle(id, graph, new LinkedHashSet<>());
				if (cycle != null && reported.add(Set.copyOf(List.of(cycle.split(" → "))).toString())) {
					problem(itemPlaces.get(id), "items." + id + ".enableWhen", "items enable each other in a circle, so none of them can be asked: " + cycle);
				}
			}
		}

		private void itemsIn(Condition condition, Set<String> into) {
			switch (condition) {
			case Condition.All all -> all.conditions().forEach(part -> itemsIn(part, into));
			case Condition.Any any -> any.conditions().forEach(part -> itemsIn(part, into));
			case Condition.Not not -> itemsIn(not.condition(), into);
			case Condition.OnItem onItem -> into.add(onItem.item());
			default -> {
			}
			}
		}

		// Building blocks

		private void allowOnly(Obj object, String path, String... allowed) {
			Set<String> known = Set.of(allowed);
			for (Map.Entry<String, Position> key : object.keys().entrySet()) {
				if (!known.contains(key.getKey())) {
					problem(key.getValue(), path.isEmpty() ? key.getKey() : path + "." + key.getKey(), "is not a key this definition format knows here"
							+ suggestion(key.getKey(), known));
				}
			}
		}

		private String suggestion(String key, Set<String> known) {
			for (String candidate : known) {
				if (distance(key.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT)) <= 2) {
					return " (did you mean \"" + candidate + "\"?)";
				}
			}
			return " (it allows " + String.join(", ", known.stream().sorted().toList()) + ")";
		}

		private String id(Obj object, String key, String path) {
			String id = requiredText(object, key, path);
			if (id != null && !ID.matcher(id).matches()) {
				problem(object.members().get(key).at(), join(path, key), "\"" + id
						+ "\" is not a valid id: lower-case letters, digits, '.', '-' and '_', starting with a letter or digit, at most 100");
				return null;
			}
			return id;
		}

		private String requiredText(Obj object, String key, String path) {
			Value value = object.members().get(key);
			if (value == null) {
				problem(object.at(), path, "needs \"" + key + "\"");
				return null;
			}
			if (!(value instanceof Str text) || text.value().isBlank()) {
				problem(value.at(), join(path, key), "must be a text that is not empty, not " + value.describe());
				return null;
			}
			return text.value();
		}

		private String optionalText(Obj object, String key, String path) {
			Value value = object.members().get(key);
			if (value == null) {
				return null;
			}
			if (!(value instanceof Str text)) {
				problem(value.at(), join(path, key), "must be a text, not " + value.describe());
				return null;
			}
			return text.value().isBlank() ? null : text.value();
		}

		private boolean bool(Obj object, String key, String path, boolean otherwise) {
			Value value = object.members().get(key);
			if (value == null) {
				return otherwise;
			}
			if (!(value instanceof Bool flag)) {
				problem(value.at(), join(path, key), "must be true or false, not " + value.describe());
				return otherwise;
			}
			return flag.value();
		}

		private BigDecimal number(Obj object, String key, String path) {
			Value value = object.members().get(key);
			if (value == null) {
				return null;
			}
			if (!(value instanceof Num number)) {
				problem(value.at(), join(path, key), "must be a number, not " + value.describe());
				return null;
			}
			return number.value();
		}

		private int integer(Obj object, String key, String path, int otherwise, int min, int max) {
			BigDecimal value = number(object, key, path);
			if (value == null) {
				return otherwise;
			}
			if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
				problem(object.members().get(key).at(), join(path, key), "must be a whole number from " + min + " to " + max);
				return otherwise;
			}
			return value.intValue();
		}

		private List<String> textList(Obj object, String key, String path) {
			Value value = object.members().get(key);
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof Arr list)) {
				problem(value.at(), join(path, key), "must be a list of ids, not " + value.describe());
				return List.of();
			}
			List<String> texts = new ArrayList<>();
			for (Value element : list.elements()) {
				if (element instanceof Str text) {
					texts.add(text.value());
				} else {
					problem(element.at(), join(path, key), "must hold ids (texts), not " + element.describe());
				}
			}
			return texts;
		}
	}

	static String join(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	static Object plain(Value value) {
		return switch (value) {
		case Str s -> s.value();
		case Num n -> n.value();
		case Bool b -> b.value();
		default -> value.describe();
		};
	}

	static String describe(Object value) {
		return value instanceof String text ? "\"" + text + "\"" : value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
