package org.cairn.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cairn.forms.FormProblem;
import org.cairn.forms.FormReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed definitions: each is refused with a message that says what is wrong and where (line, column and the
 * path of the value), never with an exception, and no definition comes out of it.
 */
class MalformedDefinitionsTest {

	/** A valid definition, line by line, that each case breaks in one place. */
	static final String VALID = """
			{
			  "format": 1,
			  "id": "test.sleep",
			  "version": "1.0.0",
			  "title": "Sleep",
			  "optionSets": {
			    "often": [
			      { "code": "0", "label": "Never", "score": 0 },
			      { "code": "1", "label": "Sometimes", "score": 1 },
			      { "code": "2", "label": "Often", "score": 2 }
			    ]
			  },
			  "items": [
			    { "id": "a", "type": "choice", "text": "Falling asleep", "options": "often", "required": true },
			    { "id": "b", "type": "choice", "text": "Waking early", "options": "often", "required": true },
			    { "id": "hours", "type": "decimal", "text": "Hours slept", "min": 0, "max": 24 }
			  ],
			  "scores": [
			    { "id": "total", "name": "Total", "method": "sum", "items": ["a", "b"],
			      "bands": [ { "from": 0, "to": 1, "code": "low", "label": "Low" }, { "from": 2, "to": 4, "code": "high", "label": "High" } ] }
			  ],
			  "flags": [ { "id": "short", "message": "Under 3 hours", "when": { "item": "hours", "op": "<", "value": 3 } } ]
			}
			""";

	@Test
	void theValidDefinitionReads() {
		FormReader.Result result = FormReader.read(VALID.getBytes(StandardCharsets.UTF_8), "sleep.json");
		assertEquals(List.of(), result.problems());
		assertEquals("test.sleep", result.definition().id());
	}

	static Stream<Arguments> malformed() {
		List<Arguments> cases = new ArrayList<>();
		// Not JSON at all
		cases.add(broken("a missing comma", VALID.replace("\"format\": 1,", "\"format\": 1"), 3, "expected ',' or '}' in the object"));
		cases.add(broken("a trailing comma", VALID.replace("\"required\": true },\n    { \"id\": \"hours\"", "\"required\": true },,\n    { \"id\": \"hours\""),
				15, "where a value was expected"));
		cases.add(broken("an unclosed text", VALID.replace("\"title\": \"Sleep\",", "\"title\": \"Sleep,"), 5, "closing '\"' is missing"));
		cases.add(broken("the file cut short", VALID.substring(0, VALID.indexOf("\"scores\"")), 18, "found end of the file"));
		cases.add(broken("a duplicate key", VALID.replace("\"title\": \"Sleep\",", "\"title\": \"Sleep\", \"title\": \"Again\","), 5,
				"the key \"title\" appears twice"));
		cases.add(broken("text after the end", VALID + "{}", 0, "after the end of the JSON value"));
		cases.add(broken("a list at the top", "[1, 2]", 1, "must be a JSON object"));
		cases.add(broken("an empty file", "", 0, "is empty"));
		cases.add(broken("nested too deep", "[".repeat(100) + "]".repeat(100), 1, "nested more than 64 levels"));
		// The definition's own keys
		cases.add(broken("no format", VALID.replace("\"format\": 1,\n", ""), 1, "needs \"format\": 1"));
		cases.add(broken("a newer format", VALID.replace("\"format\": 1,", "\"format\": 2,"), 2, "must be 1"));
		cases.add(broken("no id", VALID.replace("\"id\": \"test.sleep\",\n", ""), 1, "needs \"id\""));
		cases.add(broken("an id with capitals and spaces", VALID.replace("\"test.sleep\"", "\"Test Sleep\""), 3, "is not a valid id"));
		cases.add(broken("a version that is not x.y.z", VALID.replace("\"1.0.0\"", "\"one\""), 4, "must be major.minor.micro"));
		cases.add(broken("a misspelt key", VALID.replace("\"required\": true },\n    { \"id\": \"b\"", "\"requried\": true },\n    { \"id\": \"b\""),
				14, "did you mean \"required\"?"));
		cases.add(broken("no items", VALID.replace(VALID.substring(VALID.indexOf("  \"items\""), VALID.indexOf("  \"scores\"")), ""), 1,
				"needs \"items\""));
		// Items
		cases.add(broken("a duplicate item id", VALID.replace("{ \"id\": \"b\",", "{ \"id\": \"a\","), 15, "is used by another item too"));
		cases.add(broken("an unknown item type", VALID.replace("\"type\": \"decimal\"", "\"type\": \"slider\""), 16, "\"slider\" is not an item type"));
		cases.add(broken("an item without text", VALID.replace("\"text\": \"Waking early\", ", ""), 15, "needs \"text\""));
		cases.add(broken("a choice without options", VALID.replace(", \"options\": \"often\", \"required\": true },\n    { \"id\": \"b\"",
				", \"required\": true },\n    { \"id\": \"b\""), 14, "needs \"options\""));
		cases.add(broken("an unknown option set", VALID.replace("\"options\": \"often\", \"required\": true },\n    { \"id\": \"b\"",
				"\"options\": \"oftn\", \"required\": true },\n    { \"id\": \"b\""), 14, "names the option set \"oftn\""));
		cases.add(broken("an option without a code", VALID.replace("{ \"code\": \"1\", ", "{ "), 9, "needs \"code\""));
		cases.add(broken("two options with one code", VALID.replace("\"code\": \"2\"", "\"code\": \"1\""), 10, "is the code of another option too"));
		cases.add(broken("a score that is not a number", VALID.replace("\"score\": 2", "\"score\": \"two\""), 10, "must be a number"));
		cases.add(broken("min above max", VALID.replace("\"min\": 0, \"max\": 24", "\"min\": 24, \"max\": 0"), 16, "is greater than max"));
		// Scores and bands
		cases.add(broken("a score of an item that does not exist", VALID.replace("\"items\": [\"a\", \"b\"]", "\"items\": [\"a\", \"c\"]"), 19,
				"names \"c\", which is neither an item nor a score"));
		cases.add(broken("a score of a text item", VALID.replace("\"type\": \"decimal\", \"text\": \"Hours slept\", \"min\": 0, \"max\": 24",
				"\"type\": \"text\", \"text\": \"Hours slept\"").replace("\"items\": [\"a\", \"b\"]", "\"items\": [\"a\", \"hours\"]")
				.replace("\"value\": 3", "\"value\": \"3\""), 19, "which has no score"));
		cases.add(broken("an unknown method", VALID.replace("\"method\": \"sum\"", "\"method\": \"median\""), 19, "\"median\" is not a method"));
		cases.add(broken("overlapping bands", VALID.replace("{ \"from\": 2, \"to\": 4,", "{ \"from\": 1, \"to\": 4,"), 20, "overlaps the band before it"));
		cases.add(broken("a gap between bands", VALID.replace("{ \"from\": 2, \"to\": 4,", "{ \"from\": 3, \"to\": 4,"), 20, "leaves a gap"));
		cases.add(broken("bands that stop short", VALID.replace("{ \"from\": 2, \"to\": 4,", "{ \"from\": 2, \"to\": 3,"), 19,
				"the score can be as high as 4"));
		cases.add(broken("a score computed from itself", VALID.replace("\"items\": [\"a\", \"b\"]", "\"items\": [\"a\", \"total\"]"), 19,
				"is computed from itself"));
		// Conditions
		cases.add(broken("a flag on an item that does not exist", VALID.replace("\"item\": \"hours\"", "\"item\": \"minutes\""), 22,
				"names the item \"minutes\", which this form does not have"));
		cases.add(broken("an unknown operator", VALID.replace("\"op\": \"<\"", "\"op\": \"less\""), 22, "\"less\" is not an operator"));
		cases.add(broken("an option code that is not one", VALID.replace("\"item\": \"hours\", \"op\": \"<\", \"value\": 3", "\"item\": \"a\", \"op\": \"=\", \"value\": \"always\""),
				22, "which is not one of its option codes"));
		cases.add(broken("items enabling each other in a circle",
				VALID.replace("\"options\": \"often\", \"required\": true },\n    { \"id\": \"b\"",
						"\"options\": \"often\", \"enableWhen\": { \"item\": \"b\", \"op\": \"answered\" } },\n    { \"id\": \"b\"")
						.replace("\"text\": \"Waking early\", \"options\": \"often\", \"required\": true }",
								"\"text\": \"Waking early\", \"options\": \"often\", \"enableWhen\": { \"item\": \"a\", \"op\": \"answered\" } }"),
				14, "items enable each other in a circle"));
		cases.add(broken("an item that depends on itself", VALID.replace("\"text\": \"Hours slept\",",
				"\"text\": \"Hours slept\", \"enableWhen\": { \"item\": \"hours\", \"op\": \"answered\" },"), 16, "depend on its own answer"));
		cases.add(broken("an item that depends on the patient", VALID.replace("\"text\": \"Hours slept\",",
				"\"text\": \"Hours slept\", \"enableWhen\": { \"patient\": \"sex\", \"op\": \"=\", \"value\": \"female\" },"), 16,
				"may not depend on the patient"));
		cases.add(broken("a flag without a condition", VALID.replace(", \"when\": { \"item\": \"hours\", \"op\": \"<\", \"value\": 3 }", ""), 22,
				"needs \"when\""));
		return cases.stream();
	}

	static Arguments broken(String name, String text, int line, String message) {
		return Arguments.of(name, text.getBytes(StandardCharsets.UTF_8), line, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void isRefusedWithItsPlace(String name, byte[] bytes, int line, String message) {
		FormReader.Result result = FormReader.read(bytes, "sleep.json");
		assertNull(result.definition(), "no definition comes out of a faulty file");
		assertTrue(result.problems().stream().anyMatch(problem -> problem.message().contains(message)),
				"a problem says \"" + message + "\"; got " + result.problems());
		FormProblem problem = result.problems().stream().filter(p -> p.message().contains(message)).findFirst().orElseThrow();
		if (line > 0) {
			assertEquals(line, problem.line(), "on line " + line + ": " + problem);
		}
		assertTrue(problem.toString().startsWith("sleep.json"), "the message names the file: " + problem);
	}

	@Test
	void aUnicodeEscapeTakesExactlyFourHexDigitsAndTheFaultSaysWhere() {
		for (String escape : List.of("\\u+041", "\\u-041", "\\u 041", "\\u0g41")) {
			String text = VALID.replace("\"title\": \"Sleep\",", "\"title\": \"Sl" + escape + "eep\",");
			FormReader.Result result = FormReader.read(text.getBytes(StandardCharsets.UTF_8), "sleep.json");
			assertNull(result.definition(), escape + " is refused");
			FormProblem problem = result.problems().get(0);
			assertTrue(problem.message().contains("\\u must be followed by four hexadecimal digits"), problem.toString());
			assertEquals(5, problem.line(), problem.toString());
			assertEquals(15, problem.column(), "the column of the backslash: " + problem);
		}
		String text = VALID.replace("\"title\": \"Sleep\",", "\"title\": \"Sl\\u0065ep\",");
		assertEquals("Sleep", FormReader.read(text.getBytes(StandardCharsets.UTF_8), "sleep.json").definition().title());
	}

	@Test
	void aHugeFileIsRefusedBeforeItIsRead() {
		byte[] huge = new byte[FormReader.MAX_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		FormReader.Result result = FormReader.read(huge, "huge.json");
		assertEquals("huge.json: is 1,048,577 bytes; a form definition may be at most 1,048,576 bytes", result.problems().get(0).toString());
	}

	@Test
	void utf16AndInvalidUtf8AreNamed() {
		byte[] utf16 = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_16);
		assertEquals("utf16.json: is saved as UTF-16; save it as UTF-8", FormReader.read(utf16, "utf16.json").problems().get(0).toString());
		byte[] latin1 = VALID.replace("Sleep\"", "Sömn\"").getBytes(StandardCharsets.ISO_8859_1);
		String problem = FormReader.read(latin1, "latin1.json").problems().get(0).toString();
		assertTrue(problem.contains("is not UTF-8 text") && problem.contains("0xF6"), problem);
		byte[] withBom = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
		assertTrue(FormReader.read(withBom, "bom.json").ok(), "a UTF-8 byte order mark is accepted");
	}

	@Test
	void everyFaultIsReportedNotOnlyTheFirst() {
		String text = VALID.replace("\"method\": \"sum\"", "\"method\": \"median\"").replace("\"op\": \"<\"", "\"op\": \"less\"")
				.replace("{ \"id\": \"b\",", "{ \"id\": \"a\",");
		List<FormProblem> problems = FormReader.read(text.getBytes(StandardCharsets.UTF_8), "sleep.json").problems();
		assertTrue(problems.size() >= 3, "three faults, three problems: " + problems);
	}
}
