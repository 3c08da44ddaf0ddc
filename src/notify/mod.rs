//! Notifications: what kinds of mail the service sends, how a failed delivery is retried,
//! the mail transports and the delivery worker. The outbox rows themselves are written by
//! `db::outbox` inside the transaction of the change they announce.
//!
//! A notification says that something happened and links to where it can be read after
//! signing in; it never carries a complaint's words, a worker's name or a receipt
//! (domain.md, privacy rule 5).

pub mod deliver;
pub mod mail;

use std::time::Duration;

/// What a notification announces. The code is stored in the outbox and names the messages
/// `mail-<code>-subject` and `mail-<code>-body` in `locales/*/notify.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A referral reached an organisation (its staff).
    NewReferral,
    /// The worker answered on a referral (the organisation's staff).
    WorkerReply,
    /// A referral passed its acknowledgement deadline (the organisation's leads).
    OverdueAcknowledge,
    /// A referral passed its answer deadline (the organisation's leads).
    OverdueAnswer,
    /// An organisation acknowledged the worker's complaint (the worker's account).
    ComplaintAcknowledged,
    /// An organisation resolved the worker's complaint (the worker's account).
    ComplaintResolved,
    /// A moderator published the author's review.
    ReviewApproved,
    /// A moderator did not publish the author's review.
    ReviewRejected,
    /// A lead's daily digest: counts of what was held for them.
    Digest,
    /// A watcher's weekly summary of their watched recruiters (counts only).
    WatchSummary,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::NewReferral,
        Kind::WorkerReply,
        Kind::OverdueAcknowledge,
        Kind::OverdueAnswer,
        Kind::ComplaintAcknowledged,
        Kind::ComplaintResolved,
        Kind::ReviewApproved,
        Kind::ReviewRejected,
        Kind::Digest,
        Kind::WatchSummary,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::NewReferral => "new-referral",
            Kind::WorkerReply => "worker-reply",
            Kind::OverdueAcknowledge => "overdue-acknowledge",
            Kind::OverdueAnswer => "overdue-answer",
            Kind::ComplaintAcknowledged => "complaint-acknowledged",
            Kind::ComplaintResolved => "complaint-resolved",
            Kind::ReviewApproved => "review-approved",
            Kind::ReviewRejected => "review-rejected",
            Kind::Digest => "digest",
            Kind::WatchSummary => "watch-summary",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == code)
    }

    /// Kinds about an organisation's work, which a lead may take as a daily digest instead.
    pub fn digestible(self) -> bool {
        matches!(
            self,
            Kind::NewReferral | Kind::WorkerReply | Kind::OverdueAcknowledge | Kind::OverdueAnswer
        )
    }

    /// Kinds sent to a worker: the administrators' page does not show their address.
    pub fn to_worker(self) -> bool {
        matches!(
            self,
            Kind::ComplaintAcknowledged
                | Kind::ComplaintResolved
                | Kind::ReviewApproved
                | Kind::ReviewRejected
        )
    }

    pub fn subject_key(self) -> String {
        format!("mail-{}-subject", self.as_str())
    }

    pub fn body_key(self) -> String {
        format!("mail-{}-body", self.as_str())
    }

    /// How the administrators' mail page names this kind.
    pub fn label_key(self) -> String {
        format!("admin-mail-kind-{}", self.as_str())
    }

    /// The line of a digest that counts this kind.
    pub fn digest_line_key(self) -> String {
        format!("mail-digest-line-{}", self.as_str())
    }
}

/// How a person wants their notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailNotices {
    Each,
    /// One mail a day with the counts; only an organisation's leads may choose it.
    Digest,
    None,
}

impl MailNotices {
    pub const ALL: [MailNotices; 3] = [MailNotices::Each, MailNotices::Digest, MailNotices::None];

    pub fn as_str(self) -> &'static str {
        match self {
            MailNotices::Each => "each",
            MailNotices::Digest => "digest",
            MailNotices::None => "none",
        }
    }

    pub fn parse(code: &str) -> Option<MailNotices> {
        MailNotices::ALL.into_iter().find(|m| m.as_str() == code)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            MailNotices::Each => "account-notices-each",
            MailNotices::Digest => "account-notices-digest",
            MailNotices::None => "account-notices-none",
        }
    }
}

/// Tries before a mail is given up as dead (about a day with [`backoff`]).
pub const MAX_ATTEMPTS: i32 = 12;

/// First wait after a transient failure; it doubles with each try up to [`BACKOFF_CAP`].
pub const BACKOFF_BASE: Duration = Duration::from_secs(60);
pub const BACKOFF_CAP: Duration = Duration::from_secs(6 * 60 * 60);

/// How long a claimed mail stays invisible to other deliverers. A deliverer that dies
/// mid-send leaves the mail to be claimed again after this, so it is sent at most once more.
pub const LEASE: Duration = Duration::from_secs(10 * 60);

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
    fn kind_codes_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::parse("new_referral"), None);
    }

    #[test]
    fn every_kind_has_its_words_in_every_locale() {
        use crate::i18n::{self, Tr};
        i18n::init().unwrap();
        for locale in i18n::LOCALES {
            let tr = Tr::new(locale);
            for kind in Kind::ALL {
                let mut keys = vec![kind.subject_key(), kind.body_key(), kind.label_key()];
                if kind.digestible() {
                    keys.push(kind.digest_line_key());
                }
                for key in keys {
                    assert_ne!(tr.t(&key), key, "{} {key}", locale.code);
                }
            }
            for notices in MailNotices::ALL {
                assert_ne!(tr.t(notices.message_key()), notices.message_key());
            }
        }
    }

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
