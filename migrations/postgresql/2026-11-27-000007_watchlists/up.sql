-- Watchlists: union officers and inspectors watch recruiters and get a weekly summary
-- (counts only) through the outbox.
CREATE TABLE watches (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    recruiter_id BIGINT NOT NULL REFERENCES recruiters (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    -- What the last summary said (or what it was when the watch began), to tell changes:
    -- the mean overall rating in tenths (NULL below 5 reviews) and the licence status.
    rating_seen INTEGER,
    licence_seen TEXT,
    PRIMARY KEY (user_id, recruiter_id)
);
CREATE INDEX watches_recruiter ON watches (recruiter_id);

-- Until when each watcher's summaries have covered (the next covers from here).
CREATE TABLE watch_digests (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    covered_until TIMESTAMP NOT NULL
);

-- The weekly summary counts a watched recruiter's new complaints.
CREATE INDEX complaints_recruiter_received ON complaints (recruiter_id, received_on);
