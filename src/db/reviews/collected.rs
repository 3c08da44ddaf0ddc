//! Reviews collected on paper, by a partner or by telephone and loaded by `import-reviews`:
//! stored pending, marked with who collected them and how, in a batch that can be withdrawn
//! as a whole until a moderator approves one of it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::rows::{NewReview, ReviewFields};
use super::submit::insert_costs;
use crate::db::DbConnection;
use crate::db::schema::{exchange_rates, recruiters, review_costs, reviews};
use crate::domain::recruiter::PublicId;
use crate::domain::review::{Channel, ReviewDraft, ReviewStatus};

/// A checked review from a batch, and the listed recruiter it is about.
#[derive(Debug, Clone)]
pub struct CollectedReview {
    pub recruiter_id: i64,
    pub draft: ReviewDraft,
    pub collected_by: String,
    pub channel: Channel,
}

/// Stores checked reviews as pending, each with its costs, in one transaction: all of them
/// or none.
pub fn insert_collected(
    conn: &mut DbConnection,
    collected: &[CollectedReview],
    batch: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    crate::db::transaction(conn, |conn| {
        for review in collected {
            insert_one(conn, review, Some(batch), now)?;
        }
        Ok(())
    })
}

/// Stores one collected review as pending with its costs (the caller's transaction): a
/// batch's, or one an intake partner sent (no batch). Returns its row id and public id.
pub fn insert_one(
    conn: &mut DbConnection,
    review: &CollectedReview,
    batch: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<(i64, String)> {
    let public_id = PublicId::generate().to_string();
    let id: i64 = diesel::insert_into(reviews::table)
        .values(NewReview {
            public_id: public_id.clone(),
            filed_for_id: review.recruiter_id,
            recruiter_id: review.recruiter_id,
            author_id: None,
            created_at: now,
            collected_by: Some(&review.collected_by),
            channel: Some(review.channel.as_str()),
            import_batch: batch,
            fields: ReviewFields::of(&review.draft, now),
        })
        .returning(reviews::id)
        .get_result(conn)?;
    insert_costs(conn, id, &review.draft.costs)?;
    Ok((id, public_id))
}

/// The listed, licensed recruiter holding the licence whose normal form is `key` in
/// `country`.
pub fn listed_licensee(
    conn: &mut DbConnection,
    country: &str,
    key: &str,
) -> QueryResult<Option<i64>> {
    recruiters::table
        .filter(recruiters::licence_key.eq(key))
        .filter(recruiters::licensing_country.eq(country))
        .filter(recruiters::is_sub_agent.eq(false))
        .filter(recruiters::listing.eq(crate::db::recruiters::LISTED))
        .select(recruiters::id)
        .order(recruiters::id)
        .first(conn)
        .optional()
}

/// Whether an exchange rate to US dollars is known for `currency` in `year` (the reports
/// compare costs across currencies with it).
pub fn has_rate(conn: &mut DbConnection, currency: &str, year: i32) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        exchange_rates::table
            .filter(exchange_rates::currency.eq(currency))
            .filter(exchange_rates::year.eq(year)),
    ))
    .get_result(conn)
}

/// How many reviews a batch holds.
pub fn batch_size(conn: &mut DbConnection, batch: &str) -> QueryResult<i64> {
    reviews::table
        .filter(reviews::import_batch.eq(batch))
        .count()
        .get_result(conn)
}

/// What withdrawing a batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawal {
    /// The batch's reviews (pending or rejected) are deleted, with their costs.
    Withdrawn(usize),
    /// Nothing was deleted: this many of the batch are approved, on scorecards already.
    Approved(i64),
    /// No review carries that batch.
    Unknown,
}

/// Withdraws a batch as a whole, in one transaction: refused when a moderator has already
/// approved any of it.
pub fn withdraw_batch(conn: &mut DbConnection, batch: &str) -> QueryResult<Withdrawal> {
    crate::db::transaction(conn, |conn| {
        let ids: Vec<i64> = reviews::table
            .filter(reviews::import_batch.eq(batch))
            .select(reviews::id)
            .load(conn)?;
        if ids.is_empty() {
            return Ok(Withdrawal::Unknown);
        }
        let approved: i64 = reviews::table
            .filter(reviews::import_batch.eq(batch))
            .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
            .count()
            .get_result(conn)?;
        if approved > 0 {
            return Ok(Withdrawal::Approved(approved));
        }
        for chunk in ids.chunks(10_000) {
            diesel::delete(review_costs::table.filter(review_costs::review_id.eq_any(chunk)))
                .execute(conn)?;
            diesel::delete(reviews::table.filter(reviews::id.eq_any(chunk))).execute(conn)?;
        }
        Ok(Withdrawal::Withdrawn(ids.len()))
    })
}
