//! Reviews: storing a worker's review, the moderation queue, and the scorecards kept in
//! `recruiter_scores`, `recruiter_cost_medians` and `score_totals` — changed in the same
//! transaction as each approval and each edit of an approved review, and rebuilt from the
//! reviews by [`recompute_all`].

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::outbox::{self, Audience, Notice};
use super::recruiters::find_or_create_sub_agent;
use super::schema::{
    recruiter_cost_medians, recruiter_scores, recruiters, review_costs, reviews, score_totals,
};
use crate::domain::account::Sector;
use crate::domain::costs::{CostCategory, Lender, PaidTo, VisaType};
use crate::domain::country::CountryCode;
use crate::domain::currency::Currency;
use crate::domain::notice::Kind;
use crate::domain::pii;
use crate::domain::recruiter::PublicId;
use crate::domain::review::{
    Check, Contribution, CostItem, Dimension, Gender, RejectReason, ReviewDraft, ReviewStatus,
    ScoreFacts, median, middle_of_two,
};
use crate::error::AppError;

// ---------------------------------------------------------------------------------------
// Rows

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = reviews, treat_none_as_null = true)]
struct ReviewFields<'a> {
    sub_agent_name: Option<&'a str>,
    origin: &'a str,
    destination: &'a str,
    sector: Option<&'a str>,
    occupation: Option<&'a str>,
    departure_year: i32,
    visa_type: Option<&'a str>,
    gender: Option<&'a str>,
    currency: Option<&'a str>,
    total_cost: Option<i64>,
    charged_any: Option<bool>,
    took_loan: Option<bool>,
    lender: Option<&'a str>,
    loan_interest_bp: Option<i32>,
    promised_wage: Option<i64>,
    first_month_wage: Option<i64>,
    cost_ratio_bp: Option<i64>,
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
    body: Option<&'a str>,
    body_language: Option<&'a str>,
    pii_flags: String,
    status: &'static str,
    reject_reason: Option<&'static str>,
    moderated_at: Option<NaiveDateTime>,
    moderated_by: Option<i64>,
    updated_at: NaiveDateTime,
}

impl<'a> ReviewFields<'a> {
    /// A draft as a pending review's columns.
    fn of(d: &'a ReviewDraft, now: NaiveDateTime) -> ReviewFields<'a> {
        let flags = d.body.as_deref().map(pii::kinds).unwrap_or_default();
        ReviewFields {
            sub_agent_name: d.sub_agent_name.as_deref(),
            origin: d.origin.as_str(),
            destination: d.destination.as_str(),
            sector: d.sector.map(|s| s.as_str()),
            occupation: d.occupation.as_deref(),
            departure_year: d.departure_year,
            visa_type: d.visa_type.map(|v| v.as_str()),
            gender: d.gender.map(|g| g.as_str()),
            currency: d.currency.map(|c| c.as_str()),
            total_cost: d.total_cost(),
            charged_any: d.charged_any(),
            took_loan: d.took_loan,
            lender: d.lender.map(|l| l.as_str()),
            loan_interest_bp: d.loan_interest_bp,
            promised_wage: d.promised_wage,
            first_month_wage: d.first_month_wage,
            cost_ratio_bp: d.cost_ratio_bp(),
            contract_before_departure: d.check(Check::ContractBeforeDeparture),
            contract_understood: d.check(Check::ContractUnderstood),
            contract_substituted: d.check(Check::ContractSubstituted),
            documents_kept: d.check(Check::DocumentsKept),
            job_as_promised: d.check(Check::JobAsPromised),
            wage_as_promised: d.check(Check::WageAsPromised),
            free_to_change_employer: d.check(Check::FreeToChangeEmployer),
            info_accurate: d.check(Check::InfoAccurate),
            rating_fees_honesty: d.rating(Dimension::FeesHonesty),
            rating_job_truth: d.rating(Dimension::JobTruth),
            rating_contract_documents: d.rating(Dimension::ContractDocuments),
            rating_support: d.rating(Dimension::Support),
            rating_overall: d.rating(Dimension::Overall).unwrap_or(3),
            would_use_again: d.would_use_again,
            body: d.body.as_deref(),
            body_language: d.body_language.as_deref(),
            pii_flags: flags
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(","),
            status: ReviewStatus::Pending.as_str(),
            reject_reason: None,
            moderated_at: None,
            moderated_by: None,
            updated_at: now,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = reviews)]
struct NewReview<'a> {
    public_id: String,
    filed_for_id: i64,
    recruiter_id: i64,
    author_id: Option<i64>,
    created_at: NaiveDateTime,
    #[diesel(embed)]
    fields: ReviewFields<'a>,
}

#[derive(Insertable)]
#[diesel(table_name = review_costs)]
struct NewCost<'a> {
    review_id: i64,
    category: &'a str,
    paid: bool,
    amount: Option<i64>,
    paid_to: Option<&'a str>,
    receipt: Option<bool>,
}

/// The columns of a review its recruiter's scorecard is made of.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reviews)]
struct FactsRow {
    recruiter_id: i64,
    rating_fees_honesty: Option<i16>,
    rating_job_truth: Option<i16>,
    rating_contract_documents: Option<i16>,
    rating_support: Option<i16>,
    rating_overall: i16,
    charged_any: Option<bool>,
    documents_kept: Option<bool>,
    contract_substituted: Option<bool>,
    job_as_promised: Option<bool>,
    would_use_again: Option<bool>,
    currency: Option<String>,
    total_cost: Option<i64>,
    cost_ratio_bp: Option<i64>,
}

fn facts(r: FactsRow) -> (i64, ScoreFacts) {
    (
        r.recruiter_id,
        ScoreFacts {
            ratings: [
                r.rating_fees_honesty,
                r.rating_job_truth,
                r.rating_contract_documents,
                r.rating_support,
                Some(r.rating_overall),
            ],
            charged_any: r.charged_any,
            documents_kept: r.documents_kept,
            contract_substituted: r.contract_substituted,
            job_as_promised: r.job_as_promised,
            would_use_again: r.would_use_again,
            currency: r.currency,
            total_cost: r.total_cost,
            cost_ratio_bp: r.cost_ratio_bp,
        },
    )
}

// ---------------------------------------------------------------------------------------
// Submitting

/// What happened to a submitted review.
#[derive(Debug, Clone)]
pub struct Submitted {
    pub public_id: String,
    /// A signed-in worker's earlier review of the same recruiter and year was replaced.
    pub replaced: bool,
}

/// Stores a review of the recruiter `filed_for` as pending. A signed-in worker's second
/// review of the same recruiter and departure year replaces the first (taking an approved
/// one out of the scorecard until it is approved again). Unknown recruiter: `NotFound`.
pub fn submit(
    conn: &mut DbConnection,
    filed_for: &PublicId,
    author: Option<i64>,
    draft: &ReviewDraft,
    now: NaiveDateTime,
) -> Result<Submitted, AppError> {
    super::transaction(conn, |conn| {
        let recruiter_id: i64 = recruiters::table
            .filter(recruiters::public_id.eq(filed_for.as_str()))
            .select(recruiters::id)
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        let fields = ReviewFields::of(draft, now);
        let earlier: Option<(i64, String, String)> = match author {
            Some(author) => reviews::table
                .filter(reviews::author_id.eq(author))
                .filter(reviews::filed_for_id.eq(recruiter_id))
                .filter(reviews::departure_year.eq(draft.departure_year))
                .select((reviews::id, reviews::public_id, reviews::status))
                .first(conn)
                .optional()?,
            None => None,
        };
        let (review_id, public_id, replaced) = match earlier {
            Some((id, public_id, status)) => {
                if status == ReviewStatus::Approved.as_str() {
                    withdraw_from_scores(conn, id)?;
                }
                diesel::update(reviews::table.find(id))
                    .set((&fields, reviews::recruiter_id.eq(recruiter_id)))
                    .execute(conn)?;
                diesel::delete(review_costs::table.filter(review_costs::review_id.eq(id)))
                    .execute(conn)?;
                (id, public_id, true)
            }
            None => {
                let public_id = PublicId::generate().to_string();
                let id = diesel::insert_into(reviews::table)
                    .values(NewReview {
                        public_id: public_id.clone(),
                        filed_for_id: recruiter_id,
                        recruiter_id,
                        author_id: author,
                        created_at: now,
                        fields,
                    })
                    .returning(reviews::id)
                    .get_result(conn)?;
                (id, public_id, false)
            }
        };
        insert_costs(conn, review_id, &draft.costs)?;
        Ok(Submitted {
            public_id,
            replaced,
        })
    })
}

fn insert_costs(conn: &mut DbConnection, review_id: i64, costs: &[CostItem]) -> QueryResult<()> {
    if costs.is_empty() {
        return Ok(());
    }
    let rows: Vec<NewCost> = costs
        .iter()
        .map(|c| NewCost {
            review_id,
            category: c.category.as_str(),
            paid: c.paid,
            amount: c.amount,
            paid_to: c.paid_to.map(|p| p.as_str()),
            receipt: c.receipt,
        })
        .collect();
    crate::db_run!(&mut *conn, c => diesel::insert_into(review_costs::table)
        .values(&rows)
        .execute(c))?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Moderation

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
    super::transaction(conn, |conn| {
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

// ---------------------------------------------------------------------------------------
// Kept scorecards

/// Adds an approved review to its recruiter's scorecard.
fn add_to_scores(conn: &mut DbConnection, review_id: i64) -> QueryResult<()> {
    change_scores(conn, review_id, 1)
}

/// Takes an approved review out of its recruiter's scorecard (before an edit): it is
/// pending again before the medians are read, so they no longer include it.
fn withdraw_from_scores(conn: &mut DbConnection, review_id: i64) -> QueryResult<()> {
    let row: FactsRow = reviews::table
        .find(review_id)
        .select(FactsRow::as_select())
        .first(conn)?;
    diesel::update(reviews::table.find(review_id))
        .set(reviews::status.eq(ReviewStatus::Pending.as_str()))
        .execute(conn)?;
    apply_to_scores(conn, row, -1)
}

/// Adds (`sign` 1) or removes (-1) an approved review's facts. The review's status must
/// already say whether it counts, since the medians are read from the approved reviews.
fn change_scores(conn: &mut DbConnection, review_id: i64, sign: i64) -> QueryResult<()> {
    let row: FactsRow = reviews::table
        .find(review_id)
        .select(FactsRow::as_select())
        .first(conn)?;
    apply_to_scores(conn, row, sign)
}

fn apply_to_scores(conn: &mut DbConnection, row: FactsRow, sign: i64) -> QueryResult<()> {
    let (recruiter_id, facts) = facts(row);
    let c = Contribution::of(&facts);
    crate::db_run!(&mut *conn, c => diesel::insert_into(recruiter_scores::table)
        .values(recruiter_scores::recruiter_id.eq(recruiter_id))
        .on_conflict_do_nothing()
        .execute(c))?;
    // The row lock this update takes serialises concurrent changes to one recruiter, so the
    // medians read below include every review committed before.
    use recruiter_scores as s;
    let [d1, d2, d3, d4] = c.dimensions.map(|(sum, n)| (sign * sum, sign * n));
    let [h1, h2, h3, h4, h5] = c.shares.map(|(yes, n)| (sign * yes, sign * n));
    diesel::update(s::table.find(recruiter_id))
        .set((
            s::review_count.eq(s::review_count + sign * c.review_count),
            s::rating_sum.eq(s::rating_sum + sign * c.rating_sum),
            s::fees_honesty_sum.eq(s::fees_honesty_sum + d1.0),
            s::fees_honesty_n.eq(s::fees_honesty_n + d1.1),
            s::job_truth_sum.eq(s::job_truth_sum + d2.0),
            s::job_truth_n.eq(s::job_truth_n + d2.1),
            s::contract_documents_sum.eq(s::contract_documents_sum + d3.0),
            s::contract_documents_n.eq(s::contract_documents_n + d3.1),
            s::support_sum.eq(s::support_sum + d4.0),
            s::support_n.eq(s::support_n + d4.1),
            s::charged_yes.eq(s::charged_yes + h1.0),
            s::charged_n.eq(s::charged_n + h1.1),
            s::documents_yes.eq(s::documents_yes + h2.0),
            s::documents_n.eq(s::documents_n + h2.1),
            s::substituted_yes.eq(s::substituted_yes + h3.0),
            s::substituted_n.eq(s::substituted_n + h3.1),
            s::job_not_yes.eq(s::job_not_yes + h4.0),
            s::job_not_n.eq(s::job_not_n + h4.1),
            s::again_yes.eq(s::again_yes + h5.0),
            s::again_n.eq(s::again_n + h5.1),
            s::ratio_n.eq(s::ratio_n + sign * c.ratio_count),
        ))
        .execute(conn)?;
    diesel::update(score_totals::table.find(1))
        .set((
            score_totals::rating_sum.eq(score_totals::rating_sum + sign * c.rating_sum),
            score_totals::rating_count.eq(score_totals::rating_count + sign * c.review_count),
        ))
        .execute(conn)?;
    if facts.cost_ratio_bp.is_some() {
        refresh_ratio_median(conn, recruiter_id)?;
    }
    if let (Some(currency), Some(_)) = (&facts.currency, facts.total_cost) {
        refresh_cost_median(conn, recruiter_id, currency, sign)?;
    }
    Ok(())
}

/// The middle value (or the two middle values) of an indexed column, read at its offset.
fn middle(values: Vec<i64>, n: i64) -> Option<i64> {
    match (n % 2, values.as_slice()) {
        (1, [m, ..]) => Some(*m),
        (0, [a, b, ..]) => Some(middle_of_two(*a, *b)),
        _ => None,
    }
}

fn refresh_ratio_median(conn: &mut DbConnection, recruiter_id: i64) -> QueryResult<()> {
    let n: i64 = recruiter_scores::table
        .find(recruiter_id)
        .select(recruiter_scores::ratio_n)
        .first(conn)?;
    let median = if n > 0 {
        let values: Vec<Option<i64>> = reviews::table
            .filter(reviews::recruiter_id.eq(recruiter_id))
            .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
            .filter(reviews::cost_ratio_bp.is_not_null())
            .order(reviews::cost_ratio_bp.asc())
            .offset((n - 1) / 2)
            .limit(2)
            .select(reviews::cost_ratio_bp)
            .load(conn)?;
        middle(values.into_iter().flatten().collect(), n)
    } else {
        None
    };
    diesel::update(recruiter_scores::table.find(recruiter_id))
        .set(recruiter_scores::ratio_median_bp.eq(median))
        .execute(conn)?;
    Ok(())
}

fn refresh_cost_median(
    conn: &mut DbConnection,
    recruiter_id: i64,
    currency: &str,
    sign: i64,
) -> QueryResult<()> {
    use recruiter_cost_medians as m;
    let key = m::table.find((recruiter_id, currency));
    let n = key
        .select(m::review_count)
        .first::<i64>(conn)
        .optional()?
        .unwrap_or(0)
        + sign;
    if n <= 0 {
        diesel::delete(key).execute(conn)?;
        return Ok(());
    }
    let values: Vec<Option<i64>> = reviews::table
        .filter(reviews::recruiter_id.eq(recruiter_id))
        .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
        .filter(reviews::currency.eq(currency))
        .filter(reviews::total_cost.is_not_null())
        .order(reviews::total_cost.asc())
        .offset((n - 1) / 2)
        .limit(2)
        .select(reviews::total_cost)
        .load(conn)?;
    let median = middle(values.into_iter().flatten().collect(), n).unwrap_or(0);
    let row = (
        m::recruiter_id.eq(recruiter_id),
        m::currency.eq(currency),
        m::review_count.eq(n),
        m::median.eq(median),
    );
    crate::db_run!(&mut *conn, c => diesel::insert_into(m::table)
        .values(row)
        .on_conflict((m::recruiter_id, m::currency))
        .do_update()
        .set((m::review_count.eq(n), m::median.eq(median)))
        .execute(c))?;
    Ok(())
}

/// What a scorecard is made of, as kept.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeptScores {
    pub sums: Contribution,
    pub ratio_median_bp: Option<i64>,
    /// (currency, reviews, median), by currency.
    pub cost_medians: Vec<(String, i64, i64)>,
}

/// A kept scorecard row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = recruiter_scores)]
struct ScoreRow {
    recruiter_id: i64,
    review_count: i64,
    rating_sum: i64,
    fees_honesty_sum: i64,
    fees_honesty_n: i64,
    job_truth_sum: i64,
    job_truth_n: i64,
    contract_documents_sum: i64,
    contract_documents_n: i64,
    support_sum: i64,
    support_n: i64,
    charged_yes: i64,
    charged_n: i64,
    documents_yes: i64,
    documents_n: i64,
    substituted_yes: i64,
    substituted_n: i64,
    job_not_yes: i64,
    job_not_n: i64,
    again_yes: i64,
    again_n: i64,
    ratio_n: i64,
    ratio_median_bp: Option<i64>,
}

fn kept_of(r: ScoreRow) -> (i64, Contribution, Option<i64>) {
    (
        r.recruiter_id,
        Contribution {
            review_count: r.review_count,
            rating_sum: r.rating_sum,
            dimensions: [
                (r.fees_honesty_sum, r.fees_honesty_n),
                (r.job_truth_sum, r.job_truth_n),
                (r.contract_documents_sum, r.contract_documents_n),
                (r.support_sum, r.support_n),
            ],
            shares: [
                (r.charged_yes, r.charged_n),
                (r.documents_yes, r.documents_n),
                (r.substituted_yes, r.substituted_n),
                (r.job_not_yes, r.job_not_n),
                (r.again_yes, r.again_n),
            ],
            ratio_count: r.ratio_n,
        },
        r.ratio_median_bp,
    )
}

/// A recruiter's kept scorecard and the overall prior (rating sum, count): three queries,
/// whatever the number of reviews.
pub fn scorecard(
    conn: &mut DbConnection,
    recruiter_id: i64,
) -> QueryResult<(KeptScores, (i64, i64))> {
    let row: Option<ScoreRow> = recruiter_scores::table
        .find(recruiter_id)
        .select(ScoreRow::as_select())
        .first(conn)
        .optional()?;
    let mut kept = KeptScores::default();
    if let Some(row) = row {
        let (_, sums, ratio) = kept_of(row);
        kept.sums = sums;
        kept.ratio_median_bp = ratio;
    }
    kept.cost_medians = recruiter_cost_medians::table
        .filter(recruiter_cost_medians::recruiter_id.eq(recruiter_id))
        .order(recruiter_cost_medians::currency.asc())
        .select((
            recruiter_cost_medians::currency,
            recruiter_cost_medians::review_count,
            recruiter_cost_medians::median,
        ))
        .load(conn)?;
    let totals = score_totals::table
        .find(1)
        .select((score_totals::rating_sum, score_totals::rating_count))
        .first(conn)?;
    Ok((kept, totals))
}

/// Every kept scorecard by recruiter id, and the rating totals.
pub type AllKept = (Vec<(i64, KeptScores)>, (i64, i64));

/// Every kept scorecard, by recruiter id, and the totals: what [`recompute_all`] must
/// reproduce (for tests and the command's check).
pub fn all_kept(conn: &mut DbConnection) -> QueryResult<AllKept> {
    let rows: Vec<ScoreRow> = recruiter_scores::table
        .order(recruiter_scores::recruiter_id)
        .select(ScoreRow::as_select())
        .load(conn)?;
    let medians: Vec<(i64, String, i64, i64)> = recruiter_cost_medians::table
        .order((
            recruiter_cost_medians::recruiter_id,
            recruiter_cost_medians::currency,
        ))
        .load(conn)?;
    let mut out: Vec<(i64, KeptScores)> = rows
        .into_iter()
        .map(kept_of)
        // A recruiter whose every review was taken out keeps a row of zeros; it says the
        // same as no row.
        .filter(|(_, sums, _)| sums.review_count != 0 || *sums != Contribution::default())
        .map(|(id, sums, ratio)| {
            (
                id,
                KeptScores {
                    sums,
                    ratio_median_bp: ratio,
                    cost_medians: Vec::new(),
                },
            )
        })
        .collect();
    for (recruiter_id, currency, n, median) in medians {
        if let Some((_, kept)) = out.iter_mut().find(|(id, _)| *id == recruiter_id) {
            kept.cost_medians.push((currency, n, median));
        }
    }
    let totals = score_totals::table
        .find(1)
        .select((score_totals::rating_sum, score_totals::rating_count))
        .first(conn)?;
    Ok((out, totals))
}

/// Rebuilds every scorecard from the approved reviews, in one transaction. Returns the
/// number of reviews read and of recruiters scored.
pub fn recompute_all(conn: &mut DbConnection) -> QueryResult<(i64, i64)> {
    const PAGE: i64 = 50_000;
    super::transaction(conn, |conn| {
        diesel::delete(recruiter_cost_medians::table).execute(conn)?;
        diesel::delete(recruiter_scores::table).execute(conn)?;
        let mut totals = (0i64, 0i64);
        let mut read = 0i64;
        let mut scored = 0i64;
        let mut last = (0i64, 0i64);
        let mut current: Option<Accumulator> = None;
        loop {
            let rows: Vec<(i64, FactsRow)> = reviews::table
                .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
                .filter(
                    reviews::recruiter_id
                        .gt(last.0)
                        .or(reviews::recruiter_id.eq(last.0).and(reviews::id.gt(last.1))),
                )
                .order((reviews::recruiter_id.asc(), reviews::id.asc()))
                .limit(PAGE)
                .select((reviews::id, FactsRow::as_select()))
                .load(conn)?;
            let done = (rows.len() as i64) < PAGE;
            for (id, row) in rows {
                read += 1;
                let (recruiter_id, f) = facts(row);
                last = (recruiter_id, id);
                if current
                    .as_ref()
                    .is_some_and(|a| a.recruiter_id != recruiter_id)
                    && let Some(finished) = current.take()
                {
                    finished.store(conn)?;
                    scored += 1;
                }
                let acc = current.get_or_insert_with(|| Accumulator::new(recruiter_id));
                let c = Contribution::of(&f);
                totals.0 += c.rating_sum;
                totals.1 += c.review_count;
                acc.add(&f, &c);
            }
            if done {
                break;
            }
        }
        if let Some(finished) = current.take() {
            finished.store(conn)?;
            scored += 1;
        }
        diesel::update(score_totals::table.find(1))
            .set((
                score_totals::rating_sum.eq(totals.0),
                score_totals::rating_count.eq(totals.1),
            ))
            .execute(conn)?;
        Ok((read, scored))
    })
}

/// One recruiter's scorecard being rebuilt.
struct Accumulator {
    recruiter_id: i64,
    sums: Contribution,
    ratios: Vec<i64>,
    costs: std::collections::BTreeMap<String, Vec<i64>>,
}

impl Accumulator {
    fn new(recruiter_id: i64) -> Accumulator {
        Accumulator {
            recruiter_id,
            sums: Contribution::default(),
            ratios: Vec::new(),
            costs: Default::default(),
        }
    }

    fn add(&mut self, f: &ScoreFacts, c: &Contribution) {
        self.sums.add(c, 1);
        if let Some(r) = f.cost_ratio_bp {
            self.ratios.push(r);
        }
        if let (Some(currency), Some(total)) = (&f.currency, f.total_cost) {
            self.costs.entry(currency.clone()).or_default().push(total);
        }
    }

    fn store(mut self, conn: &mut DbConnection) -> QueryResult<()> {
        use recruiter_scores as s;
        self.ratios.sort_unstable();
        let c = &self.sums;
        let [d1, d2, d3, d4] = c.dimensions;
        let [h1, h2, h3, h4, h5] = c.shares;
        diesel::insert_into(s::table)
            .values((
                s::recruiter_id.eq(self.recruiter_id),
                s::review_count.eq(c.review_count),
                s::rating_sum.eq(c.rating_sum),
                s::fees_honesty_sum.eq(d1.0),
                s::fees_honesty_n.eq(d1.1),
                s::job_truth_sum.eq(d2.0),
                s::job_truth_n.eq(d2.1),
                s::contract_documents_sum.eq(d3.0),
                s::contract_documents_n.eq(d3.1),
                s::support_sum.eq(d4.0),
                s::support_n.eq(d4.1),
                s::charged_yes.eq(h1.0),
                s::charged_n.eq(h1.1),
                s::documents_yes.eq(h2.0),
                s::documents_n.eq(h2.1),
                s::substituted_yes.eq(h3.0),
                s::substituted_n.eq(h3.1),
                s::job_not_yes.eq(h4.0),
                s::job_not_n.eq(h4.1),
                s::again_yes.eq(h5.0),
                s::again_n.eq(h5.1),
                s::ratio_n.eq(c.ratio_count),
                s::ratio_median_bp.eq(median(&self.ratios)),
            ))
            .execute(conn)?;
        for (currency, mut values) in self.costs {
            values.sort_unstable();
            diesel::insert_into(recruiter_cost_medians::table)
                .values((
                    recruiter_cost_medians::recruiter_id.eq(self.recruiter_id),
                    recruiter_cost_medians::currency.eq(&currency),
                    recruiter_cost_medians::review_count.eq(values.len() as i64),
                    recruiter_cost_medians::median.eq(median(&values).unwrap_or(0)),
                ))
                .execute(conn)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Public list and the author's own list

/// An approved review as the public sees it: no name, no costs itemised.
#[derive(Debug, Clone, Queryable)]
pub struct PublicReview {
    pub public_id: String,
    pub created_at: NaiveDateTime,
    pub origin: String,
    pub destination: String,
    pub departure_year: i32,
    pub rating_overall: i16,
    pub would_use_again: Option<bool>,
    pub body: Option<String>,
    pub body_language: Option<String>,
}

/// One page of a recruiter's approved reviews, newest first, optionally in one language:
/// one query (a row past the page says whether there is a next one).
pub fn public_page(
    conn: &mut DbConnection,
    recruiter_id: i64,
    language: Option<&str>,
    page: i64,
    per_page: i64,
) -> QueryResult<(Vec<PublicReview>, bool)> {
    let mut query = reviews::table
        .filter(reviews::recruiter_id.eq(recruiter_id))
        .filter(reviews::status.eq(ReviewStatus::Approved.as_str()))
        .into_boxed();
    if let Some(language) = language {
        query = query.filter(reviews::body_language.eq(language.to_owned()));
    }
    let mut rows: Vec<PublicReview> = query
        .order((reviews::created_at.desc(), reviews::id.desc()))
        .offset((page - 1) * per_page)
        .limit(per_page + 1)
        .select((
            reviews::public_id,
            reviews::created_at,
            reviews::origin,
            reviews::destination,
            reviews::departure_year,
            reviews::rating_overall,
            reviews::would_use_again,
            reviews::body,
            reviews::body_language,
        ))
        .load(conn)?;
    let more = rows.len() as i64 > per_page;
    rows.truncate(per_page as usize);
    Ok((rows, more))
}

/// A signed-in worker's own review, for their account page.
#[derive(Debug, Clone, Queryable)]
pub struct OwnReview {
    pub recruiter_public_id: String,
    pub recruiter_name: String,
    pub departure_year: i32,
    pub status: String,
    pub reject_reason: Option<String>,
    pub updated_at: NaiveDateTime,
}

/// A worker's reviews, newest first (one query, at most 100).
pub fn by_author(conn: &mut DbConnection, author: i64) -> QueryResult<Vec<OwnReview>> {
    reviews::table
        .inner_join(recruiters::table.on(recruiters::id.eq(reviews::filed_for_id)))
        .filter(reviews::author_id.eq(author))
        .order((reviews::updated_at.desc(), reviews::id.desc()))
        .limit(100)
        .select((
            recruiters::public_id,
            recruiters::name,
            reviews::departure_year,
            reviews::status,
            reviews::reject_reason,
            reviews::updated_at,
        ))
        .load(conn)
}

/// The recruiter's row id behind a public id.
pub fn recruiter_id(conn: &mut DbConnection, public_id: &PublicId) -> QueryResult<Option<i64>> {
    recruiters::table
        .filter(recruiters::public_id.eq(public_id.as_str()))
        .select(recruiters::id)
        .first(conn)
        .optional()
}

/// A review's row id behind its public id.
pub fn id_of(conn: &mut DbConnection, public_id: &str) -> Result<i64, AppError> {
    reviews::table
        .filter(reviews::public_id.eq(public_id))
        .select(reviews::id)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// Everything a recruiter's profile page reads.
pub struct ProfileData {
    pub profile: super::recruiters::RecruiterProfile,
    pub kept: KeptScores,
    /// Rating sum and count of all approved reviews (the Bayesian prior).
    pub totals: (i64, i64),
    pub reviews: Vec<PublicReview>,
    pub more: bool,
}

/// A profile with its scorecard and one page of reviews: seven queries, whatever the number
/// of reviews. `None` for an unknown recruiter.
pub fn profile_page(
    conn: &mut DbConnection,
    id: &PublicId,
    language: Option<&str>,
    page: i64,
    per_page: i64,
) -> QueryResult<Option<ProfileData>> {
    let Some(profile) = super::recruiters::profile(conn, id)? else {
        return Ok(None);
    };
    let row_id = profile.recruiter.id;
    let (kept, totals) = scorecard(conn, row_id)?;
    let (reviews, more) = public_page(conn, row_id, language, page, per_page)?;
    Ok(Some(ProfileData {
        profile,
        kept,
        totals,
        reviews,
        more,
    }))
}

/// A review with its costs by public id (the review → complaint bridge).
pub fn stored_by_public_id(
    conn: &mut DbConnection,
    public_id: &str,
) -> QueryResult<Option<StoredReview>> {
    let id: Option<i64> = reviews::table
        .filter(reviews::public_id.eq(public_id))
        .select(reviews::id)
        .first(conn)
        .optional()?;
    match id {
        Some(id) => stored(conn, id),
        None => Ok(None),
    }
}
