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
use crate::db::keys::{self, Access, CaseKeys, Holder};
use crate::db::{self, Pool};
use crate::domain::complaint::{
    ActionInput, MESSAGE_MAX, Priority, REASON_MAX, ReferralStatus, long_text,
};
use crate::domain::country::CountryCode;
use crate::domain::recruiter::PublicId;
use crate::error::{AppError, InputError};
use crate::seal::{SecretKey, purpose};

/// A member of staff acting for their organisation.
#[derive(Debug, Clone)]
pub struct Staff {
    pub id: i64,
    pub organisation: i64,
    /// Leads are shown escalations and told of overdue referrals.
    pub lead: bool,
    /// Their own secret key as their session holds it (which opens the organisation's key
    /// they were given).
    pub personal: Option<SecretKey>,
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
            personal: user.personal.clone(),
        })
    }

    /// The organisation's secret key, as given to this member (one query).
    pub(crate) fn organisation_secret(
        &self,
        conn: &mut db::DbConnection,
    ) -> Result<SecretKey, Access> {
        let personal = self.personal.as_ref().ok_or(Access::SignInAgain)?;
        keys::organisation_secret(conn, self.organisation, self.id, personal)
            .ok()
            .flatten()
            .ok_or(Access::NotGiven)
    }
}

/// Opens a referral's sealed content in place with what this member holds; what does not open
/// is emptied (never shown half), and `access` says why.
fn open_file(file: &mut CaseFile, organisation: Result<&SecretKey, Access>) {
    let case_keys = organisation.and_then(|secret| {
        if file.complaint.content_destroyed {
            return Err(Access::Destroyed);
        }
        let sealed = file.sealed_keys.take().ok_or(Access::Waiting)?;
        keys::open_keys(secret, &sealed).map_err(|_| Access::NotGiven)
    });
    file.access = match (&organisation, &case_keys) {
        (Err(why), _) | (Ok(_), Err(why)) => *why,
        _ => Access::Open,
    };
    let content = case_keys.as_ref().ok().map(|k| &k.content);
    let contact = case_keys.as_ref().ok().and_then(|k| k.contact.as_ref());
    let complaint = &mut file.complaint;
    complaint.description = match (complaint.description.take(), content) {
        (Some(sealed), Some(key)) => key.open_text(purpose::DESCRIPTION, &sealed).ok(),
        _ => None,
    };
    file.contact = match (file.contact.take(), contact) {
        (Some((details, times)), Some(key)) => {
            key.open_text(purpose::CONTACT, &details)
                .ok()
                .map(|details| {
                    let times = times.and_then(|t| key.open_text(purpose::SAFE_TIMES, &t).ok());
                    (details, times)
                })
        }
        _ => None,
    };
    super::evidence::open_names(&mut file.files, content);
    for message in &mut file.messages {
        if message.internal {
            open_note(&mut message.body, &mut message.sealed, organisation);
        } else {
            super::complaints::open_message(message, content);
        }
    }
    for step in &mut file.steps {
        if let Some(reason) = step.reason.as_mut() {
            open_note(reason, &mut step.sealed, organisation);
        }
    }
}

/// Opens an organisation's own note (sealed to its key) in place.
fn open_note(text: &mut String, sealed: &mut bool, organisation: Result<&SecretKey, Access>) {
    if !*sealed {
        return;
    }
    match organisation.map(|secret| secret.open_text(text)) {
        Ok(Ok(plain)) => {
            *text = plain;
            *sealed = false;
        }
        _ => text.clear(),
    }
}

/// Seals a note (a reason, an internal note) to the organisation's key: one query.
fn seal_note(
    conn: &mut db::DbConnection,
    organisation: i64,
    note: &str,
) -> Result<String, AppError> {
    let (_, public) = keys::organisation_public_keys(conn, &[organisation])?
        .pop()
        .ok_or(InputError::new("reason", "error-sealed-no-key"))?;
    Ok(public.seal_text(note))
}

/// The complaint's keys as this member can open them for one of their referrals: two
/// queries; refused on `field` when they cannot.
pub(crate) fn case_keys(
    conn: &mut db::DbConnection,
    staff: &Staff,
    referral: i64,
    field: &'static str,
) -> Result<CaseKeys, AppError> {
    let locked = |why: Access| AppError::from(InputError::new(field, why.message_key()));
    let secret = staff.organisation_secret(conn).map_err(locked)?;
    let complaint =
        store::complaint_of(conn, referral, staff.organisation)?.ok_or(AppError::NotFound)?;
    let sealed = keys::sealed_keys(conn, complaint, Holder::Organisation(staff.organisation))?
        .ok_or_else(|| locked(Access::Waiting))?;
    keys::open_keys(&secret, &sealed).map_err(|_| locked(Access::NotGiven))
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
    staff: &Staff,
    filter: QueueFilter,
    with_escalations: bool,
) -> Result<Queue, AppError> {
    let at = crate::clock::now();
    let (organisation, lead) = (staff.organisation, staff.lead);
    db::run(pool, move |conn| {
        let rows = store::queue(conn, organisation, &filter, at)?;
        let escalations = if with_escalations && lead {
            Some(store::escalations_of(conn, organisation)?)
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

/// A referral's file (seven queries, and one to open the organisation's key) opened with
/// what the member holds, and, when grouped, its collective case's members (one more):
/// (referral id, status, priority rank).
pub async fn case_file(
    pool: &Pool,
    staff: &Staff,
    id: i64,
) -> Result<(CaseFile, Option<Vec<(i64, String, i32)>>), AppError> {
    let staff = staff.clone();
    db::run(pool, move |conn| {
        let mut file = store::case_file(conn, id, staff.organisation)?.ok_or(AppError::NotFound)?;
        let secret = staff.organisation_secret(conn);
        open_file(&mut file, secret.as_ref().map_err(|why| *why));
        // Not given the key: who can give it (one more query, only then).
        if file.access == Access::NotGiven {
            file.grantors = keys::members_with_keys(conn, staff.organisation)?
                .into_iter()
                .filter(|m| m.has_key && !m.disabled && super::keys::is_lead(m))
                .map(|m| m.username)
                .collect();
        }
        let group = match file.referral.collective_case_id {
            Some(case_id) => Some(store::group_members(conn, case_id, staff.organisation)?),
            None => None,
        };
        Ok((file, group))
    })
    .await
}

/// Another organisation's referral, or none: `NotFound` before the input is looked at.
async fn ensure_own(pool: &Pool, staff: &Staff, id: i64) -> Result<(), AppError> {
    let organisation = staff.organisation;
    let own = db::run(pool, move |conn| {
        Ok(store::belongs_to(conn, id, organisation)?)
    })
    .await?;
    if own { Ok(()) } else { Err(AppError::NotFound) }
}

/// Moves a referral (or, with `whole_group`, every referral of its collective case where
/// the step is legal) one step; an illegal step is a 400. Returns how many moved.
pub async fn act(
    pool: &Pool,
    staff: &Staff,
    id: i64,
    input: &ActionInput,
    whole_group: bool,
) -> Result<usize, AppError> {
    ensure_own(pool, staff, id).await?;
    let (action, reason) = input.parse()?;
    let (organisation, actor) = (staff.organisation, staff.id);
    db::run_write(pool, move |conn| {
        let sealed = match reason {
            Some(reason) => Some(seal_note(conn, organisation, &reason)?),
            None => None,
        };
        store::act(
            conn,
            id,
            organisation,
            actor,
            &action,
            sealed.as_deref(),
            whole_group,
            crate::clock::now(),
        )
    })
    .await
}

/// A message to the worker (read with their receipt; sealed with the complaint's content
/// key, which the member must be able to open), or an internal note they never see (sealed
/// to the organisation's key).
pub async fn message(
    pool: &Pool,
    staff: &Staff,
    id: i64,
    body: &str,
    internal: bool,
) -> Result<(), AppError> {
    ensure_own(pool, staff, id).await?;
    let text = long_text("body", body, MESSAGE_MAX)?
        .ok_or(InputError::new("body", "error-case-message-required"))?;
    let staff = staff.clone();
    db::run_write(pool, move |conn| {
        let sealed = if internal {
            seal_note(conn, staff.organisation, &text)?
        } else {
            case_keys(conn, &staff, id, "body")?
                .content
                .seal_text(purpose::MESSAGE, &text)
        };
        store::staff_message(
            conn,
            id,
            staff.organisation,
            staff.id,
            &sealed,
            internal,
            crate::clock::now(),
        )
    })
    .await
}

/// Overrides the computed priority, with a written reason recorded on the timeline.
pub async fn override_priority(
    pool: &Pool,
    staff: &Staff,
    id: i64,
    priority: Option<Priority>,
    reason: &str,
) -> Result<(), AppError> {
    ensure_own(pool, staff, id).await?;
    let priority = priority.ok_or(InputError::new("priority", "error-case-priority"))?;
    let reason = long_text("reason", reason, REASON_MAX)?
        .ok_or(InputError::new("reason", "error-case-reason-required"))?;
    let (organisation, actor) = (staff.organisation, staff.id);
    db::run_write(pool, move |conn| {
        let sealed = seal_note(
            conn,
            organisation,
            &format!("{}: {reason}", priority.as_str()),
        )?;
        store::override_priority(
            conn,
            id,
            organisation,
            actor,
            priority,
            &sealed,
            crate::clock::now(),
        )
    })
    .await
}

/// Refers the case on to another organisation of a kind the worker agreed to (that has no
/// referral of it yet). Returns the new referral's id, at the other organisation.
///
/// The member's session opens the complaint's keys and seals them to the new organisation
/// in the same transaction. A member who cannot open them still refers the case on; the
/// new organisation then reads it once the worker next opens it with the receipt.
pub async fn refer_on(
    pool: &Pool,
    staff: &Staff,
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
    let staff = staff.clone();
    db::run_write(pool, move |conn| {
        let keys = case_keys(conn, &staff, id, "organisation").ok();
        let sealed = match reason {
            Some(reason) => Some(seal_note(conn, staff.organisation, &reason)?),
            None => None,
        };
        store::refer_on(
            conn,
            id,
            staff.organisation,
            staff.id,
            target,
            sealed.as_deref(),
            keys.as_ref(),
            crate::clock::now(),
        )
    })
    .await
}

/// Groups this referral and the organisation's other open referrals about the same
/// recruiter into one collective case: (its id, how many referrals it holds).
pub async fn group(pool: &Pool, staff: &Staff, id: i64) -> Result<(i64, usize), AppError> {
    let (organisation, actor) = (staff.organisation, staff.id);
    db::run_write(pool, move |conn| {
        store::group_same_recruiter(conn, id, organisation, actor, crate::clock::now())
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
    db::run_write(pool, |conn| {
        store::route_unrouted(conn, crate::clock::now())
    })
    .await
}
