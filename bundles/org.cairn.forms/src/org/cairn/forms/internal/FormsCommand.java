package org.cairn.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.forms.Answers;
import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormDefinition.Flag;
import org.cairn.forms.FormProblem;
import org.cairn.forms.FormReader;
import org.cairn.forms.FormRegistry;
import org.cairn.forms.FormRegistry.Entry;
import org.cairn.forms.Scoring;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cairn admin forms list | validate FILE|JAR | score FORM ANSWERS.json}: the installed forms with their
 * state, a definition or a facility's plugin checked before it is installed, and answers scored as the
 * workstation would score them.
 */
@Component(service = AdminCommand.class)
public class FormsCommand extends DeclaredCommand<FormsCommand.Action> {

	sealed interface Action permits ListForms, Validate, Score {
	}

	@Command(name = "forms", subcommands = { ListForms.class, Validate.class, Score.class })
	static final class Forms {
	}

	@Command(name = "list", description = { "Every installed form: id, version, state, category, name, contributing bundle and licence;",
			"a broken form is followed by its faults." })
	static final class ListForms implements Action {
	}

	@Command(name = "validate", description = { "Checks a definition file (Cairn's format or a FHIR Questionnaire), or every form a plugin"
			+ " jar contributes, and prints every fault with its place.", "Exit status 1 when there is one." })
	static final class Validate implements Action {
		@Parameters(paramLabel = "FILE", description = "A definition (.json) or a plugin (.jar).")
		Path file;
	}

	/** The patient's sex as the flags of some forms take it. */
	enum Sex {
		FEMALE, MALE, OTHER, UNKNOWN;

		@Override
		public String toString() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	@Command(name = "score", description = { "Scores ANSWERS.json with the installed form FORM (an id), or with the definition in FORM"
			+ " (a .json file), and prints JSON: form, version, total and band, every score with its band, flags, warnings.",
			"In ANSWERS.json keys are item ids or 1-based positions among the answerable items; a value is an option's code, a"
					+ " number that is one option's score, or a number for a number item." })
	static final class Score implements Action {
		@Parameters(index = "0", paramLabel = "FORM", description = "An installed form's id, or a definition (.json).")
		String form;

		@Parameters(index = "1", paramLabel = "ANSWERS.json", description = "The answers, as a JSON object.")
		Path answers;

		@Option(names = "--sex", paramLabel = "SEX", description = "The patient's sex, for the flags that need it: ${COMPLETION-CANDIDATES}.")
		Sex sex;

		@Option(names = "--age", paramLabel = "YEARS", description = "The patient's age in years, for the flags that need it.")
		Integer age;
	}

	@Reference
	FormRegistry forms;

	/** For tests and for hosts without Declarative Services. */
	public static FormsCommand on(FormRegistry forms) {
		FormsCommand command = new FormsCommand();
		command.forms = forms;
		return command;
	}

	@Override
	public String name() {
		return "forms";
	}

	@Override
	public String summary() {
		return "List, check and try out assessment forms";
	}

	@Override
	public Object options() {
		return new Forms();
	}

	@Override
	protected Requirement requires(Action action) {
		// definitions and answers given in files: no records, accounts or settings
		return Requirement.none();
	}

	@Override
	protected int run(Action action, CommandInvocation invocation) throws Exception {
		if (forms instanceof ExtensionFormRegistry registry) {
			// The registry hears of plugins installed at start-up a moment after they are; a command reads them now.
			registry.reload();
		}
		return switch (action) {
		case ListForms list -> list(invocation);
		case Validate validate -> validate(validate.file, invocation);
		case Score score -> score(score, invocation);
		};
	}

	private int list(CommandInvocation invocation) {
		List<Entry> all = forms.forms();
		invocation.out().printf("%-16s %-8s %-9s %-14s %-44s %s%n", "ID", "VERSION", "STATE", "CATEGORY", "NAME", "FROM / LICENCE");
		for (Entry entry : all) {
			invocation.out().printf("%-16s %-8s %-9s %-14s %-44s %s%n", entry.id(), entry.version(), entry.state().name().toLowerCase(java.util.Locale.ROOT),
					entry.category() == null ? "" : entry.category(), shorten(entry.name(), 44), entry.bundle());
			invocation.out().printf("%-16s %-8s %-9s %-14s %-44s %s%n", "", "", "", "", "", shorten(entry.licence() == null ? "" : entry.licence(), 100));
			for (String problem : entry.problems()) {
				invocation.out().println("    " + problem);
			}
		}
		invocation.out().println(all.size() + " forms, " + all.stream().filter(e -> e.state() == FormRegistry.State.ACTIVE).count() + " active");
		return OK;
	}

	private static String shorten(String text, int max) {
		return text.length() > max ? text.substring(0, max - 1) + "…" : text;
	}

	// validate

	private int validate(Path file, CommandInvocation invocation) throws IOException {
		if (!Files.isRegularFile(file)) {
			invocation.err().println(invocation.prefix() + " forms validate: " + file + " is not a file");
			return FAILED;
		}
		List<String> faults = new ArrayList<>();
		List<String> good = new ArrayList<>();
		if (file.getFileName().toString().endsWith(".jar")) {
			validatePlugin(file, faults, good);
		} else {
			FormReader.Result result = FormReader.read(Files.readAllBytes(file), file.toString());
			result.problems().forEach(problem -> faults.add(problem.toString()));
			if (result.ok()) {
				good.add(describe(result.definition()));
			}
		}
		good.forEach(invocation.out()::println);
		faults.forEach(invocation.out()::println);
		invocation.out().println(faults.isEmpty() ? "No faults." : faults.size() + (faults.size() == 1 ? " fault." : " faults."));
		return faults.isEmpty() ? OK : FAILED;
	}

	private static String describe(FormDefinition form) {
		return "OK " + form.id() + " " + form.version() + ": " + form.title() + ", " + form.answerableItems().size() + " items, scores "
				+ String.join(", ", form.scores().stream().map(score -> score.id()).toList()) + (form.flags().isEmpty() ? "" : ", flags "
						+ String.join(", ", form.flags().stream().map(Flag::id).toList()));
	}

	/** A plugin jar: a bundle manifest, a plugin.xml, and each contributed form's definition. */
	private static void validatePlugin(Path jarPath, List<String> faults, List<String> good) {
		String name = jarPath.getFileName().toString();
		try (JarFile jar = new JarFile(jarPath.toFile())) {
			Manifest manifest = jar.getManifest();
			String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
			if (symbolicName == null) {
				faults.add(name + ": not a plugin: META-INF/MANIFEST.MF has no Bundle-SymbolicName");
				return;
			}
			if (!symbolicName.contains("singleton:=true")) {
				faults.add(name + "!/META-INF/MANIFEST.MF: Bundle-SymbolicName must say ;singleton:=true for its plugin.xml to be read");
			}
			ZipEntry pluginXml = jar.getEntry("plugin.xml");
			if (pluginXml == null) {
				faults.add(name + ": has no plugin.xml, so it contributes no form");
				return;
			}
			Document document;
			try (InputStream in = jar.getInputStream(pluginXml)) {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				document = factory.newDocumentBuilder().parse(in);
			} catch (Exception e) {
				faults.add(name + "!/plugin.xml: is not well-formed XML: " + e.getMessage());
				return;
			}
			NodeList extensions = document.getElementsByTagName("extension");
			int count = 0;
			for (int i = 0; i < extensions.getLength(); i++) {
				Element extension = (Element) extensions.item(i);
				if (!FormRegistry.EXTENSION_POINT.equals(extension.getAttribute("point"))) {
					continue;
				}
				NodeList elements = extension.getElementsByTagName("form");
				for (int j = 0; j < elements.getLength(); j++) {
					count++;
					validateContribution(jar, name, (Element) elements.item(j), faults, good);
				}
			}
			if (count == 0) {
				faults.add(name + "!/plugin.xml: contributes no form to " + FormRegistry.EXTENSION_POINT);
			}
		} catch (ZipException e) {
			faults.add(name + ": not a plugin: it is not a jar (zip) file");
		} catch (IOException e) {
			faults.add(name + ": cannot be read: " + e.getMessage());
		}
	}

	private static void validateContribution(JarFile jar, String name, Element form, List<String> faults, List<String> good) throws IOException {
		String id = form.getAttribute("id");
		for (String required : List.of("id", "version", "name", "category", "licence", "definition")) {
			if (form.getAttribute(required).isBlank()) {
				faults.add(name + "!/plugin.xml: the form " + (id.isBlank() ? "" : id + " ") + "needs the attribute \"" + required + "\"");
			}
		}
		String path = form.getAttribute("definition");
		if (path.isBlank()) {
			return;
		}
		ZipEntry entry = jar.getEntry(path);
		if (entry == null) {
			faults.add(name + ": the definition file " + path + " of form " + id + " is not in the jar");
			return;
		}
		byte[] bytes;
		try (InputStream in = jar.getInputStream(entry)) {
			bytes = in.readNBytes(FormReader.MAX_BYTES + 1);
		}
		FormReader.Result result = FormReader.read(bytes, name + "!/" + path, id, form.getAttribute("version"));
		for (FormProblem problem : result.problems()) {
			faults.add(problem.toString());
		}
		if (result.definition() != null) {
			if (!result.definition().id().equals(id)) {
				faults.add(name + "!/" + path + ": the definition's id is \"" + result.definition().id() + "\", but plugin.xml says \"" + id + "\"");
			}
			if (!result.definition().version().equals(form.getAttribute("version"))) {
				faults.add(name + "!/" + path + ": the definition's version is " + result.definition().version() + ", but plugin.xml says "
						+ form.getAttribute("version"));
			}
			String scorer = form.getAttribute("scorer");
			if (!scorer.isBlank() && jar.getEntry(scorer.replace('.', '/') + ".class") == null) {
				faults.add(name + "!/plugin.xml: the scorer class " + scorer + " of form " + id + " is not in the jar");
			}
			good.add(describe(result.definition()));
		}
	}

	// score

	private int score(Score score, CommandInvocation invocation) throws Exception {
		String sex = score.sex == null ? null : score.sex.toString();
		Integer age = score.age;
		FormDefinition form;
		boolean installed;
		Path asFile = Path.of(score.form);
		if (score.form.endsWith(".json") && Files.isRegularFile(asFile)) {
			FormReader.Result result = FormReader.read(Files.readAllBytes(asFile), asFile.toString());
			if (!result.ok()) {
				result.problems().forEach(problem -> invocation.err().println(problem));
				return FAILED;
			}
			form = result.definition();
			installed = false;
		} else {
			Entry entry = forms.form(score.form).orElse(null);
			if (entry == null) {
				invocation.err().println(invocation.prefix() + " forms score: no active form \"" + score.form + "\" ('" + invocation.prefix() + " forms list' shows them)");
				return FAILED;
			}
			form = entry.definition();
			installed = true;
		}
		Path answersFile = score.answers;
		if (!Files.isRegularFile(answersFile)) {
			invocation.err().println(invocation.prefix() + " forms score: " + answersFile + " is not a file");
			return FAILED;
		}
		Map<String, Object> given = new LinkedHashMap<>();
		try {
			Json.Value root = Json.parse(new String(Files.readAllBytes(answersFile), StandardCharsets.UTF_8));
			if (!(root instanceof Json.Obj object)) {
				invocation.err().println(answersFile + ": must be a JSON object of answers, not " + root.describe());
				return FAILED;
			}
			object.members().forEach((key, value) -> given.put(key, switch (value) {
			case Json.Str s -> s.value();
			case Json.Num n -> n.value();
			case Json.Bool b -> b.value();
			default -> null;
			}));
		} catch (Json.SyntaxError e) {
			invocation.err().println(answersFile + ":" + e.at() + ": is not valid JSON: " + e.getMessage());
			return FAILED;
		}
		Answers.Resolved resolved = Answers.resolve(form, given);
		Scoring.Patient patient = new Scoring.Patient(sex, age);
		List<String> warnings = new ArrayList<>();
		Scoring.Result result = installed ? forms.score(form.id(), resolved.answers(), patient, warnings::add)
				: Scoring.score(form, resolved.answers(), patient);
		List<String> problems = new ArrayList<>(resolved.problems());
		problems.addAll(result.problems());
		invocation.out().println(json(form, result, problems, warnings));
		warnings.forEach(warning -> invocation.err().println("warning: " + warning));
		problems.forEach(problem -> invocation.err().println(answersFile + ": " + problem));
		return problems.isEmpty() ? OK : FAILED;
	}

	/**
	 * The result as JSON: the total and its band first (what most readers want), then every shown score with its
	 * band (the total's band as the form's scorer may have set it), why a score is empty, the flags, warnings (a
	 * form's scorer that failed) and whether the answers are complete.
	 */
	static String json(FormDefinition form, Scoring.Result result, List<String> problems, List<String> warnings) {
		StringBuilder out = new StringBuilder("{\n");
		out.append("  \"form\": ").append(quote(form.id())).append(",\n");
		out.append("  \"version\": ").append(quote(form.version())).append(",\n");
		out.append("  \"total\": ").append(number(result.total())).append(",\n");
		out.append("  \"band\": ").append(result.band() == null ? "null" : quote(result.band().code())).append(",\n");
		out.append("  \"scores\": {");
		List<String> scores = new ArrayList<>();
		for (FormDefinition.Score score : form.scores()) {
			if (!score.shown()) {
				continue;
			}
			BigDecimal value = result.scores().get(score.id());
			FormDefinition.Band band = score.id().equals("total") ? result.band() : score.band(value).orElse(null);
			String why = value == null ? result.emptyScores().get(score.id()) : null;
			scores.add("\n    " + quote(score.id()) + ": { \"score\": " + number(value) + ", \"band\": " + (band == null ? "null" : quote(band.code()))
					+ (why == null ? "" : ", \"empty\": " + quote(why)) + " }");
		}
		out.append(String.join(",", scores)).append(scores.isEmpty() ? "},\n" : "\n  },\n");
		out.append("  \"flags\": [").append(String.join(", ", result.flags().stream().map(flag -> quote(flag.id())).toList())).append("],\n");
		out.append("  \"warnings\": [").append(String.join(", ", warnings.stream().map(FormsCommand::quote).toList())).append("],\n");
		out.append("  \"complete\": ").append(problems.isEmpty()).append("\n}");
		return out.toString();
	}

	private static String number(BigDecimal value) {
		return value == null ? "null" : value.stripTrailingZeros().toPlainString();
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}
}
