-- Intake partners (issue 18): an NGO or union that takes reports through WhatsApp, Viber,
-- Messenger, Telegram, SMS or a hotline and files them for the worker with an API key.
-- A partner is an organisation of kind 'intake_partner'; routing never refers a case to one.
--
-- A complaint a partner filed names the partner and the partner's own reference for the
-- conversation (at most 100 characters, unique per partner; NULL for every other complaint).
ALTER TABLE complaints ADD COLUMN intake_partner_id INTEGER REFERENCES organisations (id);
ALTER TABLE complaints ADD COLUMN partner_reference TEXT;
CREATE UNIQUE INDEX complaints_partner_reference ON complaints (intake_partner_id, partner_reference);

-- A partner's API keys. The key is shown once as frp_<id>_<secret>; only the SHA-256 of the
-- 256-bit random secret is kept. Every key expires (at most a year); revoked_at ends it early.
-- last_used_at is written at most once a minute.
CREATE TABLE partner_keys (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by INTEGER REFERENCES users (id),
    last_used_at TIMESTAMP
);
CREATE INDEX partner_keys_organisation ON partner_keys (organisation_id);

-- What the worker agreed to when a partner filed for them: which organisation kinds may
-- receive the case and which may contact the worker (as the complaint's share_kinds and
-- contact_kinds, comma-separated; both empty for a review, which is published after
-- moderation), in which language (a locale code), through which channel, and when the worker
-- agreed. Exactly one of complaint_id and review_id is set.
CREATE TABLE partner_attestations (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    key_id INTEGER NOT NULL REFERENCES partner_keys (id),
    complaint_id INTEGER UNIQUE REFERENCES complaints (id),
    review_id INTEGER UNIQUE REFERENCES reviews (id),
    share_kinds TEXT NOT NULL,
    contact_kinds TEXT NOT NULL,
    language TEXT NOT NULL,
    channel TEXT NOT NULL,
    consented_at TIMESTAMP NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
