package org.cairn.ui.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import org.cairn.ui.Messages;
import org.eclipse.emf.ecore.EEnumLiteral;

/** How a model value reads on screen: dates in the user's locale, enumerations by their labels, lists joined. */
public final class Values {

	private Values() {
	}

	/** A feature's name as a label: "administeredAt" becomes "Administered at". */
	public static String label(String name) {
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** A value as text; "" for none. */
	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return Messages.date(date);
		}
		if (value instanceof Instant instant) {
			return Messages.dateTime(instant);
		}
		if (value instanceof Enum<?> literal) {
			String label = Messages.label(literal);
			if (label.startsWith("!")) {
				label = Messages.get("status." + literal.name());
			}
			return label.startsWith("!") ? literal.name() : label;
		}
		if (value instanceof EEnumLiteral literal) {
			return literal.getName();
		}
		if (value instanceof Boolean yes) {
			return Messages.get(yes ? "record.yes" : "record.no");
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(Values::text).collect(Collectors.joining("; "));
		}
		return String.valueOf(value);
	}
}
