-- One number that moves whenever something a recruiter's public profile shows changes: the
-- recruiter (name, licence, listing), its destinations, its licence history, the kept
-- scorecards and the totals every profile's rating is weighed against, an approved review
-- edited or taken out. A server keeps rendered profile pages while the number stays (see
-- ARCHITECTURE.md, "Kept pages"); the triggers move it whoever writes — this server,
-- another one, the command line or a hand-run statement — in the writer's own transaction.
-- A pending review (every new one) does not move it: nothing public changed.
-- A migration that rebuilds one of these tables must create its triggers again.
CREATE TABLE public_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO public_changes (id, generation) VALUES (1, 0);

CREATE TRIGGER public_changes_recruiters_insert AFTER INSERT ON recruiters
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_recruiters_update AFTER UPDATE ON recruiters
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_recruiters_delete AFTER DELETE ON recruiters
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER public_changes_destinations_insert AFTER INSERT ON recruiter_destinations
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_destinations_update AFTER UPDATE ON recruiter_destinations
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_destinations_delete AFTER DELETE ON recruiter_destinations
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER public_changes_licence_events_insert AFTER INSERT ON licence_events
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_licence_events_update AFTER UPDATE ON licence_events
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_licence_events_delete AFTER DELETE ON licence_events
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER public_changes_scores_insert AFTER INSERT ON recruiter_scores
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_scores_update AFTER UPDATE ON recruiter_scores
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_scores_delete AFTER DELETE ON recruiter_scores
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER public_changes_medians_insert AFTER INSERT ON recruiter_cost_medians
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_medians_update AFTER UPDATE ON recruiter_cost_medians
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_medians_delete AFTER DELETE ON recruiter_cost_medians
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER public_changes_totals_update AFTER UPDATE ON score_totals
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;

-- Reviews: only what touches an approved one (a new review is pending; approving it
-- changes its status, and the kept scorecards in the same transaction).
CREATE TRIGGER public_changes_reviews_insert AFTER INSERT ON reviews
WHEN NEW.status = 'approved'
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_reviews_update AFTER UPDATE ON reviews
WHEN OLD.status = 'approved' OR NEW.status = 'approved'
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER public_changes_reviews_delete AFTER DELETE ON reviews
WHEN OLD.status = 'approved'
BEGIN UPDATE public_changes SET generation = generation + 1 WHERE id = 1; END;
