//! The intake partner's key as an actix extractor: `Authorization: Bearer frp_<key id>_<secret>`
//! (issue 18). Distinct from staff tokens (`auth::token`): a staff JWT never opens a partner
//! route. Unknown, revoked, expired and malformed keys all get the same 401.
//!
//! Why SHA-256 and not argon2: the secret is 256 random bits, not a password a person chose,
//! so no dictionary applies and a slow hash would only slow every API call; a stolen hash
//! still cannot be reversed.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use sha2::{Digest, Sha256};

use crate::db::{self, Pool};
use crate::error::AppError;

/// The prefix of every partner key.
pub const KEY_PREFIX: &str = "frp_";

/// A request made with a valid partner key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partner {
    /// The partner organisation (kind `intake_partner`).
    pub organisation_id: i64,
    /// The key used, for the audit log and the per-key throttle.
    pub key_id: i64,
}

/// The hex SHA-256 of a key's secret, as stored.
pub fn secret_hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A new key for `key_id`: the text shown once, and the hash to store.
pub fn new_key(key_id: i64) -> (String, String) {
    let secret = crate::auth::random_hex(32);
    (
        format!("{KEY_PREFIX}{key_id}_{secret}"),
        secret_hash(&secret),
    )
}

/// The key id and secret of `frp_<id>_<secret>`; `None` if it has another shape.
pub fn parse_key(text: &str) -> Option<(i64, &str)> {
    let rest = text.strip_prefix(KEY_PREFIX)?;
    let (id, secret) = rest.split_once('_')?;
    let valid_id = !id.is_empty() && id.len() <= 18 && id.bytes().all(|b| b.is_ascii_digit());
    let valid_secret = secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit());
    if !(valid_id && valid_secret) {
        return None;
    }
    Some((id.parse().ok()?, secret))
}

/// The bearer text of the request's `Authorization` header, trimmed.
fn bearer(headers: &actix_web::http::header::HeaderMap) -> Option<&str> {
    headers
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// The key `bearer` names, if it opens: well formed, its secret's hash the stored one, not
/// revoked nor expired, its organisation an intake partner.
async fn valid_key(
    pool: &Pool,
    bearer: &str,
) -> Result<Option<db::partner_keys::ValidKey>, AppError> {
    let Some((key_id, secret)) = parse_key(bearer) else {
        return Ok(None);
    };
    let hash = secret_hash(secret);
    let now = crate::clock::now();
    db::run(pool, move |conn| {
        Ok(db::partner_keys::authenticate(conn, key_id, &hash, now)?)
    })
    .await
}

async fn authenticate(req: &HttpRequest) -> Result<Partner, AppError> {
    let bearer = bearer(req.headers()).ok_or(AppError::Unauthorized)?;
    let pool = req
        .app_data::<web::Data<Pool>>()
        .ok_or_else(|| AppError::Internal("no database pool".into()))?;
    let valid = valid_key(pool, bearer)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let key_id = valid.key_id;
    let partner = Partner {
        organisation_id: valid.organisation_id,
        key_id: valid.key_id,
    };
    // Kept on the request for the audit of its use (`api::partner::audit`).
    req.extensions_mut().insert(partner);
    let auth = req
        .app_data::<web::Data<crate::auth::AuthState>>()
        .ok_or_else(|| AppError::Internal("no auth state".into()))?;
    if let Err(retry) = auth.partners.take(&format!("key:{key_id}")).await {
        tracing::warn!(key = key_id, retry_after = retry.0, "partner key throttled");
        return Err(AppError::TooManyRequests {
            retry_after: retry.0,
        });
    }
    Ok(partner)
}

/// Is this bearer text shaped as a partner key (whether or not it is valid)?
pub fn looks_like_key(bearer: &str) -> bool {
    bearer.starts_with(KEY_PREFIX)
}

/// Keeps partner keys to their scope, for every route under `/api/v1`: a request bearing a
/// partner key anywhere but `/api/v1/partner/…` is refused before its handler runs — a valid
/// key with a 403 (outside its scope), any other with the 401 every key that does not open
/// gets — so it is never served as a request made by nobody.
pub async fn scope_guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let bearer = bearer(req.headers())
        .filter(|b| looks_like_key(b))
        .map(str::to_owned);
    let (Some(bearer), false) = (bearer, req.path().starts_with("/api/v1/partner/")) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let pool = req
        .app_data::<web::Data<Pool>>()
        .ok_or_else(|| AppError::Internal("no database pool".into()))?;
    let refusal = match valid_key(pool, &bearer).await {
        Ok(Some(_)) => AppError::Forbidden,
        Ok(None) => AppError::Unauthorized,
        Err(e) => e,
    };
    Ok(req.error_response(refusal).map_into_boxed_body())
}

impl FromRequest for Partner {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Partner, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(authenticate(&req).await?) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_and_hash() {
        let (text, hash) = new_key(42);
        let (id, secret) = parse_key(&text).expect("a new key parses");
        assert_eq!(id, 42);
        assert_eq!(secret_hash(secret), hash);
        assert_eq!(hash.len(), 64);
        for bad in [
            "",
            "frp_",
            "frp_42_",
            "frp_x_00",
            "frq_42_ab",
            &text[..text.len() - 1],
        ] {
            assert_eq!(parse_key(bad), None, "{bad}");
        }
    }
}
