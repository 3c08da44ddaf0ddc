-- Aggregated reports (issue 7): exchange rates for money totals across currencies, and the
-- report tables `reports::refresh` rebuilds in one transaction. Report tables hold only
-- values that passed suppression (k = 5): a suppressed value is NULL, so every format reads
-- the same already-safe figures.

-- US dollars per one major unit of a currency in a year, in billionths (no floats for money).
CREATE TABLE exchange_rates (
    currency TEXT NOT NULL,
    year INTEGER NOT NULL,
    usd_per_unit_nano BIGINT NOT NULL CHECK (usd_per_unit_nano > 0),
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (currency, year)
);

-- When the report tables were last rebuilt (one row), and a fingerprint of the data they
-- were built from: the scheduled refresh skips (takes no write lock) when it is unchanged.
CREATE TABLE report_refreshes (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    refreshed_at TIMESTAMP NOT NULL,
    duration_ms BIGINT NOT NULL,
    fingerprint TEXT NOT NULL
);

-- SDG 10.7.1 per corridor; breakdown 'all' (value ''), 'year' or 'sector'.
CREATE TABLE report_corridors (
    breakdown TEXT NOT NULL,
    breakdown_value TEXT NOT NULL,
    origin TEXT NOT NULL,
    destination TEXT NOT NULL,
    workers BIGINT NOT NULL,
    ratio_workers BIGINT,
    ratio_mean_bp BIGINT,
    ratio_median_bp BIGINT,
    fee_share_bp BIGINT,
    usd_workers BIGINT,
    usd_mean_cents BIGINT,
    usd_missing BIGINT,
    -- Share of workers who paid each ILO cost category, in `CostCategory::ALL` order,
    -- comma-separated basis points, '-' where suppressed.
    category_share_bp TEXT NOT NULL,
    PRIMARY KEY (breakdown, breakdown_value, origin, destination)
);

-- Recruiter rankings; breakdown 'all', 'destination', 'sector' or 'year'. A page is read
-- along one of the indexes below, in the order of its figure, then of the recruiter.
CREATE TABLE report_rankings (
    breakdown TEXT NOT NULL,
    breakdown_value TEXT NOT NULL,
    recruiter_id BIGINT NOT NULL REFERENCES recruiters (id),
    licensing_country TEXT NOT NULL,
    reviews BIGINT,
    rating_milli BIGINT,
    charged_share_bp BIGINT,
    ratio_median_bp BIGINT,
    complaints_open BIGINT,
    complaints_resolved BIGINT,
    PRIMARY KEY (breakdown, breakdown_value, recruiter_id)
);
CREATE INDEX report_rankings_rating ON report_rankings (breakdown, breakdown_value, rating_milli, recruiter_id);
CREATE INDEX report_rankings_charged ON report_rankings (breakdown, breakdown_value, charged_share_bp, recruiter_id);
CREATE INDEX report_rankings_ratio ON report_rankings (breakdown, breakdown_value, ratio_median_bp, recruiter_id);
CREATE INDEX report_rankings_open ON report_rankings (breakdown, breakdown_value, complaints_open, recruiter_id);
CREATE INDEX report_rankings_resolved ON report_rankings (breakdown, breakdown_value, complaints_resolved, recruiter_id);

-- Complaints counted by 'indicator', 'abuse', 'corridor' (item 'NP-QA') and 'total' (item '').
CREATE TABLE report_justice_counts (
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    complaints BIGINT,
    PRIMARY KEY (kind, item)
);

-- Per organisation: how it answers the referrals it received.
CREATE TABLE report_justice_organisations (
    organisation_id BIGINT PRIMARY KEY NOT NULL REFERENCES organisations (id),
    referrals BIGINT NOT NULL,
    acknowledged_in_time_bp BIGINT,
    acknowledge_median_days BIGINT,
    resolve_median_days BIGINT,
    resolved_share_bp BIGINT,
    documents_returned BIGINT,
    licence_actions BIGINT,
    -- Money recovered, per currency: 'NPR:1500000,QAR:200000' (minor units), suppressed
    -- currencies left out.
    money_recovered TEXT NOT NULL
);
