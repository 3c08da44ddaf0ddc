//! Kept scorecards: changed with each approval in its transaction, read by profiles, rebuilt by `recompute_all`.

use super::rows::{FactsRow, facts};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{recruiter_cost_medians, recruiter_scores, reviews, score_totals};
use crate::domain::review::{Contribution, ReviewStatus, ScoreFacts, median, middle_of_two};

/// Adds an approved review to its recruiter's scorecard.
pub(super) fn add_to_scores(conn: &mut DbConnection, review_id: i64) -> QueryResult<()> {
    change_scores(conn, review_id, 1)
}

/// Takes an approved review out of its recruiter's scorecard (before an edit): it is
/// pending again before the medians are read, so they no longer include it.
pub(super) fn withdraw_from_scores(conn: &mut DbConnection, review_id: i64) -> QueryResult<()> {
    let row: FactsRow = reviews::table
        .find(review_id)
        .select(FactsRow::as_select())
        .first(conn)?;
    diesel::update(reviews::table.find(review_id))
        .set(reviews::status.eq(ReviewStatus::Pending.as_str()))
        .execute(conn)?;
    apply_to_scores(conn, row, -1)
}

/// Adds (`sign` 1) or removes (-1) an approved review's facts. The review's status must
/// already say whether it counts, since the medians are read from the approved reviews.
fn change_scores(conn: &mut DbConnection, review_id: i64, sign: i64) -> QueryResult<()> {
    let row: FactsRow = reviews::table
        .find(review_id)
        .select(FactsRow::as_select())
        .first(conn)?;
    apply_to_scores(conn, row, sign)
}

fn apply_to_scores(conn: &mut DbConnection, row: FactsRow, sign: i64) -> QueryResult<()> {
    let (recruiter_id, facts) = facts(row);
    let c = Contribution::of(&facts);
    crate::db_run!(&mut *conn, c => diesel::insert_into(recruiter_scores::table)
        .values(recruiter_scores::recruiter_id.eq(recruiter_id))
        .on_conflict_do_nothing()
        .execute(c))?;
    // The row lock this update takes serialises concurrent changes to one recruiter, so the
    // medians read below include every review committed before.
    use recruiter_scores as s;
    let [d1, d2, d3, d4] = c.dimensions.map(|(sum, n)| (sign * sum, sign * n));
    let [h1, h2, h3, h4, h5] = c.shares.map(|(yes, n)| (sign * yes, sign * n));
    diesel::update(s::table.find(recruiter_id))
        .set((
            s::review_count.eq(s::review_count + sign * c.review_count),
            s::rating_sum.eq(s::rating_sum + sign * c.rating_sum),
            s::fees_honesty_sum.eq(s::fees_honesty_sum + d1.0),
            s::fees_honesty_n.eq(s::fees_honesty_n + d1.1),
            s::job_truth_sum.eq(s::job_truth_sum + d2.0),
            s::job_truth_n.eq(s::job_truth_n + d2.1),
            s::contract_documents_sum.eq(s::contract_documents_sum + d3.0),
            s::contract_documents_n.eq(s::contract_documents_n + d3.1),
            s::support_sum.eq(s::support_sum + d4.0),
            s::support_n.eq(s::support_n + d4.1),
            s::charged_yes.eq(s::charged_yes + h1.0),
            s::charged_n.eq(s::charged_n + h1.1),
            s::documents_yes.eq(s::documents_yes + h2.0),
            s::documents_n.eq(s::documents_n + h2.1),
            s::substituted_yes.eq(s::substituted_yes + h3.0),
            s::substituted_n.eq(s::substituted_n + h3.1),
            s::job_not_yes.eq(s::job_not_yes + h4.0),
            s::job_not_n.eq(s::job_not_n + h4.1),
            s::again_yes.eq(s::again_yes + h5.0),
            s::again_n.eq(s::again_n + h5.1),
            s::ratio_n.eq(s::ratio_n + sign * c.ratio_count),
        ))
        .execute(conn)?;
    diesel::update(score_totals::table.find(1))
        .set((
            score_totals::rating_sum.eq(score_totals::rating_sum + sign * c.rating_sum),
            score_totals::rating_count.eq(score_totals::rating_count + sign * c.review_count),
        ))
        .execute(conn)?;
    if facts.cost_ratio_bp.is_some() {
        refresh_ratio_median(conn, recruiter_id)?;
    }
    if let (Some(currency), Some(_)) = (&facts.currency, facts.total_cost) {
        refresh_cost_median(conn, recruiter_id, currency, sign)?;
    }
    Ok(())
}

/// The middle value (or the two middle values) of an indexed column, read at its offset.
fn middle(values: Vec<i64>, n: i64) -> Option<i64> {
    match (n % 2, values.as_slice()) {
        (1, [m, ..]) => Some(*m),
        (0, [a, b, ..]) => Some(middle_of_two(*a, *b)),
        _ => None,
    }
}

fn refresh_ratio_median(conn: &mut DbConnection, recruiter_id: i64) -> QueryResult<()> {
    let n: i64 = recruiter_scores::table
        .find(recruiter_id)
        .select(recruiter_scores::ratio_n)
        .first(conn)?;
    let median = if n > 0 {
        let values: Vec<Option<i64>> = reviews::table
            .filter(reviews::recruiter_id.eq(recruiter_id))
            .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
            .filter(reviews::cost_ratio_bp.is_not_null())
            .order(reviews::cost_ratio_bp.asc())
            .offset((n - 1) / 2)
            .limit(2)
            .select(reviews::cost_ratio_bp)
            .load(conn)?;
        middle(values.into_iter().flatten().collect(), n)
    } else {
        None
    };
    diesel::update(recruiter_scores::table.find(recruiter_id))
        .set(recruiter_scores::ratio_median_bp.eq(median))
        .execute(conn)?;
    Ok(())
}

fn refresh_cost_median(
    conn: &mut DbConnection,
    recruiter_id: i64,
    currency: &str,
    sign: i64,
) -> QueryResult<()> {
    use recruiter_cost_medians as m;
    let key = m::table.find((recruiter_id, currency));
    let n = key
        .select(m::review_count)
        .first::<i64>(conn)
        .optional()?
        .unwrap_or(0)
        + sign;
    if n <= 0 {
        diesel::delete(key).execute(conn)?;
        return Ok(());
    }
    let values: Vec<Option<i64>> = reviews::table
        .filter(reviews::recruiter_id.eq(recruiter_id))
        .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
        .filter(reviews::currency.eq(currency))
        .filter(reviews::total_cost.is_not_null())
        .order(reviews::total_cost.asc())
        .offset((n - 1) / 2)
        .limit(2)
        .select(reviews::total_cost)
        .load(conn)?;
    let median = middle(values.into_iter().flatten().collect(), n).unwrap_or(0);
    let row = (
        m::recruiter_id.eq(recruiter_id),
        m::currency.eq(currency),
        m::review_count.eq(n),
        m::median.eq(median),
    );
    crate::db_run!(&mut *conn, c => diesel::insert_into(m::table)
        .values(row)
        .on_conflict((m::recruiter_id, m::currency))
        .do_update()
        .set((m::review_count.eq(n), m::median.eq(median)))
        .execute(c))?;
    Ok(())
}

/// What a scorecard is made of, as kept.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeptScores {
    pub sums: Contribution,
    pub ratio_median_bp: Option<i64>,
    /// (currency, reviews, median), by currency.
    pub cost_medians: Vec<(String, i64, i64)>,
}

/// A kept scorecard row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = recruiter_scores)]
struct ScoreRow {
    recruiter_id: i64,
    review_count: i64,
    rating_sum: i64,
    fees_honesty_sum: i64,
    fees_honesty_n: i64,
    job_truth_sum: i64,
    job_truth_n: i64,
    contract_documents_sum: i64,
    contract_documents_n: i64,
    support_sum: i64,
    support_n: i64,
    charged_yes: i64,
    charged_n: i64,
    documents_yes: i64,
    documents_n: i64,
    substituted_yes: i64,
    substituted_n: i64,
    job_not_yes: i64,
    job_not_n: i64,
    again_yes: i64,
    again_n: i64,
    ratio_n: i64,
    ratio_median_bp: Option<i64>,
}

fn kept_of(r: ScoreRow) -> (i64, Contribution, Option<i64>) {
    (
        r.recruiter_id,
        Contribution {
            review_count: r.review_count,
            rating_sum: r.rating_sum,
            dimensions: [
                (r.fees_honesty_sum, r.fees_honesty_n),
                (r.job_truth_sum, r.job_truth_n),
                (r.contract_documents_sum, r.contract_documents_n),
                (r.support_sum, r.support_n),
            ],
            shares: [
                (r.charged_yes, r.charged_n),
                (r.documents_yes, r.documents_n),
                (r.substituted_yes, r.substituted_n),
                (r.job_not_yes, r.job_not_n),
                (r.again_yes, r.again_n),
            ],
            ratio_count: r.ratio_n,
        },
        r.ratio_median_bp,
    )
}

/// A recruiter's kept scorecard and the overall prior (rating sum, count): three queries,
/// whatever the number of reviews.
pub fn scorecard(
    conn: &mut DbConnection,
    recruiter_id: i64,
) -> QueryResult<(KeptScores, (i64, i64))> {
    let row: Option<ScoreRow> = recruiter_scores::table
        .find(recruiter_id)
        .select(ScoreRow::as_select())
        .first(conn)
        .optional()?;
    let mut kept = KeptScores::default();
    if let Some(row) = row {
        let (_, sums, ratio) = kept_of(row);
        kept.sums = sums;
        kept.ratio_median_bp = ratio;
    }
    kept.cost_medians = recruiter_cost_medians::table
        .filter(recruiter_cost_medians::recruiter_id.eq(recruiter_id))
        .order(recruiter_cost_medians::currency.asc())
        .select((
            recruiter_cost_medians::currency,
            recruiter_cost_medians::review_count,
            recruiter_cost_medians::median,
        ))
        .load(conn)?;
    let totals = score_totals::table
        .find(1)
        .select((score_totals::rating_sum, score_totals::rating_count))
        .first(conn)?;
    Ok((kept, totals))
}

/// Every kept scorecard by recruiter id, and the rating totals.
pub type AllKept = (Vec<(i64, KeptScores)>, (i64, i64));

/// Every kept scorecard, by recruiter id, and the totals: what [`recompute_all`] must
/// reproduce (for tests and the command's check).
pub fn all_kept(conn: &mut DbConnection) -> QueryResult<AllKept> {
    let rows: Vec<ScoreRow> = recruiter_scores::table
        .order(recruiter_scores::recruiter_id)
        .select(ScoreRow::as_select())
        .load(conn)?;
    let medians: Vec<(i64, String, i64, i64)> = recruiter_cost_medians::table
        .order((
            recruiter_cost_medians::recruiter_id,
            recruiter_cost_medians::currency,
        ))
        .load(conn)?;
    let mut out: Vec<(i64, KeptScores)> = rows
        .into_iter()
        .map(kept_of)
        // A recruiter whose every review was taken out keeps a row of zeros; it says the
        // same as no row.
        .filter(|(_, sums, _)| sums.review_count != 0 || *sums != Contribution::default())
        .map(|(id, sums, ratio)| {
            (
                id,
                KeptScores {
                    sums,
                    ratio_median_bp: ratio,
                    cost_medians: Vec::new(),
                },
            )
        })
        .collect();
    for (recruiter_id, currency, n, median) in medians {
        if let Some((_, kept)) = out.iter_mut().find(|(id, _)| *id == recruiter_id) {
            kept.cost_medians.push((currency, n, median));
        }
    }
    let totals = score_totals::table
        .find(1)
        .select((score_totals::rating_sum, score_totals::rating_count))
        .first(conn)?;
    Ok((out, totals))
}

/// Rebuilds every scorecard from the approved reviews, in one transaction. Returns the
/// number of reviews read and of recruiters scored.
pub fn recompute_all(conn: &mut DbConnection) -> QueryResult<(i64, i64)> {
    const PAGE: i64 = 50_000;
    crate::db::transaction(conn, |conn| {
        diesel::delete(recruiter_cost_medians::table).execute(conn)?;
        diesel::delete(recruiter_scores::table).execute(conn)?;
        let mut totals = (0i64, 0i64);
        let mut read = 0i64;
        let mut scored = 0i64;
        let mut last = (0i64, 0i64);
        let mut current: Option<Accumulator> = None;
        loop {
            let rows: Vec<(i64, FactsRow)> = reviews::table
                .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
                .filter(
                    reviews::recruiter_id
                        .gt(last.0)
                        .or(reviews::recruiter_id.eq(last.0).and(reviews::id.gt(last.1))),
                )
                .order((reviews::recruiter_id.asc(), reviews::id.asc()))
                .limit(PAGE)
                .select((reviews::id, FactsRow::as_select()))
                .load(conn)?;
            let done = (rows.len() as i64) < PAGE;
            for (id, row) in rows {
                read += 1;
                let (recruiter_id, f) = facts(row);
                last = (recruiter_id, id);
                if current
                    .as_ref()
                    .is_some_and(|a| a.recruiter_id != recruiter_id)
                    && let Some(finished) = current.take()
                {
                    finished.store(conn)?;
                    scored += 1;
                }
                let acc = current.get_or_insert_with(|| Accumulator::new(recruiter_id));
                let c = Contribution::of(&f);
                totals.0 += c.rating_sum;
                totals.1 += c.review_count;
                acc.add(&f, &c);
            }
            if done {
                break;
            }
        }
        if let Some(finished) = current.take() {
            finished.store(conn)?;
            scored += 1;
        }
        diesel::update(score_totals::table.find(1))
            .set((
                score_totals::rating_sum.eq(totals.0),
                score_totals::rating_count.eq(totals.1),
            ))
            .execute(conn)?;
        Ok((read, scored))
    })
}

/// One recruiter's scorecard being rebuilt.
struct Accumulator {
    recruiter_id: i64,
    sums: Contribution,
    ratios: Vec<i64>,
    costs: std::collections::BTreeMap<String, Vec<i64>>,
}

impl Accumulator {
    fn new(recruiter_id: i64) -> Accumulator {
        Accumulator {
            recruiter_id,
            sums: Contribution::default(),
            ratios: Vec::new(),
            costs: Default::default(),
        }
    }

    fn add(&mut self, f: &ScoreFacts, c: &Contribution) {
        self.sums.add(c, 1);
        if let Some(r) = f.cost_ratio_bp {
            self.ratios.push(r);
        }
        if let (Some(currency), Some(total)) = (&f.currency, f.total_cost) {
            self.costs.entry(currency.clone()).or_default().push(total);
        }
    }

    fn store(mut self, conn: &mut DbConnection) -> QueryResult<()> {
        use recruiter_scores as s;
        self.ratios.sort_unstable();
        let c = &self.sums;
        let [d1, d2, d3, d4] = c.dimensions;
        let [h1, h2, h3, h4, h5] = c.shares;
        diesel::insert_into(s::table)
            .values((
                s::recruiter_id.eq(self.recruiter_id),
                s::review_count.eq(c.review_count),
                s::rating_sum.eq(c.rating_sum),
                s::fees_honesty_sum.eq(d1.0),
                s::fees_honesty_n.eq(d1.1),
                s::job_truth_sum.eq(d2.0),
                s::job_truth_n.eq(d2.1),
                s::contract_documents_sum.eq(d3.0),
                s::contract_documents_n.eq(d3.1),
                s::support_sum.eq(d4.0),
                s::support_n.eq(d4.1),
                s::charged_yes.eq(h1.0),
                s::charged_n.eq(h1.1),
                s::documents_yes.eq(h2.0),
                s::documents_n.eq(h2.1),
                s::substituted_yes.eq(h3.0),
                s::substituted_n.eq(h3.1),
                s::job_not_yes.eq(h4.0),
                s::job_not_n.eq(h4.1),
                s::again_yes.eq(h5.0),
                s::again_n.eq(h5.1),
                s::ratio_n.eq(c.ratio_count),
                s::ratio_median_bp.eq(median(&self.ratios)),
            ))
            .execute(conn)?;
        for (currency, mut values) in self.costs {
            values.sort_unstable();
            diesel::insert_into(recruiter_cost_medians::table)
                .values((
                    recruiter_cost_medians::recruiter_id.eq(self.recruiter_id),
                    recruiter_cost_medians::currency.eq(&currency),
                    recruiter_cost_medians::review_count.eq(values.len() as i64),
                    recruiter_cost_medians::median.eq(median(&values).unwrap_or(0)),
                ))
                .execute(conn)?;
        }
        Ok(())
    }
}
