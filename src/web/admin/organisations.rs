//! Organisations: the list, the create form, and each one's page (its staff may read it).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::staff::StaffLine;
use super::{Shown, kind_label, saved_notice, sector_labels, split_codes};
use crate::auth::csrf::{CsrfForm, CsrfToken, one_or_many};
use crate::auth::{Admin, SignedIn, User, policy};
use crate::db::accounts::{self, Organisation};
use crate::db::{self, Pool};
use crate::domain::account::{
    DEFAULT_ACKNOWLEDGE_DAYS, DEFAULT_ANSWER_DAYS, OrganisationDraft, OrganisationKind, Sector,
    sectors_from_column,
};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;
use crate::web::forms::{FormError, Opt, numeric_id, refused, see_other, visible};
use crate::web::pages::country_names;
use crate::web::{Frame, Nav, html};

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

pub(super) async fn organisations(
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
pub(super) async fn create_organisation(
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
    let id = db::run_write(&pool, move |conn| {
        Ok(accounts::create_organisation_audited(conn, &draft, actor)?)
    })
    .await?;
    Ok(see_other(&format!("/admin/organisations/{id}")))
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
    /// An intake partner: its page links to its API keys.
    is_partner: bool,
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
        is_partner: OrganisationKind::parse(&org.row.kind) == Some(OrganisationKind::IntakePartner),
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
pub(super) async fn organisation(
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
pub(super) async fn update_organisation(
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
    db::run_write(&pool, move |conn| {
        Ok(accounts::update_organisation_audited(
            conn, id, &draft, actor,
        )?)
    })
    .await?;
    Ok(see_other(&format!("/admin/organisations/{id}?saved=1")))
}
