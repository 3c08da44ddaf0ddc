//! Watchlists: the recruiters a staff member watches, and the weekly summary of what changed
//! about them — new reviews, the rating, the licence status, new complaints — written to the
//! outbox as counts only.

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::dsl::{count_star, max, min};
use diesel::prelude::*;

use super::DbConnection;
use super::outbox::NewMail;
use super::schema::{
    complaints, recruiter_scores, recruiters, reviews, users, watch_digests, watches,
};
use crate::db_run;
use crate::domain::complaint::day_of;
use crate::domain::notice::{Kind, MailNotices};
use crate::domain::recruiter::PublicId;
use crate::domain::review::{K_MIN, ReviewStatus};
use crate::domain::text;
use crate::error::{AppError, InputError};

/// Most recruiters one person watches.
pub const WATCH_MAX: i64 = 200;

/// A summary covers a week.
pub const WEEK: TimeDelta = TimeDelta::days(7);

/// A recruiter as the watchlist shows it.
#[derive(Debug, Clone)]
pub struct Watched {
    pub public_id: String,
    pub name: String,
    pub licence_status: Option<String>,
    pub review_count: i64,
    /// Mean overall rating in tenths, when it rests on at least [`K_MIN`] reviews.
    pub rating_tenths: Option<i32>,
}

/// The mean overall rating in tenths (1–5 → 10–50), or None below [`K_MIN`] reviews.
fn rating_tenths(review_count: Option<i64>, rating_sum: Option<i64>) -> Option<i32> {
    let (n, sum) = (review_count?, rating_sum?);
    if n < K_MIN {
        return None;
    }
    i32::try_from((sum * 10 + n / 2) / n).ok()
}

/// Finds a recruiter by its FairRecruit id or its licence number.
fn find(conn: &mut DbConnection, typed: &str) -> Result<(i64, Option<String>), AppError> {
    let typed = typed.trim();
    let missing = || AppError::from(InputError::new("recruiter", "error-watch-recruiter"));
    let found = if let Some(id) = PublicId::parse(typed) {
        recruiters::table
            .filter(recruiters::public_id.eq(id.as_str().to_owned()))
            .filter(recruiters::listing.eq(crate::db::recruiters::LISTED))
            .select((recruiters::id, recruiters::licence_status))
            .first(conn)
            .optional()?
    } else {
        let folded = text::fold_licence(typed);
        if folded.is_empty() {
            return Err(missing());
        }
        recruiters::table
            .filter(recruiters::licence_norm.eq(folded))
            .filter(recruiters::listing.eq(crate::db::recruiters::LISTED))
            .order(recruiters::id)
            .select((recruiters::id, recruiters::licence_status))
            .first(conn)
            .optional()?
    };
    found.ok_or_else(missing)
}

/// Starts watching a recruiter (by FairRecruit id or licence number). Watching one already
/// watched changes nothing. Returns the recruiter's public id.
pub fn watch(
    conn: &mut DbConnection,
    user_id: i64,
    typed: &str,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    super::transaction(conn, |conn| {
        let (recruiter, licence) = find(conn, typed)?;
        let watched: i64 = watches::table
            .filter(watches::user_id.eq(user_id))
            .count()
            .get_result(conn)?;
        if watched >= WATCH_MAX {
            return Err(InputError::new("recruiter", "error-watch-limit").into());
        }
        let scores: Option<(i64, i64)> = recruiter_scores::table
            .find(recruiter)
            .select((recruiter_scores::review_count, recruiter_scores::rating_sum))
            .first(conn)
            .optional()?;
        let rating = rating_tenths(scores.map(|s| s.0), scores.map(|s| s.1));
        let row = (
            watches::user_id.eq(user_id),
            watches::recruiter_id.eq(recruiter),
            watches::created_at.eq(now),
            watches::rating_seen.eq(rating),
            watches::licence_seen.eq(licence),
        );
        db_run!(&mut *conn, c => diesel::insert_into(watches::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c))?;
        Ok(recruiters::table
            .find(recruiter)
            .select(recruiters::public_id)
            .first(conn)?)
    })
}

/// Stops watching. False when the recruiter was not watched.
pub fn unwatch(conn: &mut DbConnection, user_id: i64, public_id: &PublicId) -> QueryResult<bool> {
    let recruiter: Option<i64> = recruiters::table
        .filter(recruiters::public_id.eq(public_id.as_str().to_owned()))
        .select(recruiters::id)
        .first(conn)
        .optional()?;
    let Some(recruiter) = recruiter else {
        return Ok(false);
    };
    diesel::delete(watches::table.find((user_id, recruiter)))
        .execute(conn)
        .map(|n| n == 1)
}

/// A watched recruiter with what the list and the summary need.
#[derive(Debug, Clone, Queryable)]
struct WatchRow {
    recruiter_id: i64,
    public_id: String,
    name: String,
    licence_status: Option<String>,
    rating_seen: Option<i32>,
    licence_seen: Option<String>,
    review_count: Option<i64>,
    rating_sum: Option<i64>,
}

/// The person's watched recruiters, by name, with their kept scores: one query.
fn watched(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<WatchRow>> {
    watches::table
        .inner_join(recruiters::table)
        .left_join(
            recruiter_scores::table.on(recruiter_scores::recruiter_id.eq(watches::recruiter_id)),
        )
        .filter(watches::user_id.eq(user_id))
        .order((recruiters::name_norm, recruiters::id))
        .limit(WATCH_MAX)
        .select((
            watches::recruiter_id,
            recruiters::public_id,
            recruiters::name,
            recruiters::licence_status,
            watches::rating_seen,
            watches::licence_seen,
            recruiter_scores::review_count.nullable(),
            recruiter_scores::rating_sum.nullable(),
        ))
        .load(conn)
}

/// The person's watched recruiters, by name: one query.
pub fn list(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Watched>> {
    Ok(watched(conn, user_id)?
        .into_iter()
        .map(|w| Watched {
            rating_tenths: rating_tenths(w.review_count, w.rating_sum),
            review_count: w.review_count.unwrap_or(0),
            public_id: w.public_id,
            name: w.name,
            licence_status: w.licence_status,
        })
        .collect())
}

/// One watched recruiter in a summary. Complaint counts of 1 to 4 are given as "fewer than
/// 5" (k = 5): a summary is not a report on a handful of workers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Change {
    pub name: String,
    pub reviews: i64,
    /// Rating in tenths before and now, when it changed (before: None when it had too few
    /// reviews to show).
    pub rating: Option<(Option<i32>, i32)>,
    /// The new licence status, when it changed.
    pub licence: Option<String>,
    pub complaints: NewComplaints,
}

/// How many new complaints a summary tells: never a count under [`K_MIN`], and counts
/// rounded to the nearest five like the public reports' (`reports::rounded`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NewComplaints {
    None,
    /// 1 to 4.
    Fewer,
    /// Rounded to a multiple of five.
    Count(i64),
}

impl Change {
    fn is_empty(&self) -> bool {
        self.reviews == 0
            && self.rating.is_none()
            && self.licence.is_none()
            && self.complaints == NewComplaints::None
    }
}

/// The params of a watch summary in the outbox.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    pub recruiters: Vec<Change>,
}

/// Writes the weekly summaries that are due: for each watcher whose last summary (or first
/// watch) is a week old, what changed about each watched recruiter since. A watcher with an
/// address who wants mail gets one outbox row when anything changed; in every case the week
/// is marked as covered, together, in one transaction per watcher. Returns the summaries
/// written.
pub fn gather_weekly(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    // One read for every watcher: the start of their first watch and the end of their last
    // summary. Only those due get a (writing) transaction, so the upkeep that runs every few
    // minutes takes no write lock in the weeks between.
    let watchers: Vec<(i64, Option<NaiveDateTime>, Option<NaiveDateTime>)> = watches::table
        .left_join(watch_digests::table.on(watch_digests::user_id.eq(watches::user_id)))
        .group_by(watches::user_id)
        .select((
            watches::user_id,
            min(watches::created_at),
            max(watch_digests::covered_until.nullable()),
        ))
        .load(conn)?;
    let mut written = 0;
    for (user, first_watch, covered) in watchers {
        let Some(since) = covered.or(first_watch) else {
            continue;
        };
        if now - since < WEEK {
            continue;
        }
        // `summarise` checks again inside the transaction: another instance may have
        // written this week's summary since the read.
        written += super::transaction(conn, |conn| summarise(conn, user, since, now))?;
    }
    Ok(written)
}

fn summarise(
    conn: &mut DbConnection,
    user: i64,
    read_since: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let covered: Option<NaiveDateTime> = watch_digests::table
        .find(user)
        .select(watch_digests::covered_until)
        .first(conn)
        .optional()?;
    let since = covered.unwrap_or(read_since);
    if now - since < WEEK {
        return Ok(0);
    }
    let watched = watched(conn, user)?;
    let ids: Vec<i64> = watched.iter().map(|w| w.recruiter_id).collect();
    let new_reviews: HashMap<i64, i64> = reviews::table
        .filter(reviews::recruiter_id.eq_any(&ids))
        .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
        .filter(reviews::moderated_at.gt(since))
        .filter(reviews::moderated_at.le(now))
        .group_by(reviews::recruiter_id)
        .select((reviews::recruiter_id, count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let new_complaints: HashMap<i64, i64> = complaints::table
        .filter(complaints::recruiter_id.eq_any(&ids))
        // Complaints keep the day only: a summary counts whole days, up to today.
        .filter(complaints::received_on.ge(day_of(since)))
        .filter(complaints::received_on.lt(day_of(now)))
        .group_by(complaints::recruiter_id)
        .select((complaints::recruiter_id, count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let mut changes = Vec::new();
    for w in watched {
        let WatchRow {
            recruiter_id: recruiter,
            name,
            licence_status: licence,
            rating_seen,
            licence_seen,
            ..
        } = w;
        let rating_now = rating_tenths(w.review_count, w.rating_sum);
        let change = Change {
            name,
            reviews: new_reviews.get(&recruiter).copied().unwrap_or(0),
            rating: match rating_now {
                Some(now) if rating_seen != Some(now) => Some((rating_seen, now)),
                _ => None,
            },
            licence: licence.clone().filter(|l| licence_seen.as_ref() != Some(l)),
            complaints: match new_complaints.get(&recruiter).copied().unwrap_or(0) {
                0 => NewComplaints::None,
                n if n < K_MIN => NewComplaints::Fewer,
                n => NewComplaints::Count(crate::reports::rounded(n)),
            },
        };
        if change.rating.is_some() || change.licence.is_some() {
            diesel::update(watches::table.find((user, recruiter)))
                .set((
                    watches::rating_seen.eq(rating_now),
                    watches::licence_seen.eq(licence),
                ))
                .execute(conn)?;
        }
        if !change.is_empty() {
            changes.push(change);
        }
    }
    let row = (
        watch_digests::user_id.eq(user),
        watch_digests::covered_until.eq(now),
    );
    db_run!(&mut *conn, c => diesel::insert_into(watch_digests::table)
        .values(row)
        .on_conflict(watch_digests::user_id)
        .do_update()
        .set(watch_digests::covered_until.eq(now))
        .execute(c))?;
    if changes.is_empty() {
        return Ok(0);
    }
    let recipient: Option<(Option<String>, Option<String>)> = users::table
        .find(user)
        .filter(users::disabled.eq(false))
        .filter(users::mail_notices.ne(MailNotices::None.as_str()))
        .select((users::email, users::language))
        .first(conn)
        .optional()?;
    let Some((Some(email), language)) = recipient else {
        return Ok(0);
    };
    let params = serde_json::to_string(&Summary {
        recruiters: changes,
    })
    .unwrap_or_else(|_| "{}".into());
    NewMail::to(
        user,
        email,
        language,
        Kind::WatchSummary,
        "/watchlist",
        params,
        now,
    )
    .insert(conn)?;
    Ok(1)
}
