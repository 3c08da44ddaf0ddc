//! Status webhooks to intake partners: the kept HTTP client and the webhook deliverer.
//! Rows are written to the outbox (channel `webhook`) by `db::webhooks::emit`, in the
//! transaction of the referral change they announce, and claimed, leased, retried and given
//! up exactly as mail is (`db::outbox`, `notify::deliver::mark`). A body carries the event,
//! the complaint's partner reference, the referral's public state and a link, never the
//! complaint's words.

pub mod address;
pub mod sign;

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;

use super::LEASE;
use super::deliver::{BATCH, Delivered, mark};
use super::mail::SendError;
use crate::db::{self, Pool, outbox, webhooks};
use crate::error::AppError;
use crate::lifecycle::Stop;
use address::Refusal;

/// Default seconds to connect to a partner's server, and for the whole request.
pub const CONNECT_TIMEOUT_SECS: u64 = 5;
pub const TIMEOUT_SECS: u64 = 10;

/// The webhook settings (`FAIRRECRUIT_WEBHOOKS_*`).
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Plain `http` to loopback addresses, for tests and local development only; a public
    /// service refuses to start with it (`Config::production_problems`).
    pub allow_loopback: bool,
    pub connect_timeout: Duration,
    pub timeout: Duration,
}

impl Settings {
    /// The connect timeout is the total's, at most [`CONNECT_TIMEOUT_SECS`].
    pub fn new(allow_loopback: bool, timeout: Duration) -> Settings {
        Settings {
            allow_loopback,
            connect_timeout: timeout.min(Duration::from_secs(CONNECT_TIMEOUT_SECS)),
            timeout,
        }
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            allow_loopback: false,
            connect_timeout: Duration::from_secs(CONNECT_TIMEOUT_SECS),
            timeout: Duration::from_secs(TIMEOUT_SECS),
        }
    }
}

/// Resolves a partner's host and refuses it if any address is private, loopback or
/// otherwise not public: the client connects only to addresses checked here, at the moment
/// it connects, so a name that changes its answer after it was saved gains nothing.
struct CheckedResolver {
    allow_loopback: bool,
}

impl reqwest::dns::Resolve for CheckedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        let allow_loopback = self.allow_loopback;
        Box::pin(async move {
            let found = tokio::task::spawn_blocking(move || {
                std::net::ToSocketAddrs::to_socket_addrs(&(host.as_str(), 0))
                    .map(|a| a.collect::<Vec<_>>())
                    .map_err(|_| Refusal::Unresolved)
                    .and_then(|a| address::all_allowed(a, allow_loopback))
            })
            .await
            .map_err(|e| -> Box<dyn std::error::Error + Send + Sync> { Box::new(e) })?
            .map_err(|e| -> Box<dyn std::error::Error + Send + Sync> { Box::new(e) })?;
            let addrs: reqwest::dns::Addrs = Box::new(found.into_iter());
            Ok(addrs)
        })
    }
}

/// The kept client and what signing needs. Cheap to clone.
#[derive(Clone)]
pub struct Sender {
    client: reqwest::Client,
    settings: Settings,
    /// Opens partners' sealed secrets (`Keys::webhook_keys`).
    keys: Arc<Vec<crate::seal::Key>>,
    /// `FAIRRECRUIT_PUBLIC_URL`, before each event's link path.
    public_url: String,
}

impl Sender {
    pub fn new(
        settings: Settings,
        keys: &[crate::seal::Key],
        public_url: Option<&str>,
    ) -> Result<Sender, AppError> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .user_agent("FairRecruit-Webhooks/1")
            .dns_resolver(CheckedResolver {
                allow_loopback: settings.allow_loopback,
            })
            .build()
            .map_err(|e| AppError::Internal(format!("webhook client: {e}")))?;
        Ok(Sender {
            client,
            settings,
            keys: Arc::new(keys.to_vec()),
            public_url: public_url
                .unwrap_or_default()
                .trim_end_matches('/')
                .to_owned(),
        })
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// Sends one event to its partner's endpoint as it is now: the URL checked again, the
    /// body's link made absolute, signed with the partner's current secret.
    async fn send(
        &self,
        row: &outbox::Claimed,
        endpoint: Option<webhooks::Endpoint>,
    ) -> Result<(), SendError> {
        let permanent = |message: String| SendError {
            transient: false,
            message,
        };
        let endpoint =
            endpoint.ok_or_else(|| permanent("the partner has no webhook URL".into()))?;
        let url = address::check_url(&endpoint.url, self.settings.allow_loopback)
            .map_err(|r| permanent(r.to_string()))?;
        let secret = webhooks::open_secret(&self.keys, &endpoint.secret_sealed)
            .ok_or_else(|| permanent("the signing secret cannot be opened".into()))?;
        let body = self.body(&row.params);
        let t = chrono::Utc::now().timestamp();
        let sending = std::time::Instant::now();
        let answer = self
            .client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(
                sign::SIGNATURE_HEADER,
                sign::signature(&secret, t, body.as_bytes()),
            )
            .header(sign::EVENT_TYPE_HEADER, row.kind.as_str())
            .header(sign::EVENT_ID_HEADER, event_id(&body))
            .body(body)
            .send()
            .await;
        metrics::histogram!("webhook_send_seconds").record(sending.elapsed().as_secs_f64());
        match answer {
            // The answer's body is never read: only its status counts.
            Ok(answer) if answer.status().is_success() => Ok(()),
            Ok(answer) => Err(SendError {
                transient: true,
                message: format!("the partner's server answered {}", answer.status().as_u16()),
            }),
            Err(e) if refusal_in(&e).is_some() => Err(permanent(
                refusal_in(&e).map(|r| r.to_string()).unwrap_or_default(),
            )),
            Err(e) => Err(SendError {
                transient: true,
                message: if e.is_timeout() {
                    "the partner's server did not answer in time".into()
                } else if e.is_connect() {
                    "the partner's server could not be reached".into()
                } else {
                    format!("sending failed: {e}")
                },
            }),
        }
    }

    /// The stored body with its link made absolute.
    fn body(&self, params: &str) -> String {
        match serde_json::from_str::<serde_json::Value>(params) {
            Ok(mut value) => {
                if let Some(link) = value.get_mut("link")
                    && let Some(path) = link.as_str()
                {
                    *link = serde_json::Value::String(format!("{}{path}", self.public_url));
                }
                value.to_string()
            }
            Err(_) => params.to_owned(),
        }
    }
}

fn event_id(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("id").and_then(|i| i.as_str()).map(str::to_owned))
        .unwrap_or_default()
}

/// The address refusal behind a client error, if that is why it failed: found by type, or
/// by its words where a layer between (hyper's connector) boxed it.
fn refusal_in(e: &reqwest::Error) -> Option<Refusal> {
    const ALL: [Refusal; 4] = [
        Refusal::Malformed,
        Refusal::NotHttps,
        Refusal::PrivateAddress,
        Refusal::Unresolved,
    ];
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = source {
        if let Some(r) = err.downcast_ref::<Refusal>() {
            return Some(*r);
        }
        let words = err.to_string();
        if let Some(r) = ALL.into_iter().find(|r| words.contains(&r.to_string())) {
            return Some(r);
        }
        source = err.source();
    }
    None
}

/// Sends every webhook due at `now`, batch by batch, until none is left, `max_batches`
/// were sent, or `stop` is set (the rest of the claim is given back).
pub async fn deliver_due(
    pool: &Pool,
    sender: &Sender,
    now: NaiveDateTime,
    (max_batches, stop): (usize, &Stop),
) -> Result<Delivered, AppError> {
    let mut done = Delivered::default();
    let lease = chrono::TimeDelta::from_std(LEASE).unwrap_or_default();
    let started = std::time::Instant::now();
    let at = move || now + chrono::TimeDelta::from_std(started.elapsed()).unwrap_or_default();
    for _ in 0..max_batches {
        let until = at() + lease;
        let claimed = db::run(pool, move |conn| {
            Ok(outbox::claim(
                conn,
                outbox::Channel::Webhook,
                now,
                until,
                BATCH,
            )?)
        })
        .await?;
        let full = claimed.len() as i64 == BATCH;
        for row in claimed {
            if stop.is_set() {
                let (id, attempts) = (row.id, row.attempts);
                db::run(pool, move |conn| {
                    Ok(outbox::give_back(conn, id, attempts, now)?)
                })
                .await?;
                continue;
            }
            let (id, attempts, org, until) =
                (row.id, row.attempts, row.organisation_id, at() + lease);
            let endpoint = db::run(pool, move |conn| {
                if !outbox::renew(conn, id, attempts, until)? {
                    return Ok(None);
                }
                Ok(Some(match org {
                    Some(org) => webhooks::endpoint(conn, org)?,
                    None => None,
                }))
            })
            .await?;
            // No longer ours: another deliverer claimed it after our lease ran out.
            let Some(endpoint) = endpoint else { continue };
            let outcome = sender.send(&row, endpoint).await;
            let fate = db::run(pool, move |conn| mark(conn, &row, outcome, now, "webhook")).await?;
            done.add(fate);
        }
        if !full || stop.is_set() {
            break;
        }
    }
    Ok(done)
}

/// For tests and the CLI: one pass at a given time.
pub async fn deliver_at(
    pool: &Pool,
    sender: &Sender,
    now: NaiveDateTime,
) -> Result<Delivered, AppError> {
    deliver_due(pool, sender, now, (1000, &Stop::default())).await
}
