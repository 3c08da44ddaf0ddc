//! Escalation: referrals past a deadline, marked once even when several servers run the job.

use chrono::NaiveDateTime;
use diesel::dsl::exists;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::outbox::{self, Audience, Notice};
use crate::db::schema::{escalations, referrals};
use crate::db_run;
use crate::domain::complaint::ReferralStatus;
use crate::domain::notice::Kind;

use super::filing::{Reason, record};
use super::queue::OPEN;

/// What one run of the escalation job did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Escalated {
    pub acknowledge: usize,
    pub answer: usize,
}

/// Marks referrals past a deadline and records one escalation per referral and deadline for
/// the organisation's leads. Safe in several instances at once: the UPDATE only takes rows
/// not yet marked (a second instance waits for the first's row locks, then finds them
/// marked), and the escalation rows are guarded by their unique key. When nothing is due it
/// only reads.
pub fn mark_overdue(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<Escalated> {
    // A read first: when nothing is due (nearly always) no write lock is taken, so the job
    // never makes a SQLite writer elsewhere retry or fail on a snapshot it changed.
    let due: bool = diesel::select(exists(
        referrals::table.filter(
            referrals::status
                .eq(ReferralStatus::New.as_str())
                .and(referrals::acknowledge_by.lt(now))
                .and(referrals::acknowledge_escalated.eq(false))
                .or(referrals::status
                    .eq_any(OPEN)
                    .and(referrals::answer_by.lt(now))
                    .and(referrals::answer_escalated.eq(false))),
        ),
    ))
    .get_result(conn)?;
    if !due {
        return Ok(Escalated::default());
    }
    crate::db::transaction(conn, |conn| {
        let acknowledge: Vec<(i64, i64)> = diesel::update(
            referrals::table
                .filter(referrals::status.eq(ReferralStatus::New.as_str()))
                .filter(referrals::acknowledge_by.lt(now))
                .filter(referrals::acknowledge_escalated.eq(false)),
        )
        .set(referrals::acknowledge_escalated.eq(true))
        .returning((referrals::id, referrals::organisation_id))
        .get_results(conn)?;
        let answer: Vec<(i64, i64)> = diesel::update(
            referrals::table
                .filter(referrals::status.eq_any(OPEN))
                .filter(referrals::answer_by.lt(now))
                .filter(referrals::answer_escalated.eq(false)),
        )
        .set(referrals::answer_escalated.eq(true))
        .returning((referrals::id, referrals::organisation_id))
        .get_results(conn)?;
        let rows: Vec<_> = acknowledge
            .iter()
            .map(|r| (r, "acknowledge"))
            .chain(answer.iter().map(|r| (r, "answer")))
            .map(|((referral, organisation), deadline)| {
                (
                    escalations::referral_id.eq(*referral),
                    escalations::organisation_id.eq(*organisation),
                    escalations::deadline.eq(deadline),
                    escalations::created_at.eq(now),
                )
            })
            .collect();
        // In slices: SQLite takes at most 32,766 bound values in one statement, and a
        // backlog of overdue referrals (a new installation importing old cases) is larger.
        for slice in rows.chunks(1000) {
            db_run!(&mut *conn, c => diesel::insert_into(escalations::table)
                .values(slice)
                .on_conflict_do_nothing()
                .execute(c))?;
        }
        for ((referral, _), deadline) in acknowledge
            .iter()
            .map(|r| (r, "acknowledge"))
            .chain(answer.iter().map(|r| (r, "answer")))
        {
            record(
                conn,
                *referral,
                now,
                None,
                "escalated",
                None,
                None,
                Some(Reason::Plain(deadline)),
            )?;
        }
        for ((referral, organisation), kind) in acknowledge
            .iter()
            .map(|r| (r, Kind::OverdueAcknowledge))
            .chain(answer.iter().map(|r| (r, Kind::OverdueAnswer)))
        {
            let notice = Notice::new(kind, format!("/cases/{referral}"));
            outbox::notify(conn, Audience::Leads(*organisation), &notice, now)?;
        }
        Ok(Escalated {
            acknowledge: acknowledge.len(),
            answer: answer.len(),
        })
    })
}
