//! The life of a referral: its outcome, staff actions as a typed state machine, deadlines.

use super::intake::{REASON_MAX, choices, long_text};
use super::{CloseReason, Money, ReferralStatus, RemedyObtained};
use crate::error::InputError;

/// What a referral's outcome records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub remedies: Vec<RemedyObtained>,
    pub money: Option<Money>,
}

impl Outcome {
    pub fn parse(remedies: &[String], amount: &str, currency: &str) -> Result<Outcome, InputError> {
        let remedies = choices(
            "remedies",
            remedies,
            RemedyObtained::parse,
            RemedyObtained::ALL.len(),
        )?;
        if remedies.is_empty() {
            return Err(InputError::new("remedies", "error-case-outcome-required"));
        }
        let money = Money::parse("amount", amount, currency)?;
        let recovered = remedies.contains(&RemedyObtained::MoneyRecovered);
        match (recovered, &money) {
            (true, None) => Err(InputError::new("amount", "error-case-money-required")),
            (false, Some(_)) => Err(InputError::new("amount", "error-case-money-unexpected")),
            _ => Ok(Outcome { remedies, money }),
        }
    }
}

/// What staff (or the worker) do to a referral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseAction {
    Acknowledge,
    Investigate,
    AskWorker,
    /// The worker answered, or staff resume without an answer.
    Resume,
    Resolve(Outcome),
    Close(CloseReason),
}

word_enum!(
    /// The actions' names, as forms and the API send them.
    ActionName, "case-action", {
        Acknowledge = "acknowledge",
        Investigate = "investigate",
        AskWorker = "ask_worker",
        Resume = "resume",
        Resolve = "resolve",
        Close = "close",
    }
);

impl CaseAction {
    pub fn name(&self) -> ActionName {
        match self {
            CaseAction::Acknowledge => ActionName::Acknowledge,
            CaseAction::Investigate => ActionName::Investigate,
            CaseAction::AskWorker => ActionName::AskWorker,
            CaseAction::Resume => ActionName::Resume,
            CaseAction::Resolve(_) => ActionName::Resolve,
            CaseAction::Close(_) => ActionName::Close,
        }
    }
}

impl ReferralStatus {
    /// Still being worked on (neither resolved nor closed).
    pub fn is_open(&self) -> bool {
        !matches!(self, ReferralStatus::Resolved | ReferralStatus::Closed)
    }

    /// The state machine: `new → acknowledged → investigating ⇄ awaiting_worker →
    /// resolved | closed`; any open referral may be closed with a reason; resolved and
    /// closed are final. An illegal step is refused on the `action` field.
    pub fn apply(self, action: &CaseAction) -> Result<ReferralStatus, InputError> {
        use ReferralStatus as S;
        let next = match (self, action) {
            (S::New, CaseAction::Acknowledge) => S::Acknowledged,
            (S::Acknowledged, CaseAction::Investigate) => S::Investigating,
            (S::Investigating, CaseAction::AskWorker) => S::AwaitingWorker,
            (S::AwaitingWorker, CaseAction::Resume) => S::Investigating,
            (S::Investigating | S::AwaitingWorker, CaseAction::Resolve(_)) => S::Resolved,
            (
                S::New | S::Acknowledged | S::Investigating | S::AwaitingWorker,
                CaseAction::Close(_),
            ) => S::Closed,
            _ => return Err(InputError::new("action", "error-case-transition")),
        };
        Ok(next)
    }

    /// The actions staff may take from here (the case page offers these).
    pub fn actions(self) -> Vec<ActionName> {
        ActionName::ALL
            .iter()
            .copied()
            .filter(|name| {
                let probe = match name {
                    ActionName::Acknowledge => CaseAction::Acknowledge,
                    ActionName::Investigate => CaseAction::Investigate,
                    ActionName::AskWorker => CaseAction::AskWorker,
                    ActionName::Resume => CaseAction::Resume,
                    ActionName::Resolve => CaseAction::Resolve(Outcome {
                        remedies: vec![RemedyObtained::Other],
                        money: None,
                    }),
                    ActionName::Close => CaseAction::Close(CloseReason::Unfounded),
                };
                self.apply(&probe).is_ok()
            })
            .collect()
    }
}

/// A staff action as typed: the action's name and what it needs.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActionInput {
    pub action: String,
    /// Why (required to close; kept for every step).
    pub reason: String,
    pub close_reason: String,
    #[serde(deserialize_with = "crate::query::one_or_many")]
    pub remedies: Vec<String>,
    pub amount: String,
    pub currency: String,
}

impl ActionInput {
    pub fn parse(&self) -> Result<(CaseAction, Option<String>), InputError> {
        let name = ActionName::parse(self.action.trim())
            .ok_or(InputError::new("action", "error-case-action-unknown"))?;
        let reason = long_text("reason", &self.reason, REASON_MAX)?;
        let action = match name {
            ActionName::Acknowledge => CaseAction::Acknowledge,
            ActionName::Investigate => CaseAction::Investigate,
            ActionName::AskWorker => CaseAction::AskWorker,
            ActionName::Resume => CaseAction::Resume,
            ActionName::Resolve => CaseAction::Resolve(Outcome::parse(
                &self.remedies,
                &self.amount,
                &self.currency,
            )?),
            ActionName::Close => {
                let why = CloseReason::parse(self.close_reason.trim())
                    .ok_or(InputError::new("close_reason", "error-case-close-reason"))?;
                if reason.is_none() {
                    return Err(InputError::new("reason", "error-case-reason-required"));
                }
                CaseAction::Close(why)
            }
        };
        Ok((action, reason))
    }
}

/// Referral deadlines from the day it was opened and the organisation's settings.
pub fn deadlines(
    opened: chrono::NaiveDateTime,
    acknowledge_days: i32,
    answer_days: i32,
) -> (chrono::NaiveDateTime, chrono::NaiveDateTime) {
    (
        opened + chrono::Duration::days(acknowledge_days.into()),
        opened + chrono::Duration::days(answer_days.into()),
    )
}

/// Midnight of the day: what worker-side times are stored as (the one definition is the
/// clock's).
pub use crate::clock::day_of;

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::*;
    use ReferralStatus as S;

    fn outcome() -> Outcome {
        Outcome {
            remedies: vec![RemedyObtained::DocumentsReturned],
            money: None,
        }
    }

    fn all_actions() -> Vec<CaseAction> {
        vec![
            CaseAction::Acknowledge,
            CaseAction::Investigate,
            CaseAction::AskWorker,
            CaseAction::Resume,
            CaseAction::Resolve(outcome()),
            CaseAction::Close(CloseReason::Withdrawn),
        ]
    }

    #[test]
    fn every_legal_transition_is_allowed_and_every_other_refused() {
        let legal: &[(S, ActionName, S)] = &[
            (S::New, ActionName::Acknowledge, S::Acknowledged),
            (S::New, ActionName::Close, S::Closed),
            (S::Acknowledged, ActionName::Investigate, S::Investigating),
            (S::Acknowledged, ActionName::Close, S::Closed),
            (S::Investigating, ActionName::AskWorker, S::AwaitingWorker),
            (S::Investigating, ActionName::Resolve, S::Resolved),
            (S::Investigating, ActionName::Close, S::Closed),
            (S::AwaitingWorker, ActionName::Resume, S::Investigating),
            (S::AwaitingWorker, ActionName::Resolve, S::Resolved),
            (S::AwaitingWorker, ActionName::Close, S::Closed),
        ];
        for from in S::ALL {
            for action in all_actions() {
                let expected = legal
                    .iter()
                    .find(|(f, a, _)| f == from && *a == action.name())
                    .map(|(_, _, to)| *to);
                match (from.apply(&action), expected) {
                    (Ok(to), Some(want)) => assert_eq!(to, want, "{from} {action:?}"),
                    (Err(e), None) => {
                        assert_eq!(e.message_key, "error-case-transition");
                        assert_eq!(e.field, "action");
                    }
                    (got, want) => panic!("{from} {action:?}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    #[test]
    fn resolved_and_closed_are_final() {
        for end in [S::Resolved, S::Closed] {
            assert!(!end.is_open());
            assert!(end.actions().is_empty());
        }
        assert_eq!(
            S::New.actions(),
            vec![ActionName::Acknowledge, ActionName::Close]
        );
        assert_eq!(
            S::AwaitingWorker.actions(),
            vec![ActionName::Resume, ActionName::Resolve, ActionName::Close]
        );
    }

    #[test]
    fn closing_needs_a_reason_and_resolving_an_outcome() {
        let close = ActionInput {
            action: "close".into(),
            close_reason: "unfounded".into(),
            ..ActionInput::default()
        };
        assert_eq!(close.parse().unwrap_err().field, "reason");
        let close = ActionInput {
            reason: "No evidence".into(),
            ..close
        };
        assert_eq!(
            close.parse().unwrap().0,
            CaseAction::Close(CloseReason::Unfounded)
        );
        let resolve = ActionInput {
            action: "resolve".into(),
            remedies: vec!["money_recovered".into()],
            ..ActionInput::default()
        };
        assert_eq!(
            resolve.parse().unwrap_err().message_key,
            "error-case-money-required"
        );
        let resolve = ActionInput {
            amount: "1,500.50".into(),
            currency: "qar".into(),
            ..resolve
        };
        let (action, _) = resolve.parse().unwrap();
        let CaseAction::Resolve(outcome) = action else {
            panic!("resolve expected")
        };
        assert_eq!(outcome.money.unwrap().minor, 150_050);
        assert_eq!(outcome.money.unwrap().display(), "1500.50 QAR");
        let unknown = ActionInput {
            action: "delete".into(),
            ..ActionInput::default()
        };
        assert_eq!(unknown.parse().unwrap_err().field, "action");
    }
}
