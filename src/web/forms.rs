//! What every form page shares: the error shown beside a field, and answering with the form
//! again (status 4xx, everything typed kept) when the input was refused.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;

use super::localize::Rendered;
use crate::domain::text;
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

/// A refused field and the translated reason.
#[derive(Debug, Clone, Default)]
pub struct FormError {
    /// The field's name (`""` when no form is refused).
    pub field: &'static str,
    pub message: String,
}

impl FormError {
    pub fn none() -> FormError {
        FormError::default()
    }

    pub fn new(tr: &Tr, error: &InputError) -> FormError {
        FormError {
            field: error.field,
            message: tr.t(error.message_key),
        }
    }

    /// The message for an error a form shows in place (bad input, failed sign-in).
    pub fn from_app(tr: &Tr, error: &AppError) -> Option<(StatusCode, FormError)> {
        use actix_web::ResponseError;
        match error {
            AppError::Input(input) => Some((error.status_code(), FormError::new(tr, input))),
            AppError::BadCredentials => Some((
                error.status_code(),
                FormError {
                    field: "username",
                    message: tr.t(error.message_key()),
                },
            )),
            // Too many attempts: the form again, with what was typed, and when to retry
            // (see [`refused_after`]).
            AppError::TooManyRequests { .. } => Some((
                error.status_code(),
                FormError {
                    field: "form",
                    message: tr.t(error.message_key()),
                },
            )),
            _ => None,
        }
    }

    pub fn is(&self, field: &str) -> bool {
        !self.field.is_empty() && self.field == field
    }

    pub fn any(&self) -> bool {
        !self.field.is_empty()
    }
}

/// The form page again, with the status of the refusal; the error middleware leaves it as is.
pub fn refused(status: StatusCode, page: &impl askama::Template) -> Result<HttpResponse, AppError> {
    let body = page
        .render()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut response = HttpResponse::build(status)
        .content_type(ContentType::html())
        .insert_header(("Cache-Control", "no-store"))
        .body(body);
    response.extensions_mut().insert(Rendered);
    Ok(response)
}

/// The form again after `error` (see [`FormError::from_app`]), with `Retry-After` when the
/// refusal was a throttle.
pub fn refused_after(
    error: &AppError,
    status: StatusCode,
    page: &impl askama::Template,
) -> Result<HttpResponse, AppError> {
    let mut response = refused(status, page)?;
    if let AppError::TooManyRequests { retry_after } = error {
        response.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            actix_web::http::header::HeaderValue::from(*retry_after),
        );
    }
    Ok(response)
}

/// Where to go after a successful POST: 303 See Other.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location))
        .finish()
}

/// A `next` target that stays on this site: a path, never `//host` or a scheme.
pub fn local_path(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.len() <= 512
        && !next.chars().any(|c| c.is_control() || c == '\\');
    ok.then_some(next)
}

/// Text typed into a refused form, to show back: control characters and bidirectional
/// overrides become U+FFFD, so the page never carries them raw and the person sees where
/// they were.
pub fn visible(input: &str) -> String {
    let mut buf = [0u8; 4];
    input
        .chars()
        .map(|c| {
            if text::has_forbidden_chars(c.encode_utf8(&mut buf)) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_targets_stay_on_the_site() {
        assert_eq!(local_path("/account"), Some("/account"));
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "account",
            "/a\nb",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }
}
