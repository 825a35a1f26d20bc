package org.cairn.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.cairn.model.DoseOutcome;

/** One dose administration (given, taken home, missed...) as a dose log lists it. */
public record DoseEntry(String recordId, String patientId, String orderId, LocalDate scheduledFor, DoseOutcome outcome,
		BigDecimal doseMg, int takeHomeDoses, Instant administeredAt) {
}
