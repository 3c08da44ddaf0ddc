-- Password resets by mail for staff (issue 16, item 4): one row per link sent, by the
-- SHA-256 of its token (the token itself is only in the mail), for 30 minutes, once.
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX password_resets_user ON password_resets (user_id);
