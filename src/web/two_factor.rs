//! `/account/two-factor`: setting up (staff at their first sign-in, workers if they wish),
//! replacing or (workers) turning off the second factor; the recovery codes are shown once.
//! The QR code is drawn here as SVG: no script, no image request, no outside service.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::forms::{FormError, notice_after, refused, refused_after, see_other};
use super::{Frame, Nav};
use crate::app::second_factor::{self, Enrolment};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::second_factor::Secret;
use crate::auth::{AuthState, Enrolling, User};
use crate::db::Pool;
use crate::domain::account::Role;
use crate::error::AppError;
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/account/two-factor").get(page).post(enrol))
        .service(web::resource("/account/two-factor/off").post(turn_off));
}

#[derive(Template)]
#[template(path = "account/two_factor.html")]
struct TwoFactorPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    /// Set up already (then the form replaces it).
    enrolled: bool,
    /// Staff must keep one; a worker may turn it off.
    required: bool,
    recovery_left: i64,
    notice: Option<String>,
    /// The new secret: its QR code (inline SVG), as text, and sealed for the form.
    qr_svg: String,
    secret_text: String,
    pending: String,
    error: FormError,
}

impl TwoFactorPage {
    async fn new(
        frame: Frame,
        csrf: String,
        auth: &AuthState,
        pool: &Pool,
        user: &User,
        secret: &Secret,
    ) -> Result<TwoFactorPage, AppError> {
        let (enrolled, recovery_left) = second_factor::state(pool, user).await?;
        Ok(TwoFactorPage {
            tr: frame.tr,
            nav: frame.nav,
            csrf,
            enrolled,
            required: user.role != Role::Worker,
            recovery_left,
            notice: None,
            qr_svg: secret.qr_svg(&user.username),
            secret_text: secret.shown(),
            pending: secret.seal_pending(&auth.keys, user.id),
            error: FormError::none(),
        })
    }
}

/// Never cached, never sent on as a referrer: it shows a secret.
fn private(mut response: HttpResponse) -> HttpResponse {
    response.headers_mut().insert(
        actix_web::http::header::REFERRER_POLICY,
        actix_web::http::header::HeaderValue::from_static("no-referrer"),
    );
    response
}

async fn page(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    Enrolling(user): Enrolling,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let notice_recovery = notice_after(
        &req,
        &frame.tr,
        "recovery",
        &[("used", "two-factor-recovery-used")],
    )?;
    let notice_off = notice_after(&req, &frame.tr, "done", &[("off", "two-factor-off-done")])?;
    let mut page =
        TwoFactorPage::new(frame, csrf.0, &auth, &pool, &user, &Secret::generate()).await?;
    page.notice = notice_recovery.or(notice_off);
    Ok(private(refused(StatusCode::OK, &page)?))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct EnrolForm {
    pending: String,
    code: String,
    current: String,
}

#[derive(Template)]
#[template(path = "account/recovery_codes.html")]
struct RecoveryCodesPage {
    tr: Tr,
    nav: Nav,
    codes: Vec<String>,
}

async fn enrol(
    frame: Frame,
    csrf: CsrfToken,
    Enrolling(user): Enrolling,
    CsrfForm(form): CsrfForm<EnrolForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let enrolment = Enrolment {
        pending: &form.pending,
        code: &form.code,
        current: &form.current,
    };
    match second_factor::enrol(&auth, &pool, &user, &enrolment).await {
        // Shown once, in this answer only.
        Ok(codes) => Ok(private(refused(
            StatusCode::OK,
            &RecoveryCodesPage {
                tr: frame.tr,
                nav: frame.nav,
                codes: codes.iter().map(|c| c.grouped()).collect(),
            },
        )?)),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                // The same secret again (the app may have it already), unless the form's
                // could not be opened.
                let secret = Secret::open_pending(&auth.keys, user.id, &form.pending)
                    .unwrap_or_else(Secret::generate);
                let mut page =
                    TwoFactorPage::new(frame, csrf.0, &auth, &pool, &user, &secret).await?;
                page.error = error;
                Ok(private(refused_after(&e, status, &page)?))
            }
            None => Err(e),
        },
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct OffForm {
    code: String,
}

async fn turn_off(
    frame: Frame,
    csrf: CsrfToken,
    Enrolling(user): Enrolling,
    CsrfForm(form): CsrfForm<OffForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    match second_factor::turn_off(&auth, &pool, &user, &form.code).await {
        Ok(()) => Ok(see_other("/account/two-factor?done=off")),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let mut page =
                    TwoFactorPage::new(frame, csrf.0, &auth, &pool, &user, &Secret::generate())
                        .await?;
                page.error = error;
                Ok(private(refused_after(&e, status, &page)?))
            }
            None => Err(e),
        },
    }
}
