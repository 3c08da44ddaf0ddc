//! The one clock: every "now" the service stores or compares comes from here (UTC).

use chrono::Datelike;

/// Now, in UTC, as the database stores times.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// This year (UTC): the upper bound of departure years.
pub fn this_year() -> i32 {
    chrono::Utc::now().year()
}

/// A stored time as its day, `2026-11-27`: what worker-facing pages and the API print.
pub fn day(at: chrono::NaiveDateTime) -> String {
    at.format("%Y-%m-%d").to_string()
}
