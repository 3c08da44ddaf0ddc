//! Administration pages: organisations, staff, the recruiter directory, the audit log.

use actix_web::web;

pub fn routes(_cfg: &mut web::ServiceConfig) {}
