ALTER TABLE report_corridors DROP COLUMN sdg_earnings_mean_cents;
ALTER TABLE report_corridors DROP COLUMN sdg_cost_mean_cents;
ALTER TABLE report_corridors DROP COLUMN sdg_ratio_bp;
ALTER TABLE report_corridors DROP COLUMN sdg_workers;
