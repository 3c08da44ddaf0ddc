//! What an intake partner may do with its key (issue 18), and nothing else: file a complaint
//! or a review for a worker with the worker's consent it attests, read the status of the
//! complaints it filed (by its own reference: another partner's is unknown), and — with the
//! worker's receipt — read the organisations' messages to the worker and send the worker's
//! answer, so a conversation can run inside the chat.

use crate::auth::AuthState;
use crate::auth::partner::Partner;
use crate::db::complaints::{self as store, Tracked};
use crate::db::partners::{self, Attested, PartnerIntake};
use crate::db::reviews::{self, CollectedReview};
use crate::db::{self, Pool};
use crate::domain::complaint::ComplaintDraft;
use crate::domain::partner::Attestation;
use crate::domain::recruiter::PublicId;
use crate::domain::review::{Channel, ReviewDraft};
use crate::error::AppError;

use super::complaints::{self as filing, Filing, Found};

/// Files a checked complaint for the worker under the partner's `reference`, with the
/// attested consent; routed as any complaint. A reference the partner used before is a 409.
pub async fn file_complaint(
    pool: &Pool,
    auth: &AuthState,
    partner: Partner,
    reference: String,
    attestation: Attestation,
    draft: ComplaintDraft,
) -> Result<Filing, AppError> {
    let intake = PartnerIntake {
        organisation_id: partner.organisation_id,
        key_id: partner.key_id,
        reference: Some(reference),
        attestation,
    };
    filing::file_for_partner(pool, auth, draft, intake).await
}

/// Stores a checked review the partner collected, pending moderation, marked with the
/// partner's name and the channel `partner`, with the attested consent. Returns its public
/// id. An unknown or unlisted recruiter is a 404.
pub async fn file_review(
    pool: &Pool,
    partner: Partner,
    recruiter: PublicId,
    attestation: Attestation,
    draft: ReviewDraft,
) -> Result<String, AppError> {
    let intake = PartnerIntake {
        organisation_id: partner.organisation_id,
        key_id: partner.key_id,
        reference: None,
        attestation,
    };
    db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let recruiter_id =
                reviews::recruiter_id(conn, &recruiter)?.ok_or(AppError::NotFound)?;
            let collected_by = crate::db::accounts::organisation(conn, partner.organisation_id)?
                .map(|o| o.row.name)
                .ok_or(AppError::Unauthorized)?;
            let review = CollectedReview {
                recruiter_id,
                draft,
                collected_by,
                channel: Channel::Partner,
            };
            // The day only, as for every review.
            let (id, public_id) = reviews::insert_one(conn, &review, None, crate::clock::today())?;
            partners::attest(
                conn,
                &intake,
                Attested::Review(id),
                "",
                "",
                crate::clock::now(),
            )?;
            Ok(public_id)
        })
    })
    .await
}

/// The complaint the partner filed under `reference`, as its status shows it: referrals and
/// their states, never the worker's words or messages (those open only with the receipt).
/// Another partner's reference, or one never used, is a 404.
pub async fn status(pool: &Pool, partner: Partner, reference: String) -> Result<Tracked, AppError> {
    let organisation = partner.organisation_id;
    let tracked = db::run(pool, move |conn| {
        let Some((_, hash)) = partners::complaint_by_reference(conn, organisation, &reference)?
        else {
            return Ok(None);
        };
        Ok(store::tracked(conn, &[hash])?)
    })
    .await?
    .ok_or(AppError::NotFound)?;
    // Nothing sealed leaves without the receipt.
    Ok(filing::opened(tracked, None))
}

/// The complaint under `reference`, opened with the worker's `receipt`: a receipt of another
/// complaint (the partner's or not) is refused as a receipt that matches nothing, and a
/// reference that is not the partner's is a 404 — so a key cannot open what it did not file.
pub async fn open(
    pool: &Pool,
    auth: &AuthState,
    partner: Partner,
    reference: String,
    receipt: &str,
) -> Result<Found, AppError> {
    let organisation = partner.organisation_id;
    let complaint = db::run(pool, move |conn| {
        Ok(partners::complaint_by_reference(
            conn,
            organisation,
            &reference,
        )?)
    })
    .await?
    .ok_or(AppError::NotFound)?;
    let found = filing::find(pool, auth, receipt).await?;
    if found.tracked.complaint_id != complaint.0 {
        return Err(crate::error::InputError::new("receipt", "error-track-receipt-unknown").into());
    }
    Ok(found)
}

/// `fairrecruit partner-key`: makes a key for the intake partner named by id or exact name
/// and prints it (once), or revokes key `revoke`. Valid for `days` (1 to 365).
pub fn key_command(
    conn: &mut db::DbConnection,
    organisation: &str,
    name: Option<&str>,
    days: i64,
    revoke: Option<i64>,
) -> anyhow::Result<()> {
    use crate::db::schema::organisations;
    use diesel::prelude::*;
    let found: Vec<(i64, String)> = organisations::table
        .filter(
            organisations::kind
                .eq(crate::domain::account::OrganisationKind::IntakePartner.as_str()),
        )
        .filter(
            organisations::name
                .eq(organisation)
                .or(organisations::id.eq(organisation.parse::<i64>().unwrap_or(-1))),
        )
        .select((organisations::id, organisations::name))
        .load(conn)?;
    let [(id, partner)] = found.as_slice() else {
        anyhow::bail!("no single intake partner has the id or name {organisation:?}");
    };
    let now = crate::clock::now();
    if let Some(key) = revoke {
        if !crate::db::partner_keys::revoke(conn, *id, key, None, now)? {
            anyhow::bail!("{partner} has no key {key} that is not revoked already");
        }
        println!("key {key} of {partner} revoked");
        return Ok(());
    }
    let (name, days) =
        crate::domain::partner::key_request(name.unwrap_or_default(), &days.to_string()).map_err(
            |e| {
                anyhow::anyhow!(
                    "--{}: {}",
                    e.field,
                    crate::i18n::Tr::new(crate::i18n::DEFAULT).t(e.message_key)
                )
            },
        )?;
    let expires = now + chrono::Duration::days(days);
    let key = crate::db::partner_keys::issue(conn, *id, &name, expires, None, now)?
        .ok_or_else(|| anyhow::anyhow!("{partner} is not an intake partner"))?;
    eprintln!(
        "API key for {partner} ({name}), valid until {}; shown this once:",
        expires.date()
    );
    println!("{key}");
    Ok(())
}
