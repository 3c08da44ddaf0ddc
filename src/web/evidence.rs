//! Evidence on the pages: the worker adds files on `/track` (a plain multipart form, no
//! script) and staff open them from a case (`/cases/{id}/files/{file}`), served so that no
//! file can run in the service's origin.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;

use super::Frame;
use super::forms::Opt;
use crate::app::casework::Staff;
use crate::app::evidence::{self, Upload};
use crate::auth::csrf::CsrfToken;
use crate::auth::{AuthState, SignedIn};
use crate::db::Pool;
use crate::db::evidence::FileRow;
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::split_words;
use crate::error::{AppError, InputError};
use crate::evidence::{Evidence, Limits};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/track/files").post(track_files))
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

/// What an upload form sent.
#[derive(Default)]
pub struct UploadForm {
    pub csrf: Option<String>,
    pub receipt: String,
    pub shared_with: Vec<String>,
    pub files: Vec<Upload>,
    /// Files over the limits: the rest of the body was read and dropped, so that the
    /// answer can be the page with the refusal and everything else that was sent.
    pub refused: Option<AppError>,
}

/// Text fields of an upload are short.
const TEXT_MAX: usize = 1024;

/// Reads a multipart upload as it streams: text fields within [`TEXT_MAX`], each file within
/// the per-file limit (read once, into one buffer), at most the per-message count (past
/// either, the files are dropped and `refused` says why); a field it does not know is
/// refused. With `csrf_first` (a page), the form's CSRF token must come
/// first and is checked before any file is read.
pub async fn read_upload(
    req: &HttpRequest,
    payload: web::Payload,
    limits: &Limits,
    csrf_first: bool,
) -> Result<UploadForm, AppError> {
    let is_multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.starts_with("multipart/form-data"));
    if !is_multipart {
        return Err(InputError::new("form", "error-form-invalid").into());
    }
    let mut parts = actix_multipart::Multipart::new(req.headers(), payload);
    let mut form = UploadForm::default();
    let broken = || AppError::from(InputError::new("files", "error-evidence-truncated"));
    while let Some(part) = parts.next().await {
        let mut field = part.map_err(|_| broken())?;
        let name = field.name().unwrap_or_default().to_owned();
        if csrf_first && form.csrf.is_none() && name != crate::auth::csrf::FIELD {
            return Err(AppError::CsrfFailed);
        }
        if name == "files" {
            let sent_name = field
                .content_disposition()
                .and_then(|d| d.get_filename())
                .unwrap_or_default()
                .to_owned();
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = field.next().await {
                let chunk = chunk.map_err(|_| broken())?;
                if too_large || form.refused.is_some() {
                    continue;
                }
                if bytes.len() + chunk.len() > limits.file_bytes {
                    too_large = true;
                    bytes = Vec::new();
                    continue;
                }
                bytes.extend_from_slice(&chunk);
            }
            if form.refused.is_some() {
                continue;
            }
            if too_large {
                form.files.clear();
                form.refused = Some(InputError::new("files", "error-evidence-too-large").into());
                continue;
            }
            // A file input left empty still sends a part, with no name and no bytes.
            if bytes.is_empty() && sent_name.is_empty() {
                continue;
            }
            if form.files.len() == limits.files_per_message {
                form.files.clear();
                form.refused = Some(InputError::new("files", "error-evidence-too-many").into());
                continue;
            }
            form.files.push(Upload {
                name: sent_name,
                bytes,
            });
            continue;
        }
        let mut text = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| broken())?;
            if text.len() + chunk.len() > TEXT_MAX {
                return Err(InputError::new("form", "error-form-fields").into());
            }
            text.extend_from_slice(&chunk);
        }
        let text =
            String::from_utf8(text).map_err(|_| InputError::new("form", "error-form-encoding"))?;
        match name.as_str() {
            "csrf" if form.csrf.is_none() => {
                if csrf_first {
                    crate::auth::csrf::check(req, &text)?;
                }
                form.csrf = Some(text);
            }
            "receipt" => form.receipt = text,
            "shared_with" => form.shared_with.push(text),
            _ => return Err(InputError::new("form", "error-form-fields").into()),
        }
    }
    if csrf_first && form.csrf.is_none() {
        return Err(AppError::CsrfFailed);
    }
    Ok(form)
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
    let form = read_upload(&req, payload, &evidence.limits, true).await?;
    let found = match super::complaints::look_up(&req, &auth, &pool, &form.receipt).await {
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
    let disposition = if opened.kind == "photo" {
        "inline"
    } else {
        "attachment"
    };
    let filename = header::ContentDisposition {
        disposition: if disposition == "inline" {
            header::DispositionType::Inline
        } else {
            header::DispositionType::Attachment
        },
        parameters: vec![header::DispositionParam::FilenameExt(
            header::ExtendedValue {
                charset: header::Charset::Ext("UTF-8".into()),
                language_tag: None,
                value: opened.name.into_bytes(),
            },
        )],
    };
    Ok(HttpResponse::Ok()
        .content_type(opened.content_type)
        .insert_header(filename)
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Content-Security-Policy", "sandbox; default-src 'none'"))
        .insert_header(("Cache-Control", "no-store"))
        .body(opened.bytes))
}
