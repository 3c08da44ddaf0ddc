//! Administration pages: organisations, staff, the recruiter directory, the audit log.
//!
//! Every page but an organisation's own (which its staff may read) is for administrators
//! only. Every change that matters for security is written together with its audit event, in
//! one transaction. Every page costs a fixed number of queries, whatever the number of rows.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::forms::{FormError, Opt, numeric_id, refused, see_other, visible};
use super::pages::{HistoryLine, ResultLine, country_names};
use super::{Frame, Nav, html};
use crate::auth::csrf::{CsrfForm, CsrfToken, one_or_many};
use crate::auth::{Admin, AuthState, SignedIn, User, policy};
use crate::db::accounts::{self, AuditRow, NewAccount, Organisation, StaffChange, StaffRow};
use crate::db::recruiters::{self, AdminSave, Listing, RecruiterProfile};
use crate::db::{self, Pool};
use crate::domain::account::{
    DEFAULT_ACKNOWLEDGE_DAYS, DEFAULT_ANSWER_DAYS, NewPassword, OrgRole, OrganisationDraft,
    OrganisationKind, Role, Sector, Username, sectors_from_column,
};
use crate::domain::country::CountryCode;
use crate::domain::recruiter::{
    ADDRESS_MAX, DESTINATIONS_MAX, LICENCE_NUMBER_MAX, LicenceStatus, NAME_MAX, PublicId,
    RecruiterSearch,
};
use crate::domain::text;
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/admin").get(overview))
        .service(
            web::resource("/admin/organisations")
                .get(organisations)
                .post(create_organisation),
        )
        .service(
            web::resource("/admin/organisations/{id}")
                .get(organisation)
                .post(update_organisation),
        )
        .service(web::resource("/admin/staff").get(staff).post(create_staff))
        .service(
            web::resource("/admin/staff/{id}")
                .get(staff_member)
                .post(update_staff_member),
        )
        .service(web::resource("/admin/staff/{id}/password").post(reset_staff_password))
        .service(
            web::resource("/admin/recruiters")
                .get(recruiters_page)
                .post(create_recruiter),
        )
        .service(
            web::resource("/admin/recruiters/{id}")
                .get(recruiter)
                .post(update_recruiter),
        )
        .service(web::resource("/admin/audit").get(audit));
}

/// Events shown on the overview.
const OVERVIEW_EVENTS: i64 = 20;
/// Events shown on the audit page.
const AUDIT_EVENTS: i64 = 200;
/// Longest list of country codes a form accepts, in characters.
const CODES_MAX: usize = 1000;

/// The "saved" notice after a successful POST (`?saved=1`).
fn saved_notice(req: &HttpRequest, tr: &Tr) -> Result<Option<String>, AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    Ok(pairs
        .iter()
        .any(|(k, v)| k == "saved" && v == "1")
        .then(|| tr.t("admin-saved")))
}

/// What a form page shows besides the stored record: what a refused POST typed and why it
/// was refused, or the notice after a saved one.
struct Shown<F> {
    typed: Option<F>,
    error: FormError,
    notice: Option<String>,
}

impl<F> Shown<F> {
    fn stored(notice: Option<String>) -> Shown<F> {
        Shown {
            typed: None,
            error: FormError::none(),
            notice,
        }
    }

    fn refused(typed: F, error: FormError) -> Shown<F> {
        Shown {
            typed: Some(typed),
            error,
            notice: None,
        }
    }
}

/// Country codes typed as text ("QA, AE" or "qa ae"), split; the codes are checked later.
fn split_codes(field: &'static str, input: &str) -> Result<Vec<String>, InputError> {
    if input.chars().count() > CODES_MAX {
        return Err(InputError::new(field, "admin-error-country-code"));
    }
    Ok(input
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect())
}

// ---------------------------------------------------------------------------------------
// The audit log

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
    let separator = format!("{} ", tr.t("list-separator"));
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
        "reason" if matches!(value, "throttled" | "disabled") => {
            Some(tr.t(&format!("admin-detail-reason-{value}")))
        }
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
async fn overview(
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
async fn audit(
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

// ---------------------------------------------------------------------------------------
// Organisations

/// The organisation form, as typed (also what the pages show back).
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields, default)]
pub struct OrganisationForm {
    name: String,
    kind: String,
    /// ISO codes separated by commas or spaces.
    countries: String,
    #[serde(deserialize_with = "one_or_many")]
    sectors: Vec<String>,
    acknowledge_days: String,
    answer_days: String,
}

impl OrganisationForm {
    fn blank() -> OrganisationForm {
        OrganisationForm {
            acknowledge_days: DEFAULT_ACKNOWLEDGE_DAYS.to_string(),
            answer_days: DEFAULT_ANSWER_DAYS.to_string(),
            ..OrganisationForm::default()
        }
    }

    fn of(org: &Organisation) -> OrganisationForm {
        OrganisationForm {
            name: org.row.name.clone(),
            kind: org.row.kind.clone(),
            countries: org.countries.join(", "),
            sectors: sectors_from_column(&org.row.sectors)
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
            acknowledge_days: org.row.acknowledge_days.to_string(),
            answer_days: org.row.answer_days.to_string(),
        }
    }

    fn visible(self) -> OrganisationForm {
        OrganisationForm {
            name: visible(&self.name),
            kind: visible(&self.kind),
            countries: visible(&self.countries),
            sectors: self.sectors.iter().map(|s| visible(s)).collect(),
            acknowledge_days: visible(&self.acknowledge_days),
            answer_days: visible(&self.answer_days),
        }
    }

    fn draft(&self) -> Result<OrganisationDraft, InputError> {
        let countries = split_codes("countries", &self.countries)?;
        OrganisationDraft::parse(
            &self.name,
            &self.kind,
            &countries,
            &self.sectors,
            &self.acknowledge_days,
            &self.answer_days,
        )
    }

    fn kinds(&self, tr: &Tr) -> Vec<Opt> {
        OrganisationKind::ALL
            .iter()
            .map(|k| Opt {
                value: k.as_str().to_owned(),
                label: tr.t(k.message_key()),
                selected: k.as_str() == self.kind,
            })
            .collect()
    }

    fn sector_checks(&self, tr: &Tr) -> Vec<Opt> {
        Sector::ALL
            .iter()
            .map(|s| Opt {
                value: s.as_str().to_owned(),
                label: tr.t(s.message_key()),
                selected: self.sectors.iter().any(|chosen| chosen == s.as_str()),
            })
            .collect()
    }
}

/// A line of the organisation list.
pub struct OrgLine {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub countries: String,
    pub acknowledge_days: i64,
    pub answer_days: i64,
}

fn kind_label(tr: &Tr, kind: &str) -> String {
    OrganisationKind::parse(kind).map_or_else(|| kind.to_owned(), |k| tr.t(k.message_key()))
}

fn sector_labels(tr: &Tr, column: &str) -> String {
    let separator = format!("{} ", tr.t("list-separator"));
    sectors_from_column(column)
        .iter()
        .map(|s| tr.t(s.message_key()))
        .collect::<Vec<_>>()
        .join(&separator)
}

#[derive(Template)]
#[template(path = "admin/organisations.html")]
struct OrganisationsPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    organisations: Vec<OrgLine>,
    form: OrganisationForm,
    kinds: Vec<Opt>,
    sector_checks: Vec<Opt>,
}

/// The list and the create form: two queries.
async fn organisations_page(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    form: OrganisationForm,
    error: FormError,
) -> Result<OrganisationsPage, AppError> {
    let list = db::run(pool, |conn| Ok(accounts::list_organisations(conn)?)).await?;
    let tr = frame.tr;
    let organisations = list
        .into_iter()
        .map(|org| OrgLine {
            id: org.row.id,
            kind: kind_label(&tr, &org.row.kind),
            countries: country_names(&tr, &org.countries),
            name: org.row.name,
            acknowledge_days: org.row.acknowledge_days.into(),
            answer_days: org.row.answer_days.into(),
        })
        .collect();
    let form = form.visible();
    Ok(OrganisationsPage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        organisations,
        kinds: form.kinds(&tr),
        sector_checks: form.sector_checks(&tr),
        form,
        tr,
    })
}

async fn organisations(
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    html(
        &organisations_page(
            frame,
            csrf,
            &pool,
            OrganisationForm::blank(),
            FormError::none(),
        )
        .await?,
    )
}

/// Creates an organisation and records `organisation_created`, together.
async fn create_organisation(
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<OrganisationForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let draft = match form.draft() {
        Ok(draft) => draft,
        Err(e) => {
            let error = FormError::new(&frame.tr, &e);
            let status = AppError::from(e).code().status();
            return refused(
                status,
                &organisations_page(frame, csrf, &pool, form, error).await?,
            );
        }
    };
    let actor = admin.id;
    let id = db::run(&pool, move |conn| {
        Ok(accounts::create_organisation_audited(conn, &draft, actor)?)
    })
    .await?;
    Ok(see_other(&format!("/admin/organisations/{id}")))
}

/// A member line of an organisation's page or a line of the staff list.
pub struct StaffLine {
    pub id: i64,
    pub username: String,
    pub role: String,
    pub organisation: Option<(i64, String)>,
    pub org_role: Option<String>,
    pub disabled: bool,
}

impl StaffLine {
    fn new(tr: &Tr, row: StaffRow) -> StaffLine {
        StaffLine {
            id: row.id,
            role: Role::parse(&row.role)
                .map_or_else(|| row.role.clone(), |r| tr.t(r.message_key())),
            organisation: row.organisation_id.zip(row.organisation_name),
            org_role: row
                .org_role
                .as_deref()
                .and_then(OrgRole::parse)
                .map(|r| tr.t(r.message_key())),
            disabled: row.disabled,
            username: row.username,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/organisation.html")]
struct OrganisationPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    notice: Option<String>,
    is_admin: bool,
    id: i64,
    name: String,
    kind: String,
    countries: String,
    sectors: String,
    acknowledge_days: i64,
    answer_days: i64,
    members: Vec<StaffLine>,
    form: OrganisationForm,
    kinds: Vec<Opt>,
    sector_checks: Vec<Opt>,
}

/// An organisation and its members: three queries. `form`: what was typed, when refused.
async fn organisation_page(
    frame: Frame,
    csrf: CsrfToken,
    user: &User,
    pool: &Pool,
    id: i64,
    shown: Shown<OrganisationForm>,
) -> Result<OrganisationPage, AppError> {
    let (org, members) = db::run(pool, move |conn| {
        let org = accounts::organisation(conn, id)?.ok_or(AppError::NotFound)?;
        Ok((org, accounts::members_of(conn, id)?))
    })
    .await?;
    let tr = frame.tr;
    let Shown {
        typed,
        error,
        notice,
    } = shown;
    let form = typed
        .unwrap_or_else(|| OrganisationForm::of(&org))
        .visible();
    Ok(OrganisationPage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        notice,
        is_admin: policy::can_administer(user),
        id,
        kind: kind_label(&tr, &org.row.kind),
        countries: country_names(&tr, &org.countries),
        sectors: sector_labels(&tr, &org.row.sectors),
        acknowledge_days: org.row.acknowledge_days.into(),
        answer_days: org.row.answer_days.into(),
        name: org.row.name,
        members: members
            .into_iter()
            .map(|m| StaffLine::new(&tr, m))
            .collect(),
        kinds: form.kinds(&tr),
        sector_checks: form.sector_checks(&tr),
        form,
        tr,
    })
}

/// An organisation's page: administrators, and that organisation's own staff (read only).
async fn organisation(
    req: HttpRequest,
    SignedIn(user): SignedIn,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    if !policy::can_view_organisation(&user, id) {
        return Err(AppError::Forbidden);
    }
    let notice = saved_notice(&req, &frame.tr)?;
    let page = organisation_page(frame, csrf, &user, &pool, id, Shown::stored(notice));
    html(&page.await?)
}

/// Changes an organisation's settings and records `organisation_updated`, together.
async fn update_organisation(
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<OrganisationForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    let draft = match form.draft() {
        Ok(draft) => draft,
        Err(e) => {
            let error = FormError::new(&frame.tr, &e);
            let status = AppError::from(e).code().status();
            let page =
                organisation_page(frame, csrf, &admin, &pool, id, Shown::refused(form, error));
            return refused(status, &page.await?);
        }
    };
    let actor = admin.id;
    db::run(&pool, move |conn| {
        Ok(accounts::update_organisation_audited(
            conn, id, &draft, actor,
        )?)
    })
    .await?;
    Ok(see_other(&format!("/admin/organisations/{id}?saved=1")))
}

// ---------------------------------------------------------------------------------------
// Staff

/// Every role an administrator can give: all but worker (workers register themselves).
fn role_options(tr: &Tr, chosen: &str) -> Vec<Opt> {
    Role::ALL
        .iter()
        .filter(|r| **r != Role::Worker)
        .map(|r| Opt {
            value: r.as_str().to_owned(),
            label: tr.t(r.message_key()),
            selected: r.as_str() == chosen,
        })
        .collect()
}

/// "None" first, then every organisation.
fn organisation_options(tr: &Tr, list: &[Organisation], chosen: &str) -> Vec<Opt> {
    std::iter::once(Opt {
        value: String::new(),
        label: tr.t("admin-organisation-none"),
        selected: chosen.is_empty(),
    })
    .chain(list.iter().map(|org| Opt {
        value: org.row.id.to_string(),
        label: format!("{} ({})", org.row.name, kind_label(tr, &org.row.kind)),
        selected: org.row.id.to_string() == chosen,
    }))
    .collect()
}

fn staff_role(input: &str) -> Result<Role, InputError> {
    Role::parse(input)
        .filter(|r| *r != Role::Worker)
        .ok_or(InputError::new("role", "admin-error-role"))
}

/// The organisation field (an id, or empty for none) and the lead checkbox.
fn membership(organisation: &str, lead: &str) -> Result<Option<(i64, OrgRole)>, InputError> {
    if organisation.is_empty() {
        return Ok(None);
    }
    let id = organisation
        .parse::<i64>()
        .map_err(|_| InputError::new("organisation", "error-organisation-unknown"))?;
    let role = if lead.is_empty() {
        OrgRole::Member
    } else {
        OrgRole::Lead
    };
    Ok(Some((id, role)))
}

/// The new staff account form, as typed (the password is never shown back).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct StaffForm {
    username: String,
    password: String,
    role: String,
    organisation: String,
    lead: String,
}

#[derive(Template)]
#[template(path = "admin/staff.html")]
struct StaffPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    staff: Vec<StaffLine>,
    form: StaffForm,
    roles: Vec<Opt>,
    organisations: Vec<Opt>,
}

/// The staff list and the create form: three queries.
async fn staff_page(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    form: StaffForm,
    error: FormError,
) -> Result<StaffPage, AppError> {
    let (rows, orgs) = db::run(pool, |conn| {
        Ok((
            accounts::list_staff(conn)?,
            accounts::list_organisations(conn)?,
        ))
    })
    .await?;
    let tr = frame.tr;
    let form = StaffForm {
        username: visible(&form.username),
        password: String::new(),
        role: visible(&form.role),
        organisation: visible(&form.organisation),
        lead: visible(&form.lead),
    };
    Ok(StaffPage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        staff: rows.into_iter().map(|r| StaffLine::new(&tr, r)).collect(),
        roles: role_options(&tr, &form.role),
        organisations: organisation_options(&tr, &orgs, &form.organisation),
        form,
        tr,
    })
}

async fn staff(
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    html(&staff_page(frame, csrf, &pool, StaffForm::default(), FormError::none()).await?)
}

/// Creates a staff account; `create_checked` checks the role fits the organisation and
/// records `account_created` with it.
async fn create_staff(
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<StaffForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    match new_staff(&auth, &pool, &admin, &form).await {
        Ok(id) => Ok(see_other(&format!("/admin/staff/{id}"))),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                refused(status, &staff_page(frame, csrf, &pool, form, error).await?)
            }
            None => Err(e),
        },
    }
}

async fn new_staff(
    auth: &AuthState,
    pool: &Pool,
    admin: &User,
    form: &StaffForm,
) -> Result<i64, AppError> {
    let username = Username::parse(&form.username)?;
    let role = staff_role(&form.role)?;
    let organisation = membership(&form.organisation, &form.lead)?;
    let password = NewPassword::parse("password", &form.password, &[&username.display])?;
    // A misfit of role and organisation is answered before the costly hashing.
    db::run(pool, move |conn| {
        accounts::check_membership(conn, role, organisation)
    })
    .await?;
    let hash = auth.hasher.hash(&password).await?;
    let actor = admin.id;
    db::run(pool, move |conn| {
        let new = NewAccount {
            username: &username,
            role,
            organisation,
            password_hash: &hash,
        };
        accounts::create_checked(conn, &new, Some(actor))
    })
    .await
}

/// The staff account form, as typed.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct StaffEditForm {
    role: String,
    organisation: String,
    lead: String,
    disabled: String,
}

impl StaffEditForm {
    fn of(row: &StaffRow) -> StaffEditForm {
        let on = |b: bool| if b { "on".to_owned() } else { String::new() };
        StaffEditForm {
            role: row.role.clone(),
            organisation: row
                .organisation_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            lead: on(row.org_role.as_deref() == Some(OrgRole::Lead.as_str())),
            disabled: on(row.disabled),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/staff_member.html")]
struct StaffMemberPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    notice: Option<String>,
    member: StaffLine,
    is_self: bool,
    form: StaffEditForm,
    roles: Vec<Opt>,
    organisations: Vec<Opt>,
}

/// One staff account and its edit form: three queries. `form`: what was typed, when refused.
async fn staff_member_page(
    frame: Frame,
    csrf: CsrfToken,
    admin: &User,
    pool: &Pool,
    id: i64,
    shown: Shown<StaffEditForm>,
) -> Result<StaffMemberPage, AppError> {
    let (row, orgs) = db::run(pool, move |conn| {
        let row = accounts::staff_member(conn, id)?.ok_or(AppError::NotFound)?;
        Ok((row, accounts::list_organisations(conn)?))
    })
    .await?;
    let tr = frame.tr;
    let Shown {
        typed,
        error,
        notice,
    } = shown;
    let form = typed.unwrap_or_else(|| StaffEditForm::of(&row));
    let form = StaffEditForm {
        role: visible(&form.role),
        organisation: visible(&form.organisation),
        lead: visible(&form.lead),
        disabled: visible(&form.disabled),
    };
    Ok(StaffMemberPage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        notice,
        is_self: row.id == admin.id,
        member: StaffLine::new(&tr, row),
        roles: role_options(&tr, &form.role),
        organisations: organisation_options(&tr, &orgs, &form.organisation),
        form,
        tr,
    })
}

async fn staff_member(
    req: HttpRequest,
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    let notice = saved_notice(&req, &frame.tr)?;
    let page = staff_member_page(frame, csrf, &admin, &pool, id, Shown::stored(notice));
    html(&page.await?)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct PasswordResetForm {
    new_password: String,
}

/// Sets a new password for a staff member who lost theirs: every session of theirs ends, and
/// `password_reset` is recorded with it. Not for oneself (the account page asks for the
/// current password) and not for workers (administrators do not manage workers' accounts).
async fn reset_staff_password(
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<PasswordResetForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    match reset_password(&auth, &pool, &admin, id, &form).await {
        Ok(()) => Ok(see_other(&format!("/admin/staff/{id}?saved=1"))),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let shown = Shown {
                    typed: None,
                    error,
                    notice: None,
                };
                refused(
                    status,
                    &staff_member_page(frame, csrf, &admin, &pool, id, shown).await?,
                )
            }
            None => Err(e),
        },
    }
}

async fn reset_password(
    auth: &AuthState,
    pool: &Pool,
    admin: &User,
    id: i64,
    form: &PasswordResetForm,
) -> Result<(), AppError> {
    if id == admin.id {
        return Err(InputError::new("new_password", "admin-error-own-password").into());
    }
    let member = db::run(pool, move |conn| Ok(accounts::staff_member(conn, id)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let password = NewPassword::parse("new_password", &form.new_password, &[&member.username])?;
    let hash = auth.hasher.hash(&password).await?;
    let actor = admin.id;
    db::run(pool, move |conn| {
        Ok(accounts::reset_password(conn, id, &hash, actor)?)
    })
    .await
}

/// Changes a staff account's role, organisation and standing. The account's sessions end at
/// once; each change is recorded (`role_changed`, `organisation_changed`,
/// `account_disabled` / `account_enabled`) in the same transaction.
async fn update_staff_member(
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<StaffEditForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    match change_staff(&pool, &admin, id, &form).await {
        Ok(()) => Ok(see_other(&format!("/admin/staff/{id}?saved=1"))),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let page =
                    staff_member_page(frame, csrf, &admin, &pool, id, Shown::refused(form, error));
                refused(status, &page.await?)
            }
            None => Err(e),
        },
    }
}

async fn change_staff(
    pool: &Pool,
    admin: &User,
    id: i64,
    form: &StaffEditForm,
) -> Result<(), AppError> {
    let role = staff_role(&form.role)?;
    let organisation = membership(&form.organisation, &form.lead)?;
    let disabled = !form.disabled.is_empty();
    if id == admin.id && role != Role::Admin {
        return Err(InputError::new("role", "admin-error-own-role").into());
    }
    if id == admin.id && disabled {
        return Err(InputError::new("disabled", "admin-error-own-disable").into());
    }
    let after = StaffChange {
        role,
        organisation,
        disabled,
    };
    let actor = admin.id;
    db::run(pool, move |conn| {
        accounts::change_staff_audited(conn, id, &after, actor)
    })
    .await
}

// ---------------------------------------------------------------------------------------
// Recruiters

/// The recruiter form, as typed.
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields, default)]
pub struct RecruiterForm {
    name: String,
    licence_number: String,
    licensing_country: String,
    licence_status: String,
    address: String,
    /// ISO codes separated by commas or spaces.
    destinations: String,
}

impl RecruiterForm {
    fn of(profile: &RecruiterProfile) -> RecruiterForm {
        let r = &profile.recruiter;
        RecruiterForm {
            name: r.name.clone(),
            licence_number: r.licence_number.clone().unwrap_or_default(),
            licensing_country: r.licensing_country.clone().unwrap_or_default(),
            licence_status: r.licence_status.clone().unwrap_or_default(),
            address: profile.address.clone().unwrap_or_default(),
            destinations: profile.destinations.join(", "),
        }
    }

    fn visible(self) -> RecruiterForm {
        RecruiterForm {
            name: visible(&self.name),
            licence_number: visible(&self.licence_number),
            licensing_country: visible(&self.licensing_country),
            licence_status: visible(&self.licence_status),
            address: visible(&self.address),
            destinations: visible(&self.destinations),
        }
    }

    /// Checks the form by the importer's rules.
    fn listing(&self) -> Result<Listing, InputError> {
        // The importer's limits (`domain::recruiter`), with the form's own messages.
        let plain = |field: &'static str, value: &str, max: u64| {
            if value.chars().count() as u64 > max || text::has_forbidden_chars(value) {
                Err(InputError::new(field, "error-text-invalid"))
            } else {
                Ok(())
            }
        };
        let name = self.name.trim();
        plain("name", name, NAME_MAX)?;
        if text::fold(name).is_empty() {
            return Err(InputError::new("name", "admin-error-name-required"));
        }
        let licence_number = self.licence_number.trim();
        plain("licence_number", licence_number, LICENCE_NUMBER_MAX)?;
        if text::fold_licence(licence_number).is_empty() {
            return Err(InputError::new(
                "licence_number",
                "admin-error-licence-required",
            ));
        }
        let licensing_country = CountryCode::parse(&self.licensing_country).ok_or(
            InputError::new("licensing_country", "admin-error-country-code"),
        )?;
        let licence_status = self
            .licence_status
            .parse::<LicenceStatus>()
            .map_err(|_| InputError::new("licence_status", "error-invalid-status"))?;
        let address = self.address.trim();
        plain("address", address, ADDRESS_MAX)?;
        let mut destinations = Vec::new();
        for code in split_codes("destinations", &self.destinations)? {
            let country = CountryCode::parse(&code)
                .ok_or(InputError::new("destinations", "admin-error-country-code"))?;
            destinations.push(country.as_str().to_owned());
        }
        destinations.sort();
        destinations.dedup();
        if destinations.len() > DESTINATIONS_MAX {
            return Err(InputError::new(
                "destinations",
                "admin-error-destinations-too-many",
            ));
        }
        Ok(Listing {
            name: name.to_owned(),
            licence_number: licence_number.to_owned(),
            licensing_country: licensing_country.as_str().to_owned(),
            licence_status,
            address: (!address.is_empty()).then(|| address.to_owned()),
            destinations,
        })
    }

    fn statuses(&self, tr: &Tr) -> Vec<Opt> {
        LicenceStatus::ALL
            .iter()
            .map(|s| Opt {
                value: s.as_str().to_owned(),
                label: tr.t(s.message_key()),
                selected: s.as_str() == self.licence_status,
            })
            .collect()
    }
}

#[derive(Template)]
#[template(path = "admin/recruiters.html")]
struct RecruitersAdminPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    query: String,
    results: Vec<ResultLine>,
    page: i64,
    previous_href: Option<String>,
    next_href: Option<String>,
    form: RecruiterForm,
    statuses: Vec<Opt>,
}

fn admin_page_href(pairs: &[(String, String)], page: i64) -> String {
    let mut pairs: Vec<(String, String)> =
        pairs.iter().filter(|(k, _)| k != "page").cloned().collect();
    pairs.push(("page".into(), page.to_string()));
    format!(
        "/admin/recruiters?{}",
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

/// The directory search (as on the public pages: two queries) and the create form.
async fn recruiters_admin_page(
    req: &HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    form: RecruiterForm,
    error: FormError,
) -> Result<RecruitersAdminPage, AppError> {
    // A POST answered with this page searches nothing: its own query string is empty.
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let search = RecruiterSearch::from_pairs(&pairs, false)?;
    let query = search.clone();
    let found = db::run(pool, move |conn| Ok(recruiters::search(conn, &query)?)).await?;
    let tr = frame.tr;
    let form = form.visible();
    Ok(RecruitersAdminPage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        query: search.raw_query.clone(),
        results: found
            .items
            .into_iter()
            .map(|(row, destinations)| ResultLine::new(&tr, row, &destinations))
            .collect(),
        page: search.page,
        previous_href: (search.page > 1).then(|| admin_page_href(&pairs, search.page - 1)),
        next_href: found
            .has_more
            .then(|| admin_page_href(&pairs, search.page + 1)),
        statuses: form.statuses(&tr),
        form,
        tr,
    })
}

async fn recruiters_page(
    req: HttpRequest,
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let form = RecruiterForm {
        licence_status: LicenceStatus::Active.as_str().to_owned(),
        ..RecruiterForm::default()
    };
    html(&recruiters_admin_page(&req, frame, csrf, &pool, form, FormError::none()).await?)
}

/// Adds a licensed recruiter, with its first licence event and the audit event.
async fn create_recruiter(
    req: HttpRequest,
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<RecruiterForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let outcome = match form.listing() {
        Err(e) => Err(AppError::from(e)),
        Ok(listing) => {
            let actor = admin.id;
            db::run(&pool, move |conn| {
                let now = chrono::Utc::now().naive_utc();
                recruiters::create_by_admin(conn, &listing, actor, now)
            })
            .await
        }
    };
    match outcome {
        Ok(public_id) => Ok(see_other(&format!("/admin/recruiters/{public_id}"))),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &recruiters_admin_page(&req, frame, csrf, &pool, form, error).await?,
            ),
            None => Err(e),
        },
    }
}

#[derive(Template)]
#[template(path = "admin/recruiter.html")]
struct RecruiterAdminPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    error: FormError,
    notice: Option<String>,
    public_id: String,
    name: String,
    history: Vec<HistoryLine>,
    form: RecruiterForm,
    statuses: Vec<Opt>,
}

/// A recruiter's edit form and its dated status history: three queries.
async fn recruiter_admin_page(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    id: PublicId,
    shown: Shown<RecruiterForm>,
) -> Result<RecruiterAdminPage, AppError> {
    let profile = db::run(pool, move |conn| {
        recruiters::profile(conn, &id)?.ok_or(AppError::NotFound)
    })
    .await?;
    let tr = frame.tr;
    let history = HistoryLine::list(&tr, &profile.history);
    let Shown {
        typed,
        error,
        notice,
    } = shown;
    let form = typed
        .unwrap_or_else(|| RecruiterForm::of(&profile))
        .visible();
    Ok(RecruiterAdminPage {
        nav: frame.nav,
        csrf: csrf.0,
        error,
        notice,
        public_id: profile.recruiter.public_id,
        name: profile.recruiter.name,
        history,
        statuses: form.statuses(&tr),
        form,
        tr,
    })
}

async fn recruiter(
    req: HttpRequest,
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let notice = saved_notice(&req, &frame.tr)?;
    let page = recruiter_admin_page(frame, csrf, &pool, id, Shown::stored(notice));
    html(&page.await?)
}

/// Saves every field of a recruiter; a status change adds a licence event and names itself
/// in the audit event `recruiter_updated`.
async fn update_recruiter(
    Admin(admin): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<RecruiterForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let outcome = match form.listing() {
        Err(e) => Err(AppError::from(e)),
        Ok(listing) => {
            let (actor, target) = (admin.id, id.clone());
            db::run(&pool, move |conn| {
                let now = chrono::Utc::now().naive_utc();
                recruiters::update_by_admin(conn, &target, &listing, actor, now)
            })
            .await
        }
    };
    match outcome {
        Ok(AdminSave::Unchanged | AdminSave::Saved) => {
            Ok(see_other(&format!("/admin/recruiters/{id}?saved=1")))
        }
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let page =
                    recruiter_admin_page(frame, csrf, &pool, id, Shown::refused(form, error));
                refused(status, &page.await?)
            }
            None => Err(e),
        },
    }
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
            .chain(["throttled", "disabled"].map(|r| format!("admin-detail-reason-{r}")))
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
