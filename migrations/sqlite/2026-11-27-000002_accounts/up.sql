-- People, the organisations staff belong to, revoked tokens and the security audit log.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('labour_inspectorate', 'origin_authority', 'trade_union', 'legal_aid')),
    -- Sector codes separated by commas; empty means every sector.
    sectors TEXT NOT NULL DEFAULT '',
    acknowledge_days INTEGER NOT NULL DEFAULT 7 CHECK (acknowledge_days BETWEEN 1 AND 365),
    answer_days INTEGER NOT NULL DEFAULT 90 CHECK (answer_days BETWEEN 1 AND 730),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- The countries an organisation covers; complaint routing reads it by country.
CREATE TABLE organisation_countries (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (organisation_id, country)
);
CREATE INDEX organisation_countries_country ON organisation_countries (country, organisation_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    username TEXT NOT NULL,
    -- NFKC, lower case: two names that look alike cannot both exist.
    username_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('worker', 'moderator', 'inspector', 'union_officer', 'caseworker', 'admin')),
    organisation_id INTEGER REFERENCES organisations (id),
    org_role TEXT CHECK (org_role IN ('member', 'lead')),
    password_hash TEXT NOT NULL,
    email TEXT,
    -- Raised by logout-everywhere, a password, role or organisation change and disabling:
    -- every token carrying an older version is refused.
    token_version BIGINT NOT NULL DEFAULT 0,
    disabled BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- Inspectors, union officers and caseworkers act for an organisation; nobody else does.
    CHECK ((role IN ('inspector', 'union_officer', 'caseworker')) = (organisation_id IS NOT NULL)),
    CHECK ((organisation_id IS NULL) = (org_role IS NULL))
);
CREATE INDEX users_organisation ON users (organisation_id);

-- Single tokens revoked before they expire (logout); rows past `expires_at` are pruned.
CREATE TABLE revoked_tokens (
    jti TEXT PRIMARY KEY NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

-- Security events: who did what to whom, when, and whether it worked. Never a password,
-- a token, an address or a typed username that matched no account.
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    event TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'refused')),
    actor_id INTEGER,
    subject_user_id INTEGER,
    organisation_id INTEGER,
    detail TEXT
);
CREATE INDEX audit_events_time ON audit_events (occurred_at, id);
