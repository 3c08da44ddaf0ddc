//! The watchlist: recruiters a union officer, inspector or caseworker follows, with a weekly
//! summary of what changed about them by mail (see `db::watchlist`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::account::EmptyForm;
use super::forms::{FormError, refused, see_other, visible};
use super::{Frame, Nav, html};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::{SignedIn, User};
use crate::clock;
use crate::db::watchlist::{self as store, WATCH_MAX};
use crate::db::{self, Pool};
use crate::domain::recruiter::{LicenceStatus, PublicId};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/watchlist").get(page).post(add))
        .service(web::resource("/watchlist/{id}/remove").post(remove));
}

#[derive(Template)]
#[template(path = "watchlist.html")]
struct WatchlistPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    notice: Option<String>,
    /// What the add form holds: as typed, or the recruiter a profile link named.
    recruiter: String,
    error: FormError,
    lines: Vec<WatchLine>,
    max: i64,
}

struct WatchLine {
    public_id: String,
    name: String,
    licence: Option<String>,
    reviews: String,
    rating: String,
}

/// Staff of an organisation only: the summary is about recruiters they act on.
fn staff(user: &User) -> Result<(), AppError> {
    if user.role.belongs_to_organisation() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

async fn render(
    frame: Frame,
    csrf: CsrfToken,
    user: &User,
    pool: &Pool,
    notice: Option<String>,
    recruiter: String,
    error: FormError,
) -> Result<WatchlistPage, AppError> {
    let id = user.id;
    let watched = db::run(pool, move |conn| Ok(store::list(conn, id)?)).await?;
    let tr = frame.tr;
    let lines = watched
        .into_iter()
        .map(|w| WatchLine {
            licence: w
                .licence_status
                .as_deref()
                .and_then(|s| s.parse::<LicenceStatus>().ok())
                .map(|s| tr.t(s.message_key())),
            reviews: tr.t_n("watchlist-reviews", "count", &w.review_count),
            rating: match w.rating_tenths {
                Some(t) => tr.t_s(
                    "watchlist-rating",
                    "rating",
                    &format!("{}.{}", t / 10, t % 10),
                ),
                None => tr.t("watchlist-rating-few"),
            },
            public_id: w.public_id,
            name: w.name,
        })
        .collect();
    Ok(WatchlistPage {
        nav: frame.nav,
        csrf: csrf.0,
        notice,
        recruiter,
        error,
        lines,
        max: WATCH_MAX,
        tr,
    })
}

/// The list; `?recruiter=` (from a recruiter's page) fills the add form.
async fn page(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    staff(&user)?;
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let notice = match value("done") {
        Some("added") => Some(frame.tr.t("watchlist-added")),
        Some("removed") => Some(frame.tr.t("watchlist-removed")),
        _ => None,
    };
    // Only a well-formed id is carried into the form.
    let recruiter = value("recruiter")
        .and_then(PublicId::parse)
        .map(|id| id.as_str().to_owned())
        .unwrap_or_default();
    html(
        &render(
            frame,
            csrf,
            &user,
            &pool,
            notice,
            recruiter,
            FormError::none(),
        )
        .await?,
    )
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct AddForm {
    /// A FairRecruit id or a licence number.
    recruiter: String,
}

/// Longest id or licence number accepted.
const TYPED_MAX: usize = 100;

async fn add(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<AddForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    staff(&user)?;
    let typed = form.recruiter.clone();
    let result =
        if typed.chars().count() > TYPED_MAX || crate::domain::text::has_forbidden_chars(&typed) {
            Err(InputError::new("recruiter", "error-watch-recruiter").into())
        } else {
            let id = user.id;
            let now = clock::now();
            db::run_write(&pool, move |conn| store::watch(conn, id, &typed, now)).await
        };
    match result {
        Ok(_) => Ok(see_other("/watchlist?done=added")),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &render(
                    frame,
                    csrf,
                    &user,
                    &pool,
                    None,
                    visible(&form.recruiter),
                    error,
                )
                .await?,
            ),
            None => Err(e),
        },
    }
}

async fn remove(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    staff(&user)?;
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let user_id = user.id;
    db::run_write(&pool, move |conn| Ok(store::unwatch(conn, user_id, &id)?)).await?;
    Ok(see_other("/watchlist?done=removed"))
}
