//! The middleware that picks each request's language, remembers a `?lang=` choice in a
//! cookie, tags the response with its request id, and turns every error into a translated
//! page (or JSON under `/api/`) — including errors the router and extractors raise.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse};
use askama::Template;

use super::{Frame, Nav};
use crate::error::{AppError, ErrorBody, ErrorCode};
use crate::i18n::{self, Tr};

/// Put on a response whose handler already rendered its own error body (a form shown again
/// with its messages): the middleware leaves it alone.
#[derive(Debug, Clone, Copy)]
pub struct Rendered;

pub async fn localize(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let query_lang = req
        .query_string()
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .map(str::to_owned);
    let cookie = req.cookie("lang").map(|c| c.value().to_owned());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned);
    let (locale, remember) =
        i18n::negotiate(query_lang.as_deref(), cookie.as_deref(), accept.as_deref());
    req.extensions_mut().insert(Tr::new(locale));
    let request_id = req
        .extensions()
        .get::<tracing_actix_web::RequestId>()
        .map(|id| id.to_string());
    // Handlers' and extractors' errors arrive here as responses carrying the error; an `Err`
    // could only come from a middleware inside this one, and there is none.
    let mut res = next.call(req).await?.map_into_boxed_body();
    let failed = res.status().is_client_error() || res.status().is_server_error();
    if failed && res.response().extensions().get::<Rendered>().is_none() {
        res = render_error(res);
    }
    let headers = res.headers_mut();
    if let Some(id) = request_id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        headers.insert(header::HeaderName::from_static("x-request-id"), id);
    }
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    if remember {
        let cookie = Cookie::build("lang", locale.code)
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .max_age(actix_web::cookie::time::Duration::days(365))
            .finish();
        res.response_mut().add_cookie(&cookie).ok();
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    tr: Tr,
    nav: &'a Nav,
    status: i64,
    title: String,
    message: String,
}

fn render_error(res: ServiceResponse) -> ServiceResponse {
    let (req, response) = res.into_parts();
    let status = response.status();
    let (code, message_key, field) = match response.error().and_then(|e| e.as_error::<AppError>()) {
        Some(err) => (err.code(), err.message_key(), err.field()),
        None => (
            ErrorCode::from_status(status),
            ErrorCode::from_status(status).message_key(),
            None,
        ),
    };
    let frame = Frame::for_request(&req);
    let tr = frame.tr;
    let mut builder = HttpResponse::build(status);
    for name in [header::ALLOW, header::RETRY_AFTER, header::WWW_AUTHENTICATE] {
        if let Some(value) = response.headers().get(&name) {
            builder.insert_header((name, value.clone()));
        }
    }
    if code == ErrorCode::ServiceUnavailable {
        builder.insert_header((header::RETRY_AFTER, "5"));
    }
    builder.insert_header((header::CACHE_CONTROL, "no-store"));
    let body = if super::is_api_path(req.path()) {
        builder.json(ErrorBody {
            code: code.as_str(),
            message: tr.t(message_key),
            field,
        })
    } else {
        let page = ErrorPage {
            tr,
            nav: &frame.nav,
            status: i64::from(status.as_u16()),
            title: tr.t(code.title_key()),
            message: tr.t(message_key),
        };
        match page.render() {
            Ok(html) => builder.content_type("text/html; charset=utf-8").body(html),
            Err(_) => builder.finish(),
        }
    };
    ServiceResponse::new(req, body)
}
