-- Names of files the store may hold without a row naming them: written for an upload whose
-- transaction has not committed yet (due an hour later, so an upload in flight is never
-- touched), or whose rows retention or the worker deleted (due at once). The hourly purge
-- deletes each due name from the store unless a row names it, then forgets it: it never has
-- to list the whole store (millions of objects on S3). The transaction that commits a file's
-- row removes its name here.
CREATE TABLE file_purges (
    stored_name TEXT PRIMARY KEY NOT NULL,
    due_at TIMESTAMP NOT NULL
);
CREATE INDEX file_purges_due ON file_purges (due_at);
