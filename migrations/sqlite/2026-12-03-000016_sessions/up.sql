-- The sessions a person is signed in with, for their own list at /account, each of which
-- they can end (issue 16). A session is still a signed token (jti); this row only lets its
-- owner see and end it. started_on keeps the day only. kind is 'phone', 'computer' or 'app',
-- read from the user agent at sign-in and kept for staff only (NULL for workers); the
-- address and the user agent itself are never stored.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY NOT NULL,
    jti TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT CHECK (kind IN ('phone', 'computer', 'app')),
    started_on TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id, expires_at);
