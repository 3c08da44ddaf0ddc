-- API requests sent with an Idempotency-Key (`api::idempotency`): a retry with the same key
-- and body gets the first answer again, and creates nothing new. `id` is an HMAC of the
-- caller (the account, or "anonymous"), the path and the key, under a key derived from the
-- service secret: neither the key nor the caller is stored. `request_mac` (of the body) and
-- `body` (the answer, sealed) use a key derived from the client's Idempotency-Key itself, so
-- the answer (a complaint's receipt) opens only for a request that bears that key. NULL
-- `status`: the first request is still being answered. `created_at` holds the minute only;
-- rows are deleted after 24 hours by the hourly retention job.
CREATE TABLE idempotency_keys (
    id TEXT PRIMARY KEY NOT NULL,
    request_mac TEXT,
    status INTEGER,
    content_type TEXT,
    body TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
