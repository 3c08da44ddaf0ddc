//! The mail job: a delivery pass every few seconds, upkeep (digests, weekly summaries, old
//! mail deleted) every few minutes. The work is `notify::deliver`'s; this is its schedule.

use std::time::Duration;

use crate::clock;
use crate::db::Pool;
use crate::error::AppError;
use crate::notify::deliver::{self, Delivered};
use crate::notify::mail::Mailer;

/// How often the worker looks for due mail.
pub const POLL: Duration = Duration::from_secs(3);

/// How often digests are gathered and old sent mail deleted.
pub const UPKEEP: Duration = Duration::from_secs(10 * 60);

/// Runs the worker forever: a delivery pass every [`POLL`], upkeep every [`UPKEEP`]. A
/// failed pass (database down) is logged and the next one tries again; mails wait in the
/// outbox meanwhile. Once `stop` is set, the pass under way ends after the mail it is sending
/// (the rest of its claim goes back to the outbox) and no other starts.
pub async fn run_periodically(pool: Pool, mailer: Mailer, stop: crate::lifecycle::Stop) {
    tracing::info!(mail = %mailer.describe(), "mail delivery started");
    let mut ticks = actix_web::rt::time::interval(POLL);
    let mut last_upkeep: Option<std::time::Instant> = None;
    loop {
        ticks.tick().await;
        if stop.is_set() {
            return;
        }
        let upkeep_due = last_upkeep.is_none_or(|at| at.elapsed() >= UPKEEP);
        if upkeep_due {
            last_upkeep = Some(std::time::Instant::now());
        }
        let pool = pool.clone();
        let mailer = mailer.clone();
        let stop = stop.clone();
        let pass = actix_web::web::block(move || -> Result<Delivered, AppError> {
            let now = clock::now();
            if upkeep_due {
                let (digests, purged) = deliver::upkeep(&pool, now)?;
                if digests + purged > 0 {
                    tracing::info!(digests, purged, "mail upkeep");
                }
            }
            deliver::deliver_due(&pool, &mailer, now, (50, &stop))
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
