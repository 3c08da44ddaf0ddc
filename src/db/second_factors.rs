//! Stored second factors and recovery codes (`auth::second_factor` says what they are).

use chrono::NaiveDateTime;
use diesel::dsl::exists;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{recovery_codes, second_factors, users};
use crate::db::accounts::{self, AuditEvent, Outcome};
use crate::db::outbox::{self, Notice};
use crate::domain::notice::Kind;
use crate::error::AppError;

/// An account's authenticator as stored.
pub struct Stored {
    /// Sealed (`auth::second_factor::Secret::open`).
    pub secret: String,
}

pub fn of(conn: &mut DbConnection, user: i64) -> QueryResult<Option<Stored>> {
    second_factors::table
        .find(user)
        .select(second_factors::secret)
        .first(conn)
        .optional()
        .map(|found| found.map(|secret| Stored { secret }))
}

pub fn has(conn: &mut DbConnection, user: i64) -> QueryResult<bool> {
    diesel::select(exists(second_factors::table.find(user))).get_result(conn)
}

/// Stores a confirmed authenticator (replacing any earlier one) with its new recovery codes;
/// `step` is the step of the code that confirmed it, already used.
pub fn enrol(
    conn: &mut DbConnection,
    user: i64,
    sealed_secret: &str,
    step: u64,
    codes: &[String],
    now: NaiveDateTime,
) -> QueryResult<()> {
    remove(conn, user)?;
    diesel::insert_into(second_factors::table)
        .values((
            second_factors::user_id.eq(user),
            second_factors::secret.eq(sealed_secret),
            second_factors::last_step.eq(step_value(step)),
            second_factors::enrolled_at.eq(now),
        ))
        .execute(conn)?;
    // One statement per code: a multi-row insert is not portable across both engines here.
    for hash in codes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::code_hash.eq(hash.as_str()),
                recovery_codes::user_id.eq(user),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn step_value(step: u64) -> i64 {
    i64::try_from(step).unwrap_or(i64::MAX)
}

/// Accepts a code of this step if no code of this or a later step was accepted before: one
/// conditional update, so of two requests with the same code only one passes.
pub fn accept_step(conn: &mut DbConnection, user: i64, step: u64) -> QueryResult<bool> {
    let step = step_value(step);
    let changed = diesel::update(
        second_factors::table
            .find(user)
            .filter(second_factors::last_step.lt(step)),
    )
    .set(second_factors::last_step.eq(step))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Uses a recovery code once; how many are left afterwards, or `None` when it is not one of
/// the account's unused codes.
pub fn use_recovery(conn: &mut DbConnection, user: i64, hash: &str) -> QueryResult<Option<i64>> {
    let changed = diesel::update(
        recovery_codes::table
            .find(hash)
            .filter(recovery_codes::user_id.eq(user))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(crate::clock::now()))
    .execute(conn)?;
    if changed == 1 {
        recovery_left(conn, user).map(Some)
    } else {
        Ok(None)
    }
}

pub fn recovery_left(conn: &mut DbConnection, user: i64) -> QueryResult<i64> {
    recovery_codes::table
        .filter(recovery_codes::user_id.eq(user))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
}

/// Forgets an account's authenticator and its recovery codes.
pub fn remove(conn: &mut DbConnection, user: i64) -> QueryResult<usize> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user))).execute(conn)?;
    diesel::delete(second_factors::table.find(user)).execute(conn)
}

/// An administrator resets another person's second factor: it is forgotten, every session
/// of theirs ends (they set up a new one at their next sign-in), they are told by mail when
/// they have an address, and it is audited — together. Nobody resets their own this way
/// (`Forbidden`): that takes a recovery code.
pub fn reset_by_admin(
    conn: &mut DbConnection,
    admin: i64,
    user: i64,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    if admin == user {
        return Err(AppError::Forbidden);
    }
    crate::db::transaction(conn, |conn| {
        // Staff only: administrators do not manage workers' accounts.
        let staff: bool = diesel::select(exists(
            users::table
                .find(user)
                .filter(users::role.ne(crate::domain::account::Role::Worker.as_str())),
        ))
        .get_result(conn)?;
        if !staff {
            return Err(AppError::NotFound);
        }
        remove(conn, user)?;
        diesel::update(users::table.find(user))
            .set(users::token_version.eq(users::token_version + 1))
            .execute(conn)?;
        outbox::notify_always(
            conn,
            user,
            &Notice::new(Kind::SecondFactorReset, "/account/two-factor".to_owned()),
            now,
        )?;
        accounts::record(
            conn,
            &AuditEvent::new("second_factor_reset", Outcome::Success)
                .actor(admin)
                .subject(user),
        )?;
        Ok(())
    })
}
