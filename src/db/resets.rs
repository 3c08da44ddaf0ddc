//! Password resets by mail for staff (issue 16, item 4): a one-time link, valid 30 minutes,
//! sent through the outbox; the token is stored only as its SHA-256. Using it sets the new
//! password, ends every session and forgets the person's key pair (a reset never opens
//! sealed cases: a lead gives the organisation's key again).

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::accounts::{self, AuditEvent, Outcome};
use crate::db::outbox::{self, Notice};
use crate::db::schema::{password_resets, second_factors, users};
use crate::db::{self, DbConnection};
use crate::domain::account::Role;
use crate::domain::notice::Kind;
use crate::error::{AppError, InputError};

/// How long a link works.
pub const LIFETIME: Duration = Duration::minutes(30);

fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A reset asked for the account with this username key: when it is a staff account with an
/// address, not disabled, a link is written to the outbox (whatever its notification
/// settings) and the request audited. Nothing says whether it was: the caller answers the
/// same either way.
pub fn request(conn: &mut DbConnection, username_key: &str, now: NaiveDateTime) -> QueryResult<()> {
    db::transaction(conn, |conn| {
        let found: Option<(i64, String, Option<String>, bool)> = users::table
            .filter(users::username_key.eq(username_key))
            .select((users::id, users::role, users::email, users::disabled))
            .first(conn)
            .optional()?;
        let Some((id, role, Some(_), false)) = found else {
            return Ok(());
        };
        if role == Role::Worker.as_str() {
            return Ok(());
        }
        // One link at a time: a new request replaces the old one.
        diesel::delete(password_resets::table.filter(password_resets::user_id.eq(id)))
            .execute(conn)?;
        let token = crate::auth::random_hex(32);
        diesel::insert_into(password_resets::table)
            .values((
                password_resets::token_hash.eq(hash(&token)),
                password_resets::user_id.eq(id),
                password_resets::expires_at.eq(now + LIFETIME),
            ))
            .execute(conn)?;
        let notice = Notice::new(Kind::PasswordReset, format!("/login/reset/{token}"));
        outbox::notify_always(conn, id, &notice, now)?;
        accounts::record(
            conn,
            &AuditEvent::new("password_reset_requested", Outcome::Success).subject(id),
        )
    })
}

/// Whose link this is, when it works now (the form is shown only for one).
pub struct Link {
    pub user: i64,
    /// For the sign-in throttle, which counts wrong codes here too.
    pub username_key: String,
    /// The account has a second factor: the form asks for a code too.
    pub second_factor: bool,
}

pub fn valid(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<Link>> {
    password_resets::table
        .inner_join(users::table)
        .filter(password_resets::token_hash.eq(hash(token)))
        .filter(password_resets::expires_at.gt(now))
        .select((
            users::id,
            users::username_key,
            diesel::dsl::exists(second_factors::table.find(users::id)),
        ))
        .first(conn)
        .optional()
        .map(|found| {
            found.map(|(user, username_key, second_factor)| Link {
                user,
                username_key,
                second_factor,
            })
        })
}

/// Sets the new password with a link that works, once: every session ends, the key pair is
/// forgotten, the link is gone, and it is audited — together. A link that does not work
/// (never sent, used, expired) is `NotFound`. `second_factor` checks the code typed with it
/// (and uses it up) inside the same transaction; when it says no, nothing changes and the
/// link still works (an input error on `code`).
pub fn reset(
    conn: &mut DbConnection,
    token: &str,
    password_hash: &str,
    now: NaiveDateTime,
    second_factor: impl FnOnce(&mut DbConnection, i64) -> QueryResult<bool>,
) -> Result<(), AppError> {
    db::transaction(conn, |conn| {
        let user: i64 = password_resets::table
            .filter(password_resets::token_hash.eq(hash(token)))
            .filter(password_resets::expires_at.gt(now))
            .select(password_resets::user_id)
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        if !second_factor(conn, user)? {
            return Err(InputError::new("code", "error-second-factor-code").into());
        }
        diesel::delete(password_resets::table.filter(password_resets::user_id.eq(user)))
            .execute(conn)?;
        accounts::set_password(conn, user, password_hash)?;
        crate::db::keys::forget_keyring(conn, user)?;
        accounts::record(
            conn,
            &AuditEvent::new("password_reset_by_mail", Outcome::Success).subject(user),
        )?;
        Ok(())
    })
}

/// Links past their 30 minutes are deleted (the retention job).
pub fn purge_expired(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(password_resets::table.filter(password_resets::expires_at.le(now))).execute(conn)
}

/// For the form: the username is required.
pub fn username_key(typed: &str) -> Result<String, InputError> {
    if typed.contains(crate::domain::text::UNREADABLE) {
        return Err(InputError::new("username", "error-form-encoding"));
    }
    let key = crate::domain::account::Username::key_of(typed);
    if key.is_empty() {
        return Err(InputError::new("username", "error-username-required"));
    }
    Ok(key)
}
