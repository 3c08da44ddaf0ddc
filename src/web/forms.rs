//! What every form page shares: the error shown beside a field, and answering with the form
//! again (status 4xx, everything typed kept) when the input was refused.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;

use super::localize::Rendered;
use crate::domain::costs::CostCategory;
use crate::domain::text;
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

/// The notice a page shows after a redirect that said what happened (`?saved=email`,
/// `?done=approved`): the translation of the key `table` gives for the value of `param`;
/// none for anything else.
pub fn notice_after(
    req: &actix_web::HttpRequest,
    tr: &Tr,
    param: &str,
    table: &[(&str, &str)],
) -> Result<Option<String>, AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    Ok(pairs
        .iter()
        .filter(|(k, _)| k == param)
        .find_map(|(_, v)| table.iter().find(|(value, _)| value == v))
        .map(|(_, key)| tr.t(key)))
}

/// What a refused form shows: each refused field with its translated reason, in the order
/// found, one per field. Forms with one message at the top show the first
/// ([`FormError::message`]); the review form shows each beside its field ([`FormError::msg`]).
#[derive(Debug, Clone, Default)]
pub struct FormError {
    refused: Vec<(&'static str, String)>,
}

impl FormError {
    pub fn none() -> FormError {
        FormError::default()
    }

    pub fn new(tr: &Tr, error: &InputError) -> FormError {
        FormError::all(tr, std::slice::from_ref(error))
    }

    /// Every problem found, the first message of each field kept.
    pub fn all(tr: &Tr, problems: &[InputError]) -> FormError {
        let mut refused: Vec<(&'static str, String)> = Vec::new();
        for p in problems {
            if !refused.iter().any(|(field, _)| *field == p.field) {
                refused.push((p.field, tr.t(p.message_key)));
            }
        }
        FormError { refused }
    }

    pub fn one(field: &'static str, message: String) -> FormError {
        FormError {
            refused: vec![(field, message)],
        }
    }

    /// The message for an error a form shows in place (bad input, failed sign-in).
    pub fn from_app(tr: &Tr, error: &AppError) -> Option<(StatusCode, FormError)> {
        use actix_web::ResponseError;
        match error {
            AppError::Input(input) => Some((error.status_code(), FormError::new(tr, input))),
            AppError::BadCredentials => Some((
                error.status_code(),
                FormError::one("username", tr.t(error.message_key())),
            )),
            // Too many attempts: the form again, with what was typed, and when to retry
            // (see [`refused_after`]).
            AppError::TooManyRequests { .. } => Some((
                error.status_code(),
                FormError::one("form", tr.t(error.message_key())),
            )),
            _ => None,
        }
    }

    /// This field was refused.
    pub fn is(&self, field: &str) -> bool {
        self.refused.iter().any(|(f, _)| *f == field)
    }

    /// One of these fields was refused.
    pub fn any_of(&self, fields: &[&str]) -> bool {
        fields.iter().any(|f| self.is(f))
    }

    pub fn any(&self) -> bool {
        !self.refused.is_empty()
    }

    /// The reason this field was refused (empty when it was not).
    pub fn msg(&self, field: &str) -> &str {
        self.refused
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, m)| m.as_str())
    }

    /// The first reason found, for forms that show one message.
    pub fn message(&self) -> &str {
        self.refused.first().map_or("", |(_, m)| m.as_str())
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

/// A choice of a `<select>`, a radio button or a checkbox: value, label, chosen.
pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A recruitment-cost category to tick: its word, label and hint, and whether it is chosen.
pub struct CostOpt {
    pub value: &'static str,
    pub label: String,
    pub hint: String,
    pub selected: bool,
}

impl CostOpt {
    pub fn new(tr: &Tr, category: CostCategory, selected: bool) -> CostOpt {
        CostOpt {
            value: category.as_str(),
            label: tr.t(category.message_key()),
            hint: tr.t(category.hint_key()),
            selected,
        }
    }
}

/// The ILO cost categories with their labels and hints, those in `chosen` marked.
pub fn cost_options(tr: &Tr, chosen: &[String]) -> Vec<CostOpt> {
    CostCategory::ALL
        .iter()
        .map(|c| CostOpt::new(tr, *c, chosen.iter().any(|v| v == c.as_str())))
        .collect()
}

/// The choices of a word enum, labelled in the reader's language; those in `chosen` marked.
pub fn choices<T: Copy>(
    tr: &Tr,
    all: &[T],
    value: impl Fn(&T) -> &'static str,
    key: impl Fn(&T) -> &'static str,
    chosen: &[String],
) -> Vec<Opt> {
    all.iter()
        .map(|item| Opt {
            value: value(item).to_owned(),
            label: tr.t(key(item)),
            selected: chosen.iter().any(|c| c == value(item)),
        })
        .collect()
}

/// Countries offered first: the main corridors' origins and destinations.
const COMMON_COUNTRIES: &[&str] = &[
    "NP", "BD", "IN", "PK", "LK", "PH", "ID", "MM", "KH", "VN", "ET", "KE", "UG", "QA", "SA", "AE",
    "KW", "OM", "BH", "JO", "LB", "MY", "SG", "HK", "TH", "KR", "JP",
];

/// Every country by its name in the reader's language, the main corridors' first, the
/// chosen one marked.
pub fn country_options(tr: &Tr, chosen: &str) -> Vec<Opt> {
    let chosen = chosen.trim();
    let opt = |code: &str| Opt {
        value: code.to_owned(),
        label: tr.country(code),
        selected: code.eq_ignore_ascii_case(chosen),
    };
    let mut rest: Vec<Opt> = crate::domain::country::ALL
        .iter()
        .filter(|c| !COMMON_COUNTRIES.contains(c))
        .map(|c| opt(c))
        .collect();
    rest.sort_by(|a, b| a.label.cmp(&b.label));
    let mut all: Vec<Opt> = COMMON_COUNTRIES.iter().map(|c| opt(c)).collect();
    all.extend(rest);
    all
}

/// Every ISO 4217 code, the main corridors' first, the chosen one marked.
pub fn currency_options(chosen: &str) -> Vec<Opt> {
    crate::domain::currency::Currency::codes()
        .map(|c| Opt {
            value: c.to_owned(),
            label: c.to_owned(),
            selected: c.eq_ignore_ascii_case(chosen.trim()),
        })
        .collect()
}

pub use crate::query::numeric_id;

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
