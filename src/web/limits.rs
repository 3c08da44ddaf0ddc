//! Limits every request meets before a handler sees it: `HEAD` is answered as `GET` (the
//! server leaves the body out), and a body must arrive within `config::Timeouts::body` of
//! its headers — a client that drips it is answered 408 and its connection closed, so a few
//! hundred slow senders cannot hold every worker. (The headers' own limit is the server's
//! `client_request_timeout`, set in `startup.rs`.)

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::{ConnectionType, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{HttpMessage, HttpResponse, web};
use futures_util::Stream;

use crate::config::Timeouts;

pub async fn limits(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    let timeouts = req
        .app_data::<web::Data<Timeouts>>()
        .map_or_else(Timeouts::default, |t| *t.get_ref());
    let multipart = crate::evidence::http::is_multipart(req.headers());
    let body_time = if is_upload(req.path(), multipart) {
        timeouts.upload
    } else {
        timeouts.body
    };
    let expired = Arc::new(AtomicBool::new(false));
    let payload = req.take_payload();
    req.set_payload(Payload::Stream {
        payload: Box::pin(Deadline::new(payload, body_time, expired.clone())),
    });
    let res = next.call(req).await?.map_into_boxed_body();
    if expired.load(Ordering::Relaxed) {
        tracing::info!("request body too slow; connection closed");
        let (req, _) = res.into_parts();
        let mut response = HttpResponse::new(StatusCode::REQUEST_TIMEOUT);
        response
            .head_mut()
            .set_connection_type(ConnectionType::Close);
        return Ok(ServiceResponse::new(req, response));
    }
    Ok(res)
}

/// The requests that take evidence files (larger bodies, longer to send): a complaint when it
/// comes with files (multipart, page and API), the worker's `/track/files` and staff's
/// `/cases/{id}/files`, on the pages and the API.
pub fn is_upload(path: &str, multipart: bool) -> bool {
    if path == "/complaints/new" || path == "/api/v1/complaints" {
        return multipart;
    }
    let path = path.strip_prefix("/api/v1").unwrap_or(path);
    path == "/track/files"
        || path
            .strip_prefix("/cases/")
            .and_then(|rest| rest.strip_suffix("/files"))
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// A request body that ends in an error once its time is up.
struct Deadline {
    inner: Payload,
    timer: Pin<Box<tokio::time::Sleep>>,
    expired: Arc<AtomicBool>,
}

impl Deadline {
    fn new(inner: Payload, within: Duration, expired: Arc<AtomicBool>) -> Deadline {
        Deadline {
            inner,
            timer: Box::pin(tokio::time::sleep(within)),
            expired,
        }
    }
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Poll::Ready(item) = Pin::new(&mut self.inner).poll_next(cx) {
            return Poll::Ready(item);
        }
        match self.timer.as_mut().poll(cx) {
            Poll::Ready(()) => {
                self.expired.store(true, Ordering::Relaxed);
                Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "request body too slow",
                )))))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_upload;

    #[test]
    fn uploads_are_the_worker_s_and_the_staff_s_file_routes_only() {
        for path in [
            "/track/files",
            "/api/v1/track/files",
            "/cases/12/files",
            "/api/v1/cases/12/files",
        ] {
            assert!(is_upload(path, true), "{path}");
            assert!(is_upload(path, false), "{path}");
        }
        // The complaint form with files, not without.
        for path in ["/complaints/new", "/api/v1/complaints"] {
            assert!(is_upload(path, true), "{path}");
            assert!(!is_upload(path, false), "{path}");
        }
        for path in [
            "/track",
            "/track/files/open",
            "/cases/12/files/abc",
            "/cases//files",
            "/cases/x/files",
            "/api/v1/cases/12",
        ] {
            assert!(!is_upload(path, true), "{path}");
        }
    }
}
