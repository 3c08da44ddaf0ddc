-- Status webhooks to intake partners (issue 18, item 3). A partner organisation has at most
-- one endpoint: its https URL and the secret the service signs each delivery with. The
-- secret is needed in clear to sign, so it is sealed with a key derived from the service
-- secret (`notify::webhook`), never stored as typed.
CREATE TABLE partner_webhooks (
    organisation_id INTEGER PRIMARY KEY NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    url TEXT NOT NULL CHECK (length(url) <= 2000),
    secret_sealed TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    rotated_at TIMESTAMP NOT NULL
);

-- Webhook deliveries go through the outbox beside mail, with the same claim, lease, retries
-- and dead letters: `channel` says which deliverer takes a row. A webhook row's
-- `organisation_id` is the partner it goes to (its endpoint is read when it is sent),
-- `recipient` the endpoint's host when it was written (for the administrators' page),
-- `kind` the event type and `params` the JSON body (no complaint words, ever).
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail'
    CHECK (channel IN ('mail', 'webhook'));
ALTER TABLE outbox ADD COLUMN organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE;
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (channel, due_at) WHERE state = 'pending';
