package org.cairn.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's user-visible strings, from {@code org/cairn/ui/messages.properties} and its translations
 * ({@code messages_fr.properties}...), and dates in the user's locale. Labels of model enumerations have the key
 * {@code <Enum>.<NAME>}, e.g. {@code Phase.WITHDRAWAL_MANAGEMENT}.
 */
public final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.cairn.ui.messages", Locale.getDefault(),
			Messages.class.getClassLoader());
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

	private Messages() {
	}

	/** The text of {@code key}; a missing key shows as {@code !key!} so that it is noticed, never as an error. */
	public static String get(String key) {
		try {
			return BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	/** The text of {@code key} with {@code {0}}, {@code {1}}... filled in ({@link MessageFormat}). */
	public static String format(String key, Object... arguments) {
		return new MessageFormat(get(key), Locale.getDefault()).format(arguments);
	}

	/** The label of an enumeration literal, or "" for none. */
	public static String label(Enum<?> value) {
		return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + '.' + value.name());
	}

	/** A date as the user's locale writes it, or "" for none. */
	public static String date(LocalDate date) {
		return date == null ? "" : DATE.withLocale(Locale.getDefault()).format(date);
	}

	/** A moment as the user's locale writes it, in the workstation's time zone, or "" for none. */
	public static String dateTime(java.time.Instant instant) {
		return instant == null ? "" : DATE_TIME.withLocale(Locale.getDefault()).format(instant.atZone(ZoneId.systemDefault()));
	}
}
