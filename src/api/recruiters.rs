//! `GET /api/v1/recruiters` and `GET /api/v1/recruiters/{id}`.

use actix_web::{HttpRequest, get, web};
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};

use crate::db::recruiters::{self, RecruiterListRow};
use crate::db::{self, Pool};
use crate::domain::recruiter::{LicenceStatus, PublicId, RecruiterSearch};
use crate::error::AppError;
use crate::error::ErrorBody;

/// Search filters (all optional). Unknown parameters are refused.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; parsing is `RecruiterSearch::from_pairs`
struct SearchParams {
    /// Name or licence number; case-, accent- and Unicode-insensitive, at most 200 characters.
    #[param(max_length = 200)]
    q: Option<String>,
    /// ISO 3166-1 alpha-2 code of the licensing country (empty: any).
    #[param(pattern = "^([A-Za-z]{2})?$")]
    country: Option<String>,
    /// ISO 3166-1 alpha-2 code of a destination served (empty: any).
    #[param(pattern = "^([A-Za-z]{2})?$")]
    destination: Option<String>,
    /// `active`, `suspended`, `revoked` or `expired` (empty: any).
    #[param(pattern = "^(active|suspended|revoked|expired)?$")]
    status: Option<String>,
    /// Page number, 1 to 500.
    #[param(minimum = 1, maximum = 500)]
    page: Option<i64>,
    /// Results per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<i64>,
    /// Language of error messages: `en`, `ne`, `ar`, `ur`, `bn`, `hi`, `fil`, `id` or `my`.
    lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RecruiterSummary {
    /// Public id: 12 random characters.
    id: String,
    name: String,
    licence_number: Option<String>,
    /// ISO 3166-1 alpha-2.
    licensing_country: Option<String>,
    licence_status: Option<LicenceStatus>,
    /// ISO 3166-1 alpha-2 codes.
    destinations: Vec<String>,
    /// An unlicensed middleman named by workers.
    is_sub_agent: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RecruiterPage {
    items: Vec<RecruiterSummary>,
    page: i64,
    per_page: i64,
    /// Whether a next page exists.
    has_more: bool,
}

#[derive(Serialize, ToSchema)]
pub struct LicenceEvent {
    status: LicenceStatus,
    /// When the change was recorded (UTC).
    recorded_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct RecruiterDetail {
    #[serde(flatten)]
    summary: RecruiterSummary,
    address: Option<String>,
    /// Newest first.
    licence_history: Vec<LicenceEvent>,
}

fn status(value: Option<&str>) -> Option<LicenceStatus> {
    value.and_then(|s| s.parse().ok())
}

fn summary(row: RecruiterListRow, destinations: Vec<String>) -> RecruiterSummary {
    RecruiterSummary {
        id: row.public_id,
        name: row.name,
        licence_number: row.licence_number,
        licensing_country: row.licensing_country,
        licence_status: status(row.licence_status.as_deref()),
        destinations,
        is_sub_agent: row.is_sub_agent,
    }
}

/// Search the recruiter directory.
#[utoipa::path(
    tag = "recruiters",
    params(SearchParams),
    responses(
        (status = 200, description = "A page of recruiters, sorted by name", body = RecruiterPage),
        (status = 400, description = "A parameter is invalid", body = ErrorBody),
        (status = 503, description = "The database is unavailable", body = ErrorBody),
    )
)]
#[get("/recruiters")]
pub async fn list_recruiters(
    req: HttpRequest,
    pool: web::Data<Pool>,
) -> Result<web::Json<RecruiterPage>, AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let search = RecruiterSearch::from_pairs(&pairs, true)?;
    let (page, per_page) = (search.page, search.per_page);
    let result = db::run(&pool, move |conn| Ok(recruiters::search(conn, &search)?)).await?;
    Ok(web::Json(RecruiterPage {
        items: result
            .items
            .into_iter()
            .map(|(row, d)| summary(row, d))
            .collect(),
        page,
        per_page,
        has_more: result.has_more,
    }))
}

/// One recruiter, with its licence history.
#[utoipa::path(
    tag = "recruiters",
    params(("id" = String, Path, description = "Public id")),
    responses(
        (status = 200, description = "The recruiter", body = RecruiterDetail),
        (status = 404, description = "No such recruiter", body = ErrorBody),
        (status = 503, description = "The database is unavailable", body = ErrorBody),
    )
)]
#[get("/recruiters/{id}")]
pub async fn get_recruiter(
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<web::Json<RecruiterDetail>, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let profile = db::run(&pool, move |conn| {
        recruiters::profile(conn, &id)?.ok_or(AppError::NotFound)
    })
    .await?;
    let licence_history = profile
        .history
        .into_iter()
        .filter_map(|e| {
            Some(LicenceEvent {
                status: e.status.parse().ok()?,
                recorded_at: e.recorded_at.and_utc(),
            })
        })
        .collect();
    Ok(web::Json(RecruiterDetail {
        summary: summary(profile.recruiter, profile.destinations),
        address: profile.address,
        licence_history,
    }))
}
