//! Integration tests: each test starts the real server on port 0 with its own database — a
//! temporary SQLite file, or a fresh PostgreSQL database when `FAIRRECRUIT_TEST_DATABASE_URL`
//! holds a `postgres://` URL.

mod helpers;

mod admin;
mod auth;
mod authorization;
mod complaints;
mod directory;
mod drafts;
mod hardening;
mod hostile_input;
mod idempotency;
mod import;
mod locales;
mod metrics;
mod notifications;
mod operations;
mod pages;
mod partner;
mod reports;
mod reviews;
mod servers;
mod smtp;
mod vocabulary;
mod watchlist;
mod webhooks;
mod writes;
