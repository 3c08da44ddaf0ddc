//! The administrators' mail page: how many notifications wait, and the ones given up on
//! ("dead") with their last error and a button to try again.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::account::EmptyForm;
use super::forms::{numeric_id, see_other};
use super::{Frame, Nav, html};
use crate::auth::Admin;
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::clock;
use crate::db::{self, Pool, outbox};
use crate::domain::notice::Kind;
use crate::domain::webhook::Event;
use crate::error::AppError;
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/admin/mail").get(mail_page))
        .service(web::resource("/admin/mail/retry").post(retry_all))
        .service(web::resource("/admin/mail/{id}/retry").post(retry_one));
}

#[derive(Template)]
#[template(path = "admin/mail.html")]
struct MailPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    notice: Option<String>,
    pending: i64,
    dead: i64,
    lines: Vec<DeadLine>,
}

struct DeadLine {
    id: i64,
    day: String,
    kind: String,
    recipient: String,
    attempts: i64,
    error: String,
}

/// Longest error text shown (an SMTP answer can be long).
const ERROR_SHOWN: usize = 300;

/// Three queries whatever the outbox holds (two counts, at most 200 dead rows).
async fn mail_page(
    req: HttpRequest,
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let retried = crate::query::parse_pairs(req.query_string())?
        .into_iter()
        .find(|(k, _)| k == "retried")
        .and_then(|(_, v)| v.parse::<i64>().ok().filter(|n| *n >= 0));
    let notice = retried.map(|n| frame.tr.t_n("admin-mail-retried", "count", &n));
    let ((pending, dead), rows) = db::run(&pool, |conn| {
        Ok((outbox::counts(conn)?, outbox::dead(conn)?))
    })
    .await?;
    let tr = frame.tr;
    let lines = rows
        .into_iter()
        .map(|row| {
            let kind = Kind::parse(&row.kind);
            // A partner's status webhook: its name, and the partner's host in full.
            let event = Event::parse(&row.kind);
            DeadLine {
                id: row.id,
                day: clock::day(row.created_at),
                kind: match (kind, event) {
                    (Some(k), _) => tr.t(&k.label_key()),
                    (None, Some(e)) => tr.t(e.label_key()),
                    (None, None) => row.kind.clone(),
                },
                // A worker's address says they filed a complaint or wrote a review: only
                // its domain is shown, enough to see which mail server refused it.
                recipient: if event.is_none() && kind.is_none_or(Kind::to_worker) {
                    masked(&row.recipient)
                } else {
                    row.recipient
                },
                attempts: i64::from(row.attempts),
                error: row
                    .last_error
                    .unwrap_or_default()
                    .chars()
                    .take(ERROR_SHOWN)
                    .collect(),
            }
        })
        .collect();
    html(&MailPage {
        nav: frame.nav,
        csrf: csrf.0,
        notice,
        pending,
        dead,
        lines,
        tr,
    })
}

/// `someone@example.org` → `…@example.org`.
fn masked(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((_, domain)) => format!("…@{domain}"),
        None => "…".into(),
    }
}

/// Puts one dead mail back in line, with a fresh count of tries.
async fn retry_one(
    Admin(_): Admin,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    let now = clock::now();
    let retried = db::run_write(&pool, move |conn| Ok(outbox::retry(conn, id, now)?)).await?;
    // A second click (the mail is already back in line) says so rather than failing.
    Ok(see_other(&format!(
        "/admin/mail?retried={}",
        u8::from(retried)
    )))
}

/// Puts every dead mail back in line (after the mail settings were mended).
async fn retry_all(
    Admin(_): Admin,
    CsrfForm(_): CsrfForm<EmptyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let now = clock::now();
    let retried = db::run_write(&pool, move |conn| Ok(outbox::retry_all(conn, now)?)).await?;
    Ok(see_other(&format!("/admin/mail?retried={retried}")))
}

#[cfg(test)]
mod tests {
    use super::masked;

    #[test]
    fn a_workers_address_shows_only_its_domain() {
        assert_eq!(masked("worker@example.org"), "…@example.org");
        assert_eq!(masked("odd"), "…");
    }
}
