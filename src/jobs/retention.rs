//! The retention job: every hour, sealed case content whose retention has passed is
//! destroyed, and revoked tokens, sessions and audit events with no further use are purged
//! (`db::retention::purge`: one transaction, one audit event with the counts); then the file
//! store loses the evidence files due for the purge that no row names (`app::evidence::purge_orphans`),
//! and the throttles' counters nobody used for an hour and idempotency keys older than a day
//! are deleted (`db::throttles`, `db::idempotency`).

use std::time::Duration;

use crate::db::{self, Pool};

pub const EVERY: Duration = Duration::from_secs(60 * 60);

pub async fn run_once(
    pool: &Pool,
    purge_after_days: i64,
    store: &Store,
) -> Result<(db::retention::Purged, usize), crate::error::AppError> {
    let now = crate::clock::now();
    let store = store.clone();
    db::run(pool, move |conn| {
        let purged = db::retention::purge(conn, now, purge_after_days)?;
        let files = crate::app::evidence::purge_orphans(conn, store.as_ref(), now)?;
        let idle = now
            - chrono::TimeDelta::from_std(crate::auth::throttle::FORGET_AFTER).unwrap_or_default();
        let throttles = db::throttles::forget_idle(conn, idle)?;
        let keys = db::idempotency::purge(conn, now)?;
        tracing::debug!(
            throttles,
            keys,
            "idle throttle counters and old idempotency keys deleted"
        );
        Ok((purged, files))
    })
    .await
}

type Store = std::sync::Arc<dyn crate::evidence::store::FileStore>;

/// Runs the job every [`EVERY`], forever; a failed run is logged and the next tries again.
pub async fn run_periodically(pool: Pool, purge_after_days: i64, store: Store) {
    let mut ticks = actix_web::rt::time::interval(EVERY);
    loop {
        ticks.tick().await;
        match run_once(&pool, purge_after_days, &store).await {
            Ok((purged, files)) if purged != db::retention::Purged::default() || files > 0 => {
                tracing::info!(
                    files,
                    complaints = purged.complaints,
                    revoked_tokens = purged.revoked_tokens,
                    sessions = purged.sessions,
                    audit_events = purged.audit_events,
                    "retention purge"
                )
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "retention job failed"),
        }
    }
}
