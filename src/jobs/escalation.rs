//! The escalation job: every few minutes, referrals past a deadline are marked and an
//! escalation is recorded for their organisation's leads. Runs inside `serve`; safe when
//! several instances run it at once (see `db::complaints::mark_overdue`).

use std::time::Duration;

use crate::clock;
use crate::db::{self, Pool};

/// How often the job runs.
pub const EVERY: Duration = Duration::from_secs(5 * 60);

/// One run now.
pub async fn run_once(pool: &Pool) -> Result<db::complaints::Escalated, crate::error::AppError> {
    let now = clock::now();
    let done = db::run(pool, move |conn| {
        Ok(db::complaints::mark_overdue(conn, now)?)
    })
    .await?;
    metrics::counter!("escalations_total", "deadline" => "acknowledge")
        .increment(done.acknowledge as u64);
    metrics::counter!("escalations_total", "deadline" => "answer").increment(done.answer as u64);
    Ok(done)
}

/// Runs the job every [`EVERY`], forever; a failed run (database down) is logged and the
/// next one tries again.
pub async fn run_periodically(pool: Pool) {
    let mut ticks = actix_web::rt::time::interval(EVERY);
    loop {
        ticks.tick().await;
        match run_once(&pool).await {
            Ok(done) if done.acknowledge + done.answer > 0 => tracing::info!(
                acknowledge = done.acknowledge,
                answer = done.answer,
                "overdue referrals escalated"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "escalation job failed"),
        }
    }
}
