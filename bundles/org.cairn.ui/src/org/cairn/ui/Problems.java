package org.cairn.ui;

import java.util.Arrays;

import org.cairn.clinical.Problem;
import org.cairn.security.Permission;

/**
 * A clinical service's {@link Problem} in words for the person at the screen: the text of {@code problem.<code>} in
 * {@code messages.properties} with the problem's arguments. The services say what is wrong as codes; only the
 * workbench decides how it reads.
 */
public final class Problems {

	private Problems() {
	}

	public static String words(Problem problem) {
		Object[] args = problem.args().toArray();
		if ("note.section".equals(problem.code()) && !problem.args().isEmpty() && !Messages.get("note.section." + problem.arg(0)).startsWith("!")) {
			// a section without a heading of its own is named by its key
			args[0] = Messages.get("note.section." + problem.arg(0));
		}
		if ("vitals.range".equals(problem.code()) && !problem.args().isEmpty()) {
			args[0] = Messages.get("vitals.field." + problem.arg(0)); // the field by its label on the form
		}
		if ("access.denied".equals(problem.code()) && !problem.args().isEmpty()) {
			// the permission by what it allows ("read clinical records"), not its constant
			String name = problem.arg(0);
			args[0] = Arrays.stream(Permission.values()).filter(p -> p.name().equals(name)).findFirst().map(Permission::allows).orElse(name);
		}
		for (int i = 0; i < args.length; i++) {
			if (args[i] == null) {
				args[i] = "";
			} else if (args[i] instanceof java.time.LocalDate date) {
				args[i] = Messages.date(date);
			} else if (args[i] instanceof Enum<?> literal) {
				args[i] = Messages.label(literal);
			}
		}
		return Messages.format("problem." + problem.code(), args);
	}

	/** Each problem in words, in order. */
	public static java.util.List<String> words(java.util.List<Problem> problems) {
		return problems.stream().map(Problems::words).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
	}
}
