//! Throttling of sign-in and registration, in memory: a token bucket per client address, and a
//! progressive delay per account after repeated failures, capped at a minute. The delay is
//! kept per account for unknown devices and per device for one that signed into the account
//! before (`auth::device`), so someone who keeps guessing delays every stranger but never the
//! owner on a device they have used.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures allowed before the per-account delay starts.
const FREE_FAILURES: u32 = 5;
/// The longest an account waits between attempts once the delay has grown.
const MAX_DELAY: Duration = Duration::from_secs(60);
/// Entries idle this long are forgotten.
const FORGET_AFTER: Duration = Duration::from_secs(60 * 60);
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
    /// What it guards, as the metrics name it (`throttle_refusals_total{throttle=…}`).
    name: &'static str,
    rate: Rate,
    buckets: Mutex<HashMap<String, Bucket>>,
    failures: Mutex<HashMap<String, Failures>>,
    /// When a refusal was last written to the audit log, per client.
    recorded: Mutex<HashMap<String, Instant>>,
}

/// A flood of refused attempts is audited once per client per this interval (each refusal is
/// still logged by tracing), so the audit table cannot be flooded through the throttle.
const RECORD_REFUSALS_EVERY: Duration = Duration::from_secs(60);

/// Refused: try again after this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub u64);

impl Throttle {
    pub fn new(name: &'static str, rate: Rate) -> Throttle {
        Throttle {
            name,
            rate,
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

    /// Takes one attempt from the client's bucket.
    pub fn take(&self, client: &str) -> Result<(), RetryAfter> {
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
            let wait = (1.0 - bucket.tokens) * self.rate.refill.as_secs_f64();
            metrics::counter!("throttle_refusals_total", "throttle" => self.name).increment(1);
            Err(RetryAfter(wait.ceil().max(1.0) as u64))
        }
    }

    /// May the account be tried now? Refused while its delay after the last failure runs.
    pub fn check_account(&self, account: &str) -> Result<(), RetryAfter> {
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
            metrics::counter!("throttle_refusals_total", "throttle" => self.name).increment(1);
            Err(RetryAfter(
                (delay - waited).as_secs_f64().ceil().max(1.0) as u64
            ))
        }
    }

    pub fn record_failure(&self, account: &str) {
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

    pub fn record_success(&self, account: &str) {
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

    #[test]
    fn account_delay_grows_and_is_capped() {
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
        );
        for _ in 0..8 {
            throttle.record_failure("worker");
        }
        let Err(RetryAfter(secs)) = throttle.check_account("worker") else {
            panic!("delay expected")
        };
        assert!((1..=8).contains(&secs));
        throttle.record_success("worker");
        assert!(throttle.check_account("worker").is_ok());
    }
}
