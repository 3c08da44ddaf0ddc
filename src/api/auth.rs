//! `POST /api/v1/auth/token`, `POST /api/v1/auth/logout`, `GET /api/v1/me`: bearer tokens for
//! programs. No cookies here, hence no CSRF token: a browser cannot add the header cross-site.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::second_factor::Check;
use crate::auth::{AuthState, SignedIn, session};
use crate::db::accounts;
use crate::db::{self, Pool};
use crate::domain::account::{OrgRole, OrganisationKind, Role};
use crate::error::AppError;
use crate::error::ErrorBody;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    #[schema(min_length = 1, max_length = 64)]
    username: String,
    /// 8 to 128 characters.
    #[schema(min_length = 8, max_length = 128)]
    password: String,
    /// The six digits of the account's authenticator app, or one of its recovery codes:
    /// required for staff, and for workers who set up a second factor.
    #[serde(default)]
    #[schema(max_length = 128)]
    code: Option<String>,
    /// The `device` of an earlier answer for this account: someone else's wrong guesses
    /// then never delay this client, only its own.
    #[serde(default)]
    #[schema(max_length = 128)]
    device: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    /// Send as `Authorization: Bearer <token>`.
    access_token: String,
    /// Always `Bearer`.
    token_type: &'static str,
    /// Seconds until the token expires.
    expires_in: u64,
    /// Keep it and send it back as `device` when signing in again (a year).
    device: Option<String>,
    /// After signing in with a recovery code: how many are left (set up a new authenticator
    /// on the website's account page before they run out).
    #[serde(skip_serializing_if = "Option::is_none")]
    recovery_codes_left: Option<i64>,
}

/// Exchanges a username, password and second-factor code for a bearer token. An unknown
/// user, a wrong password and a wrong, reused or missing code get the same answer.
#[utoipa::path(
    tag = "auth",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "A bearer token", body = TokenResponse),
        (status = 400, description = "Malformed request, unknown field, or a password length out of bounds", body = ErrorBody),
        (status = 401, description = "Wrong username, password or code", body = ErrorBody),
        (status = 403, description = "A staff account without a second factor: set one up on the website first", body = ErrorBody),
        (status = 429, description = "Too many attempts; see Retry-After", body = ErrorBody),
    )
)]
#[post("/auth/token")]
pub async fn issue_token(
    req: HttpRequest,
    body: web::Json<TokenRequest>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let client = session::client_key(&req, &auth);
    let origin = session::Origin {
        client: &client,
        device: body.device.as_deref(),
        agent: session::Origin::agent_of(&req),
        page: false,
    };
    let attempt = session::Attempt {
        username: &body.username,
        password: &body.password,
        code: body.code.as_deref(),
    };
    let issued = session::sign_in(&auth, &pool, &origin, &attempt, None).await?;
    let recovery_codes_left = match issued.second_factor {
        Check::Recovery { left } => Some(left),
        _ => None,
    };
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(TokenResponse {
            access_token: issued.token,
            token_type: "Bearer",
            expires_in: issued.claims.exp.saturating_sub(issued.claims.iat),
            device: issued.device,
            recovery_codes_left,
        }))
}

/// Revokes the token the request carries.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The token no longer works"),
        (status = 401, description = "No valid token", body = ErrorBody),
    )
)]
#[post("/auth/logout")]
pub async fn logout(
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    crate::app::accounts::revoke(&pool, &user).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    username: String,
    role: Role,
    organisation: Option<Membership>,
    /// For notifications, if the person gave one.
    email: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Membership {
    id: i64,
    name: String,
    kind: OrganisationKind,
    /// `member` or `lead`.
    role: OrgRole,
}

/// The caller's account.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller", body = Me),
        (status = 401, description = "No valid token", body = ErrorBody),
    )
)]
#[get("/me")]
pub async fn me(
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<web::Json<Me>, AppError> {
    let organisation = match user.organisation_id {
        None => None,
        Some(id) => db::run(&pool, move |conn| Ok(accounts::organisation(conn, id)?)).await?,
    };
    Ok(web::Json(Me {
        organisation: organisation.and_then(|org| {
            Some(Membership {
                id: org.row.id,
                name: org.row.name,
                kind: OrganisationKind::parse(&org.row.kind)?,
                role: user.org_role?,
            })
        }),
        username: user.username,
        role: user.role,
        email: user.email,
    }))
}
