//! The report job: every quarter of an hour it checks whether the week's publication (Monday,
//! 00:00 UTC) is out, and publishes it if not. The work is `reports::publish_if_due`; this is
//! its schedule.

use std::time::Duration;

use crate::clock;
use crate::db::{self, Pool};
use crate::reports;

/// How often `serve` checks whether a publication is due.
pub const REFRESH_EVERY: Duration = Duration::from_secs(15 * 60);
/// The first scheduled run waits at least this long after start, so that it never races
/// the writes of a service starting up (its demo data is refreshed when it is seeded).
pub const FIRST_RUN_AFTER: Duration = Duration::from_secs(60);

/// Runs [`reports::publish_if_due`] every [`REFRESH_EVERY`], forever (inside `serve`); a failed run
/// (database down) is logged and the next one tries again. The first check is
/// [`FIRST_RUN_AFTER`] after the start (it never races the writes of starting up); a check
/// when the week's figures are out reads one row.
pub async fn run_periodically(pool: Pool) {
    let first = actix_web::rt::time::Instant::now() + FIRST_RUN_AFTER;
    let mut ticks = actix_web::rt::time::interval_at(first, REFRESH_EVERY);
    loop {
        ticks.tick().await;
        let now = clock::now();
        match db::run(&pool, move |conn| reports::publish_if_due(conn, now)).await {
            Ok(None) => {}
            Ok(Some(done)) => {
                metrics::histogram!("report_refresh_seconds")
                    .record(done.duration_ms as f64 / 1000.0);
                tracing::info!(
                    reviews = done.reviews,
                    complaints = done.complaints,
                    duration_ms = done.duration_ms,
                    "reports published"
                )
            }
            Err(e) => tracing::warn!(error = %e, "report refresh failed"),
        }
    }
}
