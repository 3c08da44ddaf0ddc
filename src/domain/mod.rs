//! Domain rules, free of HTTP and SQL: what a valid recruiter, country or search is.

pub mod account;
pub mod country;
pub mod recruiter;
pub mod text;
