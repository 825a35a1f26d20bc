package org.cairn.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One stored response to an assessment form, as a trend or a report reads it without opening the record. */
public record ScoreEntry(String recordId, String patientId, String formId, String formVersion, Instant administeredAt,
		String status, BigDecimal total, String band, List<String> flags) {
}
