package org.cairn.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cairn.model.Code;

/**
 * How values read on paper: dates as "4 Dec 2026" (no day/month order to misread), times in the facility's zone,
 * enumerations in words, codes with their display. One instance per document, so its zone is fixed.
 */
public final class Words {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

	private final ZoneId zone;

	public Words(ZoneId zone) {
		this.zone = zone;
	}

	public ZoneId zone() {
		return zone;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

	/** "14:05" on the instant's day in the facility's zone. */
	public String time(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
	}

	/** The few literals whose words are not their name's (as the workbench shows them). */
	private static final java.util.Map<String, String> WORDS = java.util.Map.of("OPIOID_TREATMENT_PROGRAM", "Opioid treatment programme",
			"OFFICE_BASED_OPIOID_TREATMENT", "Office-based opioid treatment");

	/** An enumeration literal in words: LEFT_AGAINST_ADVICE reads "Left against advice". */
	public static String of(Enum<?> literal) {
		if (literal == null) {
			return "";
		}
		String special = WORDS.get(literal.name());
		if (special != null) {
			return special;
		}
		String words = literal.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}

	/** "Yes" when set, "" otherwise: for flags that are only worth printing when true. */
	public static String ifYes(boolean value, String words) {
		return value ? words : "";
	}

	public static String number(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	public static String number(Integer value) {
		return value == null ? "" : value.toString();
	}

	/** A code as "display (system code)", or what it has of that. */
	public static String of(Code code) {
		if (code == null) {
			return "";
		}
		String display = code.getDisplay() == null ? "" : code.getDisplay();
		String id = code.getCode() == null ? "" : code.getCode();
		if (display.isEmpty()) {
			return id;
		}
		return id.isEmpty() ? display : display + " (" + id + ")";
	}

	public static String joined(Collection<String> values) {
		return values.stream().filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("; "));
	}
}
