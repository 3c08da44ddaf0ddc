-- One number that moves whenever something a recruiter's public profile shows changes: the
-- recruiter (name, licence, listing), its destinations, its licence history, the kept
-- scorecards and the totals every profile's rating is weighed against, an approved review
-- added, edited or taken out. A server keeps rendered profile pages while the number stays
-- (ARCHITECTURE.md, "Kept pages"); the triggers move it whoever writes — this server,
-- another one, the command line or a hand-run statement — in the writer's own transaction.
-- A pending review (every new one) does not move it: nothing public changed.
-- Statement triggers with transition tables: an import of a hundred thousand rows moves it
-- once, not per row, and a statement that changed no row does not move it.
-- Once per transaction: `moved_by` keeps the transaction that last moved it, and a later
-- statement of the same transaction leaves the row alone (readers see the number only after
-- the commit, so once is enough; updating one row a hundred thousand times in a transaction,
-- as `recompute-scores` would, makes each update walk every version before it).
CREATE TABLE public_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL,
    moved_by BIGINT
);
INSERT INTO public_changes (id, generation) VALUES (1, 0);

CREATE FUNCTION public_changes_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added) THEN
        UPDATE public_changes SET generation = generation + 1, moved_by = txid_current()
        WHERE id = 1 AND moved_by IS DISTINCT FROM txid_current();
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION public_changes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM after_rows) THEN
        UPDATE public_changes SET generation = generation + 1, moved_by = txid_current()
        WHERE id = 1 AND moved_by IS DISTINCT FROM txid_current();
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION public_changes_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM removed) THEN
        UPDATE public_changes SET generation = generation + 1, moved_by = txid_current()
        WHERE id = 1 AND moved_by IS DISTINCT FROM txid_current();
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION public_changes_reviews_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added WHERE status = 'approved') THEN
        UPDATE public_changes SET generation = generation + 1, moved_by = txid_current()
        WHERE id = 1 AND moved_by IS DISTINCT FROM txid_current();
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION public_changes_reviews_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM before_rows WHERE status = 'approved')
        OR EXISTS (SELECT 1 FROM after_rows WHERE status = 'approved') THEN
        UPDATE public_changes SET generation = generation + 1, moved_by = txid_current()
        WHERE id = 1 AND moved_by IS DISTINCT FROM txid_current();
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION public_changes_reviews_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM removed WHERE status = 'approved') THEN
        UPDATE public_changes SET generation = generation + 1, moved_by = txid_current()
        WHERE id = 1 AND moved_by IS DISTINCT FROM txid_current();
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER public_changes_recruiters_insert AFTER INSERT ON recruiters
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_added();
CREATE TRIGGER public_changes_recruiters_update AFTER UPDATE ON recruiters
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_changed();
CREATE TRIGGER public_changes_recruiters_delete AFTER DELETE ON recruiters
REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_removed();
CREATE TRIGGER public_changes_destinations_insert AFTER INSERT ON recruiter_destinations
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_added();
CREATE TRIGGER public_changes_destinations_update AFTER UPDATE ON recruiter_destinations
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_changed();
CREATE TRIGGER public_changes_destinations_delete AFTER DELETE ON recruiter_destinations
REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_removed();
CREATE TRIGGER public_changes_licence_events_insert AFTER INSERT ON licence_events
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_added();
CREATE TRIGGER public_changes_licence_events_update AFTER UPDATE ON licence_events
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_changed();
CREATE TRIGGER public_changes_licence_events_delete AFTER DELETE ON licence_events
REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_removed();
CREATE TRIGGER public_changes_scores_insert AFTER INSERT ON recruiter_scores
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_added();
CREATE TRIGGER public_changes_scores_update AFTER UPDATE ON recruiter_scores
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_changed();
CREATE TRIGGER public_changes_scores_delete AFTER DELETE ON recruiter_scores
REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_removed();
CREATE TRIGGER public_changes_medians_insert AFTER INSERT ON recruiter_cost_medians
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_added();
CREATE TRIGGER public_changes_medians_update AFTER UPDATE ON recruiter_cost_medians
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_changed();
CREATE TRIGGER public_changes_medians_delete AFTER DELETE ON recruiter_cost_medians
REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_removed();
CREATE TRIGGER public_changes_totals_update AFTER UPDATE ON score_totals
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_changed();

-- Reviews: only statements that touch an approved one (a new review is pending; approving
-- it changes its status, and the kept scorecards in the same transaction).
CREATE TRIGGER public_changes_reviews_insert AFTER INSERT ON reviews
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_reviews_added();
CREATE TRIGGER public_changes_reviews_update AFTER UPDATE ON reviews
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_reviews_changed();
CREATE TRIGGER public_changes_reviews_delete AFTER DELETE ON reviews
REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION public_changes_reviews_removed();
