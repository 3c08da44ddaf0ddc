-- Sealed cases (issue 14): a complaint's words, contact details, messages, notes and
-- outcome notes are stored sealed (see src/seal.rs and README "Who can read what").

-- Each account's key pair: the secret key wrapped with a key derived from the password
-- (argon2id, its own salt).
CREATE TABLE account_keys (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    public_key TEXT NOT NULL,
    salt TEXT NOT NULL,
    wrapped TEXT NOT NULL
);

-- Each organisation's key pair: the secret key wrapped with its recovery code (never stored).
CREATE TABLE organisation_keys (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    public_key TEXT NOT NULL,
    recovery_salt TEXT NOT NULL,
    recovery_wrapped TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- An organisation's secret key, sealed to one member's public key.
CREATE TABLE key_grants (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    wrapped TEXT NOT NULL,
    granted_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);

-- A complaint's content and contact keys, sealed to each holder: 'receipt' (the worker's
-- receipt), 'account' (the worker's account, when chosen) or 'org:<id>'. contact_key is
-- NULL for an organisation whose kind the worker did not allow to contact them.
CREATE TABLE complaint_keys (
    complaint_id BIGINT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    holder TEXT NOT NULL,
    content_key TEXT NOT NULL,
    contact_key TEXT,
    PRIMARY KEY (complaint_id, holder)
);

-- The installation's salt for receipt keys; kept here so that a new service secret keeps
-- receipts working.
CREATE TABLE installation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    receipt_salt TEXT NOT NULL
);

-- The account's secret key wrapped with a key only the session's token carries.
ALTER TABLE sessions ADD COLUMN wrapped_key TEXT;

-- Whether the row's free text is sealed (0: written before this release; seal-existing).
ALTER TABLE complaints ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE referral_messages ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE referral_transitions ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;

-- Retention: how long an organisation keeps a case's sealed content after its referral
-- ended (resolved or closed; 30 days after a withdrawal), the day each referral ended
-- (those that ended before this release: their last change), and whether a complaint's
-- sealed content was destroyed (at the end of its retention, or by the worker).
ALTER TABLE organisations ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 365;
ALTER TABLE referrals ADD COLUMN ended_on TIMESTAMP;
UPDATE referrals SET ended_on = updated_at WHERE status IN ('resolved', 'closed');
ALTER TABLE complaints ADD COLUMN content_destroyed BOOLEAN NOT NULL DEFAULT FALSE;

-- The timeline stays append-only, with two exceptions on a step's reason alone:
-- seal-existing sealing a reason stored before sealing (sealed false → true), and retention
-- destroying a sealed reason (set to NULL). Nothing else about a step ever changes.
CREATE OR REPLACE FUNCTION referral_transitions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id
        AND NEW.referral_id = OLD.referral_id AND NEW.occurred_at = OLD.occurred_at
        AND NEW.event = OLD.event AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
        AND NEW.from_status IS NOT DISTINCT FROM OLD.from_status
        AND NEW.to_status IS NOT DISTINCT FROM OLD.to_status
        AND ((NOT OLD.sealed AND NEW.sealed) OR (OLD.sealed AND NEW.sealed AND NEW.reason IS NULL)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'referral_transitions is append-only';
END;
$$;
