//! Filing: a complaint, its routing and its first referrals, in one transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::keys::{self, CaseKeys, Holder};
use crate::db::outbox::{self, Audience, Notice};
use crate::db::schema::{
    complaints, organisation_countries, organisations, recruiters, referral_transitions, referrals,
};
use crate::domain::account::{OrganisationKind, sectors_from_column};
use crate::domain::complaint::{
    ComplaintDraft, Contact, Priority, RecruiterRef, ReferralStatus, RoutingTarget, day_of,
    deadlines, join_words, routes_to,
};
use crate::domain::notice::Kind;
use crate::domain::recruiter::PublicId;
use crate::domain::text;
use crate::error::{AppError, InputError};
use crate::seal::{PublicKey, purpose};

/// What filing produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filed {
    pub complaint_id: i64,
    pub referrals: usize,
}

/// Who filed: the account to attach to (only when the worker chose it), the caseworker who
/// filed on a worker's behalf, or the intake partner that filed for the worker (with the
/// consent it attests, stored in the same transaction).
#[derive(Debug, Clone, Default)]
pub struct FiledBy {
    pub account: Option<i64>,
    pub caseworker: Option<i64>,
    pub partner: Option<crate::db::partners::PartnerIntake>,
}

/// How a complaint is sealed as it is filed: the receipt's look-up hash and public key, and
/// the complaint's own keys (made for it).
pub struct Sealing<'a> {
    pub receipt_hash: &'a str,
    pub receipt_key: &'a PublicKey,
    pub keys: &'a CaseKeys,
}

/// Keys for a complaint whose receipt nobody holds (generated data: the demo's report
/// history, tests): a look-up hash as given, and a receipt key pair thrown away.
pub struct Unheld {
    pub receipt_hash: String,
    receipt_key: PublicKey,
    keys: CaseKeys,
}

impl Unheld {
    pub fn new(receipt_hash: &str) -> Unheld {
        Unheld {
            receipt_hash: receipt_hash.to_owned(),
            receipt_key: crate::seal::SecretKey::generate().public_key(),
            keys: CaseKeys::generate(),
        }
    }

    pub fn sealing(&self) -> Sealing<'_> {
        Sealing {
            receipt_hash: &self.receipt_hash,
            receipt_key: &self.receipt_key,
            keys: &self.keys,
        }
    }
}

/// Stores a complaint and routes it: one referral per organisation whose kind the worker
/// consented to, that covers the corridor's origin, destination or the recruiter's licensing
/// country, and whose sectors (if any) match. All in one transaction. A named sub-agent
/// becomes a directory row marked `is_sub_agent`. The worker's words and contact details are
/// stored sealed, and the complaint's keys sealed to the receipt, the worker's account (when
/// chosen) and each organisation it reached (the contact key only to the kinds the worker
/// allowed to contact them).
pub fn file(
    conn: &mut DbConnection,
    draft: &ComplaintDraft,
    sealing: &Sealing<'_>,
    by: FiledBy,
    now: NaiveDateTime,
) -> Result<Filed, AppError> {
    let (description, contact_details, safe_times) = sealed_texts(draft, sealing.keys)?;
    crate::db::transaction(conn, |conn| {
        let day = day_of(now);
        // A sub-agent named here is created with the day only, like the complaint itself.
        let (recruiter_id, licensing_country) = recruiter_for(conn, &draft.recruiter, day)?;
        let priority = draft.priority();
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
                complaints::receipt_hash.eq(sealing.receipt_hash),
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
                complaints::loan_interest_bp.eq(draft.loan.and_then(|l| l.interest_bp)),
                complaints::visa_type.eq(draft.visa_type.map(|v| v.as_str())),
                complaints::description.eq(description),
                complaints::share_kinds.eq(join_words(&draft.share_with, |k| k.as_str())),
                complaints::contact_kinds.eq(join_words(&draft.contact_with, |k| k.as_str())),
                complaints::contact_preference.eq(preference),
                complaints::contact_details.eq(contact_details),
                complaints::safe_times.eq(safe_times),
                complaints::user_id.eq(user_id),
                complaints::filed_by_id.eq(by.caseworker),
                complaints::withdrawn.eq(false),
                complaints::received_on.eq(day),
                complaints::sealed.eq(true),
                complaints::intake_partner_id.eq(by.partner.as_ref().map(|p| p.organisation_id)),
                complaints::partner_reference
                    .eq(by.partner.as_ref().and_then(|p| p.reference.as_deref())),
            ))
            .returning(complaints::id)
            .get_result(conn)
            .map_err(|e| match e {
                // The partner's reference names one conversation: a second complaint under
                // it is refused (a retry of the same request carries an Idempotency-Key).
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) if by.partner.is_some() => AppError::Conflict {
                    message_key: "error-partner-reference-taken",
                },
                e => e.into(),
            })?;
        if let Some(intake) = &by.partner {
            crate::db::partners::attest(
                conn,
                intake,
                crate::db::partners::Attested::Complaint(complaint_id),
                &join_words(&draft.share_with, |k| k.as_str()),
                &join_words(&draft.contact_with, |k| k.as_str()),
                now,
            )?;
        }
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
        seal_new(
            conn,
            complaint_id,
            sealing,
            user_id,
            &targets,
            &draft.contact_with,
        )?;
        Ok(Filed {
            complaint_id,
            referrals: targets.len(),
        })
    })
}

/// A new complaint's free text, sealed: (description, contact details, safe times).
type SealedTexts = (Option<String>, Option<String>, Option<String>);

fn sealed_texts(draft: &ComplaintDraft, keys: &CaseKeys) -> Result<SealedTexts, AppError> {
    let contact_key = keys
        .contact
        .as_ref()
        .ok_or_else(|| AppError::Internal("a new complaint has a contact key".into()))?;
    let (details, times) = match &draft.contact {
        Contact::Chosen {
            details,
            safe_times,
        } => (
            Some(contact_key.seal_text(purpose::CONTACT, details)),
            safe_times
                .as_deref()
                .map(|t| contact_key.seal_text(purpose::SAFE_TIMES, t)),
        ),
        _ => (None, None),
    };
    let description = draft
        .description
        .as_deref()
        .map(|d| keys.content.seal_text(purpose::DESCRIPTION, d));
    Ok((description, details, times))
}

/// Seals a new complaint's keys to the receipt, the worker's account (when chosen and it has
/// a key pair) and the organisations it reached.
fn seal_new(
    conn: &mut DbConnection,
    complaint_id: i64,
    sealing: &Sealing<'_>,
    account: Option<i64>,
    targets: &[RoutingTarget],
    contact_with: &[OrganisationKind],
) -> QueryResult<()> {
    keys::add_holder(
        conn,
        complaint_id,
        Holder::Receipt,
        sealing.receipt_key,
        sealing.keys,
        true,
    )?;
    if let Some(account) = account
        && let Some(ring) = keys::keyring_of(conn, account)?
        && let Ok(public) = PublicKey::from_text(&ring.public_key)
    {
        keys::add_holder(
            conn,
            complaint_id,
            Holder::Account,
            &public,
            sealing.keys,
            true,
        )?;
    }
    seal_for(conn, complaint_id, sealing.keys, targets, contact_with)
}

/// Seals a complaint's keys to the organisations it reached (one query for their public
/// keys): the contact key only to kinds the worker allowed to contact them.
pub fn seal_for(
    conn: &mut DbConnection,
    complaint_id: i64,
    keys: &CaseKeys,
    targets: &[RoutingTarget],
    contact_with: &[OrganisationKind],
) -> QueryResult<()> {
    let ids: Vec<i64> = targets.iter().map(|t| t.id).collect();
    for (id, public) in keys::organisation_public_keys(conn, &ids)? {
        let with_contact = targets
            .iter()
            .any(|t| t.id == id && contact_with.contains(&t.kind));
        keys::add_holder(
            conn,
            complaint_id,
            Holder::Organisation(id),
            &public,
            keys,
            with_contact,
        )?;
    }
    Ok(())
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
            .filter(recruiters::listing.eq(crate::db::recruiters::LISTED))
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
                    recruiters::name_key.eq(text::name_key(name)),
                    // Not public until a moderator approves the name.
                    recruiters::listing.eq(crate::db::recruiters::PENDING),
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
pub(super) fn routing_targets(
    conn: &mut DbConnection,
    countries: &[&str],
) -> QueryResult<Vec<RoutingTarget>> {
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
                // An intake partner files for workers; it never receives a referral.
                kind: OrganisationKind::parse_referral(&kind)?,
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
pub(super) fn open_referral(
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

/// A timeline step's note: written by the service (a group's number), or by staff, sealed to
/// their organisation's key (`PublicKey::seal_text`).
#[derive(Debug, Clone, Copy)]
pub enum Reason<'a> {
    Plain(&'a str),
    Sealed(&'a str),
}

/// Appends a step to a referral's timeline (never edited afterwards).
#[allow(clippy::too_many_arguments)]
pub(super) fn record(
    conn: &mut DbConnection,
    referral_id: i64,
    at: NaiveDateTime,
    actor: Option<i64>,
    event: &str,
    from: Option<ReferralStatus>,
    to: Option<ReferralStatus>,
    reason: Option<Reason<'_>>,
) -> QueryResult<()> {
    let (reason, sealed) = match reason {
        Some(Reason::Plain(r)) => (Some(r), false),
        Some(Reason::Sealed(r)) => (Some(r), true),
        None => (None, false),
    };
    diesel::insert_into(referral_transitions::table)
        .values((
            referral_transitions::referral_id.eq(referral_id),
            referral_transitions::occurred_at.eq(at),
            referral_transitions::actor_id.eq(actor),
            referral_transitions::event.eq(event),
            referral_transitions::from_status.eq(from.map(|s| s.as_str())),
            referral_transitions::to_status.eq(to.map(|s| s.as_str())),
            referral_transitions::reason.eq(reason),
            referral_transitions::sealed.eq(sealed),
        ))
        .execute(conn)
        .map(drop)
}
