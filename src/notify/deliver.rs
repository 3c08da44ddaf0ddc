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

/// Mails claimed at once; a deliverer holds no more than this many leases.
pub const BATCH: i64 = 20;

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    pub retried: usize,
    pub dead: usize,
}

/// Sends every mail due at `now`, batch by batch, until none is left (or `max_batches`).
pub fn deliver_due(
    pool: &Pool,
    mailer: &Mailer,
    now: NaiveDateTime,
    max_batches: usize,
) -> Result<Delivered, AppError> {
    let mut done = Delivered::default();
    let lease_until = now + LEASE;
    for _ in 0..max_batches {
        let claimed = {
            let mut conn = pool.get()?;
            outbox::claim(&mut conn, now, lease_until, BATCH)?
        };
        let full = claimed.len() as i64 == BATCH;
        for row in claimed {
            // No connection is held while the mail server talks.
            let sending = std::time::Instant::now();
            let outcome = mailer
                .compose(&row)
                .and_then(|message| mailer.send(row.id, &message));
            metrics::histogram!("outbox_send_seconds").record(sending.elapsed().as_secs_f64());
            let result = match &outcome {
                Ok(()) => "sent",
                Err(e) if e.transient && row.attempts < MAX_ATTEMPTS => "retry",
                Err(_) => "dead",
            };
            metrics::counter!("outbox_deliveries_total", "result" => result).increment(1);
            let mut conn = pool.get()?;
            match outcome {
                Ok(()) => {
                    outbox::mark_sent(&mut conn, row.id, row.attempts, now)?;
                    done.sent += 1;
                }
                Err(e) if e.transient && row.attempts < MAX_ATTEMPTS => {
                    let wait = backoff(row.attempts, jitter());
                    let due = now + chrono::TimeDelta::from_std(wait).unwrap_or_default();
                    tracing::warn!(outbox_id = row.id, attempts = row.attempts, error = %e.message, "mail not sent; will try again");
                    outbox::mark_retry(&mut conn, row.id, row.attempts, due, &e.message)?;
                    done.retried += 1;
                }
                Err(e) => {
                    tracing::error!(outbox_id = row.id, attempts = row.attempts, error = %e.message, "mail given up");
                    outbox::mark_dead(&mut conn, row.id, row.attempts, &e.message)?;
                    done.dead += 1;
                }
            }
        }
        if !full {
            break;
        }
    }
    Ok(done)
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
    deliver_due(pool, mailer, now, 1000)
}
