//! The recruiter directory as administrators keep it: search, add, edit, licence status.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Shown, saved_notice, split_codes};
use crate::auth::Admin;
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::clock;
use crate::db::recruiters::{self, AdminSave, Listing, RecruiterProfile};
use crate::db::{self, Pool};
use crate::domain::country::CountryCode;
use crate::domain::recruiter::{
    ADDRESS_MAX, DESTINATIONS_MAX, LICENCE_NUMBER_MAX, LicenceStatus, NAME_MAX, PublicId,
    RecruiterSearch,
};
use crate::domain::text;
use crate::error::{AppError, InputError};
use crate::i18n::Tr;
use crate::web::forms::{FormError, Opt, refused, see_other, visible};
use crate::web::pages::{HistoryLine, ResultLine};
use crate::web::{Frame, Nav, html};

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
    /// Ticked ("1"): the name looks like a listed agency's, and this is a different one.
    different_agency: String,
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
            different_agency: String::new(),
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
            different_agency: visible(&self.different_agency),
        }
    }

    fn look_alike_ok(&self) -> bool {
        self.different_agency == "1"
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
    /// Listed agencies the typed name looks like: (public id, name).
    look_alikes: Vec<(String, String)>,
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
    look_alikes: Vec<(String, String)>,
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
        look_alikes,
        tr,
    })
}

/// (public id, name) of each look-alike, for the form's warning.
fn links(similar: Vec<recruiters::LookAlike>) -> Vec<(String, String)> {
    similar.into_iter().map(|l| (l.public_id, l.name)).collect()
}

pub(super) async fn recruiters_page(
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
    let page = recruiters_admin_page(&req, frame, csrf, &pool, form, FormError::none(), vec![]);
    html(&page.await?)
}

/// Adds a licensed recruiter, with its first licence event and the audit event.
pub(super) async fn create_recruiter(
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
            let (actor, ok) = (admin.id, form.look_alike_ok());
            db::run_write(&pool, move |conn| {
                let now = clock::now();
                recruiters::create_by_admin(conn, &listing, ok, actor, now)
            })
            .await
        }
    };
    match outcome {
        Ok(AdminSave::Saved(public_id)) => Ok(see_other(&format!("/admin/recruiters/{public_id}"))),
        Ok(AdminSave::LookAlike(similar)) => {
            let error = FormError::new(
                &frame.tr,
                &InputError::new("name", "admin-warning-look-alike"),
            );
            let page = recruiters_admin_page(&req, frame, csrf, &pool, form, error, links(similar));
            refused(actix_web::http::StatusCode::CONFLICT, &page.await?)
        }
        Ok(AdminSave::Unchanged) => Ok(see_other("/admin/recruiters")),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &recruiters_admin_page(&req, frame, csrf, &pool, form, error, vec![]).await?,
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
    /// Listed agencies the typed name looks like: (public id, name).
    look_alikes: Vec<(String, String)>,
}

/// A recruiter's edit form and its dated status history: three queries.
async fn recruiter_admin_page(
    frame: Frame,
    csrf: CsrfToken,
    pool: &Pool,
    id: PublicId,
    shown: Shown<RecruiterForm>,
    look_alikes: Vec<(String, String)>,
) -> Result<RecruiterAdminPage, AppError> {
    let profile = db::run(pool, move |conn| {
        recruiters::profile_any(conn, &id)?.ok_or(AppError::NotFound)
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
        look_alikes,
        tr,
    })
}

pub(super) async fn recruiter(
    req: HttpRequest,
    Admin(_): Admin,
    frame: Frame,
    csrf: CsrfToken,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let notice = saved_notice(&req, &frame.tr)?;
    let page = recruiter_admin_page(frame, csrf, &pool, id, Shown::stored(notice), vec![]);
    html(&page.await?)
}

/// Saves every field of a recruiter; a status change adds a licence event and names itself
/// in the audit event `recruiter_updated`.
pub(super) async fn update_recruiter(
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
            let (actor, target, ok) = (admin.id, id.clone(), form.look_alike_ok());
            db::run_write(&pool, move |conn| {
                let now = clock::now();
                recruiters::update_by_admin(conn, &target, &listing, ok, actor, now)
            })
            .await
        }
    };
    match outcome {
        Ok(AdminSave::Unchanged | AdminSave::Saved(_)) => {
            Ok(see_other(&format!("/admin/recruiters/{id}?saved=1")))
        }
        Ok(AdminSave::LookAlike(similar)) => {
            let error = FormError::new(
                &frame.tr,
                &InputError::new("name", "admin-warning-look-alike"),
            );
            let shown = Shown::refused(form, error);
            let page = recruiter_admin_page(frame, csrf, &pool, id, shown, links(similar));
            refused(actix_web::http::StatusCode::CONFLICT, &page.await?)
        }
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let shown = Shown::refused(form, error);
                let page = recruiter_admin_page(frame, csrf, &pool, id, shown, vec![]);
                refused(status, &page.await?)
            }
            None => Err(e),
        },
    }
}
