//! Evidence on the pages: the worker adds files on `/track` (a plain multipart form, no
//! script) and staff open them from a case (`/cases/{id}/files/{file}`), served so that no
//! file can run in the service's origin.

use actix_web::{HttpRequest, HttpResponse, web};

use super::Frame;
use super::forms::Opt;
use crate::app::casework::Staff;
use crate::app::evidence;
use crate::auth::csrf::CsrfToken;
use crate::auth::{AuthState, SignedIn};
use crate::db::Pool;
use crate::db::evidence::FileRow;
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::split_words;
use crate::error::AppError;
use crate::evidence::Evidence;
use crate::evidence::http::{read_upload, serve};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/track/files").post(track_files))
        .service(web::resource("/track/files/open").post(track_file))
        .service(web::resource("/cases/{id}/files").post(case_files))
        .service(web::resource("/cases/{id}/files/{file}").get(case_file));
}

/// A file as a list shows it.
pub struct FileLine {
    pub public_id: String,
    pub name: String,
    /// `photo`, `document` or `voice`.
    pub kind: String,
    pub kind_label: String,
    pub size: String,
    pub day: String,
    /// Sent by an organisation's staff (not by the worker).
    pub from_staff: bool,
}

pub fn file_lines(tr: &Tr, rows: &[FileRow]) -> Vec<FileLine> {
    rows.iter()
        .map(|row| FileLine {
            public_id: row.public_id.clone(),
            name: row.details.clone(),
            kind: row.kind.clone(),
            kind_label: tr.t(&format!("evidence-kind-{}", row.kind)),
            size: tr.t_n(
                "evidence-size-kb",
                "count",
                &((row.size + 1023) / 1024).max(1),
            ),
            day: row.created_at.format("%Y-%m-%d").to_string(),
            from_staff: row.from_organisation_id.is_some(),
        })
        .collect()
}

/// The kinds of organisation the complaint was shared with, to tick for new files.
pub fn share_choices(tr: &Tr, share_kinds: &str, chosen: &[String]) -> Vec<Opt> {
    split_words(share_kinds, OrganisationKind::parse)
        .into_iter()
        .map(|kind| Opt {
            value: kind.as_str().to_owned(),
            label: tr.t(kind.message_key()),
            selected: chosen.is_empty() || chosen.iter().any(|c| c == kind.as_str()),
        })
        .collect()
}

/// The worker adds files to their complaint from `/track`; the page comes back with what
/// they sent listed, or with the refusal (their choices kept; files must be chosen again,
/// and the page says so).
async fn track_files(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let look_up =
        async |receipt: &str| super::complaints::look_up(&req, &auth, &pool, receipt).await;
    let (form, found) = read_upload(&req, payload, &evidence, true, look_up).await?;
    let found = match found {
        Ok(found) => found,
        Err(e) => return super::complaints::track_refused(frame, csrf, e),
    };
    let added = match form.refused {
        Some(refused) => Err(refused),
        None => {
            evidence::add_from_worker(&pool, &evidence, &found, form.files, &form.shared_with).await
        }
    };
    let notices: Vec<&str> = match &added {
        Ok(added) if added.photos => vec!["evidence-sent", "evidence-location-removed"],
        _ => vec!["evidence-sent"],
    };
    super::complaints::after_worker_change_with(
        frame,
        csrf,
        &pool,
        found,
        added.map(drop),
        &notices,
        &form.shared_with,
    )
    .await
}

/// One of a case's files for its organisation's staff. Photos (cleaned, re-encoded) may be
/// shown in the page; everything else is a download. Never sniffed, never run: a sandbox
/// policy and `nosniff`; never cached.
async fn case_file(
    SignedIn(user): SignedIn,
    path: web::Path<(String, String)>,
    pool: web::Data<Pool>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let (id, file) = path.into_inner();
    let referral = crate::app::casework::referral_id(&id)?;
    let opened = evidence::open_for_staff(&pool, &evidence, &staff, referral, &file).await?;
    Ok(serve(opened))
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct OpenFileForm {
    receipt: String,
    file: String,
}

/// The worker opens one of the complaint's files (theirs, or one staff sent them): a form
/// with the receipt in its body, never in an address.
async fn track_file(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    crate::auth::csrf::CsrfForm(form): crate::auth::csrf::CsrfForm<OpenFileForm>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let found = match super::complaints::look_up(&req, &auth, &pool, &form.receipt).await {
        Ok(found) => found,
        Err(e) => return super::complaints::track_refused(frame, csrf, e),
    };
    let opened = evidence::open_for_worker(&pool, &evidence, &found, &form.file).await?;
    Ok(serve(opened))
}

/// Staff send files to the worker on a referral of theirs; the case page again, with the
/// refusal when there is one.
async fn case_files(
    req: HttpRequest,
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    payload: web::Payload,
    pool: web::Data<Pool>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = crate::app::casework::referral_id(&path)?;
    let (frame, csrf) = (Frame::for_request(&req), CsrfToken::for_request(&req)?);
    // Another organisation's referral is a 404 before the body is read.
    let target = match evidence::staff_may_send(&pool, &staff, id).await {
        Ok(target) => target,
        Err(e) => return super::cases::after_post(frame, csrf, &pool, staff, id, Err(e)).await,
    };
    let (form, _) = read_upload(&req, payload, &evidence, true, async |_: &str| Ok(())).await?;
    let result = match form.refused {
        Some(e) => Err(e),
        None => evidence::add_from_staff(&pool, &evidence, &staff, target, form.files)
            .await
            .map(drop),
    };
    super::cases::after_post(frame, csrf, &pool, staff, id, result).await
}
