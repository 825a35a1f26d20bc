-- Cairn record store, schema version 3: drafts.
-- A draft is work in progress that is not yet part of the record: the text a clinician is typing, written every
-- few seconds so that a crash or power cut loses almost nothing. One row per record, overwritten by each autosave
-- and removed when the record is saved as a version (in the same transaction) or the draft is discarded.
-- ${binary} is the dialect's binary type.

CREATE TABLE cairn_draft (
    record_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind       VARCHAR(64)  NOT NULL,
    patient_id VARCHAR(64),
    based_on   INTEGER      NOT NULL,
    content    ${binary}    NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by   VARCHAR(128) NOT NULL
);
CREATE INDEX cairn_draft_user ON cairn_draft (saved_by, saved_at);
