//! `GET /api/v1/reports/recruiters`, `/reports/corridors` and `/reports/justice`: the
//! aggregated reports as JSON. Public; a suppressed figure is `null`, exactly where the page
//! says "fewer than 5" and the CSV has an empty cell.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, get, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};

use crate::clock;
use crate::db::{self, Pool};
use crate::domain::costs::CostCategory;
use crate::domain::report::{Breakdown, RANKING_PAGE_SIZE, Report, ReportQuery};
use crate::error::AppError;
use crate::error::ErrorBody;

fn query_of(req: &HttpRequest, report: Report) -> Result<ReportQuery, AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    Ok(ReportQuery::from_pairs(
        report,
        &pairs,
        false,
        clock::this_year(),
    )?)
}

/// The one finer cut the figures are for.
#[derive(Serialize, ToSchema)]
pub struct BreakdownBody {
    /// `all`, `destination`, `sector`, `year` or (corridors only) `gender`.
    kind: &'static str,
    /// The destination (ISO 3166-1 alpha-2), sector, year or gender; empty for `all`.
    value: String,
}

impl BreakdownBody {
    fn of(b: &Breakdown) -> BreakdownBody {
        let (kind, value) = b.key();
        BreakdownBody { kind, value }
    }
}

fn utc(at: Option<chrono::NaiveDateTime>) -> Option<DateTime<Utc>> {
    at.map(|a| a.and_utc())
}

// ---------------------------------------------------------------------------------------

/// Ranking filters (all optional; at most one of destination, sector and year).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; parsing is `ReportQuery::from_pairs`
struct RankingParams {
    /// Licensing country, ISO 3166-1 alpha-2.
    country: Option<String>,
    /// Destination, ISO 3166-1 alpha-2.
    destination: Option<String>,
    /// A sector word (`construction`, `domestic_work`, …).
    sector: Option<String>,
    /// Year of departure, 1970 to next year.
    year: Option<i32>,
    /// `rating` (default), `fees`, `cost`, `open` or `resolved`.
    #[param(pattern = "^(rating|fees|cost|open|resolved)?$")]
    sort: Option<String>,
    /// `desc` (default: highest first) or `asc`.
    #[param(pattern = "^(asc|desc)?$")]
    order: Option<String>,
    /// Page number, 1 to 1000; 50 rows a page.
    #[param(minimum = 1, maximum = 1000)]
    page: Option<i64>,
    /// Language of error messages.
    lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RankingItem {
    rank: i64,
    /// Public id of the recruiter.
    id: String,
    name: String,
    /// ISO 3166-1 alpha-2; empty for an unlicensed sub-agent.
    licensing_country: String,
    /// Approved reviews; null when fewer than 5 (then not ranked on review measures).
    reviews: Option<i64>,
    /// Bayesian rating in thousandths of a star (4,111 = 4.111 stars).
    rating_bayesian_milli: Option<i64>,
    /// Share of reviewers charged any fee or cost, basis points (10,000 = 100 %).
    charged_share_bp: Option<i64>,
    /// Median of cost ÷ first-month wage, basis points of a month (10,000 = one month).
    cost_ratio_median_bp: Option<i64>,
    /// Open complaints, rounded to the nearest 5; null when fewer than 5.
    complaints_open: Option<i64>,
    /// Resolved complaints, rounded to the nearest 5; null when fewer than 5.
    complaints_resolved: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct RankingReport {
    /// The publication the figures are from (null before the first): they change once a
    /// week, Monday 00:00 UTC, from what was filed before it.
    refreshed_at: Option<DateTime<Utc>>,
    breakdown: BreakdownBody,
    sort: &'static str,
    order: &'static str,
    items: Vec<RankingItem>,
    page: i64,
    has_more: bool,
}

/// Recruiter rankings.
#[utoipa::path(
    tag = "reports",
    params(RankingParams),
    responses(
        (status = 200, description = "A page of ranked recruiters", body = RankingReport),
        (status = 400, description = "A parameter is invalid", body = ErrorBody),
        (status = 503, description = "The database is unavailable", body = ErrorBody),
    )
)]
#[get("/reports/recruiters")]
pub async fn rankings(
    req: HttpRequest,
    pool: web::Data<Pool>,
) -> Result<web::Json<RankingReport>, AppError> {
    let query = query_of(&req, Report::Rankings)?;
    let q = query.clone();
    let (at, (rows, has_more)) = db::run(&pool, move |conn| {
        Ok((
            db::reports::refreshed_at(conn)?,
            db::reports::rankings(conn, &q, RANKING_PAGE_SIZE)?,
        ))
    })
    .await?;
    let first = (query.page - 1) * RANKING_PAGE_SIZE + 1;
    Ok(web::Json(RankingReport {
        refreshed_at: utc(at),
        breakdown: BreakdownBody::of(&query.breakdown),
        sort: query.sort.as_str(),
        order: if query.descending { "desc" } else { "asc" },
        items: rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| RankingItem {
                rank: first + i as i64,
                id: r.public_id,
                name: r.name,
                licensing_country: r.licensing_country,
                reviews: r.reviews,
                rating_bayesian_milli: r.rating_milli,
                charged_share_bp: r.charged_share_bp,
                cost_ratio_median_bp: r.ratio_median_bp,
                complaints_open: r.complaints_open,
                complaints_resolved: r.complaints_resolved,
            })
            .collect(),
        page: query.page,
        has_more,
    }))
}

// ---------------------------------------------------------------------------------------

/// Corridor filters (optional; at most one).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; parsing is `ReportQuery::from_pairs`
struct CorridorParams {
    /// A sector word (`construction`, `domestic_work`, …).
    sector: Option<String>,
    /// Year of departure, 1970 to next year.
    year: Option<i32>,
    /// `woman`, `man` or `another` (an optional answer of the worker; workers who did not
    /// say are in no gender cell, and are counted as such when cells are suppressed).
    #[param(value_type = Option<crate::domain::review::Gender>)]
    gender: Option<String>,
    /// Language of error messages.
    lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CorridorItem {
    /// ISO 3166-1 alpha-2.
    origin: String,
    destination: String,
    /// Workers (approved reviews) in the cell: always 5 or more.
    workers: i64,
    /// Workers whose ratio is defined (a cost and a first wage above zero, same currency).
    workers_with_ratio: Option<i64>,
    /// Mean of each worker's own ratio: the mean over workers of (cost ÷ first full month's
    /// wage), basis points of a month (10,000 = one month's wage).
    cost_ratio_mean_bp: Option<i64>,
    /// Median of each worker's own ratio (cost ÷ first full month's wage), basis points of a
    /// month.
    cost_ratio_median_bp: Option<i64>,
    /// Workers in the ratio of averages: a cost and a first month's wage given, in a
    /// currency with an exchange rate for their year of departure (or US dollars).
    sdg_workers: Option<i64>,
    /// SDG 10.7.1 as national statistics offices publish it (ILO & World Bank/KNOMAD
    /// guidelines, 2019): the average cost ÷ the average first month's earnings over
    /// `sdg_workers`, both in US dollars, basis points of a month (176,000 = 17.6 months).
    sdg_ratio_of_averages_bp: Option<i64>,
    /// The average cost over `sdg_workers`, US cents.
    sdg_cost_mean_usd_cents: Option<i64>,
    /// The average first month's earnings over `sdg_workers`, US cents.
    sdg_earnings_mean_usd_cents: Option<i64>,
    /// Share who paid any fee or cost, basis points.
    paid_any_fee_bp: Option<i64>,
    /// Workers whose cost was converted to US dollars.
    workers_with_usd: Option<i64>,
    /// Mean cost in US cents over those workers.
    cost_mean_usd_cents: Option<i64>,
    /// Workers left out of dollar figures: no rate for their currency and year.
    workers_without_rate: Option<i64>,
    /// Share who paid each ILO cost category, basis points.
    #[schema(value_type = BTreeMap<String, Option<i64>>)]
    categories: BTreeMap<&'static str, Option<i64>>,
}

#[derive(Serialize, ToSchema)]
pub struct CorridorReport {
    refreshed_at: Option<DateTime<Utc>>,
    breakdown: BreakdownBody,
    items: Vec<CorridorItem>,
}

/// SDG indicator 10.7.1 by corridor.
#[utoipa::path(
    tag = "reports",
    params(CorridorParams),
    responses(
        (status = 200, description = "Every corridor with enough workers", body = CorridorReport),
        (status = 400, description = "A parameter is invalid", body = ErrorBody),
        (status = 503, description = "The database is unavailable", body = ErrorBody),
    )
)]
#[get("/reports/corridors")]
pub async fn corridors(
    req: HttpRequest,
    pool: web::Data<Pool>,
) -> Result<web::Json<CorridorReport>, AppError> {
    let query = query_of(&req, Report::Corridors)?;
    let b = query.breakdown.clone();
    let (at, rows) = db::run(&pool, move |conn| {
        Ok((
            db::reports::refreshed_at(conn)?,
            db::reports::corridors(conn, &b)?,
        ))
    })
    .await?;
    Ok(web::Json(CorridorReport {
        refreshed_at: utc(at),
        breakdown: BreakdownBody::of(&query.breakdown),
        items: rows
            .into_iter()
            .map(|r| CorridorItem {
                categories: CostCategory::ALL
                    .iter()
                    .zip(r.category_share_bp.iter().chain(std::iter::repeat(&None)))
                    .map(|(c, v)| (c.as_str(), *v))
                    .collect(),
                origin: r.origin,
                destination: r.destination,
                workers: r.workers,
                workers_with_ratio: r.ratio_workers,
                cost_ratio_mean_bp: r.ratio_mean_bp,
                cost_ratio_median_bp: r.ratio_median_bp,
                sdg_workers: r.sdg.workers,
                sdg_ratio_of_averages_bp: r.sdg.ratio_bp,
                sdg_cost_mean_usd_cents: r.sdg.cost_mean_cents,
                sdg_earnings_mean_usd_cents: r.sdg.earnings_mean_cents,
                paid_any_fee_bp: r.fee_share_bp,
                workers_with_usd: r.usd_workers,
                cost_mean_usd_cents: r.usd_mean_cents,
                workers_without_rate: r.usd_missing,
            })
            .collect(),
    }))
}

// ---------------------------------------------------------------------------------------

/// Only the language of error messages.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct JusticeParams {
    lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CorridorCount {
    origin: String,
    destination: String,
    complaints: i64,
}

#[derive(Serialize, ToSchema)]
pub struct MoneyRecovered {
    /// ISO 4217.
    currency: String,
    /// Minor units.
    amount_minor: i64,
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationRecord {
    name: String,
    /// `labour_inspectorate`, `origin_authority`, `trade_union` or `legal_aid`.
    kind: String,
    /// Referrals received, rounded to the nearest 5: always 5 or more.
    referrals: i64,
    /// Share acknowledged within the organisation's deadline, basis points, of those
    /// acknowledged or past their deadline.
    acknowledged_in_time_bp: Option<i64>,
    acknowledge_median_days: Option<i64>,
    resolve_median_days: Option<i64>,
    resolved_share_bp: Option<i64>,
    documents_returned: Option<i64>,
    licence_actions: Option<i64>,
    /// Per currency with 5 or more referrals that recovered money in it.
    money_recovered: Vec<MoneyRecovered>,
}

#[derive(Serialize, ToSchema)]
pub struct JusticeReport {
    /// The publication: figures change once a week, from what was filed before this moment.
    refreshed_at: Option<DateTime<Utc>>,
    total_complaints: Option<i64>,
    /// The 11 ILO indicators of forced labour: complaints citing each (counts of complaints
    /// and referrals are rounded to the nearest 5; null: fewer than 5).
    #[schema(value_type = BTreeMap<String, Option<i64>>)]
    indicators: BTreeMap<String, Option<i64>>,
    /// Recruitment abuses: complaints citing each.
    #[schema(value_type = BTreeMap<String, Option<i64>>)]
    abuses: BTreeMap<String, Option<i64>>,
    corridors: Vec<CorridorCount>,
    organisations: Vec<OrganisationRecord>,
}

/// Access to justice: complaints and how organisations answer them.
#[utoipa::path(
    tag = "reports",
    params(JusticeParams),
    responses(
        (status = 200, description = "The access-to-justice report", body = JusticeReport),
        (status = 400, description = "A parameter is invalid", body = ErrorBody),
        (status = 503, description = "The database is unavailable", body = ErrorBody),
    )
)]
#[get("/reports/justice")]
pub async fn justice(
    req: HttpRequest,
    pool: web::Data<Pool>,
) -> Result<web::Json<JusticeReport>, AppError> {
    query_of(&req, Report::Justice)?;
    let (at, counts, orgs) = db::run(&pool, move |conn| {
        Ok((
            db::reports::refreshed_at(conn)?,
            db::reports::justice_counts(conn)?,
            db::reports::justice_organisations(conn)?,
        ))
    })
    .await?;
    let of_kind = |kind: &str| -> BTreeMap<String, Option<i64>> {
        counts
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| (c.item.clone(), c.complaints))
            .collect()
    };
    Ok(web::Json(JusticeReport {
        refreshed_at: utc(at),
        total_complaints: counts
            .iter()
            .find(|c| c.kind == "total")
            .and_then(|c| c.complaints),
        indicators: of_kind("indicator"),
        abuses: of_kind("abuse"),
        corridors: counts
            .iter()
            .filter(|c| c.kind == "corridor")
            .filter_map(|c| {
                let (origin, destination) = c.item.split_once('-')?;
                Some(CorridorCount {
                    origin: origin.to_owned(),
                    destination: destination.to_owned(),
                    complaints: c.complaints?,
                })
            })
            .collect(),
        organisations: orgs
            .into_iter()
            .map(|(name, kind, o)| OrganisationRecord {
                name,
                kind,
                referrals: o.referrals,
                acknowledged_in_time_bp: o.acknowledged_in_time_bp,
                acknowledge_median_days: o.acknowledge_median_days,
                resolve_median_days: o.resolve_median_days,
                resolved_share_bp: o.resolved_share_bp,
                documents_returned: o.documents_returned,
                licence_actions: o.licence_actions,
                money_recovered: o
                    .money_recovered
                    .into_iter()
                    .map(|(currency, amount_minor)| MoneyRecovered {
                        currency,
                        amount_minor,
                    })
                    .collect(),
            })
            .collect(),
    }))
}
