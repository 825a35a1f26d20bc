-- Cairn record store, schema version 9: one chart per MRN. Each medical record number is held by one patient, kept
-- in a table whose primary key is the MRN (upper case, trimmed), written in the same transaction as the patient's
-- save: a second patient with the same MRN is refused, also when two intakes race from two workstations.
-- Patients stored with the same MRN before this version keep it (the first one registered holds it here); the
-- others can be saved unchanged until their charts are merged or their MRN corrected.

CREATE TABLE cairn_mrn (
    mrn        VARCHAR(64)  NOT NULL PRIMARY KEY,
    patient_id VARCHAR(64)  NOT NULL
);
CREATE INDEX cairn_mrn_patient ON cairn_mrn (patient_id);

INSERT INTO cairn_mrn (mrn, patient_id)
    SELECT UPPER(TRIM(mrn)), MIN(record_id) FROM cairn_patient_index WHERE TRIM(mrn) <> '' GROUP BY UPPER(TRIM(mrn));
