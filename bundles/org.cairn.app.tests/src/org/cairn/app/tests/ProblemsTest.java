package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cairn.clinical.Problem;
import org.cairn.model.Phase;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.junit.jupiter.api.Test;

/** Every problem a clinical service can raise has words in the workbench, and its arguments read as a person writes them. */
class ProblemsTest {

	private static final Pattern CODE = Pattern.compile("Problem\\.of\\(\"([a-zA-Z0-9.-]+)\"");

	@Test
	void everyCodeTheServicesRaiseHasItsWords() throws IOException {
		// the tests run in their bundle's folder; the services' sources are beside it
		Path sources = Path.of("..", "org.cairn.clinical", "src");
		assertTrue(Files.isDirectory(sources), "the clinical services' sources are at " + sources.toAbsolutePath());
		TreeSet<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		assertTrue(codes.size() > 40, "the codes were found: " + codes);
		List<String> missing = codes.stream().filter(code -> Messages.get("problem." + code).startsWith("!")).toList();
		assertEquals(List.of(), missing, "codes without words in messages.properties");
	}

	@Test
	void datesAndChoicesInAProblemReadAsTheScreenShowsThem() {
		java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);
		assertEquals("Date: before the current phase began on " + Messages.date(day) + ".", Problems.words(Problem.of("episode.beforePhase", day)));
		assertEquals("The episode is already in " + Messages.label(Phase.THERAPY) + ".", Problems.words(Problem.of("episode.samePhase", Phase.THERAPY)));
	}
}
