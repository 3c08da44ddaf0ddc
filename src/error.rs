//! One error type for the whole service: each failure has a stable code, an HTTP status and a
//! Fluent key, so a person always reads why in their own language and a program can match on it.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

/// A refused input: which field, and the Fluent key saying what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub field: &'static str,
    pub message_key: &'static str,
}

impl InputError {
    pub fn new(field: &'static str, message_key: &'static str) -> Self {
        InputError { field, message_key }
    }
}

/// For logs and for serde's `try_from` (a refused form names the field and the key).
impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message_key)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("invalid input in {}: {}", .0.field, .0.message_key)]
    Input(InputError),
    #[error("not found")]
    NotFound,
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
    /// No valid token (API).
    #[error("unauthorized")]
    Unauthorized,
    /// Unknown user, wrong password or disabled account: one answer for all three.
    #[error("sign-in failed")]
    BadCredentials,
    /// Signed in, but the policy says no.
    #[error("forbidden")]
    Forbidden,
    #[error("CSRF token missing or wrong")]
    CsrfFailed,
    #[error("cross-site request")]
    CrossSite,
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    /// A page that needs a signed-in person: off to the login page, then back to `next`.
    #[error("sign-in required")]
    SignInRequired { next: String },
    /// The request conflicts with an earlier one (an `Idempotency-Key` reused for another
    /// body, or the same request still being answered); the key says which.
    #[error("conflict: {message_key}")]
    Conflict { message_key: &'static str },
    /// A staff member signed in who has not set up their second factor yet: a page sends
    /// them to set it up; the API answers 403.
    #[error("second factor required")]
    SecondFactorRequired { page: bool },
}

impl From<InputError> for AppError {
    fn from(e: InputError) -> Self {
        AppError::Input(e)
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::Error as E;
        match e {
            E::NotFound => AppError::NotFound,
            E::DatabaseError(diesel::result::DatabaseErrorKind::ClosedConnection, info) => {
                AppError::Unavailable(info.message().to_owned())
            }
            // SQLite's write lock held longer than the busy timeout (a long report rebuild):
            // nothing was written, and trying again shortly will work — a 503, not a 500.
            E::DatabaseError(_, info) if info.message() == "database is locked" => {
                AppError::Unavailable(info.message().to_owned())
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(e.to_string())
    }
}

/// Every code the service can answer with, for the locale test and the API documentation.
pub const ALL_CODES: [ErrorCode; 11] = [
    ErrorCode::InvalidInput,
    ErrorCode::Unauthorized,
    ErrorCode::Forbidden,
    ErrorCode::TooManyRequests,
    ErrorCode::NotFound,
    ErrorCode::MethodNotAllowed,
    ErrorCode::Conflict,
    ErrorCode::PayloadTooLarge,
    ErrorCode::RequestTimeout,
    ErrorCode::ServiceUnavailable,
    ErrorCode::Internal,
];

/// The stable, machine-readable side of an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidInput,
    Unauthorized,
    Forbidden,
    TooManyRequests,
    NotFound,
    MethodNotAllowed,
    /// An `Idempotency-Key` reused for another request, or its request still in progress.
    Conflict,
    PayloadTooLarge,
    /// The body did not arrive in time (see `config::Timeouts`).
    RequestTimeout,
    ServiceUnavailable,
    Internal,
}

impl ErrorCode {
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::TooManyRequests => "too_many_requests",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::Conflict => "conflict",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::RequestTimeout => "request_timeout",
            ErrorCode::ServiceUnavailable => "service_unavailable",
            ErrorCode::Internal => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ErrorCode::InvalidInput => StatusCode::BAD_REQUEST,
            ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorCode::Forbidden => StatusCode::FORBIDDEN,
            ErrorCode::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::Conflict => StatusCode::CONFLICT,
            ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ErrorCode::ServiceUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The Fluent key of the page title and general message for this code.
    pub fn message_key(&self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "error-invalid-input",
            ErrorCode::Unauthorized => "error-unauthorized",
            ErrorCode::Forbidden => "error-forbidden",
            ErrorCode::TooManyRequests => "error-too-many-requests",
            ErrorCode::NotFound => "error-not-found",
            ErrorCode::MethodNotAllowed => "error-method-not-allowed",
            ErrorCode::Conflict => "error-conflict",
            ErrorCode::PayloadTooLarge => "error-payload-too-large",
            ErrorCode::RequestTimeout => "error-request-timeout",
            ErrorCode::ServiceUnavailable => "error-service-unavailable",
            ErrorCode::Internal => "error-internal",
        }
    }

    /// The Fluent key of the short title an error page shows.
    pub fn title_key(&self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "error-invalid-input-title",
            ErrorCode::Unauthorized => "error-unauthorized-title",
            ErrorCode::Forbidden => "error-forbidden-title",
            ErrorCode::TooManyRequests => "error-too-many-requests-title",
            ErrorCode::NotFound => "error-not-found-title",
            ErrorCode::MethodNotAllowed => "error-method-not-allowed-title",
            ErrorCode::Conflict => "error-conflict-title",
            ErrorCode::PayloadTooLarge => "error-payload-too-large-title",
            ErrorCode::RequestTimeout => "error-request-timeout-title",
            ErrorCode::ServiceUnavailable => "error-service-unavailable-title",
            ErrorCode::Internal => "error-internal-title",
        }
    }

    /// The code for a status that came from elsewhere than an [`AppError`] (the router, an
    /// extractor, the body limit).
    pub fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            401 => ErrorCode::Unauthorized,
            403 => ErrorCode::Forbidden,
            404 => ErrorCode::NotFound,
            429 => ErrorCode::TooManyRequests,
            405 => ErrorCode::MethodNotAllowed,
            409 => ErrorCode::Conflict,
            408 => ErrorCode::RequestTimeout,
            413 => ErrorCode::PayloadTooLarge,
            503 => ErrorCode::ServiceUnavailable,
            400..=499 => ErrorCode::InvalidInput,
            _ => ErrorCode::Internal,
        }
    }
}

impl AppError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::Input(_) => ErrorCode::InvalidInput,
            AppError::NotFound => ErrorCode::NotFound,
            AppError::Unavailable(_) => ErrorCode::ServiceUnavailable,
            AppError::Internal(_) => ErrorCode::Internal,
            AppError::Unauthorized | AppError::BadCredentials => ErrorCode::Unauthorized,
            AppError::Forbidden | AppError::CsrfFailed | AppError::CrossSite => {
                ErrorCode::Forbidden
            }
            AppError::TooManyRequests { .. } => ErrorCode::TooManyRequests,
            AppError::Conflict { .. } => ErrorCode::Conflict,
            // Not an error to the person: a redirect (see `error_response`).
            AppError::SignInRequired { .. } => ErrorCode::Unauthorized,
            AppError::SecondFactorRequired { .. } => ErrorCode::Forbidden,
        }
    }

    /// The most specific message: the field's own message for bad input, else the code's.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::Input(e) => e.message_key,
            AppError::BadCredentials => "error-sign-in-failed",
            AppError::CsrfFailed => "error-csrf",
            AppError::CrossSite => "error-cross-site",
            AppError::SecondFactorRequired { .. } => "error-second-factor-required",
            AppError::Conflict { message_key } => message_key,
            other => other.code().message_key(),
        }
    }

    pub fn field(&self) -> Option<&'static str> {
        match self {
            AppError::Input(e) => Some(e.field),
            _ => None,
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::SignInRequired { .. } | AppError::SecondFactorRequired { page: true } => {
                StatusCode::SEE_OTHER
            }
            other => other.code().status(),
        }
    }

    /// The body is written later, by `web::localize`, which knows the person's language and
    /// whether they asked for a page or for JSON.
    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(detail) => tracing::error!(%detail, "internal error"),
            AppError::Unavailable(detail) => tracing::warn!(%detail, "database unavailable"),
            AppError::TooManyRequests { retry_after } => {
                return HttpResponse::build(self.status_code())
                    .insert_header((
                        actix_web::http::header::RETRY_AFTER,
                        retry_after.to_string(),
                    ))
                    .finish();
            }
            AppError::Unauthorized | AppError::BadCredentials => {
                return HttpResponse::build(self.status_code())
                    .insert_header((actix_web::http::header::WWW_AUTHENTICATE, "Bearer"))
                    .finish();
            }
            AppError::SignInRequired { next } => {
                let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
                return HttpResponse::SeeOther()
                    .insert_header((actix_web::http::header::LOCATION, format!("/login?{query}")))
                    .finish();
            }
            AppError::SecondFactorRequired { page: true } => {
                return HttpResponse::SeeOther()
                    .insert_header((actix_web::http::header::LOCATION, "/account/two-factor"))
                    .finish();
            }
            _ => {}
        }
        HttpResponse::new(self.status_code())
    }
}

/// The JSON body of every API error (and what `web::localize` renders for `/api/`).
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code, e.g. `invalid_input`, `not_found`.
    pub code: &'static str,
    /// What went wrong, in the requester's language.
    pub message: String,
    /// The input field at fault, for `invalid_input`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::result::{DatabaseErrorKind, Error as E};

    #[test]
    fn a_busy_database_is_a_503_and_other_database_errors_are_500s() {
        let locked = E::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new("database is locked".to_owned()),
        );
        assert!(matches!(AppError::from(locked), AppError::Unavailable(_)));
        let other = E::DatabaseError(
            DatabaseErrorKind::CheckViolation,
            Box::new("CHECK constraint failed".to_owned()),
        );
        assert!(matches!(AppError::from(other), AppError::Internal(_)));
    }
}
