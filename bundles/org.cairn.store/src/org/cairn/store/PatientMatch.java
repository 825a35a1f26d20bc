package org.cairn.store;

import java.time.LocalDate;

/** A patient found by {@link RecordStore#findPatients}: enough to show in a list and open the chart. */
public record PatientMatch(String id, String mrn, String familyName, String givenName, LocalDate birthDate, String status) {
}
