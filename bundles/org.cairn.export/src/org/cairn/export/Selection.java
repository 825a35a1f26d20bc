package org.cairn.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Which of a patient's records go out: all of them, those of a date range, or chosen ones.
 *
 * @param from      first day included, or null for no lower bound
 * @param to        last day included, or null for no upper bound
 * @param recordIds the chosen records, or null for every record in the range
 */
public record Selection(LocalDate from, LocalDate to, Set<String> recordIds) {

	public Selection {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("The date range ends (" + to + ") before it starts (" + from + ")");
		}
		recordIds = recordIds == null ? null : Set.copyOf(recordIds);
	}

	public static Selection all() {
		return new Selection(null, null, null);
	}

	public static Selection between(LocalDate from, LocalDate to) {
		return new Selection(from, to, null);
	}

	public static Selection only(Set<String> recordIds) {
		return new Selection(null, null, recordIds);
	}

	/** Whether a record of {@code recordId} that happened at {@code at} is selected. */
	public boolean includes(String recordId, Instant at, ZoneId zone) {
		if (recordIds != null && !recordIds.contains(recordId)) {
			return false;
		}
		LocalDate day = at == null ? null : at.atZone(zone).toLocalDate();
		if (day == null) {
			return from == null && to == null;
		}
		return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
	}

	/** The selection in words, for the cover: "All records", "Records from 1 Mar 2026 to 31 May 2026", "3 chosen records". */
	public String describe(Words words) {
		if (recordIds != null) {
			return recordIds.size() == 1 ? "1 chosen record" : recordIds.size() + " chosen records";
		}
		if (from == null && to == null) {
			return "All records";
		}
		if (from == null) {
			return "Records up to " + words.date(to);
		}
		return to == null ? "Records from " + words.date(from) : "Records from " + words.date(from) + " to " + words.date(to);
	}
}
