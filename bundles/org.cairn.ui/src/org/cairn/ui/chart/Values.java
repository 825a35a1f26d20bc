package org.cairn.ui.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import org.cairn.ui.Messages;
import org.eclipse.emf.ecore.EEnumLiteral;

/** How a model value reads on screen: dates in the user's locale, enumerations by their labels, lists joined. */
public final class Values {

	/** The model's attributes that hold a member of staff's user id: shown by name where the name is known. */
	public static final java.util.Set<String> PEOPLE = java.util.Set.of("acknowledgedBy", "administeredBy", "authorId", "collectedBy", "diagnosedBy",
			"disclosedBy", "dispensedBy", "facilitatorIds", "markedBy", "prescriberId", "recordedBy", "responsibleStaffId", "reviewerId", "signedBy",
			"signerId", "staffId", "takenBy");

	private Values() {
	}

	/**
	 * A feature's name as a label: "administeredAt" becomes "Administered at"; a person's user id reads as the person
	 * ("signerId" becomes "Signer").
	 */
	public static String label(String name) {
		if (PEOPLE.contains(name)) {
			name = name.replaceAll("Ids?$", name.endsWith("Ids") ? "s" : "");
		}
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The value of {@code feature} as text: a member of staff as {@code nameOf} names them, else as {@link #text(Object)}. */
	public static String text(String feature, Object value, java.util.function.Function<String, String> nameOf) {
		if (value == null || !PEOPLE.contains(feature)) {
			return text(value);
		}
		if (value instanceof Collection<?> ids) {
			return ids.stream().map(id -> nameOf.apply(String.valueOf(id))).collect(Collectors.joining("; "));
		}
		return nameOf.apply(String.valueOf(value));
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
