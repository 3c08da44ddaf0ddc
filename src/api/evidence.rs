//! Evidence over the API: `POST /api/v1/track/files` (the worker, by receipt, multipart) and
//! `GET /api/v1/cases/{id}/files/{file}` (staff of the referral's organisation).

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::casework::{self, Staff};
use crate::app::evidence;
use crate::auth::{AuthState, SignedIn, session};
use crate::db::Pool;
use crate::db::evidence::FileRow;
use crate::error::{AppError, ErrorBody};
use crate::evidence::Evidence;
use crate::evidence::http::{read_upload, serve};

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
            .map_err(|e| {
                if crate::app::complaints::is_unknown_receipt(&e) {
                    AppError::NotFound
                } else {
                    e
                }
            })
    };
    let (form, found) = read_upload(&req, payload, &evidence, false, look_up).await?;
    let found = found?;
    if let Some(refused) = form.refused {
        return Err(refused);
    }
    let added =
        evidence::add_from_worker(&pool, &evidence, &found, form.files, &form.shared_with).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(FilesAdded {
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
                })
                .collect(),
        }))
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
