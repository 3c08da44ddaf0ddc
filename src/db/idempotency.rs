//! The answers kept for API requests sent with an `Idempotency-Key` (`api::idempotency` says
//! what is in a row and why nothing in it names the caller).

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::idempotency_keys;
use crate::db_run;

/// How long a key is remembered.
pub const KEEP: TimeDelta = TimeDelta::hours(24);

/// A first request whose answer never came (its server died) is given up after this: longer
/// than any request may take (an upload has 10 minutes by default).
pub const ABANDONED_AFTER: TimeDelta = TimeDelta::minutes(30);

/// What is known of a key.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Kept {
    pub request_mac: Option<String>,
    pub status: Option<i32>,
    pub content_type: Option<String>,
    pub body: Option<String>,
    pub created_at: NaiveDateTime,
}

impl Kept {
    /// Still being answered (and not abandoned) at `now`?
    pub fn in_progress(&self, now: NaiveDateTime) -> bool {
        self.status.is_none() && self.created_at > now - ABANDONED_AFTER
    }
}

/// The minute of `now`: a row holds no finer time.
fn minute(now: NaiveDateTime) -> NaiveDateTime {
    use chrono::Timelike;
    now.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now)
}

/// Claims `id` for a first request: true when this caller is the one to answer it (no row, or
/// only an expired or abandoned one). One statement each, so two requests arriving at once
/// cannot both claim it (the primary key decides).
pub fn claim(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<bool> {
    // An expired answer or an abandoned claim is removed first.
    diesel::delete(
        idempotency_keys::table.find(id).filter(
            idempotency_keys::created_at
                .le(now - KEEP)
                .or(idempotency_keys::status
                    .is_null()
                    .and(idempotency_keys::created_at.le(now - ABANDONED_AFTER))),
        ),
    )
    .execute(conn)?;
    let at = minute(now);
    let inserted = db_run!(conn, c => diesel::insert_into(idempotency_keys::table)
        .values((idempotency_keys::id.eq(id), idempotency_keys::created_at.eq(at)))
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted == 1)
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Kept>> {
    idempotency_keys::table
        .find(id)
        .select((
            idempotency_keys::request_mac,
            idempotency_keys::status,
            idempotency_keys::content_type,
            idempotency_keys::body,
            idempotency_keys::created_at,
        ))
        .first(conn)
        .optional()
}

/// The answer of the first request, kept for its retries.
pub struct Answer<'a> {
    pub request_mac: &'a str,
    pub status: u16,
    pub content_type: Option<&'a str>,
    pub sealed_body: &'a str,
}

/// Keeps the answer for the claimed `id`.
pub fn answer(conn: &mut DbConnection, id: &str, answer: &Answer<'_>) -> QueryResult<()> {
    diesel::update(idempotency_keys::table.find(id))
        .set((
            idempotency_keys::request_mac.eq(answer.request_mac),
            idempotency_keys::status.eq(i32::from(answer.status)),
            idempotency_keys::content_type.eq(answer.content_type),
            idempotency_keys::body.eq(answer.sealed_body),
        ))
        .execute(conn)?;
    Ok(())
}

/// Lets the key go: the first request was refused (nothing was created), so a retry runs
/// again.
pub fn release(conn: &mut DbConnection, id: &str) -> QueryResult<()> {
    diesel::delete(
        idempotency_keys::table
            .find(id)
            .filter(idempotency_keys::status.is_null()),
    )
    .execute(conn)?;
    Ok(())
}

/// Deletes the keys older than [`KEEP`] (the hourly retention job).
pub fn purge(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.le(now - KEEP)))
        .execute(conn)
}
