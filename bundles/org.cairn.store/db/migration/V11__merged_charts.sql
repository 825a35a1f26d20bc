-- Cairn record store, schema version 11: duplicate charts merged into the chart of the same person. The duplicate's
-- records keep their patient id (signed records are not rewritten); the patient index says which chart a merged
-- patient's records belong to, and every look-up of a chart (timeline, responses, doses, audit trail) includes them.

ALTER TABLE cairn_patient_index ADD COLUMN merged_into VARCHAR(64);
CREATE INDEX cairn_patient_merged ON cairn_patient_index (merged_into);
