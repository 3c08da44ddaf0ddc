//! Server-rendered pages: routes, the page frame every template shares, and error pages.

mod account;
mod admin;
mod cases;
mod complaints;
pub mod drafts;
mod evidence;
pub mod forms;
pub mod kept;
mod language;
pub mod limits;
pub mod localize;
mod mail;
mod moderate;
mod open_data;
mod organisation;
mod pages;
mod reports;
mod reset;
mod reviews;
mod two_factor;
mod watchlist;

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header::ContentType;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, web};

use crate::error::AppError;
use crate::i18n::{self, Tr};

pub use pages::not_found;

pub fn routes(cfg: &mut web::ServiceConfig) {
    // Resources (not bare routes) so that a wrong method gets 405, not 404.
    cfg.service(web::resource("/").get(pages::home))
        .service(web::resource("/recruiters").get(pages::recruiters))
        .service(web::resource("/recruiters/{id}").get(pages::recruiter))
        .service(web::resource("/rights").get(pages::rights))
        .service(web::resource("/static/app.css").get(stylesheet))
        .configure(drafts::routes)
        .configure(language::routes)
        .configure(complaints::routes)
        .configure(cases::routes)
        .configure(evidence::routes)
        .configure(account::routes)
        .configure(admin::routes)
        .configure(mail::routes)
        .configure(watchlist::routes)
        .configure(reviews::routes)
        .configure(moderate::routes)
        .configure(organisation::routes)
        .configure(reset::routes)
        .configure(two_factor::routes)
        .configure(reports::routes)
        .configure(open_data::routes);
}

const STYLESHEET: &str = include_str!("../../static/app.css");

async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(STYLESHEET)
}

/// Is this path the JSON API's (JSON errors, bearer tokens)? Everything under `/api/` but
/// the reference page, `/api/docs`, which is a page like any other.
pub fn is_api_path(path: &str) -> bool {
    path.starts_with("/api/") && path != "/api/docs"
}

/// This page in one language: a link of the language page, or an `hreflang` alternate.
#[derive(Debug, Clone)]
pub struct LangLink {
    pub code: &'static str,
    pub autonym: String,
    pub href: String,
    pub current: bool,
    pub rtl: bool,
}

/// The page header's moving parts: the language link and the account links.
#[derive(Debug, Clone)]
pub struct Nav {
    /// The reader's language, in itself.
    pub autonym: String,
    /// `/language`, told where to come back to.
    pub language_page: String,
    /// This page in every language, for `<link rel="alternate" hreflang>`: public pages only.
    pub alternates: Vec<LangLink>,
    /// Shows "Account" instead of "Sign in" (a hint only; access is checked per request).
    pub signed_in: bool,
}

/// What every page needs around its content: the translator and the header.
#[derive(Debug, Clone)]
pub struct Frame {
    pub tr: Tr,
    pub nav: Nav,
}

/// The pages anyone may find and share, offered in every language to search engines.
const PUBLIC_PAGES: &[&str] = &[
    "/",
    "/recruiters",
    "/recruiters/{id}",
    "/rights",
    "/reports",
    "/reports/recruiters",
    "/reports/corridors",
    "/reports/justice",
    "/reports/download",
    "/complaints/new",
    "/track",
];

/// This page (`path`, with its query but `lang`) in each language.
pub fn in_every_language(
    path: &str,
    kept: &[(String, String)],
    current: &i18n::Locale,
) -> Vec<LangLink> {
    i18n::LOCALES
        .iter()
        .map(|locale| {
            let mut pairs = kept.to_vec();
            pairs.push(("lang".into(), locale.code.into()));
            let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
            LangLink {
                code: locale.code,
                autonym: Tr::autonym(locale),
                href: format!("{path}?{query}"),
                current: locale == current,
                rtl: locale.rtl,
            }
        })
        .collect()
}

impl Frame {
    /// The reader's language (`web::localize` chose it).
    pub fn locale_of(req: &HttpRequest) -> &'static i18n::Locale {
        req.extensions()
            .get::<Tr>()
            .map_or(i18n::DEFAULT, |tr| tr.locale)
    }

    pub fn for_request(req: &HttpRequest) -> Frame {
        let tr = Tr::new(Frame::locale_of(req));
        // Keep the person's search when they switch language; an undecodable query is dropped.
        // The links go to this page when it is one of our routes (the router matched it, so
        // its path starts with a route's own first segment); anywhere else — a 404 such as
        // `//evil.example/` — they carry the query alone, never the path asked for.
        let here = if req.match_pattern().is_some() {
            req.path()
        } else {
            ""
        };
        let kept: Vec<(String, String)> = crate::query::parse_pairs(req.query_string())
            .unwrap_or_default()
            .into_iter()
            .filter(|(k, _)| k != "lang")
            .collect();
        let public = req.method() == actix_web::http::Method::GET
            && req
                .match_pattern()
                .is_some_and(|p| PUBLIC_PAGES.contains(&p.as_str()));
        let alternates = if public {
            in_every_language(here, &kept, tr.locale)
        } else {
            Vec::new()
        };
        let back = match (here, kept.is_empty()) {
            ("", _) => String::new(),
            (path, true) => path.to_owned(),
            (path, false) => format!(
                "{path}?{}",
                serde_urlencoded::to_string(&kept).unwrap_or_default()
            ),
        };
        // (On the language page itself, the link is the page: it knows its own way back.)
        let language_page = if back.is_empty() || here == "/language" {
            "/language".to_owned()
        } else {
            format!(
                "/language?{}",
                serde_urlencoded::to_string([("back", back.as_str())]).unwrap_or_default()
            )
        };
        Frame {
            nav: Nav {
                autonym: Tr::autonym(tr.locale),
                language_page,
                alternates,
                signed_in: crate::auth::session::appears_signed_in(req),
            },
            tr,
        }
    }
}

impl FromRequest for Frame {
    type Error = actix_web::Error;
    type Future = Ready<Result<Frame, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Frame::for_request(req)))
    }
}

/// Renders an askama template into a 200 HTML response.
pub fn html(template: &impl askama::Template) -> Result<HttpResponse, AppError> {
    Ok(html_bytes(render(template)?.into()))
}

/// A template's HTML.
pub fn render(template: &impl askama::Template) -> Result<String, AppError> {
    template
        .render()
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// A page already rendered (`kept`).
pub fn html_bytes(body: actix_web::web::Bytes) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::html())
        .body(body)
}
