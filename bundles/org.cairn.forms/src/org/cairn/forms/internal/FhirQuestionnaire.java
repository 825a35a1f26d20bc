package org.cairn.forms.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cairn.forms.internal.Json.Arr;
import org.cairn.forms.internal.Json.Bool;
import org.cairn.forms.internal.Json.Num;
import org.cairn.forms.internal.Json.Obj;
import org.cairn.forms.internal.Json.Position;
import org.cairn.forms.internal.Json.Str;
import org.cairn.forms.internal.Json.Value;

/**
 * Turns a FHIR R4 Questionnaire into a definition in Cairn's format (docs/FORMS.md, "FHIR Questionnaires"), keeping
 * the places of the values it came from, so that the same checks run on it and name the place in the
 * Questionnaire. Scores come from the {@code ordinalValue} or {@code itemWeight} extension of each answer option
 * (on the option or on its {@code valueCoding}), as FHIR means them: only such ordinal values score, so the total is
 * the sum of the choice items whose options carry them. A number item (a count, a pulse) is an answer, not a score,
 * and an option's {@code valueInteger} is its value, not its weight. Read-only (calculated) items are shown, not
 * asked. A contribution that names the form's id and version (plugin.xml) gives them; the Questionnaire's own
 * {@code name}, {@code id} or {@code url} and {@code version} are used only without one.
 */
public final class FhirQuestionnaire {

	static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
	static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
	static final String LOINC = "http://loinc.org";

	/** Where faults go: the place in the Questionnaire, the path, the message. */
	@FunctionalInterface
	public interface Problems {
		void problem(Position at, String path, String message);
	}

	private final Problems problems;
	private final String contributedId;
	private final String contributedVersion;
	private final Map<String, String> ids = new LinkedHashMap<>();
	/** The ids of the choice items with ordinal values, in order: what the total sums. */
	private final List<String> scored = new ArrayList<>();

	public FhirQuestionnaire(Problems problems) {
		this(problems, null, null);
	}

	/**
	 * @param contributedId      the form's id as its contribution (plugin.xml) names it, or null
	 * @param contributedVersion the form's version as its contribution names it, or null
	 */
	public FhirQuestionnaire(Problems problems, String contributedId, String contributedVersion) {
		this.problems = problems;
		this.contributedId = contributedId;
		this.contributedVersion = contributedVersion;
	}

	/** The Questionnaire as a definition in Cairn's format, or null when it cannot be one. */
	public Obj convert(Obj questionnaire) {
		Builder form = new Builder(questionnaire.at());
		form.put("format", new Num(BigDecimal.ONE, questionnaire.at()));
		Value name = first(questionnaire, "name", "id");
		String id = name instanceof Str text ? text.value() : lastSegment(questionnaire.members().get("url"));
		if (contributedId != null) {
			// plugin.xml names the form: its id wins over whatever the Questionnaire calls itself
			form.put("id", new Str(contributedId, questionnaire.at()));
		} else if (id == null) {
			problems.problem(questionnaire.at(), "", "a Questionnaire used as a form needs a \"name\", \"id\" or \"url\" to take its id from");
			return null;
		} else {
			form.put("id", new Str(cleanId(id), name == null ? questionnaire.at() : name.at()));
		}
		Value version = questionnaire.members().get("version");
		if (contributedVersion != null) {
			form.put("version", new Str(contributedVersion, questionnaire.at()));
		} else {
			form.put("version", new Str(version instanceof Str v ? threePart(v.value()) : "1.0.0", version == null ? questionnaire.at() : version.at()));
		}
		if (id == null) {
			id = contributedId;
		}
		Value title = first(questionnaire, "title", "name");
		form.put("title", title == null ? new Str(id, questionnaire.at()) : title);
		copyText(questionnaire, "description", form, "instructions");
		copyText(questionnaire, "copyright", form, "licence");
		Value codes = questionnaire.members().get("code");
		String loinc = loinc(codes);
		if (loinc != null) {
			form.put("loinc", new Str(loinc, codes.at()));
		}
		Value items = questionnaire.members().get("item");
		if (!(items instanceof Arr list)) {
			problems.problem(questionnaire.at(), "item", "a Questionnaire used as a form needs items");
			return null;
		}
		// First every linkId, so that enableWhen may name an item that comes later.
		collectIds(list);
		List<Value> converted = new ArrayList<>();
		for (int i = 0; i < list.elements().size(); i++) {
			Value item = item(list.elements().get(i), "item[" + i + "]");
			if (item != null) {
				converted.add(item);
			}
		}
		form.put("items", new Arr(converted, items.at()));
		if (!scored.isEmpty()) {
			// Named, not "*": in Cairn's format "*" takes number and yes/no items too, which FHIR does not score.
			Builder total = new Builder(items.at());
			total.put("id", new Str("total", items.at()));
			total.put("name", new Str("Total", items.at()));
			total.put("method", new Str("sum", items.at()));
			total.put("items", new Arr(scored.stream().map(source -> (Value) new Str(source, items.at())).toList(), items.at()));
			form.put("scores", new Arr(List.of(total.build()), items.at()));
		}
		return form.build();
	}

	private void collectIds(Arr items) {
		for (Value value : items.elements()) {
			if (value instanceof Obj item && item.members().get("linkId") instanceof Str link) {
				ids.put(link.value(), cleanId(link.value()));
				if (item.members().get("item") instanceof Arr children) {
					collectIds(children);
				}
			}
		}
	}

	private Value item(Value value, String path) {
		if (!(value instanceof Obj item)) {
			problems.problem(value.at(), path, "must be an item (an object), not " + value.describe());
			return null;
		}
		Builder out = new Builder(item.at());
		Value link = item.members().get("linkId");
		if (!(link instanceof Str linkId)) {
			problems.problem(item.at(), path, "needs a \"linkId\"");
			return null;
		}
		out.put("id", new Str(cleanId(linkId.value()), link.at()));
		Value typeValue = item.members().get("type");
		String type = typeValue instanceof Str t ? t.value() : null;
		boolean readOnly = item.members().get("readOnly") instanceof Bool b && b.value();
		String cairnType = readOnly ? "display" : type == null ? null : switch (type) {
		case "choice", "coding" -> "choice";
		case "integer" -> "integer";
		case "decimal" -> "decimal";
		case "boolean" -> "boolean";
		case "string", "text" -> "text";
		case "date" -> "date";
		case "group" -> "group";
		case "display" -> "display";
		default -> null;
		};
		if (cairnType == null) {
			problems.problem(typeValue == null ? item.at() : typeValue.at(), path + ".type", type == null ? "needs a \"type\""
					: "\"" + type + "\" items are not supported in a form; use choice, integer, decimal, boolean, string, text, date, group or display");
			return null;
		}
		out.put("type", new Str(cairnType, typeValue.at()));
		Value text = item.members().get("text");
		if (text instanceof Str) {
			out.put("text", text);
		} else if (!cairnType.equals("group")) {
			out.put("text", new Str(linkId.value(), link.at()));
		}
		if (!readOnly && item.members().get("required") instanceof Bool required && !cairnType.equals("group") && !cairnType.equals("display")) {
			out.put("required", required);
		}
		String loinc = loinc(item.members().get("code"));
		if (loinc != null && !cairnType.equals("group") && !cairnType.equals("display")) {
			out.put("loinc", new Str(loinc, item.members().get("code").at()));
		}
		if (cairnType.equals("choice")) {
			if (item.members().containsKey("answerValueSet") && !item.members().containsKey("answerOption")) {
				problems.problem(item.members().get("answerValueSet").at(), path + ".answerValueSet",
						"answers from a value set are not supported; list them as answerOption");
				return null;
			}
			Value options = item.members().get("answerOption");
			Arr converted = options instanceof Arr list ? options(list, path + ".answerOption") : new Arr(List.of(), item.at());
			out.put("options", converted);
			if (hasScores(converted)) {
				scored.add(cleanId(linkId.value()));
			}
		}
		Value enableWhen = item.members().get("enableWhen");
		if (enableWhen instanceof Arr conditions && !conditions.elements().isEmpty()) {
			Value condition = enableWhen(conditions, item.members().get("enableBehavior"), path + ".enableWhen");
			if (condition != null) {
				out.put("enableWhen", condition);
			}
		}
		if (cairnType.equals("group") && item.members().get("item") instanceof Arr children) {
			List<Value> converted = new ArrayList<>();
			for (int i = 0; i < children.elements().size(); i++) {
				Value child = item(children.elements().get(i), path + ".item[" + i + "]");
				if (child != null) {
					converted.add(child);
				}
			}
			out.put("items", new Arr(converted, children.at()));
		}
		return out.build();
	}

	private Arr options(Arr list, String path) {
		List<Value> options = new ArrayList<>();
		for (int i = 0; i < list.elements().size(); i++) {
			Value value = list.elements().get(i);
			if (!(value instanceof Obj option)) {
				problems.problem(value.at(), path + "[" + i + "]", "must be an answer option (an object)");
				continue;
			}
			Builder out = new Builder(option.at());
			Value weight = weight(option);
			Value coding = option.members().get("valueCoding");
			if (coding instanceof Obj code) {
				Value codeValue = code.members().get("code");
				Value display = code.members().get("display");
				out.put("code", codeValue == null ? new Str("", code.at()) : codeValue);
				out.put("label", display != null ? display : codeValue == null ? new Str("", code.at()) : codeValue);
				if (weight == null) {
					weight = weight(code);
				}
			} else if (option.members().get("valueString") instanceof Str string) {
				out.put("code", string);
				out.put("label", string);
			} else if (option.members().get("valueInteger") instanceof Num number) {
				// the option's value, not its weight: it scores only with an ordinalValue or itemWeight extension
				out.put("code", new Str(number.value().toPlainString(), number.at()));
				out.put("label", new Str(number.value().toPlainString(), number.at()));
			} else {
				problems.problem(option.at(), path + "[" + i + "]", "needs a valueCoding, valueString or valueInteger");
				continue;
			}
			if (weight != null) {
				out.put("score", weight);
			}
			options.add(out.build());
		}
		return new Arr(options, list.at());
	}

	/** The score of an answer option: the ordinalValue or itemWeight extension's decimal. */
	private static Value weight(Obj element) {
		if (!(element.members().get("extension") instanceof Arr extensions)) {
			return null;
		}
		for (Value value : extensions.elements()) {
			if (value instanceof Obj extension && extension.members().get("url") instanceof Str url
					&& (url.value().equals(ORDINAL_VALUE) || url.value().equals(ITEM_WEIGHT))) {
				Value decimal = first(extension, "valueDecimal", "valueInteger");
				if (decimal instanceof Num) {
					return decimal;
				}
			}
		}
		return null;
	}

	private Value enableWhen(Arr conditions, Value behaviour, String path) {
		List<Value> converted = new ArrayList<>();
		for (int i = 0; i < conditions.elements().size(); i++) {
			Value value = conditions.elements().get(i);
			String at = path + "[" + i + "]";
			if (!(value instanceof Obj condition) || !(condition.members().get("question") instanceof Str question)
					|| !(condition.members().get("operator") instanceof Str operator)) {
				problems.problem(value.at(), at, "needs \"question\" and \"operator\"");
				return null;
			}
			Builder out = new Builder(condition.at());
			String target = ids.get(question.value());
			out.put("item", new Str(target == null ? cleanId(question.value()) : target, question.at()));
			Value answer = null;
			for (Map.Entry<String, Value> member : condition.members().entrySet()) {
				if (member.getKey().startsWith("answer")) {
					answer = member.getValue();
				}
			}
			if (operator.value().equals("exists")) {
				boolean exists = !(answer instanceof Bool b) || b.value();
				out.put("op", new Str(exists ? "answered" : "unanswered", operator.at()));
			} else {
				out.put("op", operator);
				if (answer instanceof Obj coding && coding.members().get("code") instanceof Str code) {
					answer = code;
				}
				if (answer == null) {
					problems.problem(condition.at(), at, "needs an answer[x] to compare with");
					return null;
				}
				out.put("value", answer);
			}
			converted.add(out.build());
		}
		if (converted.size() == 1) {
			return converted.get(0);
		}
		String combine = behaviour instanceof Str b && b.value().equals("any") ? "any" : "all";
		Builder out = new Builder(conditions.at());
		out.put(combine, new Arr(converted, conditions.at()));
		return out.build();
	}

	private static boolean hasScores(Arr options) {
		for (Value option : options.elements()) {
			if (option instanceof Obj o && o.members().containsKey("score")) {
				return true;
			}
		}
		return false;
	}

	private static String loinc(Value codes) {
		if (codes instanceof Arr list) {
			for (Value value : list.elements()) {
				if (value instanceof Obj coding && coding.members().get("system") instanceof Str system && system.value().equals(LOINC)
						&& coding.members().get("code") instanceof Str code) {
					return code.value();
				}
			}
		}
		return null;
	}

	private static Value first(Obj object, String... keys) {
		for (String key : keys) {
			if (object.members().get(key) != null) {
				return object.members().get(key);
			}
		}
		return null;
	}

	private static void copyText(Obj from, String key, Builder to, String as) {
		if (from.members().get(key) instanceof Str text) {
			to.put(as, text);
		}
	}

	private static String lastSegment(Value url) {
		if (url instanceof Str text && !text.value().isBlank()) {
			String value = text.value().replaceAll("/+$", "");
			return value.substring(value.lastIndexOf('/') + 1);
		}
		return null;
	}

	/** A FHIR id or linkId ("/44250-9", "PHQ9_Q1") as a Cairn id ("44250-9", "phq9_q1"). */
	static String cleanId(String id) {
		String clean = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
		return clean.isEmpty() ? "item" : clean.length() > 100 ? clean.substring(0, 100) : clean;
	}

	private static String threePart(String version) {
		if (version.matches("\\d{1,6}")) {
			return version + ".0.0";
		}
		if (version.matches("\\d{1,6}\\.\\d{1,6}")) {
			return version + ".0";
		}
		return version.matches("\\d{1,6}\\.\\d{1,6}\\.\\d{1,6}") ? version : "1.0.0";
	}

	/** Builds an object in Cairn's format whose keys carry the places of the values they came from. */
	private static final class Builder {
		private final Position at;
		private final Map<String, Value> members = new LinkedHashMap<>();
		private final Map<String, Position> keys = new LinkedHashMap<>();

		Builder(Position at) {
			this.at = at;
		}

		void put(String key, Value value) {
			members.put(key, value);
			keys.put(key, value.at());
		}

		Obj build() {
			return new Obj(members, keys, at);
		}
	}
}
