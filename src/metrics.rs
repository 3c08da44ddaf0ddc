//! Metrics in the Prometheus text format at `/metrics`: requests by route pattern and status
//! with their latency, the database pool (size, idle, wait for a connection), the outbox
//! (waiting and dead mails, delivery latency), escalations, report refreshes and throttle
//! refusals. No label ever carries an id, a query, an address or anything a person typed:
//! routes are the router's patterns (`/recruiters/{id}`), statuses and methods are codes.
//!
//! Who may read it: addresses listed in a setting (default this machine only), or anyone
//! with the metrics token. A request that came through a proxy (it carries a forwarding
//! header) is never let in by its address: behind a proxy on this machine every visitor
//! would otherwise look local.

use std::net::IpAddr;
use std::sync::OnceLock;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::db::{self, Pool};
use crate::error::AppError;

/// Who may read `/metrics`.
#[derive(Debug, Clone)]
pub struct Access {
    /// Addresses let in without a token (`FAIRRECRUIT_METRICS_FROM`).
    pub from: Vec<IpAddr>,
    /// A bearer token that lets anyone in (`FAIRRECRUIT_METRICS_TOKEN`).
    pub token: Option<String>,
}

impl Default for Access {
    fn default() -> Access {
        Access {
            from: vec![
                IpAddr::from([127, 0, 0, 1]),
                IpAddr::from([0u16, 0, 0, 0, 0, 0, 0, 1]),
            ],
            token: None,
        }
    }
}

/// The process's recorder, installed once (every server in a test process shares it).
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let seconds = [
            0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
        ];
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &seconds)
            .and_then(|b| {
                b.set_buckets_for_metric(
                    Matcher::Full("outbox_delivery_seconds".into()),
                    &[1.0, 5.0, 15.0, 60.0, 300.0, 900.0, 3600.0, 21600.0, 86400.0],
                )
            })
            .map(PrometheusBuilder::build_recorder)
            .unwrap_or_else(|_| PrometheusBuilder::new().build_recorder());
        let handle = recorder.handle();
        // Another recorder already installed (a library's): ours still renders what it got.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// The method as a label: the standard ones, anything else `other`.
fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Counts every request by route pattern, method and status, and times it.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = method_label(req.method());
    let res = next.call(req).await?;
    // The router's pattern, never the path asked for (ids, typed words).
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let status = res.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "route" => route.clone(), "method" => method, "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "route" => route, "method" => method)
        .record(started.elapsed().as_secs_f64());
    Ok(res)
}

/// Did the request come through a proxy?
fn forwarded(req: &HttpRequest) -> bool {
    ["x-forwarded-for", "forwarded", "x-real-ip"]
        .iter()
        .any(|name| req.headers().contains_key(*name))
}

/// May this request read the metrics?
fn allowed(req: &HttpRequest, access: &Access) -> bool {
    if let Some(token) = &access.token {
        let sent = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.strip_prefix("Bearer "));
        if sent.is_some_and(|sent| crate::auth::constant_time_eq(sent.as_bytes(), token.as_bytes()))
        {
            return true;
        }
    }
    !forwarded(req)
        && req
            .peer_addr()
            .is_some_and(|peer| access.from.contains(&peer.ip()))
}

/// `GET /metrics`: 404 to anyone not allowed (as if there were nothing here), else the
/// metrics with the pool's and the outbox's state of the moment.
pub async fn scrape(
    req: HttpRequest,
    access: web::Data<Access>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    if !allowed(&req, &access) {
        return Err(AppError::NotFound);
    }
    let state = pool.state();
    metrics::gauge!("db_pool_connections").set(f64::from(state.connections));
    metrics::gauge!("db_pool_idle_connections").set(f64::from(state.idle_connections));
    // The outbox's counts: a database that does not answer leaves them as they were (and the
    // pool's wait shows it).
    if let Ok((waiting, dead)) = db::run(&pool, |conn| Ok(crate::db::outbox::counts(conn)?)).await {
        metrics::gauge!("outbox_waiting").set(waiting as f64);
        metrics::gauge!("outbox_dead").set(dead as f64);
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(handle().render()))
}
