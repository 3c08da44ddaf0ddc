//! The worker's side of a complaint: filing it (the receipt made, hashed and shown once),
//! finding it again by receipt, answering staff and withdrawing it.

use crate::auth::{AuthState, User, bridge, receipt};
use crate::db::complaints::{self as store, Filed, FiledBy, Tracked};
use crate::db::{self, Pool};
use crate::domain::account::Role;
use crate::domain::complaint::{
    ComplaintDraft, ComplaintInput, Filer, MESSAGE_MAX, Receipt, long_text,
};
use crate::error::{AppError, InputError};

/// Who files: anonymous, a worker's account, or a caseworker on a worker's behalf.
pub fn filer_of(user: Option<&User>) -> Filer {
    match user {
        None => Filer::Anonymous,
        Some(u) if u.role == Role::Caseworker => Filer::Caseworker,
        Some(_) => Filer::Account,
    }
}

/// A stored and routed complaint: the receipt (to be shown once, never stored) and what
/// filing did.
pub struct Filing {
    pub receipt: Receipt,
    pub filed: Filed,
    pub on_behalf: bool,
}

/// Checks what was typed, makes a receipt, stores its hash with the complaint and routes it,
/// all in one transaction. Returns only after the commit.
pub async fn file(
    pool: &Pool,
    auth: &AuthState,
    input: &ComplaintInput,
    user: Option<&User>,
    client: &str,
) -> Result<Filing, AppError> {
    let draft = input.parse(filer_of(user), crate::clock::this_year())?;
    file_draft(pool, auth, draft, user, client).await
}

/// Files a draft already checked (the API builds its draft from JSON).
pub async fn file_draft(
    pool: &Pool,
    auth: &AuthState,
    draft: ComplaintDraft,
    user: Option<&User>,
    client: &str,
) -> Result<Filing, AppError> {
    // A budget per client address for everyone but staff filing for workers (the address is
    // only a key in memory, never stored), taken before any hashing: a flood of complaints
    // neither fills the staff's mailboxes nor the hashing threads.
    if !user.is_some_and(|u| u.role.belongs_to_organisation()) {
        auth.complaints.take(client).map_err(|retry| {
            tracing::warn!(retry_after = retry.0, "complaint throttled");
            AppError::TooManyRequests {
                retry_after: retry.0,
            }
        })?;
    }
    let receipt = Receipt::generate();
    let hash = receipt::hash(auth, receipt.clone()).await?;
    let by = match user {
        Some(u) if u.role == Role::Caseworker => FiledBy {
            account: None,
            caseworker: Some(u.id),
        },
        Some(u) => FiledBy {
            account: Some(u.id),
            caseworker: None,
        },
        None => FiledBy::default(),
    };
    let on_behalf = draft.on_behalf;
    let filed = db::run(pool, move |conn| {
        store::file(conn, &draft, &hash, by, crate::clock::now())
    })
    .await?;
    Ok(Filing {
        receipt,
        filed,
        on_behalf,
    })
}

/// The complaint form prefilled from a review, by the bridge token the review's answer
/// carried (valid for two hours). An expired or foreign token gives `None`: the empty form.
pub async fn prefilled(
    pool: &Pool,
    auth: &AuthState,
    token: &str,
) -> Result<Option<ComplaintInput>, AppError> {
    let Some(public_id) = bridge::verify(&auth.keys, token, chrono::Utc::now().timestamp()) else {
        return Ok(None);
    };
    let stored = db::run(pool, move |conn| {
        Ok(crate::db::reviews::stored_by_public_id(conn, &public_id)?)
    })
    .await?;
    Ok(
        stored
            .map(|review| ComplaintInput::from_review(&review.recruiter_public_id, &review.draft)),
    )
}

/// A complaint found by its receipt: the receipt as checked, its hash (what later steps
/// name it by) and what the worker may read.
pub struct Found {
    pub receipt: Receipt,
    pub hash: String,
    pub tracked: Tracked,
}

/// The receipt as typed, throttled per client address (`client`, never stored), checked
/// and looked up. A malformed receipt is a 400 on `receipt`; a well-formed one that matches
/// nothing is `error-track-receipt-unknown` — whether mistyped or never issued, the same.
pub async fn look_up(
    pool: &Pool,
    auth: &AuthState,
    client: &str,
    typed: &str,
) -> Result<Found, AppError> {
    if let Err(retry) = auth.receipts.take(client) {
        tracing::warn!(retry_after = retry.0, "receipt look-ups throttled");
        return Err(AppError::TooManyRequests {
            retry_after: retry.0,
        });
    }
    let receipt =
        Receipt::parse(typed).ok_or(InputError::new("receipt", "error-track-receipt-format"))?;
    let hash = receipt::hash(auth, receipt.clone()).await?;
    let tracked = read(pool, &hash)
        .await?
        .ok_or_else(|| InputError::new("receipt", "error-track-receipt-unknown"))?;
    Ok(Found {
        receipt,
        hash,
        tracked,
    })
}

/// Is this the "no complaint has this receipt" refusal?
pub fn is_unknown_receipt(e: &AppError) -> bool {
    matches!(
        e,
        AppError::Input(InputError {
            message_key: "error-track-receipt-unknown",
            ..
        })
    )
}

/// The complaint as the worker reads it now (after a change).
pub async fn read(pool: &Pool, hash: &str) -> Result<Option<Tracked>, AppError> {
    let hash = hash.to_owned();
    db::run(pool, move |conn| Ok(store::tracked(conn, &hash)?)).await
}

/// The complaints a signed-in worker attached to their account (never an anonymous one).
pub async fn attached_to(pool: &Pool, user: &User) -> Result<Vec<Tracked>, AppError> {
    let id = user.id;
    db::run(pool, move |conn| Ok(store::tracked_for_account(conn, id)?)).await
}

/// A referral number as the worker's form sends it.
pub fn referral_number(typed: &str) -> Result<i64, InputError> {
    typed
        .trim()
        .parse()
        .map_err(|_| InputError::new("referral", "error-track-referral"))
}

/// The worker answers a question or adds information on one of the complaint's referrals;
/// a referral waiting for the worker goes back to investigating.
pub async fn answer(pool: &Pool, found: &Found, referral: i64, body: &str) -> Result<(), AppError> {
    let body = long_text("body", body, MESSAGE_MAX)?
        .ok_or(InputError::new("body", "error-case-message-required"))?;
    let hash = found.hash.clone();
    db::run(pool, move |conn| {
        store::worker_message(conn, &hash, referral, &body, crate::clock::now())
    })
    .await
}

/// The worker withdraws the complaint: every open referral is closed as withdrawn. Returns
/// how many were closed.
pub async fn withdraw(pool: &Pool, found: &Found) -> Result<usize, AppError> {
    let hash = found.hash.clone();
    db::run(pool, move |conn| {
        store::withdraw(conn, &hash, crate::clock::now())
    })
    .await
}
