-- Evidence files (issue 15): one row per file a worker added to a complaint. The bytes are
-- in the file store under `stored_name` (generated), sealed with the complaint's content
-- key, as is `details` (the original file name). `shared_with` is the worker's consent:
-- the kinds of organisation whose staff may open it (comma-separated). A file an
-- organisation's staff sent the worker names it in `from_organisation_id` (the worker and
-- that organisation open it; `shared_with` is empty). `size` is what the
-- store holds, for the per-complaint limit. Retention deletes the rows; the purge then
-- removes the store's files no row names.
CREATE TABLE evidence_files (
    id INTEGER PRIMARY KEY NOT NULL,
    public_id TEXT NOT NULL UNIQUE,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    stored_name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    details TEXT NOT NULL,
    shared_with TEXT NOT NULL,
    from_organisation_id INTEGER REFERENCES organisations (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX evidence_files_complaint ON evidence_files (complaint_id, id);
