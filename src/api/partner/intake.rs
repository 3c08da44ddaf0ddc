//! A partner files for workers and follows what it filed: complaints under its own reference,
//! reviews, the status without the receipt, and the conversation with it.

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::complaints::{ComplaintRequest, TrackedComplaint, TrackedReferral};
use crate::api::reviews::ReviewRequest;
use crate::app::complaints as filing;
use crate::app::partner as partners;
use crate::auth::AuthState;
use crate::auth::partner::Partner;
use crate::db::Pool;
use crate::domain::complaint::Filer;
use crate::domain::partner::{self, Attestation, IntakeChannel};
use crate::error::{AppError, ErrorBody, InputError};

/// What the worker agreed to, as the partner attests it. What the worker agreed to share is
/// the complaint's own `share_with` and `contact_with` (stored with the attestation).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttestationJson {
    /// The language the consent was asked in: one of the service's locale codes (`ne`, `ar`…).
    #[schema(max_length = 8)]
    language: String,
    /// Where the worker spoke to the partner.
    #[schema(value_type = IntakeChannel)]
    channel: String,
    /// When the worker agreed (RFC 3339, e.g. `2026-12-04T09:30:00+05:45`): not in the
    /// future, at most 30 days ago.
    consented_at: String,
}

impl AttestationJson {
    fn parse(&self) -> Result<Attestation, InputError> {
        Attestation::parse(
            &self.language,
            &self.channel,
            &self.consented_at,
            crate::clock::now(),
        )
    }
}

/// A complaint a partner files for a worker.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerComplaintRequest {
    /// The partner's own reference for this conversation (1 to 100 visible ASCII
    /// characters, unique among the partner's complaints): the status, the conversation and
    /// every webhook name the complaint by it.
    #[schema(min_length = 1, max_length = 100)]
    partner_reference: String,
    attestation: AttestationJson,
    /// The complaint, as `POST /api/v1/complaints` takes it (`contact_preference` may not be
    /// `account`: nobody is signed in).
    complaint: ComplaintRequest,
}

#[derive(Serialize, ToSchema)]
pub struct PartnerComplaintFiled {
    /// 16 digits grouped by four: give it to the worker. Shown in this answer only (stored as a
    /// hash); the conversation routes need it.
    receipt: String,
    partner_reference: String,
    /// How many organisations received the complaint (0: it waits for an administrator).
    referrals: usize,
    /// The complaint's status, for this key.
    status: String,
}

fn status_link(reference: &str) -> String {
    format!(
        "/api/v1/partner/complaints/{}",
        crate::db::webhooks::encode_segment(reference)
    )
}

/// Files a complaint for a worker, with the consent the worker gave the partner; routed as
/// any complaint. Retry with the same `Idempotency-Key` to get the same receipt.
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    request_body = PartnerComplaintRequest,
    responses(
        (status = 201, description = "Stored and routed; the receipt, once", body = PartnerComplaintFiled),
        (status = 400, description = "A field of the complaint or the attestation is missing or invalid (`field` names it), or unknown", body = ErrorBody),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 409, description = "The partner already filed a complaint under this reference (or an Idempotency-Key reused with another body)", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[post("/complaints")]
pub async fn file_complaint(
    partner: Partner,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, actix_web::Error> {
    let body: PartnerComplaintRequest = super::json(payload).await?;
    let reference = partner::parse_reference(&body.partner_reference).map_err(AppError::from)?;
    let attestation = body.attestation.parse().map_err(AppError::from)?;
    let draft = body
        .complaint
        .input()
        .and_then(|input| input.parse(Filer::Anonymous, crate::clock::this_year()))
        .map_err(AppError::from)?;
    let filing =
        partners::file_complaint(&pool, &auth, partner, reference.clone(), attestation, draft)
            .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .insert_header(("Location", status_link(&reference)))
        .json(PartnerComplaintFiled {
            receipt: filing.receipt.grouped(),
            status: status_link(&reference),
            partner_reference: reference,
            referrals: filing.filed.referrals,
        }))
}

/// A review a partner collected from a worker.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerReviewRequest {
    attestation: AttestationJson,
    /// The review, as `POST /api/v1/reviews` takes it.
    review: ReviewRequest,
}

#[derive(Serialize, ToSchema)]
pub struct PartnerReviewFiled {
    /// The review's public id.
    id: String,
    /// Always `pending`: a moderator reads every review (and sees it came from this partner)
    /// before it is published.
    status: &'static str,
}

/// Sends a review a worker gave the partner; stored pending moderation, marked as collected
/// by the partner.
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    request_body = PartnerReviewRequest,
    responses(
        (status = 201, description = "Stored, pending moderation", body = PartnerReviewFiled),
        (status = 400, description = "A field of the review or the attestation is invalid (`field` names it), or unknown", body = ErrorBody),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 404, description = "No such recruiter", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[post("/reviews")]
pub async fn file_review(
    partner: Partner,
    payload: web::Payload,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, actix_web::Error> {
    let body: PartnerReviewRequest = super::json(payload).await?;
    let attestation = body.attestation.parse().map_err(AppError::from)?;
    let (recruiter, draft) = body
        .review
        .draft(crate::clock::this_year())
        .map_err(AppError::from)?;
    let recruiter = recruiter.ok_or(AppError::NotFound)?;
    let id = partners::file_review(&pool, partner, recruiter, attestation, draft).await?;
    Ok(HttpResponse::Created().json(PartnerReviewFiled {
        id,
        status: "pending",
    }))
}

#[derive(Serialize, ToSchema)]
pub struct PartnerComplaintStatus {
    partner_reference: String,
    received_on: String,
    withdrawn: bool,
    /// Each organisation the complaint reached and where its referral stands.
    referrals: Vec<TrackedReferral>,
    /// How many messages the organisations wrote to the worker (read them, with the
    /// receipt, at `…/conversation`).
    messages_to_worker: usize,
}

/// Where a complaint the partner filed stands: its referrals and their states, never the
/// worker's words (those open only with the receipt). Another partner's reference is a 404.
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    params(("reference" = String, Path, description = "The partner's reference")),
    responses(
        (status = 200, description = "The status", body = PartnerComplaintStatus),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 404, description = "This partner filed no complaint under this reference", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[get("/complaints/{reference}")]
pub async fn complaint_status(
    partner: Partner,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, actix_web::Error> {
    let reference = path.into_inner();
    let tracked = partners::status(&pool, partner, reference.clone()).await?;
    let messages_to_worker = tracked.messages.iter().filter(|m| !m.from_worker).count();
    let TrackedComplaint {
        received_on,
        withdrawn,
        referrals,
        ..
    } = TrackedComplaint::of(tracked);
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(PartnerComplaintStatus {
            partner_reference: reference,
            received_on,
            withdrawn,
            referrals,
            messages_to_worker,
        }))
}

/// The worker's receipt, for the conversation.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConversationRequest {
    #[schema(max_length = 64)]
    receipt: String,
}

/// The complaint as the worker reads it, opened with the worker's receipt: the
/// organisations' messages to the worker and the worker's answers, to relay in the chat.
/// Reads only (no `Idempotency-Key`). A receipt of another complaint is refused as unknown.
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    params(("reference" = String, Path, description = "The partner's reference")),
    request_body = ConversationRequest,
    responses(
        (status = 200, description = "The complaint, its referrals and messages", body = TrackedComplaint),
        (status = 400, description = "Not a 16-digit receipt, or not this complaint's", body = ErrorBody),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 404, description = "This partner filed no complaint under this reference", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[post("/complaints/{reference}/conversation")]
pub async fn complaint_conversation(
    partner: Partner,
    path: web::Path<String>,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, actix_web::Error> {
    let body: ConversationRequest = super::json(payload).await?;
    let found = partners::open(&pool, &auth, partner, path.into_inner(), &body.receipt).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(TrackedComplaint::of(found.tracked)))
}

/// The worker's answer, relayed by the partner.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerMessageRequest {
    #[schema(max_length = 64)]
    receipt: String,
    /// One of the complaint's referrals (from the status or the conversation).
    referral: i64,
    /// The worker's words.
    #[schema(min_length = 1, max_length = 4000)]
    body: String,
}

/// Sends the worker's answer to a question (or more information) on one of the complaint's
/// referrals, with the worker's receipt; a referral waiting for the worker goes back to
/// `investigating`, as when the worker answers on the site.
#[utoipa::path(
    tag = "partner",
    security(("partner_key" = [])),
    params(("reference" = String, Path, description = "The partner's reference")),
    request_body = PartnerMessageRequest,
    responses(
        (status = 204, description = "Sent"),
        (status = 400, description = "Invalid text, a receipt not this complaint's, or not one of its open referrals", body = ErrorBody),
        (status = 401, description = "Unknown, revoked, expired or malformed key", body = ErrorBody),
        (status = 404, description = "This partner filed no complaint under this reference", body = ErrorBody),
        (status = 429, description = "Too many requests with this key; see Retry-After", body = ErrorBody),
    )
)]
#[post("/complaints/{reference}/messages")]
pub async fn complaint_message(
    partner: Partner,
    path: web::Path<String>,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, actix_web::Error> {
    let body: PartnerMessageRequest = super::json(payload).await?;
    let found = partners::open(&pool, &auth, partner, path.into_inner(), &body.receipt).await?;
    filing::answer(&pool, &found, body.referral, &body.body).await?;
    Ok(HttpResponse::NoContent().finish())
}
