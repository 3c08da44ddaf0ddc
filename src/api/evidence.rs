//! Evidence over the API: `POST /api/v1/track/files` (the worker, by receipt, multipart) and
//! `GET /api/v1/cases/{id}/files/{file}` (staff of the referral's organisation).

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::casework::{self, Staff};
use crate::app::complaints::{Attached, Budget, FILES_SHARED_WITH};
use crate::app::evidence;
use crate::auth::{AuthState, SignedIn, session};
use crate::db::Pool;
use crate::db::evidence::FileRow;
use crate::error::{AppError, ErrorBody, InputError};
use crate::evidence::Evidence;
use crate::evidence::http::{Reading, read_multipart, read_upload, serve};

/// A file of a complaint.
#[derive(Serialize, ToSchema)]
pub struct EvidenceFile {
    /// Names the file in `/api/v1/cases/{id}/files/{file}`.
    id: String,
    /// `photo`, `document` or `voice`.
    kind: String,
    /// What it is served as, after cleaning.
    content_type: String,
    /// Bytes stored (sealed).
    size: i64,
    /// The name it was sent with (no path, no control characters), when it opens.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// The day it was added.
    added_on: Option<String>,
    /// Sent to the worker by an organisation's staff (not by the worker).
    sent_by_staff: bool,
}

impl EvidenceFile {
    /// A file as a list shows it (its name opened already, or empty).
    pub fn of(row: FileRow) -> EvidenceFile {
        EvidenceFile {
            id: row.public_id,
            kind: row.kind,
            content_type: row.content_type,
            size: row.size,
            name: Some(row.details).filter(|n| !n.is_empty()),
            added_on: Some(row.created_at.format("%Y-%m-%d").to_string()),
            sent_by_staff: row.from_organisation_id.is_some(),
        }
    }
}

/// The files just added.
#[derive(Serialize, ToSchema)]
pub struct FilesAdded {
    files: Vec<EvidenceFile>,
    /// Photos were among them: their location data and the phone's details were removed.
    location_removed: bool,
}

/// The parts of an upload (`multipart/form-data`), in this order: the receipt and the kinds
/// before the files (the receipt is checked before any file is taken in).
#[derive(ToSchema)]
#[allow(dead_code)] // documents the parts; reading is `evidence::http::read_upload`
pub struct UploadParts {
    /// The complaint's receipt.
    receipt: String,
    /// Kinds of organisation that may open the files (each one the complaint was shared
    /// with): one part per kind.
    shared_with: Vec<String>,
    /// The files: photos (JPEG, PNG, WebP), PDF, voice notes (MP3, Ogg, M4A, AMR); one part
    /// per file, at most the per-message count, each within the per-file size.
    #[schema(value_type = Vec<String>, format = Binary)]
    files: Vec<Vec<u8>>,
}

/// Adds photos, documents or voice notes to a complaint, by its receipt. Each file is told
/// by its bytes, cleaned (photos lose their location and the phone's details), sealed and
/// stored; a refused upload stores nothing.
#[utoipa::path(
    tag = "complaints",
    request_body(content = UploadParts, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "The files were added", body = FilesAdded),
        (status = 400, description = "A file not accepted, unreadable or too large; too many files; no or unknown kinds of organisation; a malformed upload", body = ErrorBody),
        (status = 404, description = "No complaint has this receipt", body = ErrorBody),
        (status = 408, description = "The upload took longer than its time limit"),
        (status = 429, description = "Too many look-ups; see Retry-After", body = ErrorBody),
        (status = 503, description = "The file store is unavailable: nothing was stored, try again", body = ErrorBody),
    )
)]
#[post("/track/files")]
pub async fn track_files(
    req: HttpRequest,
    payload: web::Payload,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let client = session::client_key(&req, &auth);
    let look_up = async |receipt: &str| {
        crate::app::complaints::look_up(&pool, &auth, &client, receipt)
            .await
            .map_err(unknown_is_not_found)
    };
    let (form, found) = read_upload(&req, payload, &evidence, false, look_up).await?;
    let found = found?;
    if let Some(refused) = form.refused {
        return Err(refused);
    }
    let added_files =
        evidence::add_from_worker(&pool, &evidence, &found, form.files, &form.shared_with).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(added(added_files, false)))
}

/// A complaint sent as `multipart/form-data` with its files (`POST /api/v1/complaints`): the
/// complaint's JSON (`complaint`), the kinds that may open the files, the files. The
/// client's complaint budget is taken when the first file byte arrives (then `true`), so
/// nobody over it makes the server take in files.
pub(super) async fn complaint_with_files<'a>(
    req: &HttpRequest,
    payload: web::Payload,
    evidence: &'a Evidence,
    auth: &AuthState,
    user: Option<&crate::auth::User>,
    client: &str,
) -> Result<(super::complaints::ComplaintRequest, bool, Attached<'a>), AppError> {
    let reading = Reading {
        evidence,
        csrf_first: false,
        text_fields: Some(&["complaint", FILES_SHARED_WITH]),
        text_max: crate::startup::MAX_BODY_BYTES,
    };
    let take = async |_: &[(String, String)]| Budget::Take { client }.take(auth, user).await;
    let (sent, gated) = read_multipart(req, payload, reading, take).await?;
    let taken = match gated {
        Some(Err(e)) => return Err(e),
        Some(Ok(())) => true,
        None => false,
    };
    if let Some(refused) = sent.refused {
        return Err(refused);
    }
    let body = sent
        .values("complaint")
        .next()
        .and_then(|json| serde_json::from_str(json).ok())
        .ok_or_else(|| AppError::from(InputError::new("complaint", "error-form-fields")))?;
    let attached = Attached {
        evidence,
        shared_with: sent.values(FILES_SHARED_WITH).cloned().collect(),
        uploads: sent.files,
    };
    Ok((body, taken, attached))
}

/// One of a referral's files, for its organisation's staff when the worker let their kind
/// of organisation open it; served as it is on the pages (`nosniff`, a sandbox policy, a
/// download but for photos).
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(
        ("id" = i64, Path, description = "The referral"),
        ("file" = String, Path, description = "The file's id"),
    ),
    responses(
        (status = 200, description = "The file's bytes, of its content type", content_type = "application/octet-stream"),
        (status = 400, description = "The organisation's key is not held: the sealed file cannot be opened", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such file for this organisation", body = ErrorBody),
        (status = 503, description = "The file store is unavailable", body = ErrorBody),
    )
)]
#[get("/cases/{id}/files/{file}")]
pub async fn case_file(
    SignedIn(user): SignedIn,
    path: web::Path<(String, String)>,
    pool: web::Data<Pool>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let (id, file) = path.into_inner();
    let referral = casework::referral_id(&id)?;
    let opened = evidence::open_for_staff(&pool, &evidence, &staff, referral, &file).await?;
    Ok(serve(opened))
}

/// The parts of a staff upload (`multipart/form-data`): one `files` part per file.
#[derive(ToSchema)]
#[allow(dead_code)] // documents the parts; reading is `evidence::http::read_upload`
pub struct StaffUploadParts {
    /// Photos (JPEG, PNG, WebP), PDF, voice notes (MP3, Ogg, M4A, AMR).
    #[schema(value_type = Vec<String>, format = Binary)]
    files: Vec<Vec<u8>>,
}

pub(super) fn added(added: evidence::Added, sent_by_staff: bool) -> FilesAdded {
    FilesAdded {
        location_removed: added.photos,
        files: added
            .files
            .into_iter()
            .map(|(id, kind, content_type, size)| EvidenceFile {
                id,
                kind: kind.to_owned(),
                content_type: content_type.to_owned(),
                size,
                name: None,
                added_on: None,
                sent_by_staff,
            })
            .collect(),
    }
}

/// Staff send files to the worker on one of their referrals (a form, a decision, a
/// letter): cleaned and sealed as the worker's are; the worker and this organisation open
/// them, no other organisation.
#[utoipa::path(
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "The referral")),
    request_body(content = StaffUploadParts, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "The files were sent", body = FilesAdded),
        (status = 400, description = "A file not accepted, unreadable or too large; too many; the organisation's key not held", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not staff of an organisation", body = ErrorBody),
        (status = 404, description = "No such referral for this organisation", body = ErrorBody),
        (status = 503, description = "The file store is unavailable: nothing was stored, try again", body = ErrorBody),
    )
)]
#[post("/cases/{id}/files")]
pub async fn case_files(
    req: HttpRequest,
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    payload: web::Payload,
    pool: web::Data<Pool>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = casework::referral_id(&path)?;
    // Another organisation's referral is a 404 before the body is read.
    let target = evidence::staff_may_send(&pool, &staff, id).await?;
    let (form, _) = read_upload(&req, payload, &evidence, false, async |_: &str| Ok(())).await?;
    if let Some(refused) = form.refused {
        return Err(refused);
    }
    let done = evidence::add_from_staff(&pool, &evidence, &staff, target, form.files).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(added(done, true)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenFileRequest {
    /// The complaint's receipt.
    receipt: String,
    /// The file's id, as `POST /api/v1/track` lists it.
    file: String,
}

/// The worker opens one of the complaint's files (theirs, or one staff sent them), by
/// receipt, served as staff get files (`nosniff`, a sandbox policy, a download but for
/// photos).
#[utoipa::path(
    tag = "complaints",
    request_body = OpenFileRequest,
    responses(
        (status = 200, description = "The file's bytes, of its content type", content_type = "application/octet-stream"),
        (status = 400, description = "Not a 16-digit receipt", body = ErrorBody),
        (status = 404, description = "No complaint has this receipt, or it has no such file", body = ErrorBody),
        (status = 429, description = "Too many look-ups; see Retry-After", body = ErrorBody),
        (status = 503, description = "The file store is unavailable", body = ErrorBody),
    )
)]
#[post("/track/files/open")]
pub async fn track_file(
    req: HttpRequest,
    body: web::Json<OpenFileRequest>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
    evidence: web::Data<Evidence>,
) -> Result<HttpResponse, AppError> {
    let client = session::client_key(&req, &auth);
    let found = crate::app::complaints::look_up(&pool, &auth, &client, &body.receipt)
        .await
        .map_err(unknown_is_not_found)?;
    let opened = evidence::open_for_worker(&pool, &evidence, &found, &body.file).await?;
    Ok(serve(opened))
}

/// A receipt that names nothing is a 404 on the API.
fn unknown_is_not_found(e: AppError) -> AppError {
    if crate::app::complaints::is_unknown_receipt(&e) {
        AppError::NotFound
    } else {
        e
    }
}
