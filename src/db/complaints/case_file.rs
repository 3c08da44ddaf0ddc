//! One referral's file, as its own organisation's staff read it.

use chrono::NaiveDateTime;
use diesel::dsl::{exists, not};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{
    complaints, organisation_countries, organisations, recruiters, referral_messages,
    referral_transitions, referrals, users,
};
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::{ReferralStatus, split_words};

use super::LIST_MAX;
use super::queue::OPEN;

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
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = complaints)]
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
    /// Monthly, basis points.
    pub loan_interest_bp: Option<i32>,
    pub visa_type: Option<String>,
    pub description: Option<String>,
    pub share_kinds: String,
    pub contact_kinds: String,
    pub contact_preference: String,
    pub contact_details: Option<String>,
    pub safe_times: Option<String>,
    #[diesel(select_expression = complaints::filed_by_id.is_not_null())]
    #[diesel(select_expression_type = diesel::dsl::IsNotNull<complaints::filed_by_id>)]
    pub filed_on_behalf: bool,
    pub withdrawn: bool,
    pub received_on: NaiveDateTime,
    /// Whether the free text above is sealed (always, after `seal-existing`).
    pub sealed: bool,
    /// Destroyed at the end of its retention: nothing sealed is left.
    pub content_destroyed: bool,
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
    /// The reason is sealed to the organisation's key.
    pub sealed: bool,
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
    /// The body is sealed (a message: content key; an internal note: the organisation's key);
    /// still `true` after opening means it could not be opened.
    pub sealed: bool,
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
    /// The evidence shared with this kind of organisation (names sealed until opened).
    pub files: Vec<crate::db::evidence::FileRow>,
    /// The complaint's keys as sealed to this organisation (content, contact), if they were.
    pub sealed_keys: Option<(String, Option<String>)>,
    /// Whether the reader could open the sealed content (set by whoever opens it).
    pub access: crate::db::keys::Access,
    /// When the reader was not given the organisation's key: the leads who hold it.
    pub grantors: Vec<String>,
}

/// A referral's file for its own organisation's staff: seven queries. Another organisation's
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
            ComplaintRow::as_select(),
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
            referral_transitions::sealed,
        ))
        .load(conn)?;
    let messages = messages_of(conn, &[referral_id], true)?;
    // The evidence this organisation may open: the worker's, when they let its kind see
    // it, and what its own staff sent.
    let mut files = crate::db::evidence::of_complaint(conn, complaint.id)?;
    files.retain(|f| f.visible_to(organisation_id, organisation_kind));
    let same_recruiter_open = referrals::table
        .filter(referrals::organisation_id.eq(organisation_id))
        .filter(referrals::recruiter_id.eq(referral.recruiter_id))
        .filter(referrals::id.ne(referral_id))
        .filter(referrals::status.eq_any(OPEN))
        .count()
        .get_result(conn)?;
    let covered: Vec<String> = [complaint.origin.clone(), complaint.destination.clone()]
        .into_iter()
        .chain(recruiter.3.clone())
        .collect();
    let refer_targets = refer_targets(conn, organisation_id, complaint.id, &covered, &shared)?;
    let sealed_keys = crate::db::keys::sealed_keys(
        conn,
        complaint.id,
        crate::db::keys::Holder::Organisation(organisation_id),
    )?;
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
        files,
        sealed_keys,
        access: crate::db::keys::Access::Waiting,
        grantors: Vec::new(),
    }))
}

/// The complaint a referral of this organisation is about.
pub fn complaint_of(
    conn: &mut DbConnection,
    referral_id: i64,
    organisation_id: i64,
) -> QueryResult<Option<i64>> {
    referrals::table
        .filter(referrals::id.eq(referral_id))
        .filter(referrals::organisation_id.eq(organisation_id))
        .select(referrals::complaint_id)
        .first(conn)
        .optional()
}

/// Organisations a referral may be referred on to: of a kind the worker consented to, covering
/// one of `covered` (the complaint's corridor or the recruiter's licensing country, as routing
/// requires), and without a referral of this complaint yet. One query.
fn refer_targets(
    conn: &mut DbConnection,
    organisation_id: i64,
    complaint_id: i64,
    covered: &[String],
    shared: &[OrganisationKind],
) -> QueryResult<Vec<(i64, String, String)>> {
    let targets: Vec<(i64, String, String)> = organisations::table
        .filter(organisations::id.ne(organisation_id))
        .filter(exists(
            organisation_countries::table
                .filter(organisation_countries::organisation_id.eq(organisations::id))
                .filter(organisation_countries::country.eq_any(covered)),
        ))
        .filter(not(exists(
            referrals::table
                .filter(referrals::complaint_id.eq(complaint_id))
                .filter(referrals::organisation_id.eq(organisations::id)),
        )))
        .order((organisations::name.asc(), organisations::id.asc()))
        .limit(LIST_MAX)
        .select((organisations::id, organisations::name, organisations::kind))
        .load(conn)?;
    Ok(targets
        .into_iter()
        .filter(|(_, _, kind)| OrganisationKind::parse(kind).is_some_and(|k| shared.contains(&k)))
        .collect())
}

pub(super) fn messages_of(
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
            referral_messages::sealed,
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
