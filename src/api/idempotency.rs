//! `Idempotency-Key` on the API's POSTs that create or change something: a request retried
//! with the same key and the same body (a phone that lost its connection before the answer
//! came, a partner's bot retrying) gets the first answer again — the same receipt, the same
//! ids — and creates nothing new; the same key with another body is a 409. Two identical
//! requests at the same moment: the second waits for the first's answer (up to
//! [`WAIT_FOR_FIRST`], else a 409 saying it is still being answered). Keys are kept 24 hours.
//!
//! What a row holds (`db::idempotency`): an HMAC of the caller (the bearer token's account, or
//! "anonymous"), the path and the key under a key derived from the service secret, so neither
//! the key nor who sent it is stored; an HMAC of the body and the answer sealed under keys
//! derived from the client's key itself, so the answer (it may hold a complaint's receipt)
//! opens only for a request bearing that key; the minute it was made. Only answers that
//! succeeded (2xx) are kept: a refused request (400, 429, 503 …) created nothing, and its
//! retry runs again.
//!
//! Not for sign-in (`/api/v1/auth/…`: a token is never handed out again without its
//! password and code) nor for the POSTs that only read (`/api/v1/track`,
//! `/api/v1/track/files/open`, a partner's `/api/v1/partner/complaints/{reference}/conversation`).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse, web};
use futures_util::StreamExt;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::auth::AuthState;
use crate::db::{self, Pool, idempotency as kept};
use crate::error::{AppError, InputError};

/// The request header.
pub const HEADER: &str = "idempotency-key";
/// The answer header that says an answer is the first request's, sent again.
pub const REPLAYED: &str = "idempotent-replayed";
/// How long a retry waits for the first request's answer.
pub const WAIT_FOR_FIRST: Duration = Duration::from_secs(10);
/// Keys are 1 to this many visible ASCII characters.
pub const KEY_MAX: usize = 255;

/// What the kept answer is sealed for (`seal::Key::seal_bytes`).
const PURPOSE: &str = "idempotent answer";

/// Does the header apply to this request?
fn applies(method: &Method, path: &str) -> bool {
    method == Method::POST
        && path.starts_with("/api/v1/")
        && !path.starts_with("/api/v1/auth/")
        && !matches!(path, "/api/v1/track" | "/api/v1/track/files/open")
        && !(path.starts_with("/api/v1/partner/") && path.ends_with("/conversation"))
}

fn valid(key: &str) -> bool {
    (1..=KEY_MAX).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

/// The keys one request's row is found, checked and sealed with.
struct Derived {
    /// The row's id.
    id: String,
    /// The key the body's HMAC is made with.
    mac: [u8; 32],
    /// The key the answer is sealed with.
    seal: crate::seal::Key,
}

impl Derived {
    fn new(secret: &[u8; 32], caller: &str, path: &str, key: &str) -> Derived {
        let derive = |purpose: &str| -> [u8; 32] {
            let mut mac =
                Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
            for part in [purpose, caller, path, key] {
                mac.update(part.as_bytes());
                mac.update(&[0]);
            }
            mac.finalize().into_bytes().into()
        };
        // Three keys from one secret and one request: the row's id, the body's MAC and the
        // answer's seal. None can be made again without the key the client sends.
        let id = derive("row").iter().map(|b| format!("{b:02x}")).collect();
        Derived {
            id,
            mac: derive("request"),
            seal: crate::seal::Key::from_bytes(&derive("answer"))
                .expect("a derived key is 32 bytes"),
        }
    }

    fn body_mac(&self) -> Hmac<Sha256> {
        Hmac::<Sha256>::new_from_slice(&self.mac).expect("HMAC takes keys of any length")
    }
}

/// Who is asking, as far as keys go: the bearer token's account, an intake partner's key (by
/// its hash: two partners' keys never share a row, and a key that does not open gets a 401
/// that is never kept), or anyone.
fn caller_of(req: &ServiceRequest, auth: &AuthState) -> String {
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim);
    if let Some(key) = bearer.filter(|b| crate::auth::partner::looks_like_key(b)) {
        return format!("partner:{}", crate::auth::partner::secret_hash(key));
    }
    bearer
        .and_then(|token| auth.keys.verify(token))
        .and_then(|claims| claims.user_id())
        .map_or_else(|| "anonymous".to_owned(), |id| format!("account:{id}"))
}

fn refuse(req: ServiceRequest, error: AppError) -> ServiceResponse<BoxBody> {
    req.error_response(error).map_into_boxed_body()
}

pub async fn idempotency(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if !applies(req.method(), req.path()) {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let Some(value) = req.headers().get(HEADER).cloned() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let key = match value.to_str() {
        Ok(key) if valid(key) => key.to_owned(),
        _ => {
            let bad = InputError::new("Idempotency-Key", "error-idempotency-key");
            return Ok(refuse(req, bad.into()));
        }
    };
    let (Some(auth), Some(pool)) = (
        req.app_data::<web::Data<AuthState>>().cloned(),
        req.app_data::<web::Data<Pool>>().cloned(),
    ) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let derived = Derived::new(
        &auth.keys.idempotency_key(),
        &caller_of(&req, &auth),
        req.path(),
        &key,
    );
    let waiting_since = std::time::Instant::now();
    loop {
        let id = derived.id.clone();
        let found = db::run_write(&pool, move |conn| {
            let now = crate::clock::now();
            if kept::claim(conn, &id, now)? {
                return Ok(None);
            }
            Ok(Some((kept::find(conn, &id)?, now)))
        })
        .await;
        match found {
            Err(e) => return Ok(refuse(req, e)),
            Ok(None) => return first(req, next, &pool, derived).await,
            Ok(Some((Some(row), _))) if row.status.is_some() => {
                return again(req, row, derived).await;
            }
            Ok(Some((Some(row), now)))
                if row.in_progress(now) && waiting_since.elapsed() >= WAIT_FOR_FIRST =>
            {
                let busy = AppError::Conflict {
                    message_key: "error-idempotency-in-progress",
                };
                return Ok(refuse(req, busy));
            }
            // Still being answered: wait for it. Gone, expired or abandoned: claim it again.
            Ok(Some(_)) => actix_web::rt::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// The first request with this key: it runs, its body's HMAC made as the handler reads it,
/// and a successful answer is kept for its retries.
async fn first(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
    pool: &Pool,
    derived: Derived,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let mac = Arc::new(Mutex::new(derived.body_mac()));
    let reading = mac.clone();
    let payload = req.take_payload().inspect(move |chunk| {
        if let Ok(bytes) = chunk {
            reading
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .update(bytes);
        }
    });
    req.set_payload(Payload::Stream {
        payload: Box::pin(payload),
    });
    let answered = next.call(req).await;
    let release = |pool: &Pool, id: String| {
        let pool = pool.clone();
        async move {
            let released = db::run_write(&pool, move |conn| Ok(kept::release(conn, &id)?)).await;
            if let Err(e) = released {
                tracing::warn!(error = %e, "an idempotency key was not released");
            }
        }
    };
    let res = match answered {
        Ok(res) if res.status().is_success() => res,
        other => {
            release(pool, derived.id).await;
            return other.map(ServiceResponse::map_into_boxed_body);
        }
    };
    let (http_req, res) = res.into_parts();
    let status = res.status();
    let headers = res.headers().clone();
    let Ok(body) = actix_web::body::to_bytes(res.into_body()).await else {
        release(pool, derived.id).await;
        let failed = AppError::Internal("an answer could not be read to be kept".into());
        return Ok(ServiceResponse::new(
            http_req,
            HttpResponse::from_error(failed),
        ));
    };
    let request_mac = hex(mac.lock().unwrap_or_else(|e| e.into_inner()).clone());
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let sealed = derived.seal.seal_bytes(PURPOSE, &body);
    let id = derived.id;
    let stored = db::run_write(pool, move |conn| {
        let answer = kept::Answer {
            request_mac: &request_mac,
            status: status.as_u16(),
            content_type: content_type.as_deref(),
            sealed_body: &sealed,
        };
        Ok(kept::answer(conn, &id, &answer)?)
    })
    .await;
    if let Err(e) = stored {
        // What was created stays created; a retry after the key's claim is abandoned would
        // run again. Said in the log, the answer still goes out.
        tracing::warn!(error = %e, "an idempotent answer was not kept");
    }
    let mut response = HttpResponse::build(status).body(body);
    for (name, value) in &headers {
        response.headers_mut().append(name.clone(), value.clone());
    }
    Ok(ServiceResponse::new(http_req, response))
}

/// A retry: its body must be the first's (then the first answer, again), else a 409.
async fn again(
    mut req: ServiceRequest,
    row: kept::Kept,
    derived: Derived,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let mut mac = derived.body_mac();
    let mut payload = req.take_payload();
    while let Some(chunk) = payload.next().await {
        let chunk: actix_web::web::Bytes = chunk?;
        mac.update(&chunk);
    }
    let same = row
        .request_mac
        .as_deref()
        .is_some_and(|kept| crate::auth::constant_time_eq(kept.as_bytes(), hex(mac).as_bytes()));
    let opened = row
        .body
        .as_deref()
        .and_then(|sealed| derived.seal.open_bytes(PURPOSE, sealed).ok())
        .map(|opened| opened.to_vec());
    let status = row
        .status
        .and_then(|s| u16::try_from(s).ok())
        .and_then(|s| StatusCode::from_u16(s).ok());
    let (true, Some(body), Some(status)) = (same, opened, status) else {
        let reused = AppError::Conflict {
            message_key: "error-idempotency-reused",
        };
        return Ok(refuse(req, reused));
    };
    let mut response = HttpResponse::build(status);
    if let Some(content_type) = row
        .content_type
        .as_deref()
        .and_then(|c| HeaderValue::from_str(c).ok())
    {
        response.insert_header((header::CONTENT_TYPE, content_type));
    }
    response
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((REPLAYED, "true"));
    let (http_req, _) = req.into_parts();
    Ok(ServiceResponse::new(http_req, response.body(body)))
}

fn hex(mac: Hmac<Sha256>) -> String {
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_applies_to_creating_posts_only() {
        assert!(applies(&Method::POST, "/api/v1/complaints"));
        assert!(applies(&Method::POST, "/api/v1/cases/4/messages"));
        assert!(!applies(&Method::GET, "/api/v1/complaints"));
        assert!(!applies(&Method::POST, "/api/v1/auth/token"));
        assert!(!applies(&Method::POST, "/api/v1/track"));
        assert!(!applies(&Method::POST, "/complaints/new"));
    }

    #[test]
    fn keys_are_visible_ascii_of_bounded_length() {
        assert!(valid("3f2a9c1e-7b4d-4e8a-9f00-1c2d3e4f5a6b"));
        assert!(!valid(""));
        assert!(!valid("with space"));
        assert!(!valid("ünïcode"));
        assert!(!valid(&"k".repeat(KEY_MAX + 1)));
    }

    #[test]
    fn rows_differ_by_caller_path_and_key() {
        let secret = [7u8; 32];
        let a = Derived::new(&secret, "anonymous", "/api/v1/complaints", "k1");
        for other in [
            Derived::new(&secret, "account:1", "/api/v1/complaints", "k1"),
            Derived::new(&secret, "anonymous", "/api/v1/reviews", "k1"),
            Derived::new(&secret, "anonymous", "/api/v1/complaints", "k2"),
            Derived::new(&[8u8; 32], "anonymous", "/api/v1/complaints", "k1"),
        ] {
            assert_ne!(a.id, other.id);
        }
        assert_eq!(
            a.id,
            Derived::new(&secret, "anonymous", "/api/v1/complaints", "k1").id
        );
        let sealed = a.seal.seal_bytes(PURPOSE, b"{\"receipt\":\"1234\"}");
        let wrong = Derived::new(&secret, "anonymous", "/api/v1/complaints", "k2");
        assert!(wrong.seal.open_bytes(PURPOSE, &sealed).is_err());
        assert_eq!(
            &a.seal.open_bytes(PURPOSE, &sealed).unwrap()[..],
            b"{\"receipt\":\"1234\"}"
        );
    }
}
