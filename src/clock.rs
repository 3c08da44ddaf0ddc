//! The one clock: the present as the service stores it (UTC, without a zone), the current
//! year, and how a day is printed.

use chrono::{Datelike, NaiveDateTime};

/// Now, in UTC, as stored in every timestamp column.
pub fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Midnight of the day `at` falls on: what is stored and sent about a worker's complaint or
/// review, so that a time of day never helps identify a worker (it would line up with sign-in
/// times in the audit log, or with a mail server's own records).
pub fn day_of(at: NaiveDateTime) -> NaiveDateTime {
    at.date().and_hms_opt(0, 0, 0).unwrap_or(at)
}

/// Midnight of today, UTC (see [`day_of`]).
pub fn today() -> NaiveDateTime {
    day_of(now())
}

/// The current year, in UTC.
pub fn this_year() -> i32 {
    chrono::Utc::now().year()
}

/// A day as printed on pages and in the API: `2026-01-31`.
pub fn day(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_printed_year_month_day() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 31)
            .unwrap()
            .and_hms_opt(23, 59, 59)
            .unwrap();
        assert_eq!(day(at), "2026-01-31");
    }
}
