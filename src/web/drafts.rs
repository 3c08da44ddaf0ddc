//! Drafts that survive a lost connection (issue 18): the small script that keeps what is
//! typed in the review and complaint forms in the browser (`static/drafts.js`), the service
//! worker that keeps those forms available offline (`static/sw.js`, served at `/sw.js`), and
//! the Content-Security-Policy that lets the site's own scripts run on those pages only.
//! Every other page keeps `script-src 'none'`.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, web};

/// The drafts script's address: the number changes with the script (it is cached a year).
/// The service worker lists it too (`static/sw.js`, `ASSETS`), and the form templates.
pub const SCRIPT_PATH: &str = "/static/drafts-1.js";

const SCRIPT: &str = include_str!("../../static/drafts.js");
const SERVICE_WORKER: &str = include_str!("../../static/sw.js");

/// The policy of the pages that load the drafts script: the site's own scripts and workers,
/// nothing inline, no eval; everything else as strict as every other page.
pub const CSP: &str = "default-src 'self'; script-src 'self'; worker-src 'self'; \
                       object-src 'none'; base-uri 'none'; form-action 'self'; \
                       frame-ancestors 'none'";

/// The routes (patterns as the router names them) whose pages load the script: the two forms
/// (also when refused and shown again) and the pages that say a send succeeded, which tell the
/// script to delete the draft.
const PAGES: &[&str] = &[
    "/complaints/new",
    "/recruiters/{id}/review",
    "/recruiters/{id}/review/sent",
];

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource(SCRIPT_PATH).get(script))
        .service(web::resource("/sw.js").get(service_worker));
}

async fn script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=31536000, immutable"))
        .body(SCRIPT)
}

/// At the root, so that its scope is the whole site (it handles only the two forms); never
/// cached by HTTP, so that a new version is seen at the next visit.
async fn service_worker() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Cache-Control", "no-cache"))
        .insert_header(("Content-Security-Policy", CSP))
        .body(SERVICE_WORKER)
}

/// Middleware: the drafts policy on the HTML pages of [`PAGES`]; the default headers
/// (`startup::security_headers`) give every other response `script-src 'none'`.
pub async fn policy(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let mut res = next.call(req).await?;
    let ours = res
        .request()
        .match_pattern()
        .is_some_and(|p| PAGES.contains(&p.as_str()));
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if ours && html {
        res.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    Ok(res)
}

/// The draft of the complaint form: one per recruiter named (`?recruiter=`), or the form
/// without one. The key holds no language, so a draft follows a change of language.
pub fn complaint_key(recruiter: &str) -> String {
    match crate::domain::recruiter::PublicId::parse(recruiter.trim()) {
        Some(id) => format!("complaint:{id}"),
        None => "complaint:".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_service_worker_caches_this_script() {
        assert!(SERVICE_WORKER.contains(&format!("\"{SCRIPT_PATH}\"")));
    }

    #[test]
    fn the_scripts_send_nothing_and_evaluate_nothing() {
        for source in [SCRIPT, SERVICE_WORKER] {
            for banned in [
                "eval(",
                "new Function",
                "sync.register",
                "XMLHttpRequest",
                "sendBeacon",
            ] {
                assert!(!source.contains(banned), "{banned}");
            }
        }
        assert!(!SCRIPT.contains("fetch("));
        assert!(SCRIPT.len() < 6 * 1024 && SERVICE_WORKER.len() < 4 * 1024);
    }
}
