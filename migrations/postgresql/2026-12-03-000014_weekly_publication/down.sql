ALTER TABLE report_refreshes ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
