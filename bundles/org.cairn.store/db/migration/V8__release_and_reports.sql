-- Cairn record store, schema version 8: two permissions for records going out. Printing or exporting a patient's
-- record (PDF, FHIR) is a release of information, given to the clinical roles; the programme's reports (counts by
-- programme, phase and clinician, outcomes; no patient names) to supervisors and administrators.

INSERT INTO cairn_role_permission (role_id, permission) VALUES
    ('clinician', 'RECORDS_RELEASE'), ('prescriber', 'RECORDS_RELEASE'), ('supervisor', 'RECORDS_RELEASE'),
    ('supervisor', 'REPORTS_READ'), ('administrator', 'REPORTS_READ');
