//! Storing a worker's review as pending (a second one of the same year replaces the first).

use super::rows::{NewCost, NewReview, ReviewFields};
use super::scores::withdraw_from_scores;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{recruiters, review_costs, reviews};
use crate::domain::recruiter::PublicId;
use crate::domain::review::{CostItem, ReviewDraft, ReviewStatus};
use crate::error::AppError;

/// What happened to a submitted review.
#[derive(Debug, Clone)]
pub struct Submitted {
    pub public_id: String,
    /// A signed-in worker's earlier review of the same recruiter and year was replaced.
    pub replaced: bool,
}

/// Stores a review of the recruiter `filed_for` as pending. A signed-in worker's second
/// review of the same recruiter and departure year replaces the first (taking an approved
/// one out of the scorecard until it is approved again). Unknown recruiter: `NotFound`.
pub fn submit(
    conn: &mut DbConnection,
    filed_for: &PublicId,
    author: Option<i64>,
    draft: &ReviewDraft,
    now: NaiveDateTime,
) -> Result<Submitted, AppError> {
    crate::db::transaction(conn, |conn| {
        let recruiter_id: i64 = recruiters::table
            .filter(recruiters::public_id.eq(filed_for.as_str()))
            .filter(recruiters::listing.eq(crate::db::recruiters::LISTED))
            .select(recruiters::id)
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        let fields = ReviewFields::of(draft, now);
        let earlier: Option<(i64, String, String)> = match author {
            Some(author) => reviews::table
                .filter(reviews::author_id.eq(author))
                .filter(reviews::filed_for_id.eq(recruiter_id))
                .filter(reviews::departure_year.eq(draft.departure_year))
                .select((reviews::id, reviews::public_id, reviews::status))
                .first(conn)
                .optional()?,
            None => None,
        };
        let (review_id, public_id, replaced) = match earlier {
            Some((id, public_id, status)) => {
                if status == ReviewStatus::Approved.as_str() {
                    withdraw_from_scores(conn, id)?;
                }
                diesel::update(reviews::table.find(id))
                    .set((&fields, reviews::recruiter_id.eq(recruiter_id)))
                    .execute(conn)?;
                diesel::delete(review_costs::table.filter(review_costs::review_id.eq(id)))
                    .execute(conn)?;
                (id, public_id, true)
            }
            None => {
                let public_id = PublicId::generate().to_string();
                let id = diesel::insert_into(reviews::table)
                    .values(NewReview {
                        public_id: public_id.clone(),
                        filed_for_id: recruiter_id,
                        recruiter_id,
                        author_id: author,
                        created_at: now,
                        collected_by: None,
                        channel: None,
                        import_batch: None,
                        fields,
                    })
                    .returning(reviews::id)
                    .get_result(conn)?;
                (id, public_id, false)
            }
        };
        insert_costs(conn, review_id, &draft.costs)?;
        Ok(Submitted {
            public_id,
            replaced,
        })
    })
}

pub(super) fn insert_costs(
    conn: &mut DbConnection,
    review_id: i64,
    costs: &[CostItem],
) -> QueryResult<()> {
    if costs.is_empty() {
        return Ok(());
    }
    let rows: Vec<NewCost> = costs
        .iter()
        .map(|c| NewCost {
            review_id,
            category: c.category.as_str(),
            paid: c.paid,
            amount: c.amount,
            paid_to: c.paid_to.map(|p| p.as_str()),
            receipt: c.receipt,
        })
        .collect();
    crate::db_run!(&mut *conn, c => diesel::insert_into(review_costs::table)
        .values(&rows)
        .execute(c))?;
    Ok(())
}
