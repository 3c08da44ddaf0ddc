//! Throttling of sign-in, registration, anonymous reviews and complaints, and receipt
//! look-ups: a token bucket per client address, and a progressive delay per account after
//! repeated failures, capped at a minute. The delay is kept per account for unknown devices
//! and per device for one that signed into the account before (`auth::device`), so someone
//! who keeps guessing delays every stranger but never the owner on a device they have used.
//!
//! Where the counters live: on PostgreSQL, in the database (`db::throttles`, one atomic
//! upsert per check), so several servers behind a load balancer allow together exactly what
//! one allows; the rows name an HMAC of the address or account name under a key derived from
//! the service secret, never the address or name itself, and are deleted an hour after their
//! last use. On SQLite (one server) and whenever the database cannot be reached, in this
//! process's memory. Refusals are audited at most once a minute per client and server.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::{self, DbConnection, Pool};

/// Failures allowed before the per-account delay starts.
const FREE_FAILURES: u32 = 5;
/// The longest an account waits between attempts once the delay has grown.
const MAX_DELAY: Duration = Duration::from_secs(60);
/// Entries idle this long are forgotten (in memory and in the database).
pub const FORGET_AFTER: Duration = Duration::from_secs(60 * 60);
/// Above this many entries, idle ones are pruned on the next insert.
const PRUNE_ABOVE: usize = 50_000;

/// A token bucket: `burst` attempts at once, then one more every `refill`.
#[derive(Debug, Clone, Copy)]
pub struct Rate {
    pub burst: u32,
    pub refill: Duration,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

#[derive(Debug)]
struct Failures {
    count: u32,
    last: Instant,
}

/// The limits of one kind of action (sign-in, registration).
#[derive(Debug)]
pub struct Throttle {
    /// What it guards, as the metrics name it (`throttle_refusals_total{throttle=…}`) and as
    /// the database's bucket rows name it.
    name: &'static str,
    /// The name of its failure counts in the database.
    failures_name: String,
    rate: Rate,
    /// The counters in the database, when they are shared.
    shared: Option<Shared>,
    buckets: Mutex<HashMap<String, Bucket>>,
    failures: Mutex<HashMap<String, Failures>>,
    /// When a refusal was last written to the audit log, per client.
    recorded: Mutex<HashMap<String, Instant>>,
}

/// Counters kept in a PostgreSQL database that every server uses.
#[derive(Clone)]
pub struct Shared {
    pool: Pool,
    /// The HMAC key subjects are hashed with (derived from the service secret, so every
    /// server computes the same row for the same address).
    key: [u8; 32],
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared(database)")
    }
}

impl Shared {
    pub fn new(pool: Pool, key: [u8; 32]) -> Shared {
        Shared { pool, key }
    }

    /// The row's subject for an address or account key: 128 bits of HMAC-SHA256, in hex.
    fn subject(&self, value: &str) -> String {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes keys of any length");
        mac.update(value.as_bytes());
        mac.finalize().into_bytes()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// A flood of refused attempts is audited once per client per this interval (each refusal is
/// still logged by tracing), so the audit table cannot be flooded through the throttle.
const RECORD_REFUSALS_EVERY: Duration = Duration::from_secs(60);

/// Refused: try again after this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub u64);

impl Throttle {
    /// A throttle counting in this process's memory, or in the database when `shared`.
    pub fn new(name: &'static str, rate: Rate, shared: Option<Shared>) -> Throttle {
        Throttle {
            name,
            failures_name: format!("{name}/failures"),
            rate,
            shared,
            buckets: Mutex::new(HashMap::new()),
            failures: Mutex::new(HashMap::new()),
            recorded: Mutex::new(HashMap::new()),
        }
    }

    /// Should this refusal go to the audit log? Yes for the first one from a client in
    /// [`RECORD_REFUSALS_EVERY`].
    pub fn record_refusal(&self, client: &str) -> bool {
        let now = Instant::now();
        let mut recorded = self.recorded.lock().unwrap_or_else(|e| e.into_inner());
        if recorded.len() > PRUNE_ABOVE {
            recorded.retain(|_, at| now.duration_since(*at) < RECORD_REFUSALS_EVERY);
        }
        match recorded.get(client) {
            Some(at) if now.duration_since(*at) < RECORD_REFUSALS_EVERY => false,
            _ => {
                recorded.insert(client.to_owned(), now);
                true
            }
        }
    }

    /// Runs `work` on the shared counters: `None` when they are not shared, or when the
    /// database cannot answer (then this server counts in its memory meanwhile).
    async fn on_shared<T, F>(&self, work: F) -> Option<T>
    where
        F: FnOnce(&mut DbConnection, &'static str) -> diesel::QueryResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let shared = self.shared.as_ref()?;
        let name = self.name;
        match db::run(&shared.pool, move |conn| Ok(work(conn, name)?)).await {
            Ok(done) => Some(done),
            Err(e) => {
                tracing::warn!(throttle = self.name, error = %e, "shared throttle unavailable: counting in this server's memory");
                None
            }
        }
    }

    fn refused(&self, wait: Duration) -> RetryAfter {
        metrics::counter!("throttle_refusals_total", "throttle" => self.name).increment(1);
        RetryAfter(wait.as_secs_f64().ceil().max(1.0) as u64)
    }

    /// Takes one attempt from the client's bucket.
    pub async fn take(&self, client: &str) -> Result<(), RetryAfter> {
        if let Some(shared) = &self.shared {
            let subject = shared.subject(client);
            let (burst, refill) = (f64::from(self.rate.burst), self.rate.refill.as_secs_f64());
            let taken = self
                .on_shared(move |conn, name| {
                    db::throttles::take(conn, name, &subject, burst, refill)
                })
                .await;
            if let Some(taken) = taken {
                return taken.map_err(|tokens| {
                    self.refused(self.rate.refill.mul_f64((1.0 - tokens).clamp(0.0, 1.0)))
                });
            }
        }
        self.take_at(client, Instant::now())
    }

    fn take_at(&self, client: &str, now: Instant) -> Result<(), RetryAfter> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > PRUNE_ABOVE {
            buckets.retain(|_, b| now.duration_since(b.updated) < FORGET_AFTER);
        }
        let burst = f64::from(self.rate.burst);
        let bucket = buckets.entry(client.to_owned()).or_insert(Bucket {
            tokens: burst,
            updated: now,
        });
        let refilled =
            now.duration_since(bucket.updated).as_secs_f64() / self.rate.refill.as_secs_f64();
        bucket.tokens = (bucket.tokens + refilled).min(burst);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(self.refused(self.rate.refill.mul_f64(1.0 - bucket.tokens)))
        }
    }

    /// May the account be tried now? Refused while its delay after the last failure runs.
    pub async fn check_account(&self, account: &str) -> Result<(), RetryAfter> {
        if let Some(shared) = &self.shared {
            let subject = shared.subject(account);
            let failures_name = self.failures_name.clone();
            let found = self
                .on_shared(move |conn, _| db::throttles::failures(conn, &failures_name, &subject))
                .await;
            if let Some(found) = found {
                let Some((count, idle)) = found else {
                    return Ok(());
                };
                let delay = delay_after(count);
                let waited = Duration::from_secs_f64(idle.max(0.0));
                return if waited >= delay {
                    Ok(())
                } else {
                    Err(self.refused(delay - waited))
                };
            }
        }
        self.check_account_at(account, Instant::now())
    }

    fn check_account_at(&self, account: &str, now: Instant) -> Result<(), RetryAfter> {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let Some(entry) = failures.get(account) else {
            return Ok(());
        };
        let delay = delay_after(entry.count);
        let waited = now.duration_since(entry.last);
        if waited >= delay {
            Ok(())
        } else {
            Err(self.refused(delay - waited))
        }
    }

    /// Counts a failed attempt on the account (a wrong password or code).
    pub async fn record_failure(&self, account: &str) {
        if let Some(shared) = &self.shared {
            let subject = shared.subject(account);
            let failures_name = self.failures_name.clone();
            let forget = FORGET_AFTER.as_secs_f64();
            let counted = self
                .on_shared(move |conn, _| {
                    db::throttles::record_failure(conn, &failures_name, &subject, forget)
                })
                .await;
            if counted.is_some() {
                return;
            }
        }
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() > PRUNE_ABOVE {
            failures.retain(|_, f| now.duration_since(f.last) < FORGET_AFTER);
        }
        let entry = failures.entry(account.to_owned()).or_insert(Failures {
            count: 0,
            last: now,
        });
        if now.duration_since(entry.last) >= FORGET_AFTER {
            entry.count = 0;
        }
        entry.count = entry.count.saturating_add(1);
        entry.last = now;
    }

    /// Forgets the account's failures (it signed in).
    pub async fn record_success(&self, account: &str) {
        if let Some(shared) = &self.shared {
            let subject = shared.subject(account);
            let failures_name = self.failures_name.clone();
            let cleared = self
                .on_shared(move |conn, _| db::throttles::clear(conn, &failures_name, &subject))
                .await;
            if cleared.is_some() {
                return;
            }
        }
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(account);
    }
}

/// 0 for the first failures, then 1 s, 2 s, 4 s … up to [`MAX_DELAY`].
fn delay_after(failures: u32) -> Duration {
    if failures < FREE_FAILURES {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_FAILURES).min(6);
    Duration::from_secs(1 << doublings).min(MAX_DELAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_allow_a_burst_then_refill() {
        let throttle = Throttle::new(
            "test",
            Rate {
                burst: 3,
                refill: Duration::from_secs(10),
            },
            None,
        );
        let start = Instant::now();
        for _ in 0..3 {
            assert!(throttle.take_at("a", start).is_ok());
        }
        assert_eq!(throttle.take_at("a", start), Err(RetryAfter(10)));
        assert!(throttle.take_at("b", start).is_ok(), "clients are separate");
        assert!(
            throttle
                .take_at("a", start + Duration::from_secs(10))
                .is_ok()
        );
    }

    #[actix_web::test]
    async fn account_delay_grows_and_is_capped() {
        assert_eq!(delay_after(4), Duration::ZERO);
        assert_eq!(delay_after(5), Duration::from_secs(1));
        assert_eq!(delay_after(7), Duration::from_secs(4));
        assert_eq!(delay_after(1000), MAX_DELAY);
        let throttle = Throttle::new(
            "test",
            Rate {
                burst: 1,
                refill: Duration::from_secs(1),
            },
            None,
        );
        for _ in 0..8 {
            throttle.record_failure("worker").await;
        }
        let Err(RetryAfter(secs)) = throttle.check_account("worker").await else {
            panic!("delay expected")
        };
        assert!((1..=8).contains(&secs));
        throttle.record_success("worker").await;
        assert!(throttle.check_account("worker").await.is_ok());
    }
}
