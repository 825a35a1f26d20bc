package org.cairn.forms.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published JSON Schema of Cairn's form definitions (docs/FORMS.md) checked with a JSON Schema library, as a
 * facility's editor or build would use it: every form Cairn ships, the example plugin's and the tests' forms validate;
 * each malformed definition that a schema can see (the same breakages Cairn's own reader refuses, in
 * MalformedDefinitionsTest) is refused by the schema too, so that the schema is never looser than the reader where it
 * can say the same. What only the reader checks (references that resolve, bands without gaps, conditions without
 * cycles) is said in the schema's description.
 */
class FormSchemaTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static Path repository;
	private static JsonSchema schema;

	/** A valid definition that each case breaks in one place (MalformedDefinitionsTest's, as a facility would write it). */
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

	@BeforeAll
	static void readTheSchema() throws IOException {
		repository = Path.of(System.getProperty("cairn.repository", "../..")).toAbsolutePath().normalize();
		JsonNode definition = JSON.readTree(repository.resolve("bundles/org.cairn.forms/schema/cairn-form.schema.json").toFile());
		schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(definition);
	}

	private static Set<ValidationMessage> validate(String text) throws IOException {
		return schema.validate(JSON.readTree(text));
	}

	@Test
	void theValidDefinitionValidates() throws IOException {
		assertEquals(Set.of(), validate(VALID));
	}

	/** Every form definition in the repository: Cairn's instruments, the example plugin's, the tests' own. */
	static Stream<Path> definitions() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("bundles/org.cairn.forms.standard/forms", "examples/org.example.harbour.forms/forms", "bundles/org.cairn.forms.tests/forms")) {
			try (Stream<Path> found = Files.list(Path.of(System.getProperty("cairn.repository", "../..")).toAbsolutePath().normalize().resolve(folder))) {
				found.filter(file -> file.toString().endsWith(".json")).sorted().forEach(files::add);
			}
		}
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("definitions")
	void everyFormInTheRepositoryValidates(Path file) throws IOException {
		Set<ValidationMessage> problems = schema.validate(JSON.readTree(file.toFile()));
		assertEquals(Set.of(), problems, file.toString());
	}

	@Test
	void theShippedFormsAreAllThere() throws IOException {
		assertTrue(definitions().count() >= 11, "the nine instruments, the example's and the tests' forms: " + definitions().toList());
	}

	static Stream<Arguments> malformed() {
		return Stream.of(Arguments.of("no format", VALID.replace("\"format\": 1,\n", "")),
				Arguments.of("a newer format", VALID.replace("\"format\": 1,", "\"format\": 2,")),
				Arguments.of("no id", VALID.replace("\"id\": \"test.sleep\",\n", "")),
				Arguments.of("an id with capitals and spaces", VALID.replace("\"test.sleep\"", "\"Test Sleep\"")),
				Arguments.of("a version that is not x.y.z", VALID.replace("\"1.0.0\"", "\"one\"")),
				Arguments.of("a misspelt key", VALID.replace("\"required\": true },\n    { \"id\": \"b\"", "\"requried\": true },\n    { \"id\": \"b\"")),
				Arguments.of("an unknown key of the definition", VALID.replace("\"title\": \"Sleep\",", "\"title\": \"Sleep\", \"titel\": \"Sleep\",")),
				Arguments.of("no items", VALID.replace(VALID.substring(VALID.indexOf("  \"items\""), VALID.indexOf("  \"scores\"")), "")),
				Arguments.of("an empty list of items", VALID.replace(VALID.substring(VALID.indexOf("[\n    { \"id\": \"a\""), VALID.indexOf("  \"scores\"")), "[],\n")),
				Arguments.of("an unknown item type", VALID.replace("\"type\": \"decimal\"", "\"type\": \"slider\"")),
				Arguments.of("an item without text", VALID.replace("\"text\": \"Waking early\", ", "")),
				Arguments.of("a choice without options", VALID.replace(", \"options\": \"often\", \"required\": true },\n    { \"id\": \"b\"",
						", \"required\": true },\n    { \"id\": \"b\"")),
				Arguments.of("an option without a code", VALID.replace("{ \"code\": \"1\", ", "{ ")),
				Arguments.of("an option without a label", VALID.replace("\"label\": \"Sometimes\", ", "")),
				Arguments.of("a score that is not a number", VALID.replace("\"score\": 2", "\"score\": \"two\"")),
				Arguments.of("a bound that is not a number", VALID.replace("\"min\": 0", "\"min\": \"none\"")),
				Arguments.of("an unknown method", VALID.replace("\"method\": \"sum\"", "\"method\": \"median\"")),
				Arguments.of("a band without a code", VALID.replace("\"code\": \"low\", ", "")),
				Arguments.of("an unknown operator", VALID.replace("\"op\": \"<\"", "\"op\": \"less\"")),
				Arguments.of("a flag without a condition", VALID.replace(", \"when\": { \"item\": \"hours\", \"op\": \"<\", \"value\": 3 }", "")),
				Arguments.of("a flag without a message", VALID.replace("\"message\": \"Under 3 hours\", ", "")),
				Arguments.of("a condition on nothing", VALID.replace("{ \"item\": \"hours\", \"op\": \"<\", \"value\": 3 }", "{ \"op\": \"<\", \"value\": 3 }")),
				Arguments.of("a title that is empty", VALID.replace("\"title\": \"Sleep\",", "\"title\": \"\",")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void aMalformedDefinitionIsRefusedByTheSchema(String what, String text) throws IOException {
		assertFalse(text.equals(VALID), what + ": the case breaks the definition");
		assertFalse(validate(text).isEmpty(), what + " passes the schema");
	}
}
