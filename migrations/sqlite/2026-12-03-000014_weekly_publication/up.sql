-- Report figures are published once a week (reports::publish_if_due) instead of whenever the
-- data changed, so the fingerprint of the data is no longer kept.
ALTER TABLE report_refreshes DROP COLUMN fingerprint;
