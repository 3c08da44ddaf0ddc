//! An organisation's key: making it (a lead, once), giving it to a member (a lead who holds
//! it), and getting it back with the recovery code (a lead, when every holder lost theirs).
//! The administrator takes no part: they can neither read nor give the key.

use crate::app::casework::Staff;
use crate::auth::AuthState;
use crate::auth::password::Lane;
use crate::db::accounts::{self, AuditEvent, Outcome};
use crate::db::keys::{self, MemberKey};
use crate::db::{self, Pool};
use crate::domain::account::OrgRole;
use crate::error::{AppError, InputError};
use crate::seal::{RecoveryCode, SecretKey};

/// Where an organisation's key stands, as one of its members sees it.
pub struct KeyStatus {
    /// The organisation has a key pair.
    pub made: bool,
    /// This member holds it (their session opens it).
    pub holds: bool,
    pub members: Vec<MemberKey>,
    /// Days sealed content is kept after a referral ends.
    pub retention_days: i32,
}

pub async fn status(pool: &Pool, staff: &Staff) -> Result<KeyStatus, AppError> {
    let staff = staff.clone();
    db::run(pool, move |conn| {
        let made = !keys::organisation_public_keys(conn, &[staff.organisation])?.is_empty();
        let holds = match &staff.personal {
            Some(personal) => {
                keys::organisation_secret(conn, staff.organisation, staff.id, personal)?.is_some()
            }
            None => false,
        };
        let members = keys::members_with_keys(conn, staff.organisation)?;
        let retention_days = crate::db::retention::days_of(conn, staff.organisation)?;
        Ok(KeyStatus {
            made,
            holds,
            members,
            retention_days,
        })
    })
    .await
}

fn lead_only(staff: &Staff) -> Result<&SecretKey, AppError> {
    if !staff.lead {
        return Err(AppError::Forbidden);
    }
    staff
        .personal
        .as_ref()
        .ok_or_else(|| InputError::new("key", "error-sealed-sign-in-again").into())
}

/// Makes the organisation's key pair, gives it to the lead making it, and returns its
/// recovery code (to show once). Refused when the organisation has one.
pub async fn make(pool: &Pool, staff: &Staff) -> Result<RecoveryCode, AppError> {
    lead_only(staff)?;
    let staff = staff.clone();
    db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            if !keys::organisation_public_keys(conn, &[staff.organisation])?.is_empty() {
                return Err(InputError::new("key", "org-key-error-exists").into());
            }
            let now = crate::clock::now();
            let (secret, code) = keys::make_organisation_key(conn, staff.organisation, now)?;
            keys::grant(conn, staff.organisation, staff.id, &secret, now)?;
            accounts::record(
                conn,
                &AuditEvent::new("organisation_key_made", Outcome::Success)
                    .actor(staff.id)
                    .organisation(staff.organisation),
            )?;
            Ok(code)
        })
    })
    .await
}

/// Gives the organisation's key to one of its members, from the lead's own: sealed to the
/// member's public key (they get one at their first sign-in).
pub async fn give(pool: &Pool, staff: &Staff, member: i64) -> Result<(), AppError> {
    let personal = lead_only(staff)?.clone();
    let staff = staff.clone();
    db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let target = keys::members_with_keys(conn, staff.organisation)?
                .into_iter()
                .find(|m| m.user_id == member && !m.disabled)
                .ok_or(AppError::NotFound)?;
            if !target.has_keyring {
                return Err(InputError::new("key", "org-key-error-no-keyring").into());
            }
            let secret = keys::organisation_secret(conn, staff.organisation, staff.id, &personal)?
                .ok_or(InputError::new("key", "error-sealed-not-given"))?;
            keys::grant(
                conn,
                staff.organisation,
                member,
                &secret,
                crate::clock::now(),
            )?;
            accounts::record(
                conn,
                &AuditEvent::new("organisation_key_given", Outcome::Success)
                    .actor(staff.id)
                    .subject(member)
                    .organisation(staff.organisation),
            )?;
            Ok::<(), AppError>(())
        })
    })
    .await
}

/// The lead gets the organisation's key back with its recovery code; the code is replaced by
/// a new one (returned, to show once), so whoever saw the old one can no longer use it.
pub async fn recover(
    pool: &Pool,
    auth: &AuthState,
    staff: &Staff,
    typed: &str,
) -> Result<RecoveryCode, AppError> {
    lead_only(staff)?;
    let code =
        RecoveryCode::parse(typed).ok_or(InputError::new("code", "org-key-error-code-format"))?;
    let organisation = staff.organisation;
    let (salt, wrapped) = db::run(pool, move |conn| Ok(keys::recovery_of(conn, organisation)?))
        .await?
        .ok_or(InputError::new("code", "org-key-error-none"))?;
    // argon2id, on the hashing threads.
    let opened = auth
        .hasher
        .run(Lane::Accounts, move || {
            code.open(&salt, &wrapped).ok().map(|secret| {
                let next = RecoveryCode::generate();
                let rewrapped = next.wrap(&secret);
                (secret, next, rewrapped)
            })
        })
        .await?;
    let actor = staff.id;
    let Some((secret, next, (salt, wrapped))) = opened else {
        let event = AuditEvent::new("organisation_key_recovered", Outcome::Failure)
            .actor(actor)
            .organisation(organisation);
        db::run_write(pool, move |conn| Ok(accounts::record(conn, &event)?)).await?;
        return Err(InputError::new("code", "org-key-error-code-wrong").into());
    };
    db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            keys::set_recovery(conn, organisation, &salt, &wrapped)?;
            keys::grant(conn, organisation, actor, &secret, crate::clock::now())?;
            accounts::record(
                conn,
                &AuditEvent::new("organisation_key_recovered", Outcome::Success)
                    .actor(actor)
                    .organisation(organisation),
            )?;
            Ok::<(), AppError>(())
        })
    })
    .await?;
    Ok(next)
}

/// A member's standing, for the key page.
pub fn is_lead(member: &MemberKey) -> bool {
    member.org_role.as_deref() == Some(OrgRole::Lead.as_str())
}

/// A lead sets how many days the organisation keeps a case's sealed content after its
/// referral ends (30 to 3,650; recorded).
pub async fn set_retention(pool: &Pool, staff: &Staff, typed: &str) -> Result<(), AppError> {
    if !staff.lead {
        return Err(AppError::Forbidden);
    }
    let days = typed
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|d| crate::db::retention::DAYS_RANGE.contains(d))
        .ok_or(InputError::new("days", "org-retention-error-days"))?;
    let (organisation, actor) = (staff.organisation, staff.id);
    db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            crate::db::retention::set_days(conn, organisation, days)?;
            accounts::record(
                conn,
                &AuditEvent::new("retention_changed", Outcome::Success)
                    .actor(actor)
                    .organisation(organisation)
                    .detail(format!("days={days}")),
            )
        })?;
        Ok(())
    })
    .await
}
