package org.cairn.plugins.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/** Says a bundle's requirement in words an administrator can act on. */
final class Requirements {

	private static final Pattern LOWER = Pattern.compile("\\((?:version|bundle-version)>=([^)]+)\\)");
	private static final Pattern UPPER_EXCLUSIVE = Pattern.compile("\\(!\\((?:version|bundle-version)>=([^)]+)\\)\\)");
	private static final Pattern UPPER_INCLUSIVE = Pattern.compile("\\((?:version|bundle-version)<=([^)]+)\\)");
	private static final Pattern EXACT = Pattern.compile("\\((?:version|bundle-version)=([^)]+)\\)");
	private static final Pattern JAVA = Pattern.compile("\\(version(?:>=|=)(\\d+)(?:\\.\\d+)*\\)");

	private Requirements() {
	}

	static String describe(Requirement requirement) {
		String namespace = requirement.getNamespace();
		String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
		switch (namespace) {
		case "osgi.ee": {
			Matcher java = JAVA.matcher(filter.replace("(!(version>=", "(!(ignored>="));
			String running = String.valueOf(Runtime.version().feature());
			return java.find() ? "Java " + java.group(1) : "the execution environment " + filter + " (Cairn is running on Java " + running + ")";
		}
		case "osgi.wiring.package":
			return "the package " + value(filter, namespace) + range(filter);
		case "osgi.wiring.bundle":
			return "the bundle " + value(filter, namespace) + range(filter);
		case "osgi.wiring.host":
			return "the host bundle " + value(filter, namespace) + range(filter);
		default:
			return "the capability " + namespace + " " + filter;
		}
	}

	private static String value(String filter, String attribute) {
		Matcher matcher = Pattern.compile("\\(" + Pattern.quote(attribute) + "=([^)]+)\\)").matcher(filter);
		return matcher.find() ? matcher.group(1) : filter;
	}

	/** " [1.0.0,2.0.0)", " 1.2.0 or later", or "" when any version will do. */
	private static String range(String filter) {
		Matcher exact = EXACT.matcher(filter);
		if (exact.find()) {
			return " version " + exact.group(1);
		}
		Matcher lower = LOWER.matcher(UPPER_EXCLUSIVE.matcher(filter).replaceAll(""));
		Matcher upper = UPPER_EXCLUSIVE.matcher(filter);
		Matcher upperInclusive = UPPER_INCLUSIVE.matcher(filter);
		String from = lower.find() ? lower.group(1) : null;
		if (upper.find()) {
			return " [" + (from == null ? "0.0.0" : from) + "," + upper.group(1) + ")";
		}
		if (upperInclusive.find()) {
			return " [" + (from == null ? "0.0.0" : from) + "," + upperInclusive.group(1) + "]";
		}
		return from == null ? "" : " " + from + " or later";
	}
}
