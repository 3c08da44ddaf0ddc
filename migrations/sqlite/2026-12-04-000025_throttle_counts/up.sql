-- The throttles' counters when several servers share one database (`auth::throttle`). Only
-- PostgreSQL uses it (SQLite is one server, whose throttles stay in its memory); the table is
-- here too so both engines keep one schema. See the PostgreSQL migration for the columns.
CREATE TABLE throttle_counts (
    throttle TEXT NOT NULL,
    subject TEXT NOT NULL,
    tokens DOUBLE NOT NULL DEFAULT 0,
    allowed BOOLEAN NOT NULL DEFAULT TRUE,
    failures INTEGER NOT NULL DEFAULT 0,
    touched_at TIMESTAMP NOT NULL,
    PRIMARY KEY (throttle, subject)
);
CREATE INDEX throttle_counts_touched ON throttle_counts (touched_at);
