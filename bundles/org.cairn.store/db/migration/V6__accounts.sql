-- Cairn record store, schema version 6: user accounts, and the permissions of each role as data.
-- An account's id is its login name. The password is kept only as a slow, salted hash (PBKDF2-HMAC-SHA256, written
-- by org.cairn.security as "pbkdf2-sha256$<iterations>$<salt>$<hash>"). Repeated wrong passwords lock the account for
-- a while (failed_attempts, locked_until). Accounts are disabled, never deleted: their ids stay on every record
-- version and audit event they made. Every change to an account is an audit event.

CREATE TABLE cairn_account (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    display_name        VARCHAR(200)  NOT NULL,
    roles               VARCHAR(400)  NOT NULL,
    password_hash       VARCHAR(300)  NOT NULL,
    disabled            BOOLEAN       NOT NULL,
    failed_attempts     INTEGER       NOT NULL,
    locked_until        TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(128)  NOT NULL
);

CREATE TABLE cairn_role_permission (
    role_id    VARCHAR(64) NOT NULL,
    permission VARCHAR(64) NOT NULL,
    PRIMARY KEY (role_id, permission)
);

-- The roles a programme starts with. Intake staff see demographics, not notes; administrators manage accounts,
-- plugins and settings but read no clinical records; auditors read the audit log.
INSERT INTO cairn_role_permission (role_id, permission) VALUES
    ('clinician', 'DEMOGRAPHICS_READ'), ('clinician', 'CLINICAL_READ'), ('clinician', 'NOTE_WRITE'), ('clinician', 'NOTE_SIGN'),
    ('clinician', 'PLAN_WRITE'), ('clinician', 'ASSESSMENT_GIVE'), ('clinician', 'BREAK_GLASS'),
    ('prescriber', 'DEMOGRAPHICS_READ'), ('prescriber', 'CLINICAL_READ'), ('prescriber', 'NOTE_WRITE'), ('prescriber', 'NOTE_SIGN'),
    ('prescriber', 'PLAN_WRITE'), ('prescriber', 'ASSESSMENT_GIVE'), ('prescriber', 'BREAK_GLASS'), ('prescriber', 'MEDICATION_ORDER'),
    ('prescriber', 'MEDICATION_ADMINISTER'),
    ('supervisor', 'DEMOGRAPHICS_READ'), ('supervisor', 'CLINICAL_READ'), ('supervisor', 'NOTE_WRITE'), ('supervisor', 'NOTE_SIGN'),
    ('supervisor', 'NOTE_COSIGN'), ('supervisor', 'PLAN_WRITE'), ('supervisor', 'ASSESSMENT_GIVE'), ('supervisor', 'BREAK_GLASS'),
    ('intake', 'DEMOGRAPHICS_READ'), ('intake', 'PATIENT_REGISTER'),
    ('administrator', 'ACCOUNT_MANAGE'), ('administrator', 'PLUGIN_INSTALL'), ('administrator', 'CONFIGURE'), ('administrator', 'AUDIT_READ'),
    ('auditor', 'AUDIT_READ');
