//! The worker's side, by receipt or account: what they see, their answers, withdrawal.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::keys::{self, CaseKeys, Holder};
use crate::db::outbox::{self, Audience, Notice};
use crate::db::schema::{complaint_keys, complaints, organisations, referral_messages, referrals};
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::{CaseAction, ReferralStatus, RoutingTarget, day_of, split_words};
use crate::domain::notice::Kind;
use crate::error::{AppError, InputError};

use super::LIST_MAX;
use super::actions::apply_step;
use super::case_file::{MessageRow, messages_of};
use super::queue::OPEN;

/// A referral as the worker sees it: who has it and where it stands.
#[derive(Debug, Clone, Queryable)]
pub struct WorkerReferral {
    pub id: i64,
    pub status: String,
    pub close_reason: Option<String>,
    pub outcome_remedies: Option<String>,
    pub outcome_money_minor: Option<i64>,
    pub outcome_money_currency: Option<String>,
    pub opened_on: NaiveDateTime,
    pub organisation_name: String,
    pub organisation_kind: String,
}

/// What `/track` shows.
#[derive(Debug, Clone)]
pub struct Tracked {
    pub complaint_id: i64,
    pub received_on: NaiveDateTime,
    pub withdrawn: bool,
    /// The worker's own words (sealed until opened with the worker's keys).
    pub description: Option<String>,
    /// Destroyed at the end of its retention, or by the worker.
    pub content_destroyed: bool,
    pub referrals: Vec<WorkerReferral>,
    /// Never internal notes.
    pub messages: Vec<MessageRow>,
    /// The complaint's keys as sealed to the worker (receipt or account), if any.
    pub sealed_keys: Option<(String, Option<String>)>,
    /// The receipt hash the complaint was found by.
    pub hash: String,
    /// The kinds of organisation the worker shared the complaint with (comma-separated).
    pub share_kinds: String,
    /// The evidence the worker sent, its names sealed until opened with the worker's keys.
    pub files: Vec<crate::db::evidence::FileRow>,
}

type TrackedHead = (
    i64,
    NaiveDateTime,
    bool,
    Option<String>,
    bool,
    String,
    String,
);

/// The columns of a [`TrackedHead`], as both look-ups (by receipt, by account) select them.
const TRACKED_HEAD: (
    complaints::id,
    complaints::received_on,
    complaints::withdrawn,
    complaints::description,
    complaints::content_destroyed,
    complaints::receipt_hash,
    complaints::share_kinds,
) = (
    complaints::id,
    complaints::received_on,
    complaints::withdrawn,
    complaints::description,
    complaints::content_destroyed,
    complaints::receipt_hash,
    complaints::share_kinds,
);

/// The complaint one of these receipt hashes names (the current secret's first, then
/// previous secrets'), with its referrals, the messages the worker may read and the keys
/// sealed to the receipt, and its evidence: five queries. Unknown hash: `None`.
pub fn tracked(conn: &mut DbConnection, hashes: &[String]) -> QueryResult<Option<Tracked>> {
    let Some((
        complaint_id,
        received_on,
        withdrawn,
        description,
        content_destroyed,
        hash,
        share_kinds,
    )) = complaints::table
        .filter(complaints::receipt_hash.eq_any(hashes))
        .select(TRACKED_HEAD)
        .first::<TrackedHead>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let referrals: Vec<WorkerReferral> = referrals::table
        .inner_join(organisations::table)
        .filter(referrals::complaint_id.eq(complaint_id))
        .order(referrals::id)
        .select((
            referrals::id,
            referrals::status,
            referrals::close_reason,
            referrals::outcome_remedies,
            referrals::outcome_money_minor,
            referrals::outcome_money_currency,
            referrals::opened_on,
            organisations::name,
            organisations::kind,
        ))
        .load(conn)?;
    let ids: Vec<i64> = referrals.iter().map(|r| r.id).collect();
    let messages = messages_of(conn, &ids, false)?;
    let sealed_keys = keys::sealed_keys(conn, complaint_id, Holder::Receipt)?;
    let files = crate::db::evidence::of_complaint(conn, complaint_id)?;
    Ok(Some(Tracked {
        share_kinds,
        files,
        complaint_id,
        received_on,
        withdrawn,
        description,
        content_destroyed,
        referrals,
        messages,
        sealed_keys,
        hash,
    }))
}

/// The complaint this receipt hash names, unless its content was destroyed already.
pub fn undestroyed_by_receipt(
    conn: &mut DbConnection,
    receipt_hash: &str,
) -> QueryResult<Option<i64>> {
    complaints::table
        .filter(complaints::receipt_hash.eq(receipt_hash))
        .filter(complaints::content_destroyed.eq(false))
        .select(complaints::id)
        .first(conn)
        .optional()
}

/// A receipt found under a previous secret is stored under the current one from now on.
pub fn rehash_receipt(conn: &mut DbConnection, old: &str, current: &str) -> QueryResult<()> {
    diesel::update(complaints::table.filter(complaints::receipt_hash.eq(old)))
        .set(complaints::receipt_hash.eq(current))
        .execute(conn)
        .map(drop)
}

/// Seals the complaint's keys (opened by the worker) to every organisation that has a
/// referral of it but not the keys yet: those it reached when an administrator routed it
/// again, after filing found nobody. Returns how many organisations it sealed to.
pub fn seal_for_waiting(
    conn: &mut DbConnection,
    complaint_id: i64,
    keys: &CaseKeys,
) -> QueryResult<usize> {
    let (contact_kinds, holders): (String, Vec<String>) = (
        complaints::table
            .find(complaint_id)
            .select(complaints::contact_kinds)
            .first(conn)?,
        keys::holders_of(conn, complaint_id)?,
    );
    let orgs: Vec<(i64, String)> = referrals::table
        .inner_join(organisations::table)
        .filter(referrals::complaint_id.eq(complaint_id))
        .select((organisations::id, organisations::kind))
        .load(conn)?;
    let waiting: Vec<RoutingTarget> = orgs
        .into_iter()
        .filter(|(id, _)| !holders.contains(&Holder::Organisation(*id).column()))
        .filter_map(|(id, kind)| {
            Some(RoutingTarget {
                id,
                kind: OrganisationKind::parse(&kind)?,
                countries: Vec::new(),
                sectors: Vec::new(),
            })
        })
        .collect();
    if waiting.is_empty() {
        return Ok(0);
    }
    let contact_with = split_words(&contact_kinds, OrganisationKind::parse);
    super::filing::seal_for(conn, complaint_id, keys, &waiting, &contact_with)?;
    Ok(waiting.len())
}

/// The complaints a signed-in worker chose to attach to their account, newest first, with
/// their referrals, the messages they may read and their keys sealed to the account: four
/// queries (their evidence is listed on `/track`).
pub fn tracked_for_account(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Tracked>> {
    let mine: Vec<TrackedHead> = complaints::table
        .filter(complaints::user_id.eq(user_id))
        .order((complaints::received_on.desc(), complaints::id.desc()))
        .limit(LIST_MAX)
        .select(TRACKED_HEAD)
        .load(conn)?;
    let ids: Vec<i64> = mine.iter().map(|m| m.0).collect();
    let sealed: Vec<(i64, String, Option<String>)> = complaint_keys::table
        .filter(complaint_keys::complaint_id.eq_any(&ids))
        .filter(complaint_keys::holder.eq(Holder::Account.column()))
        .select((
            complaint_keys::complaint_id,
            complaint_keys::content_key,
            complaint_keys::contact_key,
        ))
        .load(conn)?;
    let found: Vec<(i64, WorkerReferral)> = referrals::table
        .inner_join(organisations::table)
        .filter(referrals::complaint_id.eq_any(&ids))
        .order(referrals::id)
        .select((
            referrals::complaint_id,
            (
                referrals::id,
                referrals::status,
                referrals::close_reason,
                referrals::outcome_remedies,
                referrals::outcome_money_minor,
                referrals::outcome_money_currency,
                referrals::opened_on,
                organisations::name,
                organisations::kind,
            ),
        ))
        .load(conn)?;
    let referral_ids: Vec<i64> = found.iter().map(|(_, r)| r.id).collect();
    let messages = messages_of(conn, &referral_ids, false)?;
    Ok(mine
        .into_iter()
        .map(
            |(
                complaint_id,
                received_on,
                withdrawn,
                description,
                content_destroyed,
                hash,
                share_kinds,
            )| {
                let referrals: Vec<WorkerReferral> = found
                    .iter()
                    .filter(|(c, _)| *c == complaint_id)
                    .map(|(_, r)| r.clone())
                    .collect();
                let messages = messages
                    .iter()
                    .filter(|m| referrals.iter().any(|r| r.id == m.referral_id))
                    .cloned()
                    .collect();
                let sealed_keys = sealed
                    .iter()
                    .find(|(c, _, _)| *c == complaint_id)
                    .map(|(_, content, contact)| (content.clone(), contact.clone()));
                Tracked {
                    complaint_id,
                    received_on,
                    withdrawn,
                    description,
                    content_destroyed,
                    referrals,
                    messages,
                    sealed_keys,
                    hash,
                    share_kinds,
                    // The files are listed on `/track`, where the receipt opens them.
                    files: Vec::new(),
                }
            },
        )
        .collect())
}

/// The worker answers or adds information on one referral of their complaint (`body`
/// sealed with the complaint's content key). A referral waiting for the worker goes back to
/// `investigating`, recorded with no actor. Stored with the day only.
pub fn worker_message(
    conn: &mut DbConnection,
    receipt_hash: &str,
    referral_id: i64,
    body: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    crate::db::transaction(conn, |conn| {
        let (status, organisation_id): (String, i64) = referrals::table
            .inner_join(complaints::table)
            .filter(complaints::receipt_hash.eq(receipt_hash))
            .filter(complaints::withdrawn.eq(false))
            .filter(referrals::id.eq(referral_id))
            .select((referrals::status, referrals::organisation_id))
            .first(conn)
            .optional()?
            .ok_or(InputError::new("referral", "error-track-referral"))?;
        let status = ReferralStatus::parse(&status).unwrap_or(ReferralStatus::New);
        if !status.is_open() {
            return Err(InputError::new("referral", "error-track-referral-closed").into());
        }
        let day = day_of(now);
        diesel::insert_into(referral_messages::table)
            .values((
                referral_messages::referral_id.eq(referral_id),
                referral_messages::occurred_at.eq(day),
                referral_messages::from_worker.eq(true),
                referral_messages::author_id.eq(None::<i64>),
                referral_messages::internal.eq(false),
                referral_messages::body.eq(body),
                referral_messages::sealed.eq(true),
            ))
            .execute(conn)?;
        if status == ReferralStatus::AwaitingWorker {
            apply_step(
                conn,
                referral_id,
                status,
                &CaseAction::Resume,
                None,
                None,
                day,
            )?;
        }
        // Worker-side times are kept as the day only, the notice's too (due at once).
        outbox::notify(
            conn,
            Audience::Organisation(organisation_id),
            &Notice::new(Kind::WorkerReply, format!("/cases/{referral_id}")),
            day,
        )?;
        Ok(())
    })
}

/// The worker withdraws: every open referral is closed as `withdrawn`, recorded with no
/// actor. Returns how many were closed.
pub fn withdraw(
    conn: &mut DbConnection,
    receipt_hash: &str,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    crate::db::transaction(conn, |conn| {
        let complaint_id: i64 = complaints::table
            .filter(complaints::receipt_hash.eq(receipt_hash))
            .select(complaints::id)
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        diesel::update(complaints::table.find(complaint_id))
            .set(complaints::withdrawn.eq(true))
            .execute(conn)?;
        let open: Vec<(i64, String)> = referrals::table
            .filter(referrals::complaint_id.eq(complaint_id))
            .filter(referrals::status.eq_any(OPEN))
            .select((referrals::id, referrals::status))
            .load(conn)?;
        let day = day_of(now);
        let action = CaseAction::Close(crate::domain::complaint::CloseReason::Withdrawn);
        for (id, status) in &open {
            if let Some(from) = ReferralStatus::parse(status) {
                apply_step(conn, *id, from, &action, None, None, day)?;
            }
        }
        Ok(open.len())
    })
}
