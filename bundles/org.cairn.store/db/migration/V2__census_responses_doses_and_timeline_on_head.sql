-- Cairn record store, schema version 2.
-- 1. The timeline moves onto the head row: each record's head already names its kind and patient, and now also
--    says when it happened, its status and author. A save then writes two rows (head and version) plus the
--    index rows of its kind, instead of three or more.
-- 2. Name words are indexed by every prefix, each with the patient's sort name, so that a search reads the first
--    matches in list order straight from the index instead of sorting every patient whose name starts so.
-- 3. Index tables for the census (episodes and their care teams), care-plan reviews, the responses of one form
--    over time, and doses by day.
-- After this script the store rebuilds every index row from each record's current version (see Migrations.ALL).

ALTER TABLE cairn_record ADD COLUMN occurred_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cairn_record ADD COLUMN status VARCHAR(32);
ALTER TABLE cairn_record ADD COLUMN author VARCHAR(128);
CREATE INDEX cairn_record_timeline ON cairn_record (patient_id, occurred_at);
DROP TABLE cairn_timeline;

DROP TABLE cairn_name_token;
CREATE TABLE cairn_name_prefix (
    prefix    VARCHAR(100) NOT NULL,
    sort_name VARCHAR(400) NOT NULL,
    record_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (prefix, sort_name, record_id)
);
CREATE INDEX cairn_name_prefix_record ON cairn_name_prefix (record_id, prefix);

-- One row per episode of care: what the census lists and filters.
CREATE TABLE cairn_episode_index (
    record_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    patient_id    VARCHAR(64) NOT NULL,
    programme     VARCHAR(64),
    phase         VARCHAR(64),
    phase_since   DATE,
    status        VARCHAR(32),
    admitted_on   DATE,
    discharged_on DATE
);
CREATE INDEX cairn_episode_census ON cairn_episode_index (status, programme, phase);
CREATE INDEX cairn_episode_patient ON cairn_episode_index (patient_id);

-- Who is on each episode's care team, and from when to when (a census by clinician).
CREATE TABLE cairn_care_team (
    record_id VARCHAR(64)  NOT NULL,
    staff_id  VARCHAR(128) NOT NULL,
    role      VARCHAR(32),
    from_date DATE,
    to_date   DATE
);
CREATE INDEX cairn_care_team_staff ON cairn_care_team (staff_id);
CREATE INDEX cairn_care_team_record ON cairn_care_team (record_id);

-- Care plans: status and the next review, for overdue reviews in the census.
CREATE TABLE cairn_plan_index (
    record_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    patient_id     VARCHAR(64) NOT NULL,
    episode_id     VARCHAR(64),
    status         VARCHAR(32),
    effective_from DATE,
    review_due     DATE
);
CREATE INDEX cairn_plan_patient ON cairn_plan_index (patient_id, episode_id);

-- Assessment responses: one form's scores over time, for a patient or the whole facility.
CREATE TABLE cairn_response_index (
    record_id       VARCHAR(64)    NOT NULL PRIMARY KEY,
    patient_id      VARCHAR(64)    NOT NULL,
    form_id         VARCHAR(200)   NOT NULL,
    form_version    VARCHAR(64),
    administered_at TIMESTAMP WITH TIME ZONE,
    status          VARCHAR(32),
    total           DECIMAL(12, 3),
    band            VARCHAR(200),
    flags           VARCHAR(1000)
);
CREATE INDEX cairn_response_patient_form ON cairn_response_index (patient_id, form_id, administered_at);
CREATE INDEX cairn_response_form ON cairn_response_index (form_id, administered_at);

-- Dose administrations by day: a patient's dose log, or everyone's doses for a dosing window.
CREATE TABLE cairn_dose_index (
    record_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    patient_id      VARCHAR(64) NOT NULL,
    order_id        VARCHAR(64),
    scheduled_for   DATE        NOT NULL,
    outcome         VARCHAR(32),
    status          VARCHAR(32),
    dose_mg         DECIMAL(10, 3),
    take_home_doses INTEGER,
    administered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX cairn_dose_patient ON cairn_dose_index (patient_id, scheduled_for);
CREATE INDEX cairn_dose_day ON cairn_dose_index (scheduled_for);
