DROP TABLE audit_events;
DROP TABLE revoked_tokens;
DROP TABLE users;
DROP TABLE organisation_countries;
DROP TABLE organisations;
