DROP INDEX outbox_due;
DELETE FROM outbox WHERE channel = 'webhook';
ALTER TABLE outbox DROP COLUMN organisation_id;
ALTER TABLE outbox DROP COLUMN channel;
CREATE INDEX outbox_due ON outbox (due_at) WHERE state = 'pending';
DROP TABLE partner_webhooks;
