//! Notifications: how a failed delivery is retried, the mail transports and the delivery
//! worker. What kinds of mail the service sends, and how a person wants them, are domain
//! words (`domain::notice`). The outbox rows themselves are written by `db::outbox` inside
//! the transaction of the change they announce.
//!
//! A notification says that something happened and links to where it can be read after
//! signing in; it never carries a complaint's words, a worker's name or a receipt
//! (domain.md, privacy rule 5).

pub mod deliver;
pub mod mail;
pub mod webhook;

use std::time::Duration;

/// Tries before a mail is given up as dead (about a day with [`backoff`]).
pub const MAX_ATTEMPTS: i32 = 12;

/// First wait after a transient failure; it doubles with each try up to [`BACKOFF_CAP`].
pub const BACKOFF_BASE: Duration = Duration::from_secs(60);
pub const BACKOFF_CAP: Duration = Duration::from_secs(6 * 60 * 60);

/// How long a claimed mail stays invisible to other deliverers. The deliverer renews it for
/// each mail just before sending it (a send takes at most a few SMTP timeouts, well within
/// it), so a long batch keeps its claim, and a deliverer that dies leaves its mail to be
/// claimed again about a minute later: a mail it was sending goes at most once more.
pub const LEASE: Duration = Duration::from_secs(60);

/// The wait before try `attempts + 1`, after `attempts` failed tries: exponential with
/// "equal jitter" — half the step fixed, half random (`jitter` in 0..=1) — so mails that
/// failed together (a mail server restart) do not all come back at the same second.
pub fn backoff(attempts: i32, jitter: f64) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    let step = BACKOFF_BASE
        .saturating_mul(2u32.saturating_pow(exponent))
        .min(BACKOFF_CAP);
    let half = step / 2;
    half + half.mul_f64(jitter.clamp(0.0, 1.0))
}

/// A random number in 0..=1 for [`backoff`]; without randomness, the middle.
pub fn jitter() -> f64 {
    let mut bytes = [0u8; 4];
    match getrandom::fill(&mut bytes) {
        Ok(()) => f64::from(u32::from_le_bytes(bytes)) / f64::from(u32::MAX),
        Err(_) => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_stops_at_the_cap() {
        assert_eq!(backoff(1, 0.0), Duration::from_secs(30));
        assert_eq!(backoff(1, 1.0), Duration::from_secs(60));
        assert_eq!(backoff(2, 0.0), Duration::from_secs(60));
        assert_eq!(backoff(3, 1.0), Duration::from_secs(240));
        assert_eq!(backoff(40, 1.0), BACKOFF_CAP);
        assert_eq!(backoff(40, 0.0), BACKOFF_CAP / 2);
        // Out-of-range inputs stay in range.
        assert_eq!(backoff(-3, 7.0), Duration::from_secs(60));
        let j = jitter();
        assert!((0.0..=1.0).contains(&j));
    }

    #[test]
    fn a_day_of_tries_before_giving_up() {
        let total: Duration = (1..MAX_ATTEMPTS).map(|a| backoff(a, 1.0)).sum();
        assert!(total > Duration::from_secs(12 * 3600), "{total:?}");
        assert!(total < Duration::from_secs(48 * 3600), "{total:?}");
    }
}
