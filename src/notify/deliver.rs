//! The delivery worker: claims due outbox rows, sends them, marks each one as soon as its
//! send returns. Runs inside `serve`; several instances may run at once (rows are claimed,
//! see `db::outbox::claim`). A crash between a send and its mark leaves that one row to be
//! claimed again when its lease runs out: at most that mail goes twice, with the same
//! Message-ID.

use std::time::Duration;

use chrono::NaiveDateTime;

use super::mail::Mailer;
use super::{LEASE, MAX_ATTEMPTS, backoff, jitter};
use crate::db::{Pool, outbox};
use crate::error::AppError;

/// How often the worker looks for due mail.
pub const POLL: Duration = Duration::from_secs(3);

/// How often digests are gathered and old sent mail deleted.
pub const UPKEEP: Duration = Duration::from_secs(10 * 60);

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
            let outcome = mailer
                .compose(&row)
                .and_then(|message| mailer.send(row.id, &message));
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

/// Runs the worker forever: a delivery pass every [`POLL`], upkeep every [`UPKEEP`]. A
/// failed pass (database down) is logged and the next one tries again; mails wait in the
/// outbox meanwhile.
pub async fn run_periodically(pool: Pool, mailer: Mailer) {
    tracing::info!(mail = %mailer.describe(), "mail delivery started");
    let mut ticks = actix_web::rt::time::interval(POLL);
    let mut last_upkeep: Option<std::time::Instant> = None;
    loop {
        ticks.tick().await;
        let upkeep_due = last_upkeep.is_none_or(|at| at.elapsed() >= UPKEEP);
        if upkeep_due {
            last_upkeep = Some(std::time::Instant::now());
        }
        let pool = pool.clone();
        let mailer = mailer.clone();
        let pass = actix_web::web::block(move || -> Result<Delivered, AppError> {
            let now = chrono::Utc::now().naive_utc();
            if upkeep_due {
                let (digests, purged) = upkeep(&pool, now)?;
                if digests + purged > 0 {
                    tracing::info!(digests, purged, "mail upkeep");
                }
            }
            deliver_due(&pool, &mailer, now, 50)
        })
        .await;
        match pass {
            Ok(Ok(done)) if done != Delivered::default() => tracing::info!(
                sent = done.sent,
                retried = done.retried,
                dead = done.dead,
                "mail delivery"
            ),
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "mail delivery failed"),
            Err(e) => tracing::warn!(error = %e, "mail delivery failed"),
        }
    }
}

/// For tests and the CLI: one pass at a given time.
pub fn deliver_at(pool: &Pool, mailer: &Mailer, now: NaiveDateTime) -> Result<Delivered, AppError> {
    deliver_due(pool, mailer, now, 1000)
}
