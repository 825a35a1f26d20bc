-- Cairn record store, schema version 7: the facility's settings, shared by every workstation on the database.
-- Names are dotted keys ('facility.name', 'security.idle-lock-minutes'); values are text. Who changed a setting and
-- when is kept here, and every change is an audit event (CONFIGURATION) written in the same transaction.

CREATE TABLE cairn_setting (
    name       VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting    VARCHAR(2000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(128)  NOT NULL
);
