DROP INDEX reviews_import_batch;
ALTER TABLE reviews DROP COLUMN import_batch;
ALTER TABLE reviews DROP COLUMN channel;
ALTER TABLE reviews DROP COLUMN collected_by;
