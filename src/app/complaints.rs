//! The worker's side of a complaint: filing it (the receipt made, hashed and shown once),
//! finding it again by receipt, answering staff and withdrawing it.

use crate::auth::{AuthState, User, bridge, receipt};
use crate::db::complaints::{self as store, Filed, FiledBy, MessageRow, Sealing, Tracked};
use crate::db::keys::{self, CaseKeys};
use crate::db::partners::PartnerIntake;
use crate::db::{self, Pool};
use crate::domain::account::Role;
use crate::domain::complaint::{
    ComplaintDraft, ComplaintInput, Filer, MESSAGE_MAX, Receipt, long_text,
};
use crate::error::{AppError, InputError};
use crate::evidence::{Evidence, Upload};
use crate::seal::purpose;

use super::evidence::{self as evidence_app, Added, Staged};

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
    /// The files filed with it, if any.
    pub files: Option<Added>,
}

/// Checks what was typed, makes a receipt, stores its hash with the complaint and routes it,
/// all in one transaction, with the files the worker attached. Returns only after the commit.
pub async fn file(
    pool: &Pool,
    auth: &AuthState,
    input: &ComplaintInput,
    user: Option<&User>,
    budget: Budget<'_>,
    attached: Option<Attached<'_>>,
) -> Result<Filing, AppError> {
    let draft = input.parse(filer_of(user), crate::clock::this_year())?;
    file_draft(pool, auth, draft, user, budget, attached).await
}

/// The complaints budget of the client filing (per address, only a key in memory, never
/// stored): still to take, or already taken (before the files of the form were read).
#[derive(Clone, Copy)]
pub enum Budget<'a> {
    Take { client: &'a str },
    Taken,
}

impl Budget<'_> {
    /// Takes a complaint from the client's budget, for everyone but staff filing for
    /// workers: a flood of complaints neither fills the staff's mailboxes nor the hashing
    /// threads nor the file store.
    pub async fn take(self, auth: &AuthState, user: Option<&User>) -> Result<(), AppError> {
        let Budget::Take { client } = self else {
            return Ok(());
        };
        if user.is_some_and(|u| u.role.belongs_to_organisation()) {
            return Ok(());
        }
        auth.complaints.take(client).await.map_err(|retry| {
            tracing::warn!(retry_after = retry.0, "complaint throttled");
            AppError::TooManyRequests {
                retry_after: retry.0,
            }
        })
    }
}

/// Files sent with the complaint, and the kinds of organisation (among those it is shared
/// with) the worker lets open them.
pub struct Attached<'a> {
    pub evidence: &'a Evidence,
    pub uploads: Vec<Upload>,
    pub shared_with: Vec<String>,
}

/// The field of the complaint form where the worker says who may open its files.
pub const FILES_SHARED_WITH: &str = "files_shared_with";

/// Files a draft already checked (the API builds its draft from JSON). Attached files are
/// cleaned, sealed with the new complaint's key and written to the store first; their rows
/// commit with the complaint, or they are deleted again.
pub async fn file_draft(
    pool: &Pool,
    auth: &AuthState,
    draft: ComplaintDraft,
    user: Option<&User>,
    budget: Budget<'_>,
    attached: Option<Attached<'_>>,
) -> Result<Filing, AppError> {
    budget.take(auth, user).await?;
    let keys = CaseKeys::generate();
    let staged = match attached.filter(|a| !a.uploads.is_empty()) {
        Some(attached) => {
            let evidence = attached.evidence;
            if attached.uploads.len() > evidence.limits.files_per_message {
                return Err(InputError::new("files", "error-evidence-too-many").into());
            }
            let shared_with =
                evidence_app::consent(&draft.share_with, &attached.shared_with, FILES_SHARED_WITH)?;
            let staged = evidence_app::stage(
                pool,
                evidence,
                &keys.content,
                attached.uploads,
                shared_with,
                None,
            )
            .await?;
            Some((std::sync::Arc::new(staged), evidence))
        }
        None => None,
    };
    let to_insert = staged
        .as_ref()
        .map(|(staged, evidence)| (staged.clone(), evidence.limits.complaint_bytes));
    let filed = store_filing(pool, auth, draft, filed_by(user), keys, to_insert).await;
    // The files' rows committed with the complaint, or the written files go again.
    let mut added = None;
    if let Some((staged, evidence)) = staged {
        let staged = std::sync::Arc::into_inner(staged)
            .ok_or_else(|| AppError::Internal("staged files still shared".into()))?;
        match &filed {
            Ok(_) => added = Some(staged.added()),
            Err(_) => staged.discard(&evidence.store).await,
        }
    }
    let (receipt, filed, on_behalf) = filed?;
    Ok(Filing {
        receipt,
        filed,
        on_behalf,
        files: added,
    })
}

/// Who files, as stored: a worker's account, or the caseworker filing for a worker.
fn filed_by(user: Option<&User>) -> FiledBy {
    match user {
        Some(u) if u.role == Role::Caseworker => FiledBy {
            caseworker: Some(u.id),
            ..FiledBy::default()
        },
        Some(u) => FiledBy {
            account: Some(u.id),
            ..FiledBy::default()
        },
        None => FiledBy::default(),
    }
}

/// Files a checked draft for an intake partner, with the worker's consent it attests, in one
/// transaction. No per-address budget: partner keys have their own throttle, and no files
/// (a partner sends the worker's words only).
pub async fn file_for_partner(
    pool: &Pool,
    auth: &AuthState,
    draft: ComplaintDraft,
    intake: PartnerIntake,
) -> Result<Filing, AppError> {
    let by = FiledBy {
        partner: Some(intake),
        ..FiledBy::default()
    };
    let (receipt, filed, on_behalf) =
        store_filing(pool, auth, draft, by, CaseKeys::generate(), None).await?;
    Ok(Filing {
        receipt,
        filed,
        on_behalf,
        files: None,
    })
}

/// Makes the receipt and stores the complaint with its receipt's hash, routed, and the rows
/// of its staged files, in one transaction.
async fn store_filing(
    pool: &Pool,
    auth: &AuthState,
    draft: ComplaintDraft,
    by: FiledBy,
    keys: CaseKeys,
    staged: Option<(std::sync::Arc<Staged>, u64)>,
) -> Result<(Receipt, Filed, bool), AppError> {
    let receipt = Receipt::generate();
    let derived = receipt::derive(auth, receipt.clone()).await?;
    let hash = derived.current().to_owned();
    let receipt_key = derived.secret.public_key();
    let on_behalf = draft.on_behalf;
    let filed = db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let sealing = Sealing {
                receipt_hash: &hash,
                receipt_key: &receipt_key,
                keys: &keys,
            };
            let filed = store::file(conn, &draft, &sealing, by, crate::clock::now())?;
            if let Some((staged, max_bytes)) = &staged {
                staged.insert(conn, filed.complaint_id, *max_bytes)?;
            }
            Ok(filed)
        })
    })
    .await?;
    Ok((receipt, filed, on_behalf))
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
/// name it by), what the worker may read (opened) and the complaint's keys the receipt
/// opened (none once its content was destroyed).
pub struct Found {
    pub receipt: Receipt,
    pub hash: String,
    pub tracked: Tracked,
    pub keys: Option<CaseKeys>,
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
    if let Err(retry) = auth.receipts.take(client).await {
        tracing::warn!(retry_after = retry.0, "receipt look-ups throttled");
        return Err(AppError::TooManyRequests {
            retry_after: retry.0,
        });
    }
    find(pool, auth, typed).await
}

/// [`look_up`] without the per-address throttle: for an intake partner, whose every request
/// its key's own throttle counted, and who may only open its own complaints.
pub async fn find(pool: &Pool, auth: &AuthState, typed: &str) -> Result<Found, AppError> {
    let receipt =
        Receipt::parse(typed).ok_or(InputError::new("receipt", "error-track-receipt-format"))?;
    let derived = receipt::derive(auth, receipt.clone()).await?;
    let current = derived.current().to_owned();
    let stored_as = current.clone();
    let lookups = derived.lookups.clone();
    let secret = derived.secret;
    let (tracked, keys) = db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let Some(mut tracked) = store::tracked(conn, &lookups)? else {
                return Ok(None);
            };
            // Found under a previous service secret: stored under the current one now.
            if tracked.hash != stored_as {
                store::rehash_receipt(conn, &tracked.hash, &stored_as)?;
                tracked.hash = stored_as.clone();
            }
            let keys = tracked
                .sealed_keys
                .as_ref()
                .and_then(|sealed| keys::open_keys(&secret, sealed).ok());
            // Organisations that received the complaint after filing found nobody get its
            // keys now, from the worker's own.
            if let Some(keys) = &keys {
                store::seal_for_waiting(conn, tracked.complaint_id, keys)?;
            }
            Ok::<_, AppError>(Some((tracked, keys)))
        })
    })
    .await?
    .ok_or_else(|| InputError::new("receipt", "error-track-receipt-unknown"))?;
    let tracked = opened(tracked, keys.as_ref());
    Ok(Found {
        receipt,
        hash: current,
        tracked,
        keys,
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

/// The complaint as the worker reads it now (after a change), opened with the keys the
/// receipt opened.
pub async fn read(pool: &Pool, found: &Found) -> Result<Option<Tracked>, AppError> {
    let hash = vec![found.hash.clone()];
    let tracked = db::run(pool, move |conn| Ok(store::tracked(conn, &hash)?)).await?;
    Ok(tracked.map(|t| opened(t, found.keys.as_ref())))
}

/// The complaints a signed-in worker attached to their account (never an anonymous one),
/// opened with the account's key as this session holds it.
pub async fn attached_to(pool: &Pool, user: &User) -> Result<Vec<Tracked>, AppError> {
    let id = user.id;
    let all = db::run(pool, move |conn| Ok(store::tracked_for_account(conn, id)?)).await?;
    Ok(all
        .into_iter()
        .map(|t| {
            let keys = match (&user.personal, &t.sealed_keys) {
                (Some(secret), Some(sealed)) => keys::open_keys(secret, sealed).ok(),
                _ => None,
            };
            opened(t, keys.as_ref())
        })
        .collect())
}

/// The worker's words and messages, opened with the complaint's content key: what does not
/// open (no key, destroyed, tampered) is left out, never shown half.
pub fn opened(mut tracked: Tracked, keys: Option<&CaseKeys>) -> Tracked {
    let content = keys.map(|k| &k.content);
    tracked.description = match (tracked.description.take(), content) {
        (Some(sealed), Some(key)) => key.open_text(purpose::DESCRIPTION, &sealed).ok(),
        _ => None,
    };
    for message in &mut tracked.messages {
        open_message(message, content);
    }
    super::evidence::open_names(&mut tracked.files, content);
    tracked.sealed_keys = None;
    tracked
}

/// Opens a message to or from the worker in place; one that does not open keeps
/// `sealed = true` and an empty body.
pub fn open_message(message: &mut MessageRow, content: Option<&crate::seal::Key>) {
    if !message.sealed {
        return;
    }
    match content.map(|key| key.open_text(purpose::MESSAGE, &message.body)) {
        Some(Ok(plain)) => {
            message.body = plain;
            message.sealed = false;
        }
        _ => message.body.clear(),
    }
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
    let key = found
        .keys
        .as_ref()
        .ok_or(InputError::new("body", "error-sealed-destroyed"))?;
    let sealed = key.content.seal_text(purpose::MESSAGE, &body);
    let hash = found.hash.clone();
    db::run_write(pool, move |conn| {
        store::worker_message(conn, &hash, referral, &sealed, crate::clock::now())
    })
    .await
}

/// The worker withdraws the complaint: every open referral is closed as withdrawn. Returns
/// how many were closed.
pub async fn withdraw(pool: &Pool, found: &Found) -> Result<usize, AppError> {
    let hash = found.hash.clone();
    db::run_write(pool, move |conn| {
        store::withdraw(conn, &hash, crate::clock::now())
    })
    .await
}

/// The worker deletes what they wrote, now: their words, contact details and the messages
/// with the organisations, and the complaint's keys (nothing sealed with them opens again).
/// The facts the reports count stay; so do the organisations' own notes until their
/// retention ends. Refused once done.
pub async fn delete_words(pool: &Pool, found: &Found) -> Result<(), AppError> {
    let hash = found.hash.clone();
    db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let id = store::undestroyed_by_receipt(conn, &hash)?
                .ok_or(InputError::new("confirm_delete", "error-sealed-destroyed"))?;
            crate::db::retention::destroy(conn, &[id], false)?;
            Ok(())
        })
    })
    .await
}
