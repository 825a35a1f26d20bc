package org.cairn.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cairn.forms.Answers;
import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormDefinition.Item;
import org.cairn.forms.FormDefinition.Option;
import org.cairn.forms.FormReader;
import org.cairn.forms.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A FHIR R4 Questionnaire used as a definition: the PHQ-9 as published with LOINC codes, answer options weighted
 * with the ordinalValue extension, scores exactly as the built-in PHQ-9 for the same answers. A facility's own
 * Questionnaire ({@code fhir/checkin-questionnaire.json}) scores as FHIR means: only ordinal values (itemWeight on
 * the option, ordinalValue on its coding) count, a count is an answer and no score, choices take their code or
 * their score, and an answer to an item its enableWhen turns off is refused.
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

	static FormDefinition checkin() {
		FormReader.Result result = FormReader.read(Files.resource("fhir/checkin-questionnaire.json"), "checkin-questionnaire.json");
		assertEquals(List.of(), result.problems());
		return result.definition();
	}

	static Map<String, Object> answers(Object... idsAndValues) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < idsAndValues.length; i += 2) {
			Object value = idsAndValues[i + 1];
			answers.put((String) idsAndValues[i], value instanceof Integer number ? BigDecimal.valueOf(number) : value);
		}
		return answers;
	}

	@Test
	void onlyOrdinalValuesCountTowardTheTotalNotACount() {
		FormDefinition form = checkin();
		assertEquals(List.of("mood", "sleep"), form.total().orElseThrow().items(), "the total sums the choices with ordinal values only");
		assertFalse(form.item("meetings").orElseThrow().scored(), "an option's valueInteger is its value, not a weight");
		Scoring.Result result = Scoring.score(form, answers("mood", "very-low", "sleep", "poor", "drinks", 4, "meetings", "2"), null);
		assertEquals(List.of(), result.problems());
		assertEquals(0, new BigDecimal("5").compareTo(result.total()), "3 + 2; the 4 drinks are a count, not a score: " + result.total());
	}

	@Test
	void aChoiceAnsweredByItsScoreScoresAsByItsCode() {
		FormDefinition form = checkin();
		Answers.Resolved byCode = Answers.resolve(form, answers("mood", "very-low", "sleep", "poor", "drinks", 4));
		Answers.Resolved byScore = Answers.resolve(form, answers("mood", 3, "sleep", 2, "drinks", 4));
		Scoring.Result a = Scoring.score(form, byCode.answers(), null);
		Scoring.Result b = Scoring.score(form, byScore.answers(), null);
		assertEquals(List.of(), b.problems());
		assertTrue(b.complete());
		assertEquals(0, new BigDecimal("5").compareTo(b.total()), "by score: " + b.total() + " " + b.emptyScores());
		assertEquals(a.total(), b.total());
		assertEquals(a.answers(), b.answers(), "the same options are stored: " + b.answers());
		assertEquals("very-low", b.answers().get("mood"));
	}

	@Test
	void aNumberThatIsOneOptionsCodeAndAnothersScoreIsRefusedNotGuessed() {
		String text = """
				{ "resourceType": "Questionnaire", "name": "numbered", "item": [ { "linkId": "q", "text": "How often", "type": "choice",
				  "answerOption": [
				    { "valueCoding": { "code": "1", "display": "Never" }, "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 0 } ] },
				    { "valueCoding": { "code": "2", "display": "Often" }, "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 1 } ] } ] } ] }
				""";
		FormDefinition form = FormReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "numbered.json").definition();
		Scoring.Result ambiguous = Scoring.score(form, answers("q", 1), null);
		assertEquals(null, ambiguous.total());
		assertFalse(ambiguous.complete());
		assertTrue(ambiguous.problems().get(0).startsWith("\"q\" (How often): 1 is the code or score of more than one option; give the option's code as text"),
				ambiguous.problems().toString());
		assertEquals(0, BigDecimal.ZERO.compareTo(Scoring.score(form, answers("q", "1"), null).total()), "as text, 1 is the code");
		assertEquals(0, BigDecimal.ONE.compareTo(Scoring.score(form, answers("q", 2), null).total()), "2 is one option's code and no option's score");
	}

	@Test
	void anUnansweredScoredItemIsAProblemNamingItNotASilentEmptyTotal() {
		Scoring.Result result = Scoring.score(checkin(), answers("mood", "good", "drinks", 1), null);
		assertEquals(null, result.total());
		assertFalse(result.complete(), "a total that cannot be computed is not complete");
		assertEquals(List.of("\"sleep\" (Sleep this week) needs an answer for the score \"total\" (Total)"), result.problems());
	}

	@Test
	void anAnswerToAnItemItsEnableWhenTurnsOffIsRefusedWithTheReason() {
		FormDefinition form = checkin();
		Scoring.Result refused = Scoring.score(form, answers("mood", "good", "sleep", "poor", "naps", 2), null);
		assertEquals(List.of("\"naps\" (Naps taken in the daytime) is not asked, so it takes no answer: its condition \"sleep\" = \"none\" does not hold"),
				refused.problems());
		assertFalse(refused.answers().containsKey("naps"));
		Scoring.Result asked = Scoring.score(form, answers("mood", "good", "sleep", "none", "naps", 2), null);
		assertEquals(List.of(), asked.problems());
		assertEquals(0, new BigDecimal("3").compareTo(asked.total()));
	}

	@Test
	void theContributionsIdAndVersionWinOverTheQuestionnaires() {
		FormDefinition own = checkin();
		assertEquals("checkin", own.id(), "without a contribution, the url's last segment");
		assertEquals("7.0.0", own.version());
		FormReader.Result contributed = FormReader.read(Files.resource("fhir/checkin-questionnaire.json"), "checkin.json", "harbour.checkin", "2.0.0");
		assertEquals(List.of(), contributed.problems());
		assertEquals("harbour.checkin", contributed.definition().id());
		assertEquals("2.0.0", contributed.definition().version());
	}
}
