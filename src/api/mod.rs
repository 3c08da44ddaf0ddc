//! The JSON API under `/api/v1`, its OpenAPI document (collected from the handlers' own
//! annotations, so it cannot drift), and the health probes.

pub mod auth;
mod complaints;
mod evidence;
pub mod idempotency;
mod partner;
mod recruiters;
pub mod reference;
mod reports;
mod reviews;

use actix_web::dev::ResourceDef;
use actix_web::{HttpRequest, HttpResponse, web};
use utoipa::OpenApi;
use utoipa::openapi::OpenApi as OpenApiSpec;

use crate::db::{self, Pool};
use crate::error::AppError;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "FairRecruit API",
        description = "Recruiter directory, accounts and complaints of FairRecruit. Authenticate with `POST /api/v1/auth/token`, then send `Authorization: Bearer <token>`. Errors are `{ \"code\", \"message\" }` with the message in the language chosen by `?lang=`, the `lang` cookie or `Accept-Language`. Every POST that creates or changes something (all but `/auth/…`, `/track`, `/track/files/open` and a partner's `…/conversation`) takes an optional `Idempotency-Key` header (1 to 255 visible ASCII characters, e.g. a random UUID): a request retried with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 409 `conflict`; a retry that arrives while the first is still being answered waits up to 10 seconds for its answer. Answers that were refused are not kept, so a corrected request may reuse its key. Whoever holds a key can read its answer for 24 hours: make keys random."
    ),
    components(schemas(crate::error::ErrorBody)),
    modifiers(&BearerScheme)
)]
struct ApiDoc;

/// Declares the `bearer` security scheme the authenticated operations name.
struct BearerScheme;

impl utoipa::Modify for BearerScheme {
    fn modify(&self, openapi: &mut OpenApiSpec) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("JWT")
            .description(Some(
                "A token from `POST /api/v1/auth/token`, sent as `Authorization: Bearer <token>`.",
            ))
            .build();
        let partner_key = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("frp_<key id>_<secret>")
            .description(Some(
                "An intake partner's API key (issued by an administrator, shown once), sent as `Authorization: Bearer frp_…`. It opens `/api/v1/partner/…` only; anywhere else it is a 403.",
            ))
            .build();
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
        components.add_security_scheme("partner_key", SecurityScheme::Http(partner_key));
    }
}

/// The generated document, served as JSON.
pub struct OpenApiDocument {
    json: String,
    /// The same, as the `/api/docs` page shows it.
    pub reference: reference::Reference,
    /// Each documented path and the methods it answers (`GET, POST`), for the 405s of
    /// [`method_not_allowed`].
    methods: Vec<(ResourceDef, String)>,
}

impl OpenApiDocument {
    pub fn new(collected: OpenApiSpec) -> Self {
        let mut doc = ApiDoc::openapi();
        doc.merge(collected);
        let mut methods: Vec<(ResourceDef, String)> = doc
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let allowed: Vec<&str> = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ]
                .into_iter()
                .filter_map(|(method, present)| present.then_some(method))
                .collect();
                (ResourceDef::new(path.as_str()), allowed.join(", "))
            })
            .collect();
        methods.push((ResourceDef::new("/api/v1/openapi.json"), "GET".into()));
        let json = doc.to_json().unwrap_or_default();
        OpenApiDocument {
            reference: reference::Reference::from_document(&json),
            json,
            methods,
        }
    }
}

/// Whatever no API route took: a known path asked with another method is 405 (with `Allow`),
/// anything else 404 — both rendered as JSON errors by `web::localize`.
async fn method_not_allowed(req: HttpRequest, doc: web::Data<OpenApiDocument>) -> HttpResponse {
    match doc.methods.iter().find(|(def, _)| def.is_match(req.path())) {
        Some((_, allowed)) => HttpResponse::MethodNotAllowed()
            .insert_header((actix_web::http::header::ALLOW, allowed.as_str()))
            .finish(),
        None => HttpResponse::NotFound().finish(),
    }
}

pub fn scope() -> utoipa_actix_web::scope::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    utoipa_actix_web::scope("/api/v1")
        .wrap(actix_web::middleware::from_fn(
            crate::auth::partner::scope_guard,
        ))
        .service(recruiters::list_recruiters)
        .service(recruiters::get_recruiter)
        .service(reviews::create_review)
        .service(reviews::scorecard)
        .service(reviews::list_reviews)
        .service(auth::issue_token)
        .service(auth::logout)
        .service(auth::me)
        .service(complaints::file_complaint)
        .service(complaints::track)
        .service(complaints::queue)
        .service(complaints::case)
        .service(complaints::act)
        .service(complaints::message)
        .service(complaints::priority)
        .service(complaints::refer)
        .service(complaints::group)
        .service(complaints::track_message)
        .service(complaints::track_withdraw)
        .service(complaints::track_delete)
        .service(evidence::track_files)
        .service(evidence::case_file)
        .service(evidence::case_files)
        .service(evidence::track_file)
        .service(reports::rankings)
        .service(reports::corridors)
        .service(reports::justice)
        .service(
            utoipa_actix_web::scope("/partner")
                .wrap(actix_web::middleware::from_fn(partner::audit))
                .service(partner::file_complaint)
                .service(partner::complaint_status)
                .service(partner::complaint_conversation)
                .service(partner::complaint_message)
                .service(partner::file_review)
                .service(partner::get_webhook)
                .service(partner::put_webhook)
                .service(partner::delete_webhook)
                .default_service(web::to(method_not_allowed)),
        )
        .route("/openapi.json", web::get().to(openapi_json))
        .default_service(web::to(method_not_allowed))
}

/// Routes that are not part of the documented API.
pub fn unlisted_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/healthz").get(healthz))
        .service(web::resource("/readyz").get(readyz))
        .service(web::resource("/api/docs").get(reference::page))
        .service(web::resource("/metrics").get(crate::metrics::scrape));
}

async fn openapi_json(doc: web::Data<OpenApiDocument>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(doc.json.clone())
}

/// The process is alive.
async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok")
}

/// The database answers.
async fn readyz(pool: web::Data<Pool>) -> Result<HttpResponse, AppError> {
    db::run(&pool, |conn| {
        db::ping(conn).map_err(|e| AppError::Unavailable(e.to_string()))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ready"))
}
