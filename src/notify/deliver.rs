//! The delivery worker: claims due outbox rows, sends them, marks each one as soon as its
//! send returns. Runs inside `serve` (scheduled by `jobs::mail`); several instances may run at once (rows are claimed,
//! see `db::outbox::claim`). A crash between a send and its mark leaves that one row to be
//! claimed again when its lease runs out: at most that mail goes twice, with the same
//! Message-ID.

use chrono::NaiveDateTime;

use super::mail::Mailer;
use super::{LEASE, MAX_ATTEMPTS, backoff, jitter};
use crate::db::{Pool, outbox};
use crate::error::AppError;
use crate::lifecycle::Stop;

/// Mails claimed at once; a deliverer holds no more than this many leases.
pub const BATCH: i64 = 20;

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    pub retried: usize,
    pub dead: usize,
}

/// Sends every mail due at `now`, batch by batch, until none is left, `max_batches` were
/// sent, or `stop` is set: then the mail being sent is finished and the rest of the claim is
/// given back, due at once and its try not counted.
pub fn deliver_due(
    pool: &Pool,
    mailer: &Mailer,
    now: NaiveDateTime,
    (max_batches, stop): (usize, &Stop),
) -> Result<Delivered, AppError> {
    let mut done = Delivered::default();
    let started = std::time::Instant::now();
    let lease = chrono::TimeDelta::from_std(LEASE).unwrap_or_default();
    // `now` as the pass goes on: leases are counted from when each mail is sent.
    let at = || now + chrono::TimeDelta::from_std(started.elapsed()).unwrap_or_default();
    for _ in 0..max_batches {
        if stop.is_set() {
            break;
        }
        let claimed = {
            let mut conn = pool.get()?;
            outbox::claim(&mut conn, outbox::Channel::Mail, now, at() + lease, BATCH)?
        };
        let full = claimed.len() as i64 == BATCH;
        let mut rows = claimed.into_iter();
        while let Some(row) = rows.next() {
            if stop.is_set() {
                let mut conn = pool.get()?;
                for row in std::iter::once(row).chain(rows.by_ref()) {
                    outbox::give_back(&mut conn, row.id, row.attempts, now)?;
                }
                tracing::info!("stopping: unsent mail given back to the outbox");
                return Ok(done);
            }
            // Still ours (a lease that ran out may have been claimed by another deliverer)?
            let mut conn = pool.get()?;
            if !outbox::renew(&mut conn, row.id, row.attempts, at() + lease)? {
                continue;
            }
            // No connection is held while the mail server talks.
            drop(conn);
            let outcome = send(mailer, &row);
            let mut conn = pool.get()?;
            done.add(mark(&mut conn, &row, outcome, now, "mail")?);
        }
        if !full {
            break;
        }
    }
    Ok(done)
}

/// Composes and sends one mail, timing it for the metrics.
fn send(mailer: &Mailer, row: &outbox::Claimed) -> Result<(), super::mail::SendError> {
    let sending = std::time::Instant::now();
    let outcome = mailer
        .compose(row)
        .and_then(|message| mailer.send(row.id, &message));
    metrics::histogram!("outbox_send_seconds").record(sending.elapsed().as_secs_f64());
    outcome
}

/// What became of one mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fate {
    Sent,
    Retry,
    Dead,
}

impl Delivered {
    pub(super) fn add(&mut self, fate: Fate) {
        match fate {
            Fate::Sent => self.sent += 1,
            Fate::Retry => self.retried += 1,
            Fate::Dead => self.dead += 1,
        }
    }
}

/// Records a send's outcome on its row: sent, due again after a backoff, or dead. The same
/// for mail and webhooks (`channel` names which, in the logs).
pub(super) fn mark(
    conn: &mut crate::db::DbConnection,
    row: &outbox::Claimed,
    outcome: Result<(), super::mail::SendError>,
    now: NaiveDateTime,
    channel: &'static str,
) -> Result<Fate, AppError> {
    let fate = match &outcome {
        Ok(()) => Fate::Sent,
        Err(e) if e.transient && row.attempts < MAX_ATTEMPTS => Fate::Retry,
        Err(_) => Fate::Dead,
    };
    let result = match fate {
        Fate::Sent => "sent",
        Fate::Retry => "retry",
        Fate::Dead => "dead",
    };
    metrics::counter!("outbox_deliveries_total", "result" => result, "channel" => channel)
        .increment(1);
    match outcome {
        Ok(()) => {
            outbox::mark_sent(conn, row.id, row.attempts, now)?;
        }
        Err(e) if fate == Fate::Retry => {
            let wait = backoff(row.attempts, jitter());
            let due = now + chrono::TimeDelta::from_std(wait).unwrap_or_default();
            tracing::warn!(outbox_id = row.id, attempts = row.attempts, error = %e.message, "{channel} not sent; will try again");
            outbox::mark_retry(conn, row.id, row.attempts, due, &e.message)?;
        }
        Err(e) => {
            tracing::error!(outbox_id = row.id, attempts = row.attempts, error = %e.message, "{channel} given up");
            outbox::mark_dead(conn, row.id, row.attempts, &e.message)?;
        }
    }
    Ok(fate)
}

/// Daily digests, weekly watchlist summaries and the deletion of old sent mail.
pub fn upkeep(pool: &Pool, now: NaiveDateTime) -> Result<(usize, usize), AppError> {
    let mut conn = pool.get()?;
    let digests = outbox::gather_digests(&mut conn, now)?
        + crate::db::watchlist::gather_weekly(&mut conn, now)?;
    let purged = outbox::purge_sent(&mut conn, now)?;
    Ok((digests, purged))
}

/// For tests and the CLI: one pass at a given time.
pub fn deliver_at(pool: &Pool, mailer: &Mailer, now: NaiveDateTime) -> Result<Delivered, AppError> {
    deliver_due(pool, mailer, now, (1000, &Stop::default()))
}
