//! The JSON API under `/api/v1`, its OpenAPI document (collected from the handlers' own
//! annotations, so it cannot drift), and the health probes.

pub mod auth;
mod recruiters;

use actix_web::{HttpResponse, web};
use utoipa::OpenApi;
use utoipa::openapi::OpenApi as OpenApiSpec;

use crate::db::{self, Pool};
use crate::error::AppError;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "FairRecruit API",
        description = "Recruiter directory and accounts of FairRecruit. Authenticate with `POST /api/v1/auth/token`, then send `Authorization: Bearer <token>`. Errors are `{ \"code\", \"message\" }` with the message in the language chosen by `?lang=`, the `lang` cookie or `Accept-Language`."
    ),
    components(schemas(crate::web::localize::ErrorBody)),
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
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// The generated document, served as JSON.
pub struct OpenApiDocument(String);

impl OpenApiDocument {
    pub fn new(collected: OpenApiSpec) -> Self {
        let mut doc = ApiDoc::openapi();
        doc.merge(collected);
        OpenApiDocument(doc.to_json().unwrap_or_default())
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
        .service(recruiters::list_recruiters)
        .service(recruiters::get_recruiter)
        .service(auth::issue_token)
        .service(auth::logout)
        .service(auth::me)
        .route("/openapi.json", web::get().to(openapi_json))
}

/// Routes that are not part of the documented API.
pub fn unlisted_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/healthz").get(healthz))
        .service(web::resource("/readyz").get(readyz));
}

async fn openapi_json(doc: web::Data<OpenApiDocument>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(doc.0.clone())
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
