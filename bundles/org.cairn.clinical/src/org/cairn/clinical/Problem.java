package org.cairn.clinical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a clinical service refused or questioned something, as a code with its arguments: the workbench and the
 * command line turn it into words ({@code messages.properties}), so a second client or a translation never needs the
 * rule to change. Codes are dotted, lower case, and stable: {@code access.denied}, {@code chart.outside-caseload},
 * {@code intake.mrn-taken}.
 *
 * @param code what went wrong
 * @param args what it went wrong with, in the order the code's message names them; strings, numbers and dates (null
 *             where a value could not be had)
 */
public record Problem(String code, List<Object> args) {

	public Problem {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("a problem needs its code");
		}
		// an argument may be null (a name that could not be read): not List.copyOf
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	public static Problem of(String code, Object... args) {
		return new Problem(code, Arrays.asList(args));
	}

	/** The argument at {@code index}, as a string. */
	public String arg(int index) {
		return String.valueOf(args.get(index));
	}

	@Override
	public String toString() {
		// arguments can name patients: codes only, for logs
		return "Problem[" + code + "]";
	}
}
