//! Complaints over JSON: `POST /api/v1/complaints` (the receipt is in this answer only),
//! `POST /api/v1/track` (the receipt in the body, never the address), and the staff's queue,
//! case and actions with a bearer token.

use actix_web::{FromRequest, HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::casework::{self, Staff, referral_id};
use crate::app::complaints::{self as filing, filer_of, is_unknown_receipt};
use crate::auth::{AuthState, MaybeUser, SignedIn, session};
use crate::clock::day;
use crate::db::Pool;
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::{
    ActionInput, CloseReason, ComplaintInput, Issue, Money, Priority, ReferralStatus, Remedy,
    RemedyObtained, split_words,
};
use crate::domain::costs::{self, CostCategory, Lender, VisaType};
use crate::error::{AppError, ErrorBody, InputError};
use crate::evidence::Evidence;

/// An amount as a decimal string (never a float) and its ISO 4217 code.
#[derive(Deserialize, Serialize, ToSchema, Clone)]
#[serde(deny_unknown_fields)]
pub struct MoneyJson {
    /// Decimal digits with at most the currency's minor digits, e.g. `"1500.50"`.
    #[schema(max_length = 20, pattern = "^[0-9][0-9,]*(\\.[0-9]{1,3})?$")]
    amount: String,
    /// ISO 4217, e.g. `QAR`.
    #[schema(min_length = 3, max_length = 3)]
    currency: String,
}

impl MoneyJson {
    fn of(money: Money) -> MoneyJson {
        MoneyJson {
            amount: money.amount_text(),
            currency: money.currency.as_str().to_owned(),
        }
    }
}

/// A complaint. Only `recruiter` (or `sub_agent_name`), `origin`, `destination` and
/// `share_with` are required (the schema marks the last three; one of the first two must be
/// given). Unknown fields are refused. A missing field is answered with the same translated
/// error, on its field, as an empty one.
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ComplaintRequest {
    /// A recruiter's public id from the directory.
    #[schema(max_length = 12)]
    recruiter: Option<String>,
    /// Or an unlicensed sub-agent's name (a new row marked as sub-agent, public in the
    /// directory only once a moderator approves the name).
    #[schema(max_length = 200)]
    sub_agent_name: Option<String>,
    /// ISO 3166-1 alpha-2 of the country the sub-agent works in.
    sub_agent_country: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[schema(required = true)]
    origin: String,
    /// ISO 3166-1 alpha-2.
    #[schema(required = true)]
    destination: String,
    sector: Option<String>,
    #[schema(max_length = 100)]
    occupation: Option<String>,
    departure_year: Option<i32>,
    issues: Vec<Issue>,
    in_danger: bool,
    /// `before_departure`, `in_transit`, `at_destination` or `returned`.
    stage: Option<String>,
    /// 1 to 100000 (default 1).
    #[schema(minimum = 1, maximum = 100000)]
    workers_affected: Option<i32>,
    remedies: Vec<Remedy>,
    fee: Option<MoneyJson>,
    promised_wage: Option<MoneyJson>,
    actual_wage: Option<MoneyJson>,
    /// ILO cost categories the worker paid for, in the review's words. An unknown word is
    /// refused on `costs`.
    #[schema(value_type = Vec<CostCategory>)]
    costs: Vec<String>,
    /// Who lent the money to pay, if anyone.
    #[schema(value_type = Option<Lender>)]
    lender: Option<String>,
    /// Monthly interest of that loan in basis points (3 % a month = 300), 0 to 10,000; as in
    /// a review. Needs a `lender`.
    #[schema(minimum = 0, maximum = 10000)]
    loan_interest_bp: Option<i32>,
    #[schema(value_type = Option<VisaType>)]
    visa_type: Option<String>,
    #[schema(max_length = 4000)]
    description: Option<String>,
    /// Kinds of organisation that may receive the complaint (at least one).
    #[schema(required = true, min_items = 1)]
    share_with: Vec<OrganisationKind>,
    /// Kinds that may see the contact (a subset of `share_with`).
    contact_with: Vec<OrganisationKind>,
    /// `receipt_only` (default), `account` (with a bearer token) or `contact`.
    contact_preference: Option<String>,
    #[schema(max_length = 300)]
    contact_details: Option<String>,
    #[schema(max_length = 200)]
    safe_times: Option<String>,
    /// A caseworker filing for a worker confirms the worker agreed.
    behalf_consent: bool,
}

impl ComplaintRequest {
    /// The same input the form gives, so one parser checks both.
    pub(super) fn input(self) -> Result<ComplaintInput, InputError> {
        let text = |v: Option<String>| v.unwrap_or_default();
        let words = |v: Vec<&'static str>| v.into_iter().map(str::to_owned).collect();
        let wages_currency = match (&self.promised_wage, &self.actual_wage) {
            (Some(a), Some(b)) if !a.currency.eq_ignore_ascii_case(&b.currency) => {
                return Err(InputError::new("actual_wage", "error-currency"));
            }
            (Some(m), _) | (None, Some(m)) => m.currency.clone(),
            _ => String::new(),
        };
        Ok(ComplaintInput {
            recruiter: text(self.recruiter),
            sub_agent_name: text(self.sub_agent_name),
            sub_agent_country: text(self.sub_agent_country),
            origin: self.origin,
            destination: self.destination,
            sector: text(self.sector),
            occupation: text(self.occupation),
            departure_year: self
                .departure_year
                .map(|y| y.to_string())
                .unwrap_or_default(),
            issues: words(self.issues.iter().map(|i| i.as_str()).collect()),
            in_danger: if self.in_danger {
                "on".into()
            } else {
                String::new()
            },
            stage: text(self.stage),
            workers_affected: self
                .workers_affected
                .map(|n| n.to_string())
                .unwrap_or_default(),
            remedies: words(self.remedies.iter().map(|r| r.as_str()).collect()),
            fee_amount: self
                .fee
                .as_ref()
                .map(|m| m.amount.clone())
                .unwrap_or_default(),
            fee_currency: self.fee.map(|m| m.currency).unwrap_or_default(),
            wage_currency: wages_currency,
            promised_wage: self.promised_wage.map(|m| m.amount).unwrap_or_default(),
            actual_wage: self.actual_wage.map(|m| m.amount).unwrap_or_default(),
            costs: self.costs,
            lender: text(self.lender),
            loan_interest: match self.loan_interest_bp {
                Some(bp) if !costs::interest_in_range(bp) => {
                    return Err(InputError::new("loan_interest_bp", "error-interest"));
                }
                bp => bp.map(costs::monthly_interest_input).unwrap_or_default(),
            },
            visa_type: text(self.visa_type),
            description: text(self.description),
            share_with: words(self.share_with.iter().map(|k| k.as_str()).collect()),
            contact_with: words(self.contact_with.iter().map(|k| k.as_str()).collect()),
            contact_preference: text(self.contact_preference),
            contact_details: text(self.contact_details),
            safe_times: text(self.safe_times),
            behalf_consent: if self.behalf_consent {
                "on".into()
            } else {
                String::new()
            },
        })
    }
}

#[derive(Serialize, ToSchema)]
pub struct ComplaintReceipt {
    /// 16 digits grouped by four. Shown only in this answer: it is stored as a hash only.
    receipt: String,
    /// How many organisations received the complaint (0: it waits for an administrator to
    /// add one that covers it).
    referrals: usize,
    /// The files filed with it (a multipart request with files only).
    #[serde(skip_serializing_if = "Option::is_none")]
    files: Option<super::evidence::FilesAdded>,
}

/// A complaint with its files (`multipart/form-data`), in this order: the complaint, the
/// kinds that may open the files, then the files (the client's budget is taken before any
/// file is read).
#[derive(ToSchema)]
#[allow(dead_code)] // documents the parts; reading is `evidence::http::read_multipart`
pub struct ComplaintParts {
    /// The complaint, as the JSON body of an `application/json` request.
    complaint: ComplaintRequest,
    /// Kinds of organisation that may open the files, each one the complaint is shared
    /// with: one part per kind (required with files).
    files_shared_with: Vec<OrganisationKind>,
    /// Photos (JPEG, PNG, WebP), PDF, voice notes (MP3, Ogg, M4A, AMR): one part per file,
    /// at most the per-message count, each within the per-file size.
    #[schema(value_type = Vec<String>, format = Binary)]
    files: Vec<Vec<u8>>,
}

/// Files a complaint and routes it. Anonymous unless `contact_preference` is `account` with a
/// bearer token; the receipt is in this answer and nowhere else. Sent as `multipart/form-data`
/// it carries files, filed with it in one transaction (cleaned, sealed; a refused file
/// refuses the complaint and nothing is stored).
#[utoipa::path(
    tag = "complaints",
    request_body(content(
        (ComplaintRequest = "application/json"),
        (ComplaintParts = "multipart/form-data"),
    )),
    responses(
        (status = 201, description = "Stored and routed; the receipt, once", body = ComplaintReceipt),
        (status = 400, description = "A field is missing or invalid, or unknown; a file not accepted, unreadable or too large; too many files", body = ErrorBody),
        (status = 408, description = "The upload took longer than its time limit"),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 429, description = "Too busy; see Retry-After", body = ErrorBody),
        (status = 503, description = "The file store is unavailable: nothing was stored, try again", body = ErrorBody),
    )
)]
#[post("/complaints")]
pub async fn file_complaint(
    req: actix_web::HttpRequest,
    MaybeUser(user): MaybeUser,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, actix_web::Error> {
    let client = crate::auth::session::client_key(&req, &auth);
    let multipart = crate::evidence::http::is_multipart(req.headers());
    let (body, budget, attached) = if multipart {
        let (body, taken, attached) = super::evidence::complaint_with_files(
            &req,
            payload,
            &evidence,
            &auth,
            user.as_ref(),
            &client,
        )
        .await?;
        let budget = match taken {
            true => filing::Budget::Taken,
            false => filing::Budget::Take { client: &client },
        };
        (body, budget, Some(attached))
    } else {
        let mut payload = payload.into_inner();
        let body = web::Json::<ComplaintRequest>::from_request(&req, &mut payload).await?;
        (
            body.into_inner(),
            filing::Budget::Take { client: &client },
            None,
        )
    };
    let draft = body
        .input()
        .map_err(AppError::from)?
        .parse(filer_of(user.as_ref()), crate::clock::this_year())
        .map_err(AppError::from)?;
    let filing = filing::file_draft(&pool, &auth, draft, user.as_ref(), budget, attached).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(ComplaintReceipt {
            receipt: filing.receipt.grouped(),
            referrals: filing.filed.referrals,
            files: filing
                .files
                .map(|files| super::evidence::added(files, false)),
        }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackRequest {
    /// The 16-digit receipt, with or without spaces or dashes.
    #[schema(max_length = 64)]
    receipt: String,
}

#[derive(Serialize, ToSchema)]
pub struct TrackedReferral {
    id: i64,
    organisation: String,
    kind: OrganisationKind,
    status: ReferralStatus,
    /// The day it was received there.
    opened_on: String,
    close_reason: Option<CloseReason>,
    remedies_obtained: Vec<RemedyObtained>,
    money_recovered: Option<MoneyJson>,
}

#[derive(Serialize, ToSchema)]
pub struct TrackedMessage {
    referral: i64,
    /// The day (no time of day).
    day: String,
    from_worker: bool,
    body: String,
}

#[derive(Serialize, ToSchema)]
pub struct TrackedComplaint {
    pub(super) received_on: String,
    pub(super) withdrawn: bool,
    /// What the worker wrote (opened with the receipt; none once deleted).
    pub(super) description: Option<String>,
    pub(super) referrals: Vec<TrackedReferral>,
    /// Messages between the worker and the organisations (never internal notes).
    pub(super) messages: Vec<TrackedMessage>,
    /// The evidence the worker added (`POST /api/v1/track/files`).
    pub(super) files: Vec<super::evidence::EvidenceFile>,
}

/// A complaint's status and messages, by receipt. A mistyped receipt and one never issued
/// get the same 404; many look-ups from one address get 429.
#[utoipa::path(
    tag = "complaints",
    request_body = TrackRequest,
    responses(
        (status = 200, description = "The complaint's referrals and messages", body = TrackedComplaint),
        (status = 400, description = "Not a 16-digit receipt", body = ErrorBody),
        (status = 404, description = "No complaint has this receipt", body = ErrorBody),
        (status = 429, description = "Too many look-ups; see Retry-After", body = ErrorBody),
    )
)]
#[post("/track")]
pub async fn track(
    req: HttpRequest,
    body: web::Json<TrackRequest>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let tracked = look_up(&req, &auth, &pool, &body.receipt).await?.tracked;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(TrackedComplaint::of(tracked)))
}

impl TrackedComplaint {
    /// The complaint as the worker (or, with the receipt, the partner that filed it) reads it.
    pub(super) fn of(tracked: crate::db::complaints::Tracked) -> TrackedComplaint {
        let referrals = tracked
            .referrals
            .into_iter()
            .filter_map(|r| {
                Some(TrackedReferral {
                    id: r.id,
                    kind: OrganisationKind::parse(&r.organisation_kind)?,
                    organisation: r.organisation_name,
                    status: ReferralStatus::parse(&r.status)?,
                    opened_on: day(r.opened_on),
                    close_reason: r.close_reason.as_deref().and_then(CloseReason::parse),
                    remedies_obtained: split_words(
                        r.outcome_remedies.as_deref().unwrap_or_default(),
                        RemedyObtained::parse,
                    ),
                    money_recovered: Money::from_parts(
                        r.outcome_money_minor,
                        r.outcome_money_currency.as_deref(),
                    )
                    .map(MoneyJson::of),
                })
            })
            .collect();
        TrackedComplaint {
            received_on: day(tracked.received_on),
            withdrawn: tracked.withdrawn,
            description: tracked.description,
            referrals,
            messages: tracked
                .messages
                .into_iter()
                .map(|m| TrackedMessage {
                    referral: m.referral_id,
                    day: day(m.occurred_at),
                    from_worker: m.from_worker,
                    body: m.body,
                })
                .collect(),
            files: tracked
                .files
                .into_iter()
                .map(super::evidence::EvidenceFile::of)
                .collect(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Staff

/// Queue filters (all optional). Unknown parameters are refused.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; parsing is `app::casework::queue_filter`
struct QueueParams {
    /// A status, or `all`; empty: every open referral.
    #[param(pattern = "^(|all|new|acknowledged|investigating|awaiting_worker|resolved|closed)$")]
    status: Option<String>,
    #[param(pattern = "^(|urgent|high|normal|low)$")]
    priority: Option<String>,
    /// `1`: overdue only.
    #[param(pattern = "^(|0|1)$")]
    overdue: Option<String>,
    /// ISO 3166-1 alpha-2 of the origin or destination.
    #[param(pattern = "^([A-Za-z]{2})?$")]
    country: Option<String>,
    /// A recruiter's public id.
    recruiter: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct QueueItem {
    id: i64,
    status: ReferralStatus,
    priority: Priority,
    priority_overridden: bool,
    /// The day the referral was opened.
    opened_on: String,
    acknowledge_by: String,
    answer_by: String,
    overdue: bool,
    origin: String,
    destination: String,
    in_danger: bool,
    workers_affected: i32,
    recruiter: String,
    recruiter_name: String,
    collective_case: Option<i64>,
}

/// The caller's organisation's referrals, most urgent first, then oldest (at most 200).
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(QueueParams),
    responses(
        (status = 200, description = "The queue", body = Vec<QueueItem>),
        (status = 400, description = "A filter is invalid", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
    )
)]
#[get("/cases")]
pub async fn queue(
    req: HttpRequest,
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<web::Json<Vec<QueueItem>>, AppError> {
    let staff = Staff::of(&user)?;
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let filter = casework::queue_filter(&pairs)?;
    let queue = casework::queue(&pool, &staff, filter, false).await?;
    let at = queue.at;
    Ok(web::Json(
        queue
            .rows
            .into_iter()
            .map(|r| QueueItem {
                id: r.id,
                status: r.status(),
                priority: Priority::from_rank(r.priority),
                priority_overridden: r.priority_overridden,
                opened_on: day(r.opened_on),
                acknowledge_by: day(r.acknowledge_by),
                answer_by: day(r.answer_by),
                overdue: r.is_overdue(at),
                in_danger: r.in_danger,
                workers_affected: r.workers_affected,
                collective_case: r.collective_case_id,
                origin: r.origin,
                destination: r.destination,
                recruiter: r.recruiter_public_id,
                recruiter_name: r.recruiter_name,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct CaseMessage {
    day: String,
    from_worker: bool,
    internal: bool,
    author: Option<String>,
    body: String,
}

#[derive(Serialize, ToSchema)]
pub struct CaseStep {
    day: String,
    /// `opened`, `status`, `referred_on`, `priority`, `grouped` or `escalated`.
    event: String,
    from: Option<ReferralStatus>,
    to: Option<ReferralStatus>,
    actor: Option<String>,
    reason: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CaseDetail {
    id: i64,
    status: ReferralStatus,
    priority: Priority,
    received_on: String,
    acknowledge_by: String,
    answer_by: String,
    origin: String,
    destination: String,
    recruiter: String,
    recruiter_name: String,
    recruiter_is_sub_agent: bool,
    issues: Vec<Issue>,
    in_danger: bool,
    workers_affected: i32,
    remedies: Vec<Remedy>,
    fee: Option<MoneyJson>,
    costs: Vec<CostCategory>,
    lender: Option<Lender>,
    /// Monthly, in basis points (3 % a month = 300).
    loan_interest_bp: Option<i32>,
    visa_type: Option<VisaType>,
    /// Whether the sealed content (description, contact, messages, notes) was opened for
    /// the caller: `open`, or why not — `sign_in_again` (a token from before sealing),
    /// `not_given` (a lead gives the organisation's key at /organisation/key), `waiting`
    /// (opens when the worker next uses the receipt), `destroyed`. What did not open is
    /// left out, never sent half.
    #[schema(example = "open")]
    sealed_content: String,
    description: Option<String>,
    /// Only when the worker allowed this kind of organisation to have it.
    contact: Option<String>,
    safe_times: Option<String>,
    withdrawn: bool,
    other_open_about_recruiter: i64,
    collective_case: Option<i64>,
    timeline: Vec<CaseStep>,
    messages: Vec<CaseMessage>,
    /// The evidence the worker let this kind of organisation open
    /// (`/api/v1/cases/{id}/files/{file}`).
    files: Vec<super::evidence::EvidenceFile>,
}

/// One referral of the caller's organisation: what the worker consented to share with this
/// kind of organisation. Another organisation's referral is a 404, like a missing one.
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Referral id")),
    responses(
        (status = 200, description = "The referral", body = CaseDetail),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such referral in your organisation", body = ErrorBody),
    )
)]
#[get("/cases/{id}")]
pub async fn case(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<web::Json<CaseDetail>, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let (file, _) = casework::case_file(&pool, &staff, id).await?;
    let c = file.complaint;
    let r = file.referral;
    let (contact, safe_times) = match file.contact {
        Some((details, times)) => (Some(details), times),
        None => (None, None),
    };
    Ok(web::Json(CaseDetail {
        id: r.id,
        status: r.status(),
        priority: Priority::from_rank(r.priority),
        received_on: day(c.received_on),
        acknowledge_by: day(r.acknowledge_by),
        answer_by: day(r.answer_by),
        origin: c.origin,
        destination: c.destination,
        recruiter: file.recruiter_public_id,
        recruiter_name: file.recruiter_name,
        recruiter_is_sub_agent: file.recruiter_is_sub_agent,
        issues: split_words(&c.issues, Issue::parse),
        in_danger: c.in_danger,
        workers_affected: c.workers_affected,
        remedies: split_words(&c.remedies, Remedy::parse),
        fee: Money::from_parts(c.fee_minor, c.fee_currency.as_deref()).map(MoneyJson::of),
        costs: split_words(&c.cost_categories, CostCategory::parse),
        lender: c.lender.as_deref().and_then(Lender::parse),
        loan_interest_bp: c.loan_interest_bp,
        visa_type: c.visa_type.as_deref().and_then(VisaType::parse),
        sealed_content: file.access.as_str().to_owned(),
        description: c.description,
        contact,
        safe_times,
        withdrawn: c.withdrawn,
        other_open_about_recruiter: file.same_recruiter_open,
        collective_case: r.collective_case_id,
        timeline: file
            .steps
            .into_iter()
            .map(|s| CaseStep {
                day: day(s.occurred_at),
                event: s.event,
                from: s.from_status.as_deref().and_then(ReferralStatus::parse),
                to: s.to_status.as_deref().and_then(ReferralStatus::parse),
                actor: s.actor,
                reason: s.reason,
            })
            .collect(),
        messages: file
            .messages
            .into_iter()
            .map(|m| CaseMessage {
                day: day(m.occurred_at),
                from_worker: m.from_worker,
                internal: m.internal,
                author: m.author,
                body: m.body,
            })
            .collect(),
        files: file
            .files
            .into_iter()
            .map(super::evidence::EvidenceFile::of)
            .collect(),
    }))
}

/// A step of the state machine.
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ActionRequest {
    /// `acknowledge`, `investigate`, `ask_worker`, `resume`, `resolve` or `close`.
    action: String,
    /// Why (required to close).
    #[schema(max_length = 1000)]
    reason: Option<String>,
    /// To close: `out_of_jurisdiction`, `unfounded` or `withdrawn`.
    close_reason: Option<String>,
    /// To resolve: the remedies obtained.
    remedies: Vec<RemedyObtained>,
    /// With `money_recovered`.
    money: Option<MoneyJson>,
    /// Apply to every referral of its collective case where the step is legal.
    whole_group: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ActionDone {
    /// How many referrals moved.
    moved: usize,
}

/// Moves a referral (or its collective case) one step; an illegal step is a 400.
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Referral id")),
    request_body = ActionRequest,
    responses(
        (status = 200, description = "Recorded", body = ActionDone),
        (status = 400, description = "Invalid or illegal step", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such referral in your organisation", body = ErrorBody),
    )
)]
#[post("/cases/{id}/actions")]
pub async fn act(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    body: web::Json<ActionRequest>,
    pool: web::Data<Pool>,
) -> Result<web::Json<ActionDone>, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let body = body.into_inner();
    let input = ActionInput {
        action: body.action,
        reason: body.reason.unwrap_or_default(),
        close_reason: body.close_reason.unwrap_or_default(),
        remedies: body
            .remedies
            .iter()
            .map(|r| r.as_str().to_owned())
            .collect(),
        amount: body
            .money
            .as_ref()
            .map(|m| m.amount.clone())
            .unwrap_or_default(),
        currency: body.money.map(|m| m.currency).unwrap_or_default(),
    };
    let moved = casework::act(&pool, &staff, id, &input, body.whole_group).await?;
    Ok(web::Json(ActionDone { moved }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageRequest {
    #[schema(min_length = 1, max_length = 4000)]
    #[serde(default)]
    body: String,
    /// An internal note the worker never sees.
    #[serde(default)]
    internal: bool,
}

/// Writes to the worker (read with their receipt), or adds an internal note.
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Referral id")),
    request_body = MessageRequest,
    responses(
        (status = 204, description = "Stored"),
        (status = 400, description = "Empty, too long or invalid text", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such referral in your organisation", body = ErrorBody),
    )
)]
#[post("/cases/{id}/messages")]
pub async fn message(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    body: web::Json<MessageRequest>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    casework::message(&pool, &staff, id, &body.body, body.internal).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorityRequest {
    #[serde(default)]
    priority: Option<Priority>,
    /// Why: required, recorded on the timeline.
    #[schema(min_length = 1, max_length = 1000)]
    #[serde(default)]
    reason: String,
}

/// Overrides a referral's computed priority, with a written reason (recorded).
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Referral id")),
    request_body = PriorityRequest,
    responses(
        (status = 204, description = "Recorded"),
        (status = 400, description = "No reason, or invalid text", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such referral in your organisation", body = ErrorBody),
    )
)]
#[post("/cases/{id}/priority")]
pub async fn priority(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    body: web::Json<PriorityRequest>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    casework::override_priority(&pool, &staff, id, body.priority, &body.reason).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferRequest {
    /// The organisation to refer the case on to: one of a kind the worker agreed to.
    #[serde(default)]
    organisation: Option<i64>,
    #[schema(max_length = 1000)]
    #[serde(default)]
    reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct Referred {
    /// The new referral, at the other organisation.
    referral: i64,
}

/// Refers the case on: opens a referral at another organisation, if the worker consented to
/// that kind and it has none yet.
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Referral id")),
    request_body = ReferRequest,
    responses(
        (status = 201, description = "Referred on", body = Referred),
        (status = 400, description = "Not consented, already there, or unknown organisation", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such referral in your organisation", body = ErrorBody),
    )
)]
#[post("/cases/{id}/refer")]
pub async fn refer(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    body: web::Json<ReferRequest>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let referral = casework::refer_on(&pool, &staff, id, body.organisation, &body.reason).await?;
    Ok(HttpResponse::Created().json(Referred { referral }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackMessageRequest {
    #[schema(max_length = 64)]
    receipt: String,
    /// One of the complaint's referrals (from `POST /api/v1/track`).
    referral: i64,
    #[schema(min_length = 1, max_length = 4000)]
    body: String,
}

/// The worker answers a question or adds information, with the receipt in the body. A
/// referral waiting for the worker goes back to `investigating`.
#[utoipa::path(
    tag = "complaints",
    request_body = TrackMessageRequest,
    responses(
        (status = 204, description = "Sent"),
        (status = 400, description = "Invalid text, or not one of this complaint's open referrals", body = ErrorBody),
        (status = 404, description = "No complaint has this receipt", body = ErrorBody),
        (status = 429, description = "Too many look-ups; see Retry-After", body = ErrorBody),
    )
)]
#[post("/track/messages")]
pub async fn track_message(
    req: HttpRequest,
    body: web::Json<TrackMessageRequest>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let found = look_up(&req, &auth, &pool, &body.receipt).await?;
    filing::answer(&pool, &found, body.referral, &body.body).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WithdrawRequest {
    #[schema(max_length = 64)]
    receipt: String,
}

#[derive(Serialize, ToSchema)]
pub struct Withdrawn {
    /// How many open referrals were closed as withdrawn.
    closed: usize,
}

/// The worker withdraws the complaint: every open referral is closed as withdrawn.
#[utoipa::path(
    tag = "complaints",
    request_body = WithdrawRequest,
    responses(
        (status = 200, description = "Withdrawn", body = Withdrawn),
        (status = 400, description = "Not a 16-digit receipt", body = ErrorBody),
        (status = 404, description = "No complaint has this receipt", body = ErrorBody),
        (status = 429, description = "Too many look-ups; see Retry-After", body = ErrorBody),
    )
)]
#[post("/track/withdraw")]
pub async fn track_withdraw(
    req: HttpRequest,
    body: web::Json<WithdrawRequest>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let found = look_up(&req, &auth, &pool, &body.receipt).await?;
    let closed = filing::withdraw(&pool, &found).await?;
    Ok(HttpResponse::Ok().json(Withdrawn { closed }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteRequest {
    #[schema(max_length = 64)]
    receipt: String,
    /// Must be `true`: what the worker wrote cannot be brought back.
    confirm: bool,
}

/// The worker deletes what they wrote: their words, contact details and the messages with
/// the organisations (the facts the reports count stay).
#[utoipa::path(
    tag = "complaints",
    request_body = DeleteRequest,
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Not confirmed, not a 16-digit receipt, or deleted already", body = ErrorBody),
        (status = 404, description = "No complaint has this receipt", body = ErrorBody),
        (status = 429, description = "Too many look-ups; see Retry-After", body = ErrorBody),
    )
)]
#[post("/track/delete")]
pub async fn track_delete(
    req: HttpRequest,
    body: web::Json<DeleteRequest>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    if !body.confirm {
        return Err(InputError::new("confirm", "track-delete-confirm-required").into());
    }
    let found = look_up(&req, &auth, &pool, &body.receipt).await?;
    filing::delete_words(&pool, &found).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Looks a receipt up for the API: one that matches nothing is a plain 404.
async fn look_up(
    req: &HttpRequest,
    auth: &AuthState,
    pool: &Pool,
    typed: &str,
) -> Result<filing::Found, AppError> {
    let client = session::client_key(req, auth);
    filing::look_up(pool, auth, &client, typed)
        .await
        .map_err(|e| {
            if is_unknown_receipt(&e) {
                AppError::NotFound
            } else {
                e
            }
        })
}

#[derive(Serialize, ToSchema)]
pub struct Grouped {
    collective_case: i64,
    /// How many referrals the collective case holds.
    referrals: usize,
}

/// Groups this referral and the organisation's other open referrals about the same recruiter
/// into one collective case (`whole_group` on actions then moves them together).
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Referral id")),
    responses(
        (status = 200, description = "Grouped", body = Grouped),
        (status = 400, description = "No other open referral about this recruiter", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such referral in your organisation", body = ErrorBody),
    )
)]
#[post("/cases/{id}/group")]
pub async fn group(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<web::Json<Grouped>, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let (collective_case, referrals) = casework::group(&pool, &staff, id).await?;
    Ok(web::Json(Grouped {
        collective_case,
        referrals,
    }))
}
