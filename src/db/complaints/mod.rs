//! Complaints, referrals and everything that happens to them: filing and routing in one
//! transaction, the staff queue, a referral's file, its steps, messages, collective cases,
//! the worker's view by receipt, and the escalation of overdue referrals.
//!
//! Every read takes the caller's organisation and filters on it in SQL: a referral of
//! another organisation and a referral that does not exist are the same `None`.

/// Most rows a queue or list page shows.
pub const LIST_MAX: i64 = 200;

mod actions;
mod case_file;
mod escalation;
mod filing;
mod queue;
mod unrouted;
mod worker;

pub use actions::*;
pub use case_file::*;
pub use escalation::*;
pub use filing::*;
pub use queue::*;
pub use unrouted::*;
pub use worker::*;
