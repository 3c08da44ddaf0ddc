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
pub mod rankings;
pub mod rates;

use chrono::NaiveDateTime;

pub use crate::domain::review::median;

/// The smallest number of workers a published figure may describe (k-anonymity).
pub const K: i64 = 5;

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

/// Rebuilds every report table from the reviews, complaints, referrals and rates. The facts
/// are read in one transaction and the tables replaced in another, so the write lock is
/// held only while rows are written, not while they are computed.
pub fn refresh(
    conn: &mut crate::db::DbConnection,
    now: NaiveDateTime,
) -> Result<Refreshed, crate::error::AppError> {
    let started = std::time::Instant::now();
    let fingerprint = crate::db::reports::fingerprint(conn, now)?;
    let facts = crate::db::reports::load_facts(conn)?;
    let tables = crate::db::reports::Tables {
        corridors: corridors::compute(&facts.reviews, &facts.rates),
        rankings: rankings::compute(&facts.reviews, &facts.complaints, &facts.countries),
        justice_counts: justice::counts(&facts.complaints),
        organisations: justice::organisations(&facts.referrals, now),
    };
    let duration_ms = started.elapsed().as_millis() as i64;
    crate::db::reports::replace(conn, &tables, now, duration_ms, &fingerprint)?;
    Ok(Refreshed {
        reviews: facts.reviews.len(),
        complaints: facts.complaints.len(),
        referrals: facts.referrals.len(),
        duration_ms,
        total_ms: started.elapsed().as_millis() as i64,
    })
}

/// [`refresh`], unless nothing the figures depend on changed since the last one (then
/// nothing is written: a scheduled run takes no write lock for nothing, as the escalation
/// job does).
pub fn refresh_if_changed(
    conn: &mut crate::db::DbConnection,
    now: NaiveDateTime,
) -> Result<Option<Refreshed>, crate::error::AppError> {
    let current = crate::db::reports::fingerprint(conn, now)?;
    if crate::db::reports::stored_fingerprint(conn)?.as_deref() == Some(current.as_str()) {
        return Ok(None);
    }
    refresh(conn, now).map(Some)
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
