//! The rows a review is stored as, and the facts a scorecard reads from them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{review_costs, reviews};
use crate::domain::pii;
use crate::domain::review::{Check, Dimension, ReviewDraft, ReviewStatus, ScoreFacts};

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = reviews, treat_none_as_null = true)]
pub(super) struct ReviewFields<'a> {
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
    pub(super) fn of(d: &'a ReviewDraft, now: NaiveDateTime) -> ReviewFields<'a> {
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
pub(super) struct NewReview<'a> {
    pub(super) public_id: String,
    pub(super) filed_for_id: i64,
    pub(super) recruiter_id: i64,
    pub(super) author_id: Option<i64>,
    pub(super) created_at: NaiveDateTime,
    /// Who collected a review loaded by `import-reviews`, how, and in which batch; `None`
    /// for a review a worker sent.
    pub(super) collected_by: Option<&'a str>,
    pub(super) channel: Option<&'static str>,
    pub(super) import_batch: Option<&'a str>,
    #[diesel(embed)]
    pub(super) fields: ReviewFields<'a>,
}

#[derive(Insertable)]
#[diesel(table_name = review_costs)]
pub(super) struct NewCost<'a> {
    pub(super) review_id: i64,
    pub(super) category: &'a str,
    pub(super) paid: bool,
    pub(super) amount: Option<i64>,
    pub(super) paid_to: Option<&'a str>,
    pub(super) receipt: Option<bool>,
}

/// The columns of a review its recruiter's scorecard is made of.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reviews)]
pub(super) struct FactsRow {
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

pub(super) fn facts(r: FactsRow) -> (i64, ScoreFacts) {
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
