//! Retention (issue 14): a case's sealed content is destroyed — keys and ciphertext — once
//! every referral of it has ended and each organisation's retention has passed (30 days
//! after a withdrawal); the facts the reports need stay. The same job purges what has no
//! further use: revoked tokens past their expiry, expired sessions, and audit events older
//! than the configured period, and password reset links past their 30 minutes. (Sent mail has its own, shorter, upkeep: `outbox::purge_sent`;
//! throttles keep nothing in the database.)

use chrono::{Duration, NaiveDateTime};
use diesel::dsl::{exists, not};
use diesel::prelude::*;

use crate::db::accounts::{self, AuditEvent, Outcome};
use crate::db::schema::{
    audit_events, complaint_keys, complaints, organisations, referral_messages,
    referral_transitions, referrals, revoked_tokens, sessions,
};
use crate::db::{self, DbConnection};
use crate::domain::complaint::CloseReason;

/// How long sealed content is kept after a withdrawal, whatever the organisation's setting.
pub const AFTER_WITHDRAWAL_DAYS: i64 = 30;
/// The organisation's retention when it sets none.
pub const DEFAULT_DAYS: i32 = 365;
/// The shortest and longest retention an organisation may set.
pub const DAYS_RANGE: std::ops::RangeInclusive<i32> = 30..=3650;
/// Complaints destroyed per run (the next run takes the rest).
const BATCH: i64 = 500;

/// What one run purged (the audit event's counts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub complaints: usize,
    pub revoked_tokens: usize,
    pub sessions: usize,
    pub audit_events: usize,
    pub reset_links: usize,
}

impl Purged {
    fn any(&self) -> bool {
        self.complaints + self.revoked_tokens + self.sessions + self.audit_events + self.reset_links
            > 0
    }
}

/// Destroys complaints' sealed content. `whole`: also the organisations' own notes about them
/// (internal notes, the reasons on their timelines) — at the end of retention; a worker
/// deleting what they wrote destroys their words, contact details and the messages with
/// them (and the complaint's keys, so nothing sealed with them opens again), not the
/// organisations' own records.
pub fn destroy(conn: &mut DbConnection, ids: &[i64], whole: bool) -> QueryResult<()> {
    diesel::update(complaints::table.filter(complaints::id.eq_any(ids)))
        .set((
            complaints::description.eq(None::<String>),
            complaints::contact_details.eq(None::<String>),
            complaints::safe_times.eq(None::<String>),
            complaints::content_destroyed.eq(true),
        ))
        .execute(conn)?;
    diesel::delete(complaint_keys::table.filter(complaint_keys::complaint_id.eq_any(ids)))
        .execute(conn)?;
    // Evidence goes with the words: the rows now, the sealed bytes at the next purge.
    crate::db::evidence::forget(conn, ids)?;
    let of_these = referrals::table
        .filter(referrals::complaint_id.eq_any(ids))
        .select(referrals::id);
    if whole {
        diesel::delete(
            referral_messages::table.filter(referral_messages::referral_id.eq_any(of_these)),
        )
        .execute(conn)?;
        let referral_ids: Vec<i64> = referrals::table
            .filter(referrals::complaint_id.eq_any(ids))
            .select(referrals::id)
            .load(conn)?;
        diesel::update(
            referral_transitions::table
                .filter(referral_transitions::referral_id.eq_any(referral_ids))
                .filter(referral_transitions::sealed.eq(true))
                .filter(referral_transitions::reason.is_not_null()),
        )
        .set(referral_transitions::reason.eq(None::<String>))
        .execute(conn)?;
    } else {
        diesel::delete(
            referral_messages::table
                .filter(referral_messages::referral_id.eq_any(of_these))
                .filter(referral_messages::internal.eq(false)),
        )
        .execute(conn)?;
    }
    Ok(())
}

/// Complaints whose sealed content is due for destruction on `today`: every referral ended,
/// and each one's retention passed. Two queries.
pub fn due(conn: &mut DbConnection, today: NaiveDateTime) -> QueryResult<Vec<i64>> {
    // Something sealed is left: the worker's words (not yet deleted by them), or the
    // organisations' notes and messages (kept until their retention even after the worker
    // deleted theirs).
    let notes_left = exists(
        referral_transitions::table
            .inner_join(referrals::table)
            .filter(referrals::complaint_id.eq(complaints::id))
            .filter(referral_transitions::sealed.eq(true))
            .filter(referral_transitions::reason.is_not_null()),
    );
    let messages_left = exists(
        referral_messages::table
            .inner_join(referrals::table)
            .filter(referrals::complaint_id.eq(complaints::id)),
    );
    let candidates: Vec<i64> = complaints::table
        .filter(
            complaints::content_destroyed
                .eq(false)
                .or(notes_left)
                .or(messages_left),
        )
        .filter(exists(
            referrals::table.filter(referrals::complaint_id.eq(complaints::id)),
        ))
        .filter(not(exists(
            referrals::table
                .filter(referrals::complaint_id.eq(complaints::id))
                .filter(referrals::ended_on.is_null()),
        )))
        .order(complaints::id)
        .limit(BATCH)
        .select(complaints::id)
        .load(conn)?;
    let ended: Vec<(i64, Option<NaiveDateTime>, Option<String>, i32)> = referrals::table
        .inner_join(organisations::table)
        .filter(referrals::complaint_id.eq_any(&candidates))
        .select((
            referrals::complaint_id,
            referrals::ended_on,
            referrals::close_reason,
            organisations::retention_days,
        ))
        .load(conn)?;
    Ok(candidates
        .into_iter()
        .filter(|id| {
            ended
                .iter()
                .filter(|r| r.0 == *id)
                .all(|(_, on, reason, days)| {
                    let days = if reason.as_deref() == Some(CloseReason::Withdrawn.as_str()) {
                        AFTER_WITHDRAWAL_DAYS
                    } else {
                        i64::from(*days)
                    };
                    on.is_some_and(|on| on + Duration::days(days) <= today)
                })
        })
        .collect())
}

/// One run: destroys what is due, purges what has no further use, and records the counts
/// (never content) as one audit event, all in one transaction.
pub fn purge(conn: &mut DbConnection, now: NaiveDateTime, keep_days: i64) -> QueryResult<Purged> {
    db::transaction(conn, |conn| {
        let due = due(conn, crate::clock::day_of(now))?;
        destroy(conn, &due, true)?;
        let purged = Purged {
            complaints: due.len(),
            revoked_tokens: diesel::delete(
                revoked_tokens::table.filter(revoked_tokens::expires_at.lt(now)),
            )
            .execute(conn)?,
            sessions: diesel::delete(sessions::table.filter(sessions::expires_at.lt(now)))
                .execute(conn)?,
            audit_events: diesel::delete(
                audit_events::table
                    .filter(audit_events::occurred_at.lt(now - Duration::days(keep_days))),
            )
            .execute(conn)?,
            reset_links: crate::db::resets::purge_expired(conn, now)?,
        };
        if purged.any() {
            accounts::record(
                conn,
                &AuditEvent::new("retention_purge", Outcome::Success).detail(format!(
                    "complaints={} revoked_tokens={} sessions={} audit_events={} reset_links={}",
                    purged.complaints,
                    purged.revoked_tokens,
                    purged.sessions,
                    purged.audit_events,
                    purged.reset_links
                )),
            )?;
        }
        Ok(purged)
    })
}

/// An organisation's retention, as its lead sets it (days after a referral ends).
pub fn set_days(conn: &mut DbConnection, organisation_id: i64, days: i32) -> QueryResult<()> {
    diesel::update(organisations::table.find(organisation_id))
        .set(organisations::retention_days.eq(days))
        .execute(conn)
        .map(drop)
}

pub fn days_of(conn: &mut DbConnection, organisation_id: i64) -> QueryResult<i32> {
    organisations::table
        .find(organisation_id)
        .select(organisations::retention_days)
        .first(conn)
}
