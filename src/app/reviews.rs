//! Reviews: a worker sends one (anonymous ones throttled per client address, which is never
//! stored), and a moderator publishes it — redacted where it holds personal data — or
//! refuses it.

use crate::auth::{AuthState, User, bridge, policy};
use crate::db::reviews::{self, Decision, StoredReview};
use crate::db::{self, Pool};
use crate::domain::account::Role;
use crate::domain::pii;
use crate::domain::recruiter::PublicId;
use crate::domain::review::{RejectReason, ReviewDraft};
use crate::error::{AppError, InputError};

/// Only workers (or anyone signed out) review; staff and moderators judge reviews, they do
/// not write them (403).
pub fn may_review(user: Option<&User>) -> Result<(), AppError> {
    match user {
        Some(u) if u.role != Role::Worker => Err(AppError::Forbidden),
        _ => Ok(()),
    }
}

/// A review stored as pending.
pub struct Sent {
    pub public_id: String,
    /// A signed-in worker's earlier review of this recruiter and year was replaced.
    pub replaced: bool,
    /// The review reports something the law may forbid: the way to a confidential
    /// complaint prefilled with its facts is this bridge token (valid for two hours).
    pub bridge: Option<String>,
}

/// Stores a checked review of `recruiter` as pending. Anonymous reviews are throttled per
/// `client` address (429); a signed-in worker's replaces their earlier one of that year.
pub async fn submit(
    pool: &Pool,
    auth: &AuthState,
    user: Option<&User>,
    client: &str,
    recruiter: &PublicId,
    draft: ReviewDraft,
) -> Result<Sent, AppError> {
    may_review(user)?;
    if user.is_none()
        && let Err(retry) = auth.reviews.take(client).await
    {
        tracing::warn!(retry_after = retry.0, "anonymous review throttled");
        return Err(AppError::TooManyRequests {
            retry_after: retry.0,
        });
    }
    let author = user.map(|u| u.id);
    let abuse = draft.reports_abuse();
    let filed_for = recruiter.clone();
    let submitted = db::run_write(pool, move |conn| {
        // The day only: a review's row never holds its time of day.
        reviews::submit(conn, &filed_for, author, &draft, crate::clock::today())
    })
    .await?;
    let bridge = abuse.then(|| {
        bridge::issue(
            &auth.keys,
            &submitted.public_id,
            chrono::Utc::now().timestamp(),
        )
    });
    Ok(Sent {
        public_id: submitted.public_id,
        replaced: submitted.replaced,
        bridge,
    })
}

// ---------------------------------------------------------------------------------------
// Moderation

/// Only moderators read the queue and decide (403 for anyone else).
pub fn moderator(user: &User) -> Result<(), AppError> {
    if policy::can_moderate(user) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// One review as its moderator reads it, or `NotFound`.
pub async fn stored(pool: &Pool, id: i64) -> Result<StoredReview, AppError> {
    db::run(pool, move |conn| {
        reviews::stored(conn, id)?.ok_or(AppError::NotFound)
    })
    .await
}

/// A review's version as the moderation page carries it: a digest of what its author wrote
/// (rows keep only the day, so the time of the last change cannot tell versions apart), so a
/// decision on a review its author changed meanwhile can be refused.
pub fn version_of(review: &StoredReview) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{:?}", review.draft).as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// A moderator's decision as typed: `approve` (with the flagged spans `start-end` to redact
/// and further text to redact wherever it appears) or `reject` with a reason.
pub struct DecisionInput<'a> {
    pub action: &'a str,
    pub redact: &'a [String],
    pub redact_text: &'a str,
    pub reason: &'a str,
}

/// The decision, checked against the review it is about.
pub fn decision(review: &StoredReview, input: &DecisionInput) -> Result<Decision, InputError> {
    match input.action {
        "approve" => match review.draft.body.as_deref() {
            None => Ok(Decision::Approve { body: None }),
            Some(body) => redacted(body, input.redact, input.redact_text)
                .map(|body| Decision::Approve { body: Some(body) }),
        },
        "reject" => RejectReason::parse(input.reason)
            .map(Decision::Reject)
            .ok_or(InputError::new("reason", "moderate-error-reason")),
        _ => Err(InputError::new("action", "error-form-fields")),
    }
}

/// The text with the chosen flagged spans and every occurrence of `extra` replaced by
/// `[…]`. Only spans the detector found can be chosen, so redacting never adds words.
fn redacted(body: &str, chosen: &[String], extra: &str) -> Result<String, InputError> {
    let found = pii::find(body);
    let mut spans = Vec::new();
    for value in chosen {
        let span = value
            .split_once('-')
            .and_then(|(s, e)| Some((s.parse::<usize>().ok()?, e.parse::<usize>().ok()?)))
            .filter(|(s, e)| found.iter().any(|f| f.start == *s && f.end == *e))
            .ok_or(InputError::new("redact", "moderate-error-span"))?;
        spans.push(span);
    }
    let extra = extra.trim();
    if !extra.is_empty() {
        if extra.chars().count() > 500 || crate::domain::text::has_forbidden_chars(extra) {
            return Err(InputError::new("redact_text", "moderate-error-redact-text"));
        }
        if !body.contains(extra) {
            return Err(InputError::new(
                "redact_text",
                "moderate-error-redact-missing",
            ));
        }
        spans.extend(body.match_indices(extra).map(|(i, m)| (i, i + m.len())));
    }
    Ok(pii::redact(body, &spans))
}

/// Applies the decision and the scorecard change in one transaction. A review another
/// moderator decided first is `NotFound`.
pub async fn decide(
    pool: &Pool,
    moderator: &User,
    id: i64,
    decision: Decision,
) -> Result<(), AppError> {
    let moderator_id = moderator.id;
    db::run_write(pool, move |conn| {
        reviews::decide(
            conn,
            id,
            Some(moderator_id),
            &decision,
            crate::clock::today(),
        )
    })
    .await
}
