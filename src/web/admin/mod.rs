//! Administration pages: organisations, staff, the recruiter directory, the audit log.
//!
//! Every page but an organisation's own (which its staff may read) is for administrators
//! only. Every change that matters for security is written together with its audit event, in
//! one transaction. Every page costs a fixed number of queries, whatever the number of rows.

mod audit;
mod organisations;
mod partner_keys;
mod recruiters;
mod staff;

use actix_web::{HttpRequest, web};

use super::forms::FormError;
use crate::domain::account::{OrganisationKind, sectors_from_column};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/admin").get(audit::overview))
        .service(
            web::resource("/admin/organisations")
                .get(organisations::organisations)
                .post(organisations::create_organisation),
        )
        .service(
            web::resource("/admin/organisations/{id}")
                .get(organisations::organisation)
                .post(organisations::update_organisation),
        )
        .service(
            web::resource("/admin/organisations/{id}/keys")
                .get(partner_keys::keys)
                .post(partner_keys::create_key),
        )
        .service(
            web::resource("/admin/organisations/{id}/keys/{key}/revoke")
                .post(partner_keys::revoke_key),
        )
        .service(
            web::resource("/admin/staff")
                .get(staff::staff)
                .post(staff::create_staff),
        )
        .service(
            web::resource("/admin/staff/{id}")
                .get(staff::staff_member)
                .post(staff::update_staff_member),
        )
        .service(web::resource("/admin/staff/{id}/password").post(staff::reset_staff_password))
        .service(web::resource("/admin/staff/{id}/second-factor").post(staff::reset_second_factor))
        .service(
            web::resource("/admin/recruiters")
                .get(recruiters::recruiters_page)
                .post(recruiters::create_recruiter),
        )
        .service(
            web::resource("/admin/recruiters/{id}")
                .get(recruiters::recruiter)
                .post(recruiters::update_recruiter),
        )
        .service(web::resource("/admin/audit").get(audit::audit));
}

/// Longest list of country codes a form accepts, in characters.
const CODES_MAX: usize = 1000;

/// The "saved" notice after a successful POST (`?saved=1`).
fn saved_notice(req: &HttpRequest, tr: &Tr) -> Result<Option<String>, AppError> {
    crate::web::forms::notice_after(req, tr, "saved", &[("1", "admin-saved")])
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

fn kind_label(tr: &Tr, kind: &str) -> String {
    OrganisationKind::parse(kind).map_or_else(|| kind.to_owned(), |k| tr.t(k.message_key()))
}

fn sector_labels(tr: &Tr, column: &str) -> String {
    let separator = tr.list_separator();
    sectors_from_column(column)
        .iter()
        .map(|s| tr.t(s.message_key()))
        .collect::<Vec<_>>()
        .join(&separator)
}
