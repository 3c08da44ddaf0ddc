//! The throttles' counters kept in PostgreSQL (`auth::throttle` says when): one row per
//! throttle and subject, `subject` a keyed hash the caller made (never an address or a name).
//! Every statement is one atomic upsert, so concurrent requests on any number of servers
//! count as they would on one. The time is the database's, so servers whose clocks differ
//! still agree.

use diesel::prelude::*;
use diesel::sql_types::{Bool, Double, Integer, Text};

use super::DbConnection;
use super::schema::throttle_counts;

/// The database's time, in UTC, as the `TIMESTAMP` columns hold it.
const NOW: &str = "(now() AT TIME ZONE 'UTC')";

#[derive(QueryableByName)]
struct Taken {
    #[diesel(sql_type = Double)]
    tokens: f64,
    #[diesel(sql_type = Bool)]
    allowed: bool,
}

#[derive(QueryableByName)]
struct Failures {
    #[diesel(sql_type = Integer)]
    failures: i32,
    #[diesel(sql_type = Double)]
    idle_secs: f64,
}

/// Takes one token from the bucket (`burst` tokens at most, one more every `refill_secs`):
/// `Ok(())`, or the tokens left when there was none to take.
pub fn take(
    conn: &mut DbConnection,
    throttle: &str,
    subject: &str,
    burst: f64,
    refill_secs: f64,
) -> QueryResult<Result<(), f64>> {
    let DbConnection::Postgresql(c) = conn else {
        return Err(only_postgresql());
    };
    // Every SET expression reads the row as it was, so `refilled` is the same in all three.
    let refilled = "LEAST($3, t.tokens + GREATEST(0, EXTRACT(EPOCH FROM EXCLUDED.touched_at \
                    - t.touched_at))::float8 / $4)";
    let sql = format!(
        "INSERT INTO throttle_counts AS t (throttle, subject, tokens, allowed, touched_at) \
         VALUES ($1, $2, GREATEST($3 - 1, 0), $3 >= 1, {NOW}) \
         ON CONFLICT (throttle, subject) DO UPDATE SET \
           allowed = {refilled} >= 1, \
           tokens = CASE WHEN {refilled} >= 1 THEN {refilled} - 1 ELSE {refilled} END, \
           touched_at = EXCLUDED.touched_at \
         RETURNING tokens, allowed"
    );
    let taken: Taken = diesel::sql_query(sql)
        .bind::<Text, _>(throttle)
        .bind::<Text, _>(subject)
        .bind::<Double, _>(burst)
        .bind::<Double, _>(refill_secs)
        .get_result(c)?;
    Ok(if taken.allowed {
        Ok(())
    } else {
        Err(taken.tokens)
    })
}

/// The failures counted for `subject`, and the seconds since the last one.
pub fn failures(
    conn: &mut DbConnection,
    throttle: &str,
    subject: &str,
) -> QueryResult<Option<(u32, f64)>> {
    let DbConnection::Postgresql(c) = conn else {
        return Err(only_postgresql());
    };
    let sql = format!(
        "SELECT failures, GREATEST(0, EXTRACT(EPOCH FROM {NOW} - touched_at))::float8 AS idle_secs \
         FROM throttle_counts WHERE throttle = $1 AND subject = $2"
    );
    let found: Option<Failures> = diesel::sql_query(sql)
        .bind::<Text, _>(throttle)
        .bind::<Text, _>(subject)
        .get_result(c)
        .optional()?;
    Ok(found.map(|f| (u32::try_from(f.failures).unwrap_or(0), f.idle_secs)))
}

/// Counts one more failure; a count idle for `forget_secs` starts again at one.
pub fn record_failure(
    conn: &mut DbConnection,
    throttle: &str,
    subject: &str,
    forget_secs: f64,
) -> QueryResult<()> {
    let DbConnection::Postgresql(c) = conn else {
        return Err(only_postgresql());
    };
    let sql = format!(
        "INSERT INTO throttle_counts AS t (throttle, subject, failures, touched_at) \
         VALUES ($1, $2, 1, {NOW}) \
         ON CONFLICT (throttle, subject) DO UPDATE SET \
           failures = CASE WHEN EXTRACT(EPOCH FROM EXCLUDED.touched_at - t.touched_at) >= $3 \
                      THEN 1 ELSE LEAST(t.failures, 1000000) + 1 END, \
           touched_at = EXCLUDED.touched_at"
    );
    diesel::sql_query(sql)
        .bind::<Text, _>(throttle)
        .bind::<Text, _>(subject)
        .bind::<Double, _>(forget_secs)
        .execute(c)?;
    Ok(())
}

/// Forgets the failures of `subject` (a sign-in passed).
pub fn clear(conn: &mut DbConnection, throttle: &str, subject: &str) -> QueryResult<()> {
    diesel::delete(
        throttle_counts::table
            .filter(throttle_counts::throttle.eq(throttle))
            .filter(throttle_counts::subject.eq(subject)),
    )
    .execute(conn)?;
    Ok(())
}

/// Deletes the rows nobody touched since `before` (the hourly retention job): a bucket idle
/// that long is full again, a count of failures that old is forgotten anyway.
pub fn forget_idle(conn: &mut DbConnection, before: chrono::NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(throttle_counts::table.filter(throttle_counts::touched_at.lt(before)))
        .execute(conn)
}

fn only_postgresql() -> diesel::result::Error {
    diesel::result::Error::QueryBuilderError(
        "throttle counters are kept in the database only on PostgreSQL".into(),
    )
}
