//! Administrators: complaints no organisation received, and routing them again.

use chrono::NaiveDateTime;
use diesel::dsl::{exists, not};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{complaints, recruiters, referrals};
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::{Priority, RoutingTarget, routes_to, split_words};
use crate::error::AppError;

use super::LIST_MAX;
use super::filing::{open_referral, routing_targets};

/// A complaint that matched no organisation: what an administrator needs to add one (no
/// content, no contact).
#[derive(Debug, Clone, Queryable)]
pub struct UnroutedRow {
    pub id: i64,
    pub origin: String,
    pub destination: String,
    pub share_kinds: String,
    pub received_on: NaiveDateTime,
    pub recruiter_name: String,
    pub licensing_country: Option<String>,
}

pub fn unrouted(conn: &mut DbConnection) -> QueryResult<Vec<UnroutedRow>> {
    complaints::table
        .inner_join(recruiters::table)
        .filter(not(exists(
            referrals::table.filter(referrals::complaint_id.eq(complaints::id)),
        )))
        .filter(complaints::withdrawn.eq(false))
        .order((complaints::received_on.asc(), complaints::id.asc()))
        .limit(LIST_MAX)
        .select((
            complaints::id,
            complaints::origin,
            complaints::destination,
            complaints::share_kinds,
            complaints::received_on,
            recruiters::name,
            recruiters::licensing_country,
        ))
        .load(conn)
}

pub fn count_unrouted(conn: &mut DbConnection) -> QueryResult<i64> {
    complaints::table
        .filter(not(exists(
            referrals::table.filter(referrals::complaint_id.eq(complaints::id)),
        )))
        .filter(complaints::withdrawn.eq(false))
        .count()
        .get_result(conn)
}

/// Routes again every complaint no organisation received, once an administrator has added
/// one that covers it: the same rule as at filing, with deadlines from today. Returns how many
/// complaints reached at least one organisation this time.
pub fn route_unrouted(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    crate::db::transaction(conn, |conn| {
        type Waiting = (
            (i64, i64, String, String, Option<String>, String),
            (bool, String, i32),
            Option<String>,
        );
        let waiting: Vec<Waiting> = complaints::table
            .inner_join(recruiters::table)
            .filter(not(exists(
                referrals::table.filter(referrals::complaint_id.eq(complaints::id)),
            )))
            .filter(complaints::withdrawn.eq(false))
            .order(complaints::id)
            .limit(LIST_MAX)
            .select((
                (
                    complaints::id,
                    complaints::recruiter_id,
                    complaints::origin,
                    complaints::destination,
                    complaints::sector,
                    complaints::share_kinds,
                ),
                (
                    complaints::in_danger,
                    complaints::issues,
                    complaints::workers_affected,
                ),
                recruiters::licensing_country,
            ))
            .load(conn)?;
        let mut routed = 0;
        for (
            (id, recruiter_id, origin, destination, sector, share_kinds),
            (in_danger, issues, workers),
            licensing,
        ) in waiting
        {
            let indicators = split_words(&issues, crate::domain::complaint::Issue::parse)
                .iter()
                .filter(|i| i.is_forced_labour_indicator())
                .count();
            let priority = Priority::compute(in_danger, indicators, workers);
            let share_with = split_words(&share_kinds, OrganisationKind::parse);
            let sector = sector
                .as_deref()
                .and_then(crate::domain::account::Sector::parse);
            let mut covered = vec![origin.as_str(), destination.as_str()];
            if let Some(country) = licensing.as_deref() {
                covered.push(country);
            }
            let targets: Vec<RoutingTarget> = routing_targets(conn, &covered)?
                .into_iter()
                .filter(|t| {
                    routes_to(
                        t,
                        &share_with,
                        [origin.as_str(), destination.as_str()],
                        licensing.as_deref(),
                        sector,
                    )
                })
                .collect();
            for target in &targets {
                open_referral(conn, id, recruiter_id, target.id, priority, None, None, now)?;
            }
            if !targets.is_empty() {
                routed += 1;
            }
        }
        Ok(routed)
    })
}
