//! Moderation: the queue, one review as its moderator reads it, and the decision.

use super::scores::add_to_scores;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::outbox::{self, Audience, Notice};
use crate::db::recruiters::find_or_create_sub_agent;
use crate::db::schema::{recruiters, review_costs, reviews};
use crate::domain::account::Sector;
use crate::domain::costs::{CostCategory, Lender, PaidTo, VisaType};
use crate::domain::country::CountryCode;
use crate::domain::currency::Currency;
use crate::domain::notice::Kind;
use crate::domain::pii;
use crate::domain::recruiter::PublicId;
use crate::domain::review::{
    Channel, Check, CostItem, Gender, RejectReason, ReviewDraft, ReviewStatus,
};
use crate::error::AppError;

/// A line of the moderation queue.
#[derive(Debug, Clone, Queryable)]
pub struct QueueRow {
    pub id: i64,
    pub created_at: NaiveDateTime,
    pub recruiter_name: String,
    pub rating_overall: i16,
    pub pii_flags: String,
    pub body: Option<String>,
    pub sub_agent_name: Option<String>,
    /// Who collected a review loaded by `import-reviews`, and how (`Channel`'s word).
    pub collected_by: Option<String>,
    pub channel: Option<String>,
}

/// Pending reviews, oldest first (one query), and how many are pending in all.
pub fn queue(conn: &mut DbConnection, limit: i64) -> QueryResult<(Vec<QueueRow>, i64)> {
    let rows = reviews::table
        .inner_join(recruiters::table.on(recruiters::id.eq(reviews::filed_for_id)))
        .filter(reviews::status.eq(ReviewStatus::Pending.as_str()))
        .order((reviews::created_at.asc(), reviews::id.asc()))
        .limit(limit)
        .select((
            reviews::id,
            reviews::created_at,
            recruiters::name,
            reviews::rating_overall,
            reviews::pii_flags,
            reviews::body,
            reviews::sub_agent_name,
            reviews::collected_by,
            reviews::channel,
        ))
        .load(conn)?;
    let pending = reviews::table
        .filter(reviews::status.eq(ReviewStatus::Pending.as_str()))
        .count()
        .get_result(conn)?;
    Ok((rows, pending))
}

/// Every column of a review.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reviews)]
struct ReviewRow {
    id: i64,
    public_id: String,
    author_id: Option<i64>,
    status: String,
    reject_reason: Option<String>,
    sub_agent_name: Option<String>,
    origin: String,
    destination: String,
    sector: Option<String>,
    occupation: Option<String>,
    departure_year: i32,
    visa_type: Option<String>,
    gender: Option<String>,
    currency: Option<String>,
    took_loan: Option<bool>,
    lender: Option<String>,
    loan_interest_bp: Option<i32>,
    promised_wage: Option<i64>,
    first_month_wage: Option<i64>,
    contract_before_departure: Option<bool>,
    contract_understood: Option<bool>,
    contract_substituted: Option<bool>,
    documents_kept: Option<bool>,
    job_as_promised: Option<bool>,
    wage_as_promised: Option<bool>,
    free_to_change_employer: Option<bool>,
    info_accurate: Option<bool>,
    rating_fees_honesty: Option<i16>,
    rating_job_truth: Option<i16>,
    rating_contract_documents: Option<i16>,
    rating_support: Option<i16>,
    rating_overall: i16,
    would_use_again: Option<bool>,
    body: Option<String>,
    body_language: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    collected_by: Option<String>,
    channel: Option<String>,
    import_batch: Option<String>,
}

#[derive(Debug, Clone, Queryable)]
struct CostRow {
    category: String,
    paid: bool,
    amount: Option<i64>,
    paid_to: Option<String>,
    receipt: Option<bool>,
}

/// A review as the moderator and its author see it.
#[derive(Debug, Clone)]
pub struct StoredReview {
    pub id: i64,
    pub public_id: String,
    pub status: ReviewStatus,
    pub reject_reason: Option<RejectReason>,
    pub recruiter_public_id: String,
    pub recruiter_name: String,
    pub author_id: Option<i64>,
    pub created_at: NaiveDateTime,
    /// Changes when its author edits it: a moderator decides on the version they read.
    pub updated_at: NaiveDateTime,
    pub draft: ReviewDraft,
    /// How a review loaded by `import-reviews` was collected, by whom, and its batch.
    pub collected: Option<(Channel, String, String)>,
}

/// One review with its costs (two queries); `None` when there is no such review.
pub fn stored(conn: &mut DbConnection, id: i64) -> QueryResult<Option<StoredReview>> {
    let Some((row, (recruiter_public_id, recruiter_name))) = reviews::table
        .inner_join(recruiters::table.on(recruiters::id.eq(reviews::filed_for_id)))
        .filter(reviews::id.eq(id))
        .select((
            ReviewRow::as_select(),
            (recruiters::public_id, recruiters::name),
        ))
        .first::<(ReviewRow, (String, String))>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let costs: Vec<CostRow> = review_costs::table
        .filter(review_costs::review_id.eq(id))
        .select((
            review_costs::category,
            review_costs::paid,
            review_costs::amount,
            review_costs::paid_to,
            review_costs::receipt,
        ))
        .load(conn)?;
    Ok(Some(to_stored(
        row,
        recruiter_public_id,
        recruiter_name,
        costs,
    )))
}

/// A signed-in worker's own review of a recruiter for a departure year, to edit it.
pub fn own(
    conn: &mut DbConnection,
    author: i64,
    filed_for: &PublicId,
    year: i32,
) -> QueryResult<Option<StoredReview>> {
    let id: Option<i64> = reviews::table
        .inner_join(recruiters::table.on(recruiters::id.eq(reviews::filed_for_id)))
        .filter(reviews::author_id.eq(author))
        .filter(recruiters::public_id.eq(filed_for.as_str()))
        .filter(reviews::departure_year.eq(year))
        .select(reviews::id)
        .first(conn)
        .optional()?;
    match id {
        Some(id) => stored(conn, id),
        None => Ok(None),
    }
}

fn to_stored(
    r: ReviewRow,
    recruiter_public_id: String,
    recruiter_name: String,
    costs: Vec<CostRow>,
) -> StoredReview {
    // Stored values passed the same checks on the way in; an unreadable one (a code
    // retired since) is shown as absent rather than failing the page.
    let mut items: Vec<CostItem> = costs
        .into_iter()
        .filter_map(|c| {
            Some(CostItem {
                category: CostCategory::parse(&c.category)?,
                paid: c.paid,
                amount: c.amount,
                paid_to: c.paid_to.as_deref().and_then(PaidTo::parse),
                receipt: c.receipt,
            })
        })
        .collect();
    items.sort_by_key(|c| c.category.index());
    let mut checks = [None; 8];
    for (check, value) in [
        (Check::ContractBeforeDeparture, r.contract_before_departure),
        (Check::ContractUnderstood, r.contract_understood),
        (Check::ContractSubstituted, r.contract_substituted),
        (Check::DocumentsKept, r.documents_kept),
        (Check::JobAsPromised, r.job_as_promised),
        (Check::WageAsPromised, r.wage_as_promised),
        (Check::FreeToChangeEmployer, r.free_to_change_employer),
        (Check::InfoAccurate, r.info_accurate),
    ] {
        checks[check.index()] = value;
    }
    let fallback = |code: &str| CountryCode::parse(code).or_else(|| CountryCode::parse("NP"));
    StoredReview {
        id: r.id,
        public_id: r.public_id,
        status: ReviewStatus::parse(&r.status).unwrap_or(ReviewStatus::Pending),
        reject_reason: r.reject_reason.as_deref().and_then(RejectReason::parse),
        recruiter_public_id,
        recruiter_name,
        author_id: r.author_id,
        created_at: r.created_at,
        updated_at: r.updated_at,
        collected: match (
            r.channel.as_deref().and_then(Channel::parse),
            r.collected_by,
        ) {
            (Some(channel), Some(who)) => Some((channel, who, r.import_batch.unwrap_or_default())),
            _ => None,
        },
        draft: ReviewDraft {
            sub_agent_name: r.sub_agent_name,
            origin: fallback(&r.origin).expect("NP is a country"),
            destination: fallback(&r.destination).expect("NP is a country"),
            sector: r.sector.as_deref().and_then(Sector::parse),
            occupation: r.occupation,
            departure_year: r.departure_year,
            visa_type: r.visa_type.as_deref().and_then(VisaType::parse),
            gender: r.gender.as_deref().and_then(Gender::parse),
            currency: r.currency.as_deref().and_then(Currency::parse),
            costs: items,
            took_loan: r.took_loan,
            lender: r.lender.as_deref().and_then(Lender::parse),
            loan_interest_bp: r.loan_interest_bp,
            promised_wage: r.promised_wage,
            first_month_wage: r.first_month_wage,
            checks,
            ratings: [
                r.rating_fees_honesty,
                r.rating_job_truth,
                r.rating_contract_documents,
                r.rating_support,
                Some(r.rating_overall),
            ],
            would_use_again: r.would_use_again,
            body: r.body,
            body_language: r.body_language,
        },
    }
}

/// A moderator's decision.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Publish, with the text as given (the stored text with spans redacted, or unchanged).
    Approve {
        body: Option<String>,
    },
    Reject(RejectReason),
}

/// Applies a moderator's decision to a pending review, in one transaction with its
/// scorecard (`moderator` is `None` only for the demo data). A review no longer pending (another moderator was first) or unknown:
/// `NotFound`.
pub fn decide(
    conn: &mut DbConnection,
    id: i64,
    moderator: Option<i64>,
    decision: &Decision,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    crate::db::transaction(conn, |conn| {
        let pending = ReviewStatus::Pending.as_str();
        let target = reviews::table
            .filter(reviews::id.eq(id))
            .filter(reviews::status.eq(pending));
        match decision {
            Decision::Reject(reason) => {
                let changed = diesel::update(target)
                    .set((
                        reviews::status.eq(ReviewStatus::Rejected.as_str()),
                        reviews::reject_reason.eq(reason.as_str()),
                        reviews::moderated_at.eq(now),
                        reviews::moderated_by.eq(moderator),
                    ))
                    .execute(conn)?;
                if changed == 0 {
                    return Err(AppError::NotFound);
                }
            }
            Decision::Approve { body } => {
                let Some((filed_for, sub_agent)): Option<(i64, Option<String>)> = target
                    .select((reviews::filed_for_id, reviews::sub_agent_name))
                    .first(conn)
                    .optional()?
                else {
                    return Err(AppError::NotFound);
                };
                // A review naming a sub-agent counts for the sub-agent; its entry is made
                // on approval, so nothing unmoderated reaches the directory.
                let counts_for = match sub_agent {
                    Some(name) => find_or_create_sub_agent(conn, &name, now)?,
                    None => filed_for,
                };
                let flags = body.as_deref().map(pii::kinds).unwrap_or_default();
                let changed = diesel::update(target)
                    .set((
                        reviews::status.eq(ReviewStatus::Approved.as_str()),
                        reviews::reject_reason.eq(None::<String>),
                        reviews::recruiter_id.eq(counts_for),
                        reviews::body.eq(body.as_deref()),
                        reviews::pii_flags.eq(flags
                            .iter()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(",")),
                        reviews::moderated_at.eq(now),
                        reviews::moderated_by.eq(moderator),
                    ))
                    .execute(conn)?;
                if changed == 0 {
                    return Err(AppError::NotFound);
                }
                add_to_scores(conn, id)?;
            }
        }
        tell_author(conn, id, decision, now)?;
        Ok(())
    })
}

/// The author of a review sent from an account with an address hears the decision.
fn tell_author(
    conn: &mut DbConnection,
    review_id: i64,
    decision: &Decision,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (author, recruiter): (Option<i64>, i64) = reviews::table
        .find(review_id)
        .select((reviews::author_id, reviews::recruiter_id))
        .first(conn)?;
    let Some(author) = author else {
        return Ok(());
    };
    let name: String = recruiters::table
        .find(recruiter)
        .select(recruiters::name)
        .first(conn)?;
    let kind = match decision {
        Decision::Approve { .. } => Kind::ReviewApproved,
        Decision::Reject(_) => Kind::ReviewRejected,
    };
    let notice = Notice::new(kind, "/account#reviews").with("recruiter", name);
    outbox::notify(conn, Audience::Account(author), &notice, now).map(drop)
}
