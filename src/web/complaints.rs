//! The worker's side of complaints: the intake form, the receipt shown once, and `/track`
//! (the receipt travels in POST bodies only, never in an address).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::cases::{MessageLine, outcome_text};
use super::forms::{
    CostOpt, FormError, Opt, choices, cost_options, country_options, currency_options,
    refused_after, visible,
};
use super::{Frame, Nav};
use crate::app::complaints::{
    self as filing, Attached, Budget, Found, filer_of, is_unknown_receipt,
};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::{AuthState, MaybeUser, User, session};
use crate::clock::day;
use crate::db::complaints::Tracked;
use crate::db::{self, Pool};
use crate::domain::account::{OrganisationKind, Sector};
use crate::domain::complaint::{
    CONTACT_MAX, ComplaintInput, ContactPreference, DESCRIPTION_MAX, Filer, Issue, MESSAGE_MAX,
    Money, OCCUPATION_MAX, Receipt, ReferralStatus, Remedy, SAFE_TIMES_MAX, SUB_AGENT_NAME_MAX,
    Stage,
};
use crate::domain::costs::{Lender, VisaType};
use crate::domain::recruiter::PublicId;
use crate::error::{AppError, InputError};
use crate::evidence::Evidence;
use crate::evidence::http::{Reading, read_multipart};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/complaints/new")
            .get(new_complaint)
            // The form sends files (multipart); a form without them may come urlencoded.
            .route(
                web::post()
                    .guard(actix_web::guard::fn_guard(|ctx| {
                        crate::evidence::http::is_multipart(&ctx.head().headers)
                    }))
                    .to(file_complaint_with_files),
            )
            .post(file_complaint),
    )
    .service(web::resource("/track").get(track_form).post(track))
    .service(web::resource("/track/message").post(track_message))
    .service(web::resource("/track/withdraw").post(track_withdraw))
    .service(web::resource("/track/delete").post(track_delete));
}

#[derive(Template)]
#[template(path = "complaints/new.html")]
struct NewComplaintPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    form: ComplaintInput,
    /// The recruiter named by `?recruiter=`, if it exists: (public id, name).
    recruiter: Option<(String, String)>,
    signed_in: bool,
    on_behalf: bool,
    origins: Vec<Opt>,
    destinations: Vec<Opt>,
    sub_agent_countries: Vec<Opt>,
    sectors: Vec<Opt>,
    stages: Vec<Opt>,
    indicators: Vec<Opt>,
    abuses: Vec<Opt>,
    remedies: Vec<Opt>,
    fee_currencies: Vec<Opt>,
    wage_currencies: Vec<Opt>,
    costs: Vec<CostOpt>,
    lenders: Vec<Opt>,
    visa_types: Vec<Opt>,
    share_kinds: Vec<Opt>,
    contact_kinds: Vec<Opt>,
    /// Who may open the files sent with the complaint.
    file_kinds: Vec<Opt>,
    /// After a refusal: the files must be chosen again.
    files_note: Option<String>,
    preferences: Vec<Opt>,
    limits: Limits,
    /// Where the browser keeps this form's draft (`web::drafts`).
    draft_key: String,
    /// The draft may fill the form: the empty form, not one the server filled (a refusal,
    /// a review's answers).
    draft_restore: bool,
}

/// Field lengths, for `maxlength`.
struct Limits {
    sub_agent: usize,
    occupation: usize,
    description: usize,
    contact: usize,
    safe_times: usize,
}

const LIMITS: Limits = Limits {
    sub_agent: SUB_AGENT_NAME_MAX,
    occupation: OCCUPATION_MAX,
    description: DESCRIPTION_MAX,
    contact: CONTACT_MAX,
    safe_times: SAFE_TIMES_MAX,
};

fn shown_back(form: &ComplaintInput) -> ComplaintInput {
    let list = |v: &[String]| v.iter().map(|s| visible(s)).collect();
    ComplaintInput {
        recruiter: visible(&form.recruiter),
        sub_agent_name: visible(&form.sub_agent_name),
        sub_agent_country: visible(&form.sub_agent_country),
        origin: visible(&form.origin),
        destination: visible(&form.destination),
        sector: visible(&form.sector),
        occupation: visible(&form.occupation),
        departure_year: visible(&form.departure_year),
        issues: list(&form.issues),
        in_danger: visible(&form.in_danger),
        stage: visible(&form.stage),
        workers_affected: visible(&form.workers_affected),
        remedies: list(&form.remedies),
        fee_amount: visible(&form.fee_amount),
        fee_currency: visible(&form.fee_currency),
        wage_currency: visible(&form.wage_currency),
        promised_wage: visible(&form.promised_wage),
        actual_wage: visible(&form.actual_wage),
        costs: list(&form.costs),
        lender: visible(&form.lender),
        loan_interest: visible(&form.loan_interest),
        visa_type: visible(&form.visa_type),
        description: form
            .description
            .replace("\r\n", "\n")
            .split('\n')
            .map(visible)
            .collect::<Vec<_>>()
            .join("\n"),
        share_with: list(&form.share_with),
        contact_with: list(&form.contact_with),
        contact_preference: visible(&form.contact_preference),
        contact_details: visible(&form.contact_details),
        safe_times: visible(&form.safe_times),
        behalf_consent: visible(&form.behalf_consent),
    }
}

/// The form with what was typed (or the defaults): one query when a recruiter is named.
async fn new_page(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    user: Option<&User>,
    (form, files_shared_with): (ComplaintInput, &[String]),
    error: FormError,
) -> Result<NewComplaintPage, AppError> {
    let recruiter = match PublicId::parse(form.recruiter.trim()) {
        Some(id) => {
            db::run(pool, move |conn| {
                Ok(crate::db::recruiters::profile(conn, &id)?
                    .map(|p| (p.recruiter.public_id, p.recruiter.name)))
            })
            .await?
        }
        None => None,
    };
    let tr = frame.tr;
    let form = shown_back(&form);
    let one = |v: &str| vec![v.to_owned()];
    let kinds = |chosen: &[String]| {
        choices(
            &tr,
            OrganisationKind::REFERRAL,
            |k| k.as_str(),
            |k| kind_consent_key(*k),
            chosen,
        )
    };
    let (indicators, abuses): (Vec<Issue>, Vec<Issue>) = Issue::ALL
        .iter()
        .partition(|i| i.is_forced_labour_indicator());
    let signed_in = user.is_some();
    let preferences = ContactPreference::ALL
        .iter()
        .filter(|p| **p != ContactPreference::Account || filer_of(user) == Filer::Account)
        .map(|p| Opt {
            value: p.as_str().to_owned(),
            label: tr.t(p.message_key()),
            selected: p.as_str() == form.contact_preference
                || (form.contact_preference.is_empty() && *p == ContactPreference::ReceiptOnly),
        })
        .collect();
    Ok(NewComplaintPage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        recruiter,
        signed_in,
        on_behalf: filer_of(user) == Filer::Caseworker,
        origins: country_options(&tr, &form.origin),
        destinations: country_options(&tr, &form.destination),
        sub_agent_countries: country_options(&tr, &form.sub_agent_country),
        sectors: choices(
            &tr,
            Sector::ALL,
            |s| s.as_str(),
            |s| s.message_key(),
            &one(&form.sector),
        ),
        stages: choices(
            &tr,
            Stage::ALL,
            |s| s.as_str(),
            |s| s.message_key(),
            &one(&form.stage),
        ),
        indicators: choices(
            &tr,
            &indicators,
            |i| i.as_str(),
            |i| i.message_key(),
            &form.issues,
        ),
        abuses: choices(
            &tr,
            &abuses,
            |i| i.as_str(),
            |i| i.message_key(),
            &form.issues,
        ),
        remedies: choices(
            &tr,
            Remedy::ALL,
            |r| r.as_str(),
            |r| r.message_key(),
            &form.remedies,
        ),
        fee_currencies: currency_options(&form.fee_currency),
        wage_currencies: currency_options(&form.wage_currency),
        costs: cost_options(&tr, &form.costs),
        lenders: choices(
            &tr,
            Lender::ALL,
            |l| l.as_str(),
            |l| l.message_key(),
            &one(&form.lender),
        ),
        visa_types: choices(
            &tr,
            VisaType::ALL,
            |v| v.as_str(),
            |v| v.message_key(),
            &one(&form.visa_type),
        ),
        share_kinds: kinds(&form.share_with),
        contact_kinds: kinds(&form.contact_with),
        file_kinds: kinds(files_shared_with),
        files_note: None,
        preferences,
        limits: LIMITS,
        draft_key: super::drafts::complaint_key(&form.recruiter),
        draft_restore: false,
        form,
        tr,
    })
}

/// The label of a consent checkbox for a kind of organisation.
fn kind_consent_key(kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::LabourInspectorate => "complaint-share-labour-inspectorate",
        OrganisationKind::OriginAuthority => "complaint-share-origin-authority",
        OrganisationKind::TradeUnion => "complaint-share-trade-union",
        OrganisationKind::LegalAid => "complaint-share-legal-aid",
        // Never offered (the form lists `OrganisationKind::REFERRAL`): a partner files cases
        // for workers and receives none.
        OrganisationKind::IntakePartner => "organisation-kind-intake_partner",
    }
}

/// `?recruiter=` (a public id) or `?review=` (a review → complaint bridge token), and
/// nothing else. With a valid bridge token the form is prefilled from that review; an expired
/// or foreign one gives the empty form.
async fn intake_query(
    req: &HttpRequest,
    auth: &AuthState,
    pool: &Pool,
) -> Result<ComplaintInput, AppError> {
    // No consent box is ticked in advance: consent is the worker's own choice.
    let mut form = ComplaintInput::default();
    for (key, value) in crate::query::parse_pairs(req.query_string())? {
        match key.as_str() {
            "review" => {
                if let Some(prefilled) = filing::prefilled(pool, auth, &value).await? {
                    form = prefilled;
                }
            }
            "recruiter" => {
                form.recruiter = PublicId::parse(&value)
                    .ok_or(InputError::new(
                        "recruiter",
                        "error-complaint-recruiter-unknown",
                    ))?
                    .to_string();
            }
            "lang" => {}
            _ => return Err(InputError::new("query", "error-unknown-parameter").into()),
        }
    }
    Ok(form)
}

async fn new_complaint(
    req: HttpRequest,
    MaybeUser(user): MaybeUser,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let form = intake_query(&req, &auth, &pool).await?;
    let prefilled = crate::query::parse_pairs(req.query_string())?
        .iter()
        .any(|(k, _)| k == "review");
    let mut page = new_page(
        frame,
        csrf,
        &pool,
        user.as_ref(),
        (form, &[]),
        FormError::none(),
    )
    .await?;
    page.draft_restore = !prefilled;
    super::html(&page)
}

#[derive(Template)]
#[template(path = "complaints/receipt.html")]
struct ReceiptPage {
    tr: Tr,
    nav: Nav,
    receipt: String,
    referrals: i64,
    on_behalf: bool,
    /// Evidence can be added at once, with the receipt just made (`/track/files`).
    csrf: String,
    share_choices: Vec<super::forms::Opt>,
    error: FormError,
    files_note: Option<String>,
    /// The files filed with the complaint were added (and photos cleaned).
    notice: Option<String>,
    /// The draft the browser deletes now that the complaint is filed.
    draft_key: String,
}

/// Checks, hashes the new receipt, stores and routes, and only after the commit shows the
/// receipt — once, in this answer, never in an address. (A form sent without files.)
async fn file_complaint(
    req: actix_web::HttpRequest,
    MaybeUser(user): MaybeUser,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<ComplaintInput>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let client = crate::auth::session::client_key(&req, &auth);
    let budget = Budget::Take { client: &client };
    let result = filing::file(&pool, &auth, &form, user.as_ref(), budget, None).await;
    let typed = Typed {
        form,
        files_shared_with: Vec::new(),
        had_files: false,
    };
    answer_filing(frame, csrf, &pool, user.as_ref(), typed, result).await
}

/// The form with files (multipart, as the page sends it): the files are read as they stream
/// (spooled, encrypted) once the complaint's budget is taken, then cleaned, sealed and
/// stored with the complaint in one transaction. A refusal brings back everything typed and
/// says the files must be chosen again.
async fn file_complaint_with_files(
    req: actix_web::HttpRequest,
    MaybeUser(user): MaybeUser,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let (frame, csrf) = (Frame::for_request(&req), CsrfToken::for_request(&req)?);
    let client = crate::auth::session::client_key(&req, &auth);
    let reading = Reading {
        evidence: &evidence,
        csrf_first: true,
        text_fields: None,
        text_max: crate::startup::MAX_BODY_BYTES,
    };
    // Taken when the first file's first bytes arrive: nobody over their budget makes the
    // server take in files.
    let take = async |_: &[(String, String)]| {
        Budget::Take { client: &client }
            .take(&auth, user.as_ref())
            .await
    };
    let (sent, gated) = match read_multipart(&req, payload, reading, take).await {
        Ok(read) => read,
        Err(AppError::CsrfFailed) => {
            return stale_form(&req, frame, csrf, &pool, user.as_ref()).await;
        }
        Err(e) => return Err(e),
    };
    let (typed, files_shared_with): (Vec<_>, Vec<_>) = sent
        .fields
        .into_iter()
        .partition(|(name, _)| name != filing::FILES_SHARED_WITH);
    let files_shared_with: Vec<String> = files_shared_with.into_iter().map(|(_, v)| v).collect();
    let form: ComplaintInput = crate::auth::csrf::fields_into(typed)?;
    let budget = match &gated {
        Some(_) => Budget::Taken,
        None => Budget::Take { client: &client },
    };
    let had_files = gated.is_some() || !sent.files.is_empty() || sent.refused.is_some();
    let result = match (gated, sent.refused) {
        (Some(Err(e)), _) | (_, Some(e)) => Err(e),
        _ => {
            let attached = Attached {
                evidence: &evidence,
                uploads: sent.files,
                shared_with: files_shared_with.clone(),
            };
            filing::file(&pool, &auth, &form, user.as_ref(), budget, Some(attached)).await
        }
    };
    let typed = Typed {
        form,
        files_shared_with,
        had_files,
    };
    answer_filing(frame, csrf, &pool, user.as_ref(), typed, result).await
}

/// The complaint form refused for its token alone (left open past the token's life, or sent
/// again after a lost connection): it comes back (403) with everything typed, a fresh token
/// and a translated "nothing was sent"; files were not read, and the page says to choose them
/// again. Any other CSRF failure stays the plain refusal.
async fn stale_form(
    req: &actix_web::HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    user: Option<&User>,
) -> Result<HttpResponse, AppError> {
    use actix_web::HttpMessage;
    let stale = req
        .extensions_mut()
        .remove::<crate::evidence::http::StaleForm>()
        .ok_or(AppError::CsrfFailed)?;
    let (typed, shared): (Vec<_>, Vec<_>) = stale
        .fields
        .into_iter()
        .partition(|(name, _)| name != filing::FILES_SHARED_WITH);
    let form: ComplaintInput = crate::auth::csrf::fields_into(typed)?;
    let shared: Vec<String> = shared.into_iter().map(|(_, v)| v).collect();
    let error = FormError::one("form", frame.tr.t("error-csrf-stale"));
    let mut page = new_page(frame, csrf, pool, user, (form, shared.as_slice()), error).await?;
    if stale.had_files {
        page.files_note = Some(page.tr.t("evidence-choose-again"));
    }
    crate::web::forms::refused(actix_web::http::StatusCode::FORBIDDEN, &page)
}

/// What the complaint form sent besides its files.
struct Typed {
    form: ComplaintInput,
    files_shared_with: Vec<String>,
    /// Files were sent (they are never sent back: a refusal says to choose them again).
    had_files: bool,
}

/// The receipt, once, after the commit; or the form again with everything typed (files to
/// be chosen again when any were sent).
async fn answer_filing(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    user: Option<&User>,
    typed: Typed,
    result: Result<filing::Filing, AppError>,
) -> Result<HttpResponse, AppError> {
    let Typed {
        form,
        files_shared_with,
        had_files,
    } = typed;
    match result {
        Ok(filing) => {
            let notice = filing.files.as_ref().map(|added| {
                let mut keys = vec!["evidence-sent"];
                if added.photos {
                    keys.push("evidence-location-removed");
                }
                keys.iter()
                    .map(|k| frame.tr.t(k))
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            no_store(super::html(&ReceiptPage {
                draft_key: super::drafts::complaint_key(&form.recruiter),
                share_choices: super::evidence::share_choices(
                    &frame.tr,
                    &form.share_with.join(","),
                    &[],
                ),
                csrf: csrf.0,
                error: FormError::none(),
                files_note: None,
                notice,
                tr: frame.tr,
                nav: frame.nav,
                receipt: filing.receipt.grouped(),
                referrals: filing.filed.referrals as i64,
                on_behalf: filing.on_behalf,
            })?)
        }
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let typed = (form, files_shared_with.as_slice());
                let mut page = new_page(frame, csrf, pool, user, typed, error).await?;
                // Whatever was refused, files sent are not kept: the browser must send them
                // again.
                if had_files {
                    page.files_note = Some(page.tr.t("evidence-choose-again"));
                }
                refused_after(&e, status, &page)
            }
            None => Err(e),
        },
    }
}

fn no_store(mut response: HttpResponse) -> Result<HttpResponse, AppError> {
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

// ---------------------------------------------------------------------------------------
// Following a complaint

#[derive(Template)]
#[template(path = "complaints/track_form.html")]
struct TrackFormPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    /// Complaints the signed-in worker attached to their account (read only here).
    linked: Vec<LinkedComplaint>,
}

/// A complaint attached to the reader's account.
pub struct LinkedComplaint {
    pub received_on: String,
    pub withdrawn: bool,
    /// What the worker wrote, opened with their account's key.
    pub description: Option<String>,
    pub referrals: Vec<TrackedLine>,
}

/// The receipt form; a signed-in worker also sees the complaints they attached to their
/// account (four queries), never an anonymous one.
async fn track_form(
    MaybeUser(user): MaybeUser,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let linked = match user {
        Some(user) => filing::attached_to(&pool, &user).await?,
        None => Vec::new(),
    };
    let tr = frame.tr;
    let linked = linked
        .into_iter()
        .map(|t| LinkedComplaint {
            received_on: day(t.received_on),
            withdrawn: t.withdrawn,
            description: t.description.clone(),
            referrals: tracked_lines(&tr, &t),
        })
        .collect();
    no_store(super::html(&TrackFormPage {
        tr,
        nav: frame.nav,
        csrf: csrf.0,
        error: FormError::none(),
        linked,
    })?)
}

/// A referral as the worker reads it.
pub struct TrackedLine {
    pub id: i64,
    pub organisation: String,
    pub kind: String,
    pub status: String,
    pub status_code: &'static str,
    pub open: bool,
    pub awaiting_worker: bool,
    pub opened_on: String,
    pub outcome: Option<String>,
    pub messages: Vec<MessageLine>,
}

#[derive(Template)]
#[template(path = "complaints/tracked.html")]
struct TrackedPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    notice: Option<String>,
    /// Kept in the page's forms (POST bodies), never in an address.
    receipt: String,
    received_on: String,
    withdrawn: bool,
    /// What the worker wrote, opened with their receipt.
    description: Option<String>,
    /// Deleted already (by the worker, or at the end of its retention).
    content_destroyed: bool,
    referrals: Vec<TrackedLine>,
    message_max: usize,
    /// The evidence sent so far, and the kinds of organisation new files may be shared with.
    files: Vec<super::evidence::FileLine>,
    share_choices: Vec<super::forms::Opt>,
    /// After a refused upload: the files must be chosen again.
    files_note: Option<String>,
}

/// Each referral of a complaint as the worker reads it, with its messages.
fn tracked_lines(tr: &Tr, tracked: &Tracked) -> Vec<TrackedLine> {
    tracked
        .referrals
        .iter()
        .map(|r| {
            let status = ReferralStatus::parse(&r.status).unwrap_or(ReferralStatus::New);
            let money =
                Money::from_parts(r.outcome_money_minor, r.outcome_money_currency.as_deref());
            TrackedLine {
                id: r.id,
                kind: OrganisationKind::parse(&r.organisation_kind)
                    .map_or_else(String::new, |k| tr.t(k.message_key())),
                organisation: r.organisation_name.clone(),
                status: tr.t(status.message_key()),
                status_code: status.as_str(),
                open: status.is_open(),
                awaiting_worker: status == ReferralStatus::AwaitingWorker,
                opened_on: day(r.opened_on),
                outcome: outcome_text(
                    tr,
                    status,
                    r.close_reason.as_deref(),
                    r.outcome_remedies.as_deref(),
                    money,
                ),
                messages: tracked
                    .messages
                    .iter()
                    .filter(|m| m.referral_id == r.id)
                    .map(|m| MessageLine {
                        day: day(m.occurred_at),
                        from_worker: m.from_worker,
                        internal: false,
                        author: None,
                        body: super::cases::sealed_body(tr, m),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn tracked_page(
    frame: Frame,
    csrf: CsrfToken,
    receipt: &Receipt,
    tracked: Tracked,
    error: FormError,
    notice: Option<String>,
) -> TrackedPage {
    let tr = frame.tr;
    let referrals = tracked_lines(&tr, &tracked);
    let files = super::evidence::file_lines(&tr, &tracked.files);
    let share_choices = super::evidence::share_choices(&tr, &tracked.share_kinds, &[]);
    TrackedPage {
        files,
        share_choices,
        files_note: None,
        nav: frame.nav,
        csrf: csrf.0,
        error,
        notice,
        receipt: receipt.grouped(),
        received_on: day(tracked.received_on),
        withdrawn: tracked.withdrawn,
        description: tracked.description.clone(),
        content_destroyed: tracked.content_destroyed,
        referrals,
        message_max: MESSAGE_MAX,
        tr,
    }
}

/// The receipt as typed, throttled per client address and looked up (see
/// `app::complaints::look_up`).
pub(super) async fn look_up(
    req: &HttpRequest,
    auth: &AuthState,
    pool: &Pool,
    typed: &str,
) -> Result<Found, AppError> {
    let client = session::client_key(req, auth);
    filing::look_up(pool, auth, &client, typed).await
}

/// An unknown receipt is "not found" (404), shown on the form like any refusal.
fn lookup_status(e: &AppError) -> Option<StatusCode> {
    is_unknown_receipt(e).then_some(StatusCode::NOT_FOUND)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackForm {
    receipt: String,
}

async fn track(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<TrackForm>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    match look_up(&req, &auth, &pool, &form.receipt).await {
        Ok(found) => no_store(super::html(&tracked_page(
            frame,
            csrf,
            &found.receipt,
            found.tracked,
            FormError::none(),
            None,
        ))?),
        Err(e) => track_refused(frame, csrf, e),
    }
}

pub(super) fn track_refused(
    frame: Frame,
    csrf: CsrfToken,
    e: AppError,
) -> Result<HttpResponse, AppError> {
    match FormError::from_app(&frame.tr, &e) {
        Some((status, error)) => {
            let status = lookup_status(&e).unwrap_or(status);
            let page = TrackFormPage {
                tr: frame.tr,
                nav: frame.nav,
                csrf: csrf.0,
                error,
                linked: Vec::new(),
            };
            refused_after(&e, status, &page)
        }
        None => Err(e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackMessageForm {
    receipt: String,
    referral: String,
    body: String,
}

/// The worker answers a question or adds information.
async fn track_message(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<TrackMessageForm>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let found = match look_up(&req, &auth, &pool, &form.receipt).await {
        Ok(found) => found,
        Err(e) => return track_refused(frame, csrf, e),
    };
    let written = match filing::referral_number(&form.referral) {
        Ok(referral) => filing::answer(&pool, &found, referral, &form.body).await,
        Err(e) => Err(e.into()),
    };
    after_worker_change(frame, csrf, &pool, found, written, "track-message-sent").await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawForm {
    receipt: String,
    #[serde(default)]
    confirm: String,
}

/// The worker withdraws the complaint: every open referral is closed as withdrawn.
async fn track_withdraw(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<WithdrawForm>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let ticked = form.confirm.trim() == "yes";
    let page = (frame, csrf);
    confirmed_change(
        &req,
        page,
        &pool,
        &auth,
        &form.receipt,
        ticked,
        Confirmed::Withdraw,
    )
    .await
}

/// What a worker confirms with a checkbox on the tracked page.
#[derive(Debug, Clone, Copy)]
enum Confirmed {
    Withdraw,
    Delete,
}

/// A change the worker confirmed (or forgot to): done, and the tracked page again with a
/// notice; or refused on the checkbox, with the page as it was.
async fn confirmed_change(
    req: &HttpRequest,
    (frame, csrf): (Frame, CsrfToken),
    pool: &Pool,
    auth: &AuthState,
    receipt: &str,
    ticked: bool,
    what: Confirmed,
) -> Result<HttpResponse, AppError> {
    let found = match look_up(req, auth, pool, receipt).await {
        Ok(found) => found,
        Err(e) => return track_refused(frame, csrf, e),
    };
    let (field, refusal, notice) = match what {
        Confirmed::Withdraw => ("confirm", "error-track-withdraw-confirm", "track-withdrawn"),
        Confirmed::Delete => (
            "confirm_delete",
            "track-delete-confirm-required",
            "track-deleted",
        ),
    };
    let done = match (ticked, what) {
        (false, _) => Err(InputError::new(field, refusal).into()),
        (true, Confirmed::Withdraw) => filing::withdraw(pool, &found).await.map(drop),
        (true, Confirmed::Delete) => filing::delete_words(pool, &found).await,
    };
    after_worker_change(frame, csrf, pool, found, done, notice).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeleteForm {
    receipt: String,
    #[serde(default)]
    confirm_delete: String,
}

/// The worker deletes what they wrote (confirmed with a checkbox).
async fn track_delete(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<DeleteForm>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let ticked = form.confirm_delete.trim() == "yes";
    let page = (frame, csrf);
    confirmed_change(
        &req,
        page,
        &pool,
        &auth,
        &form.receipt,
        ticked,
        Confirmed::Delete,
    )
    .await
}

/// The tracked page again: after a change, read fresh with a notice; after a refusal, as it
/// was with the error.
async fn after_worker_change(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    found: Found,
    result: Result<(), AppError>,
    notice_key: &str,
) -> Result<HttpResponse, AppError> {
    after_worker_change_with(frame, csrf, pool, found, result, &[notice_key], &[]).await
}

/// [`after_worker_change`] with several notices on success, and, on a refused upload, the
/// kinds of organisation the worker had ticked kept and a note that files must be chosen
/// again (a browser never sends them back).
pub(super) async fn after_worker_change_with(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    found: Found,
    result: Result<(), AppError>,
    notice_keys: &[&str],
    ticked: &[String],
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => {
            let tracked = filing::read(pool, &found)
                .await?
                .ok_or(AppError::NotFound)?;
            let notice = Some(
                notice_keys
                    .iter()
                    .map(|k| frame.tr.t(k))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            no_store(super::html(&tracked_page(
                frame,
                csrf,
                &found.receipt,
                tracked,
                FormError::none(),
                notice,
            ))?)
        }
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let upload = error.any_of(&["files", "shared_with"]);
                let share_kinds = found.tracked.share_kinds.clone();
                let mut page =
                    tracked_page(frame, csrf, &found.receipt, found.tracked, error, None);
                if upload {
                    page.files_note = Some(page.tr.t("evidence-choose-again"));
                    page.share_choices =
                        super::evidence::share_choices(&page.tr, &share_kinds, ticked);
                }
                refused_after(&e, status, &page)
            }
            None => Err(e),
        },
    }
}
