-- Complaints, the referrals that route them to organisations, each referral's append-only
-- timeline, messages with the worker, escalations of overdue referrals and collective cases.
-- An anonymous complaint holds no account id, address or user agent; worker-side times are
-- stored as the day only.
CREATE TABLE complaints (
    id INTEGER PRIMARY KEY NOT NULL,
    -- argon2id of the 16-digit receipt with the installation's salt (hex); never the receipt.
    receipt_hash TEXT NOT NULL UNIQUE,
    recruiter_id INTEGER NOT NULL REFERENCES recruiters (id),
    origin TEXT NOT NULL,
    destination TEXT NOT NULL,
    sector TEXT,
    occupation TEXT,
    departure_year INTEGER,
    -- Issue codes separated by commas (forced-labour indicators and recruitment abuses).
    issues TEXT NOT NULL DEFAULT '',
    in_danger BOOLEAN NOT NULL DEFAULT 0,
    stage TEXT,
    workers_affected INTEGER NOT NULL DEFAULT 1 CHECK (workers_affected BETWEEN 1 AND 100000),
    remedies TEXT NOT NULL DEFAULT '',
    -- Money in minor units of an ISO 4217 currency.
    fee_minor BIGINT,
    fee_currency TEXT,
    promised_wage_minor BIGINT,
    actual_wage_minor BIGINT,
    wage_currency TEXT,
    -- ILO cost categories the worker paid for (codes separated by commas), the loan taken
    -- to pay (lender kind, yearly interest in whole percent) and the visa type, as typed.
    cost_categories TEXT NOT NULL DEFAULT '',
    lender TEXT,
    loan_interest_percent INTEGER CHECK (loan_interest_percent BETWEEN 0 AND 1000),
    visa_type TEXT,
    description TEXT,
    -- Organisation kinds the worker allowed to receive the case, and (a subset) their contact.
    share_kinds TEXT NOT NULL,
    contact_kinds TEXT NOT NULL DEFAULT '',
    contact_preference TEXT NOT NULL CHECK (contact_preference IN ('receipt_only', 'account', 'contact')),
    contact_details TEXT,
    safe_times TEXT,
    -- Only when the worker chose to attach the complaint to their account.
    user_id INTEGER REFERENCES users (id),
    -- A caseworker who filed on the worker's behalf, with the worker's consent.
    filed_by_id INTEGER REFERENCES users (id),
    withdrawn BOOLEAN NOT NULL DEFAULT 0,
    received_on TIMESTAMP NOT NULL,
    CHECK ((contact_preference = 'account') = (user_id IS NOT NULL))
);
CREATE INDEX complaints_received ON complaints (received_on, id);

-- Complaints about one recruiter, grouped by an organisation to be acted on together.
CREATE TABLE collective_cases (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    recruiter_id INTEGER NOT NULL REFERENCES recruiters (id),
    created_by INTEGER REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX collective_cases_org ON collective_cases (organisation_id, recruiter_id);

-- One organisation's own file of a complaint.
CREATE TABLE referrals (
    id INTEGER PRIMARY KEY NOT NULL,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    -- Denormalised from the complaint so the queue filters and groups without a join.
    recruiter_id INTEGER NOT NULL REFERENCES recruiters (id),
    status TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'investigating', 'awaiting_worker', 'resolved', 'closed')),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    priority_overridden BOOLEAN NOT NULL DEFAULT 0,
    opened_on TIMESTAMP NOT NULL,
    acknowledge_by TIMESTAMP NOT NULL,
    answer_by TIMESTAMP NOT NULL,
    -- Set once by the escalation job; the UPDATE that sets them is what makes it safe to run
    -- in several instances at once.
    acknowledge_escalated BOOLEAN NOT NULL DEFAULT 0,
    answer_escalated BOOLEAN NOT NULL DEFAULT 0,
    close_reason TEXT CHECK (close_reason IN ('out_of_jurisdiction', 'unfounded', 'withdrawn')),
    outcome_remedies TEXT,
    outcome_money_minor BIGINT,
    outcome_money_currency TEXT,
    referred_from_id INTEGER REFERENCES referrals (id),
    collective_case_id INTEGER REFERENCES collective_cases (id),
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (complaint_id, organisation_id)
);
CREATE INDEX referrals_queue ON referrals (organisation_id, status, priority, opened_on, id);
CREATE INDEX referrals_recruiter ON referrals (organisation_id, recruiter_id, status);
CREATE INDEX referrals_deadlines ON referrals (status, acknowledge_by, answer_by);

-- Every step of a referral: who, when, from, to, why. Rows are only ever inserted.
CREATE TABLE referral_transitions (
    id INTEGER PRIMARY KEY NOT NULL,
    referral_id INTEGER NOT NULL REFERENCES referrals (id),
    occurred_at TIMESTAMP NOT NULL,
    -- Staff member; NULL for the worker and the system.
    actor_id INTEGER REFERENCES users (id),
    event TEXT NOT NULL CHECK (event IN ('opened', 'status', 'referred_on', 'priority', 'grouped', 'escalated')),
    from_status TEXT,
    to_status TEXT,
    reason TEXT
);
CREATE INDEX referral_transitions_referral ON referral_transitions (referral_id, id);
CREATE TRIGGER referral_transitions_append_only_update BEFORE UPDATE ON referral_transitions BEGIN
    SELECT RAISE(ABORT, 'referral_transitions is append-only');
END;
CREATE TRIGGER referral_transitions_append_only_delete BEFORE DELETE ON referral_transitions BEGIN
    SELECT RAISE(ABORT, 'referral_transitions is append-only');
END;

-- Messages between the worker and an organisation's staff; internal notes never reach the worker.
CREATE TABLE referral_messages (
    id INTEGER PRIMARY KEY NOT NULL,
    referral_id INTEGER NOT NULL REFERENCES referrals (id),
    occurred_at TIMESTAMP NOT NULL,
    from_worker BOOLEAN NOT NULL,
    author_id INTEGER REFERENCES users (id),
    internal BOOLEAN NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    CHECK (NOT (from_worker AND internal))
);
CREATE INDEX referral_messages_referral ON referral_messages (referral_id, id);

-- An overdue referral, for its organisation's leads. One row per referral and deadline: the
-- unique key lets two instances of the job run at once without recording it twice.
CREATE TABLE escalations (
    id INTEGER PRIMARY KEY NOT NULL,
    referral_id INTEGER NOT NULL REFERENCES referrals (id),
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    deadline TEXT NOT NULL CHECK (deadline IN ('acknowledge', 'answer')),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (referral_id, deadline)
);
CREATE INDEX escalations_org ON escalations (organisation_id, created_at);
