//! Moderation: `/moderate` (pending reviews, oldest first, with the personal data found in
//! them), `/moderate/{id}` (one review: approve, redact then approve, or reject) and
//! `/moderate/names` (sub-agents workers named, waiting before the public directory shows
//! them, each with the listed agencies it looks like).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::forms::{Opt, notice_after, numeric_id, see_other};
use super::{Frame, Nav, html};
use crate::app::reviews::{self as moderation, DecisionInput};
use crate::auth::SignedIn;
use crate::auth::csrf::{CsrfForm, CsrfToken, one_or_many};
use crate::db::reviews::{self, Decision, QueueRow, StoredReview};
use crate::db::{self, Pool};
use crate::domain::costs;
use crate::domain::pii;
use crate::domain::review::{Channel, Check, Dimension, RejectReason};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/moderate").get(queue))
        .service(web::resource("/moderate/names").get(names))
        .service(web::resource("/moderate/names/{id}").post(decide_name))
        .service(web::resource("/moderate/{id}").get(review).post(decide));
}

/// Pending reviews shown at once.
const QUEUE_PAGE: i64 = 50;

fn flag_labels(tr: &Tr, flags: &str) -> Vec<String> {
    flags
        .split(',')
        .filter_map(pii::Kind::parse)
        .map(|k| tr.t(k.message_key()))
        .collect()
}

/// A queue line with every word ready to print.
pub struct QueueLine {
    pub id: i64,
    pub date: String,
    pub recruiter: String,
    pub sub_agent: Option<String>,
    pub rating: i64,
    pub flags: Vec<String>,
    pub excerpt: String,
    /// "Collected on paper by …" for a review loaded by `import-reviews`.
    pub collected: Option<String>,
}

impl QueueLine {
    fn new(tr: &Tr, row: QueueRow) -> QueueLine {
        let excerpt: String = row
            .body
            .as_deref()
            .unwrap_or("")
            .chars()
            .take(140)
            .collect();
        QueueLine {
            id: row.id,
            date: crate::clock::day(row.created_at),
            recruiter: row.recruiter_name,
            sub_agent: row.sub_agent_name,
            rating: i64::from(row.rating_overall),
            flags: flag_labels(tr, &row.pii_flags),
            excerpt,
            collected: match (
                row.channel.as_deref().and_then(Channel::parse),
                row.collected_by,
            ) {
                (Some(channel), Some(who)) => Some(tr.t_s(channel.message_key(), "who", &who)),
                _ => None,
            },
        }
    }
}

#[derive(Template)]
#[template(path = "moderate/queue.html")]
struct QueuePage {
    tr: Tr,
    nav: Nav,
    lines: Vec<QueueLine>,
    pending: i64,
    notice: Option<String>,
}

async fn queue(
    req: HttpRequest,
    frame: Frame,
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    moderation::moderator(&user)?;
    let notice = notice_after(
        &req,
        &frame.tr,
        "done",
        &[
            ("approved", "moderate-approved"),
            ("rejected", "moderate-rejected"),
            ("gone", "moderate-gone"),
        ],
    )?;
    let (rows, pending) = db::run(&pool, |conn| Ok(reviews::queue(conn, QUEUE_PAGE)?)).await?;
    let tr = frame.tr;
    html(&QueuePage {
        lines: rows.into_iter().map(|r| QueueLine::new(&tr, r)).collect(),
        pending,
        notice,
        nav: frame.nav,
        tr,
    })
}

/// A piece of the review's text: plain, or a span flagged as personal data.
pub struct Segment {
    pub text: String,
    pub flag: Option<String>,
}

/// A flagged span the moderator may redact: `start-end` byte offsets.
pub struct Flagged {
    pub value: String,
    pub text: String,
    pub label: String,
}

/// A labelled fact of the review.
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "moderate/review.html")]
struct ReviewPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    id: i64,
    recruiter_id: String,
    recruiter: String,
    sub_agent: Option<String>,
    facts: Vec<Fact>,
    segments: Vec<Segment>,
    flagged: Vec<Flagged>,
    reasons: Vec<Opt>,
    pending: bool,
    /// The version shown, sent back with a decision.
    seen: String,
    status: String,
    error: Option<String>,
    redact_text: String,
    /// How the review was collected and its import batch, for one loaded by `import-reviews`.
    collected: Option<(String, String)>,
}

fn yes_no(tr: &Tr, value: Option<bool>) -> Option<String> {
    value.map(|v| tr.t(if v { "review-yes" } else { "review-no" }))
}

/// Everything the worker reported, as label and value, for the moderator to judge.
fn facts_of(tr: &Tr, s: &StoredReview) -> Vec<Fact> {
    let d = &s.draft;
    let mut facts = Vec::new();
    let mut push = |label: String, value: Option<String>| {
        if let Some(value) = value {
            facts.push(Fact { label, value });
        }
    };
    push(
        tr.t("moderate-corridor"),
        Some(format!(
            "{} → {}",
            tr.country(d.origin.as_str()),
            tr.country(d.destination.as_str())
        )),
    );
    push(
        tr.t("review-field-year"),
        Some(d.departure_year.to_string()),
    );
    push(
        tr.t("review-field-sector"),
        d.sector.map(|s| tr.t(s.message_key())),
    );
    push(tr.t("review-field-occupation"), d.occupation.clone());
    push(
        tr.t("review-field-visa"),
        d.visa_type.map(|v| tr.t(v.message_key())),
    );
    let money = |minor: Option<i64>| match (minor, d.currency) {
        (Some(m), Some(c)) => Some(format!("{} {}", c.format(m), c.as_str())),
        _ => None,
    };
    for item in &d.costs {
        let value = if item.paid {
            let mut parts = vec![tr.t("review-paid-yes")];
            parts.extend(money(item.amount));
            parts.extend(item.paid_to.map(|p| tr.t(p.message_key())));
            if let Some(receipt) = item.receipt {
                parts.push(format!(
                    "{}: {}",
                    tr.t("review-field-receipt"),
                    yes_no(tr, Some(receipt)).unwrap_or_default()
                ));
            }
            parts.join(" · ")
        } else {
            tr.t("review-paid-no")
        };
        push(tr.t(item.category.message_key()), Some(value));
    }
    push(tr.t("review-field-took-loan"), yes_no(tr, d.took_loan));
    push(
        tr.t("review-field-lender"),
        d.lender.map(|l| tr.t(l.message_key())),
    );
    push(
        tr.t("loan-interest-monthly"),
        d.loan_interest_bp.map(costs::monthly_interest_text),
    );
    push(tr.t("review-field-promised-wage"), money(d.promised_wage));
    push(tr.t("review-field-first-wage"), money(d.first_month_wage));
    for c in Check::ALL {
        push(tr.t(c.message_key()), yes_no(tr, d.check(*c)));
    }
    for dim in Dimension::ALL {
        push(
            tr.t(dim.message_key()),
            d.rating(*dim).map(|r| r.to_string()),
        );
    }
    push(
        tr.t("review-field-use-again"),
        yes_no(tr, d.would_use_again),
    );
    facts
}

fn segments_of(tr: &Tr, text: &str) -> (Vec<Segment>, Vec<Flagged>) {
    let spans = pii::find(text);
    let mut segments = Vec::new();
    let mut flagged = Vec::new();
    let mut at = 0;
    for span in spans {
        if span.start > at {
            segments.push(Segment {
                text: text[at..span.start].to_owned(),
                flag: None,
            });
        }
        let label = tr.t(span.kind.message_key());
        segments.push(Segment {
            text: text[span.start..span.end].to_owned(),
            flag: Some(label.clone()),
        });
        flagged.push(Flagged {
            value: format!("{}-{}", span.start, span.end),
            text: text[span.start..span.end].to_owned(),
            label,
        });
        at = span.end;
    }
    if at < text.len() {
        segments.push(Segment {
            text: text[at..].to_owned(),
            flag: None,
        });
    }
    (segments, flagged)
}

fn review_page(
    frame: Frame,
    csrf: String,
    stored: StoredReview,
    error: Option<String>,
    redact_text: String,
) -> ReviewPage {
    let tr = frame.tr;
    let (segments, flagged) = segments_of(&tr, stored.draft.body.as_deref().unwrap_or(""));
    ReviewPage {
        nav: frame.nav,
        csrf,
        id: stored.id,
        facts: facts_of(&tr, &stored),
        recruiter_id: stored.recruiter_public_id.clone(),
        recruiter: stored.recruiter_name.clone(),
        sub_agent: stored.draft.sub_agent_name.clone(),
        segments,
        flagged,
        reasons: RejectReason::ALL
            .iter()
            .map(|r| Opt {
                value: r.as_str().to_owned(),
                label: tr.t(r.message_key()),
                selected: false,
            })
            .collect(),
        pending: stored.status == crate::domain::review::ReviewStatus::Pending,
        seen: moderation::version_of(&stored),
        status: tr.t(stored.status.message_key()),
        error,
        redact_text,
        collected: stored.collected.as_ref().map(|(channel, who, batch)| {
            (
                tr.t_s(channel.message_key(), "who", who),
                tr.t_s("moderate-collected-batch", "batch", batch),
            )
        }),
        tr,
    }
}

async fn review(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    moderation::moderator(&user)?;
    let id = numeric_id(&path)?;
    let stored = moderation::stored(&pool, id).await?;
    html(&review_page(frame, csrf.0, stored, None, String::new()))
}

/// A moderator's decision as sent.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionForm {
    action: String,
    /// Flagged spans to redact, `start-end`.
    #[serde(default, deserialize_with = "one_or_many")]
    redact: Vec<String>,
    /// Further text to redact wherever it appears.
    #[serde(default)]
    redact_text: String,
    #[serde(default)]
    reason: String,
    /// The version of the review the moderator read (see [`version_of`]).
    #[serde(default)]
    seen: String,
}

async fn decide(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    form: Result<CsrfForm<DecisionForm>, actix_web::Error>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, actix_web::Error> {
    // Who may decide is settled before the form is read: a refused caller gets 403 whatever
    // they sent.
    moderation::moderator(&user)?;
    let CsrfForm(form) = form?;
    let id = numeric_id(&path)?;
    let stored = moderation::stored(&pool, id).await?;
    if !form.seen.is_empty() && form.seen != moderation::version_of(&stored) {
        // Its author changed it since the page was opened: show what it says now.
        let message = frame.tr.t("moderate-changed");
        return Ok(super::forms::refused(
            actix_web::http::StatusCode::CONFLICT,
            &review_page(frame, csrf.0, stored, Some(message), String::new()),
        )?);
    }
    let typed = DecisionInput {
        action: &form.action,
        redact: &form.redact,
        redact_text: &form.redact_text,
        reason: &form.reason,
    };
    let decision = match moderation::decision(&stored, &typed) {
        Ok(d) => d,
        Err(problem) => {
            let message = frame.tr.t(problem.message_key);
            let typed = crate::web::forms::visible(&form.redact_text);
            return Ok(super::forms::refused(
                actix_web::http::StatusCode::BAD_REQUEST,
                &review_page(frame, csrf.0, stored, Some(message), typed),
            )?);
        }
    };
    let outcome = match &decision {
        Decision::Approve { .. } => "approved",
        Decision::Reject(_) => "rejected",
    };
    match moderation::decide(&pool, &user, id, decision).await {
        Ok(()) => Ok(see_other(&format!("/moderate?done={outcome}"))),
        // Decided by another moderator in the meantime.
        Err(AppError::NotFound) => Ok(see_other("/moderate?done=gone")),
        Err(e) => Err(e.into()),
    }
}

/// A waiting name with every word ready to print.
pub struct NameLine {
    pub public_id: String,
    pub name: String,
    pub country: Option<String>,
    /// Listed agencies it looks like: (public id, name).
    pub look_alikes: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "moderate/names.html")]
struct NamesPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    lines: Vec<NameLine>,
    more: bool,
    notice: Option<String>,
}

/// Names workers typed that wait for a moderator, alphabetically, with look-alikes: two
/// queries. Nothing on the page says which complaint or review named them, or when.
async fn names(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    moderation::moderator(&user)?;
    let notice = notice_after(
        &req,
        &frame.tr,
        "done",
        &[
            ("approved", "moderate-names-approved"),
            ("refused", "moderate-names-refused"),
            ("gone", "moderate-names-gone"),
        ],
    )?;
    let (waiting, more) = db::run(&pool, |conn| {
        Ok(crate::db::recruiters::waiting_names(conn)?)
    })
    .await?;
    html(&NamesPage {
        lines: waiting
            .into_iter()
            .map(|w| NameLine {
                public_id: w.public_id,
                name: w.name,
                country: w.country,
                look_alikes: w
                    .look_alikes
                    .into_iter()
                    .map(|l| (l.public_id, l.name))
                    .collect(),
            })
            .collect(),
        more,
        notice,
        csrf: csrf.0,
        nav: frame.nav,
        tr: frame.tr,
    })
}

/// A moderator's decision on a name: `approve` or `refuse`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameDecisionForm {
    action: String,
}

async fn decide_name(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    form: Result<CsrfForm<NameDecisionForm>, actix_web::Error>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, actix_web::Error> {
    moderation::moderator(&user)?;
    let CsrfForm(form) = form?;
    let id = crate::domain::recruiter::PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let approve = match form.action.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => return Err(AppError::from(InputError::new("action", "error-form-fields")).into()),
    };
    let actor = user.id;
    let decided = db::run_write(&pool, move |conn| {
        crate::db::recruiters::decide_name(conn, &id, approve, actor)
    })
    .await;
    match decided {
        Ok(()) => Ok(see_other(if approve {
            "/moderate/names?done=approved"
        } else {
            "/moderate/names?done=refused"
        })),
        // Decided by another moderator in the meantime.
        Err(AppError::NotFound) => Ok(see_other("/moderate/names?done=gone")),
        Err(e) => Err(e.into()),
    }
}
