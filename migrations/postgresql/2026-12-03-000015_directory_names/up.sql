-- Names workers type (sub-agents named in complaints and reviews) wait for a moderator before
-- the public directory shows them: listing is 'listed' (public), 'pending' (waiting),
-- 'approved' (public from the next weekly publication) or 'refused' (never public; the
-- complaints naming it keep it). name_key is the look-alike key of the name
-- (text::name_key, a UTS #39 skeleton), for warning of a clash with a listed agency; SQL
-- cannot compute it, so db::run_migrations fills it in Rust right after this migration.
ALTER TABLE recruiters ADD COLUMN listing TEXT NOT NULL DEFAULT 'listed';
ALTER TABLE recruiters ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE recruiters SET listing = 'pending' WHERE is_sub_agent;
CREATE INDEX recruiters_name_key ON recruiters (name_key);
-- The moderators' queue: pending names in name order.
CREATE INDEX recruiters_waiting ON recruiters (name_norm) WHERE listing = 'pending';
