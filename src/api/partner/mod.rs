//! The intake partner's API under `/api/v1/partner` (issue 18), with a partner key
//! (`Authorization: Bearer frp_…`, `auth::partner`): file complaints and reviews for workers
//! with their attested consent, read the status of what it filed, carry the conversation
//! with the worker's receipt, and set its status-webhook endpoint. Every request a key made
//! is audited (the route and the answer's status, never the content); keys are throttled
//! one by one. A partner key anywhere else is a 403, a staff token here a 401.

mod intake;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse, delete, get, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::AuthState;
use crate::auth::partner::Partner;
use crate::db::accounts::{AuditEvent, Outcome};
use crate::db::{self, Pool};
use crate::error::{AppError, ErrorBody};
use crate::notify::webhook::Settings;

pub use intake::{
    complaint_conversation, complaint_message, complaint_status, file_complaint, file_review,
};

/// The audit event of each request a partner key made.
pub const AUDIT_EVENT: &str = "partner_api";

/// Records every request a valid partner key made, after its answer: which key, the route
/// (its pattern, so no reference or receipt is written), the method and the status. The
/// answer is not held back if the record fails (what was filed is already committed); the
/// failure is logged.
pub async fn audit(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let pool = req.app_data::<web::Data<Pool>>().cloned();
    let route = format!(
        "{} {}",
        req.method(),
        req.match_pattern().unwrap_or_else(|| "?".into())
    );
    let response = next.call(req).await?;
    let partner = response.request().extensions().get::<Partner>().copied();
    if let (Some(partner), Some(pool)) = (partner, pool) {
        let status = response.status();
        let outcome = if status.is_success() {
            Outcome::Success
        } else if status.is_client_error() {
            Outcome::Refused
        } else {
            Outcome::Failure
        };
        let event = AuditEvent::new(AUDIT_EVENT, outcome)
            .organisation(partner.organisation_id)
            .detail(format!(
                "key={} {route} {}",
                partner.key_id,
                status.as_u16()
            ));
        if let Err(e) = crate::auth::session::audit(&pool, event).await {
            tracing::error!(error = %e, key = partner.key_id, "a partner request was not audited");
        }
    }
    Ok(response)
}

/// Largest JSON body a partner route reads.
const BODY_MAX: usize = 64 * 1024;

/// Reads a JSON body of at most [`BODY_MAX`] bytes, once the key was checked: actix extracts
/// a handler's arguments together, so a `web::Json` argument could answer a malformed body's
/// 400 before an unknown key's 401. Malformed JSON, a missing field or an unknown one is the
/// API's usual 400 on `json`; a larger body a 413.
async fn json<T: serde::de::DeserializeOwned>(
    mut payload: web::Payload,
) -> Result<T, actix_web::Error> {
    use futures_util::StreamExt;
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > BODY_MAX {
            return Err(actix_web::error::PayloadError::Overflow.into());
        }
        body.extend_from_slice(&chunk);
    }
    serde_json::from_slice(&body).map_err(|_| {
        AppError::from(crate::error::InputError::new("json", "error-invalid-input")).into()
    })
}

/// The partner's status-webhook endpoint.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookRequest {
    /// `https://…` (a public address: private, loopback and link-local addresses are refused,
    /// when saved and again at each delivery).
    #[schema(max_length = 2000)]
    url: String,
    /// Make a new signing secret (the old one stops at once). The first save always makes one.
    #[serde(default)]
    rotate_secret: bool,
}

#[derive(Serialize, ToSchema)]
pub struct WebhookEndpoint {
    /// The URL as stored; `null` when none is set.
    url: Option<String>,
    /// The signing secret, shown in this answer only (on the first save or a rotation).
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
}

/// The partner's webhook endpoint, if set (never its secret).
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    responses(
        (status = 200, description = "The endpoint", body = WebhookEndpoint),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[get("/webhook")]
pub async fn get_webhook(
    partner: Partner,
    pool: web::Data<Pool>,
) -> Result<web::Json<WebhookEndpoint>, AppError> {
    let organisation = partner.organisation_id;
    let endpoint = db::run(&pool, move |conn| {
        Ok(crate::db::webhooks::endpoint(conn, organisation)?)
    })
    .await?;
    Ok(web::Json(WebhookEndpoint {
        url: endpoint.map(|e| e.url),
        secret: None,
    }))
}

/// Sets the endpoint signed status notifications are sent to (see the README's "Status
/// webhooks to intake partners" for the body and the signature). The URL is checked, and
/// every address its host resolves to, before anything is stored.
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    request_body = WebhookRequest,
    responses(
        (status = 200, description = "Stored; the secret when one was made", body = WebhookEndpoint),
        (status = 400, description = "Not an https URL, or its host resolves to a private or loopback address", body = ErrorBody),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[put("/webhook")]
pub async fn put_webhook(
    partner: Partner,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
    settings: web::Data<Settings>,
) -> Result<HttpResponse, actix_web::Error> {
    let body: WebhookRequest = json(payload).await?;
    let saved = crate::app::webhooks::set_endpoint(
        &pool,
        partner.organisation_id,
        ("url", &body.url),
        body.rotate_secret,
        **settings,
        auth.keys.webhook_keys(),
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(WebhookEndpoint {
            url: Some(saved.url),
            secret: saved.secret,
        }))
}

/// Removes the endpoint; notifications still waiting for it are dropped.
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    responses(
        (status = 204, description = "Removed (or none was set)"),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[delete("/webhook")]
pub async fn delete_webhook(
    partner: Partner,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    crate::app::webhooks::remove_endpoint(&pool, partner.organisation_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
