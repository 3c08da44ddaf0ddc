//! Casework: what staff of an organisation do with its referrals — the queue, a referral's
//! file, the steps of its state machine, messages and notes, priority, referring on and
//! collective cases — and the administrators' list of complaints that reached nobody.
//!
//! Every function takes the caller as [`Staff`] (only staff of an organisation can be one)
//! and acts on that organisation's referrals only: another organisation's referral is
//! `NotFound`, like one that does not exist, before any input is looked at.

use crate::auth::{User, policy};
use crate::db::complaints::{
    self as store, CaseFile, EscalationRow, QueueFilter, QueueRow, UnroutedRow,
};
use crate::db::{self, Pool};
use crate::domain::complaint::{
    ActionInput, MESSAGE_MAX, Priority, REASON_MAX, ReferralStatus, long_text,
};
use crate::domain::country::CountryCode;
use crate::domain::recruiter::PublicId;
use crate::error::{AppError, InputError};

/// A member of staff acting for their organisation.
#[derive(Debug, Clone, Copy)]
pub struct Staff {
    pub id: i64,
    pub organisation: i64,
    /// Leads are shown escalations and told of overdue referrals.
    pub lead: bool,
}

impl Staff {
    /// The caller as casework sees them; anyone who is not staff of an organisation is
    /// refused (403).
    pub fn of(user: &User) -> Result<Staff, AppError> {
        let organisation = policy::case_organisation(user).ok_or(AppError::Forbidden)?;
        Ok(Staff {
            id: user.id,
            organisation,
            lead: policy::is_lead_of(user, organisation),
        })
    }
}

/// A referral id in a path: digits only, else no such referral.
pub fn referral_id(raw: &str) -> Result<i64, AppError> {
    crate::query::numeric_id(raw)
}

// ---------------------------------------------------------------------------------------
// The queue

/// Reads the queue's filters (`/inspect` and `GET /api/v1/cases` alike); an unknown or
/// repeated parameter or value is a 400.
pub fn queue_filter(pairs: &[(String, String)]) -> Result<QueueFilter, InputError> {
    let mut filter = QueueFilter::default();
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in pairs {
        if seen.contains(&key.as_str()) {
            return Err(InputError::new("query", "error-repeated-parameter"));
        }
        seen.push(key);
        let value = value.trim();
        match key.as_str() {
            "status" => match value {
                "" => {}
                "all" => filter.all = true,
                other => {
                    filter.status = Some(
                        ReferralStatus::parse(other)
                            .ok_or(InputError::new("status", "error-case-filter"))?,
                    )
                }
            },
            "priority" if value.is_empty() => {}
            "priority" => {
                filter.priority = Some(
                    Priority::parse(value)
                        .ok_or(InputError::new("priority", "error-case-filter"))?,
                )
            }
            "overdue" => {
                filter.overdue = match value {
                    "" | "0" => false,
                    "1" | "on" => true,
                    _ => return Err(InputError::new("overdue", "error-case-filter")),
                }
            }
            "country" if value.is_empty() => {}
            "country" => {
                filter.country = Some(
                    CountryCode::parse(value)
                        .ok_or(InputError::new("country", "error-invalid-country"))?
                        .as_str()
                        .to_owned(),
                )
            }
            "recruiter" if value.is_empty() => {}
            "recruiter" => {
                filter.recruiter = Some(
                    PublicId::parse(value)
                        .ok_or(InputError::new("recruiter", "error-case-filter"))?
                        .to_string(),
                )
            }
            "lang" => {}
            _ => return Err(InputError::new("query", "error-unknown-parameter")),
        }
    }
    Ok(filter)
}

/// The organisation's referrals as filtered, most urgent first (one query), and when asked
/// for and the caller is a lead, the escalations (one more).
pub struct Queue {
    pub rows: Vec<QueueRow>,
    pub escalations: Option<Vec<EscalationRow>>,
    /// The time "overdue" was judged at.
    pub at: chrono::NaiveDateTime,
}

pub async fn queue(
    pool: &Pool,
    staff: Staff,
    filter: QueueFilter,
    with_escalations: bool,
) -> Result<Queue, AppError> {
    let at = crate::clock::now();
    db::run(pool, move |conn| {
        let rows = store::queue(conn, staff.organisation, &filter, at)?;
        let escalations = if with_escalations && staff.lead {
            Some(store::escalations_of(conn, staff.organisation)?)
        } else {
            None
        };
        Ok(Queue {
            rows,
            escalations,
            at,
        })
    })
    .await
}

// ---------------------------------------------------------------------------------------
// One referral

/// A referral's file (six queries) and, when grouped, its collective case's members (one
/// more): (referral id, status, priority rank).
pub async fn case_file(
    pool: &Pool,
    staff: Staff,
    id: i64,
) -> Result<(CaseFile, Option<Vec<(i64, String, i32)>>), AppError> {
    db::run(pool, move |conn| {
        let file = store::case_file(conn, id, staff.organisation)?.ok_or(AppError::NotFound)?;
        let group = match file.referral.collective_case_id {
            Some(case_id) => Some(store::group_members(conn, case_id, staff.organisation)?),
            None => None,
        };
        Ok((file, group))
    })
    .await
}

/// Another organisation's referral, or none: `NotFound` before the input is looked at.
async fn ensure_own(pool: &Pool, staff: Staff, id: i64) -> Result<(), AppError> {
    let own = db::run(pool, move |conn| {
        Ok(store::belongs_to(conn, id, staff.organisation)?)
    })
    .await?;
    if own { Ok(()) } else { Err(AppError::NotFound) }
}

/// Moves a referral (or, with `whole_group`, every referral of its collective case where
/// the step is legal) one step; an illegal step is a 400. Returns how many moved.
pub async fn act(
    pool: &Pool,
    staff: Staff,
    id: i64,
    input: &ActionInput,
    whole_group: bool,
) -> Result<usize, AppError> {
    ensure_own(pool, staff, id).await?;
    let (action, reason) = input.parse()?;
    db::run(pool, move |conn| {
        store::act(
            conn,
            id,
            staff.organisation,
            staff.id,
            &action,
            reason.as_deref(),
            whole_group,
            crate::clock::now(),
        )
    })
    .await
}

/// A message to the worker (read with their receipt), or an internal note they never see.
pub async fn message(
    pool: &Pool,
    staff: Staff,
    id: i64,
    body: &str,
    internal: bool,
) -> Result<(), AppError> {
    ensure_own(pool, staff, id).await?;
    let text = long_text("body", body, MESSAGE_MAX)?
        .ok_or(InputError::new("body", "error-case-message-required"))?;
    db::run(pool, move |conn| {
        store::staff_message(
            conn,
            id,
            staff.organisation,
            staff.id,
            &text,
            internal,
            crate::clock::now(),
        )
    })
    .await
}

/// Overrides the computed priority, with a written reason recorded on the timeline.
pub async fn override_priority(
    pool: &Pool,
    staff: Staff,
    id: i64,
    priority: Option<Priority>,
    reason: &str,
) -> Result<(), AppError> {
    ensure_own(pool, staff, id).await?;
    let priority = priority.ok_or(InputError::new("priority", "error-case-priority"))?;
    let reason = long_text("reason", reason, REASON_MAX)?
        .ok_or(InputError::new("reason", "error-case-reason-required"))?;
    db::run(pool, move |conn| {
        store::override_priority(
            conn,
            id,
            staff.organisation,
            staff.id,
            priority,
            &reason,
            crate::clock::now(),
        )
    })
    .await
}

/// Refers the case on to another organisation of a kind the worker agreed to (that has no
/// referral of it yet). Returns the new referral's id, at the other organisation.
pub async fn refer_on(
    pool: &Pool,
    staff: Staff,
    id: i64,
    target: Option<i64>,
    reason: &str,
) -> Result<i64, AppError> {
    ensure_own(pool, staff, id).await?;
    let target = target.ok_or(InputError::new(
        "organisation",
        "error-organisation-unknown",
    ))?;
    let reason = long_text("reason", reason, REASON_MAX)?;
    db::run(pool, move |conn| {
        store::refer_on(
            conn,
            id,
            staff.organisation,
            staff.id,
            target,
            reason.as_deref(),
            crate::clock::now(),
        )
    })
    .await
}

/// Groups this referral and the organisation's other open referrals about the same
/// recruiter into one collective case: (its id, how many referrals it holds).
pub async fn group(pool: &Pool, staff: Staff, id: i64) -> Result<(i64, usize), AppError> {
    db::run(pool, move |conn| {
        store::group_same_recruiter(conn, id, staff.organisation, staff.id, crate::clock::now())
    })
    .await
}

// ---------------------------------------------------------------------------------------
// Administrators: complaints that reached nobody (no content, only where to route them)

pub async fn unrouted(pool: &Pool) -> Result<Vec<UnroutedRow>, AppError> {
    db::run(pool, |conn| Ok(store::unrouted(conn)?)).await
}

/// Routes every waiting complaint again (after an organisation was added); returns how many
/// reached one.
pub async fn route_again(pool: &Pool) -> Result<usize, AppError> {
    db::run(pool, |conn| {
        store::route_unrouted(conn, crate::clock::now())
    })
    .await
}
