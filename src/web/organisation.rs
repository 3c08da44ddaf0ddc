//! An organisation's key page (`/organisation/key`): who holds the key that opens its
//! referrals, a lead giving it to a member, making it, and getting it back with the
//! recovery code. A recovery code is shown once, on the answer to the POST that made it.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::forms::{FormError, notice_after, refused, see_other};
use super::{Frame, Nav};
use crate::app::casework::Staff;
use crate::app::keys;
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::{AuthState, SignedIn};
use crate::db::Pool;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::seal::RecoveryCode;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/organisation/key")
            .get(key_page)
            .post(make_key),
    )
    .service(web::resource("/organisation/key/give/{id}").post(give_key))
    .service(web::resource("/organisation/key/recover").post(recover_key))
    .service(web::resource("/organisation/retention").post(set_retention));
}

struct MemberLine {
    id: i64,
    username: String,
    lead: bool,
    holds: bool,
    /// Has signed in since sealing (has a key pair the key can be sealed to).
    can_receive: bool,
}

#[derive(Template)]
#[template(path = "organisation/key.html")]
struct KeyPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    notice: Option<String>,
    /// A recovery code just made: shown this once.
    code: Option<String>,
    made: bool,
    holds: bool,
    lead: bool,
    members: Vec<MemberLine>,
    retention_days: i64,
}

async fn page(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    staff: &Staff,
    error: FormError,
    notice: Option<String>,
    code: Option<RecoveryCode>,
) -> Result<KeyPage, AppError> {
    let status = keys::status(pool, staff).await?;
    Ok(KeyPage {
        tr: frame.tr,
        nav: frame.nav,
        csrf: csrf.0,
        error,
        notice,
        code: code.map(|c| c.grouped()),
        made: status.made,
        holds: status.holds,
        lead: staff.lead,
        members: status
            .members
            .iter()
            .filter(|m| !m.disabled)
            .map(|m| MemberLine {
                id: m.user_id,
                username: m.username.clone(),
                lead: keys::is_lead(m),
                holds: m.has_key,
                can_receive: m.has_keyring,
            })
            .collect(),
        retention_days: i64::from(status.retention_days),
    })
}

fn shown(page: &KeyPage) -> Result<HttpResponse, AppError> {
    // Never cached: it may hold a recovery code.
    refused(StatusCode::OK, page)
}

async fn key_page(
    req: actix_web::HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let notice = notice_after(
        &req,
        &frame.tr,
        "done",
        &[
            ("given", "org-key-given"),
            ("retention", "org-retention-saved"),
        ],
    )?;
    shown(&page(frame, csrf, &pool, &staff, FormError::none(), notice, None).await?)
}

/// The answer to a POST: the page with a code to show once, or again with the refusal.
async fn answer(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    staff: &Staff,
    result: Result<RecoveryCode, AppError>,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(code) => shown(
            &page(
                frame,
                csrf,
                pool,
                staff,
                FormError::none(),
                None,
                Some(code),
            )
            .await?,
        ),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &page(frame, csrf, pool, staff, error, None, None).await?,
            ),
            None => Err(e),
        },
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct EmptyForm {}

async fn make_key(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    CsrfForm(_): CsrfForm<EmptyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let result = keys::make(&pool, &staff).await;
    answer(frame, csrf, &pool, &staff, result).await
}

async fn give_key(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let member = crate::query::numeric_id(&path)?;
    match keys::give(&pool, &staff, member).await {
        Ok(()) => Ok(see_other("/organisation/key?done=given")),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &page(frame, csrf, &pool, &staff, error, None, None).await?,
            ),
            None => Err(e),
        },
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RecoverForm {
    code: String,
}

async fn recover_key(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<RecoverForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let result = keys::recover(&pool, &auth, &staff, &form.code).await;
    answer(frame, csrf, &pool, &staff, result).await
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionForm {
    days: String,
}

async fn set_retention(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<RetentionForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    match keys::set_retention(&pool, &staff, &form.days).await {
        Ok(()) => Ok(see_other("/organisation/key?done=retention")),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &page(frame, csrf, &pool, &staff, error, None, None).await?,
            ),
            None => Err(e),
        },
    }
}
