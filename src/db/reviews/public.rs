//! Published reviews on a profile, the author's own list, and the profile page's reads.

use super::moderation::{StoredReview, stored};
use super::scores::{KeptScores, scorecard};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{recruiters, reviews};
use crate::domain::recruiter::PublicId;
use crate::domain::review::ReviewStatus;
use crate::error::AppError;

/// An approved review as the public sees it: no name, no costs itemised.
#[derive(Debug, Clone, Queryable)]
pub struct PublicReview {
    pub public_id: String,
    pub created_at: NaiveDateTime,
    pub origin: String,
    pub destination: String,
    pub departure_year: i32,
    pub rating_overall: i16,
    pub would_use_again: Option<bool>,
    pub body: Option<String>,
    pub body_language: Option<String>,
}

/// One page of a recruiter's approved reviews, newest first, optionally in one language:
/// one query (a row past the page says whether there is a next one).
pub fn public_page(
    conn: &mut DbConnection,
    recruiter_id: i64,
    language: Option<&str>,
    page: i64,
    per_page: i64,
) -> QueryResult<(Vec<PublicReview>, bool)> {
    // Static queries (one per case) rather than a boxed one: diesel keeps their prepared
    // statements, where a boxed query's SQL is parsed again on every page.
    let columns = (
        reviews::public_id,
        reviews::created_at,
        reviews::origin,
        reviews::destination,
        reviews::departure_year,
        reviews::rating_overall,
        reviews::would_use_again,
        reviews::body,
        reviews::body_language,
    );
    let order = (reviews::created_at.desc(), reviews::id.desc());
    let approved = reviews::table
        .filter(reviews::recruiter_id.eq(recruiter_id))
        .filter(reviews::status.eq(ReviewStatus::Approved.as_str()));
    let (offset, limit) = ((page - 1) * per_page, per_page + 1);
    let mut rows: Vec<PublicReview> = match language {
        Some(language) => approved
            .filter(reviews::body_language.eq(language))
            .order(order)
            .offset(offset)
            .limit(limit)
            .select(columns)
            .load(conn)?,
        None => approved
            .order(order)
            .offset(offset)
            .limit(limit)
            .select(columns)
            .load(conn)?,
    };
    let more = rows.len() as i64 > per_page;
    rows.truncate(per_page as usize);
    Ok((rows, more))
}

/// A signed-in worker's own review, for their account page.
#[derive(Debug, Clone, Queryable)]
pub struct OwnReview {
    pub recruiter_public_id: String,
    pub recruiter_name: String,
    pub departure_year: i32,
    pub status: String,
    pub reject_reason: Option<String>,
    pub updated_at: NaiveDateTime,
}

/// A worker's reviews, newest first (one query, at most 100).
pub fn by_author(conn: &mut DbConnection, author: i64) -> QueryResult<Vec<OwnReview>> {
    reviews::table
        .inner_join(recruiters::table.on(recruiters::id.eq(reviews::filed_for_id)))
        .filter(reviews::author_id.eq(author))
        .order((reviews::updated_at.desc(), reviews::id.desc()))
        .limit(100)
        .select((
            recruiters::public_id,
            recruiters::name,
            reviews::departure_year,
            reviews::status,
            reviews::reject_reason,
            reviews::updated_at,
        ))
        .load(conn)
}

/// The row id of the listed recruiter behind a public id (a name waiting for a moderator
/// has no public scorecard or reviews).
pub fn recruiter_id(conn: &mut DbConnection, public_id: &PublicId) -> QueryResult<Option<i64>> {
    recruiters::table
        .filter(recruiters::public_id.eq(public_id.as_str()))
        .filter(recruiters::listing.eq(crate::db::recruiters::LISTED))
        .select(recruiters::id)
        .first(conn)
        .optional()
}

/// A review's row id behind its public id.
pub fn id_of(conn: &mut DbConnection, public_id: &str) -> Result<i64, AppError> {
    reviews::table
        .filter(reviews::public_id.eq(public_id))
        .select(reviews::id)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// Everything a recruiter's profile page reads.
pub struct ProfileData {
    pub profile: crate::db::recruiters::RecruiterProfile,
    pub kept: KeptScores,
    /// Rating sum and count of all approved reviews (the Bayesian prior).
    pub totals: (i64, i64),
    pub reviews: Vec<PublicReview>,
    pub more: bool,
}

/// A profile with its scorecard and one page of reviews: seven queries, whatever the number
/// of reviews. `None` for an unknown recruiter.
pub fn profile_page(
    conn: &mut DbConnection,
    id: &PublicId,
    language: Option<&str>,
    page: i64,
    per_page: i64,
) -> QueryResult<Option<ProfileData>> {
    let Some(profile) = crate::db::recruiters::profile(conn, id)? else {
        return Ok(None);
    };
    let row_id = profile.recruiter.id;
    let (kept, totals) = scorecard(conn, row_id)?;
    let (reviews, more) = public_page(conn, row_id, language, page, per_page)?;
    Ok(Some(ProfileData {
        profile,
        kept,
        totals,
        reviews,
        more,
    }))
}

/// A review with its costs by public id (the review → complaint bridge).
pub fn stored_by_public_id(
    conn: &mut DbConnection,
    public_id: &str,
) -> QueryResult<Option<StoredReview>> {
    let id: Option<i64> = reviews::table
        .filter(reviews::public_id.eq(public_id))
        .select(reviews::id)
        .first(conn)
        .optional()?;
    match id {
        Some(id) => stored(conn, id),
        None => Ok(None),
    }
}
