//! An intake partner's API keys (issue 18): the list (never a key's secret or hash), making a
//! key (its text shown on the answer to that request only) and revoking one. Administrators
//! only; every issue and revocation is written with its audit event.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use super::Shown;
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::{Admin, User};
use crate::clock::day;
use crate::db::partner_keys::{self, KeyLine};
use crate::db::{self, Pool, accounts};
use crate::domain::account::OrganisationKind;
use crate::error::{AppError, InputError};
use crate::i18n::Tr;
use crate::web::forms::{FormError, numeric_id, refused, see_other, visible};
use crate::web::{Frame, Nav, html};

/// The form that makes a key, as typed.
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields, default)]
pub struct KeyForm {
    name: String,
    days: String,
}

impl KeyForm {
    fn blank() -> KeyForm {
        KeyForm {
            name: String::new(),
            days: crate::domain::partner::KEY_DAYS_MAX.to_string(),
        }
    }

    fn visible(self) -> KeyForm {
        KeyForm {
            name: visible(&self.name),
            days: visible(&self.days),
        }
    }

    /// The name and the number of days, checked.
    fn parse(&self) -> Result<(String, i64), InputError> {
        crate::domain::partner::key_request(&self.name, &self.days)
    }
}

/// A key as the page lists it.
struct KeyRow {
    id: i64,
    name: String,
    made: String,
    expires: String,
    used: String,
    state: String,
    active: bool,
}

impl KeyRow {
    fn new(tr: &Tr, key: KeyLine, now: chrono::NaiveDateTime) -> KeyRow {
        let (state, active) = match (key.revoked_at, key.expires_at <= now) {
            (Some(_), _) => ("admin-partner-keys-revoked", false),
            (None, true) => ("admin-partner-keys-expired", false),
            (None, false) => ("admin-partner-keys-active", true),
        };
        KeyRow {
            id: key.id,
            name: key.name,
            made: day(key.created_at),
            expires: day(key.expires_at),
            used: key
                .last_used_at
                .map_or_else(|| tr.t("admin-partner-keys-never"), day),
            state: tr.t(state),
            active,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/partner_keys.html")]
struct KeysPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    title: String,
    id: i64,
    name: String,
    notice: Option<String>,
    new_key: Option<String>,
    keys: Vec<KeyRow>,
    error: FormError,
    form: KeyForm,
}

/// The partner `id`'s page: two queries. A 404 for an organisation that is not an intake
/// partner (keys are for partners only).
async fn keys_page(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    id: i64,
    shown: Shown<KeyForm>,
    new_key: Option<String>,
) -> Result<KeysPage, AppError> {
    let (org, keys) = db::run(pool, move |conn| {
        let org = accounts::organisation(conn, id)?.ok_or(AppError::NotFound)?;
        if OrganisationKind::parse(&org.row.kind) != Some(OrganisationKind::IntakePartner) {
            return Err(AppError::NotFound);
        }
        Ok((org, partner_keys::keys_of(conn, id)?))
    })
    .await?;
    let tr = frame.tr;
    let now = crate::clock::now();
    let Shown {
        typed,
        error,
        notice,
    } = shown;
    Ok(KeysPage {
        nav: frame.nav,
        csrf: csrf.0,
        title: tr.t_s("admin-partner-keys-title", "name", &org.row.name),
        id,
        name: org.row.name,
        notice,
        new_key,
        keys: keys.into_iter().map(|k| KeyRow::new(&tr, k, now)).collect(),
        error,
        form: typed.unwrap_or_else(KeyForm::blank).visible(),
        tr,
    })
}

/// The list of a partner's keys and the form that makes one.
pub(super) async fn keys(
    req: HttpRequest,
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    let notice = crate::web::forms::notice_after(
        &req,
        &frame.tr,
        "revoked",
        &[("1", "admin-partner-keys-revoked-done")],
    )?;
    html(&keys_page(frame, csrf, &pool, id, Shown::stored(notice), None).await?)
}

/// Makes a key and shows it, in this answer only (never stored, never in a URL).
pub(super) async fn create_key(
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<KeyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    let (name, days) = match form.parse() {
        Ok(parsed) => parsed,
        Err(e) => {
            let error = FormError::new(&frame.tr, &e);
            let status = AppError::from(e).code().status();
            let page = keys_page(frame, csrf, &pool, id, Shown::refused(form, error), None);
            return refused(status, &page.await?);
        }
    };
    let key = issue(&pool, &admin, id, name, days).await?;
    let page = keys_page(frame, csrf, &pool, id, Shown::stored(None), Some(key)).await?;
    let mut response = html(&page)?;
    // The key is in this answer only: no cache keeps it.
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

async fn issue(
    pool: &Pool,
    admin: &User,
    id: i64,
    name: String,
    days: i64,
) -> Result<String, AppError> {
    let actor = admin.id;
    let now = crate::clock::now();
    db::run_write(pool, move |conn| {
        partner_keys::issue(
            conn,
            id,
            &name,
            now + Duration::days(days),
            Some(actor),
            now,
        )?
        .ok_or(AppError::NotFound)
    })
    .await
}

/// Revokes a key of the partner: every request with it is a 401 from now on.
pub(super) async fn revoke_key(
    Admin(admin): Admin,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<super::staff::NoFields>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let (id, key) = path.into_inner();
    let (id, key) = (numeric_id(&id)?, numeric_id(&key)?);
    let actor = admin.id;
    let now = crate::clock::now();
    let revoked = db::run_write(pool.get_ref(), move |conn| {
        Ok(partner_keys::revoke(conn, id, key, Some(actor), now)?)
    })
    .await?;
    if !revoked {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!(
        "/admin/organisations/{id}/keys?revoked=1"
    )))
}
