-- Cairn record store, schema version 10: who works in which programme, and who supervises whom. Where charts are kept
-- to caseloads, a patient's chart is open to their care team, to the programme's medication staff (nurses and
-- prescribers who work in the programme of the patient's episode), and to the supervisors of the care team's
-- clinicians; anyone else needs emergency access with a stated reason. Every change is an audit event.

CREATE TABLE cairn_staff_programme (
    user_id   VARCHAR(64) NOT NULL,
    programme VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, programme)
);

CREATE TABLE cairn_supervision (
    supervisor_id VARCHAR(64) NOT NULL,
    clinician_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (supervisor_id, clinician_id)
);
CREATE INDEX cairn_supervision_clinician ON cairn_supervision (clinician_id);
