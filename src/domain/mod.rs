//! Domain rules, free of HTTP and SQL: what a valid recruiter, country, search or review is.

// `word_enum!` is defined in `account` and used by the modules after it.
#[macro_use]
pub mod account;
pub mod complaint;
pub mod costs;
pub mod country;
pub mod currency;
pub mod licence;
pub mod notice;
pub mod partner;
pub mod pii;
pub mod recruiter;
pub mod report;
pub mod review;
pub mod text;
pub mod webhook;
