-- Back to the four referral kinds. Refused (the INSERT fails the check, nothing changes) while
-- an intake partner exists: remove the partners first.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TABLE organisations_narrowed (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('labour_inspectorate', 'origin_authority', 'trade_union', 'legal_aid')),
    -- Sector codes separated by commas; empty means every sector.
    sectors TEXT NOT NULL DEFAULT '',
    acknowledge_days INTEGER NOT NULL DEFAULT 7 CHECK (acknowledge_days BETWEEN 1 AND 365),
    answer_days INTEGER NOT NULL DEFAULT 90 CHECK (answer_days BETWEEN 1 AND 730),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    retention_days INTEGER NOT NULL DEFAULT 365
);
INSERT INTO organisations_narrowed
    (id, name, kind, sectors, acknowledge_days, answer_days, created_at, updated_at, retention_days)
    SELECT id, name, kind, sectors, acknowledge_days, answer_days, created_at, updated_at, retention_days
    FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_narrowed RENAME TO organisations;
COMMIT;
PRAGMA foreign_keys = ON;
