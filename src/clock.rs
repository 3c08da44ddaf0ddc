//! The one clock: the present as the service stores it (UTC, without a zone), the current
//! year, and how a day is printed.

use chrono::{Datelike, NaiveDateTime};

/// Now, in UTC, as stored in every timestamp column.
pub fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
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
