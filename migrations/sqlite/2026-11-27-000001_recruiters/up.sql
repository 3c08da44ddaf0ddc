-- Recruiter directory: licensed agencies and the unlicensed sub-agents workers name.
CREATE TABLE recruiters (
    id INTEGER PRIMARY KEY NOT NULL,
    public_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- Lower-cased, accent-stripped, NFKD-folded name: what search reads.
    name_norm TEXT NOT NULL,
    licence_number TEXT,
    licence_norm TEXT,
    licensing_country TEXT,
    licence_status TEXT CHECK (licence_status IN ('active', 'suspended', 'revoked', 'expired')),
    address TEXT,
    is_sub_agent BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- Licence number first: the import looks rows up by licence number, then checks the country.
    UNIQUE (licence_number, licensing_country)
);
CREATE INDEX recruiters_name_norm ON recruiters (name_norm, id);
CREATE INDEX recruiters_country_name ON recruiters (licensing_country, name_norm, id);
CREATE INDEX recruiters_status_name ON recruiters (licence_status, name_norm, id);
CREATE INDEX recruiters_licence_norm ON recruiters (licence_norm);

CREATE TABLE recruiter_destinations (
    recruiter_id INTEGER NOT NULL REFERENCES recruiters (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (recruiter_id, country)
);
CREATE INDEX recruiter_destinations_country ON recruiter_destinations (country, recruiter_id);

CREATE TABLE licence_events (
    id INTEGER PRIMARY KEY NOT NULL,
    recruiter_id INTEGER NOT NULL REFERENCES recruiters (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'revoked', 'expired')),
    recorded_at TIMESTAMP NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX licence_events_recruiter ON licence_events (recruiter_id, recorded_at);

-- Substring search over normalised names: an external-content FTS5 table with the trigram
-- tokenizer, so `MATCH '"abc"'` finds every name containing "abc" without scanning.
CREATE VIRTUAL TABLE recruiter_search USING fts5 (
    name_norm,
    content = 'recruiters',
    content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE TRIGGER recruiters_search_insert AFTER INSERT ON recruiters BEGIN
    INSERT INTO recruiter_search (rowid, name_norm) VALUES (new.id, new.name_norm);
END;
CREATE TRIGGER recruiters_search_delete AFTER DELETE ON recruiters BEGIN
    INSERT INTO recruiter_search (recruiter_search, rowid, name_norm) VALUES ('delete', old.id, old.name_norm);
END;
CREATE TRIGGER recruiters_search_update AFTER UPDATE OF name_norm ON recruiters BEGIN
    INSERT INTO recruiter_search (recruiter_search, rowid, name_norm) VALUES ('delete', old.id, old.name_norm);
    INSERT INTO recruiter_search (rowid, name_norm) VALUES (new.id, new.name_norm);
END;
