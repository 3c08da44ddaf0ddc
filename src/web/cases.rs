//! Staff pages: `/inspect` (the organisation's queue) and `/cases/{id}` (one referral, its
//! timeline, messages, notes and actions), and the administrators' list of complaints no
//! organisation received. A referral of another organisation is a 404, like one that does
//! not exist.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;

use super::forms::Opt;
use super::forms::{FormError, refused, see_other};
use super::{Frame, Nav, html};
use crate::app::casework::{self, Queue, Staff, referral_id};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::{Admin, SignedIn};
use crate::clock::day;
use crate::db::Pool;
use crate::db::complaints::{self as store, CaseFile, QueueRow};
use crate::db::keys::Access;
use crate::domain::account::{OrganisationKind, Sector};
use crate::domain::complaint::{
    ActionInput, ActionName, CloseReason, Issue, MESSAGE_MAX, Money, Priority, REASON_MAX,
    ReferralStatus, Remedy, RemedyObtained, Stage, split_words,
};
use crate::domain::costs::{self, CostCategory, Lender, VisaType};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/inspect").get(inspect))
        .service(web::resource("/cases/{id}").get(case))
        .service(web::resource("/cases/{id}/action").post(case_action))
        .service(web::resource("/cases/{id}/message").post(case_message))
        .service(web::resource("/cases/{id}/priority").post(case_priority))
        .service(web::resource("/cases/{id}/refer").post(case_refer))
        .service(web::resource("/cases/{id}/group").post(case_group))
        .service(
            web::resource("/admin/complaints")
                .get(unrouted)
                .post(route_again),
        );
}

/// A message, with its day only.
pub struct MessageLine {
    pub day: String,
    pub from_worker: bool,
    pub internal: bool,
    pub author: Option<String>,
    pub body: String,
}

/// "Documents returned, money recovered: 1500.00 QAR" in the reader's language.
pub fn outcome_text(
    tr: &Tr,
    status: ReferralStatus,
    close_reason: Option<&str>,
    remedies: Option<&str>,
    money: Option<Money>,
) -> Option<String> {
    let separator = tr.list_separator();
    match status {
        ReferralStatus::Closed => close_reason
            .and_then(CloseReason::parse)
            .map(|r| tr.t(r.message_key())),
        ReferralStatus::Resolved => {
            let mut parts: Vec<String> =
                split_words(remedies.unwrap_or_default(), RemedyObtained::parse)
                    .iter()
                    .map(|r| tr.t(r.message_key()))
                    .collect();
            if let Some(money) = money {
                parts.push(tr.t_s("case-money-recovered", "amount", &money.display()));
            }
            Some(parts.join(&separator))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// The queue

/// A queue line, every word ready to print.
pub struct QueueLine {
    pub id: i64,
    pub status: String,
    pub status_code: &'static str,
    pub priority: String,
    pub priority_code: &'static str,
    pub overridden: bool,
    pub opened_on: String,
    pub overdue: bool,
    pub corridor: String,
    pub recruiter: String,
    pub recruiter_id: String,
    pub is_sub_agent: bool,
    pub in_danger: bool,
    pub workers: i64,
    pub grouped: Option<i64>,
}

impl QueueLine {
    fn new(tr: &Tr, row: QueueRow, now: NaiveDateTime) -> QueueLine {
        let status = row.status();
        let priority = Priority::from_rank(row.priority);
        QueueLine {
            id: row.id,
            status: tr.t(status.message_key()),
            status_code: status.as_str(),
            priority: tr.t(priority.message_key()),
            priority_code: priority.as_str(),
            overridden: row.priority_overridden,
            opened_on: day(row.opened_on),
            overdue: row.is_overdue(now),
            corridor: format!(
                "{} → {}",
                tr.country(&row.origin),
                tr.country(&row.destination)
            ),
            recruiter: row.recruiter_name,
            recruiter_id: row.recruiter_public_id,
            is_sub_agent: row.is_sub_agent,
            in_danger: row.in_danger,
            workers: row.workers_affected.into(),
            grouped: row.collective_case_id,
        }
    }
}

pub struct EscalationLine {
    pub referral_id: i64,
    pub deadline: String,
    pub day: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "complaints/inspect.html")]
struct InspectPage {
    tr: Tr,
    nav: Nav,
    lines: Vec<QueueLine>,
    escalations: Option<Vec<EscalationLine>>,
    statuses: Vec<Opt>,
    priorities: Vec<Opt>,
    countries: Vec<Opt>,
    overdue: bool,
    recruiter: String,
}

/// The queue (one query) and, for leads, the escalations (one more).
async fn inspect(
    req: HttpRequest,
    SignedIn(user): SignedIn,
    frame: Frame,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let filter = casework::queue_filter(&pairs)?;
    let Queue {
        rows,
        escalations,
        at,
    } = casework::queue(&pool, &staff, filter.clone(), true).await?;
    let tr = frame.tr;
    let status_value = match (filter.status, filter.all) {
        (Some(s), _) => s.as_str(),
        (None, true) => "all",
        (None, false) => "",
    };
    let mut statuses = vec![
        Opt {
            value: String::new(),
            label: tr.t("inspect-status-open"),
            selected: status_value.is_empty(),
        },
        Opt {
            value: "all".into(),
            label: tr.t("inspect-status-all"),
            selected: status_value == "all",
        },
    ];
    statuses.extend(ReferralStatus::ALL.iter().map(|s| Opt {
        value: s.as_str().into(),
        label: tr.t(s.message_key()),
        selected: s.as_str() == status_value,
    }));
    let mut priorities = vec![Opt {
        value: String::new(),
        label: tr.t("inspect-priority-any"),
        selected: filter.priority.is_none(),
    }];
    priorities.extend(Priority::ALL.iter().map(|p| Opt {
        value: p.as_str().into(),
        label: tr.t(p.message_key()),
        selected: Some(*p) == filter.priority,
    }));
    let mut countries = vec![Opt {
        value: String::new(),
        label: tr.t("inspect-country-any"),
        selected: filter.country.is_none(),
    }];
    countries.extend(super::forms::country_options(
        &tr,
        filter.country.as_deref().unwrap_or_default(),
    ));
    html(&InspectPage {
        nav: frame.nav,
        lines: rows
            .into_iter()
            .map(|r| QueueLine::new(&tr, r, at))
            .collect(),
        escalations: escalations.map(|list| {
            list.into_iter()
                .map(|e| EscalationLine {
                    referral_id: e.referral_id,
                    deadline: tr.t(if e.deadline == "acknowledge" {
                        "inspect-escalation-acknowledge"
                    } else {
                        "inspect-escalation-answer"
                    }),
                    day: day(e.created_at),
                    status: ReferralStatus::parse(&e.status)
                        .map_or_else(String::new, |s| tr.t(s.message_key())),
                })
                .collect()
        }),
        statuses,
        priorities,
        countries,
        overdue: filter.overdue,
        recruiter: filter.recruiter.unwrap_or_default(),
        tr,
    })
}

// ---------------------------------------------------------------------------------------
// One referral

/// A fact of the complaint: label and value.
pub struct Fact {
    pub label: String,
    pub value: String,
}

pub struct StepLine {
    pub day: String,
    pub text: String,
    pub actor: Option<String>,
    pub reason: Option<String>,
}

/// A collective case: its id and members (id, status, priority), ready to print.
type Group = (i64, Vec<(i64, String, String)>);

#[derive(Template)]
#[template(path = "complaints/case.html")]
struct CasePage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    notice: Option<String>,
    id: i64,
    status: String,
    priority: String,
    overridden: bool,
    overdue: bool,
    recruiter: String,
    recruiter_id: String,
    is_sub_agent: bool,
    in_danger: bool,
    withdrawn: bool,
    on_behalf: bool,
    facts: Vec<Fact>,
    issues: Vec<String>,
    remedies: Vec<String>,
    description: Option<String>,
    /// The evidence the worker shared with this kind of organisation.
    files: Vec<super::evidence::FileLine>,
    contact: Option<(String, Option<String>)>,
    contact_withheld: bool,
    /// Why the sealed content is not shown (no key, waiting for the worker, destroyed).
    locked: Option<String>,
    outcome: Option<String>,
    steps: Vec<StepLine>,
    messages: Vec<MessageLine>,
    actions: Vec<Opt>,
    close_reasons: Vec<Opt>,
    remedy_options: Vec<Opt>,
    currencies: Vec<Opt>,
    priorities: Vec<Opt>,
    refer_targets: Vec<Opt>,
    same_recruiter_open: i64,
    group: Option<Group>,
    message_max: usize,
    reason_max: usize,
}

fn words<T: Copy>(
    tr: &Tr,
    column: &str,
    parse: impl Fn(&str) -> Option<T>,
    key: impl Fn(&T) -> &'static str,
) -> Vec<String> {
    split_words(column, parse)
        .iter()
        .map(|v| tr.t(key(v)))
        .collect()
}

fn step_text(tr: &Tr, event: &str, from: Option<&str>, to: Option<&str>) -> String {
    let status = |s: Option<&str>| {
        s.and_then(ReferralStatus::parse)
            .map_or_else(String::new, |s| tr.t(s.message_key()))
    };
    match event {
        "opened" => tr.t("case-step-opened"),
        "status" => format!("{} → {}", status(from), status(to)),
        "referred_on" => tr.t("case-step-referred-on"),
        "priority" => tr.t("case-step-priority"),
        "grouped" => tr.t("case-step-grouped"),
        "escalated" => tr.t("case-step-escalated"),
        other => other.to_owned(),
    }
}

/// Builds the page from a referral's file: what the worker consented to share with this kind
/// of organisation only (the file is already cut to that).
fn case_page(
    frame: Frame,
    csrf: CsrfToken,
    file: CaseFile,
    group: Option<Vec<(i64, String, i32)>>,
    error: FormError,
    notice: Option<String>,
) -> CasePage {
    let tr = frame.tr;
    let c = &file.complaint;
    let status = file.referral.status();
    let at = crate::clock::now();
    let facts = facts_of(&tr, &file);
    let contact_withheld = file.contact.is_none() && c.contact_preference == "contact";
    let opt = |value: &str, key: &str| Opt {
        value: value.to_owned(),
        label: tr.t(key),
        selected: false,
    };
    let group = group_lines(&tr, file.referral.collective_case_id, group);
    let (steps, messages) = timeline(&tr, &file);
    CasePage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        notice,
        id: file.referral.id,
        status: tr.t(status.message_key()),
        priority: tr.t(Priority::from_rank(file.referral.priority).message_key()),
        overridden: file.referral.priority_overridden,
        overdue: store::is_overdue(
            status,
            file.referral.acknowledge_by,
            file.referral.answer_by,
            at,
        ),
        recruiter: file.recruiter_name.clone(),
        recruiter_id: file.recruiter_public_id.clone(),
        is_sub_agent: file.recruiter_is_sub_agent,
        in_danger: c.in_danger,
        withdrawn: c.withdrawn,
        on_behalf: c.filed_on_behalf,
        facts,
        issues: words(&tr, &c.issues, Issue::parse, |i| i.message_key()),
        remedies: words(&tr, &c.remedies, Remedy::parse, |r| r.message_key()),
        description: c.description.clone(),
        files: super::evidence::file_lines(&tr, &file.files),
        contact: file.contact.clone(),
        contact_withheld: contact_withheld && file.access == Access::Open,
        locked: (file.access != Access::Open).then(|| {
            let why = tr.t(file.access.message_key());
            if file.grantors.is_empty() {
                why
            } else {
                format!(
                    "{why} {}",
                    tr.t_s("sealed-grantors", "names", &tr.list(&file.grantors))
                )
            }
        }),
        outcome: outcome_text(
            &tr,
            status,
            file.referral.close_reason.as_deref(),
            file.referral.outcome_remedies.as_deref(),
            Money::from_parts(
                file.referral.outcome_money_minor,
                file.referral.outcome_money_currency.as_deref(),
            ),
        ),
        steps,
        messages,
        actions: status
            .actions()
            .iter()
            .map(|a: &ActionName| opt(a.as_str(), a.message_key()))
            .collect(),
        close_reasons: CloseReason::ALL
            .iter()
            .map(|r| opt(r.as_str(), r.message_key()))
            .collect(),
        remedy_options: RemedyObtained::ALL
            .iter()
            .map(|r| opt(r.as_str(), r.message_key()))
            .collect(),
        currencies: super::forms::currency_options(""),
        priorities: Priority::ALL
            .iter()
            .map(|p| opt(p.as_str(), p.message_key()))
            .collect(),
        refer_targets: file
            .refer_targets
            .iter()
            .map(|(id, name, kind)| Opt {
                value: id.to_string(),
                label: format!(
                    "{name} ({})",
                    OrganisationKind::parse(kind)
                        .map_or_else(String::new, |k| tr.t(k.message_key()))
                ),
                selected: false,
            })
            .collect(),
        same_recruiter_open: file.same_recruiter_open,
        group,
        message_max: MESSAGE_MAX,
        reason_max: REASON_MAX,
        tr,
    }
}

/// The referral's steps and messages, oldest first, each with its day.
/// A message's words, or (sealed and not opened) a line saying so.
pub fn sealed_body(tr: &Tr, m: &crate::db::complaints::MessageRow) -> String {
    if m.sealed {
        tr.t("sealed-unreadable")
    } else {
        m.body.clone()
    }
}

fn timeline(tr: &Tr, file: &CaseFile) -> (Vec<StepLine>, Vec<MessageLine>) {
    let steps = file
        .steps
        .iter()
        .map(|s| StepLine {
            day: day(s.occurred_at),
            text: step_text(
                tr,
                &s.event,
                s.from_status.as_deref(),
                s.to_status.as_deref(),
            ),
            actor: s.actor.clone(),
            reason: if s.sealed {
                s.reason.as_ref().map(|_| tr.t("sealed-unreadable"))
            } else {
                s.reason.clone()
            },
        })
        .collect();
    let messages = file
        .messages
        .iter()
        .map(|m| MessageLine {
            day: day(m.occurred_at),
            from_worker: m.from_worker,
            internal: m.internal,
            author: m.author.clone(),
            body: sealed_body(tr, m),
        })
        .collect();
    (steps, messages)
}

/// The referral's facts, each ready to print, in the order the page shows them.
fn facts_of(tr: &Tr, file: &CaseFile) -> Vec<Fact> {
    let c = &file.complaint;
    let mut facts = vec![
        Fact {
            label: tr.t("case-fact-received"),
            value: day(c.received_on),
        },
        Fact {
            label: tr.t("case-fact-corridor"),
            value: format!("{} → {}", tr.country(&c.origin), tr.country(&c.destination)),
        },
        Fact {
            label: tr.t("case-fact-workers"),
            value: c.workers_affected.to_string(),
        },
        Fact {
            label: tr.t("case-fact-acknowledge-by"),
            value: day(file.referral.acknowledge_by),
        },
        Fact {
            label: tr.t("case-fact-answer-by"),
            value: day(file.referral.answer_by),
        },
    ];
    if let Some(country) = &file.licensing_country {
        facts.push(Fact {
            label: tr.t("case-fact-licensing-country"),
            value: tr.country(country),
        });
    }
    if let Some(sector) = c.sector.as_deref().and_then(Sector::parse) {
        facts.push(Fact {
            label: tr.t("case-fact-sector"),
            value: tr.t(sector.message_key()),
        });
    }
    if let Some(occupation) = &c.occupation {
        facts.push(Fact {
            label: tr.t("case-fact-occupation"),
            value: occupation.clone(),
        });
    }
    if let Some(year) = c.departure_year {
        facts.push(Fact {
            label: tr.t("case-fact-departure-year"),
            value: year.to_string(),
        });
    }
    if let Some(stage) = c.stage.as_deref().and_then(Stage::parse) {
        facts.push(Fact {
            label: tr.t("case-fact-stage"),
            value: tr.t(stage.message_key()),
        });
    }
    if let Some(fee) = Money::from_parts(c.fee_minor, c.fee_currency.as_deref()) {
        facts.push(Fact {
            label: tr.t("case-fact-fee"),
            value: fee.display(),
        });
    }
    let costs = words(tr, &c.cost_categories, CostCategory::parse, |c| {
        c.message_key()
    });
    if !costs.is_empty() {
        facts.push(Fact {
            label: tr.t("case-fact-costs"),
            value: tr.list(&costs),
        });
    }
    if let Some(lender) = c.lender.as_deref().and_then(Lender::parse) {
        facts.push(Fact {
            label: tr.t("case-fact-loan"),
            value: tr.t(lender.message_key()),
        });
        if let Some(bp) = c.loan_interest_bp {
            facts.push(Fact {
                label: tr.t("loan-interest-monthly"),
                value: costs::monthly_interest_text(bp),
            });
        }
    }
    if let Some(visa) = c.visa_type.as_deref().and_then(VisaType::parse) {
        facts.push(Fact {
            label: tr.t("case-fact-visa-type"),
            value: tr.t(visa.message_key()),
        });
    }
    if let Some(wage) = Money::from_parts(c.promised_wage_minor, c.wage_currency.as_deref()) {
        facts.push(Fact {
            label: tr.t("case-fact-promised-wage"),
            value: wage.display(),
        });
    }
    if let Some(wage) = Money::from_parts(c.actual_wage_minor, c.wage_currency.as_deref()) {
        facts.push(Fact {
            label: tr.t("case-fact-actual-wage"),
            value: wage.display(),
        });
    }
    facts
}

/// The members of the referral's collective case: (referral id, status, priority) in words.
fn group_lines(
    tr: &Tr,
    collective_case_id: Option<i64>,
    members: Option<Vec<(i64, String, i32)>>,
) -> Option<Group> {
    collective_case_id.zip(members).map(|(case_id, members)| {
        (
            case_id,
            members
                .into_iter()
                .map(|(id, s, p)| {
                    (
                        id,
                        ReferralStatus::parse(&s).map_or(s, |s| tr.t(s.message_key())),
                        tr.t(Priority::from_rank(p).message_key()),
                    )
                })
                .collect(),
        )
    })
}

async fn case(
    req: HttpRequest,
    SignedIn(user): SignedIn,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let notice = crate::query::parse_pairs(req.query_string())?
        .iter()
        .any(|(k, v)| k == "saved" && v == "1")
        .then(|| frame.tr.t("case-saved"));
    let (file, group) = casework::case_file(&pool, &staff, id).await?;
    html(&case_page(
        frame,
        csrf,
        file,
        group,
        FormError::none(),
        notice,
    ))
}

/// After a staff POST: back to the page (303) when saved, or the page again with the
/// refusal. An unknown or foreign referral stays a 404.
pub(super) async fn after_post(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    staff: Staff,
    id: i64,
    result: Result<(), AppError>,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/cases/{id}?saved=1"))),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let (file, group) = casework::case_file(pool, &staff, id).await?;
                refused(status, &case_page(frame, csrf, file, group, error, None))
            }
            None => Err(e),
        },
    }
}

async fn case_action(
    SignedIn(user): SignedIn,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<CaseActionFormFlat>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let whole_group = !form.whole_group.trim().is_empty();
    let result = casework::act(&pool, &staff, id, &form.action(), whole_group)
        .await
        .map(drop);
    after_post(frame, csrf, &pool, staff, id, result).await
}

/// The action form's fields, flat (serde's `flatten` does not mix with `deny_unknown_fields`).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct CaseActionFormFlat {
    action: String,
    reason: String,
    close_reason: String,
    #[serde(deserialize_with = "crate::query::one_or_many")]
    remedies: Vec<String>,
    amount: String,
    currency: String,
    whole_group: String,
}

impl CaseActionFormFlat {
    fn action(&self) -> ActionInput {
        ActionInput {
            action: self.action.clone(),
            reason: self.reason.clone(),
            close_reason: self.close_reason.clone(),
            remedies: self.remedies.clone(),
            amount: self.amount.clone(),
            currency: self.currency.clone(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct CaseMessageForm {
    body: String,
    /// An internal note the worker never sees.
    internal: String,
}

async fn case_message(
    SignedIn(user): SignedIn,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<CaseMessageForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let internal = !form.internal.trim().is_empty();
    let result = casework::message(&pool, &staff, id, &form.body, internal).await;
    after_post(frame, csrf, &pool, staff, id, result).await
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct CasePriorityForm {
    priority: String,
    reason: String,
}

async fn case_priority(
    SignedIn(user): SignedIn,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<CasePriorityForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let priority = Priority::parse(form.priority.trim());
    let result = casework::override_priority(&pool, &staff, id, priority, &form.reason).await;
    after_post(frame, csrf, &pool, staff, id, result).await
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct CaseReferForm {
    organisation: String,
    reason: String,
}

async fn case_refer(
    SignedIn(user): SignedIn,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<CaseReferForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let result = match form.organisation.trim().parse::<i64>() {
        Ok(target) => casework::refer_on(&pool, &staff, id, Some(target), &form.reason)
            .await
            .map(drop),
        Err(_) => Err(InputError::new("organisation", "error-organisation-unknown").into()),
    };
    after_post(frame, csrf, &pool, staff, id, result).await
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct EmptyForm {}

async fn case_group(
    SignedIn(user): SignedIn,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let staff = Staff::of(&user)?;
    let id = referral_id(&path)?;
    let result = casework::group(&pool, &staff, id).await.map(drop);
    after_post(frame, csrf, &pool, staff, id, result).await
}

// ---------------------------------------------------------------------------------------
// Administrators: complaints that reached nobody

pub struct UnroutedLine {
    pub id: i64,
    pub day: String,
    pub corridor: String,
    pub recruiter: String,
    pub licensing_country: Option<String>,
    pub kinds: String,
}

#[derive(Template)]
#[template(path = "complaints/unrouted.html")]
struct UnroutedPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    notice: Option<String>,
    lines: Vec<UnroutedLine>,
}

/// Complaints no organisation covers: where they come from and go to, and which kinds the
/// worker allowed — enough to add the missing organisation, no content. One query.
async fn unrouted(
    req: HttpRequest,
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let routed = crate::query::parse_pairs(req.query_string())?
        .into_iter()
        .find(|(k, _)| k == "routed")
        .and_then(|(_, v)| {
            v.parse::<i64>()
                .ok()
                .filter(|n| (0..=store::LIST_MAX).contains(n))
        });
    let notice = routed.map(|n| frame.tr.t_n("unrouted-routed", "count", &n));
    let rows = casework::unrouted(&pool).await?;
    let tr = frame.tr;
    let separator = tr.list_separator();
    let kinds: HashMap<&str, String> = OrganisationKind::REFERRAL
        .iter()
        .map(|k| (k.as_str(), tr.t(k.message_key())))
        .collect();
    html(&UnroutedPage {
        nav: frame.nav,
        csrf: csrf.0,
        notice,
        lines: rows
            .into_iter()
            .map(|r| UnroutedLine {
                id: r.id,
                day: day(r.received_on),
                corridor: format!("{} → {}", tr.country(&r.origin), tr.country(&r.destination)),
                recruiter: r.recruiter_name,
                licensing_country: r.licensing_country.as_deref().map(|c| tr.country(c)),
                kinds: r
                    .share_kinds
                    .split(',')
                    .filter_map(|k| kinds.get(k).cloned())
                    .collect::<Vec<_>>()
                    .join(&separator),
            })
            .collect(),
        tr,
    })
}

/// Routes every waiting complaint again (after an organisation was added) and says how many
/// reached one.
async fn route_again(
    Admin(_): Admin,
    CsrfForm(_): CsrfForm<EmptyForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let routed = casework::route_again(&pool).await?;
    Ok(see_other(&format!("/admin/complaints?routed={routed}")))
}
