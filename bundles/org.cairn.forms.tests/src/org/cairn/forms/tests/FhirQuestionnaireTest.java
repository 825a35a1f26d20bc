package org.cairn.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormDefinition.Item;
import org.cairn.forms.FormDefinition.Option;
import org.cairn.forms.FormReader;
import org.cairn.forms.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A FHIR R4 Questionnaire used as a definition: the PHQ-9 as published with LOINC codes, answer options weighted
 * with the ordinalValue extension, scores exactly as the built-in PHQ-9 for the same answers.
 */
class FhirQuestionnaireTest {

	@Test
	void thePhq9QuestionnaireReadsWithItsItemsOptionsAndScores() {
		FormReader.Result result = FormReader.read(Files.resource("fhir/phq9-questionnaire.json"), "phq9-questionnaire.json");
		assertEquals(List.of(), result.problems());
		FormDefinition form = result.definition();
		assertEquals("phq9", form.id(), "the id comes from the Questionnaire's name, as a Cairn id");
		assertEquals("1.0.0", form.version());
		assertEquals("44249-1", form.loinc());
		assertEquals(9, form.answerableItems().size(), "the calculated total is shown, not asked");
		Item first = form.answerableItems().get(0);
		assertEquals("44250-9", first.id());
		assertEquals("44250-9", first.loinc());
		assertEquals(List.of(new Option("LA6568-5", "Not at all", new BigDecimal("0")), new Option("LA6569-3", "Several days", new BigDecimal("1")),
				new Option("LA6570-1", "More than half the days", new BigDecimal("2")), new Option("LA6571-9", "Nearly every day", new BigDecimal("3"))),
				first.options());
	}

	@Test
	void itScoresIdenticallyToTheBuiltInPhq9() {
		FormDefinition fhir = FormReader.read(Files.resource("fhir/phq9-questionnaire.json"), "phq9-questionnaire.json").definition();
		FormDefinition builtIn = Files.standardForm("phq9");
		Random random = new Random(44249);
		for (int round = 0; round < 200; round++) {
			Map<String, Object> fhirAnswers = new LinkedHashMap<>();
			Map<String, Object> builtInAnswers = new LinkedHashMap<>();
			for (int item = 0; item < 9; item++) {
				int score = round < 4 ? round : random.nextInt(4);
				Item fhirItem = fhir.answerableItems().get(item);
				fhirAnswers.put(fhirItem.id(), fhirItem.options().get(score).code());
				builtInAnswers.put("phq9." + (item + 1), String.valueOf(score));
			}
			Scoring.Result a = Scoring.score(fhir, fhirAnswers, null);
			Scoring.Result b = Scoring.score(builtIn, builtInAnswers, null);
			assertTrue(a.complete() && b.complete(), a.problems() + " " + b.problems());
			assertEquals(0, a.total().compareTo(b.total()), "the same total for the same answers, round " + round);
		}
	}

	@Test
	void anUnsupportedItemTypeIsNamedWithItsPlace() {
		String text = new String(Files.resource("fhir/phq9-questionnaire.json"), java.nio.charset.StandardCharsets.UTF_8)
				.replaceFirst("\"type\": \"choice\"", "\"type\": \"attachment\"");
		FormReader.Result result = FormReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "q.json");
		assertEquals(null, result.definition());
		assertTrue(result.problems().get(0).toString().contains("item[0].type: \"attachment\" items are not supported"), result.problems().toString());
	}
}
