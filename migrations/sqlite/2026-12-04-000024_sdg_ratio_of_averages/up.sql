-- SDG 10.7.1 as statistics offices publish it, beside the mean and median of each worker's
-- own ratio: mean cost ÷ mean first month's earnings over the workers who gave both and
-- whose currency has a rate for their year (both in US dollars), how many they are, and the
-- two means in US cents. NULL: suppressed (fewer than 5 workers, or complementary).
ALTER TABLE report_corridors ADD COLUMN sdg_workers BIGINT;
ALTER TABLE report_corridors ADD COLUMN sdg_ratio_bp BIGINT;
ALTER TABLE report_corridors ADD COLUMN sdg_cost_mean_cents BIGINT;
ALTER TABLE report_corridors ADD COLUMN sdg_earnings_mean_cents BIGINT;
-- The kept rows have no value in the new columns, and NULL would read as "fewer than 5":
-- forgetting the publication's moment makes the schedule publish again at its next check
-- (every 15 minutes), from the same cut-off (the last Monday 00:00 UTC).
DELETE FROM report_refreshes;
