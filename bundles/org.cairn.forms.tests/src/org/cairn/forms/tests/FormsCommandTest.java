package org.cairn.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.forms.FormRegistry;
import org.cairn.forms.internal.FormsCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code cairn admin forms score | validate} as a facility developer runs them: every score printed with its band,
 * a failing scorer named in {@code warnings}, an answer to an item its condition turns off refused with the reason,
 * choices answered by score, and a plugin's Questionnaire checked under the id plugin.xml gives it.
 */
class FormsCommandTest {

	static ServiceTracker<FormRegistry, FormRegistry> tracker;
	static FormsCommand command;

	@TempDir
	Path folder;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void registry() throws InterruptedException {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(FormsCommandTest.class).getBundleContext(), FormRegistry.class, null);
		tracker.open();
		FormRegistry forms = tracker.waitForService(30_000);
		assertNotNull(forms, "Declarative Services offers the form registry");
		command = FormsCommand.on(forms);
	}

	@AfterAll
	static void close() {
		tracker.close();
	}

	@BeforeEach
	void clear() {
		out.reset();
		err.reset();
	}

	private int run(String... args) throws Exception {
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return command.run(new CommandInvocation(List.of(args), o, e));
		}
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text);
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void everyScoreIsPrintedWithItsBand() throws Exception {
		String withSubscale = MalformedDefinitionsTest.VALID.replace("\"scores\": [", """
				"scores": [
				    { "id": "falling", "name": "Falling asleep", "method": "sum", "items": ["a"],
				      "bands": [ { "from": 0, "to": 0, "code": "none", "label": "None" }, { "from": 1, "to": 2, "code": "some", "label": "Some" } ] },""");
		Path form = write("sleep.json", withSubscale);
		Path answers = write("answers.json", "{ \"a\": \"2\", \"b\": 1, \"hours\": 7 }");
		assertEquals(AdminCommand.OK, run("score", form.toString(), answers.toString()), text(err));
		assertEquals("""
				{
				  "form": "test.sleep",
				  "version": "1.0.0",
				  "total": 3,
				  "band": "high",
				  "scores": {
				    "falling": { "score": 2, "band": "some" },
				    "total": { "score": 3, "band": "high" }
				  },
				  "flags": [],
				  "warnings": [],
				  "complete": true
				}""", text(out).strip());
	}

	@Test
	void aScorerThatThrowsIsAWarningAndTheEnginesScoresStand() throws Exception {
		Path answers = write("answers.json", "{ \"q\": 7 }");
		assertEquals(AdminCommand.OK, run("score", "test.scored", answers.toString()), text(err));
		assertTrue(text(out).contains("\"total\": 7,"), text(out));
		assertTrue(text(out).contains("\"warnings\": [\"the scorer org.cairn.forms.tests.DoublingScorer of form test.scored (org.cairn.forms.tests ")
				&& text(out).contains("failed (java.lang.IllegalStateException: a scorer that fails); the scores are the engine's\"]"), text(out));
		assertTrue(text(err).contains("warning: the scorer org.cairn.forms.tests.DoublingScorer"), text(err));

		clear();
		Path fine = write("fine.json", "{ \"q\": 3 }");
		assertEquals(AdminCommand.OK, run("score", "test.scored", fine.toString()), text(err));
		assertTrue(text(out).contains("\"total\": 6,") && text(out).contains("\"warnings\": [],"), text(out));
	}

	@Test
	void anAnswerToAnItemItsConditionTurnsOffIsRefusedWithTheReason() throws Exception {
		Path form = write("sleep.json", MalformedDefinitionsTest.VALID.replace("\"text\": \"Hours slept\",",
				"\"text\": \"Hours slept\", \"enableWhen\": { \"item\": \"a\", \"op\": \"!=\", \"value\": \"0\" },"));
		Path answers = write("answers.json", "{ \"a\": \"0\", \"b\": \"1\", \"hours\": 2 }");
		assertEquals(AdminCommand.FAILED, run("score", form.toString(), answers.toString()));
		assertTrue(text(err).contains("\"hours\" (Hours slept) is not asked, so it takes no answer: its condition \"a\" != \"0\" does not hold"), text(err));
		assertTrue(text(out).contains("\"flags\": [],") && text(out).contains("\"complete\": false"), "the refused answer raises no flag: " + text(out));
	}

	@Test
	void aQuestionnairesChoicesAnsweredByScoreAndACountScoreAsFhirMeans() throws Exception {
		Path form = write("checkin.json", new String(org.cairn.forms.tests.Files.resource("fhir/checkin-questionnaire.json"), StandardCharsets.UTF_8));
		Path answers = write("answers.json", "{ \"mood\": 3, \"sleep\": 2, \"drinks\": 4 }");
		assertEquals(AdminCommand.OK, run("score", form.toString(), answers.toString()), text(err));
		assertTrue(text(out).contains("\"total\": 5,") && text(out).contains("\"complete\": true"), text(out));

		clear();
		Path missing = write("missing.json", "{ \"mood\": 3, \"drinks\": 4 }");
		assertEquals(AdminCommand.FAILED, run("score", form.toString(), missing.toString()));
		assertTrue(text(out).contains("\"total\": null,") && text(out).contains("\"complete\": false"), text(out));
		assertTrue(text(err).contains("\"sleep\" (Sleep this week) needs an answer for the score \"total\" (Total)"), text(err));
	}

	@Test
	void aPluginsQuestionnaireIsValidatedUnderPluginXmlsId() throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-SymbolicName", "test.facility.checkin;singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		Path jar = folder.resolve("checkin.jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(file, manifest)) {
			zip.putNextEntry(new JarEntry("plugin.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugin><extension point=\"org.cairn.forms.assessments\">"
					+ FormRegistryTest.form("test.checkin", "2.0.0", "forms/checkin.json", null) + "</extension></plugin>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new JarEntry("forms/checkin.json"));
			zip.write(org.cairn.forms.tests.Files.resource("fhir/checkin-questionnaire.json"));
			zip.closeEntry();
		}
		assertEquals(AdminCommand.OK, run("validate", jar.toString()), text(out));
		assertTrue(text(out).startsWith("OK test.checkin 2.0.0: "), text(out));
		assertTrue(text(out).contains("No faults."), text(out));
	}
}
