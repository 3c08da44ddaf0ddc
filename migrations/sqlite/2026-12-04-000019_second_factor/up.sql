-- A second factor for sign-in (issue 16, items 1 and 2). One authenticator per account,
-- stored once its first code was confirmed: the TOTP secret sealed with a key derived from
-- the service secret (auth::token::Keys), and the last 30-second step whose code was
-- accepted, so a code is never accepted twice (RFC 6238, 5.2).
CREATE TABLE second_factors (
    user_id INTEGER PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    last_step BIGINT NOT NULL,
    enrolled_at TIMESTAMP NOT NULL
);
-- Ten recovery codes per authenticator, shown once: SHA-256 of the account and the code
-- (120 random bits each, so a fast hash is enough), each usable once.
CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);
