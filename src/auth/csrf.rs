//! Cross-site request forgery: every state-changing form carries a token derived (HMAC) from
//! the visitor's `csrf` cookie, checked in constant time; and any state-changing request that
//! a browser marks as cross-site, or that comes from a foreign `Origin`, is refused.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use sha2::Sha256;

use super::AuthState;
use crate::error::{AppError, InputError};

/// The form field carrying the token.
pub const FIELD: &str = "csrf";

/// A cookie value made for this response, to be set on it by [`guard`].
#[derive(Clone)]
struct NewCookie(String);

fn mac(auth: &AuthState, cookie: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(auth.keys.csrf_key())
        .expect("HMAC takes keys of any length");
    mac.update(cookie.as_bytes());
    mac
}

fn valid_cookie_value(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The token for the forms of the page being rendered. Makes the visitor's cookie when they
/// have none yet.
pub struct CsrfToken(pub String);

impl CsrfToken {
    pub fn for_request(req: &HttpRequest) -> Result<CsrfToken, AppError> {
        let auth = state(req)?;
        let existing = req
            .cookie(auth.cookies.csrf)
            .map(|c| c.value().to_owned())
            .filter(|v| valid_cookie_value(v));
        let pending = req.extensions().get::<NewCookie>().map(|c| c.0.clone());
        let value = match existing.or(pending) {
            Some(value) => value,
            None => {
                let value = super::random_hex(32);
                req.extensions_mut().insert(NewCookie(value.clone()));
                value
            }
        };
        let tag = mac(auth, &value).finalize().into_bytes();
        Ok(CsrfToken(tag.iter().map(|b| format!("{b:02x}")).collect()))
    }
}

impl FromRequest for CsrfToken {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<CsrfToken, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(CsrfToken::for_request(req).map_err(Into::into))
    }
}

fn state(req: &HttpRequest) -> Result<&AuthState, AppError> {
    req.app_data::<web::Data<AuthState>>()
        .map(|d| d.get_ref())
        .ok_or_else(|| AppError::Internal("auth state missing".into()))
}

/// Does `token` belong to the request's cookie? Constant-time comparison.
/// Checks a form's token read by the handler itself (a multipart upload, read as it
/// streams).
pub fn check(req: &HttpRequest, token: &str) -> Result<(), AppError> {
    verify(req, token)
}

fn verify(req: &HttpRequest, token: &str) -> Result<(), AppError> {
    let auth = state(req)?;
    let cookie = req
        .cookie(auth.cookies.csrf)
        .map(|c| c.value().to_owned())
        .filter(|v| valid_cookie_value(v))
        .ok_or(AppError::CsrfFailed)?;
    let tag = decode_hex(token).ok_or(AppError::CsrfFailed)?;
    mac(auth, &cookie)
        .verify_slice(&tag)
        .map_err(|_| AppError::CsrfFailed)
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() != 64 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A form body of type `T`, accepted only with a valid CSRF token. The body must be UTF-8
/// `application/x-www-form-urlencoded`; a field `T` does not know is refused (declare
/// `T` with `#[serde(deny_unknown_fields)]`); a field sent several times arrives as a list
/// (read it with [`one_or_many`]).
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<CsrfForm<T>, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let is_form = req
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|h| h.to_str().ok())
                .is_some_and(|h| h.starts_with("application/x-www-form-urlencoded"));
            if !is_form {
                return Err(AppError::from(InputError::new("form", "error-form-invalid")).into());
            }
            let body = body.await?;
            Ok(CsrfForm(parse(&req, &body)?))
        })
    }
}

fn parse<T: DeserializeOwned>(req: &HttpRequest, body: &[u8]) -> Result<T, AppError> {
    let text =
        std::str::from_utf8(body).map_err(|_| InputError::new("form", "error-form-encoding"))?;
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(text)
        .map_err(|_| InputError::new("form", "error-form-encoding"))?;
    let mut tokens = pairs.iter().filter(|(k, _)| k == FIELD).map(|(_, v)| v);
    let verified = match (tokens.next(), tokens.next()) {
        (Some(token), None) => verify(req, token),
        _ => Err(AppError::CsrfFailed),
    };
    let fields = pairs.into_iter().filter(|(k, _)| k != FIELD);
    if let Err(e) = verified {
        req.extensions_mut().insert(Unverified(fields.collect()));
        return Err(e);
    }
    fields_into(fields)
}

/// The fields of a form refused for its token alone (a page left open past its cookie, or
/// opened from the offline copy after the browser lost the cookie): kept so that a handler can
/// show them back, with a fresh token, for the person to send again. Nothing is ever stored
/// from them.
#[derive(Clone)]
struct Unverified(Vec<(String, String)>);

/// The fields of this request's form when it was refused for its token only, as `T`.
pub fn refused_fields<T: DeserializeOwned>(req: &HttpRequest) -> Option<T> {
    let pairs = req.extensions().get::<Unverified>()?.0.clone();
    fields_into(pairs).ok()
}

/// A form's fields (name, value), as sent, into the form's own type: a name sent once is a
/// value, a name sent several times a list; a name the type does not know is a 400.
pub fn fields_into<T: DeserializeOwned>(
    pairs: impl IntoIterator<Item = (String, String)>,
) -> Result<T, AppError> {
    let mut fields = serde_json::Map::new();
    for (key, value) in pairs {
        match fields.get_mut(&key) {
            None => {
                fields.insert(key, serde_json::Value::String(value));
            }
            Some(serde_json::Value::Array(list)) => list.push(serde_json::Value::String(value)),
            Some(single) => {
                let first = single.take();
                *single = serde_json::Value::Array(vec![first, serde_json::Value::String(value)]);
            }
        }
    }
    serde_json::from_value(serde_json::Value::Object(fields))
        .map_err(|_| InputError::new("form", "error-form-fields").into())
}

pub use crate::query::one_or_many;

/// The middleware: refuses cross-site state changes before any handler runs, sets the CSRF
/// cookie a page made for its forms, and keeps personal pages out of caches.
pub async fn guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && is_cross_site(&req) {
        tracing::warn!(path = req.path(), "cross-site request refused");
        return Ok(req.error_response(AppError::CrossSite));
    }
    let mut res = next.call(req).await?.map_into_boxed_body();
    // A page made for a signed-in person, or carrying a form token, is nobody else's: no
    // shared or back-button cache keeps it.
    let personal = res.request().extensions().get::<NewCookie>().is_some()
        || res
            .request()
            .app_data::<web::Data<AuthState>>()
            .is_some_and(|auth| {
                res.request().cookie(auth.cookies.session).is_some()
                    || res.request().cookie(auth.cookies.csrf).is_some()
            })
        || res.request().headers().contains_key(header::AUTHORIZATION);
    if personal && !res.headers().contains_key(header::CACHE_CONTROL) {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("private, no-store"),
        );
    }
    let new_cookie = res.request().extensions().get::<NewCookie>().cloned();
    if let (Some(NewCookie(value)), Some(auth)) = (
        new_cookie,
        res.request().app_data::<web::Data<AuthState>>().cloned(),
    ) {
        let cookie = Cookie::build(auth.cookies.csrf, value)
            .path("/")
            .http_only(true)
            .secure(auth.cookies.secure)
            .same_site(SameSite::Lax)
            .finish();
        res.response_mut().add_cookie(&cookie).ok();
    }
    Ok(res)
}

fn is_cross_site(req: &ServiceRequest) -> bool {
    let header = |name: &str| req.headers().get(name).and_then(|h| h.to_str().ok());
    if header("sec-fetch-site") == Some("cross-site") {
        return true;
    }
    let Some(origin) = req.headers().get(header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    // Under `Referrer-Policy: no-referrer` (every page here) a browser sends `Origin: null`
    // with its forms (Fetch: "append a request Origin header"), so the origin is unknown; the
    // browser's own `Sec-Fetch-Site`, which no page can set, then says where the form was.
    if origin == "null" {
        return header("sec-fetch-site") != Some("same-origin");
    }
    let expected = match req
        .app_data::<web::Data<AuthState>>()
        .and_then(|a| a.public_origin.clone())
    {
        Some(public) => public,
        None => {
            let info = req.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        }
    };
    !origin.eq_ignore_ascii_case(&expected)
}
