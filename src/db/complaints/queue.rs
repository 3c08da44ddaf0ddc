//! The staff queue and the escalations shown on it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{complaints, escalations, recruiters, referrals};
use crate::db_run;
use crate::domain::complaint::{Priority, ReferralStatus};

use super::LIST_MAX;

/// Which referrals the queue shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// `None`: every open referral.
    pub status: Option<ReferralStatus>,
    /// Every referral whatever its status (`status=all`).
    pub all: bool,
    pub priority: Option<Priority>,
    pub overdue: bool,
    /// Origin or destination.
    pub country: Option<String>,
    /// A recruiter's public id.
    pub recruiter: Option<String>,
}

#[derive(Debug, Clone, Queryable)]
pub struct QueueRow {
    pub id: i64,
    pub status: String,
    pub priority: i32,
    pub priority_overridden: bool,
    pub opened_on: NaiveDateTime,
    pub acknowledge_by: NaiveDateTime,
    pub answer_by: NaiveDateTime,
    pub collective_case_id: Option<i64>,
    pub origin: String,
    pub destination: String,
    pub in_danger: bool,
    pub workers_affected: i32,
    pub recruiter_public_id: String,
    pub recruiter_name: String,
    pub is_sub_agent: bool,
}

impl QueueRow {
    pub fn status(&self) -> ReferralStatus {
        ReferralStatus::parse(&self.status).unwrap_or(ReferralStatus::New)
    }

    pub fn is_overdue(&self, now: NaiveDateTime) -> bool {
        is_overdue(self.status(), self.acknowledge_by, self.answer_by, now)
    }
}

/// Past its acknowledgement deadline while still new, or past its answer deadline while open.
pub fn is_overdue(
    status: ReferralStatus,
    acknowledge_by: NaiveDateTime,
    answer_by: NaiveDateTime,
    now: NaiveDateTime,
) -> bool {
    (status == ReferralStatus::New && acknowledge_by < now) || (status.is_open() && answer_by < now)
}

pub(super) const OPEN: [&str; 4] = ["new", "acknowledged", "investigating", "awaiting_worker"];

/// An organisation's referrals, most urgent first, then oldest: one query.
pub fn queue(
    conn: &mut DbConnection,
    organisation_id: i64,
    filter: &QueueFilter,
    now: NaiveDateTime,
) -> QueryResult<Vec<QueueRow>> {
    db_run!(conn, c => {
        let mut query = referrals::table
            .inner_join(complaints::table)
            .inner_join(recruiters::table.on(recruiters::id.eq(referrals::recruiter_id)))
            .filter(referrals::organisation_id.eq(organisation_id))
            .select((
                referrals::id,
                referrals::status,
                referrals::priority,
                referrals::priority_overridden,
                referrals::opened_on,
                referrals::acknowledge_by,
                referrals::answer_by,
                referrals::collective_case_id,
                complaints::origin,
                complaints::destination,
                complaints::in_danger,
                complaints::workers_affected,
                recruiters::public_id,
                recruiters::name,
                recruiters::is_sub_agent,
            ))
            .order((
                referrals::priority.asc(),
                referrals::opened_on.asc(),
                referrals::id.asc(),
            ))
            .limit(LIST_MAX)
            .into_boxed();
        match (filter.status, filter.all) {
            (Some(status), _) => query = query.filter(referrals::status.eq(status.as_str())),
            (None, false) => query = query.filter(referrals::status.eq_any(OPEN)),
            (None, true) => {}
        }
        if let Some(priority) = filter.priority {
            query = query.filter(referrals::priority.eq(priority.rank()));
        }
        if filter.overdue {
            query = query.filter(
                referrals::status
                    .eq("new")
                    .and(referrals::acknowledge_by.lt(now))
                    .or(referrals::status.eq_any(OPEN).and(referrals::answer_by.lt(now))),
            );
        }
        if let Some(country) = filter.country.clone() {
            query = query.filter(
                complaints::origin
                    .eq(country.clone())
                    .or(complaints::destination.eq(country)),
            );
        }
        if let Some(recruiter) = filter.recruiter.clone() {
            query = query.filter(recruiters::public_id.eq(recruiter));
        }
        query.load(c)
    })
}

/// An escalation the leads see.
#[derive(Debug, Clone, Queryable)]
pub struct EscalationRow {
    pub referral_id: i64,
    pub deadline: String,
    pub created_at: NaiveDateTime,
    pub status: String,
}

/// The organisation's escalations on referrals still open: one query.
pub fn escalations_of(
    conn: &mut DbConnection,
    organisation_id: i64,
) -> QueryResult<Vec<EscalationRow>> {
    escalations::table
        .inner_join(referrals::table)
        .filter(escalations::organisation_id.eq(organisation_id))
        .filter(referrals::status.eq_any(OPEN))
        .order((escalations::created_at.desc(), escalations::id.desc()))
        .limit(LIST_MAX)
        .select((
            escalations::referral_id,
            escalations::deadline,
            escalations::created_at,
            referrals::status,
        ))
        .load(conn)
}
