DROP TABLE outbox;
ALTER TABLE users DROP COLUMN mail_notices;
ALTER TABLE users DROP COLUMN language;
