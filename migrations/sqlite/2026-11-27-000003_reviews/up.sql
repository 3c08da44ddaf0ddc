-- Reviews of recruiters, their itemised costs, and the scorecards kept from the approved ones.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY NOT NULL,
    public_id TEXT NOT NULL UNIQUE,
    -- The directory entry the review was filed on; a signed-in worker has one review per
    -- entry and departure year.
    filed_for_id INTEGER NOT NULL REFERENCES recruiters (id),
    -- The entry it counts for: the same, or the sub-agent it names once approved.
    recruiter_id INTEGER NOT NULL REFERENCES recruiters (id),
    -- Only for a signed-in worker; anonymous reviews keep no trace of who sent them.
    author_id INTEGER REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reject_reason TEXT CHECK (reject_reason IN ('not_a_review', 'spam', 'abusive', 'personal_data', 'duplicate', 'wrong_recruiter', 'other')),
    sub_agent_name TEXT,
    origin TEXT NOT NULL,
    destination TEXT NOT NULL,
    sector TEXT,
    occupation TEXT,
    departure_year INTEGER NOT NULL,
    visa_type TEXT,
    -- ISO 4217; every amount of the review is in minor units of it.
    currency TEXT,
    total_cost BIGINT CHECK (total_cost >= 0),
    charged_any BOOLEAN,
    took_loan BOOLEAN,
    lender TEXT,
    loan_interest_bp INTEGER CHECK (loan_interest_bp BETWEEN 0 AND 10000),
    promised_wage BIGINT CHECK (promised_wage >= 0),
    first_month_wage BIGINT CHECK (first_month_wage >= 0),
    -- total_cost / first_month_wage in basis points; NULL when undefined.
    cost_ratio_bp BIGINT,
    contract_before_departure BOOLEAN,
    contract_understood BOOLEAN,
    contract_substituted BOOLEAN,
    documents_kept BOOLEAN,
    job_as_promised BOOLEAN,
    wage_as_promised BOOLEAN,
    free_to_change_employer BOOLEAN,
    info_accurate BOOLEAN,
    rating_fees_honesty SMALLINT CHECK (rating_fees_honesty BETWEEN 1 AND 5),
    rating_job_truth SMALLINT CHECK (rating_job_truth BETWEEN 1 AND 5),
    rating_contract_documents SMALLINT CHECK (rating_contract_documents BETWEEN 1 AND 5),
    rating_support SMALLINT CHECK (rating_support BETWEEN 1 AND 5),
    rating_overall SMALLINT NOT NULL CHECK (rating_overall BETWEEN 1 AND 5),
    would_use_again BOOLEAN,
    body TEXT,
    body_language TEXT,
    -- Kinds of personal data found in the text when it was sent (phone,email,…).
    pii_flags TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    moderated_at TIMESTAMP,
    moderated_by INTEGER REFERENCES users (id)
);
CREATE UNIQUE INDEX reviews_one_per_author_year ON reviews (author_id, filed_for_id, departure_year)
    WHERE author_id IS NOT NULL;
-- The profile's list, newest first, optionally of one language.
CREATE INDEX reviews_public_list ON reviews (recruiter_id, status, created_at, id);
CREATE INDEX reviews_public_language ON reviews (recruiter_id, status, body_language, created_at, id);
-- The moderation queue, oldest first.
CREATE INDEX reviews_queue ON reviews (status, created_at, id);
-- Medians kept on each change read the middle of these.
CREATE INDEX reviews_cost_median ON reviews (recruiter_id, status, currency, total_cost);
CREATE INDEX reviews_ratio_median ON reviews (recruiter_id, status, cost_ratio_bp);

-- The answered cost categories of a review.
CREATE TABLE review_costs (
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    category TEXT NOT NULL CHECK (category IN ('fee', 'medical', 'insurance', 'skills', 'training', 'equipment', 'travel', 'administrative', 'illegitimate')),
    paid BOOLEAN NOT NULL,
    amount BIGINT CHECK (amount >= 0),
    paid_to TEXT,
    receipt BOOLEAN,
    PRIMARY KEY (review_id, category)
);

-- A recruiter's scorecard: integer sums over its approved reviews, changed in the same
-- transaction as each approval or edit, so a profile reads one row.
CREATE TABLE recruiter_scores (
    recruiter_id INTEGER PRIMARY KEY NOT NULL REFERENCES recruiters (id),
    review_count BIGINT NOT NULL DEFAULT 0,
    rating_sum BIGINT NOT NULL DEFAULT 0,
    fees_honesty_sum BIGINT NOT NULL DEFAULT 0,
    fees_honesty_n BIGINT NOT NULL DEFAULT 0,
    job_truth_sum BIGINT NOT NULL DEFAULT 0,
    job_truth_n BIGINT NOT NULL DEFAULT 0,
    contract_documents_sum BIGINT NOT NULL DEFAULT 0,
    contract_documents_n BIGINT NOT NULL DEFAULT 0,
    support_sum BIGINT NOT NULL DEFAULT 0,
    support_n BIGINT NOT NULL DEFAULT 0,
    charged_yes BIGINT NOT NULL DEFAULT 0,
    charged_n BIGINT NOT NULL DEFAULT 0,
    documents_yes BIGINT NOT NULL DEFAULT 0,
    documents_n BIGINT NOT NULL DEFAULT 0,
    substituted_yes BIGINT NOT NULL DEFAULT 0,
    substituted_n BIGINT NOT NULL DEFAULT 0,
    job_not_yes BIGINT NOT NULL DEFAULT 0,
    job_not_n BIGINT NOT NULL DEFAULT 0,
    again_yes BIGINT NOT NULL DEFAULT 0,
    again_n BIGINT NOT NULL DEFAULT 0,
    ratio_n BIGINT NOT NULL DEFAULT 0,
    ratio_median_bp BIGINT
);

-- Median total cost per recruiter and currency, kept like the sums.
CREATE TABLE recruiter_cost_medians (
    recruiter_id INTEGER NOT NULL REFERENCES recruiters (id),
    currency TEXT NOT NULL,
    review_count BIGINT NOT NULL,
    median BIGINT NOT NULL,
    PRIMARY KEY (recruiter_id, currency)
);

-- The overall ratings of every approved review: the Bayesian prior.
CREATE TABLE score_totals (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    rating_sum BIGINT NOT NULL,
    rating_count BIGINT NOT NULL
);
INSERT INTO score_totals (id, rating_sum, rating_count) VALUES (1, 0, 0);
