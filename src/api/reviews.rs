//! `POST /api/v1/reviews`, `GET /api/v1/recruiters/{id}/scorecard` and
//! `GET /api/v1/recruiters/{id}/reviews`.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::reviews::{may_review, submit};
use crate::auth::{AuthState, MaybeUser, session};
use crate::db::reviews::{self};
use crate::db::{self, Pool};
use crate::domain::account::Sector;
use crate::domain::costs::{self, CostCategory, Lender, PaidTo, VisaType};
use crate::domain::currency::Currency;
use crate::domain::recruiter::PublicId;
use crate::domain::review::{
    Check, CostInput, Dimension, Gender, ReviewDraft, ReviewInput, ReviewListQuery, Scorecard,
    Shown,
};
use crate::error::ErrorBody;
use crate::error::{AppError, InputError};

/// Largest review request: room for the longest text in any script, and then some.
const BODY_MAX: usize = 256 * 1024;

/// One ILO cost category the worker answered.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CostRequest {
    category: CostCategory,
    /// Whether anything was paid for it.
    paid: bool,
    /// Minor units of the review's `currency` (paisa, fils, cents), 0 to 10^12.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000_i64)]
    amount: Option<i64>,
    #[serde(default)]
    paid_to: Option<PaidTo>,
    /// Whether a receipt was given.
    #[serde(default)]
    receipt: Option<bool>,
}

/// A loan taken to pay.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoanRequest {
    taken: bool,
    #[serde(default)]
    lender: Option<Lender>,
    /// Monthly interest in basis points (3 % a month = 300), 0 to 10,000.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 10000)]
    interest_monthly_bp: Option<i32>,
}

/// The checklist; each answer may be left out.
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ChecklistRequest {
    contract_before_departure: Option<bool>,
    contract_understood: Option<bool>,
    contract_substituted: Option<bool>,
    documents_kept: Option<bool>,
    job_as_promised: Option<bool>,
    wage_as_promised: Option<bool>,
    free_to_change_employer: Option<bool>,
    info_accurate: Option<bool>,
}

/// Ratings from 1 to 5; only `overall` is required.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RatingsRequest {
    #[schema(minimum = 1, maximum = 5)]
    overall: i16,
    #[serde(default)]
    #[schema(minimum = 1, maximum = 5)]
    fees_honesty: Option<i16>,
    #[serde(default)]
    #[schema(minimum = 1, maximum = 5)]
    job_truth: Option<i16>,
    #[serde(default)]
    #[schema(minimum = 1, maximum = 5)]
    contract_documents: Option<i16>,
    #[serde(default)]
    #[schema(minimum = 1, maximum = 5)]
    support_after_arrival: Option<i16>,
}

/// A review. Amounts are integers in minor units of `currency` (ISO 4217), which every
/// amount of the review shares, so the cost-to-wage ratio needs no exchange rate.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// Public id of the recruiter reviewed.
    #[schema(min_length = 12, max_length = 12)]
    recruiter_id: String,
    /// The unlicensed sub-agent actually dealt with, if not the recruiter itself.
    #[serde(default)]
    #[schema(max_length = 300)]
    sub_agent_name: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[schema(pattern = "^[A-Za-z]{2}$")]
    origin: String,
    /// ISO 3166-1 alpha-2.
    #[schema(pattern = "^[A-Za-z]{2}$")]
    destination: String,
    #[serde(default)]
    sector: Option<Sector>,
    #[serde(default)]
    #[schema(max_length = 100)]
    occupation: Option<String>,
    /// 1970 to this year.
    #[schema(minimum = 1970)]
    departure_year: i32,
    #[serde(default)]
    visa_type: Option<VisaType>,
    /// `woman`, `man` or `another`; left out or empty: not said. Optional, never shown on
    /// a review: only counted in the corridor report, in groups of at least 5.
    #[serde(default)]
    #[schema(value_type = Option<Gender>)]
    gender: Option<String>,
    /// ISO 4217; required when any amount is given.
    #[serde(default)]
    #[schema(pattern = "^[A-Za-z]{3}$")]
    currency: Option<String>,
    #[serde(default)]
    costs: Vec<CostRequest>,
    #[serde(default)]
    loan: Option<LoanRequest>,
    /// Monthly, minor units.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000_i64)]
    promised_wage: Option<i64>,
    /// Net pay of the first full month abroad, minor units (0: not paid).
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000_i64)]
    first_month_wage: Option<i64>,
    #[serde(default)]
    checklist: ChecklistRequest,
    ratings: RatingsRequest,
    #[serde(default)]
    would_use_again: Option<bool>,
    /// At most 5,000 characters; checked for personal data before publication.
    #[serde(default)]
    #[schema(max_length = 5000)]
    text: Option<String>,
    /// `en`, `ne`, `ar`, `ur`, `bn`, `hi`, `fil`, `id`, `my` or `other`.
    #[serde(default)]
    #[schema(pattern = "^(en|ne|ar|ur|bn|hi|fil|id|my|other)$")]
    text_language: Option<String>,
}

impl ReviewRequest {
    /// The recruiter's id (`None` when it cannot be one: no such recruiter) and the same
    /// input the form gives, so that one parse ([`ReviewInput::draft`]) checks both. A
    /// category given twice is refused here: the form cannot say it twice.
    fn input(self) -> Result<(Option<PublicId>, ReviewInput), InputError> {
        let yes_no = |b: Option<bool>| match b {
            Some(true) => "yes".to_owned(),
            Some(false) => "no".to_owned(),
            None => String::new(),
        };
        let word = |w: Option<&'static str>| w.unwrap_or_default().to_owned();
        let currency = self.currency.unwrap_or_default();
        // Minor units as the form would have them typed; without a known currency, the
        // bare number (which then reads as an amount still missing its currency).
        let amount = |minor: Option<i64>| match (minor, Currency::parse(&currency)) {
            (None, _) => String::new(),
            (Some(m), Some(c)) => c.to_input(m),
            (Some(m), None) => m.to_string(),
        };
        let mut costs: [CostInput; 9] = Default::default();
        let mut seen = Vec::new();
        for c in self.costs {
            if seen.contains(&c.category) {
                return Err(InputError::new("costs", "error-review-cost-repeated"));
            }
            seen.push(c.category);
            costs[c.category.index()] = CostInput {
                paid: yes_no(Some(c.paid)),
                amount: amount(c.amount),
                paid_to: word(c.paid_to.map(|p| p.as_str())),
                receipt: yes_no(c.receipt),
            };
        }
        let (took_loan, lender, interest) = match self.loan {
            None => (None, None, None),
            // A loan not taken has no lender or interest, whatever else was sent.
            Some(l) => (
                Some(l.taken),
                l.lender.filter(|_| l.taken),
                l.interest_monthly_bp.filter(|_| l.taken),
            ),
        };
        let k = &self.checklist;
        let mut checks: [String; 8] = Default::default();
        for (check, value) in [
            (Check::ContractBeforeDeparture, k.contract_before_departure),
            (Check::ContractUnderstood, k.contract_understood),
            (Check::ContractSubstituted, k.contract_substituted),
            (Check::DocumentsKept, k.documents_kept),
            (Check::JobAsPromised, k.job_as_promised),
            (Check::WageAsPromised, k.wage_as_promised),
            (Check::FreeToChangeEmployer, k.free_to_change_employer),
            (Check::InfoAccurate, k.info_accurate),
        ] {
            checks[check.index()] = yes_no(value);
        }
        let r = &self.ratings;
        let mut ratings: [String; 5] = Default::default();
        for (dimension, value) in [
            (Dimension::FeesHonesty, r.fees_honesty),
            (Dimension::JobTruth, r.job_truth),
            (Dimension::ContractDocuments, r.contract_documents),
            (Dimension::Support, r.support_after_arrival),
            (Dimension::Overall, Some(r.overall)),
        ] {
            ratings[dimension.index()] = value.map(|v| v.to_string()).unwrap_or_default();
        }
        let input = ReviewInput {
            sub_agent: self.sub_agent_name.unwrap_or_default(),
            origin: self.origin,
            destination: self.destination,
            sector: word(self.sector.map(|s| s.as_str())),
            occupation: self.occupation.unwrap_or_default(),
            departure_year: self.departure_year.to_string(),
            visa_type: word(self.visa_type.map(|v| v.as_str())),
            gender: self.gender.unwrap_or_default(),
            costs,
            took_loan: yes_no(took_loan),
            lender: word(lender.map(|l| l.as_str())),
            // Out of range, it reads back out of range and is refused by the parse.
            loan_interest: interest
                .map(costs::monthly_interest_input)
                .unwrap_or_default(),
            promised_wage: amount(self.promised_wage),
            first_wage: amount(self.first_month_wage),
            checks,
            ratings,
            use_again: yes_no(self.would_use_again),
            body: self.text.unwrap_or_default(),
            body_language: self.text_language.unwrap_or_default(),
            currency,
            website: String::new(),
        };
        Ok((PublicId::parse(&self.recruiter_id), input))
    }

    /// The checked draft and the recruiter's id; the first problem, on the request's name
    /// of its field.
    pub(super) fn draft(
        self,
        this_year: i32,
    ) -> Result<(Option<PublicId>, ReviewDraft), InputError> {
        let (recruiter, input) = self.input()?;
        let draft = input.draft(this_year).map_err(|problems| {
            let first = problems
                .into_iter()
                .next()
                .unwrap_or(InputError::new("json", "error-review-json"));
            InputError::new(api_field(first.field), first.message_key)
        })?;
        Ok((recruiter, draft))
    }
}

/// The request's name of a field the shared checks name as the form does.
fn api_field(form_field: &'static str) -> &'static str {
    match form_field {
        "body" => "text",
        "body_language" => "text_language",
        "sub_agent" => "sub_agent_name",
        "first_wage" => "first_month_wage",
        "loan_interest" => "loan",
        f if f.starts_with("cost_") => "costs",
        f if f.starts_with("rating_") => "ratings",
        f => f,
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReviewCreated {
    /// The review's public id.
    id: String,
    /// Always `pending`: a moderator reads every review before it is published.
    status: &'static str,
    /// A signed-in worker's earlier review of this recruiter and year was replaced.
    replaced: bool,
    /// The review reports something the law may forbid (a fee charged, documents kept, a
    /// substituted contract, wages not as promised): a confidential complaint is possible.
    may_be_illegal: bool,
    /// When `may_be_illegal`: the complaint form prefilled with this review's facts, for two
    /// hours (the worker still confirms and chooses who may see it).
    complaint_form: Option<String>,
}

/// Reads a JSON body of at most [`BODY_MAX`] bytes.
pub(super) async fn json_body<T: serde::de::DeserializeOwned>(
    mut payload: web::Payload,
) -> Result<T, actix_web::Error> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > BODY_MAX {
            return Err(actix_web::error::PayloadError::Overflow.into());
        }
        body.extend_from_slice(&chunk);
    }
    serde_json::from_slice(&body)
        .map_err(|_| AppError::from(InputError::new("json", "error-review-json")).into())
}

/// Sends a review, anonymously or with a worker's bearer token. Anonymous reviews are
/// limited per client address (the address is not stored); a worker's second review of the
/// same recruiter and departure year replaces the first. Published after moderation.
#[utoipa::path(
    tag = "reviews",
    request_body = ReviewRequest,
    security((), ("bearer" = [])),
    responses(
        (status = 201, description = "Stored, pending moderation", body = ReviewCreated),
        (status = 400, description = "A field is invalid (`field` names it), an unknown field, or malformed JSON", body = ErrorBody),
        (status = 403, description = "Staff accounts do not write reviews", body = ErrorBody),
        (status = 404, description = "No such recruiter", body = ErrorBody),
        (status = 413, description = "Body over 256 KiB", body = ErrorBody),
        (status = 429, description = "Too many reviews from this address; see Retry-After", body = ErrorBody),
    )
)]
#[post("/reviews")]
pub async fn create_review(
    req: HttpRequest,
    MaybeUser(user): MaybeUser,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, actix_web::Error> {
    may_review(user.as_ref())?;
    let request: ReviewRequest = json_body(payload).await?;
    let (recruiter, draft) = request
        .draft(crate::clock::this_year())
        .map_err(AppError::from)?;
    let recruiter = recruiter.ok_or(AppError::NotFound)?;
    let client = session::client_key(&req, &auth);
    let sent = submit(&pool, &auth, user.as_ref(), &client, &recruiter, draft).await?;
    let complaint_form = sent.bridge.as_ref().map(|token| {
        format!(
            "/complaints/new?{}",
            serde_urlencoded::to_string([("review", token)]).unwrap_or_default()
        )
    });
    Ok(HttpResponse::Created().json(ReviewCreated {
        id: sent.public_id,
        status: "pending",
        replaced: sent.replaced,
        may_be_illegal: sent.bridge.is_some(),
        complaint_form,
    }))
}

/// A number shown only when it covers at least 5 reviews.
#[derive(Serialize, ToSchema)]
pub struct Metric {
    /// `null` when suppressed.
    value: Option<f64>,
    /// Fewer than 5 reviews answered: withheld so no worker can be singled out.
    suppressed: bool,
}

impl Metric {
    fn of(shown: Shown<f64>) -> Metric {
        Metric {
            value: shown.value(),
            suppressed: shown.value().is_none(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Dimensions {
    fees_honesty: Metric,
    job_truth: Metric,
    contract_documents: Metric,
    support_after_arrival: Metric,
}

/// Fractions from 0 to 1 of the reviews that answered.
#[derive(Serialize, ToSchema)]
pub struct Shares {
    /// Charged any recruitment fee or related cost.
    charged_any_fee: Metric,
    /// Passport or identity documents kept by anyone.
    documents_kept: Metric,
    contract_substituted: Metric,
    job_not_as_promised: Metric,
    would_use_again: Metric,
}

#[derive(Serialize, ToSchema)]
pub struct CostMedian {
    /// ISO 4217.
    currency: String,
    /// Median total cost, minor units; `null` when suppressed.
    value: Option<i64>,
    suppressed: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ScorecardBody {
    recruiter_id: String,
    /// Approved reviews.
    review_count: i64,
    /// Bayesian average of the overall rating: prior weight 5 at the mean of all approved
    /// reviews. `null` without reviews.
    rating_bayesian: Option<f64>,
    /// Plain mean of the overall rating.
    rating_mean: Metric,
    dimensions: Dimensions,
    shares: Shares,
    /// Per currency, the median of what workers paid in all.
    median_total_cost: Vec<CostMedian>,
    /// Median of each worker's total cost ÷ first-month net wage, in that worker's own
    /// currency (SDG 10.7.1 per recruiter): 2.5 means two and a half months of wages.
    median_cost_ratio: Metric,
}

async fn scorecard_of(pool: &Pool, id: PublicId) -> Result<Scorecard, AppError> {
    db::run(pool, move |conn| {
        let row_id = reviews::recruiter_id(conn, &id)?.ok_or(AppError::NotFound)?;
        let (kept, totals) = reviews::scorecard(conn, row_id)?;
        Ok(Scorecard::new(
            &kept.sums,
            &kept.cost_medians,
            kept.ratio_median_bp,
            totals,
        ))
    })
    .await
}

/// A recruiter's scorecard from its approved reviews.
#[utoipa::path(
    tag = "reviews",
    params(("id" = String, Path, description = "Public id of the recruiter")),
    responses(
        (status = 200, description = "The scorecard", body = ScorecardBody),
        (status = 404, description = "No such recruiter", body = ErrorBody),
    )
)]
#[get("/recruiters/{id}/scorecard")]
pub async fn scorecard(
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<web::Json<ScorecardBody>, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let card = scorecard_of(&pool, id.clone()).await?;
    let [fees, job, contract, support] = card.dimensions.map(Metric::of);
    let [charged, documents, substituted, job_not, again] = card.shares.map(Metric::of);
    Ok(web::Json(ScorecardBody {
        recruiter_id: id.to_string(),
        review_count: card.review_count,
        rating_bayesian: card.rating_bayesian,
        rating_mean: Metric::of(card.rating_mean),
        dimensions: Dimensions {
            fees_honesty: fees,
            job_truth: job,
            contract_documents: contract,
            support_after_arrival: support,
        },
        shares: Shares {
            charged_any_fee: charged,
            documents_kept: documents,
            contract_substituted: substituted,
            job_not_as_promised: job_not,
            would_use_again: again,
        },
        median_total_cost: card
            .cost_medians
            .iter()
            .map(|(currency, shown)| CostMedian {
                currency: currency.clone(),
                value: shown.value(),
                suppressed: shown.value().is_none(),
            })
            .collect(),
        median_cost_ratio: Metric::of(match card.ratio_median_bp {
            Shown::Value(bp) => Shown::Value(bp as f64 / 10_000.0),
            Shown::Suppressed => Shown::Suppressed,
        }),
    }))
}

/// Filters of the review list (all optional). Unknown parameters are refused.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; parsing is `ReviewListQuery::from_pairs`
struct ReviewListParams {
    /// Page number, 1 to 1000.
    #[param(minimum = 1, maximum = 1000)]
    page: Option<i64>,
    /// Reviews per page, 1 to 100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<i64>,
    /// Only reviews written in this language: `en`, `ne`, `ar`, `ur`, `bn`, `hi`, `fil`,
    /// `id`, `my` or `other`.
    #[param(pattern = "^(en|ne|ar|ur|bn|hi|fil|id|my|other)?$")]
    language: Option<String>,
    /// Language of error messages.
    lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PublicReviewBody {
    id: String,
    /// The day only (midnight UTC): no review keeps its time of day.
    created_at: DateTime<Utc>,
    /// ISO 3166-1 alpha-2.
    origin: String,
    destination: String,
    departure_year: i32,
    rating_overall: i16,
    would_use_again: Option<bool>,
    /// As the worker wrote it, with personal data redacted by a moderator. Render it
    /// escaped.
    text: Option<String>,
    text_language: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ReviewPage {
    items: Vec<PublicReviewBody>,
    page: i64,
    per_page: i64,
    has_more: bool,
}

/// A recruiter's approved reviews, newest first, without names.
#[utoipa::path(
    tag = "reviews",
    params(("id" = String, Path, description = "Public id of the recruiter"), ReviewListParams),
    responses(
        (status = 200, description = "A page of reviews", body = ReviewPage),
        (status = 400, description = "A parameter is invalid", body = ErrorBody),
        (status = 404, description = "No such recruiter", body = ErrorBody),
    )
)]
#[get("/recruiters/{id}/reviews")]
pub async fn list_reviews(
    req: HttpRequest,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<web::Json<ReviewPage>, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let query = ReviewListQuery::from_pairs(&pairs, true)?;
    let wanted = query.clone();
    let (rows, has_more) = db::run(&pool, move |conn| {
        let row_id = reviews::recruiter_id(conn, &id)?.ok_or(AppError::NotFound)?;
        Ok(reviews::public_page(
            conn,
            row_id,
            wanted.language.as_deref(),
            wanted.page,
            wanted.per_page,
        )?)
    })
    .await?;
    Ok(web::Json(ReviewPage {
        items: rows
            .into_iter()
            .map(|r| PublicReviewBody {
                id: r.public_id,
                created_at: r.created_at.and_utc(),
                origin: r.origin,
                destination: r.destination,
                departure_year: r.departure_year,
                rating_overall: r.rating_overall,
                would_use_again: r.would_use_again,
                text: r.body,
                text_language: r.body_language,
            })
            .collect(),
        page: query.page,
        per_page: query.per_page,
        has_more,
    }))
}
