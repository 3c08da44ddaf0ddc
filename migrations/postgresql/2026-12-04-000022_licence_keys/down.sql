DROP INDEX recruiters_licence_key;
ALTER TABLE recruiters DROP COLUMN licence_key;
