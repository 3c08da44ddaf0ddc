//! Staff accounts: the list, the create form, role and organisation changes, password resets.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Shown, kind_label, saved_notice};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::{Admin, AuthState, User};
use crate::db::accounts::{self, NewAccount, Organisation, StaffChange, StaffRow};
use crate::db::{self, Pool};
use crate::domain::account::{NewPassword, OrgRole, Role, Username};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;
use crate::web::forms::{FormError, Opt, numeric_id, refused, see_other, visible};
use crate::web::{Frame, Nav, html};

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

pub(super) async fn staff(
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    html(&staff_page(frame, csrf, &pool, StaffForm::default(), FormError::none()).await?)
}

/// Creates a staff account; `create_checked` checks the role fits the organisation and
/// records `account_created` with it.
pub(super) async fn create_staff(
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
    db::run_write(pool, move |conn| {
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
    /// Has the member set up a second factor?
    second_factor: bool,
}

/// One staff account and its edit form: four queries. `form`: what was typed, when refused.
async fn staff_member_page(
    frame: Frame,
    csrf: CsrfToken,
    admin: &User,
    pool: &Pool,
    id: i64,
    shown: Shown<StaffEditForm>,
) -> Result<StaffMemberPage, AppError> {
    let (row, orgs, second_factor) = db::run(pool, move |conn| {
        let row = accounts::staff_member(conn, id)?.ok_or(AppError::NotFound)?;
        Ok((
            row,
            accounts::list_organisations(conn)?,
            crate::db::second_factors::has(conn, id)?,
        ))
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
        second_factor,
        member: StaffLine::new(&tr, row),
        roles: role_options(&tr, &form.role),
        organisations: organisation_options(&tr, &orgs, &form.organisation),
        form,
        tr,
    })
}

pub(super) async fn staff_member(
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
pub(super) async fn reset_staff_password(
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

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct NoFields {}

/// Resets a staff member's second factor (a lost phone, and no recovery code left): they
/// set up a new one at their next sign-in; every session of theirs ends, they are told by
/// mail, and it is audited. Never one's own (403): that takes a recovery code.
pub(super) async fn reset_second_factor(
    Admin(admin): Admin,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = numeric_id(&path)?;
    crate::app::second_factor::reset_by_admin(&pool, &admin, id).await?;
    Ok(see_other(&format!("/admin/staff/{id}?saved=1")))
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
    db::run_write(pool, move |conn| {
        Ok(accounts::reset_password(conn, id, &hash, actor)?)
    })
    .await
}

/// Changes a staff account's role, organisation and standing. The account's sessions end at
/// once; each change is recorded (`role_changed`, `organisation_changed`,
/// `account_disabled` / `account_enabled`) in the same transaction.
pub(super) async fn update_staff_member(
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
    db::run_write(pool, move |conn| {
        accounts::change_staff_audited(conn, id, &after, actor)
    })
    .await
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
    pub(super) fn new(tr: &Tr, row: StaffRow) -> StaffLine {
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
