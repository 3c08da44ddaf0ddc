-- Intake partners (issue 18): the first migration's check on organisations.kind listed the
-- four kinds that receive referrals; it now admits 'intake_partner' too (migration 000027
-- added the partners' tables but not the kind). SQLite cannot change a CHECK in place, so
-- the table is rebuilt (https://sqlite.org/lang_altertable.html, "other kinds of table
-- schema changes") with foreign keys off: the rows keep their ids, so every table that
-- refers to an organisation still does. The rebuild is one transaction of its own.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TABLE organisations_widened (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('labour_inspectorate', 'origin_authority', 'trade_union', 'legal_aid', 'intake_partner')),
    -- Sector codes separated by commas; empty means every sector.
    sectors TEXT NOT NULL DEFAULT '',
    acknowledge_days INTEGER NOT NULL DEFAULT 7 CHECK (acknowledge_days BETWEEN 1 AND 365),
    answer_days INTEGER NOT NULL DEFAULT 90 CHECK (answer_days BETWEEN 1 AND 730),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    retention_days INTEGER NOT NULL DEFAULT 365
);
INSERT INTO organisations_widened
    (id, name, kind, sectors, acknowledge_days, answer_days, created_at, updated_at, retention_days)
    SELECT id, name, kind, sectors, acknowledge_days, answer_days, created_at, updated_at, retention_days
    FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_widened RENAME TO organisations;
COMMIT;
PRAGMA foreign_keys = ON;
