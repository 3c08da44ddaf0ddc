//! The overview and the audit log, every event in the reader's words.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;

use super::sector_labels;
use crate::auth::Admin;
use crate::db::accounts::{self, AuditRow};
use crate::db::{self, Pool};
use crate::domain::account::{OrgRole, OrganisationKind, Role};
use crate::domain::recruiter::LicenceStatus;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::web::{Frame, Nav, html};

/// Events shown on the overview.
const OVERVIEW_EVENTS: i64 = 20;
/// Events shown on the audit page.
const AUDIT_EVENTS: i64 = 200;

/// Events whose label has a Fluent key `admin-event-<event with dashes>`; others show their
/// code.
const KNOWN_EVENTS: &[&str] = &[
    "sign_in",
    "sign_out",
    "sign_out_everywhere",
    "password_changed",
    "password_reset",
    "account_created",
    "role_changed",
    "organisation_changed",
    "account_disabled",
    "account_enabled",
    "organisation_created",
    "organisation_updated",
    "recruiter_created",
    "recruiter_updated",
    "second_factor_enrolled",
    "second_factor_replaced",
    "second_factor_removed",
    "second_factor_reset",
];

/// Reasons (`reason=…`) with a label `admin-detail-reason-<reason>`.
const REASONS: &[&str] = &[
    "throttled",
    "disabled",
    "second-factor",
    "no-second-factor",
    "recovery-code",
];

/// An audit event with every word ready to print.
pub struct AuditLine {
    /// `2026-01-31 14:05:09`, UTC.
    pub time: String,
    /// `2026-01-31T14:05:09Z`, for `<time datetime>`.
    pub datetime: String,
    pub event: String,
    pub code: String,
    pub outcome: String,
    pub actor: Option<String>,
    pub subject: Option<String>,
    pub detail: Option<String>,
}

fn audit_lines(tr: &Tr, rows: Vec<AuditRow>, names: Vec<(i64, String)>) -> Vec<AuditLine> {
    let names: HashMap<i64, String> = names.into_iter().collect();
    let name =
        |id: Option<i64>| id.map(|id| names.get(&id).cloned().unwrap_or_else(|| format!("#{id}")));
    rows.into_iter()
        .map(|row| {
            let event = if KNOWN_EVENTS.contains(&row.event.as_str()) {
                tr.t(&format!("admin-event-{}", row.event.replace('_', "-")))
            } else {
                row.event.clone()
            };
            let outcome = match row.outcome.as_str() {
                "success" | "failure" | "refused" => {
                    tr.t(&format!("admin-outcome-{}", row.outcome))
                }
                other => other.to_owned(),
            };
            AuditLine {
                time: row.occurred_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                datetime: row.occurred_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                event,
                code: row.event,
                outcome,
                actor: name(row.actor_id),
                subject: name(row.subject_user_id),
                detail: row.detail.as_deref().map(|d| detail_line(tr, d)),
            }
        })
        .collect()
}

/// The keys of an audit event's `key=value; …` detail; each has a label
/// `admin-detail-<key>`.
const DETAIL_KEYS: &[&str] = &[
    "role",
    "organisation",
    "kind",
    "countries",
    "sectors",
    "days",
    "recruiter",
    "status",
    "reason",
];

/// An audit detail in the reader's language: labels for the keys, and for the values that
/// are codes (roles, licence statuses, organisation kinds, sectors, countries, reasons).
fn detail_line(tr: &Tr, detail: &str) -> String {
    let separator = tr.list_separator();
    detail
        .split("; ")
        .map(|part| match part.split_once('=') {
            Some((key, value)) if DETAIL_KEYS.contains(&key) => {
                let values: Vec<String> = value
                    .split(" → ")
                    .map(|v| detail_value(tr, key, v, &separator))
                    .collect();
                format!(
                    "{}: {}",
                    tr.t(&format!("admin-detail-{key}")),
                    values.join(" → ")
                )
            }
            _ => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(&format!("{} ", tr.t("admin-detail-separator")))
}

fn detail_value(tr: &Tr, key: &str, value: &str, separator: &str) -> String {
    let label = match key {
        "role" => Role::parse(value).map(|r| tr.t(r.message_key())),
        "status" => value
            .parse::<LicenceStatus>()
            .ok()
            .map(|s| tr.t(s.message_key())),
        "kind" => OrganisationKind::parse(value).map(|k| tr.t(k.message_key())),
        "reason" if REASONS.contains(&value) => Some(tr.t(&format!("admin-detail-reason-{value}"))),
        "sectors" if value.is_empty() => Some(tr.t("admin-sectors-all")),
        "sectors" => Some(sector_labels(tr, value)),
        "countries" => Some(
            value
                .split(',')
                .map(|c| tr.country(c))
                .collect::<Vec<_>>()
                .join(separator),
        ),
        "organisation" if value == "none" => Some(tr.t("admin-organisation-none")),
        "organisation" => value.split_once(':').map(|(id, standing)| {
            let standing = OrgRole::parse(standing)
                .map_or_else(|| standing.to_owned(), |r| tr.t(r.message_key()));
            format!("#{id} ({standing})")
        }),
        _ => None,
    };
    label.unwrap_or_else(|| value.to_owned())
}

#[derive(Template)]
#[template(path = "admin/overview.html")]
struct OverviewPage {
    tr: Tr,
    nav: Nav,
    organisations: i64,
    staff: i64,
    workers: i64,
    unrouted_complaints: i64,
    /// Notifications given up on (see /admin/mail).
    dead_mail: i64,
    events: Vec<AuditLine>,
}

/// Counts and the latest audit events: eight queries.
pub(super) async fn overview(
    Admin(_): Admin,
    frame: Frame,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let (organisations, staff, workers, (rows, names), unrouted_complaints, (_, dead_mail)) =
        db::run(&pool, |conn| {
            Ok((
                accounts::count_organisations(conn)?,
                accounts::count_staff(conn)?,
                accounts::count_workers(conn)?,
                accounts::recent_audit(conn, OVERVIEW_EVENTS)?,
                crate::db::complaints::count_unrouted(conn)?,
                crate::db::outbox::counts(conn)?,
            ))
        })
        .await?;
    let tr = frame.tr;
    html(&OverviewPage {
        nav: frame.nav,
        organisations,
        staff,
        workers,
        unrouted_complaints,
        dead_mail,
        events: audit_lines(&tr, rows, names),
        tr,
    })
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    tr: Tr,
    nav: Nav,
    events: Vec<AuditLine>,
}

/// The latest audit events: two queries.
pub(super) async fn audit(
    Admin(_): Admin,
    frame: Frame,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let (rows, names) = db::run(&pool, |conn| {
        Ok(accounts::recent_audit(conn, AUDIT_EVENTS)?)
    })
    .await?;
    let tr = frame.tr;
    html(&AuditPage {
        nav: frame.nav,
        events: audit_lines(&tr, rows, names),
        tr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;

    fn english() -> Tr {
        i18n::init().unwrap();
        Tr::new(i18n::DEFAULT)
    }

    #[test]
    fn every_event_and_detail_key_has_a_label() {
        let tr = english();
        let keys = KNOWN_EVENTS
            .iter()
            .map(|e| format!("admin-event-{}", e.replace('_', "-")))
            .chain(DETAIL_KEYS.iter().map(|k| format!("admin-detail-{k}")))
            .chain(REASONS.iter().map(|r| format!("admin-detail-reason-{r}")))
            .chain(["success", "failure", "refused"].map(|o| format!("admin-outcome-{o}")))
            .chain(["admin-detail-separator".to_owned()]);
        for key in keys {
            assert_ne!(tr.t(&key), key, "{key} has no message");
        }
    }

    #[test]
    fn audit_details_read_in_words() {
        let tr = english();
        assert_eq!(
            detail_line(&tr, "role=worker → inspector"),
            "Role: Worker → Labour inspector"
        );
        assert_eq!(
            detail_line(&tr, "organisation=3:lead → none"),
            "Organisation: #3 (lead) → No organisation"
        );
        assert_eq!(
            detail_line(&tr, "reason=throttled"),
            "Reason: too many attempts"
        );
        let org = detail_line(
            &tr,
            "kind=trade_union; countries=NP,QA; sectors=; days=7/90",
        );
        assert!(
            org.starts_with("Kind: Trade union; Countries: Nepal"),
            "{org}"
        );
        assert!(
            org.contains("Qatar") && org.contains("All sectors"),
            "{org}"
        );
        // Anything else is shown as stored.
        assert_eq!(detail_line(&tr, "free text"), "free text");
    }
}
