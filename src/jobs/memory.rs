//! The memory job: every few seconds, the allocator's free pages go back to the system
//! (`memory::give_back`), so that what a burst (argon2 receipts, evidence photos, many
//! connections at once) freed does not stay resident in its threads' arenas for ever.
//! It touches no data: several servers run it independently.

use std::time::Duration;

/// How often the job runs.
pub const EVERY: Duration = Duration::from_secs(10);

/// Runs the job every [`EVERY`], forever, on a blocking thread (it walks every arena).
pub async fn run_periodically() {
    let mut ticks = actix_web::rt::time::interval(EVERY);
    loop {
        ticks.tick().await;
        let _ = actix_web::web::block(crate::memory::give_back).await;
    }
}
