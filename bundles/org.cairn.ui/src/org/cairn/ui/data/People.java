package org.cairn.ui.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff as the workbench shows them where their user id is also chosen or typed (a facilitator, a
 * responsible clinician): "Dana Whitlock (d.whitlock)", and back to the user id the record keeps.
 */
public final class People {

	private static final Pattern SHOWN = Pattern.compile(".*\\(([^()\\s]+)\\)$");

	private People() {
	}

	/** "Name (id)"; the id alone for someone without a name of their own (no account here). */
	public static String shown(String id, String name) {
		return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
	}

	/** The user id of someone shown as {@link #shown} gives, or typed as an id. */
	public static String id(String shown) {
		Matcher named = SHOWN.matcher(shown.strip());
		return named.matches() ? named.group(1) : shown.strip();
	}

	/** {@code ids} in their order, each with its name from {@code names} (the id for someone without an account here). */
	public static java.util.Map<String, String> named(java.util.List<String> ids, java.util.Map<String, String> names) {
		java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
		ids.forEach(id -> named.put(id, names.getOrDefault(id, id)));
		return named;
	}
}
