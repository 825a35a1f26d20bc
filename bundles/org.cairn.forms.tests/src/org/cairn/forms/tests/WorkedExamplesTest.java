package org.cairn.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormDefinition.Flag;
import org.cairn.forms.Scoring;
import org.cairn.forms.internal.Json;
import org.cairn.forms.internal.Json.Arr;
import org.cairn.forms.internal.Json.Obj;
import org.cairn.forms.internal.Json.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard instrument scored against worked examples computed by hand from CLINICAL.md
 * ({@code resources/worked-examples/<form>.json}): the lowest and highest answers, each side of every band
 * boundary, sparse anchors, the COWS pulse in beats per minute, and each flag at its threshold.
 */
class WorkedExamplesTest {

	static final List<String> FORMS = List.of("cows", "sows", "ciwa", "phq9", "gad7", "auditc", "bam", "craving", "paws");

	static Stream<Arguments> cases() throws Exception {
		List<Arguments> cases = new ArrayList<>();
		for (String form : FORMS) {
			Obj file = (Obj) Json.parse(new String(Files.resource("worked-examples/" + form + ".json"), StandardCharsets.UTF_8));
			for (Value value : ((Arr) file.members().get("cases")).elements()) {
				Obj example = (Obj) value;
				cases.add(Arguments.of(form, ((Json.Str) example.members().get("name")).value(), example));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("cases")
	void scoresAsWorkedByHand(String formId, String name, Obj example) {
		FormDefinition form = Files.standardForm(formId);
		Map<String, Object> answers = new LinkedHashMap<>();
		((Obj) example.members().get("answers")).members().forEach((item, answer) -> answers.put(item, plain(answer)));
		Scoring.Patient patient = Scoring.Patient.UNKNOWN;
		if (example.members().get("patient") instanceof Obj facts) {
			patient = new Scoring.Patient(facts.members().get("sex") instanceof Json.Str sex ? sex.value() : null,
					facts.members().get("age") instanceof Json.Num age ? age.value().intValue() : null);
		}
		Scoring.Result result = Scoring.score(form, answers, patient);
		assertEquals(List.of(), result.problems(), "every answer is usable and every required item answered");

		Obj expect = (Obj) example.members().get("expect");
		Value total = expect.members().get("total");
		if (total instanceof Json.Num number) {
			assertEquals(0, number.value().compareTo(result.total()), "total: expected " + number.value() + ", scored " + result.total());
		} else if (total != null) {
			assertEquals(null, result.total(), "no total");
		}
		Value band = expect.members().get("band");
		if (band instanceof Json.Str code) {
			assertEquals(code.value(), result.band() == null ? null : result.band().code());
		} else if (band != null) {
			assertEquals(null, result.band(), "no band");
		}
		if (expect.members().get("scores") instanceof Obj scores) {
			scores.members().forEach((score, value) -> {
				BigDecimal scored = result.scores().get(score);
				assertTrue(scored != null && ((Json.Num) value).value().compareTo(scored) == 0,
						score + ": expected " + ((Json.Num) value).value() + ", scored " + scored + " " + result.emptyScores());
			});
		}
		if (expect.members().get("flags") instanceof Arr flags) {
			List<String> expected = flags.elements().stream().map(flag -> ((Json.Str) flag).value()).sorted().toList();
			assertEquals(expected, result.flags().stream().map(Flag::id).sorted().toList(), "flags raised");
		}
	}

	private static Object plain(Value value) {
		return switch (value) {
		case Json.Str s -> s.value();
		case Json.Num n -> n.value();
		case Json.Bool b -> b.value();
		default -> null;
		};
	}
}
