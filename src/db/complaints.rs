//! Complaints, referrals and everything that happens to them: filing and routing in one
//! transaction, the staff queue, a referral's file, its steps, messages, collective cases,
//! the worker's view by receipt, and the escalation of overdue referrals.
//!
//! Every read takes the caller's organisation and filters on it in SQL: a referral of
//! another organisation and a referral that does not exist are the same `None`.

use chrono::NaiveDateTime;
use diesel::dsl::{exists, not};
use diesel::prelude::*;

use super::DbConnection;
use super::outbox::{self, Audience, Notice};
use super::schema::{
    collective_cases, complaints, escalations, organisation_countries, organisations, recruiters,
    referral_messages, referral_transitions, referrals, users,
};
use crate::db_run;
use crate::domain::account::{OrganisationKind, sectors_from_column};
use crate::domain::complaint::{
    CaseAction, ComplaintDraft, Contact, Priority, RecruiterRef, ReferralStatus, RoutingTarget,
    day_of, deadlines, join_words, routes_to, split_words,
};
use crate::domain::notice::Kind;
use crate::domain::recruiter::PublicId;
use crate::domain::text;
use crate::error::{AppError, InputError};

/// Most rows a queue or list page shows.
pub const LIST_MAX: i64 = 200;

/// What filing produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filed {
    pub complaint_id: i64,
    pub referrals: usize,
}

/// Who filed: the account to attach to (only when the worker chose it), the caseworker who
/// filed on a worker's behalf.
#[derive(Debug, Clone, Copy, Default)]
pub struct FiledBy {
    pub account: Option<i64>,
    pub caseworker: Option<i64>,
}

/// Stores a complaint and routes it: one referral per organisation whose kind the worker
/// consented to, that covers the corridor's origin, destination or the recruiter's licensing
/// country, and whose sectors (if any) match. All in one transaction. A named sub-agent
/// becomes a directory row marked `is_sub_agent`.
pub fn file(
    conn: &mut DbConnection,
    draft: &ComplaintDraft,
    receipt_hash: &str,
    by: FiledBy,
    now: NaiveDateTime,
) -> Result<Filed, AppError> {
    super::transaction(conn, |conn| {
        let (recruiter_id, licensing_country) = recruiter_for(conn, &draft.recruiter, now)?;
        let day = day_of(now);
        let priority = draft.priority();
        let (contact_details, safe_times) = match &draft.contact {
            Contact::Chosen {
                details,
                safe_times,
            } => (Some(details.as_str()), safe_times.as_deref()),
            _ => (None, None),
        };
        let preference = match draft.contact {
            Contact::ReceiptOnly => "receipt_only",
            Contact::Account => "account",
            Contact::Chosen { .. } => "contact",
        };
        // Nothing ties an anonymous complaint to the account that happened to be signed in.
        let user_id = if draft.contact == Contact::Account {
            by.account
        } else {
            None
        };
        let complaint_id: i64 = diesel::insert_into(complaints::table)
            .values((
                complaints::receipt_hash.eq(receipt_hash),
                complaints::recruiter_id.eq(recruiter_id),
                complaints::origin.eq(draft.origin.as_str()),
                complaints::destination.eq(draft.destination.as_str()),
                complaints::sector.eq(draft.sector.map(|s| s.as_str())),
                complaints::occupation.eq(draft.occupation.as_deref()),
                complaints::departure_year.eq(draft.departure_year),
                complaints::issues.eq(join_words(&draft.issues, |i| i.as_str())),
                complaints::in_danger.eq(draft.in_danger),
                complaints::stage.eq(draft.stage.map(|s| s.as_str())),
                complaints::workers_affected.eq(draft.workers_affected),
                complaints::remedies.eq(join_words(&draft.remedies, |r| r.as_str())),
                complaints::fee_minor.eq(draft.fee.map(|m| m.minor)),
                complaints::fee_currency.eq(draft.fee.map(|m| m.currency.as_str())),
                complaints::promised_wage_minor.eq(draft.promised_wage.map(|m| m.minor)),
                complaints::actual_wage_minor.eq(draft.actual_wage.map(|m| m.minor)),
                complaints::wage_currency.eq(draft
                    .promised_wage
                    .or(draft.actual_wage)
                    .map(|m| m.currency.as_str())),
                complaints::cost_categories.eq(join_words(&draft.costs, |c| c.as_str())),
                complaints::lender.eq(draft.loan.map(|l| l.lender.as_str())),
                complaints::loan_interest_percent.eq(draft.loan.and_then(|l| l.interest_percent)),
                complaints::visa_type.eq(draft.visa_type.as_deref()),
                complaints::description.eq(draft.description.as_deref()),
                complaints::share_kinds.eq(join_words(&draft.share_with, |k| k.as_str())),
                complaints::contact_kinds.eq(join_words(&draft.contact_with, |k| k.as_str())),
                complaints::contact_preference.eq(preference),
                complaints::contact_details.eq(contact_details),
                complaints::safe_times.eq(safe_times),
                complaints::user_id.eq(user_id),
                complaints::filed_by_id.eq(by.caseworker),
                complaints::withdrawn.eq(false),
                complaints::received_on.eq(day),
            ))
            .returning(complaints::id)
            .get_result(conn)?;
        let mut covered = vec![draft.origin.as_str(), draft.destination.as_str()];
        if let Some(country) = licensing_country.as_deref() {
            covered.push(country);
        }
        let targets: Vec<RoutingTarget> = routing_targets(conn, &covered)?
            .into_iter()
            .filter(|t| {
                routes_to(
                    t,
                    &draft.share_with,
                    [draft.origin.as_str(), draft.destination.as_str()],
                    licensing_country.as_deref(),
                    draft.sector,
                )
            })
            .collect();
        for target in &targets {
            open_referral(
                conn,
                complaint_id,
                recruiter_id,
                target.id,
                priority,
                None,
                None,
                now,
            )?;
        }
        Ok(Filed {
            complaint_id,
            referrals: targets.len(),
        })
    })
}

/// The recruiter's row id and licensing country; a named sub-agent gets a new row.
fn recruiter_for(
    conn: &mut DbConnection,
    recruiter: &RecruiterRef,
    now: NaiveDateTime,
) -> Result<(i64, Option<String>), AppError> {
    match recruiter {
        RecruiterRef::Listed(public_id) => recruiters::table
            .filter(recruiters::public_id.eq(public_id.as_str()))
            .select((recruiters::id, recruiters::licensing_country))
            .first(conn)
            .optional()?
            .ok_or_else(|| {
                InputError::new("recruiter", "error-complaint-recruiter-unknown").into()
            }),
        RecruiterRef::SubAgent { name, country } => {
            let id = diesel::insert_into(recruiters::table)
                .values((
                    recruiters::public_id.eq(PublicId::generate().to_string()),
                    recruiters::name.eq(name),
                    recruiters::name_norm.eq(text::fold(name)),
                    recruiters::licensing_country.eq(country.map(|c| c.as_str())),
                    recruiters::is_sub_agent.eq(true),
                    recruiters::created_at.eq(now),
                    recruiters::updated_at.eq(now),
                ))
                .returning(recruiters::id)
                .get_result(conn)?;
            Ok((id, country.map(|c| c.as_str().to_owned())))
        }
    }
}

/// Organisations covering any of `countries`, with those of their countries: two queries.
fn routing_targets(conn: &mut DbConnection, countries: &[&str]) -> QueryResult<Vec<RoutingTarget>> {
    let pairs: Vec<(i64, String)> = organisation_countries::table
        .filter(organisation_countries::country.eq_any(countries))
        .select((
            organisation_countries::organisation_id,
            organisation_countries::country,
        ))
        .load(conn)?;
    let mut ids: Vec<i64> = pairs.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    let rows: Vec<(i64, String, String)> = organisations::table
        .filter(organisations::id.eq_any(&ids))
        .order(organisations::id)
        .select((
            organisations::id,
            organisations::kind,
            organisations::sectors,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, kind, sectors)| {
            Some(RoutingTarget {
                id,
                kind: OrganisationKind::parse(&kind)?,
                countries: pairs
                    .iter()
                    .filter(|(org, _)| *org == id)
                    .map(|(_, c)| c.clone())
                    .collect(),
                sectors: sectors_from_column(&sectors),
            })
        })
        .collect())
}

/// Opens a referral with its deadlines and records `opened`.
#[allow(clippy::too_many_arguments)]
fn open_referral(
    conn: &mut DbConnection,
    complaint_id: i64,
    recruiter_id: i64,
    organisation_id: i64,
    priority: Priority,
    referred_from: Option<i64>,
    actor: Option<i64>,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let (acknowledge_days, answer_days, organisation_name): (i32, i32, String) =
        organisations::table
            .find(organisation_id)
            .select((
                organisations::acknowledge_days,
                organisations::answer_days,
                organisations::name,
            ))
            .first(conn)?;
    let opened = day_of(now);
    let (acknowledge_by, answer_by) = deadlines(opened, acknowledge_days, answer_days);
    let id: i64 = diesel::insert_into(referrals::table)
        .values((
            referrals::complaint_id.eq(complaint_id),
            referrals::organisation_id.eq(organisation_id),
            referrals::recruiter_id.eq(recruiter_id),
            referrals::status.eq(ReferralStatus::New.as_str()),
            referrals::priority.eq(priority.rank()),
            referrals::priority_overridden.eq(false),
            referrals::opened_on.eq(opened),
            referrals::acknowledge_by.eq(acknowledge_by),
            referrals::answer_by.eq(answer_by),
            referrals::acknowledge_escalated.eq(false),
            referrals::answer_escalated.eq(false),
            referrals::referred_from_id.eq(referred_from),
            referrals::updated_at.eq(opened),
        ))
        .returning(referrals::id)
        .get_result(conn)?;
    record(
        conn,
        id,
        opened,
        actor,
        "opened",
        None,
        Some(ReferralStatus::New),
        None,
    )?;
    outbox::notify(
        conn,
        Audience::Organisation(organisation_id),
        &Notice::new(Kind::NewReferral, format!("/cases/{id}"))
            .with("organisation", organisation_name),
        now,
    )?;
    Ok(id)
}

/// Appends a step to a referral's timeline (never edited afterwards).
#[allow(clippy::too_many_arguments)]
fn record(
    conn: &mut DbConnection,
    referral_id: i64,
    at: NaiveDateTime,
    actor: Option<i64>,
    event: &str,
    from: Option<ReferralStatus>,
    to: Option<ReferralStatus>,
    reason: Option<&str>,
) -> QueryResult<()> {
    diesel::insert_into(referral_transitions::table)
        .values((
            referral_transitions::referral_id.eq(referral_id),
            referral_transitions::occurred_at.eq(at),
            referral_transitions::actor_id.eq(actor),
            referral_transitions::event.eq(event),
            referral_transitions::from_status.eq(from.map(|s| s.as_str())),
            referral_transitions::to_status.eq(to.map(|s| s.as_str())),
            referral_transitions::reason.eq(reason),
        ))
        .execute(conn)
        .map(drop)
}

// ---------------------------------------------------------------------------------------
// Administrators: complaints no organisation received

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
    super::transaction(conn, |conn| {
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

// ---------------------------------------------------------------------------------------
// The staff queue

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

const OPEN: [&str; 4] = ["new", "acknowledged", "investigating", "awaiting_worker"];

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

// ---------------------------------------------------------------------------------------
// One referral's file

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referrals)]
pub struct ReferralRow {
    pub id: i64,
    pub complaint_id: i64,
    pub organisation_id: i64,
    pub recruiter_id: i64,
    pub status: String,
    pub priority: i32,
    pub priority_overridden: bool,
    pub opened_on: NaiveDateTime,
    pub acknowledge_by: NaiveDateTime,
    pub answer_by: NaiveDateTime,
    pub close_reason: Option<String>,
    pub outcome_remedies: Option<String>,
    pub outcome_money_minor: Option<i64>,
    pub outcome_money_currency: Option<String>,
    pub collective_case_id: Option<i64>,
}

impl ReferralRow {
    pub fn status(&self) -> ReferralStatus {
        ReferralStatus::parse(&self.status).unwrap_or(ReferralStatus::New)
    }
}

/// The complaint as stored; what a page may show of it is decided by [`CaseFile::shared`].
#[derive(Debug, Clone, Queryable)]
pub struct ComplaintRow {
    pub id: i64,
    pub origin: String,
    pub destination: String,
    pub sector: Option<String>,
    pub occupation: Option<String>,
    pub departure_year: Option<i32>,
    pub issues: String,
    pub in_danger: bool,
    pub stage: Option<String>,
    pub workers_affected: i32,
    pub remedies: String,
    pub fee_minor: Option<i64>,
    pub fee_currency: Option<String>,
    pub promised_wage_minor: Option<i64>,
    pub actual_wage_minor: Option<i64>,
    pub wage_currency: Option<String>,
    pub cost_categories: String,
    pub lender: Option<String>,
    pub loan_interest_percent: Option<i32>,
    pub visa_type: Option<String>,
    pub description: Option<String>,
    pub share_kinds: String,
    pub contact_kinds: String,
    pub contact_preference: String,
    pub contact_details: Option<String>,
    pub safe_times: Option<String>,
    pub filed_on_behalf: bool,
    pub withdrawn: bool,
    pub received_on: NaiveDateTime,
}

/// A step of the timeline.
#[derive(Debug, Clone, Queryable)]
pub struct StepRow {
    pub occurred_at: NaiveDateTime,
    pub event: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub reason: Option<String>,
    pub actor: Option<String>,
}

#[derive(Debug, Clone, Queryable)]
pub struct MessageRow {
    pub id: i64,
    pub referral_id: i64,
    pub occurred_at: NaiveDateTime,
    pub from_worker: bool,
    pub internal: bool,
    pub body: String,
    pub author: Option<String>,
}

/// Everything a referral's page shows, already cut to what the worker consented to share with
/// the organisation's kind.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub referral: ReferralRow,
    pub complaint: ComplaintRow,
    pub organisation_kind: OrganisationKind,
    pub recruiter_public_id: String,
    pub recruiter_name: String,
    pub recruiter_is_sub_agent: bool,
    pub licensing_country: Option<String>,
    /// Contact details, only when the worker allowed this kind to have them.
    pub contact: Option<(String, Option<String>)>,
    pub steps: Vec<StepRow>,
    pub messages: Vec<MessageRow>,
    /// Other open referrals of this organisation about the same recruiter.
    pub same_recruiter_open: i64,
    /// Organisations this referral may be referred on to: (id, name, kind).
    pub refer_targets: Vec<(i64, String, String)>,
}

/// A referral's file for its own organisation's staff: six queries. Another organisation's
/// referral and a missing one are both `None`.
pub fn case_file(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
) -> QueryResult<Option<CaseFile>> {
    let Some((referral, kind, complaint, recruiter)) = referrals::table
        .inner_join(organisations::table)
        .inner_join(complaints::table)
        .inner_join(recruiters::table.on(recruiters::id.eq(referrals::recruiter_id)))
        .filter(referrals::id.eq(referral_id))
        .filter(referrals::organisation_id.eq(organisation_id))
        .select((
            ReferralRow::as_select(),
            organisations::kind,
            (
                complaints::id,
                complaints::origin,
                complaints::destination,
                complaints::sector,
                complaints::occupation,
                complaints::departure_year,
                complaints::issues,
                complaints::in_danger,
                complaints::stage,
                complaints::workers_affected,
                complaints::remedies,
                complaints::fee_minor,
                complaints::fee_currency,
                complaints::promised_wage_minor,
                complaints::actual_wage_minor,
                complaints::wage_currency,
                complaints::cost_categories,
                complaints::lender,
                complaints::loan_interest_percent,
                complaints::visa_type,
                complaints::description,
                complaints::share_kinds,
                complaints::contact_kinds,
                complaints::contact_preference,
                complaints::contact_details,
                complaints::safe_times,
                complaints::filed_by_id.is_not_null(),
                complaints::withdrawn,
                complaints::received_on,
            ),
            (
                recruiters::public_id,
                recruiters::name,
                recruiters::is_sub_agent,
                recruiters::licensing_country,
            ),
        ))
        .first::<(
            ReferralRow,
            String,
            ComplaintRow,
            (String, String, bool, Option<String>),
        )>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let Some(organisation_kind) = OrganisationKind::parse(&kind) else {
        return Ok(None);
    };
    // Belt and braces: a referral exists only for a consented kind, but if consent and
    // referral ever disagree, nothing is shown.
    let shared: Vec<OrganisationKind> =
        split_words(&complaint.share_kinds, OrganisationKind::parse);
    if !shared.contains(&organisation_kind) {
        return Ok(None);
    }
    let contact_allowed =
        split_words(&complaint.contact_kinds, OrganisationKind::parse).contains(&organisation_kind);
    let contact = if contact_allowed {
        complaint
            .contact_details
            .clone()
            .map(|d| (d, complaint.safe_times.clone()))
    } else {
        None
    };
    let steps = referral_transitions::table
        .left_join(users::table.on(users::id.nullable().eq(referral_transitions::actor_id)))
        .filter(referral_transitions::referral_id.eq(referral_id))
        .order(referral_transitions::id.asc())
        .limit(LIST_MAX)
        .select((
            referral_transitions::occurred_at,
            referral_transitions::event,
            referral_transitions::from_status,
            referral_transitions::to_status,
            referral_transitions::reason,
            users::username.nullable(),
        ))
        .load(conn)?;
    let messages = messages_of(conn, &[referral_id], true)?;
    let same_recruiter_open = referrals::table
        .filter(referrals::organisation_id.eq(organisation_id))
        .filter(referrals::recruiter_id.eq(referral.recruiter_id))
        .filter(referrals::id.ne(referral_id))
        .filter(referrals::status.eq_any(OPEN))
        .count()
        .get_result(conn)?;
    let refer_targets: Vec<(i64, String, String)> = organisations::table
        .filter(organisations::id.ne(organisation_id))
        .filter(not(exists(
            referrals::table
                .filter(referrals::complaint_id.eq(complaint.id))
                .filter(referrals::organisation_id.eq(organisations::id)),
        )))
        .order((organisations::name.asc(), organisations::id.asc()))
        .limit(LIST_MAX)
        .select((organisations::id, organisations::name, organisations::kind))
        .load(conn)?;
    let refer_targets = refer_targets
        .into_iter()
        .filter(|(_, _, kind)| OrganisationKind::parse(kind).is_some_and(|k| shared.contains(&k)))
        .collect();
    let (recruiter_public_id, recruiter_name, recruiter_is_sub_agent, licensing_country) =
        recruiter;
    let mut complaint = complaint;
    // What a page must never show without consent is dropped here, not in the template.
    complaint.contact_details = None;
    complaint.safe_times = None;
    Ok(Some(CaseFile {
        referral,
        complaint,
        organisation_kind,
        recruiter_public_id,
        recruiter_name,
        recruiter_is_sub_agent,
        licensing_country,
        contact,
        steps,
        messages,
        same_recruiter_open,
        refer_targets,
    }))
}

fn messages_of(
    conn: &mut DbConnection,
    referral_ids: &[i64],
    with_internal: bool,
) -> QueryResult<Vec<MessageRow>> {
    let mut internal = vec![false];
    if with_internal {
        internal.push(true);
    }
    referral_messages::table
        .left_join(users::table.on(users::id.nullable().eq(referral_messages::author_id)))
        .filter(referral_messages::referral_id.eq_any(referral_ids))
        .filter(referral_messages::internal.eq_any(internal))
        .order(referral_messages::id.asc())
        .limit(LIST_MAX * 5)
        .select((
            referral_messages::id,
            referral_messages::referral_id,
            referral_messages::occurred_at,
            referral_messages::from_worker,
            referral_messages::internal,
            referral_messages::body,
            users::username.nullable(),
        ))
        .load(conn)
}

/// Is this referral one of the organisation's own? (Checked before reading a request body,
/// so another organisation's referral is a 404 whatever was sent.)
pub fn belongs_to(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
) -> QueryResult<bool> {
    diesel::select(exists(
        referrals::table
            .filter(referrals::id.eq(referral_id))
            .filter(referrals::organisation_id.eq(organisation_id)),
    ))
    .get_result(conn)
}

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
fn apply_step(
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
        reason,
    )?;
    tell_worker(conn, referral_id, to, at)?;
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
    super::transaction(conn, |conn| {
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

/// Staff set a referral's priority with a written reason (recorded).
pub fn override_priority(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    priority: Priority,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    super::transaction(conn, |conn| {
        status_in(conn, referral_id, organisation_id)?;
        diesel::update(referrals::table.find(referral_id))
            .set((
                referrals::priority.eq(priority.rank()),
                referrals::priority_overridden.eq(true),
                referrals::updated_at.eq(now),
            ))
            .execute(conn)?;
        let reason = format!("{}: {reason}", priority.as_str());
        record(
            conn,
            referral_id,
            now,
            Some(actor),
            "priority",
            None,
            None,
            Some(&reason),
        )?;
        Ok(())
    })
}

/// A message to the worker, or an internal note the worker never sees.
pub fn staff_message(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    body: &str,
    internal: bool,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    super::transaction(conn, |conn| {
        status_in(conn, referral_id, organisation_id)?;
        diesel::insert_into(referral_messages::table)
            .values((
                referral_messages::referral_id.eq(referral_id),
                referral_messages::occurred_at.eq(now),
                referral_messages::from_worker.eq(false),
                referral_messages::author_id.eq(Some(actor)),
                referral_messages::internal.eq(internal),
                referral_messages::body.eq(body),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Refers the case on to another organisation: a new referral there, if the worker consented
/// to that kind and it has none yet. Recorded on both timelines. Returns the new id.
pub fn refer_on(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
    actor: i64,
    target: i64,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    super::transaction(conn, |conn| {
        status_in(conn, referral_id, organisation_id)?;
        let (complaint_id, recruiter_id, priority, share_kinds): (i64, i64, i32, String) =
            referrals::table
                .inner_join(complaints::table)
                .filter(referrals::id.eq(referral_id))
                .select((
                    referrals::complaint_id,
                    referrals::recruiter_id,
                    referrals::priority,
                    complaints::share_kinds,
                ))
                .first(conn)?;
        let kind: Option<String> = organisations::table
            .find(target)
            .select(organisations::kind)
            .first(conn)
            .optional()?;
        let kind = kind
            .as_deref()
            .and_then(OrganisationKind::parse)
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
        record(
            conn,
            referral_id,
            now,
            Some(actor),
            "referred_on",
            None,
            None,
            reason,
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
    super::transaction(conn, |conn| {
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
                Some(&note),
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

// ---------------------------------------------------------------------------------------
// The worker, by receipt

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
    super::transaction(conn, |conn| {
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
    super::transaction(conn, |conn| {
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

// ---------------------------------------------------------------------------------------
// Escalation

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
    super::transaction(conn, |conn| {
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
                Some(deadline),
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
