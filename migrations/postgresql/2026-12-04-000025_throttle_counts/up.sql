-- The throttles' counters when several servers share one PostgreSQL database
-- (`auth::throttle`), so N servers allow exactly what one does. A row is a token bucket (for
-- an address: `tokens`, `allowed` says whether the last take passed) or a count of failed
-- sign-ins (for an account name or a remembered device: `failures`). `subject` is never the
-- address or the name itself but an HMAC-SHA256 of it under a key derived from the service
-- secret, so the table holds no address. Rows untouched for an hour are deleted by the hourly
-- retention job. UNLOGGED: no write-ahead log for counters a crash may reset.
CREATE UNLOGGED TABLE throttle_counts (
    throttle TEXT NOT NULL,
    subject TEXT NOT NULL,
    tokens DOUBLE PRECISION NOT NULL DEFAULT 0,
    allowed BOOLEAN NOT NULL DEFAULT TRUE,
    failures INTEGER NOT NULL DEFAULT 0,
    touched_at TIMESTAMP NOT NULL,
    PRIMARY KEY (throttle, subject)
);
CREATE INDEX throttle_counts_touched ON throttle_counts (touched_at);
