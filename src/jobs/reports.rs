//! The report job: the report tables are rebuilt every quarter of an hour when anything they
//! depend on changed. The work is `reports::refresh_if_changed`; this is its schedule.

use std::time::Duration;

use crate::clock;
use crate::db::{self, Pool};
use crate::reports;

/// How often `serve` rebuilds the report tables.
pub const REFRESH_EVERY: Duration = Duration::from_secs(15 * 60);
/// The first scheduled run waits at least this long after start, so that it never races
/// the writes of a service starting up (its demo data is refreshed when it is seeded).
pub const FIRST_RUN_AFTER: Duration = Duration::from_secs(60);

/// Runs [`reports::refresh_if_changed`] every [`REFRESH_EVERY`], forever (inside `serve`); a failed run
/// (database down) is logged and the next one tries again. The first run is when the figures
/// fall due, but never within [`FIRST_RUN_AFTER`] of the start (a restart does not recompute
/// everything, nor race the writes of starting up).
pub async fn run_periodically(pool: Pool) {
    let last = db::run(&pool, |conn| Ok(db::reports::refreshed_at(conn)?))
        .await
        .ok()
        .flatten();
    let wait = last
        .and_then(|at| {
            let due = at + chrono::Duration::from_std(REFRESH_EVERY).ok()?;
            (due - clock::now()).to_std().ok()
        })
        .unwrap_or(FIRST_RUN_AFTER)
        .clamp(FIRST_RUN_AFTER, REFRESH_EVERY);
    let first = actix_web::rt::time::Instant::now() + wait;
    let mut ticks = actix_web::rt::time::interval_at(first, REFRESH_EVERY);
    loop {
        ticks.tick().await;
        let now = clock::now();
        match db::run(&pool, move |conn| reports::refresh_if_changed(conn, now)).await {
            Ok(None) => {}
            Ok(Some(done)) => tracing::info!(
                reviews = done.reviews,
                complaints = done.complaints,
                duration_ms = done.duration_ms,
                "reports refreshed"
            ),
            Err(e) => tracing::warn!(error = %e, "report refresh failed"),
        }
    }
}
