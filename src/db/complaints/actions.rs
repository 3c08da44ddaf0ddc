//! What staff do to a referral: steps of the state machine, priority, messages, referring on, collective cases.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::outbox::{self, Audience, Notice};
use crate::db::schema::{
    collective_cases, complaints, organisation_countries, organisations, recruiters,
    referral_messages, referrals,
};
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::{CaseAction, Priority, ReferralStatus, join_words, split_words};
use crate::domain::notice::Kind;
use crate::domain::webhook::Event;
use crate::error::{AppError, InputError};

use super::LIST_MAX;
use super::filing::{Reason, open_referral, record, seal_for};
use super::queue::OPEN;
use crate::db::keys::CaseKeys;
use crate::domain::complaint::RoutingTarget;

/// The referral's status, for its own organisation only (`NotFound` otherwise).
fn status_in(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
) -> Result<ReferralStatus, AppError> {
    let status: String = referrals::table
        .filter(referrals::id.eq(referral_id))
        .filter(referrals::organisation_id.eq(organisation_id))
        .select(referrals::status)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    ReferralStatus::parse(&status).ok_or_else(|| AppError::Internal(format!("status {status}")))
}

/// Applies a step of the state machine and records it, together. The UPDATE checks the
/// status it started from, so two people acting at once cannot both move the referral.
/// `reason` is staff's note, sealed to their organisation's key.
pub(super) fn apply_step(
    conn: &mut DbConnection,
    referral_id: i64,
    from: ReferralStatus,
    action: &CaseAction,
    actor: Option<i64>,
    reason: Option<&str>,
    at: NaiveDateTime,
) -> Result<ReferralStatus, AppError> {
    let to = from.apply(action)?;
    let (close_reason, remedies, money) = match action {
        CaseAction::Close(why) => (Some(why.as_str()), None, None),
        CaseAction::Resolve(outcome) => (
            None,
            Some(join_words(&outcome.remedies, |r| r.as_str())),
            outcome.money,
        ),
        _ => (None, None, None),
    };
    let changed = diesel::update(
        referrals::table
            .filter(referrals::id.eq(referral_id))
            .filter(referrals::status.eq(from.as_str())),
    )
    .set((
        referrals::status.eq(to.as_str()),
        referrals::close_reason.eq(close_reason),
        referrals::outcome_remedies.eq(remedies),
        referrals::outcome_money_minor.eq(money.map(|m| m.minor)),
        referrals::outcome_money_currency.eq(money.map(|m| m.currency.as_str())),
        referrals::updated_at.eq(at),
        // The day it ended, from which its organisation's retention counts.
        referrals::ended_on.eq((!to.is_open()).then(|| crate::domain::complaint::day_of(at))),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(InputError::new("action", "error-case-transition").into());
    }
    record(
        conn,
        referral_id,
        at,
        actor,
        "status",
        Some(from),
        Some(to),
        reason.map(Reason::Sealed),
    )?;
    tell_worker(conn, referral_id, to, at)?;
    if let Some(event) = Event::of_step(to) {
        crate::db::webhooks::emit(conn, referral_id, event, to, at)?;
    }
    Ok(to)
}

/// A worker who filed with their account and gave an address hears when an organisation
/// acknowledges or resolves their complaint — not what it wrote.
fn tell_worker(
    conn: &mut DbConnection,
    referral_id: i64,
    to: ReferralStatus,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let kind = match to {
        ReferralStatus::Acknowledged => Kind::ComplaintAcknowledged,
        ReferralStatus::Resolved => Kind::ComplaintResolved,
        _ => return Ok(()),
    };
    let found: Option<(Option<i64>, String)> = referrals::table
        .inner_join(complaints::table)
        .inner_join(organisations::table)
        .filter(referrals::id.eq(referral_id))
        .select((complaints::user_id, organisations::name))
        .first(conn)
        .optional()?;
    if let Some((Some(worker), organisation)) = found {
        let notice = Notice::new(kind, "/track").with("organisation", organisation);
        outbox::notify(conn, Audience::Account(worker), &notice, at)?;
    }
    Ok(())
}

/// A staff step on one referral — or, with `whole_group`, on every referral of its
/// collective case where the step is legal. Returns how many referrals moved.
#[allow(clippy::too_many_arguments)]
pub fn act(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    action: &CaseAction,
    reason: Option<&str>,
    whole_group: bool,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    crate::db::transaction(conn, |conn| {
        let from = status_in(conn, referral_id, organisation_id)?;
        apply_step(conn, referral_id, from, action, Some(actor), reason, now)?;
        let mut moved = 1;
        if whole_group {
            let group: Option<i64> = referrals::table
                .find(referral_id)
                .select(referrals::collective_case_id)
                .first(conn)?;
            if let Some(group) = group {
                let others: Vec<(i64, String)> = referrals::table
                    .filter(referrals::collective_case_id.eq(group))
                    .filter(referrals::organisation_id.eq(organisation_id))
                    .filter(referrals::id.ne(referral_id))
                    .select((referrals::id, referrals::status))
                    .load(conn)?;
                for (id, status) in others {
                    let Some(from) = ReferralStatus::parse(&status) else {
                        continue;
                    };
                    if from.apply(action).is_ok() {
                        apply_step(conn, id, from, action, Some(actor), reason, now)?;
                        moved += 1;
                    }
                }
            }
        }
        Ok(moved)
    })
}

/// Staff set a referral's priority with a written reason (recorded, sealed to their
/// organisation's key: "<priority>: <reason>").
pub fn override_priority(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    priority: Priority,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    crate::db::transaction(conn, |conn| {
        status_in(conn, referral_id, organisation_id)?;
        diesel::update(referrals::table.find(referral_id))
            .set((
                referrals::priority.eq(priority.rank()),
                referrals::priority_overridden.eq(true),
                referrals::updated_at.eq(now),
            ))
            .execute(conn)?;
        record(
            conn,
            referral_id,
            now,
            Some(actor),
            "priority",
            None,
            None,
            Some(Reason::Sealed(reason)),
        )?;
        Ok(())
    })
}

/// A message to the worker (sealed with the complaint's content key), or an internal note
/// the worker never sees (sealed to the organisation's key).
pub fn staff_message(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    body: &str,
    internal: bool,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    crate::db::transaction(conn, |conn| {
        let status = status_in(conn, referral_id, organisation_id)?;
        diesel::insert_into(referral_messages::table)
            .values((
                referral_messages::referral_id.eq(referral_id),
                referral_messages::occurred_at.eq(now),
                referral_messages::from_worker.eq(false),
                referral_messages::author_id.eq(Some(actor)),
                referral_messages::internal.eq(internal),
                referral_messages::body.eq(body),
                referral_messages::sealed.eq(true),
            ))
            .execute(conn)?;
        // A message for the worker (not an internal note): the partner that filed hears
        // that one waits, never its words.
        if !internal {
            crate::db::webhooks::emit(conn, referral_id, Event::Question, status, now)?;
        }
        Ok(())
    })
}

/// What referring on reads of the referral: (complaint, recruiter, priority, consented
/// kinds, kinds allowed the contact), (origin, destination, licensing country).
type ReferFacts = (
    (i64, i64, i32, String, String),
    (String, String, Option<String>),
);

/// Refers the case on to another organisation: a new referral there, if the worker consented
/// to that kind and it has none yet. Recorded on both timelines (`reason` sealed to the
/// referring organisation's key). The complaint's keys, as the referring member opened them,
/// are sealed to the new organisation in the same transaction (the contact key only if the
/// worker allowed its kind, and the referring organisation had it). Returns the new id.
#[allow(clippy::too_many_arguments)]
pub fn refer_on(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    target: i64,
    reason: Option<&str>,
    keys: Option<&CaseKeys>,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    crate::db::transaction(conn, |conn| {
        status_in(conn, referral_id, organisation_id)?;
        let (
            (complaint_id, recruiter_id, priority, share_kinds, contact_kinds),
            (origin, destination, licensed_in),
        ): ReferFacts = referrals::table
            .inner_join(complaints::table)
            .inner_join(recruiters::table.on(recruiters::id.eq(referrals::recruiter_id)))
            .filter(referrals::id.eq(referral_id))
            .select((
                (
                    referrals::complaint_id,
                    referrals::recruiter_id,
                    referrals::priority,
                    complaints::share_kinds,
                    complaints::contact_kinds,
                ),
                (
                    complaints::origin,
                    complaints::destination,
                    recruiters::licensing_country,
                ),
            ))
            .first(conn)?;
        let kind: Option<String> = organisations::table
            .find(target)
            .select(organisations::kind)
            .first(conn)
            .optional()?;
        let kind = kind
            .as_deref()
            .and_then(OrganisationKind::parse_referral)
            .ok_or(InputError::new(
                "organisation",
                "error-organisation-unknown",
            ))?;
        if target == organisation_id {
            return Err(InputError::new("organisation", "error-case-refer-self").into());
        }
        if !split_words(&share_kinds, OrganisationKind::parse).contains(&kind) {
            return Err(InputError::new("organisation", "error-case-refer-consent").into());
        }
        // As routing: the target covers the corridor or the recruiter's licensing country.
        let covered: Vec<String> = [origin, destination]
            .into_iter()
            .chain(licensed_in)
            .collect();
        let covers: i64 = organisation_countries::table
            .filter(organisation_countries::organisation_id.eq(target))
            .filter(organisation_countries::country.eq_any(covered))
            .count()
            .get_result(conn)?;
        if covers == 0 {
            return Err(InputError::new("organisation", "error-case-refer-coverage").into());
        }
        let existing: i64 = referrals::table
            .filter(referrals::complaint_id.eq(complaint_id))
            .filter(referrals::organisation_id.eq(target))
            .count()
            .get_result(conn)?;
        if existing > 0 {
            return Err(InputError::new("organisation", "error-case-refer-exists").into());
        }
        let id = open_referral(
            conn,
            complaint_id,
            recruiter_id,
            target,
            Priority::from_rank(priority),
            Some(referral_id),
            Some(actor),
            now,
        )?;
        if let Some(keys) = keys {
            let target = RoutingTarget {
                id: target,
                kind,
                countries: Vec::new(),
                sectors: Vec::new(),
            };
            let contact_with = split_words(&contact_kinds, OrganisationKind::parse);
            seal_for(conn, complaint_id, keys, &[target], &contact_with)?;
        }
        record(
            conn,
            referral_id,
            now,
            Some(actor),
            "referred_on",
            None,
            None,
            reason.map(Reason::Sealed),
        )?;
        Ok(id)
    })
}

/// Groups this referral and the organisation's other open referrals about the same recruiter
/// into one collective case (reusing one that exists). Returns the case id and its size.
pub fn group_same_recruiter(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    now: NaiveDateTime,
) -> Result<(i64, usize), AppError> {
    crate::db::transaction(conn, |conn| {
        status_in(conn, referral_id, organisation_id)?;
        let recruiter_id: i64 = referrals::table
            .find(referral_id)
            .select(referrals::recruiter_id)
            .first(conn)?;
        let members: Vec<(i64, Option<i64>)> = referrals::table
            .filter(referrals::organisation_id.eq(organisation_id))
            .filter(referrals::recruiter_id.eq(recruiter_id))
            .filter(
                referrals::status
                    .eq_any(OPEN)
                    .or(referrals::id.eq(referral_id)),
            )
            .order(referrals::id)
            .select((referrals::id, referrals::collective_case_id))
            .load(conn)?;
        if members.len() < 2 {
            return Err(InputError::new("group", "error-case-group-alone").into());
        }
        let case_id = match members.iter().find_map(|(_, c)| *c) {
            Some(existing) => existing,
            None => diesel::insert_into(collective_cases::table)
                .values((
                    collective_cases::organisation_id.eq(organisation_id),
                    collective_cases::recruiter_id.eq(recruiter_id),
                    collective_cases::created_by.eq(Some(actor)),
                    collective_cases::created_at.eq(now),
                ))
                .returning(collective_cases::id)
                .get_result(conn)?,
        };
        let joining: Vec<i64> = members
            .iter()
            .filter(|(_, c)| *c != Some(case_id))
            .map(|(id, _)| *id)
            .collect();
        diesel::update(referrals::table.filter(referrals::id.eq_any(&joining)))
            .set(referrals::collective_case_id.eq(Some(case_id)))
            .execute(conn)?;
        let note = format!("#{case_id}");
        for id in &joining {
            record(
                conn,
                *id,
                now,
                Some(actor),
                "grouped",
                None,
                None,
                Some(Reason::Plain(&note)),
            )?;
        }
        Ok((case_id, members.len()))
    })
}

/// The referrals of a collective case, for the case page's list: one query.
pub fn group_members(
    conn: &mut DbConnection,
    collective_case_id: i64,
    organisation_id: i64,
) -> QueryResult<Vec<(i64, String, i32)>> {
    referrals::table
        .filter(referrals::collective_case_id.eq(collective_case_id))
        .filter(referrals::organisation_id.eq(organisation_id))
        .order(referrals::id)
        .limit(LIST_MAX)
        .select((referrals::id, referrals::status, referrals::priority))
        .load(conn)
}
