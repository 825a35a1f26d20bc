-- Cairn record store, schema version 5: the audit log.
-- Every access to a chart and every save, sign, print, export, login and permission denial is an event, appended
-- and never changed. Each event carries the SHA-256 of the one before it and its own (over all its fields and that
-- previous hash), so a changed, deleted, inserted or reordered event breaks the chain where it happened. The head
-- row holds the number and hash of the newest event: appending locks it, which keeps the chain in one order across
-- workstations, and it shows when events were cut off the end. Events hold ids, never names or clinical text.

CREATE TABLE cairn_audit (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    workstation VARCHAR(200)  NOT NULL,
    patient_id  VARCHAR(64),
    record_id   VARCHAR(64),
    action      VARCHAR(32)   NOT NULL,
    outcome     VARCHAR(16)   NOT NULL,
    detail      VARCHAR(1000),
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL
);
CREATE INDEX cairn_audit_patient ON cairn_audit (patient_id, at);
CREATE INDEX cairn_audit_user ON cairn_audit (user_id, at);

CREATE TABLE cairn_audit_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO cairn_audit_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
