ALTER TABLE cairn_patient_index ADD COLUMN preferred_name VARCHAR(200);
