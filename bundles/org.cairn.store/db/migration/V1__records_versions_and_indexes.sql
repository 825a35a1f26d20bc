-- Cairn record store, schema version 1.
-- Every save of a record appends an immutable row to cairn_version; cairn_record points at the current one.
-- The index tables are extracted from the model at save time and can be rebuilt from cairn_version.
-- ${binary} is the dialect's binary type (H2: BLOB, PostgreSQL: BYTEA).

CREATE TABLE cairn_record (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind            VARCHAR(64)  NOT NULL,
    patient_id      VARCHAR(64),
    current_version INTEGER      NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(128) NOT NULL
);

CREATE TABLE cairn_version (
    record_id  VARCHAR(64)   NOT NULL,
    version    INTEGER       NOT NULL,
    kind       VARCHAR(64)   NOT NULL,
    content    ${binary}     NOT NULL,
    sha256     CHAR(64)      NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by   VARCHAR(128)  NOT NULL,
    reason     VARCHAR(1000),
    PRIMARY KEY (record_id, version)
);

CREATE TABLE cairn_patient_index (
    record_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    mrn         VARCHAR(64)  NOT NULL,
    family_name VARCHAR(200),
    given_name  VARCHAR(200),
    sort_name   VARCHAR(400),
    birth_date  DATE,
    status      VARCHAR(32)
);
CREATE INDEX cairn_patient_mrn ON cairn_patient_index (mrn);
CREATE INDEX cairn_patient_birth ON cairn_patient_index (birth_date);
CREATE INDEX cairn_patient_sort ON cairn_patient_index (sort_name);

-- Name tokens: lower case, accents removed, one row per word of any name, for prefix search.
CREATE TABLE cairn_name_token (
    token     VARCHAR(100) NOT NULL,
    record_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (token, record_id)
);
CREATE INDEX cairn_name_token_record ON cairn_name_token (record_id);

-- One row per record in a patient's chart: what the timeline and the census read.
CREATE TABLE cairn_timeline (
    record_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    patient_id  VARCHAR(64)  NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE,
    status      VARCHAR(32),
    author      VARCHAR(128)
);
CREATE INDEX cairn_timeline_patient ON cairn_timeline (patient_id, occurred_at);
