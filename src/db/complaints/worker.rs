//! The worker's side, by receipt or account: what they see, their answers, withdrawal.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::outbox::{self, Audience, Notice};
use crate::db::schema::{complaints, organisations, referral_messages, referrals};
use crate::domain::complaint::{CaseAction, ReferralStatus, day_of};
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
    pub referrals: Vec<WorkerReferral>,
    /// Never internal notes.
    pub messages: Vec<MessageRow>,
}

/// The complaint a receipt hash names, with its referrals and the messages the worker may
/// read: three queries. Unknown hash: `None`.
pub fn tracked(conn: &mut DbConnection, receipt_hash: &str) -> QueryResult<Option<Tracked>> {
    let Some((complaint_id, received_on, withdrawn)) = complaints::table
        .filter(complaints::receipt_hash.eq(receipt_hash))
        .select((
            complaints::id,
            complaints::received_on,
            complaints::withdrawn,
        ))
        .first::<(i64, NaiveDateTime, bool)>(conn)
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
    Ok(Some(Tracked {
        complaint_id,
        received_on,
        withdrawn,
        referrals,
        messages,
    }))
}

/// The complaints a signed-in worker chose to attach to their account, newest first, with
/// their referrals and the messages they may read: three queries.
pub fn tracked_for_account(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Tracked>> {
    let mine: Vec<(i64, NaiveDateTime, bool)> = complaints::table
        .filter(complaints::user_id.eq(user_id))
        .order((complaints::received_on.desc(), complaints::id.desc()))
        .limit(LIST_MAX)
        .select((
            complaints::id,
            complaints::received_on,
            complaints::withdrawn,
        ))
        .load(conn)?;
    let ids: Vec<i64> = mine.iter().map(|(id, _, _)| *id).collect();
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
        .map(|(complaint_id, received_on, withdrawn)| {
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
            Tracked {
                complaint_id,
                received_on,
                withdrawn,
                referrals,
                messages,
            }
        })
        .collect())
}

/// The worker answers or adds information on one referral of their complaint. A referral
/// waiting for the worker goes back to `investigating`, recorded with no actor. Stored with
/// the day only.
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
