DROP INDEX recruiters_waiting;
DROP INDEX recruiters_name_key;
ALTER TABLE recruiters DROP COLUMN name_key;
ALTER TABLE recruiters DROP COLUMN listing;
