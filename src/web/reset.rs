//! A staff member who forgot their password asks for a link by mail (`/login/reset`) and
//! sets a new password with it (`/login/reset/{token}`): see `db::resets`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::forms::{FormError, refused, refused_after, see_other, visible};
use super::{Frame, Nav, html};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::second_factor::{self, Check, unix_now};
use crate::auth::{AuthState, session};
use crate::db::{self, Pool, resets};
use crate::domain::account::{NewPassword, normalise_password};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/login/reset")
            .get(request_form)
            .post(request_link),
    )
    .service(
        web::resource("/login/reset/{token}")
            .get(reset_form)
            .post(reset_password),
    );
}

#[derive(Template)]
#[template(path = "account/reset_request.html")]
struct RequestPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    username: String,
    /// After a request: the same answer whether or not the account exists.
    sent: bool,
    error: FormError,
}

async fn request_form(frame: Frame, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    html(&RequestPage {
        tr: frame.tr,
        nav: frame.nav,
        csrf: csrf.0,
        username: String::new(),
        sent: false,
        error: FormError::none(),
    })
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RequestForm {
    username: String,
}

/// Throttled like a sign-in (the same budget per address); the same page afterwards whether
/// the name is a staff account with an address, a worker's, or nobody's.
async fn request_link(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<RequestForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let asked = async {
        let key = resets::username_key(&form.username)?;
        let client = session::client_key(&req, &auth);
        auth.sign_in
            .take(&client)
            .await
            .map_err(|retry| AppError::TooManyRequests {
                retry_after: retry.0,
            })?;
        db::run_write(&pool, move |conn| {
            Ok(resets::request(conn, &key, crate::clock::now())?)
        })
        .await
    }
    .await;
    let page = |sent: bool, error: FormError| RequestPage {
        tr: frame.tr,
        nav: frame.nav.clone(),
        csrf: csrf.0.clone(),
        username: if sent {
            String::new()
        } else {
            visible(&form.username)
        },
        sent,
        error,
    };
    match asked {
        Ok(()) => refused(StatusCode::OK, &page(true, FormError::none())),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused_after(&e, status, &page(false, error)),
            None => Err(e),
        },
    }
}

#[derive(Template)]
#[template(path = "account/reset.html")]
struct ResetPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    token: String,
    /// The account has a second factor: a code is asked for too.
    needs_code: bool,
    error: FormError,
}

/// The token of a link that works now (64 hex characters, sent, unexpired, unused), and
/// whose it is; anything else is a 404.
async fn working_link(pool: &Pool, path: &str) -> Result<(String, resets::Link), AppError> {
    if path.len() != 64 || !path.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let token = path.to_owned();
    let check = token.clone();
    let link = db::run(pool, move |conn| {
        Ok(resets::valid(conn, &check, crate::clock::now())?)
    })
    .await?;
    link.map(|link| (token, link)).ok_or(AppError::NotFound)
}

/// The new password form, for a link that works; any other link is a 404.
async fn reset_form(
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let (token, link) = working_link(&pool, &path).await?;
    // Never cached, never sent on as a referrer (the link is a key).
    let mut response = refused(
        StatusCode::OK,
        &ResetPage {
            tr: frame.tr,
            nav: frame.nav,
            csrf: csrf.0,
            token,
            needs_code: link.second_factor,
            error: FormError::none(),
        },
    )?;
    response.headers_mut().insert(
        actix_web::http::header::REFERRER_POLICY,
        actix_web::http::header::HeaderValue::from_static("no-referrer"),
    );
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ResetForm {
    new_password: String,
    new_password_confirm: String,
    /// From the authenticator app, or a recovery code (accounts with a second factor).
    code: String,
}

/// Sets the new password: every session ends and the person signs in again (their
/// organisation's key is given again by a lead). A link is not enough for an account with a
/// second factor: its code is asked for too, and wrong codes are throttled as at sign-in.
async fn reset_password(
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<ResetForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    // A link that does not work is a 404 before anything typed is looked at (and before any
    // hashing).
    let (token, link) = working_link(&pool, &path).await?;
    let done = async {
        auth.sign_in
            .check_account(&link.username_key)
            .await
            .map_err(|retry| AppError::TooManyRequests {
                retry_after: retry.0,
            })?;
        if form.code.contains(crate::domain::text::UNREADABLE) {
            return Err(InputError::new("code", "error-form-encoding").into());
        }
        let password = NewPassword::parse("new_password", &form.new_password, &[])?;
        if normalise_password(&form.new_password_confirm).as_deref() != Some(password.expose()) {
            return Err(InputError::new("new_password_confirm", "error-password-mismatch").into());
        }
        let hash = auth.hasher.hash(&password).await?;
        let (token, keys, code) = (token.clone(), auth.keys.clone(), form.code.clone());
        let reset = db::run_write(&pool, move |conn| {
            resets::reset(conn, &token, &hash, crate::clock::now(), |conn, user| {
                let check = second_factor::check(conn, &keys, user, Some(&code), unix_now())?;
                Ok(check != Check::Refused)
            })
        })
        .await;
        if let Err(AppError::Input(InputError { field: "code", .. })) = &reset {
            auth.sign_in.record_failure(&link.username_key).await;
        }
        reset
    }
    .await;
    match done {
        Ok(()) => Ok(see_other("/login?reset=1")),
        Err(AppError::NotFound) => Err(AppError::NotFound),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &ResetPage {
                    tr: frame.tr,
                    nav: frame.nav,
                    csrf: csrf.0,
                    token,
                    needs_code: link.second_factor,
                    error,
                },
            ),
            None => Err(e),
        },
    }
}
