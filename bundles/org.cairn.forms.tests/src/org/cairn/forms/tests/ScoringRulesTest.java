package org.cairn.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormReader;
import org.cairn.forms.Scoring;
import org.junit.jupiter.api.Test;

/**
 * The engine's rules for answers in Cairn's own format: an answer to an item that is not asked (its condition, or
 * its group's, does not hold) is refused with the reason; a choice takes a number that is one option's code or
 * score; a shown score left empty by an unanswered item names that item.
 */
class ScoringRulesTest {

	static final String GROUPED = """
			{
			  "format": 1, "id": "test.grouped", "version": "1.0.0", "title": "Grouped",
			  "items": [
			    { "id": "uses", "type": "choice", "text": "Uses opioids", "required": true,
			      "options": [ { "code": "no", "label": "No", "score": 0 }, { "code": "yes", "label": "Yes", "score": 1 } ] },
			    { "id": "opioids", "type": "group", "text": "Opioid use",
			      "enableWhen": { "item": "uses", "op": "=", "value": "yes" },
			      "items": [ { "id": "days", "type": "integer", "text": "Days used", "min": 0, "max": 30 } ] },
			    { "id": "extra", "type": "choice", "text": "Extra",
			      "options": [ { "code": "a", "label": "A", "score": 0 }, { "code": "b", "label": "B", "score": 2 }, { "code": "c", "label": "C" } ] }
			  ],
			  "scores": [ { "id": "total", "name": "Total", "method": "sum", "items": ["uses", "extra"] } ]
			}
			""";

	static FormDefinition grouped() {
		FormReader.Result result = FormReader.read(GROUPED.getBytes(StandardCharsets.UTF_8), "grouped.json");
		assertEquals(List.of(), result.problems());
		return result.definition();
	}

	@Test
	void anAnswerToAnItemInAGroupThatIsNotAskedIsRefusedNamingTheGroupsCondition() {
		Scoring.Result result = Scoring.score(grouped(), Map.of("uses", "no", "days", new BigDecimal("4"), "extra", "a"), null);
		assertEquals(List.of("\"days\" (Days used) is not asked, so it takes no answer: it is in \"opioids\" (Opioid use), whose condition \"uses\" = \"yes\""
				+ " does not hold"), result.problems());
		assertFalse(result.complete());
		assertFalse(result.answers().containsKey("days"), "the refused answer is not used");
		assertEquals(List.of(), Scoring.score(grouped(), Map.of("uses", "yes", "days", new BigDecimal("4"), "extra", "a"), null).problems(),
				"asked, it is taken");
	}

	@Test
	void aChoiceTakesItsCodeOrItsScore() {
		Scoring.Result byScore = Scoring.score(grouped(), Map.of("uses", BigDecimal.ONE, "extra", new BigDecimal("2")), null);
		assertEquals(List.of(), byScore.problems());
		assertEquals(Map.of("uses", "yes", "extra", "b"), byScore.answers());
		Scoring.Result none = Scoring.score(grouped(), Map.of("uses", "no", "extra", new BigDecimal("5")), null);
		assertTrue(none.problems().get(0).startsWith("\"extra\" (Extra) has no option coded or scoring 5; its options are \"a\" (scores 0)"),
				none.problems().toString());
	}

	@Test
	void anEmptyTotalNamesTheUnansweredItemAndAnUnscoredOptionSaysWhy() {
		Scoring.Result unanswered = Scoring.score(grouped(), Map.of("uses", "no"), null);
		assertEquals(List.of("\"extra\" (Extra) needs an answer for the score \"total\" (Total)"), unanswered.problems());
		Scoring.Result unscored = Scoring.score(grouped(), Map.of("uses", "no", "extra", "c"), null);
		assertEquals(null, unscored.total());
		assertEquals(List.of(), unscored.problems(), "an option without a score is an answer, not a fault");
		assertEquals("1 of 2 items without a score: \"extra\" answered with an option that scores nothing", unscored.emptyScores().get("total"));
	}
}
