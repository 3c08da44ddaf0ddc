//! Setting up, replacing and turning off a second factor, and an administrator's reset
//! (`auth::second_factor` says what it is). Throttled like sign-in: each wrong code counts
//! against the account, so codes cannot be guessed here either.

use crate::auth::second_factor::{self, Check, Secret};
use crate::auth::{AuthState, User};
use crate::db::accounts::{self, AuditEvent, Outcome};
use crate::db::{self, Pool, second_factors};
use crate::domain::account::{Role, Username};
use crate::error::{AppError, InputError};
use crate::seal::RecoveryCode;

/// What an enrolment form sent.
pub struct Enrolment<'a> {
    /// The new secret, sealed for this account (`Secret::seal_pending`).
    pub pending: &'a str,
    /// The first code the app shows for it.
    pub code: &'a str,
    /// When replacing an authenticator: a code from the current one, or a recovery code.
    pub current: &'a str,
}

/// The throttle's key for an account (the same as sign-in's).
fn throttle_key(user: &User) -> String {
    Username::key_of(&user.username)
}

async fn wait(auth: &AuthState, user: &User) -> Result<(), AppError> {
    auth.sign_in
        .check_account(&throttle_key(user))
        .await
        .map_err(|retry| AppError::TooManyRequests {
            retry_after: retry.0,
        })
}

async fn wrong_code(auth: &AuthState, user: &User, field: &'static str) -> AppError {
    auth.sign_in.record_failure(&throttle_key(user)).await;
    InputError::new(field, "error-second-factor-code").into()
}

/// Stores the new authenticator once its first code is right (and, when one is already set
/// up, a code of the current one or a recovery code), with ten new recovery codes, returned
/// to be shown once. Every other session of the person stays; the earlier recovery codes no
/// longer work.
pub async fn enrol(
    auth: &AuthState,
    pool: &Pool,
    user: &User,
    form: &Enrolment<'_>,
) -> Result<Vec<RecoveryCode>, AppError> {
    wait(auth, user).await?;
    let secret = Secret::open_pending(&auth.keys, user.id, form.pending)
        .ok_or(InputError::new("code", "error-second-factor-expired"))?;
    let now = second_factor::unix_now();
    let Some(step) = secret.step_of(form.code, now) else {
        return Err(wrong_code(auth, user, "code").await);
    };
    let (codes, stored) = second_factor::new_recovery_codes(user.id);
    let sealed = secret.seal(&auth.keys);
    let (keys, id, current) = (auth.keys.clone(), user.id, form.current.to_owned());
    let replaced = db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let replacing = second_factors::has(conn, id)?;
            if replacing {
                let check = second_factor::check(conn, &keys, id, Some(&current), now)?;
                if !check.passed() {
                    return Ok(None);
                }
            }
            second_factors::enrol(conn, id, &sealed, step, &stored, crate::clock::now())?;
            let event = if replacing {
                "second_factor_replaced"
            } else {
                "second_factor_enrolled"
            };
            accounts::record(conn, &AuditEvent::new(event, Outcome::Success).actor(id))?;
            Ok(Some(replacing))
        })
    })
    .await?;
    match replaced {
        Some(_) => Ok(codes),
        None => Err(wrong_code(auth, user, "current").await),
    }
}

/// A worker turns their second factor off with a code (staff cannot: theirs is required).
pub async fn turn_off(
    auth: &AuthState,
    pool: &Pool,
    user: &User,
    code: &str,
) -> Result<(), AppError> {
    if user.role != Role::Worker {
        return Err(AppError::Forbidden);
    }
    wait(auth, user).await?;
    let (keys, id, code) = (auth.keys.clone(), user.id, code.to_owned());
    let done = db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let check =
                second_factor::check(conn, &keys, id, Some(&code), second_factor::unix_now())?;
            match check {
                Check::NotSetUp => Ok(true),
                Check::Refused => Ok(false),
                Check::Code | Check::Recovery { .. } => {
                    second_factors::remove(conn, id)?;
                    accounts::record(
                        conn,
                        &AuditEvent::new("second_factor_removed", Outcome::Success).actor(id),
                    )?;
                    Ok(true)
                }
            }
        })
    })
    .await?;
    if done {
        Ok(())
    } else {
        Err(wrong_code(auth, user, "code").await)
    }
}

/// The state of a person's second factor, for their page: set up, and recovery codes left.
pub async fn state(pool: &Pool, user: &User) -> Result<(bool, i64), AppError> {
    let id = user.id;
    db::run(pool, move |conn| {
        Ok((
            second_factors::has(conn, id)?,
            second_factors::recovery_left(conn, id)?,
        ))
    })
    .await
}

/// An administrator resets someone else's second factor (`db::second_factors::reset_by_admin`).
pub async fn reset_by_admin(pool: &Pool, admin: &User, staff: i64) -> Result<(), AppError> {
    let admin = admin.id;
    db::run_write(pool, move |conn| {
        second_factors::reset_by_admin(conn, admin, staff, crate::clock::now())
    })
    .await
}
