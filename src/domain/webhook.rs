//! The events a partner's webhook announces about the referrals of what it filed.

use super::complaint::ReferralStatus;

/// One kind of status webhook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// An organisation acknowledged the complaint.
    Acknowledged,
    /// The organisation wrote to the worker (a question, or news): a message waits.
    Question,
    Resolved,
    Closed,
}

impl Event {
    pub const ALL: [Event; 4] = [
        Event::Acknowledged,
        Event::Question,
        Event::Resolved,
        Event::Closed,
    ];

    /// The `type` in the body and the `FairRecruit-Event` header.
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Acknowledged => "referral.acknowledged",
            Event::Question => "referral.question",
            Event::Resolved => "referral.resolved",
            Event::Closed => "referral.closed",
        }
    }

    pub fn parse(text: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.as_str() == text)
    }

    /// The event a step of the state machine announces, if any.
    pub fn of_step(to: ReferralStatus) -> Option<Event> {
        match to {
            ReferralStatus::Acknowledged => Some(Event::Acknowledged),
            // Asked the worker for something: the partner's worker has a question waiting.
            ReferralStatus::AwaitingWorker => Some(Event::Question),
            ReferralStatus::Resolved => Some(Event::Resolved),
            ReferralStatus::Closed => Some(Event::Closed),
            _ => None,
        }
    }

    /// The Fluent key of its name on the administrators' outbox page.
    pub fn label_key(self) -> &'static str {
        match self {
            Event::Acknowledged => "admin-mail-kind-webhook-acknowledged",
            Event::Question => "admin-mail-kind-webhook-question",
            Event::Resolved => "admin-mail-kind-webhook-resolved",
            Event::Closed => "admin-mail-kind-webhook-closed",
        }
    }
}
