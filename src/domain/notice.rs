//! Notices: what a notification announces, and how a person wants to be told.

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
    /// A link to set a new password (staff who asked for one; sent whatever their
    /// notification settings).
    PasswordReset,
    /// An administrator reset the person's second factor (sent whatever their settings).
    SecondFactorReset,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
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
        Kind::PasswordReset,
        Kind::SecondFactorReset,
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
            Kind::PasswordReset => "password-reset",
            Kind::SecondFactorReset => "second-factor-reset",
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
}
