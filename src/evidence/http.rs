//! Evidence over HTTP, for the pages and the API alike: reading an upload
//! (`multipart/form-data`) as it streams — text fields are short, each file is read once
//! into one buffer within its limit, a field that is not expected is refused — and serving
//! a file so that it can never run in the service's origin.

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use futures_util::StreamExt;

use super::Upload;
use super::spool::Spooled;
use crate::error::{AppError, InputError};

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

/// What a multipart form sent: its text fields in order, and its files within the limits.
#[derive(Default)]
pub struct MultipartForm {
    pub csrf: Option<String>,
    /// Text fields but the CSRF token, as (name, value), in the order sent.
    pub fields: Vec<(String, String)>,
    pub files: Vec<Upload>,
    /// Files over the limits: the rest of the body was read and dropped, so that the
    /// answer can be the page with the refusal and everything else that was sent.
    pub refused: Option<AppError>,
}

impl MultipartForm {
    /// Every value of one text field.
    pub fn values(&self, name: &str) -> impl Iterator<Item = &String> {
        self.fields
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

/// Does the request say its body is `multipart/form-data` (a form with files)?
pub fn is_multipart(headers: &header::HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.starts_with("multipart/form-data"))
}

/// How to read one kind of multipart form.
pub struct Reading<'a> {
    pub evidence: &'a super::Evidence,
    /// A page's form: the CSRF token comes first and is checked before anything else is read.
    pub csrf_first: bool,
    /// The text fields it may hold (besides `csrf` and `files`); `None` leaves them to the
    /// form's own parser, which refuses what it does not know.
    pub text_fields: Option<&'a [&'a str]>,
    /// Bytes of all its text fields together.
    pub text_max: usize,
}

/// Text fields of an upload (a receipt, a few kinds of organisation) are short.
const UPLOAD_TEXT_MAX: usize = 4096;

/// Reads a multipart form as it streams: text fields within `text_max` together, each file
/// within the per-file limit (read once, into one encrypted spool), at most the per-message
/// count (past either, the files are dropped and `refused` says why); a field it does not
/// know is refused. `gate` is asked with the text fields read so far when the first byte of
/// a file arrives (forms put their files last): when it refuses, nothing more is read, so
/// that nobody the gate turns away makes the server take in files. Returns the form and
/// what the gate answered, if a file came and it was asked.
pub async fn read_multipart<G>(
    req: &HttpRequest,
    payload: web::Payload,
    reading: Reading<'_>,
    gate: impl AsyncFnOnce(&[(String, String)]) -> Result<G, AppError>,
) -> Result<(MultipartForm, Option<Result<G, AppError>>), AppError> {
    let mut gate = Some(gate);
    let mut gated: Option<Result<G, AppError>> = None;
    let (limits, spool_dir) = (
        &reading.evidence.limits,
        reading.evidence.spool_dir.as_path(),
    );
    let unavailable = |e: std::io::Error| AppError::Unavailable(format!("upload spool: {e}"));
    if !is_multipart(req.headers()) {
        return Err(InputError::new("form", "error-form-invalid").into());
    }
    let mut parts = actix_multipart::Multipart::new(req.headers(), payload);
    let mut form = MultipartForm::default();
    let mut text_left = reading.text_max;
    let broken = || AppError::from(InputError::new("files", "error-evidence-truncated"));
    // A token that does not verify (a form left open too long): the text fields that follow
    // are still read, and kept on the request ([`StaleForm`]) for the page to show back; no
    // file is read.
    let mut stale = false;
    'parts: while let Some(part) = parts.next().await {
        let mut field = part.map_err(|_| broken())?;
        let name = field.name().unwrap_or_default().to_owned();
        if reading.csrf_first && form.csrf.is_none() && name != crate::auth::csrf::FIELD {
            return Err(AppError::CsrfFailed);
        }
        if stale && name == "files" {
            req.extensions_mut().insert(StaleForm {
                fields: std::mem::take(&mut form.fields),
                had_files: true,
            });
            return Err(AppError::CsrfFailed);
        }
        if name == "files" {
            let sent_name = field
                .content_disposition()
                .and_then(|d| d.get_filename())
                .unwrap_or_default()
                .to_owned();
            let mut data = None;
            let mut too_large = false;
            while let Some(chunk) = field.next().await {
                let chunk = chunk.map_err(|_| broken())?;
                if let Some(ask) = gate.take() {
                    let answer = ask(&form.fields).await;
                    let refused = answer.is_err();
                    gated = Some(answer);
                    if refused {
                        break 'parts;
                    }
                }
                if too_large || form.refused.is_some() {
                    continue;
                }
                let spooled = match &mut data {
                    Some(spooled) => spooled,
                    None => data.insert(Spooled::new(spool_dir).map_err(unavailable)?),
                };
                if spooled.len() + chunk.len() > limits.file_bytes {
                    too_large = true;
                    data = None;
                    continue;
                }
                spooled.write(&chunk).map_err(unavailable)?;
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
            let Some(data) = data.filter(|d| !d.is_empty() || !sent_name.is_empty()) else {
                continue;
            };
            if form.files.len() == limits.files_per_message {
                form.files.clear();
                form.refused = Some(InputError::new("files", "error-evidence-too-many").into());
                continue;
            }
            form.files.push(Upload {
                name: sent_name,
                data,
            });
            continue;
        }
        let known = name == crate::auth::csrf::FIELD
            || reading
                .text_fields
                .is_none_or(|names| names.contains(&name.as_str()));
        if !known {
            return Err(InputError::new("form", "error-form-fields").into());
        }
        let mut text = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| broken())?;
            text_left = text_left
                .checked_sub(chunk.len())
                .ok_or_else(|| AppError::from(InputError::new("form", "error-form-fields")))?;
            text.extend_from_slice(&chunk);
        }
        let text =
            String::from_utf8(text).map_err(|_| InputError::new("form", "error-form-encoding"))?;
        if name == crate::auth::csrf::FIELD {
            if form.csrf.is_some() {
                return Err(AppError::CsrfFailed);
            }
            if reading.csrf_first && crate::auth::csrf::check(req, &text).is_err() {
                stale = true;
            }
            form.csrf = Some(text);
        } else {
            form.fields.push((name, text));
        }
    }
    if stale {
        req.extensions_mut().insert(StaleForm {
            fields: form.fields,
            had_files: false,
        });
        return Err(AppError::CsrfFailed);
    }
    if reading.csrf_first && form.csrf.is_none() {
        return Err(AppError::CsrfFailed);
    }
    Ok((form, gated))
}

/// The text fields of a page's multipart form refused for its CSRF token alone (kept on the
/// request by [`read_multipart`]): the page shows them back with a fresh token. Whether a
/// file part had begun (its files were not read and must be chosen again).
#[derive(Debug, Clone, Default)]
pub struct StaleForm {
    pub fields: Vec<(String, String)>,
    pub had_files: bool,
}

/// Reads an upload of files to a complaint (the worker's, found by the receipt, or staff's
/// on a referral): [`read_multipart`] with the receipt and the kinds of organisation as its
/// only text. `gate` is asked with the receipt before the first file is read, or at the end
/// when no file came; returns the form and what the gate answered.
pub async fn read_upload<G>(
    req: &HttpRequest,
    payload: web::Payload,
    evidence: &super::Evidence,
    csrf_first: bool,
    gate: impl AsyncFnOnce(&str) -> Result<G, AppError>,
) -> Result<(UploadForm, Result<G, AppError>), AppError> {
    let receipt_of = |fields: &[(String, String)]| {
        fields
            .iter()
            .find(|(k, _)| k == "receipt")
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut gate = Some(gate);
    let reading = Reading {
        evidence,
        csrf_first,
        text_fields: Some(&["receipt", "shared_with"]),
        text_max: UPLOAD_TEXT_MAX,
    };
    let (form, gated) = read_multipart(
        req,
        payload,
        reading,
        async |fields: &[(String, String)]| match gate.take() {
            Some(ask) => ask(&receipt_of(fields)).await,
            None => Err(AppError::Internal(
                "an upload's gate was asked twice".into(),
            )),
        },
    )
    .await?;
    let gated = match (gated, gate) {
        (Some(answer), _) => answer,
        (None, Some(ask)) => ask(&receipt_of(&form.fields)).await,
        (None, None) => Err(AppError::Internal("an upload's gate was not asked".into())),
    };
    let upload = UploadForm {
        receipt: receipt_of(&form.fields),
        shared_with: form.values("shared_with").cloned().collect(),
        csrf: form.csrf,
        files: form.files,
        refused: form.refused,
    };
    Ok((upload, gated))
}

/// A file opened for its reader, as a response: photos (cleaned, re-encoded) may be shown
/// in a page, everything else is a download; never sniffed (`nosniff`), never run (a
/// sandbox policy), never cached.
pub fn serve(opened: crate::app::evidence::Opened) -> HttpResponse {
    // Saved under the name it was sent with, ending as what it now is (a WebP photo is
    // served as JPEG).
    let mut name = opened.name;
    if let Some(extension) = super::clean::extension_of(&opened.content_type)
        && !name
            .to_ascii_lowercase()
            .ends_with(&format!(".{extension}"))
    {
        name.push('.');
        name.push_str(extension);
    }
    let disposition = header::ContentDisposition {
        disposition: if opened.kind == "photo" {
            header::DispositionType::Inline
        } else {
            header::DispositionType::Attachment
        },
        parameters: vec![header::DispositionParam::FilenameExt(
            header::ExtendedValue {
                charset: header::Charset::Ext("UTF-8".into()),
                language_tag: None,
                value: name.into_bytes(),
            },
        )],
    };
    HttpResponse::Ok()
        .content_type(opened.content_type)
        .insert_header(disposition)
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Content-Security-Policy", "sandbox; default-src 'none'"))
        .insert_header(("Cache-Control", "no-store"))
        .body(opened.bytes)
}
