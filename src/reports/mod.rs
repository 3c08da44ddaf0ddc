//! Aggregated reports (issue 7): recruiter rankings, SDG 10.7.1 by corridor and access to
//! justice. This module owns the privacy rules (k = 5, with complementary suppression) and the
//! integer arithmetic of shares, means, medians and currency conversion. The figures are
//! computed by `refresh` into report tables, so a page reads a few rows instead of scanning
//! the reviews and complaints. The facts it reads, the rows it stores and what a report
//! request may ask are words it shares with `db`: `domain::report`.

pub mod commands;
pub mod corridors;
pub mod csv;
pub mod justice;
pub mod open_data;
pub mod rankings;
pub mod rates;

use chrono::NaiveDateTime;

pub use crate::domain::review::median;

/// The smallest number of workers a published figure may describe (k-anonymity).
pub const K: i64 = 5;

/// Public counts of complaints and referrals are published rounded to a multiple of this
/// (as statistics offices publish), so that one new case never moves a figure by one.
pub const ROUND_TO: i64 = 5;

/// `n` rounded to the nearest multiple of [`ROUND_TO`] (halves up; 5, 6 and 7 are 5).
/// Applied after suppression, so a shown figure (five or more) stays five or more.
pub fn rounded(n: i64) -> i64 {
    (n + ROUND_TO / 2).div_euclid(ROUND_TO) * ROUND_TO
}

/// `yes / n` in basis points from the rounded figures: a share never reveals what the rounded
/// counts hide.
pub fn rounded_share_bp(yes: i64, n: i64) -> Option<i64> {
    share_bp(rounded(yes), rounded(n))
}

/// The public figures change once a week: at 00:00 UTC every Monday, the tables are rebuilt
/// from what was filed before that moment. A complaint filed on Tuesday shows in Monday
/// week's figures, among a week of others, instead of minutes after it was filed.
pub const PUBLISH_EVERY_DAYS: i64 = 7;

/// The last publication moment at or before `now`: a Monday, 00:00 UTC.
pub fn publication_at(now: NaiveDateTime) -> NaiveDateTime {
    // 1970-01-05 was a Monday.
    let monday = chrono::NaiveDate::from_ymd_opt(1970, 1, 5).expect("a date");
    let days = (now.date() - monday).num_days();
    let start =
        monday + chrono::Duration::days(days.div_euclid(PUBLISH_EVERY_DAYS) * PUBLISH_EVERY_DAYS);
    start.and_hms_opt(0, 0, 0).expect("midnight")
}

/// A count that describes a group too small to publish: 1 to 4. Zero describes nobody.
pub fn small(n: i64) -> bool {
    0 < n && n < K
}

/// A total and the cells that add up to it (with `unpublished`: the part that has no cell
/// of its own, such as reviews that gave no sector).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    pub total: usize,
    pub parts: Vec<usize>,
    pub unpublished: i64,
}

/// Which of `values` may be shown. A small value is hidden; then, for every partition whose
/// total is shown, the hidden parts together must describe nobody or at least [`K`]
/// workers — otherwise subtracting the shown parts from the total would reveal a small
/// group. Until that holds, the smallest shown non-zero part is hidden as well (complementary
/// suppression), or the total when no such part is left. Hiding only ever grows, so the
/// loop ends.
pub fn visible(values: &[i64], partitions: &[Partition]) -> Vec<bool> {
    let mut shown: Vec<bool> = values.iter().map(|v| !small(*v)).collect();
    loop {
        let mut changed = false;
        for p in partitions {
            while shown[p.total] {
                let hidden: i64 = p.unpublished
                    + p.parts
                        .iter()
                        .filter(|i| !shown[**i])
                        .map(|i| values[*i])
                        .sum::<i64>();
                if !small(hidden) {
                    break;
                }
                let next = p
                    .parts
                    .iter()
                    .copied()
                    .filter(|i| shown[*i] && values[*i] > 0)
                    .min_by_key(|i| (values[*i], *i));
                match next {
                    Some(i) => shown[i] = false,
                    None => shown[p.total] = false,
                }
                changed = true;
            }
        }
        if !changed {
            return shown;
        }
    }
}

/// `yes / n` in basis points, rounded half up; `None` when `n` is 0.
pub fn share_bp(yes: i64, n: i64) -> Option<i64> {
    (n > 0).then(|| ((i128::from(yes) * 10_000 + i128::from(n) / 2) / i128::from(n)) as i64)
}

/// The mean of `values`, rounded half up (they are non-negative); `None` when empty.
pub fn mean(values: &[i64]) -> Option<i64> {
    let n = values.len() as i128;
    (n > 0).then(|| {
        let sum: i128 = values.iter().map(|v| i128::from(*v)).sum();
        ((sum + n / 2) / n) as i64
    })
}

/// A median of unsorted values (sorted here).
pub fn median_of(mut values: Vec<i64>) -> Option<i64> {
    values.sort_unstable();
    median(&values)
}

/// The Bayesian rating in thousandths of a star: `prior_weight` imaginary reviews at the
/// mean of all reviews (`all_sum / all_count`), plus this recruiter's `n` reviews summing to
/// `sum`; rounded half up. Same formula as the scorecard.
pub fn bayesian_milli(sum: i64, n: i64, all_sum: i64, all_count: i64) -> Option<i64> {
    let w = i128::from(crate::domain::review::PRIOR_WEIGHT);
    if n <= 0 || all_count <= 0 {
        return None;
    }
    let num = (w * i128::from(all_sum) + i128::from(sum) * i128::from(all_count)) * 1000;
    let den = i128::from(all_count) * (w + i128::from(n));
    Some(((num + den / 2) / den) as i64)
}

/// Whole days from `from` to `to` (never negative).
pub fn days_between(from: NaiveDateTime, to: NaiveDateTime) -> i64 {
    (to - from).num_days().max(0)
}

/// How fresh the figures are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Freshness {
    pub refreshed_at: NaiveDateTime,
}

/// What a refresh did, for logs and the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refreshed {
    pub reviews: usize,
    pub complaints: usize,
    pub referrals: usize,
    /// Reading and computing; the figure stored with the refresh.
    pub duration_ms: i64,
    /// Reading, computing and writing the tables.
    pub total_ms: i64,
}

/// Rebuilds every report table from the reviews, complaints, referrals and rates filed,
/// opened or taken before `until` (the facts keep their day, so midnight is a clean cut).
/// The facts are read in one transaction and the tables replaced in another, so the write
/// lock is held only while rows are written, not while they are computed. The schedule
/// calls it through [`publish_if_due`]; `fairrecruit refresh-reports` publishes at once.
pub fn refresh(
    conn: &mut crate::db::DbConnection,
    until: NaiveDateTime,
) -> Result<Refreshed, crate::error::AppError> {
    let started = std::time::Instant::now();
    let facts = crate::db::reports::load_facts(conn, until)?;
    let tables = crate::db::reports::Tables {
        corridors: corridors::compute(&facts.reviews, &facts.rates),
        rankings: rankings::compute(&facts.reviews, &facts.complaints, &facts.countries),
        justice_counts: justice::counts(&facts.complaints),
        organisations: justice::organisations(&facts.referrals, until),
    };
    let duration_ms = started.elapsed().as_millis() as i64;
    crate::db::reports::replace(conn, &tables, until, duration_ms)?;
    Ok(Refreshed {
        reviews: facts.reviews.len(),
        complaints: facts.complaints.len(),
        referrals: facts.referrals.len(),
        duration_ms,
        total_ms: started.elapsed().as_millis() as i64,
    })
}

/// The week's publication, unless it is out already: the names moderators approved join
/// the directory, and [`refresh`] runs up to the last Monday ([`publication_at`]) when the
/// stored figures are older than it; otherwise nothing is read or written.
pub fn publish_if_due(
    conn: &mut crate::db::DbConnection,
    now: NaiveDateTime,
) -> Result<Option<Refreshed>, crate::error::AppError> {
    let due = publication_at(now);
    if crate::db::reports::refreshed_at(conn)?.is_some_and(|at| at >= due) {
        return Ok(None);
    }
    // Names a moderator approved join the directory with the week's figures.
    let named = crate::db::recruiters::publish_approved(conn)?;
    if named > 0 {
        tracing::info!(named, "approved names listed");
    }
    refresh(conn, due).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(total: usize, parts: &[usize], unpublished: i64) -> Partition {
        Partition {
            total,
            parts: parts.to_vec(),
            unpublished,
        }
    }

    #[test]
    fn counts_round_to_the_nearest_five_and_shares_follow_them() {
        let got: Vec<i64> = [5, 6, 7, 8, 12, 13, 32, 33].map(rounded).to_vec();
        assert_eq!(got, vec![5, 5, 5, 10, 10, 15, 30, 35]);
        assert_eq!(rounded(0), 0);
        // 7 of 13 (5,385 bp) is published as 5 of 15.
        assert_eq!(rounded_share_bp(7, 13), Some(3333));
        assert_eq!(rounded_share_bp(0, 0), None);
    }

    #[test]
    fn publications_are_on_mondays_at_midnight() {
        let at = |d: &str| NaiveDateTime::parse_from_str(d, "%Y-%m-%d %H:%M:%S").unwrap();
        // 2026-12-03 is a Thursday; the week's publication was Monday 30 November.
        assert_eq!(
            publication_at(at("2026-12-03 17:05:00")),
            at("2026-11-30 00:00:00")
        );
        assert_eq!(
            publication_at(at("2026-11-30 00:00:00")),
            at("2026-11-30 00:00:00")
        );
        assert_eq!(
            publication_at(at("2026-11-29 23:59:59")),
            at("2026-11-23 00:00:00")
        );
    }

    #[test]
    fn small_groups_are_one_to_four() {
        assert!(!small(0));
        assert!(small(1));
        assert!(small(4));
        assert!(!small(5));
    }

    #[test]
    fn a_lone_small_part_takes_the_next_smallest_with_it() {
        // 20 = 4 + 6 + 10: hiding 4 alone would leave it as 20 - 6 - 10.
        let shown = visible(&[20, 4, 6, 10], &[p(0, &[1, 2, 3], 0)]);
        assert_eq!(shown, vec![true, false, false, true]);
    }

    #[test]
    fn hidden_parts_must_add_up_to_k() {
        // 1 + 2 = 3 < 5: a third part goes too.
        let shown = visible(&[30, 1, 2, 9, 18], &[p(0, &[1, 2, 3, 4], 0)]);
        assert_eq!(shown, vec![true, false, false, false, true]);
    }

    #[test]
    fn exactly_five_is_shown_and_four_is_not() {
        assert_eq!(visible(&[5], &[]), vec![true]);
        assert_eq!(visible(&[4], &[]), vec![false]);
        // 10 = 5 + 5: nothing to hide.
        assert_eq!(
            visible(&[10, 5, 5], &[p(0, &[1, 2], 0)]),
            vec![true, true, true]
        );
    }

    #[test]
    fn an_unpublished_remainder_counts_as_hidden() {
        // 12 = 7 + 2 given nowhere: 12 − 7 would reveal the 2, so the 7 goes too.
        let shown = visible(&[12, 7], &[p(0, &[1], 2)]);
        assert_eq!(shown, vec![true, false]);
        // With no part left to hide, the total goes.
        assert_eq!(visible(&[7, 0], &[p(0, &[1], 2)]), vec![false, true]);
        // An unpublished remainder of 5 or more reveals nobody small.
        assert_eq!(visible(&[12, 7], &[p(0, &[1], 5)]), vec![true, true]);
    }

    #[test]
    fn zero_parts_do_not_cover_a_small_one() {
        let shown = visible(&[9, 0, 3, 6], &[p(0, &[1, 2, 3], 0)]);
        assert_eq!(shown, vec![true, true, false, false]);
    }

    #[test]
    fn shares_means_and_medians_are_integer_and_rounded() {
        assert_eq!(share_bp(1, 3), Some(3333));
        assert_eq!(share_bp(2, 3), Some(6667));
        assert_eq!(share_bp(0, 0), None);
        assert_eq!(mean(&[10_000, 20_001]), Some(15_001));
        assert_eq!(mean(&[]), None);
        assert_eq!(median_of(vec![5, 1, 3]), Some(3));
        assert_eq!(median_of(vec![4, 1, 3, 2]), Some(2));
    }

    #[test]
    fn bayesian_rating_pulls_few_reviews_to_the_mean() {
        // Prior mean 3 (30 / 10); five 5-star reviews: (5×3 + 25) / 10 = 4.000.
        assert_eq!(bayesian_milli(25, 5, 30, 10), Some(4000));
        assert_eq!(bayesian_milli(0, 0, 30, 10), None);
    }
}
