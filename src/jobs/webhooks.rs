//! The webhook job: a delivery pass every few seconds. The work is `notify::webhook`'s; this
//! is its schedule (sent mail's upkeep also deletes old sent webhooks: same outbox).

use crate::clock;
use crate::db::Pool;
use crate::notify::deliver::Delivered;
use crate::notify::webhook::{self, Sender};

/// Runs the webhook deliverer forever, a pass every [`super::mail::POLL`]; a failed pass
/// is logged and the next one tries again. Stops once `stop` is set.
pub async fn run_periodically(pool: Pool, sender: Sender, stop: crate::lifecycle::Stop) {
    tracing::info!("webhook delivery started");
    let mut ticks = actix_web::rt::time::interval(super::mail::POLL);
    loop {
        ticks.tick().await;
        if stop.is_set() {
            return;
        }
        match webhook::deliver_due(&pool, &sender, clock::now(), (50, &stop)).await {
            Ok(done) if done != Delivered::default() => tracing::info!(
                sent = done.sent,
                retried = done.retried,
                dead = done.dead,
                "webhook delivery"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "webhook delivery failed"),
        }
    }
}
